// Every key action has a picture of exactly that action, drawn in this project for kiosk and class slides:
// square, flat and bold, in the site's palette, no words (digits of an emergency number at most), and a
// text alternative that says what it shows and means.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from './helpers.ts';

/**
 * The safety colours of the signs (GB 2893 red, yellow, blue, green), black and white, and three of the
 * site's own tokens (src/styles/global.css): --app-ink for figures, --app-line grey for smoke and
 * concrete, --app-tint for doors and walls.
 */
const PALETTE = new Set(['#d7000f', '#ffd100', '#0055a5', '#00853f', '#000000', '#ffffff', '#1a1a1a', '#6b6b6b', '#f3f6f4', 'none']);
/** Thinnest line allowed: 4 units of a 240 viewBox is still 1.3 px when the picture is shown 80 px wide. */
const MIN_STROKE = 4;
/** "Few elements": a picture a passer-by takes in at a glance. */
const MAX_SHAPES = 40;

const DIR = join(PROJECT_ROOT, 'src/assets/pictures');
const { content, pictureSvgs } = readContent(PROJECT_ROOT);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.svg'))
  .map((name) => name.replace(/\.svg$/, ''));
const actions = content.topics.flatMap((topic) => topic.data.keyActions.map((action, index) => ({ topic: topic.id, index, action })));

describe('key-action pictures', () => {
  it('every key action of every topic has a picture named after its topic', () => {
    expect(actions.length).toBeGreaterThanOrEqual(33);
    for (const { topic, index, action } of actions) {
      expect(action.picture, `${topic} keyActions[${index}] ${action.text}`).toBeDefined();
      expect(action.picture!.file.startsWith(`${topic}-`), action.picture!.file).toBe(true);
      expect(files, action.picture!.file).toContain(action.picture!.file);
      expect([...action.picture!.alt].length, `${action.picture!.file} alt`).toBeGreaterThanOrEqual(20);
    }
  });

  it('every picture file belongs to exactly one key action', () => {
    const used = actions.map(({ action }) => action.picture?.file);
    for (const file of files) expect(used.filter((name) => name === file).length, file).toBe(1);
  });

  for (const file of files) {
    it(`${file}: square, titled with its action, site colours only, bold lines, few shapes, no words`, () => {
      const source = readFileSync(join(DIR, `${file}.svg`), 'utf8');
      const served = pictureSvgs.get(file) ?? '';
      expect(served, 'passes the SVG allowlist').not.toBe('');

      const viewBox = /<svg[^>]*\sviewBox="([\d.\s-]+)"/.exec(source)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
      expect(viewBox.length).toBe(4);
      expect(viewBox[2], 'square').toBe(viewBox[3]);
      expect(source).toMatch(/<svg[^>]*\srole="img"/);

      const title = /<title[^>]*>([^<]+)<\/title>/.exec(source)?.[1];
      const owner = actions.find(({ action }) => action.picture?.file === file);
      expect(title, 'the title is the key action').toBe(owner?.action.text);
      expect([...(/<desc[^>]*>([^<]+)<\/desc>/.exec(source)?.[1] ?? '')].length, 'desc').toBeGreaterThanOrEqual(20);

      const colours = [...source.matchAll(/\s(?:fill|stroke|stop-color|color)="([^"]+)"/g)].map((match) => (match[1] as string).toLowerCase());
      expect(colours.filter((colour) => !PALETTE.has(colour))).toEqual([]);
      const widths = [...source.matchAll(/\sstroke-width="([\d.]+)"/g)].map((match) => Number(match[1]));
      expect(
        widths.filter((width) => width < MIN_STROKE),
        'stroke widths',
      ).toEqual([]);
      expect([...source.matchAll(/<(?:path|rect|circle|ellipse|line|polyline|polygon|text)\b/g)].length).toBeLessThanOrEqual(MAX_SHAPES);

      // The slide carries the words; a picture holds at most the digits of a number to call.
      for (const match of source.matchAll(/<text[^>]*>([^<]*)<\/text>/g)) expect(match[1], 'text in the picture').toMatch(/^\d{3,5}$/);
      expect(source).not.toMatch(/<(?:style|script|image|foreignObject)\b|\sstyle=|href="(?!#)/);
    });
  }
});
