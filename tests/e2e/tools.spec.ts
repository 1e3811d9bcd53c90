import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pickEditions } from '../../src/lib/campaign.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

/** The campaign as content/campaign.yaml has it today: the pages must follow the data, not a year written in code. */
const campaignFile = new URL('../../content/campaign.yaml', import.meta.url);
const campaign = pickEditions(parseYaml(readFileSync(campaignFile, 'utf8'), 'campaign.yaml') as CampaignData);

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

test("a poster and the footer name the site's theme and the newest edition, each labelled, from the campaign data", async ({ page }) => {
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
