// QR codes on posters, handouts and the kiosk (src/lib/qr.ts): the matrix the qrcode package makes, and the
// one SVG path that draws it inside the quiet zone a phone camera needs to find the code.
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from '../../src/lib/qr.ts';

/**
 * The modules a path paints, as rows of 0/1 over the whole square: each rightward horizontal segment
 * (`h` with a positive length) paints the modules it passes in its row. Reads both ways of drawing a code:
 * a filled square per module (`M4 4h1v1h-1z`) and a stroked line per run (`M4 4.5h7m2 0h1`).
 */
function paint(path: string, size: number): string[] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => '0'));
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, a = '0', b = '0'] of path.matchAll(/([MmhvzZ])\s*(-?[\d.]+)?(?:[\s,]+(-?[\d.]+))?/g)) {
    const [dx, dy] = [Number(a), Number(b)];
    if (command === 'M') [x, y, startX, startY] = [dx, dy, dx, dy];
    else if (command === 'm') [x, y, startX, startY] = [x + dx, y + dy, x + dx, y + dy];
    else if (command === 'v') y += dx;
    else if (command === 'z' || command === 'Z') [x, y] = [startX, startY];
    else {
      for (let step = 0; step < dx; step += 1) {
        const row = grid[Math.floor(y)];
        if (!row || Math.floor(x) + step >= size) throw new Error(`paints outside the picture at ${x + step}, ${y}`);
        row[Math.floor(x) + step] = '1';
      }
      x += dx;
    }
  }
  return grid.map((row) => row.join(''));
}

describe('a QR code', () => {
  const address = 'https://anquan.example.cn/topics/gas/';

  it('is a square of dark and light modules, the same for the same address', () => {
    const rows = qrMatrix(address);
    expect(rows.length).toBeGreaterThanOrEqual(21);
    expect((rows.length - 21) % 4).toBe(0);
    for (const row of rows) expect(row).toMatch(new RegExp(`^[01]{${rows.length}}$`));
    expect(qrMatrix(address)).toEqual(rows);
    expect(qrMatrix(`${address}#leak`)).not.toEqual(rows);
  });

  it('has the three finder squares in its corners', () => {
    const rows = qrMatrix(address);
    const last = rows.length - 1;
    for (const row of [rows[0]!, rows[6]!]) {
      expect(row.slice(0, 7)).toBe('1111111');
      expect(row.slice(-7)).toBe('1111111');
    }
    expect(rows[last]!.slice(0, 7)).toBe('1111111');
    expect(rows[2]!.slice(0, 7)).toBe('1011101');
  });

  it('is drawn as one path that paints exactly its dark modules, inside a 4-module quiet zone', () => {
    const rows = qrMatrix(address);
    const { path, size } = qrPath(rows);
    expect(size).toBe(rows.length + 8);
    const light = '0'.repeat(size);
    const quiet = '0000';
    expect(paint(path, size)).toEqual([light, light, light, light, ...rows.map((row) => quiet + row + quiet), light, light, light, light]);
  });

  it('a small hand-made pattern is drawn module by module, 4 modules in from the edge', () => {
    const { path, size } = qrPath(['101', '010', '111']);
    expect(size).toBe(11);
    expect(paint(path, size).slice(4, 7)).toEqual(['00001010000', '00000100000', '00001110000']);
    expect(path).toMatch(/^M4 4(\.5)?\D/);
  });

  it('an empty code draws nothing but keeps its quiet zone', () => {
    expect(qrPath([])).toEqual({ path: '', size: 8 });
    expect(qrPath(['000', '000', '000'])).toEqual({ path: '', size: 11 });
  });
});
