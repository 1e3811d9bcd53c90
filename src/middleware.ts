import { defineMiddleware } from 'astro:middleware';
import { ui } from './i18n/zh-CN.ts';
import { addBackToTop } from './lib/back-to-top.ts';

/** Runs while each page is built: topic pages get 「回到顶部」 at the end of each body section (src/lib/back-to-top.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!/\/topics\/[^/]+\/$/.test(context.url.pathname) || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = addBackToTop(await response.text(), ui.topic.backToTop);
  return new Response(html, { status: response.status, headers: response.headers });
});
