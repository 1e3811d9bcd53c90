// For a build without SITE_URL (src/lib/site-url.ts): fills in the site's address where a page shows it
// ([data-site-url-path]) and draws QR codes (svg[data-qr-path]) for the address the page was actually
// served from. The QR encoder (a worker) is loaded only when a code has to be drawn; a code kept out of
// view (the quiz's certificate) waits for the reader's first touch or key, or for printing.
import encoderUrl from './qr-worker.ts?worker&url';
import { qrPath } from '../lib/qr-path.ts';

const here = location.href;
for (const element of document.querySelectorAll<HTMLElement>('[data-site-url-path]')) element.textContent = new URL(element.dataset.siteUrlPath!, here).href;

const codes = [...document.querySelectorAll<SVGSVGElement>('svg[data-qr-path]')];
// Codes in a part kept out of view (aria-hidden: the quiz's certificate, drawn when printed or saved).
const later = codes.filter((svg) => svg.closest('[aria-hidden="true"]'));
const now = codes.filter((svg) => !later.includes(svg));
if (now.length > 0) void draw(now);
if (later.length > 0) {
  const events = ['pointerdown', 'keydown', 'beforeprint'];
  const start = () => {
    for (const type of events) removeEventListener(type, start);
    void draw(later);
  };
  for (const type of events) addEventListener(type, start, { passive: true });
}

async function draw(svgs: SVGSVGElement[]) {
  const encoder = new Worker(encoderUrl, { type: 'module' });
  const encode = (id: number, text: string) =>
    new Promise<string[]>((resolve) => {
      const listen = (event: MessageEvent<{ id: number; rows: string[] }>) => {
        if (event.data.id !== id) return;
        encoder.removeEventListener('message', listen);
        resolve(event.data.rows);
      };
      encoder.addEventListener('message', listen);
      encoder.postMessage({ id, text });
    });
  for (const [id, svg] of svgs.entries()) {
    if (!svg.dataset.qrPath) continue;
    const url = new URL(svg.dataset.qrPath, here).href;
    const rows = await encode(id, url);
    const { path, size } = qrPath(rows);
    svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
    svg.querySelector('rect')?.setAttribute('width', String(size));
    svg.querySelector('rect')?.setAttribute('height', String(size));
    svg.querySelector('path')?.setAttribute('d', path);
    svg.querySelector('text')?.remove();
    svg.setAttribute('aria-label', `${svg.dataset.qrLabel}：${url}`);
    svg.dataset.qr = rows.join(',');
    svg.removeAttribute('data-qr-path');
  }
  encoder.terminate();
}
