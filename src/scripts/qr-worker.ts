// Encodes QR codes off the page's thread for src/scripts/site-address.ts: a separate bundle (Vite's
// ?worker&url), so the encoder is fetched only when a code has to be drawn in the browser.
import { qrMatrix } from '../lib/qr.ts';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  self.postMessage({ id: event.data.id, rows: qrMatrix(event.data.text) });
};
