// A QR code's path draws exactly its dark modules, inside a 4-module quiet zone, in few bytes.
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from '../../src/lib/qr.ts';

/** The modules a stroked path (M x y+0.5 h n, m dx 0 h n) paints, as rows of 0/1 over the whole square. */
function paint(path: string, size: number): string[] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => '0'));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') x += Number(a);
    else {
      for (let step = 0; step < Number(a); step += 1) grid[y]![x + step] = '1';
      x += Number(a);
    }
  }
  return grid.map((row) => row.join(''));
}

describe('QR code paths', () => {
  it('paint every dark module and nothing else, with a 4-module quiet zone', () => {
    const rows = qrMatrix('https://anquan.example.cn/topics/crowded-places/');
    const { path, size } = qrPath(rows);
    expect(size).toBe(rows.length + 8);
    const quiet = '0'.repeat(4);
    expect(paint(path, size)).toEqual([...Array(4).fill('0'.repeat(size)), ...rows.map((row) => quiet + row + quiet), ...Array(4).fill('0'.repeat(size))]);
  });

  it('take about two bytes a dark run: under 2.5 KB for a topic address', () => {
    const { path } = qrPath(qrMatrix('https://anquan.example.cn/topics/crowded-places/'));
    expect(path.length).toBeLessThan(2500);
  });
});
