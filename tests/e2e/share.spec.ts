// Sharing a page in WeChat or QQ shows its title, a line and its picture; 「添加到主屏幕」 gives a proper icon
// and name. Read from the built files (every page) and checked in the browser (manifest, icons).
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readDist, sitemapPaths } from '../support/site.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Width and height of a PNG file (from its IHDR chunk). */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

test('every page has a description, og: tags and its own share picture at the stated size', () => {
  const problems: string[] = [];
  const sizes: number[] = [];
  for (const path of sitemapPaths()) {
    const html = readDist(`${path}index.html`);
    for (const key of ['description', 'og:title', 'og:description', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt']) {
      if (!meta(html, key)) problems.push(`${path}: no ${key}`);
    }
    const image = meta(html, 'og:image') ?? '';
    const file = `${DIST}${new URL(image, 'https://site.invalid').pathname.slice(1)}`;
    if (!existsSync(file)) {
      problems.push(`${path}: ${image} missing`);
      continue;
    }
    const [width, height] = pngSize(file);
    if (String(width) !== meta(html, 'og:image:width') || String(height) !== meta(html, 'og:image:height'))
      problems.push(`${path}: picture is ${width}×${height}`);
    if (width < 300 || height < 300) problems.push(`${path}: picture smaller than WeChat's 300×300`);
    sizes.push(readFileSync(file).length);
  }
  console.log(
    `${sizes.length} share pictures, ${Math.min(...sizes)}–${Math.max(...sizes)} bytes, ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)} KB on average`,
  );
  expect(problems).toEqual([]);
});

test('pages built without SITE_URL never point link previews at the placeholder address', () => {
  const html = readDist('topics/gas/index.html');
  expect(meta(html, 'og:image')).toBe('/share/topics/gas.png');
  expect(html).not.toContain('lifeline.example.cn/share');
});

test('the web app manifest names the site and has PNG icons (192, 512, maskable), with an apple-touch-icon', async ({ page, request }) => {
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data ?? '{}') as {
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.short_name).toBe('生命通道');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`)).toEqual(['192x192', '512x512', '512x512 maskable']);
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  for (const [src, size] of [...manifest.icons.map((icon) => [icon.src, Number(icon.sizes.split('x')[0])] as const), [touch ?? '', 180] as const]) {
    const response = await request.get(src);
    expect(response.headers()['content-type'], src).toContain('image/png');
    expect(pngSize(`${DIST}${src.slice(1)}`), src).toEqual([size, size]);
  }
});
