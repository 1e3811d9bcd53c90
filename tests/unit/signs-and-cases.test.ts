// Signs are original SVGs in the national safety colours; every sign and case carries its sources.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from './helpers.ts';

/** The safety colours (GB 2893 red, yellow, blue, green) plus black and white: nothing else in a sign. */
const PALETTE = new Set(['#d7000f', '#ffd100', '#0055a5', '#00853f', '#000000', '#ffffff', 'none']);
const { content, signSvgs } = readContent(PROJECT_ROOT);

describe('the sign gallery', () => {
  it('has at least 30 signs across the categories', () => {
    expect(content.signs.length).toBeGreaterThanOrEqual(30);
    for (const category of ['prohibition', 'warning', 'mandatory', 'escape', 'fire-equipment', 'marking']) {
      expect(
        content.signs.some((sign) => sign.data.category === category),
        category,
      ).toBe(true);
    }
  });

  for (const sign of content.signs) {
    it(`${sign.id}: an SVG with a viewBox, title and description, only safety colours, and no styles or scripts`, () => {
      const svg = signSvgs.get(sign.id) ?? '';
      expect(svg).toMatch(/<svg[^>]*\sviewBox="[\d.\s-]+"/);
      expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
      expect(svg).toMatch(/<desc[^>]*>[^<]{6,}<\/desc>/);
      const colours = [...svg.matchAll(/\s(?:fill|stroke|stop-color|color)="([^"]+)"/g)].map((match) => (match[1] as string).toLowerCase());
      const expanded = colours.map((colour) => (/^#[0-9a-f]{3}$/.test(colour) ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour));
      expect(expanded.filter((colour) => !PALETTE.has(colour))).toEqual([]);
      expect(svg).not.toMatch(/\sstyle=|<style|<script|<image|href="http|url\(/);
      expect(sign.data.sources.length).toBeGreaterThan(0);
    });
  }
});

describe('the case library', () => {
  it('has at least 10 cases from official sources, of the kinds the issue asks for', () => {
    expect(content.cases.length).toBeGreaterThanOrEqual(10);
    const on = (topic: string) => content.cases.filter((entry) => entry.data.topics.includes(topic)).length;
    expect(on('gas')).toBeGreaterThanOrEqual(2);
    expect(on('ebike')).toBeGreaterThanOrEqual(2);
    expect(on('drowning')).toBeGreaterThanOrEqual(1);
    expect(content.cases.filter((entry) => entry.data.kind === 'positive').length).toBeGreaterThanOrEqual(1);
  });

  for (const entry of content.cases) {
    it(`${entry.id}: its first source is an official report or release`, () => {
      const first = entry.data.sources[0];
      expect(first && ['report', 'official', 'regulation'].includes(first.kind)).toBe(true);
      expect(entry.data.lessons.length).toBeGreaterThan(0);
    });
  }
});
