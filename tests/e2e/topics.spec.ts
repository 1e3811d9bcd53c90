import { expect, test } from '@playwright/test';
import { pathsUnder } from '../support/site.ts';

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const path of pathsUnder('/topics/')) {
    test(`${path} shows its key actions above the fold`, async ({ page }) => {
      await page.goto(path);
      // The actions themselves (their one-line reasons may run on below).
      const actions = page.locator('#key-actions .app-key-actions__text');
      await expect(actions.first()).toBeVisible();
      // The fixed emergency bar covers the bottom of the screen: the actions must sit above it.
      const barTop = await page.getByRole('navigation', { name: '紧急电话' }).evaluate((bar) => bar.getBoundingClientRect().top);
      const firstActionBottom = await actions.first().evaluate((item) => item.getBoundingClientRect().bottom);
      expect(firstActionBottom).toBeLessThanOrEqual(barTop);
      const count = await actions.count();
      const lastBottom = await actions.nth(count - 1).evaluate((item) => item.getBoundingClientRect().bottom);
      expect(lastBottom, 'every key action is above the fold').toBeLessThanOrEqual(barTop);
    });
  }
});

test('every topic illustration has a text alternative', async ({ page }) => {
  for (const path of pathsUnder('/topics/')) {
    await page.goto(path);
    const pictures = page.locator('.app-topic__figure [role="img"]');
    for (const picture of await pictures.all()) {
      expect((await picture.getAttribute('aria-label'))?.length ?? 0, path).toBeGreaterThan(10);
      await expect(picture.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  }
});
