import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { pickEditions, type Campaign } from './campaign.ts';
import { sanitizeSvg } from './validator/svg.ts';

const signSvgs = import.meta.glob<string>('/content/signs/*.svg', { query: '?raw', import: 'default', eager: true });
const illustrationSvgs = import.meta.glob<string>('/src/assets/illustrations/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const pictureSvgs = import.meta.glob<string>('/src/assets/pictures/*.svg', { query: '?raw', import: 'default', eager: true });

const sceneSvgs = import.meta.glob<string>('/content/scenes/*.svg', { query: '?raw', import: 'default', eager: true });

const idFromPath = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.svg$/, '');
// Pictures are never served as written: each is printed again from its parsed tree, keeping only the
// drawing elements and attributes of the allowlist (src/lib/validator/svg.ts). The content validator has
// already stopped the build, naming file and element, if a picture broke the allowlist.
const bySlug = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([path, svg]) => [idFromPath(path), sanitizeSvg(svg, path.replace(/^\//, ''))]));

/** SVG markup of every sign, by sign id, as the allowlist prints it (also served as /signs/<id>.svg). */
export const signSvgById = bySlug(signSvgs);
/** SVG markup of every topic illustration, by file name, as the allowlist prints it. */
export const illustrationSvgByName = bySlug(illustrationSvgs);

/**
 * SVG markup of every key-action picture (a topic's `keyActions[].picture.file`), by file name, as the
 * allowlist prints it: square, flat and bold, for kiosk and class slides.
 */
export const pictureSvgByName = bySlug(pictureSvgs);

/** SVG markup of every hazard scene, by scene id, as the allowlist prints it. */
export const sceneSvgById = bySlug(sceneSvgs);

export type Topic = CollectionEntry<'topics'>;
export type Sign = CollectionEntry<'signs'>;
export type Case = CollectionEntry<'cases'>;
export type Question = CollectionEntry<'quiz'>;
export type Lesson = CollectionEntry<'lessons'>;
export type PhoneNumber = CollectionEntry<'phoneNumbers'>;
export type Scene = CollectionEntry<'scenes'>;
export type AskEntry = CollectionEntry<'ask'>;

export interface SiteData {
  topics: Topic[];
  signs: Sign[];
  cases: Case[];
  quiz: Question[];
  lessons: Lesson[];
  phoneNumbers: PhoneNumber[];
  scenes: Scene[];
  /** The consultation desk's questions, in file order. */
  ask: AskEntry[];
  topicById: Map<string, Topic>;
  signById: Map<string, Sign>;
  caseById: Map<string, Case>;
  phoneByNumber: Map<string, PhoneNumber>;
}

let loaded: Promise<SiteData> | undefined;

/**
 * All content, sorted for display. The collections come from the content validator
 * (src/loaders/validated.ts), which has already checked the whole of content/ and stopped the build on any
 * problem, so everything here is known to be consistent.
 */
export function getSiteData(): Promise<SiteData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteData> {
  const [topics, signs, cases, quiz, lessons, phoneNumbers, scenes, ask] = await Promise.all([
    getCollection('topics'),
    getCollection('signs'),
    getCollection('cases'),
    getCollection('quiz'),
    getCollection('lessons'),
    getCollection('phoneNumbers'),
    getCollection('scenes'),
    getCollection('ask'),
  ]);

  topics.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  signs.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  cases.sort((a, b) => b.data.date.localeCompare(a.data.date));
  scenes.sort((a, b) => a.data.order - b.data.order);
  return {
    topics,
    signs,
    cases,
    quiz,
    lessons,
    phoneNumbers,
    scenes,
    ask,
    topicById: new Map(topics.map((entry) => [entry.id, entry])),
    signById: new Map(signs.map((entry) => [entry.id, entry])),
    caseById: new Map(cases.map((entry) => [entry.id, entry])),
    phoneByNumber: new Map(phoneNumbers.map((entry) => [entry.id, entry])),
  };
}

/** Looks up an entry that the integrity check has already proven to exist. */
export function must<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`missing entry “${id}” (the content check should have caught this)`);
  return found;
}

/** The campaign data (content/campaign.yaml) with its latest and focus editions picked out. */
export async function getCampaign(): Promise<Campaign> {
  const entry = await getEntry('campaign', 'campaign');
  if (!entry) throw new Error('content/campaign.yaml is missing');
  return pickEditions(entry.data);
}

/** The family self-check list (content/checklist.yaml). */
export async function getChecklist() {
  const entry = await getEntry('checklist', 'checklist');
  if (!entry) throw new Error('content/checklist.yaml is missing');
  return entry.data;
}

/** Most urgent first: fire, ambulance, police, traffic. Home page and call bar show them in this order. */
const EMERGENCY_ORDER = ['119', '120', '110', '122'];

/** The emergency lines, most urgent first. */
export function emergencyLines(phoneNumbers: PhoneNumber[]): PhoneNumber[] {
  const rank = (line: PhoneNumber) => EMERGENCY_ORDER.indexOf(line.id) + 1 || 99;
  return phoneNumbers.filter((line) => line.data.emergency).sort((a, b) => rank(a) - rank(b));
}

/**
 * Fire, ambulance and police: the three lines the call bar shows and every "call now" sentence names
 * (three buttons fit a phone's width).
 */
export function mainEmergencyLines(phoneNumbers: PhoneNumber[]): PhoneNumber['data'][] {
  return emergencyLines(phoneNumbers)
    .slice(0, 3)
    .map((line) => line.data);
}

/** The content as the slide builders (src/lib/slides.ts) need it. */
export function slideContent(site: SiteData): import('./slides.ts').SlideContent {
  return {
    topics: site.topics.map((topic) => ({ id: topic.id, myths: topic.data.myths.length })),
    signs: site.signs.map((sign) => ({ id: sign.id, topics: sign.data.topics })),
    cases: site.cases.map((entry) => ({ id: entry.id, topics: entry.data.topics })),
    questions: site.quiz.map((question) => ({ id: question.id, topic: question.data.topic, sign: question.data.sign })),
  };
}

/** Static paths for pages made once per topic (/class/<topic>/, its handout, /posters/<topic>/). */
export async function topicPaths() {
  const { topics } = await getSiteData();
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } }));
}

/**
 * The numbers a printed sheet for a topic shows: the topic's own first, then the emergency lines
 * (at most `emergencyCount` of them), each once.
 */
export function numbersToPrint(site: SiteData, topic: Topic, emergencyCount = Infinity): PhoneNumber['data'][] {
  const ids = [
    ...topic.data.call,
    ...emergencyLines(site.phoneNumbers)
      .slice(0, emergencyCount)
      .map((line) => line.id),
  ];
  return [...new Set(ids)].map((id) => must(site.phoneByNumber, id).data);
}
