/**
 * A lesson made concrete for the class pages: every slide of its deck with the words, picture and speaker
 * notes it shows. The deck page (/class/<topic>/<audience>/), the PowerPoint (…/<audience>.pptx) and the
 * plan (…/plan/) all draw from `lessonView`, so they show the same steps, case, questions and homework.
 */
import { ui } from '../i18n/zh-CN.ts';
import { OPTION_LETTERS } from '../schemas/quiz.ts';
import { AUDIENCES, type Audience, type LessonData } from '../schemas/lesson.ts';
import { lessonDeck, parsePicture, stepTimes, type LessonSlide } from './lessons.ts';
import { absoluteUrl, paths, routes } from './paths.ts';
import { formatDate } from './text.ts';
import { illustrationSvgByName, must, pictureSvgByName, sceneSvgById, signSvgById, type Lesson, type SiteData } from './site-data.ts';

const text = ui.classroom;
/** A home activity longer than this takes the whole slide, without a picture beside it. */
const HOME_WITH_PICTURE = 110;

export interface Picture {
  /** The reference as written in the lesson (sign/no-blocking), or qr/<url> for a QR code. */
  ref: string;
  kind: 'illustration' | 'sign' | 'scene' | 'picture';
  svg: string;
  /** What it shows and means (the picture's accessible name and the PowerPoint's alt text). */
  label: string;
}

export interface ViewQuestion {
  id: string;
  type: 'choice' | 'truefalse';
  /** The letters shown big: A–D, or 对/错. */
  letters: string[];
  options: string[];
  /** Index of the right option. */
  answer: number;
  explanation: string;
  sign?: Picture | undefined;
}

export interface ViewSlide {
  kind: LessonSlide['kind'];
  /** The step the slide belongs to (index in the lesson's steps), for steps, cases, cards and the questions they run. */
  step?: number | undefined;
  kicker: string;
  heading: string;
  points: string[];
  picture?: Picture | undefined;
  /** Revealed on the next press: a scenario card's answer. */
  reveal?: string | undefined;
  question?: ViewQuestion | undefined;
  /** A QR code to this address (the topic page, or the home activity's tool). */
  qr?: { url: string; label: string } | undefined;
  /** The home activity's tool page, when the site has it. */
  link?: { href: string; label: string } | undefined;
  caseId?: string | undefined;
  /** Speaker notes: for a step, its teacher text. */
  notes: string;
}

export interface LessonView {
  lesson: Lesson;
  data: LessonData;
  topicTitle: string;
  audienceLabel: string;
  slides: ViewSlide[];
  /** The home tool's page, when it exists. */
  tool?: { href: string; url: string; label: string } | undefined;
  times: { from: number; to: number }[];
}

/**
 * Drops the ids of a picture that never refers to its own parts (no url(#…) or href="#…"): a deck may show
 * the same picture on several slides, and ids must be unique in a page.
 */
const withoutIds = (svg: string) => (/url\(#|href="#/.test(svg) ? svg : svg.replace(/\sid="[^"]*"/g, ''));

const svgText = (svg: string, tag: 'title' | 'desc') => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(svg)?.[1]?.trim() ?? '';

/** The SVG and the words for a picture reference (the content validator has checked it exists). */
export function pictureFor(site: SiteData, ref: string): Picture {
  const { kind, id } = parsePicture(ref);
  if (kind === 'sign') {
    const sign = must(site.signById, id);
    return { ref, kind, svg: withoutIds(signSvgById.get(id) ?? ''), label: `安全标志“${sign.data.name}”：${sign.data.meaning}` };
  }
  if (kind === 'scene') {
    const scene = must(new Map(site.scenes.map((entry) => [entry.id, entry])), id);
    return { ref, kind, svg: withoutIds(sceneSvgById.get(id) ?? ''), label: `${scene.data.title}：${scene.data.alt}` };
  }
  const svg = (kind === 'illustration' ? illustrationSvgByName : pictureSvgByName).get(id) ?? '';
  // An illustration's alt text as the topic page gives it, else the picture's own <title> and <desc>.
  const alt = site.topics.flatMap((topic) => topic.data.illustrations).find((item) => item.file === id)?.alt;
  return { ref, kind, svg: withoutIds(svg), label: alt ?? [svgText(svg, 'title'), svgText(svg, 'desc')].filter(Boolean).join('：') };
}

/** Lessons of a topic, youngest audience first. */
export function lessonsOf(site: SiteData, topic: string): Lesson[] {
  return site.lessons.filter((lesson) => lesson.data.topic === topic).sort((a, b) => AUDIENCES.indexOf(a.data.audience) - AUDIENCES.indexOf(b.data.audience));
}

export function audienceLabel(lesson: LessonData): string {
  return text.audiences[lesson.audience] + (lesson.group ? `：${lesson.group}` : '');
}

export function lessonView(site: SiteData, lesson: Lesson): LessonView {
  const { data } = lesson;
  const topic = must(site.topicById, data.topic).data;
  const questions = new Map(site.quiz.map((entry) => [entry.id, entry.data]));
  const label = audienceLabel(data);
  const times = stepTimes(data.steps);
  const tool = data.home.tool
    ? { href: routes.tool(data.home.tool), url: absoluteUrl(paths.tool(data.home.tool)), label: text.tools[data.home.tool] }
    : undefined;
  const topicUrl = absoluteUrl(`/topics/${data.topic}/`);
  const firstPicture = topic.illustrations[0] ? `illustration/${topic.illustrations[0].file}` : data.steps.find((step) => step.slide.picture)?.slide.picture;
  const lastPicture = data.steps.findLast((step) => step.slide.picture)?.slide.picture;
  let questionNumber = 0;

  const slides = lessonDeck(data).map((slide): ViewSlide => {
    switch (slide.kind) {
      case 'title':
        return {
          kind: 'title',
          kicker: `${ui.siteName} · ${topic.title}`,
          heading: data.title,
          points: [`${text.forAudience(label)} · ${text.minutes(data.minutes)}`],
          picture: firstPicture ? pictureFor(site, firstPicture) : undefined,
          notes: [`${text.objectives}：`, ...data.objectives.map((item, index) => `${index + 1}. ${item}`)].join('\n'),
        };
      case 'step': {
        const step = data.steps[slide.step]!;
        return {
          kind: 'step',
          step: slide.step,
          kicker: `${text.step(slide.step + 1, step.minutes)} · ${step.title}`,
          heading: step.slide.heading,
          points: step.slide.points,
          picture: step.slide.picture ? pictureFor(site, step.slide.picture) : undefined,
          notes: [step.teacher, step.slide.notes].filter(Boolean).join('\n'),
        };
      }
      case 'case': {
        const entry = must(site.caseById, slide.case).data;
        const sign = entry.signs[0];
        return {
          kind: 'case',
          step: slide.step,
          caseId: slide.case,
          kicker: `${text.openingCase} · ${formatDate(entry.date)} · ${entry.place}`,
          heading: entry.title,
          points: [entry.summary],
          picture: sign ? pictureFor(site, `sign/${sign}`) : undefined,
          notes: `${entry.summary}\n${entry.lessons.join('\n')}`,
        };
      }
      case 'card': {
        const step = data.steps[slide.step]!;
        const card = step.slide.cards[slide.card]!;
        return {
          kind: 'card',
          step: slide.step,
          kicker: `${text.scenario}${step.slide.cards.length > 1 ? ` ${slide.card + 1}` : ''} · ${step.title}`,
          heading: card.situation,
          points: [],
          reveal: card.answer,
          picture: step.slide.picture ? pictureFor(site, step.slide.picture) : undefined,
          notes: `${text.scenarioKey}：${card.answer}`,
        };
      }
      case 'question': {
        const question = must(questions, slide.question);
        questionNumber += 1;
        const choice = question.type === 'choice';
        const view: ViewQuestion = {
          id: slide.question,
          type: question.type,
          letters: choice ? [...OPTION_LETTERS] : [text.trueFalse.true, text.trueFalse.false],
          options: choice ? question.options : [],
          answer: choice ? OPTION_LETTERS.indexOf(question.answer) : question.answer ? 0 : 1,
          explanation: question.explanation,
          sign: question.sign ? pictureFor(site, `sign/${question.sign}`) : undefined,
        };
        const letter = view.letters[view.answer]!;
        return {
          kind: 'question',
          step: slide.step,
          kicker: `${text.question} · ${questionNumber}`,
          heading: question.question,
          points: [],
          question: view,
          picture: view.sign,
          notes: `${ui.quiz.answer}：${letter}${choice ? `. ${question.options[view.answer]}` : ''}\n${question.explanation}`,
        };
      }
      case 'home':
        return {
          kind: 'home',
          kicker: data.title,
          heading: text.homework,
          points: [data.home.text],
          link: tool ? { href: tool.href, label: `${text.tool}：${tool.label}` } : undefined,
          qr: tool ? { url: tool.url, label: tool.label } : undefined,
          // Without a tool page to scan, the lesson's last picture reminds the class what to take home (when
          // the text is short enough to share the slide with it).
          picture: !tool && lastPicture && data.home.text.length <= HOME_WITH_PICTURE ? pictureFor(site, lastPicture) : undefined,
          notes: data.home.text,
        };
      case 'qr':
        return {
          kind: 'qr',
          kicker: data.title,
          heading: text.scanTopic,
          points: [topic.title],
          qr: { url: topicUrl, label: text.scanTopic },
          notes: topicUrl,
        };
    }
  });
  return { lesson, data, topicTitle: topic.title, audienceLabel: label, slides, tool, times };
}

/** Static paths for the pages made once per lesson (/class/<topic>/<audience>/, its plan and PowerPoint). */
export async function lessonPaths(getSite: () => Promise<SiteData>) {
  const site = await getSite();
  return site.lessons.map((lesson) => ({ params: { topic: lesson.data.topic, audience: lesson.data.audience }, props: { lesson } }));
}

/** Whether `value` is one of the audience ids. */
export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}
