import { sharePicturePath } from './share.ts';

/**
 * Every internal link goes through `href` so the site works from any base path (BASE_PATH at build).
 * `href('/topics/gas/')` → `/topics/gas/` or `/anquan/topics/gas/`.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (!path.startsWith('/')) throw new Error(`href() needs a path from the site root, got "${path}"`);
  return `${base}${path}`;
}

/**
 * `?a=1&b=2` from the set values. Not percent-encoded: the values are ids and words the site writes itself,
 * shown to teachers as they are (the browser encodes them when the link is followed).
 */
function query(values: Record<string, string | undefined> = {}): string {
  const pairs = Object.entries(values).filter(([, value]) => value !== undefined);
  return pairs.length > 0 ? `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}` : '';
}

/**
 * Every page's address from the site root, before the base path: the one place the site's URLs are spelled.
 * Links use `routes` (below); QR codes and printed addresses use `absoluteUrl(paths.…)`.
 */
export const paths = {
  home: () => '/',
  topics: () => '/topics/',
  topic: (slug: string, section?: string) => `/topics/${slug}/` + (section ? `#${section}` : ''),
  signs: () => '/signs/',
  sign: (slug: string) => `/signs/${slug}/`,
  cases: () => '/cases/',
  case: (slug: string) => `/cases/${slug}/`,
  /** The quiz, optionally opened on a mode, topic and shared seed (one question set for a whole class). */
  quiz: (options?: { mode?: string; topic?: string; seed?: string }) => '/quiz/' + query(options),
  quizTopic: (topic: string) => `/quiz/${topic}/`,
  /** Folder of the quiz banks (<topic>.json), fetched by the quiz island. */
  quizBank: () => '/quiz/bank/',
  search: (query?: string) => '/search/' + (query ? `?q=${encodeURIComponent(query)}` : ''),
  /** The consultation desk's questions for the search page's instant answers (src/pages/search/ask.json.ts). */
  askQuestions: () => '/search/ask.json',
  about: () => '/about/',
  scene: (slug: string) => `/scenes/${slug}/`,
  classHub: () => '/class/',
  checklist: () => '/tools/checklist/',
  escapePlan: () => '/tools/escape-plan/',
  letter: () => '/tools/letter/',
  /** The report guide, optionally opened at one situation. */
  report: (situation?: string) => '/tools/report/' + (situation ? `#${situation}` : ''),
  ask: () => '/ask/',
  askQuestion: (id: string) => `/ask/${id}/`,
  poster: (topic: string) => `/posters/${topic}/`,
  /** A class deck: the topic's default (?for= chooses the audience) or one audience's own deck. */
  classDeck: (topic: string, audience?: string) => (audience ? `/class/${topic}/${audience}/` : `/class/${topic}/`),
  handout: (topic: string) => `/class/${topic}/handout/`,
  /** A lesson plan, like classDeck. */
  classPlan: (topic: string, audience?: string) => (audience ? `/class/${topic}/${audience}/plan/` : `/class/${topic}/plan/`),
  /** The editable PowerPoint of one lesson. */
  classPptx: (topic: string, audience: string) => `/class/${topic}/${audience}.pptx`,
  /** Printable A/B/C/D answer cards for the class quiz. */
  classCards: () => '/class/cards/',
  /** A family tool page by its id. */
  tool: (tool: 'checklist' | 'escape-plan' | 'letter' | 'report') => `/tools/${tool}/`,
  /** The kiosk loop, optionally only some topics and a slide time in seconds. */
  kiosk: (topics?: string[], interval?: number) => '/kiosk/' + query({ topics: topics?.join(','), interval: interval?.toString() }),
  /** The page that writes a screen's kiosk address, with a live preview. */
  kioskSetup: () => '/kiosk/setup/',
  pagefind: () => '/pagefind/pagefind.js',
  filtersCss: () => '/filters.css',
  favicon: () => '/favicon.svg',
  /** The web app manifest and its icons (drawn at build, src/integrations/share-images.ts). */
  manifest: () => '/manifest.webmanifest',
  icon: (name: 'icon-192' | 'icon-512' | 'maskable-512' | 'apple-touch-icon') => `/icons/${name}.png`,
  /** A page's share picture (src/lib/share.ts). */
  sharePicture: (pathname: string) => `/${sharePicturePath(pathname)}`,
  /** A poster or class handout as a picture to save (drawn at build: src/pages/pictures/). */
  printPicture: (kind: 'poster' | 'handout', topic: string) => `/pictures/${kind}/${topic}.png`,
  sitemap: () => '/sitemap.xml',
};

type Routes = { [K in keyof typeof paths]: (...args: Parameters<(typeof paths)[K]>) => string };

/** The same addresses as links on a built page: `paths` behind the base path. */
export const routes = Object.fromEntries(
  Object.entries(paths).map(([name, path]) => [name, (...args: never[]) => href((path as (...args: never[]) => string)(...args))]),
) as Routes;

/** The absolute address of a page, for QR codes and shared links (SITE_URL and BASE_PATH at build). */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).toString();
}
