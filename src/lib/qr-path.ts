/** One SVG path for all dark modules of a QR code (rows of 0/1, from qrMatrix), with a 4-module quiet zone. */
export function qrPath(rows: string[]): { path: string; size: number } {
  const quiet = 4;
  let path = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) if (row[x] === '1') path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  });
  return { path, size: rows.length + quiet * 2 };
}
