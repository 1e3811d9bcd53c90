import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pickEditions } from '../../src/lib/campaign.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

/** The campaign as content/campaign.yaml has it today: the pages must follow the data, not a year written in code. */
const campaignFile = new URL('../../content/campaign.yaml', import.meta.url);
const campaign = pickEditions(parseYaml(readFileSync(campaignFile, 'utf8'), 'campaign.yaml') as CampaignData);

test('a family ticks the self-check; the ticks stay on this phone and can be cleared', async ({ page }) => {
  await page.goto('/tools/checklist/');
  const boxes = page.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThanOrEqual(10);
  await expect(page.locator('.app-checklist__progress')).toContainText(`已检查 0 / ${total} 项`);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page.locator('.app-checklist__progress')).toContainText(`已检查 2 / ${total} 项`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  // Every item explains itself on a topic page.
  await expect(page.getByRole('link', { name: /^为什么/ }).first()).toHaveAttribute('href', /\/topics\/[a-z-]+\/#[a-z-]+$/);
  await page.getByRole('button', { name: '全部清空，重新检查' }).click();
  await expect(page.locator('.app-checklist__progress')).toContainText(`已检查 0 / ${total} 项`);
});

test('a corrupt saved checklist is reset quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/tools/checklist/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:checklist', '{"ticks": 5'));
  await page.reload();
  await expect(page.locator('.app-checklist__progress')).toContainText('已检查 0 /');
  expect(errors).toEqual([]);
});

test('a family fills in the escape plan; it is kept on the device and prints as a sheet', async ({ page }) => {
  await page.goto('/tools/escape-plan/');
  await page.getByLabel(/楼外会合点/).fill('小区门口的大槐树');
  await page.getByLabel(/谁帮谁/).fill('爸爸扶奶奶，妈妈带妹妹');
  await expect(page.locator('.app-plan-form__saved')).toHaveText('已保存在这台设备上。');
  await page.reload();
  await expect(page.getByLabel(/楼外会合点/)).toHaveValue('小区门口的大槐树');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-plan-form__remember')).toBeVisible();
  await expect(page.getByRole('button', { name: '清空重填' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '清空重填' }).click();
  await expect(page.getByLabel(/楼外会合点/)).toHaveValue('');
});

test('without JavaScript the checklist and the plan are forms to print and fill in by hand', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/tools/checklist/');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await page.goto('/tools/escape-plan/');
  await expect(page.getByLabel(/第一条路/)).toBeVisible();
});

test('a poster prints as one A4 sheet with the key actions, the numbers and a QR code', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/posters/gas/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  const poster = page.locator('.app-poster');
  await expect(poster.locator('.app-poster__actions li').first()).toHaveText('不碰电器和明火');
  await expect(poster.locator('svg[data-qr]')).toBeVisible();
  await expect(poster.locator('.app-poster__numbers')).toContainText('119');
  const box = (await poster.boundingBox())!;
  expect(Math.round(box.width)).toBe(794);
  expect(Math.abs(box.height - 1123)).toBeLessThanOrEqual(2);
});

test('a poster and the footer name the site\'s theme and the newest edition, each labelled, from the campaign data', async ({ page }) => {
  const { data, focus, latest } = campaign;
  // Guards the data this test relies on: the site's theme is not the newest edition.
  expect(latest.year).toBeGreaterThan(focus.year);
  await page.goto('/posters/evacuation/');
  const band = page.locator('.app-poster__band');
  await expect(band.locator('p').nth(0)).toHaveText(`本站主题：${focus.year}年第${focus.number}个${data.name} · ${focus.theme}`);
  await expect(band.locator('p').nth(1)).toHaveText(`最新一届：${latest.year}年第${latest.number}个${data.name} · ${latest.theme}`);
  const footer = page.locator('.app-footer');
  await expect(footer).toContainText(`本站主题：${focus.year}年第${focus.number}个${data.name} · ${focus.theme}`);
  await expect(footer).toContainText(`最新一届：${latest.year}年第${latest.number}个${data.name} · ${latest.theme}`);
});
