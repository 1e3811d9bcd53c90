// Inside WeChat (or any browser that cannot print) the print buttons give way to a picture to long-press and
// save: posters and class handouts get their picture drawn at build, the quiz certificate is drawn on the phone.
import { expect, test, type Page } from '@playwright/test';

const WECHAT =
  'Mozilla/5.0 (Linux; Android 12; V2049A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5043 MMWEBSDK/20221011 MMWEBID/1234 MicroMessenger/8.0.30.2260(0x28001E3B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** The picture shown to save: a PNG that loaded, as wide as drawn. */
async function shownPicture(page: Page) {
  const image = page.locator('app-picture-save img');
  await expect(image).toBeVisible();
  await expect(page.getByText('长按图片')).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1080);
  return image.getAttribute('src');
}

test('with no window.print, a poster shows its picture at once and hides the print buttons', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'print', { value: undefined, configurable: true }));
  await page.goto('/posters/gas/');
  await expect(page.getByRole('button', { name: /打印/ }).first()).toBeHidden();
  // Built without SITE_URL: the page paints the QR code for its own address into the picture (a PNG data URL).
  expect(await shownPicture(page)).toMatch(/^data:image\/png;base64,/);
});

test.describe('inside WeChat', () => {
  test.use({ userAgent: WECHAT, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a class handout offers its picture instead of printing', async ({ page }) => {
    await page.goto('/class/ebike/handout/');
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
    await shownPicture(page);
  });

  test('the quiz certificate comes as a picture to save', async ({ page }) => {
    await page.goto('/quiz/?mode=challenge&topic=gas&seed=wechat');
    for (let round = 0; round < 10; round += 1) {
      await page.locator('.app-quiz__question input[type="radio"]').first().check();
      await page.locator('.app-quiz__question button[type="submit"]').click();
    }
    await page.getByLabel(/姓名/).fill('小明');
    await page.getByRole('button', { name: '生成证书图片' }).tap();
    await expect(page.locator('.app-quiz__card img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  });
});

test('where printing works, the picture waits for the reader to ask', async ({ page }) => {
  await page.goto('/posters/gas/');
  await expect(page.getByRole('button', { name: /A4/ })).toBeVisible();
  await expect(page.locator('app-picture-save img')).toBeHidden();
  await page.getByRole('link', { name: '保存为图片' }).click();
  await shownPicture(page);
});
