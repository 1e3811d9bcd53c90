// npm run export:screens [-- options]: the kiosk for screens that cannot open a web address, from a build
// made with SITE_URL (QR codes must point at the real site, never at the player's own address):
//  (a) exports/lifeline-kiosk.zip: the kiosk as an HTML package (index.html at its root, every file it
//      loads inside, relative addresses), for players that take a zip (Xibo's HTML package) or a folder;
//  (b) exports/png-<W>x<H>/001-….png: one image per slide (per ticker item on a strip), in play order, for
//      LED controller software and players that show image playlists.
// The images are screenshots of the package itself, served from a sub-path as a player would.
//
// Options: --dist dist  --out exports  --sizes 1920x1080,1080x1920,960x160  --query "topics=燃气,电动车&org=…"
//          --limit N (first N images of each size)  --no-png  --no-zip  --draft (allow a build without SITE_URL)
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import sirv from 'sirv';
import { dependencies } from '../integrations/offline-files.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'exports' },
    sizes: { type: 'string', default: '1920x1080,1080x1920,960x160' },
    query: { type: 'string', default: '' },
    limit: { type: 'string', default: '0' },
    'no-png': { type: 'boolean', default: false },
    'no-zip': { type: 'boolean', default: false },
    draft: { type: 'boolean', default: false },
  },
});

const dist = resolve(args.dist);
const out = resolve(args.out);
const page = join(dist, 'kiosk/index.html');
if (!existsSync(page)) fail(`${page} is missing: run npm run build first (with SITE_URL, see README).`);
const html = readFileSync(page, 'utf8');
if (html.includes('data-qr-path=') && !args.draft) {
  fail(
    'This build has no SITE_URL, so its QR codes would point at the player, not at the site. Build with the real address first:\n  SITE_URL=https://anquan.example.cn npm run build && npm run export:screens',
  );
}
const sizes = args.sizes.split(',').map((size) => {
  const match = /^(\d{2,5})x(\d{2,5})$/.exec(size.trim());
  if (!match) fail(`--sizes: "${size}" is not WIDTHxHEIGHT, e.g. 1920x1080`);
  return { width: Number(match[1]), height: Number(match[2]) };
});
const limit = Math.max(0, Number(args.limit) || 0);
const query = args.query.replace(/^\?/, '');

// The base the site was built for (BASE_PATH), from the stylesheet's address: /_astro/… or /anquan/_astro/….
const base = /href="([^"]*?)_astro\/[^"]+\.css"/.exec(html)?.[1] ?? '/';
const packageDir = join(out, 'kiosk-html');
rmSync(packageDir, { recursive: true, force: true });
mkdirSync(packageDir, { recursive: true });

const files = new Set(listFiles(dist));
const needed = dependencies(dist, 'kiosk/index.html', files, base).filter((file) => file !== 'kiosk/index.html');
for (const file of needed) {
  mkdirSync(dirname(join(packageDir, file)), { recursive: true });
  cpSync(join(dist, file), join(packageDir, file));
}
// Every address of a packaged file, relative to index.html; the page knows it is a package (no release
// checks, no service worker: the player keeps its own copy), and the sitemap and install links go.
const packaged = html
  .replace(/\s(href|src)="([^"]*)"/g, (whole, name: string, address: string) => {
    const file = address.startsWith(base) ? decodeURI(address.slice(base.length)) : '';
    return needed.includes(file) ? ` ${name}="./${file}"` : whole;
  })
  .replace(/<link rel="sitemap"[^>]*>/, '')
  // 「添加到主屏幕」 (manifest, home-screen icon) means nothing inside a player.
  .replace(/<link rel="(?:manifest|apple-touch-icon)"[^>]*>/g, '')
  .replace('<app-kiosk ', '<app-kiosk data-package ');
writeFileSync(join(packageDir, 'index.html'), packaged);
const left = [...packaged.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
if (left.length > 0) fail(`the package still points outside itself: ${left.join(', ')}`);

const report: string[] = [];
if (!args['no-zip']) {
  const entries: Record<string, Uint8Array> = {};
  for (const file of listFiles(packageDir)) entries[file] = readFileSync(join(packageDir, file));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2024-06-01T00:00:00Z') });
  writeFileSync(join(out, 'lifeline-kiosk.zip'), zip);
  report.push(`${relative(process.cwd(), join(out, 'lifeline-kiosk.zip'))}: ${Object.keys(entries).length} files, ${kb(zip.length)}`);
}

if (!args['no-png']) {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../../tests/support/chromium.ts');
  // Served from a sub-path, as players serve their packages, so a file the page asks for by an absolute
  // address would fail here too.
  const serve = sirv(packageDir, { dev: true, etag: false });
  const server = createServer((request, response) => {
    if (!request.url?.startsWith('/player/')) return void response.writeHead(404).end();
    request.url = request.url.slice('/player'.length);
    serve(request, response, () => void response.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/player/index.html`;
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const size of sizes) {
      const folder = join(out, `png-${size.width}x${size.height}`);
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
      const tab = await context.newPage();
      const failed: string[] = [];
      // The site's service worker registration (every page has it) finds no sw.js in a package: harmless.
      const counts = (url: string) => !url.endsWith('/sw.js');
      tab.on('requestfailed', (request) => counts(request.url()) && failed.push(request.url()));
      tab.on('response', (response) => response.status() >= 400 && counts(response.url()) && failed.push(`${response.status()} ${response.url()}`));
      await tab.goto(`${root}?${query ? `${query}&` : ''}still=1`);
      await tab.waitForSelector('app-kiosk[data-ready="still"]', { state: 'attached' });
      const count = Number(await tab.getAttribute('app-kiosk', 'data-count'));
      const shown = limit > 0 ? Math.min(limit, count) : count;
      let bytes = 0;
      for (let index = 1; index <= shown; index += 1) {
        const name = await tab.evaluate(
          async ([search, still]) => {
            const kiosk = document.querySelector('app-kiosk') as HTMLElement & { configure(search: string): void };
            kiosk.configure(`${search}still=${still}`);
            await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
            const ticker = kiosk.dataset.layout === 'ticker';
            const current = kiosk.querySelector<HTMLElement>(ticker ? '.app-kiosk__item--current' : '.app-kiosk__slide--current');
            return (ticker ? `ticker-${current?.dataset.topic || 'theme'}` : current?.dataset.slide) ?? 'slide';
          },
          [query ? `${query}&` : '', index] as const,
        );
        const file = join(folder, `${String(index).padStart(3, '0')}-${name}.png`);
        await tab.screenshot({ path: file, animations: 'disabled' });
        bytes += statSync(file).size;
      }
      // A draft (no SITE_URL) draws its QR codes in the browser with a worker the package does not carry.
      if (failed.length > 0 && !args.draft) fail(`the package failed to load: ${failed.join(', ')}`);
      report.push(`${relative(process.cwd(), folder)}/: ${shown} images${shown < count ? ` (of ${count})` : ''}, ${kb(bytes)}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
console.log([`${relative(process.cwd(), packageDir)}/: index.html and ${needed.length} files`, ...report].join('\n'));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function fail(message: string): never {
  console.error(`export:screens: ${message}`);
  process.exit(1);
}
