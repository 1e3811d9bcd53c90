// Where the browser tests find Chromium. Browsers cannot be downloaded on the machines this project is
// built on, so the tests use an installed Chromium: the one named by CHROMIUM_PATH, else Debian's
// /usr/bin/chromium (or another system path), else one Playwright installed itself.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here
  }
  return undefined;
}

/**
 * Flags Chromium needs on these machines: no sandbox (tests run as root in containers), no GPU, and no
 * background traffic to Google (the network is closed and Chromium stalls waiting for it).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
