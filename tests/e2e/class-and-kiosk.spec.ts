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
  await page.goto('/class/electricity/'); // its default lesson deck
  const slides = page.locator('.app-slide');
  expect(await slides.count()).toBeGreaterThan(8);
  for (const slide of (await slides.all()).slice(0, 8)) await expect(slide).toBeVisible();
  await expect(page.locator('[data-reveal]').first()).toBeVisible();
});

// The kiosk's own tests are in kiosk.spec.ts.

test('a handout prints on A4 with the key actions and a QR code', async ({ page }) => {
  await page.goto('/class/drowning/handout/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-handout__actions li').first()).toBeVisible();
  await expect(page.locator('.app-handout svg[data-qr]')).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
});

// Every slide of every lesson fits a 1280×720 projector: class-packs.spec.ts, one test per lesson.
