import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { sitemapPaths, watch } from '../support/site.ts';

test.describe('every page', () => {
  // Each test is a new browser context, so the offline copy would be installed afresh for every page while axe
  // runs; the worker is the same on every page and offline.spec.ts tests it.
  test.use({ serviceWorkers: 'block' });

  for (const path of sitemapPaths()) {
    test(`${path} loads cleanly, has one h1, stays on this site and passes axe`, async ({ page, baseURL }) => {
      const record = watch(page, baseURL!);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    });
  }
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('link', { name: '首页' }).last()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('every page declares a strict content security policy', async ({ page }) => {
  for (const path of ['/', '/topics/life-passage/', '/search/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  }
});
