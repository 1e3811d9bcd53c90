import { expect, test } from '@playwright/test';
import { printedPages } from '../support/tools.ts';

test('the consultation desk answers at least 40 questions, grouped by home, community and workplace', async ({ page }) => {
  await page.goto('/ask/');
  await expect(page.getByRole('heading', { level: 1, name: '安全咨询台' })).toBeVisible();
  for (const area of ['家里和楼道', '小区和社区', '工作场所']) await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
  expect(await page.locator('.app-ask__item').count()).toBeGreaterThanOrEqual(40);
});

test('a resident filters the desk to what they want to do, and opens one answer on its own page', async ({ page }) => {
  await page.goto('/ask/');
  await page.getByRole('radio', { name: /报修·举报/ }).check();
  const shown = page.locator('.app-ask__item:visible');
  await expect(shown.first()).toBeVisible();
  for (const kind of await shown.locator('.app-ask__kind').allTextContents()) expect(kind).toBe('报修·举报');
  await page.getByRole('link', { name: '举报以后会怎么样？多久有结果？' }).click();
  await expect(page).toHaveURL(/\/ask\/what-happens-after-report\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('举报以后会怎么样');
  await expect(page.getByText('依据：')).toBeVisible();
  await expect(page.getByRole('link', { name: '咨询台的全部问题' })).toBeVisible();
});

test('one answer prints on one A4 page, without the list of other questions', async ({ page }) => {
  await page.goto('/ask/corridor-fines/');
  expect(await printedPages(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-ask__nearby')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
