// Readable outdoors: body text keeps a contrast of at least 7:1 (WCAG AAA), beyond axe's 4.5:1.
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/topics/gas/',
  '/topics/life-passage/',
  '/signs/',
  '/signs/no-blocking/',
  '/cases/',
  '/quiz/gas/',
  '/search/?q=%E7%87%83%E6%B0%94',
  '/about/',
  '/class/',
  '/tools/checklist/',
  '/tools/escape-plan/',
  '/tools/letter/',
  '/tools/report/',
];

for (const path of pages) {
  test(`${path}: body text has a contrast of at least 7:1`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const low = await page.evaluate(() => {
      const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const channel = (value: number) => {
          const v = value / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      };
      const background = (element: Element | null): number[] => {
        for (let node = element; node; node = node.parentElement) {
          const rgba = parse(getComputedStyle(node).backgroundColor);
          if (rgba.length === 3 || (rgba[3] ?? 0) > 0.5) return rgba.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const problems: string[] = [];
      for (const element of document.querySelectorAll('main *')) {
        const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
        const style = getComputedStyle(element);
        if (!own || style.visibility === 'hidden' || (element as HTMLElement).offsetParent === null) continue;
        if (element.closest('svg, .app-visually-hidden, [aria-hidden="true"]')) continue;
        if (parseFloat(style.fontSize) >= 24) continue; // large headings: 4.5:1 is the AAA bar there
        const [fg, bg] = [luminance(parse(style.color)), luminance(background(element))];
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (ratio < 7) problems.push(`${element.tagName.toLowerCase()}.${element.className} “${element.textContent?.trim().slice(0, 12)}” ${ratio.toFixed(2)}`);
      }
      return [...new Set(problems)];
    });
    expect(low).toEqual([]);
  });
}
