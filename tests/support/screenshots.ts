// npm run screenshots [-- /path/ …]: photographs pages of the built site at the sizes people use it —
// phone 390×844, small phone 360×740, projector 1280×720, kiosk 1920×1080 and 1080×1920 — into
// tests/.output/screenshots/. For looking at, not for asserting: open the PNGs.
// SIZES=small,phone picks sizes; LARGE=1 switches on 大字模式; TEXT=200 enlarges text as WeChat's font setting
// does (text-size-adjust on a mobile viewport, see tests/e2e/phone.spec.ts); FULL=1 takes the whole page.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

// A port of its own per run, so two people taking screenshots on one machine do not collide.
const PORT = 30000 + (process.pid % 20000);
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const pages = paths.length > 0 ? paths : ['/', '/topics/life-passage/', '/signs/', '/cases/', '/quiz/', '/search/?q=燃气'];
const sizes = (process.env.SIZES ?? 'phone,projector').split(',');
const viewports: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  small: { width: 360, height: 740 },
  projector: { width: 1280, height: 720 },
  kiosk: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};
const out = new URL('../.output/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

/** WeChat's font setting: text-size-adjust on <html>, set through the CSSOM so the page's CSP allows it. */
function enlargeText(percent: number) {
  const apply = () => document.documentElement.style.setProperty('-webkit-text-size-adjust', `${percent}%`, 'important');
  if (document.documentElement) apply();
  else document.addEventListener('readystatechange', apply, { once: true });
}

const server = spawn(process.execPath, ['src/cli/serve.ts', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const size of sizes) {
    const viewport = viewports[size];
    if (!viewport) continue;
    const phone = size === 'phone' || size === 'small';
    const context = await browser.newContext({ viewport, deviceScaleFactor: phone ? 2 : 1, isMobile: phone, hasTouch: phone, locale: 'zh-CN' });
    if (process.env.LARGE) await context.addInitScript(() => localStorage.setItem('lifeline:v1:large-text', '1'));
    const text = Number(process.env.TEXT ?? 100);
    if (text !== 100) await context.addInitScript(enlargeText, text);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      await page.waitForLoadState('networkidle');
      const name = `${size}${process.env.LARGE ? '-large' : ''}${text !== 100 ? `-text${text}` : ''}${path.replace(/[/?=&]+/g, '_') || '_'}.png`;
      await page.screenshot({ path: `${out}${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}${name}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
