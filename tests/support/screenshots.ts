// npm run screenshots [-- /path/ …]: photographs pages of the built site at the sizes people use it —
// phone 390×844, projector 1280×720, kiosk 1920×1080 and 1080×1920 — into tests/.output/screenshots/.
// For looking at, not for asserting: open the PNGs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const PORT = 4339;
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const pages = paths.length > 0 ? paths : ['/', '/topics/life-passage/', '/signs/', '/cases/', '/quiz/', '/search/?q=燃气'];
const sizes = (process.env.SIZES ?? 'phone,projector').split(',');
const viewports: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  projector: { width: 1280, height: 720 },
  kiosk: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};
const out = new URL('../.output/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['src/cli/serve.ts', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const size of sizes) {
    const viewport = viewports[size];
    if (!viewport) continue;
    const context = await browser.newContext({ viewport, deviceScaleFactor: size === 'phone' ? 2 : 1, locale: 'zh-CN' });
    if (process.env.LARGE) await context.addInitScript(() => localStorage.setItem('lifeline:v1:large-text', '1'));
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      await page.waitForLoadState('networkidle');
      const name = `${size}${process.env.LARGE ? '-large' : ''}${path.replace(/[/?=&]+/g, '_') || '_'}.png`;
      await page.screenshot({ path: `${out}${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}${name}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
