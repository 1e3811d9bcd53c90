import QRCode from 'qrcode';

/**
 * A QR code as rows of 0/1, made at build time so no QR library ever reaches a visitor's phone.
 * Error correction M survives a little dirt on a printed poster or glare on a screen.
 */
export function qrMatrix(text: string): string[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let y = 0; y < modules.size; y += 1) {
    let row = '';
    for (let x = 0; x < modules.size; x += 1) row += modules.get(x, y) ? '1' : '0';
    rows.push(row);
  }
  return rows;
}

/** One SVG path for all dark modules, with a 4-module quiet zone. */
export function qrPath(rows: string[]): { path: string; size: number } {
  const quiet = 4;
  let path = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) if (row[x] === '1') path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  });
  return { path, size: rows.length + quiet * 2 };
}
