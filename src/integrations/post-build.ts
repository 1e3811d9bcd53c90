import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * After `astro build`: writes sitemap.xml from the pages Astro built (so no page can be left out of it,
 * and the tests can walk every URL), builds the Pagefind search index over the HTML in dist/, and writes
 * the service worker with the list of files to keep for offline use.
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
        await writeServiceWorker(outDir, base, logger);
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

/**
 * Pages saved on the first visit, so that someone who opened the site once can still act in an
 * emergency without a network: the home page, the topics, the quiz and the offline page. Every other
 * page is saved as it is visited.
 */
const OFFLINE_PAGES = ['', 'topics/', 'quiz/', 'signs/', 'search/', 'offline/', 'kiosk/', 'class/'];

async function writeServiceWorker(outDir: string, base: string, logger: { info(message: string): void }) {
  const topics = (await readdir(`${outDir}/topics`, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => `topics/${entry.name}/`);
  const assets = (await readdir(`${outDir}/_astro`)).filter((name) => /\.(css|js)$/.test(name)).map((name) => `_astro/${name}`);
  const files = ['favicon.svg', 'quiz/bank/all.json', ...assets];
  const precache = [...OFFLINE_PAGES, ...topics, ...files].map((path) => `${base}${path}`);
  const version = createHash('sha256').update(precache.join('\n')).update(await readFile(`${outDir}/index.html`)).digest('hex').slice(0, 12);
  const worker = await readFile(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
  const header = `const VERSION = ${JSON.stringify(version)};\nconst BASE = ${JSON.stringify(base)};\nconst PRECACHE = ${JSON.stringify(precache)};\n`;
  await writeFile(`${outDir}/sw.js`, header + worker);
  logger.info(`sw.js: ${precache.length} files kept for offline use (version ${version})`);
}
