import { expect, test } from '@playwright/test';

test('after a first visit the topics still open with no network, and an unsaved page says so', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/topics/gas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('燃气安全');
  await expect(page.locator('#key-actions li').first()).toBeVisible();
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('自测答题');
  await page.goto('/cases/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await context.setOffline(false);
});

test('a page visited once is kept for later', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.goto('/cases/');
  await context.setOffline(true);
  await page.goto('/cases/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('事故案例');
  await context.setOffline(false);
});
