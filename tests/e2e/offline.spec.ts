// Offline use of the real site: what a first visit keeps (and what it costs on metered data), what
// 「保存到本机」 saves, and what works with no network afterwards.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { groupFiles, runtimeBounds } from '../../src/integrations/offline-files.ts';
import { storageKeys } from '../../src/lib/storage.ts';
import { pathsUnder } from '../support/site.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const KB = 1024;

/** Bytes over the wire for a path: the .gz copy the server sends to a gzip-accepting browser, else the file. */
function wireBytes(path: string): number {
  const file = `${DIST}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
}

/** Every address in the page's Cache Storage, as stored. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) found.push(request.url);
    return found;
  });
}

/** The same, by path (Workbox's ?__WB_REVISION__ dropped). */
async function cachedPaths(page: Page): Promise<string[]> {
  return [...new Set((await cachedUrls(page)).map((url) => new URL(url).pathname).filter((path) => !path.includes('__lifeline')))];
}

async function saveEverything(page: Page) {
  await page.goto('/');
  const control = page.locator('app-save-offline');
  await expect(control).toContainText(/约 [\d.]+ MB/);
  await page.getByRole('button', { name: '保存到本机，离线也能看' }).click();
  await expect(control).toHaveAttribute('data-state', 'saved', { timeout: 90_000 });
  await expect(control).toContainText('已保存到本机');
}

test('a first visit to a topic keeps that page, the home page and the offline page, at most 60 KB gzip beyond the page itself', async ({ page, context }) => {
  await page.goto('/topics/gas/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'kept');
  const own = new Set(
    await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)].map((url) => new URL(url).pathname)),
  );
  const cached = await cachedPaths(page);
  // The worker itself, and what it saved that the page had not loaded anyway.
  const extra = ['/sw.js', ...cached.filter((path) => !own.has(path))];
  const extraBytes = extra.reduce((sum, path) => sum + wireBytes(path), 0);
  const ownBytes = [...own].reduce((sum, path) => sum + wireBytes(path), 0);
  console.log(
    `first visit to /topics/gas/: the page ${(ownBytes / KB).toFixed(1)} KB + saved for offline ${(extraBytes / KB).toFixed(1)} KB = ${((ownBytes + extraBytes) / KB).toFixed(1)} KB gzip (${extra.join(' ')})`,
  );
  expect(extraBytes).toBeLessThanOrEqual(60 * KB);
  expect(cached).toEqual(expect.arrayContaining(['/topics/gas/', '/', '/offline/']));
  // The catalog of the whole core set is fetched only when a reader asks to save it.
  expect(cached.filter((path) => path.includes('offline-catalog') || path.startsWith('/pagefind/') || path.startsWith('/quiz/bank/'))).toEqual([]);

  await context.setOffline(true);
  await page.goto('/topics/gas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('燃气安全');
  await expect(page.locator('#key-actions li').first()).toBeVisible();
  await page.goto('/');
  await expect(page.locator('app-save-offline')).toContainText('保存到本机');
  // Not saved: the offline page says so at once, and offers to save everything.
  await page.goto('/cases/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await expect(page.getByText('这个页面还没有保存到这台设备上')).toBeVisible();
  await context.setOffline(false);
});

test('a page visited once is kept for later', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'kept');
  await page.goto('/cases/');
  await context.setOffline(true);
  await page.goto('/cases/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('事故案例');
  await context.setOffline(false);
});

test('with Save-Data on, a first visit keeps only the page being read and the control says nothing downloads by itself', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'kept');
  const cached = await cachedPaths(page);
  expect(cached.filter((path) => path === '/offline/' || path.startsWith('/topics/'))).toEqual([]);
  await expect(page.locator('app-save-offline')).toContainText('省流量');
});

test('offline search without the saved index says so within 3 s, even after an earlier online search', async ({ page, context }) => {
  await page.goto('/search/?q=燃气泄漏');
  await expect(page.locator('.app-search__results a').first()).toBeVisible();
  await context.setOffline(true);
  await page.goto('/search/?q=电动车');
  await expect(page.locator('.app-search__status')).toContainText('搜索暂时不可用', { timeout: 3500 });
  await context.setOffline(false);
});

test('after 保存到本机, with no network: every topic, quiz page and quiz mode (sign pictures too), every class deck, and search for any query', async ({
  page,
  context,
}) => {
  test.slow();
  // An online search first: Pagefind asks for its index with ?ts=…, which must not defeat the saved copy.
  await page.goto('/search/?q=燃气泄漏');
  await expect(page.locator('.app-search__results a').first()).toBeVisible();
  await saveEverything(page);
  await context.setOffline(true);
  const offlineNotice = page.getByRole('heading', { level: 1, name: '现在没有网络' });

  for (const path of pathsUnder('/topics/')) {
    await page.goto(path);
    await expect(page.locator('#key-actions li').first(), path).toBeVisible();
  }
  const quizTopics = pathsUnder('/quiz/').filter((path) => /^\/quiz\/[a-z-]+\/$/.test(path));
  expect(quizTopics.length).toBeGreaterThanOrEqual(11);
  for (const path of quizTopics) {
    await page.goto(path);
    await expect(offlineNotice, path).toHaveCount(0);
    const topic = path.split('/')[2];
    await page.goto(`/quiz/?mode=practice&topic=${topic}`);
    await expect(page.locator('.app-quiz__question'), topic).toBeVisible();
  }
  await page.goto('/quiz/?mode=challenge&topic=gas&seed=三年二班');
  await expect(page.locator('.app-quiz__question')).toBeVisible();
  await page.goto('/quiz/?mode=challenge&topic=all&seed=offline');
  await expect(page.locator('.app-quiz__question')).toBeVisible();
  await page.goto('/quiz/?mode=mistakes');
  await expect(page.locator('.app-quiz__error')).toHaveCount(0);
  await page.goto('/quiz/?mode=signs&topic=all&seed=offline');
  const sign = page.locator('.app-quiz__sign');
  await expect(sign).toBeVisible();
  await expect.poll(() => sign.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  // Every topic's deck (/class/cards/ is the printable answer cards, not a deck).
  const decks = pathsUnder('/class/').filter((path) => /^\/class\/[a-z-]+\/$/.test(path) && path !== '/class/cards/');
  expect(decks.length).toBeGreaterThanOrEqual(11);
  for (const path of decks) {
    await page.goto(path);
    await expect(page.locator('.app-slide--current'), path).toBeVisible();
  }
  await page.goto('/signs/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全标志');

  for (const query of ['燃气泄漏', '电瓶车充电', '消防通道被堵', '溺水', '地震']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.app-search__results a').first(), query).toBeVisible();
  }
  // Searching adds nothing to the storage: the index is kept once, as saved, whatever ?ts= Pagefind adds.
  expect((await cachedUrls(page)).filter((url) => url.includes('/pagefind/') && !url.includes('__WB_REVISION__'))).toEqual([]);
  await context.setOffline(false);
});

test('the runtime caches are bounded in entries and in bytes, so a kiosk never fills its storage', () => {
  const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => !/\.(gz|br)$/.test(file) && statSync(`${DIST}${file}`).isFile());
  const bounds = Object.values(runtimeBounds(DIST, groupFiles(DIST, files, '/')));
  for (const bound of bounds) expect(bound.maxEntries).toBeLessThanOrEqual(80);
  expect(bounds.reduce((sum, bound) => sum + bound.bytes, 0)).toBeLessThanOrEqual(32 * KB * KB);
});

test('storage full: the oldest pages a reader visited go first, and quiz progress, checklist and escape plan stay', async ({ page, context, baseURL }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'kept');
  const mine = { [storageKeys.quiz]: '{"answers":3}', [storageKeys.checklist]: '{"exit":true}', [storageKeys.escapePlan]: '{"meet":"楼下花坛"}' };
  await page.evaluate((items) => Object.entries(items).forEach(([key, value]) => localStorage.setItem(key, value)), mine);
  // A nearly full disk: room for only a few more pages.
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: usage + 400 * KB });
  const visited = [...pathsUnder('/topics/'), ...pathsUnder('/cases/')];
  for (const path of visited) await page.goto(path);
  await page.goto(visited.at(-1)!);
  const pages = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('lifeline-pages-'))!;
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  console.log('kept after storage filled up:', pages.join(' '));
  expect(pages).toContain(visited.at(-1));
  expect(pages).not.toContain(visited[0]);
  expect(pages.length).toBeLessThan(visited.length);
  expect(await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), Object.keys(mine))).toEqual(Object.values(mine));
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin });
});
