// Phones as people really hold them: a 360 px Android phone inside WeChat, with WeChat's font setting at its
// largest, or the site's own 大字模式.
//
// How WeChat's font setting is modelled: it enlarges the text, not the boxes. Android WeChat scales the page's
// font sizes the way a WebView's text zoom does (pages that want to undo it call WeixinJSBridge's
// setFontSizeCallback), and iOS WeChat sets -webkit-text-size-adjust; in both, glyphs grow and widths,
// paddings and fixed heights stay. Chromium does exactly that for `text-size-adjust: 200%` on a mobile
// viewport (computed font sizes double, rem-sized boxes do not), so that is what these tests set. A zoomed
// root font size would grow the boxes with the text and hide the overflow and clipping that WeChat shows.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Page } from '@playwright/test';
import { inGroups, sitemapPaths } from '../support/site.ts';

const NUMBERS = (load(readFileSync(new URL('../../content/phone-numbers.yaml', import.meta.url), 'utf8')) as { number: string }[]).map((entry) => entry.number);

/** WeChat's largest font setting, applied through the CSSOM so the page's CSP allows it. */
function enlargeText(percent: number) {
  const apply = () => document.documentElement.style.setProperty('-webkit-text-size-adjust', `${percent}%`, 'important');
  if (document.documentElement) apply();
  else document.addEventListener('readystatechange', apply, { once: true });
}

/**
 * What is wrong with the page as laid out: sideways scroll, an emergency number split over two lines, a word
 * of a short label (menu, button, call bar, chip, badge, situation) split over two lines (知/识).
 */
function layoutProblems(page: Page, numbers: string[]) {
  return page.evaluate((numbers) => {
    const problems: string[] = [];
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow > 0) {
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (element) => element.getBoundingClientRect().right > root.clientWidth + 1 && getComputedStyle(element).position !== 'fixed',
      );
      const outermost = wide.filter((element) => !wide.includes(element.parentElement as HTMLElement)).slice(0, 3);
      problems.push(`${overflow}px too wide (${outermost.map((element) => `${element.localName}.${element.className}`).join(', ')})`);
    }
    /** Whether a piece of text is laid out on more than one line (two of its boxes side by side vertically). */
    const split = (node: Text, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
      return rects.some((a) => rects.some((b) => b.top >= a.bottom - 1));
    };
    const visibleText = (scope: Element) => {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && parent.getClientRects().length > 0 && !parent.closest('.app-visually-hidden, [aria-hidden="true"], template, script, style'))
          nodes.push(node as Text);
      }
      return nodes;
    };
    const pattern = new RegExp(`(?<!\\d)(${numbers.join('|')})(?!\\d)`, 'g');
    for (const node of visibleText(document.body)) {
      for (const match of node.data.matchAll(pattern)) {
        if (split(node, match.index, match.index + match[0].length)) problems.push(`number ${match[0]} wrapped in “${node.data.trim().slice(0, 30)}”`);
      }
    }
    // Short labels only (up to 8 characters, like 知识 or 闻到燃气味): a longer one is wider than some phones'
    // line and wraps like running text.
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const labels = [...document.querySelectorAll('nav a, button, .app-button, .app-callbar a, .app-badge, .app-chips span, .app-situations__list a')].filter(
      (label) => (label.textContent ?? '').trim().length <= 8,
    );
    for (const label of labels) {
      for (const node of visibleText(label)) {
        for (const word of segmenter.segment(node.data)) {
          if (!word.isWordLike || !/^\p{Script=Han}{2,}$/u.test(word.segment)) continue;
          if (split(node, word.index, word.index + word.segment.length))
            problems.push(`“${word.segment}” broken in ${label.localName} “${label.textContent?.trim().slice(0, 20)}”`);
        }
      }
    }
    return problems;
  }, numbers);
}

test.describe('on a 360 px phone', () => {
  // The offline copy is tested in offline.spec.ts; here it would only save files in the background while the
  // pages are measured.
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, serviceWorkers: 'block' });

  for (const mode of [
    { name: 'with WeChat text at 200 %', text: 200, large: false },
    { name: 'in 大字模式', text: 100, large: true },
  ])
    for (const paths of inGroups(sitemapPaths(), 24))
      test(`${mode.name}, no page scrolls sideways, wraps an emergency number or breaks a word of a label: ${paths[0]} … ${paths.at(-1)}`, async ({ page }) => {
        test.setTimeout(120_000);
        if (mode.text !== 100) await page.addInitScript(enlargeText, mode.text);
        await page.addInitScript((on) => localStorage.setItem('lifeline:v1:large-text', on ? '1' : '0'), mode.large);
        const found: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          for (const problem of await layoutProblems(page, NUMBERS)) found.push(`${path}: ${problem}`);
        }
        expect(found).toEqual([]);
      });
});

test.describe('the home page on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  const SITUATIONS = ['着火', '闻到燃气味', '电动车起火', '有人落水', '被困电梯', '触电'];

  for (const mode of [
    { name: 'normal text', text: 100, large: false, all: true },
    { name: '大字模式', text: 100, large: true, all: true },
    { name: 'WeChat text at 200 %', text: 200, large: false, all: false },
  ]) {
    test(`first screen (${mode.name}): the situations, each one tap from its key actions, and 119`, async ({ page }) => {
      if (mode.text !== 100) await page.addInitScript(enlargeText, mode.text);
      if (mode.large) await page.addInitScript(() => localStorage.setItem('lifeline:v1:large-text', '1'));
      await page.goto('/');
      const list = page.getByRole('region', { name: '遇到险情，先看这里' });
      const call = page.getByRole('navigation', { name: '紧急电话' }).locator('a[href="tel:119"]');
      await expect(call).toBeInViewport({ ratio: 1 });
      // Above the call bar, which stays at the bottom of the screen. With text at 200 % the first screen holds
      // the heading and the first situation; the rest are one swipe away.
      const barTop = (await call.boundingBox())?.y ?? 0;
      for (const label of mode.all ? SITUATIONS : SITUATIONS.slice(0, 1)) {
        const box = await list.getByRole('link', { name: label, exact: true }).boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= barTop, `${label} is on the first screen, above the call bar`).toBe(true);
      }
      await list.getByRole('link', { name: '闻到燃气味', exact: true }).click();
      await expect(page).toHaveURL(/\/topics\/gas\/#key-actions$/);
      await expect(page.locator('#key-actions li').first()).toBeInViewport();
    });
  }

  test('我要举报 and the consultation desk are on the home page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /我要举报/ })).toHaveAttribute('href', /\/tools\/report\/$/);
    await expect(page.getByRole('link', { name: /咨询台/ }).first()).toHaveAttribute('href', /\/ask\/$/);
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the emergency numbers are always one tap away', async ({ page }) => {
    await page.goto('/topics/life-passage/');
    const bar = page.getByRole('navigation', { name: '紧急电话' });
    for (const number of ['119', '120', '110']) {
      const link = bar.getByRole('link', { name: new RegExp(number) });
      await expect(link).toBeInViewport();
      await expect(link).toHaveAttribute('href', `tel:${number}`);
    }
    await page.mouse.wheel(0, 3000);
    await expect(bar.getByRole('link', { name: /119/ })).toBeInViewport();
  });
});
