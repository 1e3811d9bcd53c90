import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * Who a lesson is for, youngest first (the first one a topic has is its default deck). The file name of a
 * lesson is its audience: content/lessons/<topic>/<audience>.mdx. Labels are in src/i18n/zh-CN/class.ts.
 */
export const AUDIENCES = ['primary-lower', 'primary-upper', 'junior', 'adult'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Audiences who are children: their class quiz has no fines, dates, standard numbers or clause numbers. */
export const CHILD_AUDIENCES: readonly Audience[] = ['primary-lower', 'primary-upper'];

/** The family tools a home activity may link to (/tools/<tool>/). */
export const HOME_TOOLS = ['escape-plan', 'letter', 'checklist', 'report'] as const;
export type HomeTool = (typeof HOME_TOOLS)[number];

/** What a picture reference may point at: `illustration/<file>`, `sign/<id>`, `scene/<id>` or `picture/<file>`. */
export const PICTURE_KINDS = ['illustration', 'sign', 'scene', 'picture'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/**
 * Limits that keep a slide readable from the back of a classroom (body text at least ~4 % of the slide's
 * height on a 1280×720 projector): a short heading, at most 4 short points.
 */
export const SLIDE_LIMITS = { heading: 24, points: 4, point: 36, situation: 70, answer: 90, home: 220 } as const;

const max = (limit: number, what: string) =>
  textSchema.max(limit, `${what}不超过${limit}个字（投影要让最后一排看清） (${what} too long: at most ${limit} characters)`);

/**
 * A picture on a slide: `illustration/ebike-charging-places` (src/assets/illustrations/<file>.svg),
 * `sign/no-blocking` (content/signs/), `scene/stairwell` (content/scenes/, fitted to 16:9) or
 * `picture/<file>` (src/assets/pictures/<file>.svg, the key-action pictures). Its text alternative is the
 * picture's own <title> and <desc>.
 */
export const pictureRefSchema = z
  .string()
  .regex(
    new RegExp(`^(${PICTURE_KINDS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    '图片写成 类别/名称：illustration/文件名、sign/标志id、scene/场景id 或 picture/文件名 (picture must be kind/id)',
  );

const questionIdSchema = z.string().regex(/^[a-z0-9-]+$/, '题目 id，例如 ebike-004 (a question id)');

/** A scenario card read out in class: the situation, then (on the next press) what to do. */
export const cardSchema = z.strictObject({
  /** The situation, e.g. 你在家，电池在屋里充电时冒烟起火。 */
  situation: max(SLIDE_LIMITS.situation, '情景'),
  /** What to do, revealed after the class has answered. */
  answer: max(SLIDE_LIMITS.answer, '要点'),
});

/** What the projector shows for one step of the lesson. */
export const slideSchema = z.strictObject({
  /** The slide's heading: a few words. */
  heading: max(SLIDE_LIMITS.heading, '标题'),
  /** Up to 4 short points. */
  points: z
    .array(max(SLIDE_LIMITS.point, '要点'))
    .max(SLIDE_LIMITS.points, `每页最多${SLIDE_LIMITS.points}条要点 (at most ${SLIDE_LIMITS.points} points)`)
    .default([]),
  /** The picture beside the points (most slides should have one). */
  picture: pictureRefSchema.optional(),
  /** Questions of the lesson's `quiz` to run from the front right after this slide. */
  quiz: z.array(questionIdSchema).default([]),
  /** Scenario cards, one slide each after this slide. */
  cards: z.array(cardSchema).max(4).default([]),
  /** More for the speaker notes, beyond the step's `teacher` text. */
  notes: textSchema.optional(),
});

/** One step of the lesson: its time, what the teacher does, and its slide. */
export const stepSchema = z.strictObject({
  minutes: z.number().int().min(1),
  /** Short title, e.g. 导入：一辆车，一栋楼. */
  title: textSchema,
  /** What the teacher does and says (the plan prints it; the PowerPoint's speaker notes carry it). */
  teacher: textSchema,
  slide: slideSchema,
});

/**
 * A lesson plan for one topic and one audience: content/lessons/<topic>/<audience>.mdx. The plan
 * (/class/<topic>/<audience>/plan/), the deck (/class/<topic>/<audience>/) and the PowerPoint
 * (/class/<topic>/<audience>.pptx) are all made from it, so they cannot disagree. The MDX body holds the
 * teacher's notes (what to stress, wrong answers to expect, safety in class, how to adapt).
 */
export const lessonSchema = z.strictObject({
  /** Lesson title, e.g. 电动车为什么不能推进楼里充电？ */
  title: textSchema,
  /** The topic it teaches (an id in content/topics/; also the folder name). */
  topic: slugSchema,
  /** Who it is for (also the file name). */
  audience: z.enum(AUDIENCES, `对象只能是 ${AUDIENCES.join('、')} (audience must be one of ${AUDIENCES.join(', ')})`),
  /** For adults, who exactly, e.g. 社区居民、物业人员 (optional; shown beside the audience). */
  group: textSchema.optional(),
  /** 40 for a lesson, 20 for a 班会 (class meeting); the steps add up to it. */
  minutes: z.union([z.literal(40), z.literal(20)], '时长写 40（一节课）或 20（班会） (minutes must be 40 or 20)').default(40),
  /** What learners can do afterwards. */
  objectives: z.array(textSchema).min(1),
  /** What the teacher prepares. */
  materials: z.array(textSchema).default([]),
  /** The opening case (an id in content/cases/): told in the first step, shown after its slide. */
  case: slugSchema.optional(),
  /** The lesson step by step; each step is one slide (plus its cards and questions). */
  steps: z.array(stepSchema).min(2),
  /** Questions to discuss in class. */
  prompts: z.array(textSchema).min(1),
  /** The drill or hands-on activity: what the class does, step by step. */
  drill: z.strictObject({
    title: textSchema,
    steps: z.array(textSchema).min(1).max(8),
    /** What keeps it safe (e.g. no real fire, no running on stairs). */
    safety: textSchema.optional(),
  }),
  /** The home activity, optionally with the family tool it uses. */
  home: z.strictObject({
    /** Shown on the deck's last slides too, so it has to fit one slide. */
    text: max(SLIDE_LIMITS.home, '课后活动'),
    tool: z.enum(HOME_TOOLS, `工具只能是 ${HOME_TOOLS.join('、')} (tool must be one of ${HOME_TOOLS.join(', ')})`).optional(),
  }),
  /** The class quiz: question ids, chosen for the age (children: no fines, dates, standard numbers). */
  quiz: z.array(questionIdSchema).min(2).max(8),
  /** Sources beyond those of the topic page. */
  sources: sourcesSchema.optional(),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type LessonStep = z.infer<typeof stepSchema>;
export type LessonSlide = z.infer<typeof slideSchema>;
