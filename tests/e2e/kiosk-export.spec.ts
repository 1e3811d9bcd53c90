// npm run export:screens, for players that cannot open a web address: a zip of the kiosk as an HTML
// package and PNG sequences. Run on a real build of the small fixture site, made with SITE_URL as a real
// export must be; kept small (two sizes, two images each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import sirv from 'sirv';
import { buildFixture } from '../support/fixture-site.ts';

const PROJECT = new URL('../..', import.meta.url).pathname;
const OUT = join(PROJECT, 'tests/.output/kiosk-export');
let dist = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  dist = buildFixture('kiosk-export', { env: { SITE_URL: 'https://anquan.example.gov.cn' } });
  rmSync(OUT, { recursive: true, force: true });
});

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('export:screens writes the HTML package as a zip and PNG images in play order, at the sizes asked for', async () => {
  test.setTimeout(180_000);
  const run = spawnSync(
    process.execPath,
    [
      'src/cli/export-screens.ts',
      '--dist',
      dist,
      '--out',
      OUT,
      '--sizes',
      '960x160,1080x1920',
      '--limit',
      '2',
      '--query',
      `topics=${encodeURIComponent('燃气')}`,
    ],
    {
      cwd: PROJECT,
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/lifeline-kiosk\.zip: \d+ files/);
  for (const [width, height] of [
    [960, 160],
    [1080, 1920],
  ] as const) {
    const folder = join(OUT, `png-${width}x${height}`);
    const images = readdirSync(folder).sort();
    expect(images).toHaveLength(2);
    expect(images[0]).toMatch(/^001-(ticker-)?theme/);
    expect(images[1]).toMatch(/^002-/);
    for (const image of images) expect(pngSize(join(folder, image))).toEqual({ width, height });
  }
});

test('export:screens refuses a build without SITE_URL: its QR codes would point at the player', () => {
  const run = spawnSync(process.execPath, ['src/cli/export-screens.ts', '--dist', join(PROJECT, 'dist'), '--out', join(OUT, 'refused'), '--no-png'], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  // The project's own dist/ is built without SITE_URL by `npm test`; with it, the export is allowed.
  if (readFileSync(join(PROJECT, 'dist/kiosk/index.html'), 'utf8').includes('data-qr-path=')) {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_URL');
  }
});

test('the zip unpacked into a player’s folder, served from a sub-path, plays the kiosk with nothing from anywhere else', async ({ page }) => {
  const zip = unzipSync(readFileSync(join(OUT, 'lifeline-kiosk.zip')));
  expect(Object.keys(zip)).toContain('index.html');
  const folder = join(OUT, 'player', 'package_17');
  for (const [name, bytes] of Object.entries(zip)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  const html = new TextDecoder().decode(zip['index.html']);
  expect([...html.matchAll(/\s(?:src|href)="(\/[^"]*)"/g)].map((match) => match[1])).toEqual([]);
  expect(html).toContain('aria-label="扫码看完整案例：https://anquan.example.gov.cn/cases/');

  // A player's local web server: the package under a folder of its own.
  const serve = sirv(join(OUT, 'player'), { dev: true });
  const server: Server = createServer((request, response) => serve(request, response, () => void response.writeHead(404).end()));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const requests: string[] = [];
    const failures: string[] = [];
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => failures.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
    await page.clock.install();
    await page.goto(`${origin}/package_17/index.html?topics=gas&interval=5`);
    const kiosk = page.locator('app-kiosk');
    await expect(kiosk).toHaveAttribute('data-ready', 'playing');
    await expect(page.locator('.app-kiosk__slide--current')).toHaveAttribute('data-slide', 'theme-theme');
    await page.clock.runFor(5_000);
    await expect(page.locator('.app-kiosk__slide--current')).toHaveAttribute('data-slide', 'actions-gas');
    await expect
      .poll(() => page.locator('.app-kiosk__slide--current img').evaluateAll((images) => images.every((image) => (image as HTMLImageElement).naturalWidth > 0)))
      .toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${origin}/package_17/`) && !url.endsWith('/sw.js'))).toEqual([]);
    expect(failures.filter((url) => !url.endsWith('/sw.js'))).toEqual([]);
  } finally {
    server.close();
  }
});
