import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/chromium.ts';

// The browser tests run against the built site (dist/), served by the same static server `npm start`
// uses, on its own port so a running `npm start` does not get in the way.
// A port of its own per run (derived from the process id) so two runs on one machine do not collide; the
// workers inherit it through the environment.
process.env.TEST_PORT ??= String(20000 + (process.pid % 20000));
const PORT = Number(process.env.TEST_PORT);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
// When no Chromium is found, ensure-chromium.ts has already stopped `npm test` with instructions.
const launchOptions = { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  // Two workers at least (a 2-core laptop or CI runner), half the cores on bigger machines.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: './.output/report' }]] : 'list',
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions,
    // A trace records every step of a test, which costs time in every test; on CI only a failed test's retry
    // records one (run with --trace on to get one locally).
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `node src/cli/serve.ts --port ${PORT}`,
    cwd: new URL('..', import.meta.url).pathname,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
