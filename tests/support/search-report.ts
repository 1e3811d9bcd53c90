// npm run search-report (after a build): how well search does on the query table, with and without the
// synonym and fallback layer (?plain=1 searches as Pagefind alone would), and how many bytes typical
// queries fetch. For notes and reviews; the table itself is a test (tests/e2e/search.spec.ts).
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { QUERIES } from '../e2e/search-queries.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const PORT = 4342;
const server = spawn(process.execPath, ['src/cli/serve.ts', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function top3(page: Page, query: string, plain: boolean): Promise<string[]> {
  await page.goto(`http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent(query)}${plain ? '&plain=1' : ''}`);
  await page.locator('.app-search__status').filter({ hasText: /找到|没有找到/ }).waitFor();
  return page.locator('.app-search__results li a').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

try {
  const page = await browser.newPage();
  for (const plain of [true, false]) {
    let passed = 0;
    const misses: string[] = [];
    for (const { query, top3: expected } of QUERIES) {
      const found = await top3(page, query, plain);
      if (expected.every((path) => found.includes(path))) passed += 1;
      else misses.push(query);
    }
    console.log(`${plain ? 'Pagefind alone' : 'with synonyms and fallback'}: ${passed}/${QUERIES.length} queries pass${misses.length ? ` (misses: ${misses.join('、')})` : ''}`);
  }
  for (const query of ['燃气泄漏', '电瓶车充电', '消防通道被堵']) {
    const fresh = await browser.newPage();
    let bytes = 0;
    let gzipped = 0;
    let files = 0;
    fresh.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      files += 1;
      bytes += body.length;
      // .pf_* files are already gzip-compressed by Pagefind; text files get gzip from any usual web server.
      gzipped += /\.(js|css|json)$/.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length;
    });
    await top3(fresh, query, false);
    await fresh.waitForLoadState('networkidle');
    console.log(`“${query}” on a first visit fetches ${files} search files: ${(bytes / 1024).toFixed(0)} KB as served, about ${(gzipped / 1024).toFixed(0)} KB with gzip`);
    await fresh.close();
  }
} finally {
  await browser.close();
  server.kill();
}
