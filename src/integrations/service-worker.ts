import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Pages saved on the first visit, so that someone who opened the site once can still act in an
 * emergency without a network: the home page, the topics, the quiz and the offline page. Every other
 * page is saved as it is visited.
 */
const OFFLINE_PAGES = ['', 'topics/', 'quiz/', 'signs/', 'search/', 'offline/', 'kiosk/', 'class/'];

/** Writes dist/sw.js: the worker in src/service-worker/ with the list of files to keep for offline use. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'lifeline-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const topics = (await readdir(`${outDir}/topics`, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => `topics/${entry.name}/`);
        const assets = (await readdir(`${outDir}/_astro`)).filter((name) => /\.(css|js)$/.test(name)).map((name) => `_astro/${name}`);
        const files = ['favicon.svg', 'quiz/bank/all.json', ...assets];
        const precache = [...OFFLINE_PAGES, ...topics, ...files].map((path) => `${base}${path}`);
        const version = createHash('sha256').update(precache.join('\n')).update(await readFile(`${outDir}/index.html`)).digest('hex').slice(0, 12);
        const worker = await readFile(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
        const header = `const VERSION = ${JSON.stringify(version)};\nconst BASE = ${JSON.stringify(base)};\nconst PRECACHE = ${JSON.stringify(precache)};\n`;
        await writeFile(`${outDir}/sw.js`, header + worker);
        logger.info(`sw.js: ${precache.length} files kept for offline use (version ${version})`);
      },
    },
  };
}
