// The question bank as static JSON, one file per topic plus all.json: the quiz island fetches only
// what it needs instead of every page carrying every question.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/site-data.ts';
import { toBankQuestion } from '../../../lib/quiz-bank.ts';

export const getStaticPaths = (async () => {
  const { topics, quiz } = await getSiteData();
  const withQuestions = topics.filter((topic) => quiz.some((question) => question.data.topic === topic.id));
  return [{ params: { topic: 'all' } }, ...withQuestions.map((topic) => ({ params: { topic: topic.id } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { quiz } = await getSiteData();
  const questions = quiz
    .filter((question) => params.topic === 'all' || question.data.topic === params.topic)
    .map((question) => toBankQuestion(question.id, question.data));
  return new Response(JSON.stringify(questions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
