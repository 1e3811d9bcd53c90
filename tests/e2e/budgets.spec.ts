// Byte budgets: what a phone on a bad network has to download. Deterministic, so they are tests.
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser } from '@playwright/test';
import { pathsUnder, readDist } from '../support/site.ts';

/** A built file's path from an address on the page (the tests build without a base path). */
const stripBase = (url: string) => new URL(url, 'http://site/').pathname;

const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Loads a page and measures gzip bytes of its JavaScript (files and inline) and of its HTML and CSS. */
async function weigh(browser: Browser, path: string) {
  const page = await browser.newPage();
  const bodies: { type: string; body: Buffer }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (['script', 'stylesheet', 'document'].includes(type)) bodies.push({ type, body: await response.body() });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const html = bodies.find((entry) => entry.type === 'document')?.body.toString('utf8') ?? '';
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').join('\n');
  const scriptFiles = bodies.filter((entry) => entry.type === 'script');
  await page.close();
  return {
    js: gz(inlineScripts) * (inlineScripts.trim() ? 1 : 0) + scriptFiles.reduce((sum, entry) => sum + gz(entry.body), 0),
    htmlAndCss: gz(html) + bodies.filter((entry) => entry.type === 'stylesheet').reduce((sum, entry) => sum + gz(entry.body), 0),
  };
}

for (const [kind, prefix] of [
  ['topic', '/topics/'],
  ['sign', '/signs/'],
  ['case', '/cases/'],
] as const) {
  // 4 KB: the large-text switch and its base (0.8 KB), the offline registration (0.5 KB), the early head
  // script (0.2 KB) and 朗读 (2 KB, issue 13). Loading 朗读's reader only on the first tap was tried: the
  // loader Vite adds for a lazy module (0.9 KB) ate most of the saving, and the reader would then fail offline
  // on a page read before it was saved.
  test(`${kind} pages ship at most 4 KB of JavaScript (gzip)`, async ({ browser }) => {
    for (const path of pathsUnder(prefix).slice(0, 4)) {
      const { js } = await weigh(browser, path);
      expect(js, path).toBeLessThanOrEqual(4 * KB);
    }
  });
}

// Read from the built files rather than through a browser: the same bytes, without eleven page loads.
test('a topic page’s HTML and CSS together stay within 40 KB (gzip)', () => {
  for (const path of pathsUnder('/topics/')) {
    const html = readDist(`${path}index.html`);
    const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => readDist(stripBase(match[1] ?? '')));
    const htmlAndCss = gz(html) + sheets.reduce((sum, css) => sum + gz(css), 0);
    expect(htmlAndCss, path).toBeLessThanOrEqual(40 * KB);
  }
});
