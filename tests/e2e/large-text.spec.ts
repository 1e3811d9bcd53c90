import { expect, test } from '@playwright/test';

const rootFontSize = (page: import('@playwright/test').Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('an older reader switches on large text and it stays on across pages and visits', async ({ page }) => {
  await page.goto('/topics/life-passage/');
  const normal = await rootFontSize(page);
  const toggle = page.getByRole('button', { name: '大字模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontSize(page)).toBeGreaterThanOrEqual(normal * 1.2);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '安全标志' }).click();
  await expect(page.locator('html')).toHaveClass(/app-large-text/);
  await page.reload();
  await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: '大字模式' }).click();
  await page.reload();
  expect(await rootFontSize(page)).toBe(normal);
});

test('a corrupt saved setting is ignored quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:large-text', '{not json'));
  await page.reload();
  await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: '大字模式' }).click();
  await expect(page.locator('html')).toHaveClass(/app-large-text/);
  expect(errors).toEqual([]);
});

test('with storage blocked (private mode, some WebViews) the switch still works for the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await page.getByRole('button', { name: '大字模式' }).click();
  await expect(page.locator('html')).toHaveClass(/app-large-text/);
  expect(errors).toEqual([]);
});
