import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

const results = (page: import('@playwright/test').Page) => page.locator('.app-search__results li');

test('the header search works from any page and lands on the results with the words filled in', async ({ page }) => {
  await page.goto('/signs/');
  await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('电瓶车');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('#page-search-q')).toHaveValue('电瓶车');
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', /\/topics\/ebike\/$/);
  await expect(results(page).first().locator('.app-badge')).toHaveText('知识');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an urgent search shows the key actions and the number to call above the results', async ({ page }) => {
  await page.goto('/search/?q=%E7%87%83%E6%B0%94%E6%B3%84%E6%BC%8F');
  const answer = page.locator('.app-instant');
  await expect(answer).toBeVisible();
  await expect(answer.getByRole('heading')).toContainText('燃气安全');
  await expect(answer.locator('li').first()).toHaveText('不碰电器和明火');
  await expect(answer.getByRole('link', { name: /119/ })).toHaveAttribute('href', 'tel:119');
  for (const [query, topic] of [
    ['着火了', '疏散逃生'],
    ['有人落水', '防溺水'],
    ['触电', '用电'],
    ['电梯困人', '电梯困人'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.app-instant h2'), query).toContainText(topic);
  }
});

test('a calm search shows no instant answer', async ({ page }) => {
  await page.goto('/search/?q=%E4%B9%9D%E5%B0%8F%E5%9C%BA%E6%89%80');
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.app-instant')).toHaveCount(0);
});

test('filters narrow the results by type and by topic, and stay in the address', async ({ page }) => {
  await page.goto('/search/?q=%E7%81%AB%E7%81%BE');
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('radio', { name: '案例' }).check();
  await expect(page).toHaveURL(/type=case/);
  // The list is redrawn when the new search returns: wait until every result is a case.
  const badges = () => results(page).locator('.app-badge').allTextContents();
  await expect.poll(async () => (await badges()).length > 0 && (await badges()).every((badge) => badge === '案例')).toBe(true);
  await page.locator('#search-topic').selectOption('gas');
  await expect(page).toHaveURL(/topic=gas/);
  const hrefs = () =>
    results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  await expect.poll(async () => (await hrefs()).length > 0 && (await hrefs()).every((path) => /\/cases\/(shiyan|yinchuan)/.test(path))).toBe(true);
  // The deep link restores the filters.
  await page.reload();
  await expect(page.getByRole('radio', { name: '案例' })).toBeChecked();
  await expect(page.locator('#search-topic')).toHaveValue('gas');
});

test('the results can be walked with the arrow keys, and Escape returns to the search box', async ({ page }) => {
  await page.goto('/search/?q=%E7%94%B5%E6%A2%AF');
  await expect(results(page).nth(2)).toBeVisible();
  await page.locator('#page-search-q').focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(0).getByRole('link')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#page-search-q')).toBeFocused();
});

test('a search that finds nothing says so and suggests the core topics', async ({ page }) => {
  await page.goto('/search/?q=qwertyzzz');
  await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '从这些主题找起' })).toBeVisible();
  await expect(page.locator('.app-search-fallback').getByRole('link', { name: /燃气安全/ })).toBeVisible();
});

test('signs and quiz questions are findable: 安全出口 shows the sign first', async ({ page }) => {
  await page.goto('/search/?q=%E5%AE%89%E5%85%A8%E5%87%BA%E5%8F%A3');
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', /\/signs\/safety-exit\/$/);
  await page.goto('/search/?q=%E7%87%83%E6%B0%94&type=quiz');
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', /\/quiz\/gas\/$/);
});
