// /class/<topic>/<audience>.pptx: the lesson's deck as an editable PowerPoint, made at build time
// (src/lib/pptx.ts) from the same view as the projected deck.
import type { APIRoute } from 'astro';
import { lessonPaths, lessonView } from '../../../lib/lesson-view.ts';
import { lessonPptx } from '../../../lib/pptx.ts';
import { getSiteData, type Lesson } from '../../../lib/site-data.ts';

export const getStaticPaths = () => lessonPaths(getSiteData);

export const GET: APIRoute<{ lesson: Lesson }> = async ({ props }) => {
  const site = await getSiteData();
  const file = await lessonPptx(lessonView(site, props.lesson));
  return new Response(file, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' } });
};
