// /search/ask.json: the consultation desk's questions (content/ask.yaml) for the search page's instant answers,
// fetched only by that page: id, question and the answer's first sentence (what to do).
import type { APIRoute } from 'astro';
import type { AskQuestion } from '../../lib/search.ts';
import { getSiteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { ask } = await getSiteData();
  const questions: AskQuestion[] = ask.map((entry) => ({ id: entry.id, q: entry.data.question, a: entry.data.answer.split(/(?<=。)/)[0] ?? '' }));
  return new Response(JSON.stringify(questions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
