// Search as phones use it (issue 13): answers before the index has loaded, whole situation words, long
// queries cut, excerpts from the page's own text, results drawn a few at a time.
import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('.app-search__results li');

test('a stove that will not light (煤气灶打不着火) gets the gas page, not the fire-escape card', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('煤气灶打不着火')}`);
  await expect(results(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.app-instant')).toHaveCount(0);
  const top = await results(page)
    .getByRole('link')
    .evaluateAll((links) => links.slice(0, 3).map((link) => (link as HTMLAnchorElement).pathname));
  expect(top).toContain('/topics/gas/');
});

test('a consultation-desk question (楼道里放鞋柜算不算堵塞) is answered at once, above the results', async ({ page }) => {
  // The search index is held back: the answer must not wait for it.
  await page.route('**/pagefind/**', () => new Promise(() => undefined));
  await page.goto(`/search/?q=${encodeURIComponent('楼道里放鞋柜算不算堵塞')}`);
  const answer = page.locator('.app-instant--ask');
  await expect(answer).toBeVisible();
  await expect(answer.getByRole('link', { name: '楼道里放鞋柜算不算堵塞？' })).toHaveAttribute('href', '/ask/shoe-cabinet-in-corridor/');
  await expect(answer).toContainText('别放，把鞋柜搬回家里。');
  await expect(page.getByRole('status')).toHaveText('正在搜索…');
});

test('an urgent search still shows its key actions before the index loads', async ({ page }) => {
  await page.route('**/pagefind/**', () => new Promise(() => undefined));
  await page.goto(`/search/?q=${encodeURIComponent('闻到煤气味')}`);
  await expect(page.locator('.app-instant h2')).toContainText('燃气安全');
});

test('a pasted page of text is cut to 100 characters, in the box and in the address', async ({ page }) => {
  await page.goto('/');
  // The search box takes at most 100 characters, so a pasted page never makes an address servers refuse (414).
  const box = page.getByRole('searchbox', { name: '搜索本站' }).first();
  await expect(box).toHaveAttribute('maxlength', '100');
  // A long address that did get through (a link, a bookmark) is cut too.
  await page.goto(`/search/?q=${encodeURIComponent('电动车'.repeat(100))}`);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(100);
  await expect(page.locator('#page-search-q')).toHaveValue('电动车'.repeat(34).slice(0, 100));
  await expect(results(page).first()).toBeVisible({ timeout: 20_000 });
});

test('excerpts come from the page text, never from the hidden everyday words or the source list', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('电瓶车')}`);
  await expect(results(page).first()).toBeVisible({ timeout: 20_000 });
  const excerpts = await results(page).locator('p').allTextContents();
  for (const excerpt of excerpts) {
    expect(excerpt).not.toContain('⁂');
    expect(excerpt).not.toContain('小电驴');
    expect(excerpt).not.toMatch(/ — .{2,20}，20\d\d/);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the first results come first, the rest as the reader scrolls', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('火灾')}`);
    await expect(results(page).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status')).toContainText('找到');
    const shown = await results(page).count();
    expect(shown).toBeLessThanOrEqual(3);
    await results(page).last().scrollIntoViewIfNeeded();
    await expect.poll(() => results(page).count()).toBeGreaterThan(shown);
  });
});
