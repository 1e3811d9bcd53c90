import type { AskEntry } from '../schemas/ask.ts';
import type { CaseData } from '../schemas/case.ts';
import type { ChecklistData } from '../schemas/checklist.ts';
import type { LessonData } from '../schemas/lesson.ts';
import type { PhoneNumberData } from '../schemas/phone-number.ts';
import type { QuestionData } from '../schemas/quiz.ts';
import type { SceneData } from '../schemas/scene.ts';
import type { SignData } from '../schemas/sign.ts';
import type { TopicData } from '../schemas/topic.ts';
import { findQuizProblems } from './quiz-lint.ts';
import { headingIds } from './text.ts';

/** An entry as the content layer gives it: its id, the file it came from, its data and MDX body. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}

export interface SiteContent {
  topics: Entry<TopicData>[];
  signs: Entry<SignData>[];
  cases: Entry<CaseData>[];
  quiz: Entry<QuestionData>[];
  lessons: Entry<LessonData>[];
  phoneNumbers: Entry<PhoneNumberData>[];
  scenes: Entry<SceneData>[];
  /** The consultation desk (content/ask.yaml); empty when the site has none. */
  ask: Entry<AskEntry>[];
  /** The home self-check, when there is one. */
  checklist?: Entry<ChecklistData> | undefined;
}

/**
 * Pictures that exist on disk, by id: sign SVGs (content/signs/), illustrations (src/assets/illustrations/)
 * and key-action pictures (src/assets/pictures/).
 */
export interface Pictures {
  signs: Set<string>;
  illustrations: Set<string>;
  /** Key-action pictures; when not given, key-action pictures are not checked. */
  pictures?: Set<string> | undefined;
  /** Scene SVG markup by scene id (the hazard boxes are checked against its viewBox). */
  scenes: Map<string, string>;
}

/**
 * One thing wrong with the content, named so an editor can go straight to it: the file (from the project
 * root), the field path in English (`sources[2].clause`, `fire-001.section`, `body`, `<script>` in an SVG,
 * `(file)` for the file as a whole), where it is in the file when known, and a message in plain Chinese
 * first with the English in brackets.
 */
export interface Problem {
  file: string;
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** 1-based column in that line, when known. */
  column?: number | undefined;
}

/** Section ids the topic layout renders itself, in page order. */
export function fixedTopicSections(topic: TopicData): string[] {
  return ['key-actions', 'do-dont', ...(topic.myths.length > 0 ? ['myths'] : []), ...(topic.rules.length > 0 ? ['law'] : []), 'related', 'sources'];
}

/** Every section id a link may point to on a topic page: the fixed ones and the body's headings. */
export function topicSectionIds(topic: Entry<TopicData>): string[] {
  return [...fixedTopicSections(topic.data), ...headingIds(topic.body ?? '')];
}

/**
 * Checks what a schema cannot, because it sees one file at a time: that every cross-reference points at
 * an entry that exists, that quiz questions link to real sections, that pictures exist, and that every
 * number the site tells people to call is on the confirmed list.
 */
export function findProblems(content: SiteContent, pictures: Pictures): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    topics: new Set(content.topics.map((entry) => entry.id)),
    signs: new Set(content.signs.map((entry) => entry.id)),
    cases: new Set(content.cases.map((entry) => entry.id)),
    phoneNumbers: new Set(content.phoneNumbers.map((entry) => entry.id)),
  };
  const report = (entry: Entry<unknown>, field: string, message: string) => problems.push({ file: entry.filePath ?? entry.id, field, message });
  const checkRef = (entry: Entry<unknown>, field: string, ref: string, kind: keyof typeof ids) => {
    if (!ids[kind].has(ref)) report(entry, field, `“${ref}” 不存在 (no ${kind} entry with this id)`);
  };
  const checkRefs = (entry: Entry<unknown>, field: string, refs: readonly string[], kind: keyof typeof ids) => {
    refs.forEach((ref, index) => checkRef(entry, `${field}[${index}]`, ref, kind));
  };

  for (const topic of content.topics) {
    checkRefs(topic, 'related', topic.data.related, 'topics');
    checkRefs(topic, 'call', topic.data.call, 'phoneNumbers');
    topic.data.illustrations.forEach((picture, index) => {
      if (!pictures.illustrations.has(picture.file)) {
        report(topic, `illustrations[${index}].file`, `找不到 src/assets/illustrations/${picture.file}.svg (missing file)`);
      }
    });
    if (pictures.pictures) {
      const onDisk = pictures.pictures;
      topic.data.keyActions.forEach((action, index) => {
        if (action.picture && !onDisk.has(action.picture.file)) {
          report(topic, `keyActions[${index}].picture.file`, `找不到 src/assets/pictures/${action.picture.file}.svg (missing file)`);
        }
      });
    }
    // Markdown headings (##) and headings without an id are reported, with their line, by the MDX body
    // check (src/lib/validator/mdx.ts).
    const sections = topicSectionIds(topic);
    const duplicates = sections.filter((id, index) => sections.indexOf(id) !== index);
    if (duplicates.length > 0) report(topic, 'body', `小节 id 重复：${[...new Set(duplicates)].join(', ')} (duplicate section ids)`);
  }

  const sectionsByTopic = new Map(content.topics.map((topic) => [topic.id, new Set(topicSectionIds(topic))]));
  for (const question of content.quiz) {
    // A quiz file holds many questions: fields are named after the question's id.
    checkRef(question, `${question.id}.topic`, question.data.topic, 'topics');
    if (question.data.sign) checkRef(question, `${question.id}.sign`, question.data.sign, 'signs');
    const sections = sectionsByTopic.get(question.data.topic);
    if (sections && !sections.has(question.data.section)) {
      report(
        question,
        `${question.id}.section`,
        `“${question.data.section}” 不是 /topics/${question.data.topic}/ 上的小节 (no such section; it has: ${[...sections].join(', ')})`,
      );
    }
  }

  // Whole-bank quiz rules: answers not given away by length or by a sign's alt text, no near-duplicates.
  problems.push(
    ...findQuizProblems(
      content.quiz,
      content.signs.map((sign) => ({ id: sign.id, name: sign.data.name })),
    ),
  );

  for (const accident of content.cases) {
    checkRefs(accident, 'topics', accident.data.topics, 'topics');
    checkRefs(accident, 'signs', accident.data.signs, 'signs');
  }

  for (const sign of content.signs) {
    checkRefs(sign, 'topics', sign.data.topics, 'topics');
    if (!pictures.signs.has(sign.id)) report(sign, 'svg', `找不到标志图 content/signs/${sign.id}.svg (missing SVG)`);
  }
  for (const svg of pictures.signs) {
    if (!ids.signs.has(svg)) problems.push({ file: `content/signs/${svg}.svg`, field: 'yaml', message: `没有对应的 ${svg}.yaml (SVG without its sign entry)` });
  }

  for (const lesson of content.lessons) {
    checkRef(lesson, 'topic', lesson.data.topic, 'topics');
    const planned = lesson.data.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (planned !== lesson.data.minutes)
      report(lesson, 'steps', `各环节共 ${planned} 分钟，应为 ${lesson.data.minutes} 分钟 (steps add up to ${planned}, not ${lesson.data.minutes})`);
  }

  for (const scene of content.scenes) {
    const svg = pictures.scenes.get(scene.id);
    if (!svg) {
      report(scene, 'svg', `找不到场景图 content/scenes/${scene.id}.svg (missing SVG)`);
      continue;
    }
    const viewBox = /viewBox="\s*([\d.-]+)[\s,]+([\d.-]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
    scene.data.hazards.forEach((hazard, index) => {
      checkRef(scene, `hazards[${index}].topic`, hazard.topic, 'topics');
      if (!viewBox) return;
      const [, minX, minY, width, height] = viewBox.map(Number) as number[];
      const { x, y, width: w, height: h } = hazard.box;
      if (x < minX! || y < minY! || x + w > minX! + width! || y + h > minY! + height!) {
        report(scene, `hazards[${index}].box`, `超出图片范围 viewBox ${viewBox[0]} (box outside the picture)`);
      }
    });
    const ids = scene.data.hazards.map((hazard) => hazard.id);
    if (new Set(ids).size !== ids.length) report(scene, 'hazards', '隐患 id 重复 (duplicate hazard ids)');
  }

  for (const entry of content.ask) {
    entry.data.links.forEach((link, index) => {
      checkRef(entry, `${entry.id}.links[${index}].topic`, link.topic, 'topics');
      const sections = sectionsByTopic.get(link.topic);
      if (sections && !sections.has(link.section))
        report(entry, `${entry.id}.links[${index}].section`, `“${link.section}” 不是 /topics/${link.topic}/ 上的小节 (no such section)`);
    });
  }

  if (content.checklist) {
    const list = content.checklist;
    const seen = new Set<string>();
    const areas = new Set<string>();
    list.data.groups.forEach((group, groupIndex) => {
      if (areas.has(group.area)) report(list, `groups[${groupIndex}].area`, `“${group.area}” 重复：每个方面只写一组 (duplicate area)`);
      areas.add(group.area);
    });
    list.data.groups.forEach((group, groupIndex) =>
      group.items.forEach((item, index) => {
        const field = `groups[${groupIndex}].items[${index}]`;
        if (seen.has(item.id)) report(list, `${field}.id`, `“${item.id}” 重复 (duplicate id)`);
        seen.add(item.id);
        checkRef(list, `${field}.topic`, item.topic, 'topics');
        const sections = sectionsByTopic.get(item.topic);
        if (sections && !sections.has(item.section))
          report(list, `${field}.section`, `“${item.section}” 不是 /topics/${item.topic}/ 上的小节 (no such section)`);
      }),
    );
  }

  // tel: links and every other telephone number in the text are checked, with their line, by the
  // validator's phone rules (src/lib/validator/rules.ts).

  return problems;
}

/** Where a problem is: `content/topics/gas.mdx 第12行第3列 (line 12, column 3)`, or the file alone. */
export function problemLocation(problem: Problem): string {
  if (problem.line === undefined) return problem.file;
  if (problem.column === undefined) return `${problem.file} 第${problem.line}行 (line ${problem.line})`;
  return `${problem.file} 第${problem.line}行第${problem.column}列 (line ${problem.line}, column ${problem.column})`;
}

/** One line per problem: where, which field, what is wrong and what is expected. */
export function formatProblem(problem: Problem): string {
  return `${problemLocation(problem)} → ${problem.field}: ${problem.message}`;
}

/** One readable block for the build log: every problem on its own line, file first. */
export function formatProblems(problems: Problem[]): string {
  return [
    `内容检查发现 ${problems.length} 处问题 (content check found ${problems.length} problem(s)):`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
  ].join('\n');
}
