/**
 * What goes on a slide, for the kiosk playlist (/kiosk/) and the classroom deck of a topic without a lesson
 * (/class/<topic>/; lessons make their own decks, src/lib/lessons.ts). Both
 * are built from the same content as the pages: a topic's key actions, its signs, its cases, its myths
 * and questions. Pure functions over plain data, so the order and the filters are unit-tested; the Astro
 * components only draw them.
 */
import { readInterval, readTopics } from './kiosk.ts';

export type Slide =
  | { kind: 'theme' }
  | { kind: 'title'; topic: string }
  | { kind: 'actions'; topic: string }
  | { kind: 'dodont'; topic: string }
  | { kind: 'myth'; topic: string; index: number }
  | { kind: 'sign'; sign: string }
  | { kind: 'case'; case: string }
  | { kind: 'question'; question: string }
  | { kind: 'qr'; topic: string }
  | { kind: 'homework'; topic: string };

export interface SlideContent {
  /** Topic ids in display order, with how many myths each has. */
  topics: { id: string; myths: number }[];
  /** Sign ids with the topics they belong to, in gallery order. */
  signs: { id: string; topics: string[] }[];
  /** Case ids with their topics, newest first. */
  cases: { id: string; topics: string[] }[];
  /** Question ids with their topic, in bank order. */
  questions: { id: string; topic: string; sign?: string | undefined }[];
}

/** How many of each a 40-minute lesson's deck shows, so it stays a lesson and not a catalogue. */
export const CLASS_LIMITS = { signs: 4, cases: 1, questions: 5 };

/**
 * The classroom deck for a topic that has no lesson yet, made from its topic page: from its title to the
 * homework. Topics with lessons get their deck from the lesson (src/lib/lessons.ts, lessonDeck).
 */
export function classDeck(content: SlideContent, topic: string): Slide[] {
  const info = content.topics.find((entry) => entry.id === topic);
  if (!info) throw new Error(`no topic ${topic}`);
  const ofTopic = <T extends { topics: string[] }>(items: T[]) => items.filter((item) => item.topics.includes(topic));
  return [
    { kind: 'title', topic },
    ...ofTopic(content.cases)
      .slice(0, CLASS_LIMITS.cases)
      .map((entry): Slide => ({ kind: 'case', case: entry.id })),
    { kind: 'actions', topic },
    { kind: 'dodont', topic },
    ...Array.from({ length: info.myths }, (_, index): Slide => ({ kind: 'myth', topic, index })),
    ...ofTopic(content.signs)
      .slice(0, CLASS_LIMITS.signs)
      .map((sign): Slide => ({ kind: 'sign', sign: sign.id })),
    ...content.questions
      .filter((question) => question.topic === topic && !question.sign)
      .slice(0, CLASS_LIMITS.questions)
      .map((question): Slide => ({ kind: 'question', question: question.id })),
    { kind: 'homework', topic },
    { kind: 'qr', topic },
  ];
}

/** Kiosk timing: 15 s a slide unless ?interval= says otherwise, never faster than 5 s or slower than 2 min. */
export function kioskInterval(raw: string | null | undefined): number {
  return readInterval(raw).seconds;
}

/** Which topics a kiosk shows: those named in ?topics= that exist (tolerantly read: src/lib/kiosk.ts), else all of them. */
export function kioskTopics(known: string[], raw: string | null | undefined): string[] {
  const { topics } = readTopics(
    [raw ?? ''],
    known.map((id) => ({ id, names: [] })),
  );
  return topics.length > 0 ? topics : known;
}

/**
 * The kiosk playlist for some topics: the campaign theme, then for each topic its key actions, one of its
 * signs, one of its cases and a QR code to continue on a phone. Seen from 3–10 m, one idea per slide.
 */
export function kioskPlaylist(content: SlideContent, topics: string[]): Slide[] {
  const slides: Slide[] = [{ kind: 'theme' }];
  const usedSigns = new Set<string>();
  for (const topic of topics) {
    slides.push({ kind: 'actions', topic });
    const sign = content.signs.find((entry) => entry.topics.includes(topic) && !usedSigns.has(entry.id));
    if (sign) {
      usedSigns.add(sign.id);
      slides.push({ kind: 'sign', sign: sign.id });
    }
    const accident = content.cases.find((entry) => entry.topics.includes(topic));
    if (accident) slides.push({ kind: 'case', case: accident.id });
    slides.push({ kind: 'qr', topic });
  }
  return slides;
}
