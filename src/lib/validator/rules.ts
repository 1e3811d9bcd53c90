/**
 * Rules across a whole entry or several files, beyond the schemas and the cross-references in
 * src/lib/integrity.ts: the campaign's numbering, how sources are cited, bodies that say something, links
 * in bodies, and telephone numbers anywhere in the text. Each rule is a function listed in `RULES`, so a
 * rule can be named, counted and (in the tests) taken out to prove that its fixtures then pass.
 */
import type { CampaignData } from '../../schemas/campaign.ts';
import type { Source } from '../../schemas/source.ts';
import { topicSectionIds, type Entry, type Problem, type SiteContent } from '../integrity.ts';
import { telLinkNumber, unverifiedPhoneNumbers } from './phones.ts';
import { positionOf, type ReadResult } from './read.ts';
import { lineColumn } from './text.ts';
import { childTrivia, isChildAudience } from '../lessons.ts';

/** The first national Safety Production Month was held in 2002 (第1个); the Nth is in 2001 + N. */
export const FIRST_CAMPAIGN_YEAR = 2002;

/**
 * Kinds of source that always have numbered parts, so the clause (条、款、表、节) where the fact stands must
 * be given (CONTENT-GUIDE.md: "the article, clause or section where the fact stands").
 */
export const KINDS_NEEDING_CLAUSE: readonly Source['kind'][] = ['law', 'regulation', 'standard'];

/** What a case's first source may be: the official investigation report or an official release. */
export const CASE_FIRST_SOURCE_KINDS: readonly Source['kind'][] = ['report', 'official'];

const KIND_NAMES: Record<string, string> = { law: '法律', regulation: '法规、规章或规范性文件', standard: '标准' };

export interface RuleContext {
  read: ReadResult;
  content: SiteContent;
  report: (entry: Entry<unknown>, path: readonly PropertyKey[], field: string, message: string) => void;
  push: (problem: Problem) => void;
  /** Every number on content/phone-numbers.yaml. */
  verified: ReadonlySet<string>;
  /** The numbers the site may link to or tell people to call. */
  callable: ReadonlySet<string>;
}

export type Rule = (context: RuleContext) => void;

/** Every entry that carries data, with how its fields are named. */
function allEntries(context: RuleContext): Entry<unknown>[] {
  const { content, read } = context;
  return [
    ...content.topics,
    ...content.signs,
    ...content.cases,
    ...content.lessons,
    ...content.quiz,
    ...content.phoneNumbers,
    ...content.scenes,
    ...content.ask,
    ...(content.checklist ? [content.checklist] : []),
    ...(read.campaign ? [read.campaign] : []),
  ] as Entry<unknown>[];
}

/** Field name as messages show it: the quiz question's id first, then the dot path. */
function fieldName(context: RuleContext, entry: Entry<unknown>, path: readonly PropertyKey[]): string {
  const prefix = context.read.sources.get(entry)?.prefix ?? '';
  return prefix + path.map(String).join('.');
}

/** Every `sources` list in an entry, with its path (campaign editions carry their own). */
function sourceLists(entry: Entry<unknown>): { path: PropertyKey[]; sources: Source[] }[] {
  const data = entry.data as { sources?: Source[]; editions?: { sources: Source[] }[] };
  const lists: { path: PropertyKey[]; sources: Source[] }[] = [];
  if (data.sources) lists.push({ path: ['sources'], sources: data.sources });
  data.editions?.forEach((edition, index) => lists.push({ path: ['editions', index, 'sources'], sources: edition.sources }));
  return lists;
}

/** Law, regulation and standard sources name the clause where the fact stands. */
export const sourceClauseRule: Rule = (context) => {
  for (const entry of allEntries(context)) {
    for (const { path, sources } of sourceLists(entry)) {
      sources.forEach((source, index) => {
        if (!KINDS_NEEDING_CLAUSE.includes(source.kind)) return;
        if (source.clause && source.clause.trim() !== '') return;
        const at = [...path, index];
        const field = `${fieldName(context, entry, at)}.clause`;
        const message = `这条来源是${KIND_NAMES[source.kind]}，要写出事实所在的条款：clause: 第二十八条、表1、第10.3.5条…… (a ${source.kind} source needs its clause)`;
        context.report(entry, at, field, message);
      });
    }
  }
};

/** A case starts from the official report or release. */
export const caseFirstSourceRule: Rule = (context) => {
  for (const entry of context.content.cases) {
    const first = entry.data.sources[0];
    if (first && !CASE_FIRST_SOURCE_KINDS.includes(first.kind)) {
      context.report(
        entry,
        ['sources', 0, 'kind'],
        'sources.0.kind',
        `案例的第一条来源必须是官方事故调查报告（report）或官方通报（official），这里是 ${first.kind} (a case's first source must be kind report or official)`,
      );
    }
  }
};

/** Topics, cases and lessons have a body that says something. */
export const bodyNotEmptyRule: Rule = (context) => {
  const { content, read } = context;
  for (const entry of [...content.topics, ...content.cases, ...content.lessons] as Entry<unknown>[]) {
    const body = read.bodies.get(entry);
    if (body && !body.hasText) {
      context.push({
        file: entry.filePath ?? entry.id,
        field: 'body',
        message: 'frontmatter 后面的正文是空的：请写出正文各节 (the body after the frontmatter is empty)',
      });
    }
  }
};

/** The campaign's editions: the Nth is in 2001 + N, each year once, and the focus year is one of them. */
export const campaignRule: Rule = (context) => {
  const campaign = context.read.campaign as Entry<CampaignData> | undefined;
  if (!campaign) return;
  const { editions, focusYear, consultationDay } = campaign.data;
  const seen = new Map<number, number>();
  editions.forEach((edition, index) => {
    const expected = edition.year - FIRST_CAMPAIGN_YEAR + 1;
    if (edition.number !== expected) {
      context.report(
        campaign,
        ['editions', index, 'number'],
        `editions.${index}.number`,
        `${edition.year}年是第${expected}个“安全生产月”（2002年是第1个），这里写的是第${edition.number}个 (edition number must be year − 2001 = ${expected})`,
      );
    }
    const earlier = seen.get(edition.year);
    if (earlier !== undefined) {
      context.report(
        campaign,
        ['editions', index, 'year'],
        `editions.${index}.year`,
        `${edition.year}年写了两次（另一处是 editions.${earlier}） (duplicate year)`,
      );
    }
    seen.set(edition.year, index);
    if (edition.launched && Number(edition.launched.slice(0, 4)) !== edition.year) {
      context.report(
        campaign,
        ['editions', index, 'launched'],
        `editions.${index}.launched`,
        `启动日期 ${edition.launched} 不在 ${edition.year} 年 (launch date is not in the edition's year)`,
      );
    }
  });
  if (!seen.has(focusYear)) {
    context.report(campaign, ['focusYear'], 'focusYear', `editions 里没有 ${focusYear} 年这一届 (no edition for the focus year)`);
  }
  const day = new Date(Date.UTC(2024, consultationDay.month - 1, consultationDay.day));
  if (day.getUTCMonth() !== consultationDay.month - 1) {
    context.report(campaign, ['consultationDay'], 'consultationDay', `日历上没有${consultationDay.month}月${consultationDay.day}日 (not a real day)`);
  }
};

/** Every string in an entry's data with its path; web addresses are not text. */
function stringsOf(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return path.at(-1) === 'url' ? [] : [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, [...path, key]));
  return [];
}

const phoneMessage = (number: string) =>
  `电话号码 ${number} 不在已核实号码表 content/phone-numbers.yaml 里：核实后加进号码表（附来源），或删掉 (unverified phone number)`;

/** Every telephone number in the text (frontmatter, body and pictures) is on the verified list. */
export const phoneTextRule: Rule = (context) => {
  const { read, verified } = context;
  for (const entry of allEntries(context)) {
    if (context.content.phoneNumbers.includes(entry as never)) continue;
    for (const { path, text } of stringsOf(entry.data)) {
      for (const hit of unverifiedPhoneNumbers(text, verified)) context.report(entry, path, fieldName(context, entry, path), phoneMessage(hit.number));
    }
    const body = read.bodies.get(entry);
    for (const piece of body?.texts ?? []) {
      for (const hit of unverifiedPhoneNumbers(piece.text, verified)) {
        const offset = lineColumn(piece.text, hit.index);
        const start = piece.lineStarts[offset.line - 1] ?? { line: piece.line, column: piece.column };
        context.push({
          file: entry.filePath ?? entry.id,
          field: 'body',
          line: start.line,
          column: start.column + offset.column - 1,
          message: phoneMessage(hit.number),
        });
      }
    }
  }
  for (const pictures of Object.values(read.svgs)) {
    for (const picture of pictures.values()) {
      for (const piece of picture.texts) {
        for (const hit of unverifiedPhoneNumbers(piece.text, verified)) {
          context.push({ file: picture.file, field: '<text>', line: piece.line, column: piece.column, message: phoneMessage(hit.number) });
        }
      }
    }
  }
};

/** A topic's `call` list only has numbers the site may tell people to call. */
export const callableRule: Rule = (context) => {
  for (const topic of context.content.topics) {
    topic.data.call.forEach((number, index) => {
      if (context.verified.has(number) && !context.callable.has(number)) {
        context.report(
          topic,
          ['call', index],
          `call[${index}]`,
          `${number} 在号码表里标为只提及、不拨打（callable: false），不能放进 call (number not callable)`,
        );
      }
    });
  }
};

/** The address a body is published at, for resolving its relative links. */
function pagePath(context: RuleContext, entry: Entry<unknown>): string | undefined {
  const { content } = context;
  if (content.topics.includes(entry as never)) return `/topics/${entry.id}/`;
  if (content.cases.includes(entry as never)) return `/cases/${entry.id}/`;
  const lesson = content.lessons.find((item) => item === entry);
  if (lesson) return `/class/${lesson.data.topic}/${lesson.data.audience}/plan/`;
  return undefined;
}

/**
 * Links in bodies: telephone links only to callable numbers on the list, written `tel:`; web links
 * https/http/mailto; nothing that runs code; links inside the site relative (the site may live under a
 * sub-path) with a trailing slash, to a topic, sign, case or scene that exists and, on a topic, a section
 * that exists. Links to other pages are checked on the built site (src/integrations/html-checks.ts).
 */
export const bodyLinkRule: Rule = (context) => {
  const { content, read } = context;
  const ids = {
    topics: new Map(content.topics.map((topic) => [topic.id, new Set(topicSectionIds(topic))])),
    signs: new Set(content.signs.map((sign) => sign.id)),
    cases: new Set(content.cases.map((entry) => entry.id)),
    scenes: new Set(content.scenes.map((scene) => scene.id)),
  };
  for (const [entry, body] of read.bodies) {
    const page = pagePath(context, entry);
    if (!page) continue;
    for (const link of body.links) {
      const problem = checkLink(link.url, page, context, ids);
      if (problem) context.push({ file: entry.filePath ?? entry.id, field: 'body', line: link.line, column: link.column, message: problem });
    }
  }
};

function checkLink(
  url: string,
  page: string,
  context: RuleContext,
  ids: { topics: Map<string, Set<string>>; signs: Set<string>; cases: Set<string>; scenes: Set<string> },
): string | undefined {
  const href = url.trim();
  if (href === '') return '链接地址是空的 (empty link)';
  const number = telLinkNumber(href);
  if (number !== undefined) {
    if (!context.verified.has(number)) return `链接 ${href}：${phoneMessage(number)}`;
    if (!context.callable.has(number)) return `链接 ${href}：这个号码在号码表里标为只提及、不拨打（callable: false），不能做成拨号链接 (number not callable)`;
    if (href !== `tel:${number}`) return `电话链接请写成 tel:${number}（小写 tel:，只写数字） (write telephone links as tel:${number})`;
    return undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\s\u0000-\u001f]+/g, ''))?.[1]?.toLowerCase();
  if (scheme) {
    if (['http', 'https', 'mailto'].includes(scheme)) return undefined;
    return `不允许的链接 ${href.slice(0, 40)}：只能用 https://、http://、mailto: 或 tel: (link scheme ${scheme}: is not allowed)`;
  }
  if (href.startsWith('//')) return `链接 ${href}：外部网址请写完整的 https:// 地址 (write external links in full)`;
  if (href.startsWith('/')) return `站内链接请写相对地址，例如 ../gas/#leak，网站可能放在子目录下 (write links inside the site as relative paths)`;
  const target = new URL(href, `https://site.invalid${page}`);
  const path = decodeURIComponent(target.pathname);
  const anchor = decodeURIComponent(target.hash.slice(1));
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) return `站内链接 ${href} 末尾要加 /（例如 ../gas/） (links to pages end with /)`;
  const [, kind, slug, rest] = /^\/(topics|signs|cases|scenes)\/([^/]+)\/(.*)$/.exec(path) ?? [];
  if (!kind || !slug || rest) return undefined;
  if (kind === 'topics') {
    const sections = ids.topics.get(slug);
    if (!sections) return `链接 ${href}：没有主题“${slug}” (no such topic)`;
    if (anchor && !sections.has(anchor)) return `链接 ${href}：/topics/${slug}/ 上没有小节“${anchor}”（有：${[...sections].join(', ')}） (no such section)`;
    return undefined;
  }
  const known = kind === 'signs' ? ids.signs : kind === 'cases' ? ids.cases : ids.scenes;
  if (!known.has(slug)) return `链接 ${href}：没有“${slug}”这一页 (no such ${kind.replace(/s$/, '')})`;
  return undefined;
}

const AUDIENCE_NAMES = 'primary-lower、primary-upper、junior、adult';

/** A lesson sits at lessons/<topic>/<audience>.mdx, and its `topic` and `audience` say the same. */
export const lessonPlaceRule: Rule = (context) => {
  for (const lesson of context.content.lessons) {
    const [folder, file] = lesson.id.split('/');
    if (folder !== lesson.data.topic) {
      context.report(lesson, ['topic'], 'topic', `文件在 lessons/${folder}/ 里，topic 却写的是 ${lesson.data.topic}：两者要一致 (topic must match the folder)`);
    }
    if (file !== lesson.data.audience) {
      context.report(
        lesson,
        ['audience'],
        'audience',
        `文件名是 ${file}.mdx，audience 却写的是 ${lesson.data.audience}：两者要一致（对象：${AUDIENCE_NAMES}） (audience must match the file name)`,
      );
    }
  }
};

/**
 * What a lesson points at exists: its opening case, the pictures on its slides, its questions; the
 * questions a step runs are among the lesson's `quiz`, each once.
 */
export const lessonReferencesRule: Rule = (context) => {
  const { content, read } = context;
  const cases = new Set(content.cases.map((entry) => entry.id));
  const questions = new Set(content.quiz.map((entry) => entry.id));
  const pictures: Record<string, { has: (id: string) => boolean; where: (id: string) => string }> = {
    illustration: { has: (id) => read.svgs.illustrations.has(id), where: (id) => `src/assets/illustrations/${id}.svg` },
    picture: { has: (id) => read.pictureNames.has(id), where: (id) => `src/assets/pictures/${id}.svg` },
    sign: { has: (id) => content.signs.some((sign) => sign.id === id), where: (id) => `content/signs/${id}.yaml` },
    scene: { has: (id) => content.scenes.some((scene) => scene.id === id), where: (id) => `content/scenes/${id}.yaml` },
  };
  for (const lesson of content.lessons) {
    const { data } = lesson;
    if (data.case && !cases.has(data.case) && !read.rejected.has(data.case)) {
      context.report(lesson, ['case'], 'case', `没有案例“${data.case}”：写 content/cases/ 里的文件名（不带 .mdx） (no such case)`);
    }
    const seen = new Set<string>();
    data.quiz.forEach((id, index) => {
      if (!questions.has(id) && !read.rejected.has(id)) context.report(lesson, ['quiz', index], `quiz[${index}]`, `题库里没有题目“${id}” (no such question)`);
      if (seen.has(id)) context.report(lesson, ['quiz', index], `quiz[${index}]`, `题目“${id}”写了两次 (question listed twice)`);
      seen.add(id);
    });
    const run = new Set<string>();
    data.steps.forEach((step, stepIndex) => {
      const picture = step.slide.picture;
      if (picture) {
        const [kind = '', id = ''] = picture.split('/');
        const known = pictures[kind];
        if (known && !known.has(id)) {
          context.report(
            lesson,
            ['steps', stepIndex, 'slide', 'picture'],
            `steps[${stepIndex}].slide.picture`,
            `找不到图片 ${known.where(id)} (missing picture)`,
          );
        }
      }
      step.slide.quiz.forEach((id, index) => {
        const at = ['steps', stepIndex, 'slide', 'quiz', index];
        const field = `steps[${stepIndex}].slide.quiz[${index}]`;
        if (!seen.has(id)) context.report(lesson, at, field, `题目“${id}”不在这节课的 quiz 列表里：先加进 quiz (question not in the lesson's quiz)`);
        else if (run.has(id)) context.report(lesson, at, field, `题目“${id}”已经在前面的环节里用过 (question run twice)`);
        run.add(id);
      });
    });
  }
};

/**
 * Children's lessons (小学) ask no fines, sums of money, dates, standard numbers or clause numbers in their
 * class quiz: the question, its options and its explanation are checked (src/lib/lessons.ts, CHILD_TRIVIA).
 */
export const childQuizRule: Rule = (context) => {
  const questions = new Map(context.content.quiz.map((entry) => [entry.id, entry.data]));
  for (const lesson of context.content.lessons) {
    if (!isChildAudience(lesson.data.audience)) continue;
    lesson.data.quiz.forEach((id, index) => {
      const question = questions.get(id);
      if (!question) return;
      const found = childTrivia([question.question, ...(question.type === 'choice' ? question.options : []), question.explanation]);
      if (found.length > 0) {
        context.report(
          lesson,
          ['quiz', index],
          `quiz[${index}]`,
          `小学生的课堂测验不考${found.join('、')}：题目“${id}”的题干、选项或解析里有${found.join('、')}，换一道题 (no fines, dates or standard numbers for children)`,
        );
      }
    });
  }
};

/** The rules, by name, in the order they run. */
export const RULES: Record<string, Rule> = {
  sourceClause: sourceClauseRule,
  caseFirstSource: caseFirstSourceRule,
  bodyNotEmpty: bodyNotEmptyRule,
  campaign: campaignRule,
  phoneText: phoneTextRule,
  callable: callableRule,
  bodyLinks: bodyLinkRule,
  lessonPlace: lessonPlaceRule,
  lessonReferences: lessonReferencesRule,
  childQuiz: childQuizRule,
};

/** Runs `rules` over what was read, returning their problems. */
export function runRules(read: ReadResult, rules: Record<string, Rule> = RULES): { problems: Problem[] } {
  const problems: Problem[] = [];
  const { content } = read;
  const context: RuleContext = {
    read,
    content,
    verified: new Set(content.phoneNumbers.map((entry) => entry.id)),
    callable: new Set(content.phoneNumbers.filter((entry) => entry.data.callable).map((entry) => entry.id)),
    push: (problem) => problems.push(problem),
    report: (entry, path, field, message) => problems.push({ file: entry.filePath ?? entry.id, field, ...positionOf(read.sources, entry, path), message }),
  };
  for (const rule of Object.values(rules)) rule(context);
  return { problems };
}
