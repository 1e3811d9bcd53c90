import { expect, test } from '@playwright/test';
import { REPORT_PATHS } from '../../src/lib/report-paths.ts';

/** The number each situation must land on (undefined: no single national number, e.g. a gas company's line). */
const EXPECTED: Record<string, string | undefined> = {
  fire: '119',
  gas: undefined,
  injury: '120',
  'home-corridor': '12345',
  'fire-lane': '12345',
  'public-place': '12345',
  workplace: '12350',
  unsure: '12345',
};

test('every situation has an expected number in this test', () => {
  expect(REPORT_PATHS.map((path) => path.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const path of REPORT_PATHS) {
  test(`“${path.situation}” leads to ${EXPECTED[path.id] ?? 'the gas company and 119'}`, async ({ page }) => {
    await page.goto('/tools/report/');
    await page.getByRole('link', { name: path.situation, exact: true }).click();
    const answer = page.locator(`#${path.id}`);
    await expect(answer).toBeVisible();
    await expect(answer).toBeFocused();
    // Only this situation is shown; the address names it, so a shared link opens it.
    await expect(page.locator('[data-path]:visible')).toHaveCount(1);
    expect(new URL(page.url()).hash).toBe(`#${path.id}`);
    const expected = EXPECTED[path.id];
    if (expected) {
      await expect(answer.locator('[data-main-number]')).toHaveAttribute('href', `tel:${expected}`);
    } else {
      await expect(answer.locator('[data-main-number]')).toHaveCount(0);
      await expect(answer).toContainText('燃气公司的抢修电话');
      await expect(answer.getByRole('link', { name: /119/ })).toHaveAttribute('href', 'tel:119');
    }
  });
}

test('with JavaScript the guide opens on the choices; “show all” lists every situation', async ({ page }) => {
  await page.goto('/tools/report/');
  await expect(page.locator('[data-path]:visible')).toHaveCount(0);
  await page.getByRole('button', { name: '显示全部情况' }).click();
  await expect(page.locator('[data-path]:visible')).toHaveCount(REPORT_PATHS.length);
});

test('a local number (96119) is named but never a link to call', async ({ page }) => {
  await page.goto('/tools/report/');
  await expect(page.locator('main')).toContainText('96119');
  await expect(page.locator('a[href^="tel:96119"]')).toHaveCount(0);
});

test('a car on the fire lane: photograph its number plate, not people’s faces; the message can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/tools/report/#fire-lane');
  const answer = page.locator('#fire-lane');
  await expect(answer).toContainText('车牌');
  await expect(answer).toContainText('不拍路人的脸');
  await expect(answer).toContainText('3个工作日内核查');
  await answer.getByRole('button', { name: '复制这段话' }).click();
  await expect(answer.locator('.app-report__copied')).toContainText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('您好，我要反映一个消防安全隐患。');
});

test('the home page has a 我要举报 entry near the top that leads to the guide', async ({ page }) => {
  await page.goto('/');
  const entry = page.getByRole('link', { name: /^我要举报/ });
  await expect(entry).toHaveAttribute('href', '/tools/report/');
  await entry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('查找身边安全隐患，发现了怎么报');
});

test('without JavaScript every situation is on the page, each with its number', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/tools/report/');
  await expect(page.locator('[data-path]')).toHaveCount(REPORT_PATHS.length);
  for (const path of REPORT_PATHS) await expect(page.locator(`#${path.id}`)).toBeVisible();
  await expect(page.locator('#workplace [data-main-number]')).toHaveAttribute('href', 'tel:12350');
  await page.close();
});
