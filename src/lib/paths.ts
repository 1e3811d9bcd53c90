/**
 * Every internal link goes through `href` so the site works from any base path (BASE_PATH at build).
 * `href('/topics/gas/')` → `/topics/gas/` or `/anquan/topics/gas/`.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (!path.startsWith('/')) throw new Error(`href() needs a path from the site root, got "${path}"`);
  return `${base}${path}`;
}

export const routes = {
  home: () => href('/'),
  topics: () => href('/topics/'),
  topic: (slug: string, section?: string) => href(`/topics/${slug}/`) + (section ? `#${section}` : ''),
  signs: () => href('/signs/'),
  sign: (slug: string) => href(`/signs/${slug}/`),
  cases: () => href('/cases/'),
  case: (slug: string) => href(`/cases/${slug}/`),
  quiz: () => href('/quiz/'),
  quizTopic: (topic: string) => href(`/quiz/${topic}/`),
  search: (query?: string) => href('/search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
  about: () => href('/about/'),
  scene: (slug: string) => href(`/scenes/${slug}/`),
  classHub: () => href('/class/'),
  checklist: () => href('/tools/checklist/'),
  escapePlan: () => href('/tools/escape-plan/'),
  ask: () => href('/ask/'),
  askQuestion: (id: string) => href(`/ask/${id}/`),
  poster: (topic: string) => href(`/posters/${topic}/`),
  classDeck: (topic: string) => href(`/class/${topic}/`),
  handout: (topic: string) => href(`/class/${topic}/handout/`),
  kiosk: (topics?: string[]) => href('/kiosk/') + (topics ? `?topics=${topics.join(',')}` : ''),
  kioskSetup: () => href('/kiosk/setup/'),
};

/** The absolute address of a page, for QR codes and shared links (SITE_URL and BASE_PATH at build). */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).toString();
}
