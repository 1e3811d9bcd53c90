import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes sitemap.xml from the pages Astro built, so no page can be left out of it and the browser tests
 * can walk every URL.
 */
export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'lifeline-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = (config.site ?? '').replace(/\/$/, '');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const urls = pages
          .map(({ pathname }) => pathname)
          .filter((pathname) => !/^404\/?$/.test(pathname))
          .sort()
          .map((pathname) => `${site}${base}${pathname}`);
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls.map((url) => `  <url><loc>${url}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        await writeFile(`${fileURLToPath(dir)}/sitemap.xml`, xml);
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
