/**
 * One SVG path for all dark modules of a QR code (rows of 0/1, from qrMatrix), with a 4-module quiet zone.
 * Each run of dark modules in a row is one horizontal line, to be drawn with a stroke one module wide
 * (`stroke-width="1"`, no fill): `M4 4.5h7m2 0h1…`. That is about a quarter of the bytes of a square per
 * module, which matters on pages that carry a dozen codes (the kiosk).
 */
export function qrPath(rows: string[]): { path: string; size: number } {
  const quiet = 4;
  let path = '';
  rows.forEach((row, y) => {
    let cursor = -1;
    for (const run of row.matchAll(/1+/g)) {
      const start = run.index + quiet;
      path += cursor < 0 ? `M${start} ${y + quiet + 0.5}h${run[0].length}` : `m${start - cursor} 0h${run[0].length}`;
      cursor = start + run[0].length;
    }
  });
  return { path, size: rows.length + quiet * 2 };
}
