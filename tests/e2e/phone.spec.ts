import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('no page scrolls sideways on a 390 px phone, in normal or large text', async ({ page }) => {
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const largeText of [false, true]) {
    await page.goto('/');
    await page.evaluate((on) => localStorage.setItem('lifeline:v1:large-text', on ? '1' : '0'), largeText);
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}${largeText ? ' (large text)' : ''}: ${overflow}px too wide`);
    }
  }
  expect(wide).toEqual([]);
});

test('the emergency numbers are always one tap away on a phone', async ({ page }) => {
  await page.goto('/topics/life-passage/');
  const bar = page.getByRole('navigation', { name: '紧急电话' });
  for (const number of ['119', '120', '110']) {
    const link = bar.getByRole('link', { name: new RegExp(number) });
    await expect(link).toBeInViewport();
    await expect(link).toHaveAttribute('href', `tel:${number}`);
  }
  await page.mouse.wheel(0, 3000);
  await expect(bar.getByRole('link', { name: /119/ })).toBeInViewport();
});
