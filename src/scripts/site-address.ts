// For a build without SITE_URL (src/lib/site-url.ts): fills in the site's address where a page shows it
// ([data-site-url-path]) and draws QR codes (svg[data-qr-path]) for the address the page was actually
// served from. The QR encoder is loaded only when a page has a code to draw.
const base = location.href;
for (const element of document.querySelectorAll<HTMLElement>('[data-site-url-path]')) element.textContent = new URL(element.dataset.siteUrlPath!, base).href;

const codes = [...document.querySelectorAll<SVGSVGElement>('svg[data-qr-path]')];
if (codes.length > 0) void draw(codes);

async function draw(codes: SVGSVGElement[]) {
  const { qrMatrix, qrPath } = await import('../lib/qr.ts');
  for (const svg of codes) {
    const url = new URL(svg.dataset.qrPath!, base).href;
    const rows = qrMatrix(url);
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
}
