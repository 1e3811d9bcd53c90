import { expect, test } from '@playwright/test';
import { inGroups, pathsUnder } from '../support/site.ts';

const contentPages = [...pathsUnder('/topics/'), ...pathsUnder('/signs/'), ...pathsUnder('/cases/'), ...pathsUnder('/quiz/')];

test.describe('when JavaScript is unavailable', () => {
  for (const paths of inGroups(contentPages, 17))
    test(`every content page shows the same full text as with JavaScript: ${paths[0]} … ${paths.at(-1)}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const withScript = await browser.newPage();
      const without = await browser.newPage({ javaScriptEnabled: false });
      for (const path of paths) {
        await withScript.goto(path);
        await without.goto(path);
        // The page's text, leaving out controls that exist only with JavaScript (the quiz's chooser…).
        const text = (page: typeof without) =>
          page.locator('[data-pagefind-body]').evaluate((body) => {
            const copy = body.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.app-js-only').forEach((part) => part.remove());
            return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
          });
        const full = await text(withScript);
        const plain = await text(without);
        expect(plain.length, path).toBeGreaterThan(50);
        expect(plain, path).toBe(full);
      }
    });

  test('the large-text switch is hidden rather than broken', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/');
    await expect(page.getByRole('button', { name: '大字模式' })).toBeHidden();
  });

  test('the header search still works as a plain form', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/topics/');
    await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('燃气');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=%E7%87%83%E6%B0%94/);
    await expect(page.getByRole('heading', { name: '从这些主题找起' })).toBeVisible();
  });
});
