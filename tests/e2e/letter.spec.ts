import { expect, test, type Page } from '@playwright/test';
import { sampleLetters } from '../../src/i18n/zh-CN/letter.ts';
import { PHONE, blockStorageWrites, printedPages, savePicture } from '../support/tools.ts';

const sample = sampleLetters[0]!;

/** Opens every topic's list of points, as a reader taps each one open. */
async function openAllTopics(page: Page) {
  for (const topic of await page.locator('.app-letter__topic').all()) {
    if (!(await topic.evaluate((details) => (details as HTMLDetailsElement).open))) await topic.locator('summary').click();
  }
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('a worker starts from a sample letter, makes it their own, and it is kept on this phone', async ({ page }) => {
    await page.goto('/tools/letter/');
    await page.getByText(sample.name, { exact: true }).click();
    await page.getByRole('button', { name: `用“${sample.name}”做底稿` }).click();
    const sheet = page.locator('.app-letter-sheet');
    await expect(sheet.locator('[data-letter="to"]')).toHaveText(sample.to);
    await expect(sheet.locator('[data-letter="points"] li')).toHaveCount(sample.points.length);
    await expect(sheet).toContainText(sample.points[0]!.text);
    await page.getByLabel(/自己想说的话/).fill('周末我回来，帮你们把楼道里的纸箱清走。');
    await page.getByLabel(/署名/).fill('小明');
    await expect(sheet).toContainText('帮你们把楼道里的纸箱清走');
    await expect(page.locator('.app-letter__saved')).toHaveText('已保存在这台设备上。');
    await page.reload();
    await expect(sheet.locator('[data-letter="signature"]')).toHaveText('小明');
    await expect(sheet.locator('[data-letter="points"] li')).toHaveCount(sample.points.length);
    const { width } = await savePicture(page);
    expect(width).toBe(1080);
  });
});

test('a letter holds at most six points', async ({ page }) => {
  await page.goto('/tools/letter/');
  await openAllTopics(page);
  const boxes = page.locator('input[name="point"]');
  for (let index = 0; index < 6; index += 1) await boxes.nth(index).check();
  await expect(page.locator('[data-count]')).toContainText('已经选了 6 件');
  await expect(boxes.nth(6)).toBeDisabled();
});

test('a letter just short of the small-type length still prints on one A4 page', async ({ page }) => {
  await page.goto('/tools/letter/');
  await openAllTopics(page);
  const boxes = page.locator('input[name="point"]');
  for (let index = 0; index < 6; index += 1) await boxes.nth(index).check();
  await page.getByLabel(/开头的话/).fill('这'.repeat(120));
  await page.getByLabel(/自己想说的话/).fill('话'.repeat(100));
  await expect(page.locator('.app-letter-sheet')).toHaveAttribute('data-length', 'short');
  expect(await printedPages(page)).toBe(1);
});

test('the longest letter still prints on one A4 page', async ({ page }) => {
  await page.goto('/tools/letter/');
  await page.getByLabel(/写给谁/).fill('亲爱的爸爸、妈妈、爷爷、奶奶');
  await page.getByLabel(/开头的话/).fill('这'.repeat(150));
  await openAllTopics(page);
  const boxes = page.locator('input[name="point"]');
  // The six points with the longest reasons.
  const lengths = await boxes.evaluateAll((inputs) => inputs.map((input, index) => [((input as HTMLInputElement).dataset.why ?? '').length, index]));
  const longest = lengths
    .sort((a, b) => b[0]! - a[0]!)
    .slice(0, 6)
    .map(([, index]) => index!);
  for (const index of longest) await boxes.nth(index).check();
  await page.getByLabel(/自己想说的话/).fill('话'.repeat(300));
  await page.getByLabel(/结尾的祝福/).fill('祝'.repeat(30));
  await page.getByLabel(/署名/).fill('名'.repeat(20));
  expect(await printedPages(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-letter__form')).toBeHidden();
  await expect(page.locator('.app-letter-sheet')).toBeVisible();
});

test('without JavaScript the page is a letter sheet with lines to write on, and prints on one page', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/tools/letter/');
  await expect(page.locator('.app-letter-sheet')).toBeVisible();
  await expect(page.locator('.app-letter-sheet__blank-line')).toHaveCount(5);
  await expect(page.getByText(sample.opening)).toBeHidden(); // the samples are there, folded
  expect(await printedPages(page)).toBe(1);
  await page.close();
});

test('clearing the letter asks first and can be undone', async ({ page }) => {
  await page.goto('/tools/letter/');
  await page.getByLabel(/写给谁/).fill('奶奶');
  await page.getByRole('button', { name: '清空重写' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '清空', exact: true }).click();
  await expect(page.getByLabel(/写给谁/)).toHaveValue('');
  await page.getByRole('button', { name: '撤销清空' }).click();
  await expect(page.getByLabel(/写给谁/)).toHaveValue('奶奶');
});

test('a device that cannot save the letter says so, and the letter can still be written', async ({ page }) => {
  await blockStorageWrites(page);
  await page.goto('/tools/letter/');
  await page.getByLabel(/写给谁/).fill('奶奶');
  await expect(page.locator('.app-letter__saved')).toContainText('这台设备不能保存');
  await expect(page.locator('.app-letter-sheet [data-letter="to"]')).toHaveText('奶奶');
});

test('a corrupt saved letter is reset quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/tools/letter/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:letter', '{"version":1,"fields":{"to":3}}'));
  await page.reload();
  await expect(page.getByLabel(/写给谁/)).toHaveValue('');
  expect(errors).toEqual([]);
});
