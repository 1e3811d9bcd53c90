import QRCode from 'qrcode';

export { qrPath } from './qr-path.ts';

/**
 * A QR code as rows of 0/1, made at build time (and in the browser only for a build without SITE_URL:
 * src/scripts/qr-worker.ts).
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
