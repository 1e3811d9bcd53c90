// The filter chips on /signs/, /cases/ and /ask/ work with CSS alone, so they filter even without JavaScript:
// for every value a rule hides the items not tagged with it while that chip is checked. The values come
// from the content, so the rules are generated here at build time rather than written by hand.
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/site-data.ts';
import { askAreas, askKinds } from '../schemas/ask.ts';
import { signCategories } from '../schemas/sign.ts';

export const GET: APIRoute = async () => {
  const { topics } = await getSiteData();
  const values = [...topics.map((topic) => topic.id), ...signCategories, ...askAreas, ...askKinds];
  const css = values.map((value) => `.app-filter:has(input[value="${value}"]:checked) [data-tags]:not([data-tags~="${value}"]){display:none}`).join('\n');
  // In the last declared layer, like the other state rules, so it hides a card whatever the card's own layer says.
  return new Response(`@layer utilities{\n${css}\n}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
