import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseYaml } from '../../src/lib/yaml.ts';
import type { ChecklistData } from '../../src/schemas/checklist.ts';
import { blockStorageWrites, printedPages, savePicture } from '../support/tools.ts';

const checklist = parseYaml(readFileSync(new URL('../../content/checklist.yaml', import.meta.url), 'utf8'), 'checklist.yaml') as ChecklistData;
const items = checklist.groups.flatMap((group) => group.items);
const total = items.length;
const firstHigh = items.find((item) => item.risk === 'high')!;
const firstLow = items.find((item) => item.risk === 'low')!;

test('the self-check is grouped by the five areas, and every unticked item shows its tip and the section that explains it', async ({ page }) => {
  await page.goto('/tools/checklist/');
  await expect(page.locator('.app-checklist fieldset legend')).toHaveText(checklist.groups.map((group) => group.title));
  const item = page.locator('li[data-risk]').filter({ has: page.getByLabel(firstHigh.text) });
  await expect(item.locator('.app-checklist__tip')).toContainText(firstHigh.tip);
  await expect(item.getByRole('link', { name: /^详见/ })).toHaveAttribute('href', `/topics/${firstHigh.topic}/#${firstHigh.section}`);
  await page.getByLabel(firstHigh.text).check();
  await expect(item.locator('.app-checklist__tip')).toBeHidden();
});

test('the result lists what to fix first, most urgent first; the ticks stay on this phone', async ({ page }) => {
  await page.goto('/tools/checklist/');
  const progress = page.locator('.app-checklist__progress');
  await expect(progress).toContainText(`已做到 0 / ${total} 项`);
  const result = page.locator('.app-checklist__result');
  await expect(result.locator('h3').first()).toContainText('先改');
  await expect(result.locator('.app-checklist__fix-item').first()).toHaveText(items.find((item) => item.risk === 'high')!.text);
  // Tick every urgent item: what is left starts with the next level.
  for (const item of items.filter((entry) => entry.risk === 'high')) await page.getByLabel(item.text).check();
  await expect(result.locator('h3').first()).toContainText('接着改');
  await expect(result.locator('[data-summary]')).toContainText(`还有 ${items.filter((item) => item.risk !== 'high').length} 项要改`);
  await page.reload();
  await expect(page.getByLabel(firstHigh.text)).toBeChecked();
  await expect(page.getByLabel(firstLow.text)).not.toBeChecked();
  await expect(progress).toContainText(`已做到 ${items.filter((item) => item.risk === 'high').length} / ${total} 项`);
});

test('the result prints on one page (nothing ticked, some ticked) and saves as a picture', async ({ page }) => {
  await page.goto('/tools/checklist/');
  expect(await printedPages(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-checklist__form')).toBeHidden();
  await expect(page.locator('.app-checklist__result')).toContainText('居家安全自查结果');
  await page.emulateMedia({ media: 'screen' });
  for (const item of items.filter((_, index) => index % 3 !== 0)) await page.getByLabel(item.text).check();
  expect(await printedPages(page)).toBe(1);
  const { width } = await savePicture(page);
  expect(width).toBe(1080);
});

test('without JavaScript the checklist is a blank list that prints on one page', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/tools/checklist/');
  await expect(page.getByRole('checkbox')).toHaveCount(total);
  await expect(page.locator('.app-checklist__tip').first()).toBeVisible();
  expect(await printedPages(page)).toBe(1);
  await page.close();
});

test('clearing asks first and can be undone', async ({ page }) => {
  await page.goto('/tools/checklist/');
  await page.getByLabel(firstHigh.text).check();
  await page.getByLabel(firstLow.text).check();
  await page.getByRole('button', { name: '全部清空，重新检查' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '不清空' }).click();
  await expect(page.getByLabel(firstHigh.text)).toBeChecked();
  await page.getByRole('button', { name: '全部清空，重新检查' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '清空', exact: true }).click();
  await expect(page.locator('.app-checklist__progress')).toContainText(`已做到 0 / ${total} 项`);
  await page.getByRole('button', { name: '撤销清空' }).click();
  await expect(page.getByLabel(firstHigh.text)).toBeChecked();
  await expect(page.getByLabel(firstLow.text)).toBeChecked();
});

test('a device that cannot save the ticks says so', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await blockStorageWrites(page);
  await page.goto('/tools/checklist/');
  await page.getByLabel(firstHigh.text).check();
  await expect(page.locator('.app-checklist__saved')).toContainText('这台设备不能保存');
  await expect(page.locator('.app-checklist__progress')).toContainText(`已做到 1 / ${total} 项`);
  expect(errors).toEqual([]);
});

test('a corrupt saved checklist is reset quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/tools/checklist/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:checklist', '{"ticks": 5'));
  await page.reload();
  await expect(page.locator('.app-checklist__progress')).toContainText('已做到 0 /');
  expect(errors).toEqual([]);
});
