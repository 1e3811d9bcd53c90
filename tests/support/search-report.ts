// npm run search-report (after a build): how well search does on the query table, with and without the
// synonym and fallback layer (?plain=1 searches as Pagefind alone would), and how many bytes typical
// queries fetch. For notes and reviews; the table itself is a test (tests/e2e/search.spec.ts).
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { QUERIES } from '../e2e/search-queries.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

// A port of its own per run, so two reports on one machine do not collide.
const PORT = 40000 + (process.pid % 20000);
const server = spawn(process.execPath, ['src/cli/serve.ts', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function top3(page: Page, query: string, plain: boolean): Promise<string[]> {
  await page.goto(`http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent(query)}${plain ? '&plain=1' : ''}`);
  await page
    .locator('.app-search__status')
    .filter({ hasText: /找到|没有找到/ })
    .waitFor();
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
    console.log(
      `${plain ? 'Pagefind alone' : 'with synonyms and fallback'}: ${passed}/${QUERIES.length} queries pass${misses.length ? ` (misses: ${misses.join('、')})` : ''}`,
    );
  }
  // On a phone (390×844): what a first search downloads before its first result shows, and in all until the
  // network is idle (results further down load when scrolled to). Search files: Pagefind's and the
  // consultation desk's questions.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const query of ['燃气泄漏', '电瓶车充电', '消防通道被堵', '电瓶车能放楼道吗', '煤气灶打不着火']) {
    const fresh = await phone.newPage();
    const sizes: Promise<number>[] = [];
    let beforeFirst: Promise<number>[] | undefined;
    fresh.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.includes('/pagefind/') && !path.endsWith('/ask.json')) return;
      // .pf_* files are already gzip-compressed by Pagefind; text files get gzip from any usual web server.
      sizes.push(
        request.response().then(async (response) => {
          const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          return /\.(js|css|json)$/.test(path) ? gzipSync(body).length : body.length;
        }),
      );
    });
    await fresh.goto(`http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent(query)}`);
    await fresh
      .locator('.app-search__results li')
      .first()
      .waitFor({ timeout: 30_000 })
      .then(
        () => (beforeFirst = [...sizes]),
        () => undefined,
      );
    await fresh.waitForLoadState('networkidle');
    const sum = async (list: Promise<number>[]) => (await Promise.all(list)).reduce((total, size) => total + size, 0) / 1024;
    const first = beforeFirst ? `${beforeFirst.length} files, ${(await sum(beforeFirst)).toFixed(0)} KB before the first result` : 'no result';
    console.log(`“${query}” on a first visit (phone, gzip): ${first}; ${sizes.length} files, ${(await sum(sizes)).toFixed(0)} KB in all`);
    await fresh.close();
  }
  await phone.close();
} finally {
  await browser.close();
  server.kill();
}
