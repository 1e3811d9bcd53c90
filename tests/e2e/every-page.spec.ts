import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { inGroups, sitemapPaths, watch } from '../support/site.ts';

/**
 * Every page, a dozen to a test in one tab: a fresh tab per page spent more time starting up than checking (a new
 * browser context each, axe compiled again). Each page is checked with soft assertions, so a failure names its
 * page and the rest of the group is still checked.
 */
test.describe('every page', () => {
  // The offline copy is tested in offline.spec.ts; here it would only save files in the background while axe runs.
  test.use({ serviceWorkers: 'block' });

  for (const paths of inGroups(sitemapPaths(), 12))
    test(`${paths[0]} … ${paths.at(-1)}: each loads cleanly, has one h1, stays on this site and passes axe`, async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      const record = watch(page, baseURL!);
      for (const path of paths) {
        record.consoleErrors.length = 0;
        record.foreignRequests.length = 0;
        const response = await page.goto(path);
        expect.soft(response?.status(), path).toBe(200);
        expect.soft(await page.locator('h1').count(), `${path}: one h1`).toBe(1);
        expect.soft(await page.locator('html').getAttribute('lang'), path).toBe('zh-CN');
        expect.soft(await axeViolations(page), path).toEqual([]);
        expect.soft(record.consoleErrors, path).toEqual([]);
        expect.soft(record.foreignRequests, path).toEqual([]);
      }
    });
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
