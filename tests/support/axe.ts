import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The WCAG 2.2 AA rule set every page must pass, plus axe's own AAA contrast rule (7:1 for body text, 4.5:1 for
 * large text): the site is read outdoors, on old phones and on screens in daylight.
 *
 * Two settings make a run about twice as fast, and every page is checked (277 of them), so they matter:
 * - Legacy mode runs axe once, inside the page. The default mode runs it frame by frame and then opens a second
 *   page to merge the results, which only helps pages with frames; this site has none (checked below, so one cannot
 *   slip in unchecked).
 * - `resultTypes: ['violations']`: axe still runs every rule but lists one element, not all of them, for the
 *   rules that pass, so less is collected and sent back.
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    // options() replaces every option set before it, so it comes first; a rule enabled by name runs
    // alongside the tags.
    .options({ resultTypes: ['violations'], rules: { 'color-contrast-enhanced': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  // Guard against a configuration in which axe silently skips the rule (it would then pass every page).
  const ran = [results.passes, results.violations, results.incomplete, results.inapplicable].some((list) =>
    list.some((rule) => rule.id === 'color-contrast-enhanced'),
  );
  if (!ran) throw new Error('axe did not run color-contrast-enhanced');
  if ((await page.locator('iframe, frame').count()) > 0) throw new Error(`${page.url()} has a frame: check it with axe's default mode`);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}
