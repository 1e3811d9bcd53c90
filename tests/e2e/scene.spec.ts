import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { pathsUnder } from '../support/site.ts';

const scenes = pathsUnder('/scenes/');
type Hazard = { id: string; box: { x: number; y: number; width: number; height: number } };

async function hazardsOf(page: Page): Promise<{ hazards: Hazard[]; width: number; height: number; cols: number }> {
  return page.locator('app-scene').evaluate((scene) => ({
    hazards: JSON.parse((scene as HTMLElement).dataset.hazards ?? '[]'),
    width: Number((scene as HTMLElement).dataset.width),
    height: Number((scene as HTMLElement).dataset.height),
    cols: Number((scene as HTMLElement).dataset.cols),
  }));
}

test('there are hazard scenes to play', () => {
  expect(scenes.length).toBeGreaterThan(0);
});

for (const path of scenes) {
  test(`${path}: a player finds every hazard by keyboard alone`, async ({ page }) => {
    await page.goto(path);
    const { hazards, width, height, cols } = await hazardsOf(page);
    const cellWidth = width / cols;
    const rows = Math.round(height / 200);
    const cellHeight = height / rows;
    // Tab into the picture: the first cell takes focus.
    await page.locator('.app-scene__board [data-cell="0"]').focus();
    const at = { row: 0, col: 0 };
    for (const hazard of hazards) {
      const target = {
        col: Math.floor((hazard.box.x + hazard.box.width / 2) / cellWidth),
        row: Math.floor((hazard.box.y + hazard.box.height / 2) / cellHeight),
      };
      while (at.col < target.col) await page.keyboard.press('ArrowRight'), at.col++;
      while (at.col > target.col) await page.keyboard.press('ArrowLeft'), at.col--;
      while (at.row < target.row) await page.keyboard.press('ArrowDown'), at.row++;
      while (at.row > target.row) await page.keyboard.press('ArrowUp'), at.row--;
      await page.keyboard.press('Enter');
      await expect(page.locator(`[data-hazard="${hazard.id}"]`)).toBeVisible();
    }
    await expect(page.locator('.app-scene__progress')).toHaveText(`已找到 ${hazards.length} / ${hazards.length} 处隐患`);
    await expect(page.locator('.app-scene__message')).toContainText('全部找到了');
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test(`${path}: a player finds every hazard by tapping, and a wrong tap says so`, async ({ page }) => {
      await page.goto(path);
      const { hazards, width, height } = await hazardsOf(page);
      const board = page.locator('.app-scene__board');
      const rect = (await board.boundingBox())!;
      const tapAt = (x: number, y: number) => page.touchscreen.tap(rect.x + (x / width) * rect.width, rect.y + (y / height) * rect.height);
      await board.scrollIntoViewIfNeeded();
      const fresh = (await board.boundingBox())!;
      Object.assign(rect, fresh);
      for (const hazard of hazards) {
        await tapAt(hazard.box.x + hazard.box.width / 2, hazard.box.y + hazard.box.height / 2);
        await expect(page.locator(`[data-hazard="${hazard.id}"]`)).toBeVisible();
      }
      await expect(page.locator('.app-scene__progress')).toHaveText(`已找到 ${hazards.length} / ${hazards.length} 处隐患`);
    });
  });

  test(`${path}: without JavaScript, the picture and the full list of hazards are there`, async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(path);
    await expect(page.getByRole('img').first()).toBeVisible();
    const items = page.locator('.app-scene__answers li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    for (const item of await items.all()) await expect(item).toBeVisible();
  });
}
