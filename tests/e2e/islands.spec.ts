// The islands (small custom elements on src/scripts/app-element.ts) as a reader meets them: each starts once,
// a broken one names what is missing without taking the others down, and the address never picks a value
// the page does not offer.
import { expect, test, type Page } from '@playwright/test';

/** Serves `path` with its HTML changed by `edit`, as a later markup change might leave it. */
async function withEditedHtml(page: Page, path: string, edit: (html: string) => string) {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}

test('an island whose markup lost a part reports a named error, and the page’s other islands still work', async ({ page }) => {
  const errors: { name: string; message: string }[] = [];
  page.on('pageerror', (error) => errors.push({ name: error.name, message: error.message }));
  await withEditedHtml(page, '/scenes/stairwell/', (html) => html.replace('class="app-scene__board ', 'class="'));
  await page.goto('/scenes/stairwell/');
  await expect.poll(() => errors).toEqual([{ name: 'ElementError', message: '<app-scene>: missing .app-scene__board' }]);
  // The large-text switch on the same page is untouched.
  await page.getByRole('button', { name: '大字模式' }).click();
  await expect(page.locator('html')).toHaveClass(/app-large-text/);
  // And the answers are all there to read, as without JavaScript.
  await expect(page.locator('.app-scene__answers li').first()).toBeVisible();
});

test('an island moved within the page does not start again: one press still switches large text once', async ({ page }) => {
  await page.goto('/topics/gas/');
  await page.locator('app-large-text-toggle').evaluate((toggle) => {
    const parent = toggle.parentElement;
    toggle.remove();
    parent?.append(toggle);
  });
  const toggle = page.getByRole('button', { name: '大字模式' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/app-large-text/);
});

test('a filter chip narrows the cases, says how many are shown, and the address keeps it', async ({ page }) => {
  await page.goto('/cases/');
  const cases = page.locator('[data-count]');
  const all = await cases.count();
  const chip = page.locator('.app-chips input[value="gas"]');
  await chip.check({ force: true });
  await expect(page).toHaveURL(/\?topic=gas$/);
  const shown = await page.locator('[data-count]:visible').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(page.locator('.app-chips__count')).toHaveText(`显示 ${shown} 项`);
  await page.reload();
  await expect(chip).toBeChecked();
  await expect(page.locator('[data-count]:visible')).toHaveCount(shown);
});

test('a filter value the page does not offer, such as ?topic=toString, shows everything', async ({ page }) => {
  for (const value of ['toString', 'constructor', '__proto__']) {
    await page.goto(`/cases/?topic=${value}`);
    await expect(page.locator('.app-chips input[value=""]'), value).toBeChecked();
    await expect(page.locator('[data-count]:visible')).toHaveCount(await page.locator('[data-count]').count());
  }
});

test('search ignores filter values it does not offer and still shows the results', async ({ page }) => {
  await page.goto('/search/?q=%E7%81%AB%E7%81%BE&type=toString&topic=constructor');
  await expect(page.locator('.app-search__results li').first()).toBeVisible();
  await expect(page.getByRole('radio', { name: '全部' })).toBeChecked();
  await expect(page.locator('#search-topic')).toHaveValue('');
});

test('the print buttons open the print dialog; a poster’s A3 button prints the A3 layout', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => void ((window as unknown as { prints: number }).prints += 1);
  });
  const prints = () => page.evaluate(() => (window as unknown as { prints: number }).prints);
  await page.goto('/tools/checklist/');
  await page.getByRole('button', { name: '打印自查结果' }).click();
  expect(await prints()).toBe(1);
  await page.goto('/posters/gas/');
  await page.getByRole('button', { name: '打印 A3' }).click();
  await expect(page.locator('html')).toHaveClass(/app-print-a3/);
  await page.getByRole('button', { name: '打印 A4' }).click();
  await expect(page.locator('html')).not.toHaveClass(/app-print-a3/);
  expect(await prints()).toBe(2);
});
