// Releases and faults, on real builds of the small fixture site served by a local server that can switch
// between two releases and fail on demand (tests/support/fixture-site.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildFixture, edit, PORTAL_PAGE, startTestServer, type Mode, type TestServer } from '../support/fixture-site.ts';

const SENTENCE_A = '正文。';
const SENTENCE_B = '正文已更正：先关阀门再开窗。';
let server: TestServer;
let versionB = '';

// The builds and the server are shared: one worker runs these in order.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  const a = buildFixture('release-a');
  const b = buildFixture('release-b', { change: (content) => edit(content, 'topics/gas.mdx', (text) => text.replace(SENTENCE_A, SENTENCE_B)) });
  versionB = JSON.parse(readFileSync(join(b, 'version.json'), 'utf8')).version;
  server = await startTestServer({ a, b });
});
test.afterAll(async () => server?.close());

/** The version of the worker that controls the page (null: none). */
function workerVersion(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const worker = navigator.serviceWorker.controller;
        if (!worker) return resolve(null);
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data.version ?? null);
        worker.postMessage({ type: 'lifeline:status' }, [channel.port2]);
        setTimeout(() => resolve(null), 3000);
      }),
  );
}

async function saveEverything(page: Page) {
  await page.getByRole('button', { name: '保存到本机，离线也能看' }).click();
  await expect(page.locator('app-save-offline')).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect(page.locator('app-save-offline')).toContainText('已保存到本机');
}

test('a fact corrected in a release reaches a reader who only visited the page, and stays with them offline', async ({ page, context }) => {
  server.serve({ site: 'a' });
  await page.goto(`${server.url}/topics/gas/`);
  await expect(page.locator('main')).toContainText(SENTENCE_A);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'kept');
  server.serve({ site: 'b' });
  await page.goto(`${server.url}/topics/gas/`);
  await expect(page.locator('main')).toContainText(SENTENCE_B);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main')).toContainText(SENTENCE_B);
});

test('a reader who saved the site gets a corrected fact on a page not opened since, and keeps the pages they visited', async ({ page, context }) => {
  // The new worker saves the whole core set again before it takes over: on a busy 2-core machine that can take
  // a minute, so the waits are generous (this is not a speed test).
  test.setTimeout(240_000);
  server.serve({ site: 'a' });
  await page.goto(`${server.url}/cases/`);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'kept');
  await page.goto(`${server.url}/`);
  await saveEverything(page);
  server.serve({ site: 'b' });
  // Opening the site once online: the browser checks the worker, the new release saves itself.
  await page.goto(`${server.url}/`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect.poll(() => workerVersion(page), { timeout: 120_000 }).toBe(versionB);
  await context.setOffline(true);
  await page.goto(`${server.url}/topics/gas/`);
  await expect(page.locator('main')).toContainText(SENTENCE_B);
  await page.goto(`${server.url}/cases/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('事故案例');
  await page.goto(`${server.url}/`);
  await expect(page.locator('app-save-offline')).toHaveAttribute('data-state', 'saved');
});

test('saving retries a file that fails once, reports the files that keep failing, and a retry finishes the job', async ({ page, context }) => {
  server.serve({ site: 'a', failing: { pattern: /\/quiz\/bank\//, times: 1 } });
  await page.goto(`${server.url}/`);
  await saveEverything(page);
  await expect(page.locator('app-save-offline')).not.toContainText('没保存好');

  // Another reader, on a server that keeps failing two kinds of file.
  const fresh = await context.browser()!.newContext();
  const reader = await fresh.newPage();
  try {
    server.serve({ site: 'a', failing: { pattern: /\/pagefind\/pagefind\.js|\/signs\/[a-z-]+\.svg/, times: 1000 } });
    await reader.goto(`${server.url}/`);
    await reader.getByRole('button', { name: '保存到本机，离线也能看' }).click();
    const control = reader.locator('app-save-offline');
    await expect(control).toHaveAttribute('data-state', 'partial', { timeout: 60_000 });
    await expect(control).toContainText(/有 \d+ 个文件没保存好/);
    server.serve({ site: 'a' });
    await reader.getByRole('button', { name: '重试没保存好的文件' }).click();
    await expect(control).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  } finally {
    await fresh.close();
  }
});

test('a kiosk keeps playing through a 503, a captive portal, a broken or missing version.json and no network, and reloads only for a real release', async ({
  page,
}) => {
  server.serve({ site: 'a' });
  await page.clock.install();
  await page.goto(`${server.url}/kiosk/?interval=5`);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-kiosk-saved', 'yes');
  await page.evaluate(() => Object.assign(window, { playingSince: 'start' }));
  // The first check finds the release being played (the worker knows its version).
  await page.clock.fastForward(31_000);
  await expect(html).toHaveAttribute('data-kiosk-check', 'keep: no new release');
  const faults: [Mode, RegExp][] = [
    [{ fail: '503' }, /HTTP 503/],
    [{ fail: 'portal' }, /captive portal/],
    [{ site: 'a', version: 'broken' }, /not a valid version/],
    [{ site: 'a', version: 'missing' }, /HTTP 404/],
    [{ fail: 'no-network' }, /no network/],
    [{ site: 'a' }, /no new release/],
  ];
  for (const [mode, reason] of faults) {
    server.serve(mode);
    const before = await page.locator('.app-kiosk__position').textContent();
    // Jump to the next scheduled check (timers fire once: the check's own 10 s time limit stays ahead).
    await page.clock.fastForward(15 * 60_000);
    await expect(html).toHaveAttribute('data-kiosk-check', new RegExp(`^keep: .*${reason.source}`));
    expect(await page.evaluate(() => (window as unknown as { playingSince?: string }).playingSince), JSON.stringify(mode)).toBe('start');
    await expect(page.locator('.app-kiosk__slide--current')).toBeVisible();
    await expect(page.locator('.app-kiosk__position')).not.toHaveText(before ?? '');
  }
  server.serve({ site: 'b' });
  await page.clock.fastForward(15 * 60_000);
  await page.waitForFunction(() => !(window as unknown as { playingSince?: string }).playingSince, null, { timeout: 60_000 });
  await expect(page.locator('.app-kiosk__slide--current')).toBeVisible();
  expect(await workerVersion(page)).toBe(versionB);
});

test('a kiosk that restarts during a 503, behind a captive portal or offline shows its saved slides, and the portal never overwrites them', async ({
  page,
  context,
}) => {
  server.serve({ site: 'a' });
  await page.goto(`${server.url}/kiosk/?interval=5`);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-saved', 'yes');
  for (const fail of ['503', 'portal'] as const) {
    server.serve({ fail });
    await page.reload();
    await expect(page.locator('.app-kiosk__slide--current'), fail).toBeVisible();
    await expect(page.getByText('请先登录 WiFi')).toHaveCount(0);
  }
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.app-kiosk__slide--current')).toBeVisible();
  expect(PORTAL_PAGE).toContain('请先登录 WiFi');
});

test('without SITE_URL, QR codes and printed addresses point where the page is served from, never at a placeholder', async ({ page }) => {
  server.serve({ site: 'a' });
  await page.goto(`${server.url}/class/gas/handout/`);
  const code = page.locator('.app-handout svg[data-qr]');
  await expect(code).toHaveAttribute('aria-label', `扫码看完整内容：${server.url}/topics/gas/`);
  expect((await code.getAttribute('data-qr'))?.split(',').length).toBeGreaterThan(20);
  await expect(page.locator('.app-handout__url')).toHaveText(`${server.url}/topics/gas/`);
  expect(await page.content()).not.toContain('lifeline.example.cn');
  await page.goto(`${server.url}/kiosk/?topics=gas`);
  await expect(page.locator('.app-kiosk__slide[data-slide="qr-gas"] svg[data-qr]')).toHaveAttribute('aria-label', new RegExp(`${server.url}/topics/gas/$`));
});

test('a site built for a sub-path (BASE_PATH=/anquan/) links, searches, loads its quiz bank and works offline under it', async ({
  page,
  context,
}, testInfo) => {
  testInfo.setTimeout(120_000);
  const sub = await startTestServer(
    { sub: buildFixture('sub-path', { env: { BASE_PATH: '/anquan/', SITE_URL: 'https://anquan.example.gov.cn' } }) },
    '/anquan/',
  );
  try {
    const root = `${sub.url}/anquan/`;
    // With SITE_URL, the codes are drawn at build for the real address.
    const handout = await (await page.request.get(`${root}class/gas/handout/`)).text();
    expect(handout).toContain('扫码看完整内容：https://anquan.example.gov.cn/anquan/topics/gas/');
    expect(handout).toMatch(/data-qr="[01,]+"/);
    await page.goto(root);
    const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((link) => !link.startsWith('/anquan/'))).toEqual([]);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(root);
    await saveEverything(page);
    for (const online of [true, false]) {
      await context.setOffline(!online);
      await page.goto(`${root}search/?q=${encodeURIComponent('燃气')}`);
      await expect(page.locator('.app-search__results a').first()).toHaveAttribute('href', /^\/anquan\//);
      await page.goto(`${root}quiz/?mode=challenge&topic=all&seed=sub`);
      await expect(page.locator('.app-quiz__question')).toBeVisible();
      await page.goto(`${root}topics/gas/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('燃气安全');
    }
  } finally {
    await context.setOffline(false);
    await sub.close();
  }
});
