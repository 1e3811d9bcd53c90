import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * After `astro build`: writes sitemap.xml from the pages Astro built (so no page can be left out of it,
 * and the tests can walk every URL), then builds the Pagefind search index over the HTML in dist/.
 */
export function lifelinePostBuild(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'lifeline-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = (config.site ?? '').replace(/\/$/, '');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
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
        await writeFile(`${outDir}/sitemap.xml`, xml);
        logger.info(`sitemap.xml: ${urls.length} pages`);
        await buildSearchIndex(outDir, logger);
      },
    },
  };
}

/** Pagefind's Node API: every step reports its own errors, and any error fails the build. */
async function buildSearchIndex(outDir: string, logger: { info(message: string): void }) {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  fail('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  const added = await index.addDirectory({ path: outDir });
  fail('addDirectory', added.errors);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  fail('writeFiles', written.errors);
  logger.info(`Pagefind: indexed ${added.page_count} pages`);
  await pagefind.close();
}
