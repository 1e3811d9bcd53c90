/**
 * The kiosk's settings, read from its address (/kiosk/?topics=燃气，电动车&interval=20&layout=ticker…), and
 * the rules of what a screen seen from 5–10 m shows. Pure functions, unit-tested; the page, the setup page
 * and the export all read the address through `parseKioskParams`.
 *
 * A screen is set up once by someone typing on a remote or a Chinese keyboard and then runs unattended for
 * weeks, so the reader is tolerant (full-width punctuation, spaces, Chinese topic names, 20秒) and never
 * silent: every value it cannot use comes back as a `KioskNotice`, shown for a few seconds on the screen,
 * and a safe default is used instead.
 */
import { findPhoneNumbers } from './validator/phones.ts';

export const KIOSK_LAYOUTS = ['auto', 'slides', 'ticker'] as const;
export type KioskLayout = (typeof KIOSK_LAYOUTS)[number];
export const KIOSK_ORIENTATIONS = ['auto', 'landscape', 'portrait'] as const;
export type KioskOrientation = (typeof KIOSK_ORIENTATIONS)[number];

/** Seconds a slide stays: the default, and the bounds (faster cannot be read, slower looks frozen). */
export const KIOSK_INTERVAL = { default: 15, min: 5, max: 120 } as const;
/** Longest organiser name and notice, in characters: one line each at a size readable from 5 m. */
export const ORGANISER_LIMITS = { org: 20, note: 36 } as const;
/** Longest text on a case slide (title and one lesson): read in the few seconds people look. */
export const CASE_SLIDE_MAX_CHARS = 60;
/** A touch kiosk left alone this long goes back to its playlist. */
export const TOUCH_IDLE_MS = 60_000;
/** How long a setup notice stays on the screen. */
export const NOTICE_MS = 10_000;

/** A topic and the names an organiser may call it by. */
export interface KioskTopicNames {
  id: string;
  /** Its title and short title (燃气安全, 燃气). */
  names: string[];
  /** The search aliases (煤气, 电瓶车): they count when they name only this topic. */
  aliases?: string[] | undefined;
}

/** Minutes after local midnight, a range [from, to) that may wrap past midnight. */
export type TimeRange = readonly [from: number, to: number];

export interface KioskSchedule {
  /** When the screen plays; outside it the screen goes dark. Absent: always. */
  hours?: TimeRange | undefined;
  /** When the screen plays dimmed (night). Absent: never. */
  dim?: TimeRange | undefined;
}

/** What could not be used, and what was used instead; the screen words it (src/i18n/zh-CN/kiosk.ts). */
export type KioskNotice =
  | { field: 'topics'; problem: 'unknown'; values: string[] }
  | { field: 'interval'; problem: 'invalid'; value: string; used: number }
  | { field: 'interval'; problem: 'clamped'; value: string; used: number }
  | { field: 'layout' | 'orientation' | 'touch'; problem: 'invalid'; value: string }
  | { field: 'hours' | 'dim'; problem: 'invalid'; value: string }
  | { field: 'org' | 'note'; problem: 'too-long'; max: number }
  | { field: 'org' | 'note'; problem: 'phone' }
  | { field: 'still'; problem: 'invalid'; value: string };

export interface KioskOptions {
  /** Topic ids to play, in the order asked (every topic when none was asked or none was known). */
  topics: string[];
  /** Whether `topics` is a choice (false: all topics, by default). */
  chosen: boolean;
  interval: number;
  layout: KioskLayout;
  orientation: KioskOrientation;
  touch: boolean;
  /** Organiser's name and one-line notice, cleaned (plain text: shown with textContent, never as HTML). */
  org: string;
  note: string;
  schedule: KioskSchedule;
  /** 1-based: show this slide (or ticker item) and stand still, for the image export. */
  still?: number | undefined;
  notices: KioskNotice[];
}

/** Full-width letters, digits and punctuation as ASCII (，→, ：→: １５→15), trimmed. */
const normal = (text: string) => text.normalize('NFKC').trim();

/** Shown values are cut short: a notice names what was wrong, not 10,000 characters of it. */
export const shortValue = (text: string, max = 12) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max).join('')}…` : text);

/**
 * ?topics=: ids or names (燃气, 电动车, 电瓶车), separated by commas of either width, 、, ; or spaces, or
 * given several times (?topics=gas&topics=ebike, as the setup form sends them). A search alias counts only
 * when it names one topic. Unknown values are returned to be named on the screen.
 */
export function readTopics(raw: string[], topics: KioskTopicNames[]): { topics: string[]; unknown: string[] } {
  const byName = new Map<string, string | null>();
  const add = (name: string, id: string, exact: boolean) => {
    const key = normal(name).toLowerCase();
    if (!key) return;
    const had = byName.get(key);
    if (had === undefined || exact) byName.set(key, id);
    else if (had !== id) byName.set(key, null); // an alias of two topics names neither
  };
  for (const topic of topics) for (const name of topic.aliases ?? []) add(name, topic.id, false);
  for (const topic of topics) for (const name of [topic.id, ...topic.names]) add(name, topic.id, true);
  const wanted: string[] = [];
  const unknown: string[] = [];
  for (const value of raw.flatMap((part) => normal(part).split(/[\s,、;|/+]+/))) {
    if (!value) continue;
    const id = byName.get(value.toLowerCase());
    if (id) wanted.push(id);
    else unknown.push(value);
  }
  return { topics: [...new Set(wanted)], unknown: [...new Set(unknown)] };
}

/** ?interval=: seconds (20, 20s, 20秒, ２０), kept between the bounds; anything else gives the default. */
export function readInterval(raw: string | null | undefined): { seconds: number; notice?: KioskNotice } {
  const text = normal(raw ?? '');
  if (!text) return { seconds: KIOSK_INTERVAL.default };
  const match = /^(-?\d+(?:\.\d+)?)\s*(?:s|sec|秒|秒钟)?$/i.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0) {
    return { seconds: KIOSK_INTERVAL.default, notice: { field: 'interval', problem: 'invalid', value: shortValue(text), used: KIOSK_INTERVAL.default } };
  }
  const seconds = Math.min(KIOSK_INTERVAL.max, Math.max(KIOSK_INTERVAL.min, Math.round(value)));
  if (seconds !== Math.round(value)) return { seconds, notice: { field: 'interval', problem: 'clamped', value: shortValue(text), used: seconds } };
  return { seconds };
}

/** "7", "7:30", "07:30", "7点", "７：３０" → minutes after midnight; undefined when it is not a time. */
export function readTime(raw: string): number | undefined {
  const match = /^(\d{1,2})(?:(?::|点|时|\.)(\d{2})?分?)?$/.exec(normal(raw));
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** "7:00-22:00" (also 7-22, 20:00～6:30, 7点到22点) → a range; undefined when it is not one. */
export function readRange(raw: string): TimeRange | undefined {
  const parts = normal(raw).split(/\s*(?:-|~|～|—|–|至|到)\s*/);
  if (parts.length !== 2) return undefined;
  const [from, to] = parts.map((part) => readTime(part ?? ''));
  if (from === undefined || to === undefined || from % 1440 === to % 1440) return undefined;
  return [from % 1440, to % 1440];
}

/** Whether `minute` (after midnight) falls in the range, which may wrap past midnight (20:00-6:00). */
export function inRange(minute: number, [from, to]: TimeRange): boolean {
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** What the screen does at a local time: play, play dimmed, or stay dark. */
export function scheduleState(schedule: KioskSchedule, minute: number): 'on' | 'dim' | 'off' {
  if (schedule.hours && !inRange(minute, schedule.hours)) return 'off';
  if (schedule.dim && inRange(minute, schedule.dim)) return 'dim';
  return 'on';
}

/** "7:00-22:00" for a range, as the setup page and the screen show it. */
export function formatRange([from, to]: TimeRange): string {
  const time = (minute: number) => `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
  return `${time(from)}-${time(to)}`;
}

/**
 * The organiser's name or notice as the screen may show it: one line of plain text without control or
 * direction-changing characters, at most `max` characters, and with every telephone number that is not
 * on the verified list (content/phone-numbers.yaml) taken out: found with the same patterns the content
 * validator uses (src/lib/validator/phones.ts), after full-width digits are read as digits.
 */
export function cleanOrganiserText(raw: string, max: number, verified: ReadonlySet<string>): { text: string; tooLong: boolean; phone: boolean } {
  let text = raw
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let phone = false;
  // Taken out from the end backwards, so the indexes stay right; then looked for again (a removal may join digits).
  for (let round = 0; round < 5; round += 1) {
    const hits = findPhoneNumbers(text).filter((hit) => !verified.has(hit.number));
    if (hits.length === 0) break;
    phone = true;
    for (const hit of hits.reverse()) text = `${text.slice(0, hit.index)}${text.slice(hit.index + hit.raw.length)}`;
    text = text.replace(/\s+/g, ' ').trim();
  }
  const characters = Array.from(text);
  const tooLong = characters.length > max;
  return { text: tooLong ? characters.slice(0, max).join('') : text, tooLong, phone };
}

/** The parameter's value, or '' (also for a parameter given several times: the first). */
const one = (params: URLSearchParams, name: string) => params.get(name) ?? '';

function readChoice<T extends string>(
  params: URLSearchParams,
  name: 'layout' | 'orientation',
  allowed: readonly T[],
  aliases: Record<string, T>,
  notices: KioskNotice[],
): T {
  const raw = normal(one(params, name)).toLowerCase();
  if (!raw) return allowed[0] as T;
  const found = allowed.find((option) => option === raw) ?? (Object.hasOwn(aliases, raw) ? aliases[raw] : undefined);
  if (found) return found;
  notices.push({ field: name, problem: 'invalid', value: shortValue(raw) });
  return allowed[0] as T;
}

/** Everything the kiosk takes from its address, with a notice for each value it could not use. */
export function parseKioskParams(search: string | URLSearchParams, topics: KioskTopicNames[], verified: ReadonlySet<string>): KioskOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: KioskNotice[] = [];

  const asked = readTopics(params.getAll('topics'), topics);
  if (asked.unknown.length > 0) notices.push({ field: 'topics', problem: 'unknown', values: asked.unknown.map((value) => shortValue(value)) });
  const chosen = asked.topics.length > 0;

  const interval = readInterval(params.get('interval'));
  if (interval.notice) notices.push(interval.notice);

  // ?layout=landscape / portrait (as the issue and some players say it) choose the orientation of slides.
  let orientation = readChoice(
    params,
    'orientation',
    KIOSK_ORIENTATIONS,
    { 横屏: 'landscape', 竖屏: 'portrait', horizontal: 'landscape', vertical: 'portrait' },
    notices,
  );
  const layoutRaw = normal(one(params, 'layout')).toLowerCase();
  const asOrientation = oneOfRecord(layoutRaw, { landscape: 'landscape', portrait: 'portrait', 横屏: 'landscape', 竖屏: 'portrait' } as const);
  if (asOrientation && orientation === 'auto') orientation = asOrientation;
  const layout = asOrientation
    ? 'slides'
    : readChoice(params, 'layout', KIOSK_LAYOUTS, { strip: 'ticker', 条屏: 'ticker', 滚动: 'ticker', 字幕: 'ticker', 幻灯片: 'slides' }, notices);

  const touchRaw = normal(one(params, 'touch')).toLowerCase();
  let touch = false;
  if (['1', 'true', 'yes', 'on', '是'].includes(touchRaw)) touch = true;
  else if (!['', '0', 'false', 'no', 'off', '否'].includes(touchRaw)) notices.push({ field: 'touch', problem: 'invalid', value: shortValue(touchRaw) });

  const texts = { org: '', note: '' };
  for (const field of ['org', 'note'] as const) {
    const cleaned = cleanOrganiserText(one(params, field), ORGANISER_LIMITS[field], verified);
    texts[field] = cleaned.text;
    if (cleaned.phone) notices.push({ field, problem: 'phone' });
    if (cleaned.tooLong) notices.push({ field, problem: 'too-long', max: ORGANISER_LIMITS[field] });
  }

  const schedule: KioskSchedule = {};
  for (const field of ['hours', 'dim'] as const) {
    const raw = one(params, field);
    if (!normal(raw)) continue;
    const range = readRange(raw);
    if (range) schedule[field] = range;
    else notices.push({ field, problem: 'invalid', value: shortValue(normal(raw)) });
  }

  let still: number | undefined;
  const stillRaw = normal(one(params, 'still'));
  if (stillRaw) {
    if (/^\d{1,4}$/.test(stillRaw) && Number(stillRaw) >= 1) still = Number(stillRaw);
    else notices.push({ field: 'still', problem: 'invalid', value: shortValue(stillRaw) });
  }

  return {
    topics: chosen ? asked.topics : topics.map((topic) => topic.id),
    chosen,
    interval: interval.seconds,
    layout,
    orientation,
    touch,
    org: texts.org,
    note: texts.note,
    schedule,
    still,
    notices,
  };
}

function oneOfRecord<T extends string>(value: string, record: Record<string, T>): T | undefined {
  return Object.hasOwn(record, value) ? record[value] : undefined;
}

/** The address of a kiosk with these settings (what the setup page builds); defaults are left out. */
export function kioskQuery(options: {
  topics?: string[];
  interval?: number;
  layout?: KioskLayout;
  orientation?: KioskOrientation;
  touch?: boolean;
  org?: string;
  note?: string;
  hours?: string;
  dim?: string;
}): string {
  const params = new URLSearchParams();
  if (options.topics && options.topics.length > 0) params.set('topics', options.topics.join(','));
  if (options.interval && options.interval !== KIOSK_INTERVAL.default) params.set('interval', String(options.interval));
  if (options.layout && options.layout !== 'auto') params.set('layout', options.layout);
  if (options.orientation && options.orientation !== 'auto') params.set('orientation', options.orientation);
  if (options.touch) params.set('touch', '1');
  for (const field of ['org', 'note', 'hours', 'dim'] as const) {
    const value = options[field]?.trim();
    if (value) params.set(field, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The one lesson a case slide shows beside the title: the first of the case's lessons (the report's order)
 * that fits with the title in CASE_SLIDE_MAX_CHARS. The whole case is on the phone, through the QR code.
 * Throws when none fits, so a case that cannot be told on a screen stops the build and names itself.
 */
export function caseSlideLesson(id: string, title: string, lessons: string[]): string {
  const length = (text: string) => Array.from(text).length;
  const lesson = lessons.find((text) => length(title) + length(text) <= CASE_SLIDE_MAX_CHARS);
  if (lesson === undefined)
    throw new Error(`content/cases/${id}.mdx: no lesson fits a kiosk slide with the title (${CASE_SLIDE_MAX_CHARS} characters in all); add a shorter one`);
  return lesson;
}

/**
 * What a screen of this size shows: an LED strip (3:1 or wider) gets the ticker unless slides were asked
 * for; the slides' shape follows the screen unless an orientation was asked for. (kiosk-early.js does the
 * same before the first paint.)
 */
export function resolveLayout(
  options: Pick<KioskOptions, 'layout' | 'orientation'>,
  width: number,
  height: number,
): { layout: 'slides' | 'ticker'; shape: 'landscape' | 'portrait' } {
  return {
    layout: options.layout === 'auto' ? (width >= 3 * height ? 'ticker' : 'slides') : options.layout,
    shape: options.orientation === 'auto' ? (height > width ? 'portrait' : 'landscape') : options.orientation,
  };
}
