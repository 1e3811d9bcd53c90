// The deck made from a topic page (SlideDeck.astro, src/scripts/slide-deck.ts), which /class/<topic>/ shows
// for a topic without lessons yet. Every topic of the real site has lessons, so this runs on a build of the
// small fixture site with its only lesson taken out.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { buildFixture, startTestServer, type TestServer } from '../support/fixture-site.ts';

let server: TestServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  const dist = buildFixture('topic-deck', { change: (content) => rmSync(join(content, 'lessons'), { recursive: true, force: true }) });
  server = await startTestServer({ site: dist });
});
test.afterAll(async () => server?.close());

const deck = (path = '') => `${server.url}/class/fire/${path}`;

test('a teacher steps through with the arrow keys and a clicker; an answer waits for the next press; the address keeps the place', async ({ page }) => {
  await page.goto(deck());
  const current = page.locator('.app-slide--current');
  const position = page.locator('.app-slides__position');
  await expect(current).toHaveClass(/app-slide--title/);
  await expect(position).toContainText('第 1 /');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown'); // a clicker sends Page Down
  await expect(position).toContainText('第 3 /');
  await expect(page).toHaveURL(/#3$/);
  for (let step = 0; step < 20 && (await current.locator('[data-reveal]').count()) === 0; step += 1) await page.keyboard.press('ArrowRight');
  const answer = current.locator('[data-reveal]');
  await expect(answer).toBeHidden();
  await page.keyboard.press('Space');
  await expect(answer).toBeVisible();
  const shown = await position.textContent();
  await page.reload();
  await expect(position).toHaveText(shown ?? '');
  await page.getByRole('button', { name: '上一页' }).click();
  await expect(position).not.toHaveText(shown ?? '');
});

/** The layout shifts (CLS) of a fresh window of `viewport` opening `address`, once the deck has started. */
async function shiftOf(browser: Browser, address: string, viewport: { width: number; height: number }): Promise<number> {
  const page = await browser.newPage({ viewport });
  await page.goto(address);
  await expect(page.locator('app-slides[data-ready]')).toHaveCount(1);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  await page.close();
  return shift;
}

test('the deck is laid out before the first paint: no layout shift while it loads and starts (CLS 0)', async ({ browser }) => {
  for (const [path, viewport] of [
    ['', { width: 1280, height: 720 }],
    ['#4', { width: 1920, height: 1080 }],
    ['', { width: 390, height: 844 }],
  ] as const) {
    expect(await shiftOf(browser, deck(path), viewport), `${path} ${viewport.width}×${viewport.height}`).toBe(0);
  }
});

test('the bar never covers the slide: on a projector, a laptop, phones, and in large-text mode', async ({ browser }) => {
  for (const [viewport, largeText] of [
    [{ width: 1920, height: 1080 }, false],
    [{ width: 1280, height: 720 }, false],
    [{ width: 1024, height: 768 }, false],
    [{ width: 390, height: 844 }, false],
    [{ width: 320, height: 640 }, false],
    [{ width: 1280, height: 720 }, true],
    [{ width: 390, height: 844 }, true],
  ] as const) {
    const page = await browser.newPage({ viewport });
    if (largeText) await page.addInitScript(() => localStorage.setItem('lifeline:v1:large-text', '1'));
    await page.goto(deck());
    if (largeText) await expect(page.locator('html')).toHaveClass(/app-large-text/);
    await expect(page.locator('app-slides[data-ready]')).toHaveCount(1);
    // The bar's top against the stage's bottom: never above it.
    const gap = () =>
      page.evaluate(() => {
        const bar = document.querySelector('.app-slides__controls')?.getBoundingClientRect().top ?? 0;
        return bar - (document.querySelector('.app-slides__stage')?.getBoundingClientRect().bottom ?? 0);
      });
    await expect.poll(gap, `${viewport.width}×${viewport.height}${largeText ? ' large text' : ''}`).toBeGreaterThanOrEqual(-0.5);
    await page.close();
  }
});

test('without JavaScript every slide is shown one below the other, answers included', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(deck());
  const slides = page.locator('.app-slide');
  expect(await slides.count()).toBeGreaterThan(3);
  for (const slide of await slides.all()) await expect(slide).toBeVisible();
  await expect(page.locator('[data-reveal]').first()).toBeVisible();
  await expect(page.locator('.app-slides__controls')).toBeHidden();
  await page.close();
});
