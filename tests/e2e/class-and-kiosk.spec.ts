import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

test('a teacher steps through the gas lesson with the arrow keys and a clicker, answers appearing on the next press', async ({ page }) => {
  await page.goto('/class/gas/');
  const current = page.locator('.app-slide--current');
  await expect(current).toHaveClass(/app-slide--title/);
  await expect(page.locator('.app-slides__position').first()).toContainText('第 1 /');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown'); // a clicker sends Page Down
  await expect(page.locator('.app-slides__position').first()).toContainText('第 3 /');
  // Walk to the first slide that keeps something back (a question): it stays hidden until the next press.
  for (let step = 0; step < 30 && (await current.locator('[data-reveal]').count()) === 0; step += 1) await page.keyboard.press('ArrowRight');
  const kind = await current.getAttribute('data-kind');
  await expect(current.locator('[data-reveal]')).toBeHidden();
  await page.keyboard.press('Space');
  await expect(current.locator('[data-reveal]')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(current).not.toHaveAttribute('data-kind', kind!);
  expect(await axeViolations(page)).toEqual([]);
});

test('the deck remembers the slide in the address, so a reload keeps the place', async ({ page }) => {
  await page.goto('/class/evacuation/');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#3$/);
  await page.reload();
  await expect(page.locator('.app-slides__position').first()).toContainText('第 3 /');
});

test('without JavaScript the deck is every slide one after another, answers shown', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/class/electricity/'); // a topic whose deck is still made from its topic page
  const slides = page.locator('.app-slide');
  expect(await slides.count()).toBeGreaterThan(8);
  for (const slide of (await slides.all()).slice(0, 8)) await expect(slide).toBeVisible();
  await expect(page.locator('[data-reveal]').first()).toBeVisible();
});

test('a kiosk plays only the topics asked for, advancing by itself', async ({ page }) => {
  await page.clock.install();
  await page.goto('/kiosk/?topics=gas&interval=5');
  const position = page.locator('.app-slides__position');
  await expect(position).toHaveText(/第 1 \/ (\d+) 页/);
  const total = Number((await position.textContent())?.match(/\/ (\d+)/)?.[1]);
  const topics = await page.locator('.app-slide:not([hidden])').evaluateAll((slides) => [...new Set(slides.map((slide) => (slide as HTMLElement).dataset.topic).filter(Boolean))]);
  expect(topics).toEqual(['gas']);
  await page.clock.runFor(5_000);
  await expect(position).toHaveText(`第 2 / ${total} 页`);
  await page.clock.runFor(5_000 * (total - 1));
  await expect(position).toHaveText(`第 1 / ${total} 页`);
  expect(await axeViolations(page)).toEqual([]);
});

for (const [name, viewport] of [
  ['portrait (1080×1920)', { width: 1080, height: 1920 }],
  ['landscape (1920×1080)', { width: 1920, height: 1080 }],
] as const) {
  test.describe(`a ${name} kiosk screen`, () => {
    test.use({ viewport });
    test('fits every slide on the screen without scrolling', async ({ page }) => {
      await page.clock.install();
      await page.goto('/kiosk/?interval=5');
      const total = await page.locator('.app-slide:not([hidden])').count();
      for (let index = 0; index < total; index += 1) {
        const fits = await page.evaluate(() => {
          const slide = document.querySelector('.app-slide--current') as HTMLElement;
          return { page: document.documentElement.scrollHeight - window.innerHeight, slide: slide.scrollHeight - slide.clientHeight };
        });
        expect(fits.page, `slide ${index + 1}: page`).toBeLessThanOrEqual(1);
        expect(fits.slide, `slide ${index + 1}: content`).toBeLessThanOrEqual(1);
        await page.clock.runFor(5_000);
      }
    });
  });
}

test('a handout prints on A4 with the key actions and a QR code', async ({ page }) => {
  await page.goto('/class/drowning/handout/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-handout__actions li').first()).toBeVisible();
  await expect(page.locator('.app-handout svg[data-qr]')).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
});

test.describe('on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('every slide of every lesson fits the screen, answers revealed', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/class/');
    const decks = await page.locator('a[href$="/"]').evaluateAll((links) =>
      [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).filter((path) => /^\/class\/[a-z-]+\/$/.test(path)))],
    );
    expect(decks.length).toBeGreaterThanOrEqual(11);
    const overflowing: string[] = [];
    for (const deck of decks) {
      await page.goto(deck);
      const total = await page.locator('.app-slide').count();
      for (let index = 0; index < total; index += 1) {
        await page.keyboard.press('a');
        const over = await page.evaluate(() => {
          const slide = document.querySelector('.app-slide--current') as HTMLElement;
          return slide.scrollHeight - slide.clientHeight;
        });
        if (over > 1) overflowing.push(`${deck}#${index + 1}: ${over}px`);
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(overflowing).toEqual([]);
  });
});
