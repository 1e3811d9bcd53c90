import { expect, test, type Page } from '@playwright/test';
import { QUERIES } from './search-queries.ts';

async function topResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status').filter({ hasText: /找到|没有找到/ });
  // Pagefind loads its WebAssembly and index fragments first: generous on a busy 2-core machine.
  await expect(status).toBeVisible({ timeout: 20_000 });
  return page.locator('.app-search__results li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe('the query table: what people type finds the right page in the top 3', () => {
  for (const { query, top3 } of QUERIES) {
    test(`“${query}” → ${top3.join(', ')}`, async ({ page }) => {
      const results = await topResults(page, query);
      for (const path of top3) expect(results.slice(0, 3), `top 3 for “${query}”: ${results.slice(0, 5).join(' ')}`).toContain(path);
    });
  }
});
