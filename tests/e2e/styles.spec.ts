import { expect, test, type Page } from '@playwright/test';

// The style sheets' own rules, read from the page the way the browser applies them: global.css declares
// the layer order, every component wraps its styles in one of those layers, and components name colours by
// role (--app-color-*), never by palette entry or literal value.
const LAYERS = ['reset', 'tokens', 'base', 'layout', 'components', 'utilities'];
// One page of every layout the site has, including the generated filter sheet and the full-screen decks.
const PAGES = [
  '/',
  '/topics/gas/',
  '/signs/',
  '/cases/',
  '/quiz/',
  '/search/?q=燃气',
  '/tools/checklist/',
  '/tools/escape-plan/',
  '/class/gas/',
  '/kiosk/',
  '/kiosk/setup/',
  '/posters/gas/',
  '/ask/',
  '/tools/letter/',
  '/tools/report/',
  '/class/gas/adult/plan/',
  '/class/gas/handout/',
];

interface SheetReport {
  layerOrder: string[];
  unlayered: string[];
  undefinedTokens: string[];
  literalColours: string[];
  paletteUses: string[];
}

const readSheets = (page: Page) =>
  page.evaluate((): SheetReport => {
    const layerOrder: string[] = [];
    const unlayered: string[] = [];
    const outside: string[] = [];
    const note = (name: string) => {
      if (!layerOrder.includes(name)) layerOrder.push(name);
    };
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSLayerStatementRule) rule.nameList.forEach(note);
        else if (rule instanceof CSSLayerBlockRule) {
          note(rule.name);
          if (rule.name !== 'tokens') outside.push(rule.cssText);
        } else unlayered.push(rule.cssText.slice(0, 80));
      }
    }
    const all = Array.from(document.styleSheets, (sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n')).join('\n');
    const root = getComputedStyle(document.documentElement);
    const used = new Set(Array.from(all.matchAll(/var\((--app-[\w-]+)/g), (match) => match[1] ?? ''));
    const rest = outside.join('\n');
    return {
      layerOrder,
      unlayered,
      undefinedTokens: [...used].filter((name) => root.getPropertyValue(name).trim() === ''),
      literalColours: Array.from(rest.matchAll(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|(?<![\w-])(?:white|black)(?![\w-])/gi), (match) => match[0]),
      paletteUses: Array.from(rest.matchAll(/--app-palette-[\w-]+/g), (match) => match[0]),
    };
  });

for (const path of PAGES) {
  test(`${path}: every style sits in the declared layers, in their declared order, with role colours only`, async ({ page }) => {
    await page.goto(path);
    const report = await readSheets(page);
    expect(report.unlayered, 'rules outside any layer beat every layer and undo the declared order').toEqual([]);
    expect(report.layerOrder).toEqual(LAYERS.filter((name) => report.layerOrder.includes(name)));
    expect(report.layerOrder.slice(0, 2)).toEqual(['reset', 'tokens']);
    expect(report.undefinedTokens, 'var(--app-…) names that no token defines').toEqual([]);
    expect(report.literalColours, 'colours outside the tokens layer: use an --app-color-* role').toEqual([]);
    expect(report.paletteUses, 'palette entries outside the tokens layer: use an --app-color-* role').toEqual([]);
  });
}
