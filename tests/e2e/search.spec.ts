import { expect, test, type Page } from '@playwright/test';
import { inGroups } from '../support/site.ts';
import { QUERIES } from './search-queries.ts';

async function topResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status').filter({ hasText: /找到|没有找到/ });
  // Pagefind loads its WebAssembly and index fragments first: generous on a busy 2-core machine.
  await expect(status).toBeVisible({ timeout: 20_000 });
  return page.locator('.app-search__results li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * A dozen queries a test, one after another in the same tab, as a reader searching again would: the browser keeps
 * Pagefind's files, which a fresh tab per query fetched and compiled again (three times slower). Each query is
 * checked on its own (a soft assertion), so one miss still names itself and the others still run.
 */
test.describe('the query table: what people type finds the right page in the top 3', () => {
  for (const group of inGroups(QUERIES, 12))
    test(`“${group[0]!.query}” … “${group.at(-1)!.query}”`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const { query, top3 } of group) {
        const results = await topResults(page, query);
        for (const path of top3) expect.soft(results.slice(0, 3), `top 3 for “${query}”: ${results.slice(0, 5).join(' ')}`).toContain(path);
      }
    });
});
