/**
 * Lessons (content/lessons/<topic>/<audience>.mdx) as the class pages use them: which audiences a topic
 * has, which one a page shows by default, and the deck a lesson makes. The plan, the deck and the
 * PowerPoint are all drawn from `lessonDeck`, so they show the same steps, case, questions and homework.
 * Pure functions over plain data, unit-tested; the Astro pages and the .pptx endpoint only draw them.
 */
import { AUDIENCES, CHILD_AUDIENCES, type Audience, type LessonData, type PictureKind } from '../schemas/lesson.ts';

export { AUDIENCES, type Audience };

/**
 * What children's class quizzes leave out (issue 16: "no dates or fines for children"): fines and sums of
 * money, dates (a digit before 年, 月 or 日, 年级 excepted; 十一月一日; 二〇二四年), standard numbers (GB …) and clause numbers
 * (第…条). Checked on the question, its options and its explanation, since the teacher reads all three out.
 */
export const CHILD_TRIVIA: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /罚款|罚金/, what: '罚款' },
  { pattern: /\d\s*元|[一二三四五六七八九十百千万两]元/, what: '金额' },
  { pattern: /\d\s*(?:年(?!级)|月|日)|[〇零一二三四五六七八九十]{1,3}月[〇零一二三四五六七八九十]{1,3}日|[〇零一二三四五六七八九]{4}年/, what: '日期' },
  { pattern: /GB/, what: '标准编号' },
  { pattern: /第[一二三四五六七八九十百千零〇\d]+条/, what: '条款号' },
];

/** The kinds of trivia in `texts` that a children's quiz may not ask (empty when the question suits children). */
export function childTrivia(texts: readonly string[]): string[] {
  const text = texts.join('\n');
  return CHILD_TRIVIA.filter((rule) => rule.pattern.test(text)).map((rule) => rule.what);
}

export const isChildAudience = (audience: Audience) => CHILD_AUDIENCES.includes(audience);

/** The audiences a topic has lessons for, youngest first. */
export function audiencesOf(lessons: readonly { topic: string; audience: Audience }[], topic: string): Audience[] {
  const have = new Set(lessons.filter((lesson) => lesson.topic === topic).map((lesson) => lesson.audience));
  return AUDIENCES.filter((audience) => have.has(audience));
}

/**
 * The audience a page shows: the one asked for in ?for= if the topic has it, else the one remembered from
 * last time if the topic has it, else the topic's first. Unknown values (`?for=toString`) are ignored.
 */
export function chooseAudience(available: readonly Audience[], asked: string | null | undefined, remembered: string | null | undefined): Audience | undefined {
  const pick = (value: string | null | undefined) => available.find((audience) => audience === value);
  return pick(asked) ?? pick(remembered) ?? available[0];
}

/** A picture reference split into its kind and id (`sign/no-blocking` → sign, no-blocking). */
export function parsePicture(ref: string): { kind: PictureKind; id: string } {
  const [kind, id] = ref.split('/') as [PictureKind, string];
  return { kind, id };
}

/** One slide of a lesson deck. `step` is the index in the lesson's steps the slide belongs to. */
export type LessonSlide =
  | { kind: 'title' }
  | { kind: 'step'; step: number }
  | { kind: 'case'; step: number; case: string }
  | { kind: 'card'; step: number; card: number }
  | { kind: 'question'; step: number | undefined; question: string }
  | { kind: 'home' }
  | { kind: 'qr' };

/**
 * The deck of a lesson: its title; then each step's slide, followed by the opening case (after the first
 * step), the step's scenario cards and the questions it runs; the lesson's questions no step runs come
 * after the last step; then the home activity and a QR code to the topic page.
 */
export function lessonDeck(lesson: Pick<LessonData, 'case' | 'steps' | 'quiz'>): LessonSlide[] {
  const slides: LessonSlide[] = [{ kind: 'title' }];
  const placed = new Set<string>();
  lesson.steps.forEach((step, index) => {
    slides.push({ kind: 'step', step: index });
    if (index === 0 && lesson.case) slides.push({ kind: 'case', step: index, case: lesson.case });
    step.slide.cards.forEach((_, card) => slides.push({ kind: 'card', step: index, card }));
    for (const question of step.slide.quiz) {
      if (placed.has(question)) continue;
      placed.add(question);
      slides.push({ kind: 'question', step: index, question });
    }
  });
  for (const question of lesson.quiz) if (!placed.has(question)) slides.push({ kind: 'question', step: undefined, question });
  slides.push({ kind: 'home' }, { kind: 'qr' });
  return slides;
}

/** When each step starts and ends, in minutes from the start of the lesson (第1–4分钟). */
export function stepTimes(steps: readonly { minutes: number }[]): { from: number; to: number }[] {
  let elapsed = 0;
  return steps.map((step) => {
    const from = elapsed + 1;
    elapsed += step.minutes;
    return { from, to: elapsed };
  });
}
