// Each sign's SVG as its own file, for the quiz's sign questions (an <img>, cached once) and for
// anyone who wants to print or reuse a sign. Served as the allowlist printed it (signSvgById), never
// as the file was written: no CSP applies to an SVG opened on its own.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, signSvgById } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const { signs } = await getSiteData();
  return signs.map((sign) => ({ params: { slug: sign.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(signSvgById.get(params.slug ?? '') ?? '', { headers: { 'content-type': 'image/svg+xml' } });
