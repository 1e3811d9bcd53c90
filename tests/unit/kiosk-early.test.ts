// kiosk-early.js sets the kiosk's layout before the first paint; the island then reads the whole address
// with src/lib/kiosk.ts. Both must agree, or the screen would jump when the island starts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKioskParams, resolveLayout } from '../../src/lib/kiosk.ts';

const source = readFileSync(new URL('../../src/components/kiosk/kiosk-early.js', import.meta.url), 'utf8');

/** The attributes kiosk-early.js gives the kiosk for an address on a screen of this size. */
function early(search: string, width: number, height: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  const kiosk = { hasAttribute: () => false, setAttribute: (name: string, value: string) => (attributes[name] = value) };
  new Function('document', 'location', 'window', source)({ currentScript: { parentElement: kiosk } }, { search }, { innerWidth: width, innerHeight: height });
  return attributes;
}

/** What the island sets for the same address and screen. */
function island(search: string, width: number, height: number): Record<string, string> {
  const options = parseKioskParams(search, [], new Set());
  const { layout, shape } = resolveLayout(options, width, height);
  return { 'data-layout': layout, 'data-shape': shape, ...(options.touch ? { 'data-touch': '' } : {}) };
}

const ADDRESSES = [
  '',
  '?layout=ticker',
  '?layout=TICKER',
  `?layout=${encodeURIComponent('条屏')}`,
  '?layout=slides',
  '?layout=portrait',
  '?layout=landscape&orientation=portrait',
  `?orientation=${encodeURIComponent('竖屏')}`,
  '?orientation=landscape',
  '?layout=toString&orientation=__proto__',
  '?touch=1',
  '?touch=yes',
  '?touch=0',
  '?touch=constructor',
  `?touch=${encodeURIComponent('１')}`,
];
const SCREENS: [number, number][] = [
  [1920, 1080],
  [1080, 1920],
  [960, 160],
  [1280, 128],
  [1280, 720],
];

describe('the kiosk before its first paint', () => {
  it('chooses the same layout, shape and touch mode as the island, for every address and screen', () => {
    for (const search of ADDRESSES)
      for (const [width, height] of SCREENS) expect(early(search, width, height), `${search} ${width}×${height}`).toEqual(island(search, width, height));
  });

  it('gives an LED strip the ticker unless slides are asked for', () => {
    expect(early('', 960, 160)['data-layout']).toBe('ticker');
    expect(early('?layout=slides', 960, 160)['data-layout']).toBe('slides');
  });
});
