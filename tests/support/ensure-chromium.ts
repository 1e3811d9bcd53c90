// Run before the browser tests: makes sure a Chromium is there. On a fresh Debian machine as root it
// installs Debian's chromium (and a CJK font, so Chinese text is laid out as users see it); anywhere
// else it stops with a message that says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian && !process.env.CHROMIUM_PATH) {
  console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.` : '',
    'Install one of:',
    '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk',
    '  Fedora:         sudo dnf install chromium google-noto-sans-cjk-fonts',
    '  macOS:          brew install --cask chromium',
    'or point CHROMIUM_PATH at any Chromium or Chrome executable.',
  ]
    .filter(Boolean)
    .join('\n'),
);
process.exit(1);
