// The README's nginx example, run as written against a real nginx on this machine: `nginx -t`, then HTTPS
// (a throwaway self-signed certificate), the redirect from http, content types, compression, caching, the
// security headers, and every kind of page working under the Content-Security-Policy header alone.
// nginx is found as NGINX_PATH, on the PATH or in /usr/sbin; without it the test is skipped with what to
// install, except in CI (CI=true), where it fails: .ci/run installs Debian's nginx-light.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from '../../src/lib/security-headers.ts';

const PROJECT = new URL('../..', import.meta.url).pathname;
const DIST = join(PROJECT, 'dist');
const INSTALL = 'Install it with: sudo apt-get install nginx-light openssl (Debian/Ubuntu), or point NGINX_PATH at an nginx binary.';

function findNginx(): string | undefined {
  if (process.env.NGINX_PATH) return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : undefined;
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin']) {
    if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  return undefined;
}

/** The README's nginx block: the one with the site's security headers. */
function readmeNginxConfig(): string {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').find((text) => text.includes('Content-Security-Policy'));
  if (!block) throw new Error('README.md has no ```nginx block with the security headers');
  return block;
}

const nginx = findNginx();
const inCI = Boolean(process.env.CI);
if (!nginx && !inCI) console.warn(`Skipping the nginx deploy test: nginx is not installed. ${INSTALL}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const request = send(url, { headers, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('the README’s nginx deployment', () => {
  test.skip(!nginx && !inCI, `nginx is not installed, so the deploy test is skipped. ${INSTALL}`);
  test.describe.configure({ mode: 'serial' });

  let temp = '';
  let server: ChildProcess | undefined;
  let https = '';
  let http = '';

  test.beforeAll(async () => {
    if (!nginx) throw new Error(`CI needs nginx for the deploy test and none was found. ${INSTALL}`);
    temp = mkdtempSync(join(tmpdir(), 'lifeline-nginx-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(temp, 'key.pem'),
        '-out',
        join(temp, 'cert.pem'),
      ],
      {
        stdio: 'ignore',
      },
    );
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    http = `http://127.0.0.1:${httpPort}`;
    https = `https://127.0.0.1:${httpsPort}`;
    // The README's block as written; only what names this machine changes: ports, certificate, root.
    const replacements: [RegExp, string][] = [
      [/^\s*listen \[::\]:\d+.*$/gm, ''],
      [/listen 80;/, `listen 127.0.0.1:${httpPort};`],
      [/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`],
      [/ssl_certificate\s+\S+;/, `ssl_certificate ${join(temp, 'cert.pem')};`],
      [/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${join(temp, 'key.pem')};`],
      [/root \/var\/www\/lifeline\/dist;/, `root ${DIST};`],
    ];
    let site = readmeNginxConfig();
    for (const [pattern, value] of replacements) {
      if (!pattern.test(site)) throw new Error(`README's nginx block changed: ${pattern} not found`);
      site = site.replace(pattern, value);
    }
    // What a Debian nginx.conf provides around conf.d/*.conf, with every path in the temporary folder.
    const confDir = dirname(
      execFileSync(nginx, ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).match(/--conf-path=(\S+)/)?.[1] ?? '/etc/nginx/nginx.conf',
    );
    const mimeTypes = [join(confDir, 'mime.types'), '/etc/nginx/mime.types'].find((file) => existsSync(file));
    if (!mimeTypes) throw new Error(`nginx's mime.types not found next to ${confDir}`);
    const conf = join(temp, 'nginx.conf');
    writeFileSync(
      conf,
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(temp, 'nginx.pid')};
error_log ${join(temp, 'error.log')} warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(temp, 'body')};
  proxy_temp_path ${join(temp, 'proxy')};
  fastcgi_temp_path ${join(temp, 'fastcgi')};
  uwsgi_temp_path ${join(temp, 'uwsgi')};
  scgi_temp_path ${join(temp, 'scgi')};
${site}
}
`,
    );
    execFileSync(nginx, ['-t', '-p', temp, '-c', conf], { stdio: 'pipe' });
    server = spawn(nginx, ['-p', temp, '-c', conf], { stdio: 'ignore' });
    await expect
      .poll(
        () =>
          fetchRaw(`${https}/`).then(
            (answer) => answer.status,
            () => 0,
          ),
        { timeout: 10_000 },
      )
      .toBe(200);
  });

  test.afterAll(async () => {
    server?.kill('SIGQUIT');
    if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve));
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  test('http goes to https; pages, scripts, data and the search index come with their types, compressed, cached right and with every security header', async () => {
    const redirect = await fetchRaw(`${http}/topics/gas/`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toMatch(/^https:\/\/127\.0\.0\.1\/topics\/gas\/$/);

    const home = (await fetchRaw(`${https}/`)).body.toString();
    const css = home.match(/\/_astro\/[^"]+\.css/)?.[0] ?? '';
    const script = home.match(/\/_astro\/[^"]+\.js/)?.[0] ?? '';
    const cases: [string, RegExp, 'gzip' | undefined, string][] = [
      ['/topics/gas/', /^text\/html; charset=utf-8$/, 'gzip', 'no-cache'],
      [css, /^text\/css; charset=utf-8$/, 'gzip', 'public, max-age=31536000, immutable'],
      [script, /^application\/javascript; charset=utf-8$/, 'gzip', 'public, max-age=31536000, immutable'],
      ['/sw.js', /^application\/javascript; charset=utf-8$/, 'gzip', 'no-cache'],
      ['/quiz/bank/gas.json', /^application\/json; charset=utf-8$/, 'gzip', 'no-cache'],
      ['/signs/safety-exit.svg', /^image\/svg\+xml; charset=utf-8$/, 'gzip', 'no-cache'],
      ['/version.json', /^application\/json; charset=utf-8$/, 'gzip', 'no-cache'],
      ['/pagefind/wasm.unknown.pagefind', /^application\/octet-stream$/, undefined, 'no-cache'],
    ];
    for (const [path, type, encoding, cache] of cases) {
      const answer = await fetchRaw(`${https}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toMatch(type);
      expect(answer.headers['content-encoding'], path).toBe(encoding);
      expect(answer.headers['cache-control'], path).toBe(cache);
      expect(answer.headers['strict-transport-security'], path).toBe(STRICT_TRANSPORT_SECURITY);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
    const missing = await fetchRaw(`${https}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('data-lifeline-page');
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const folder = await fetchRaw(`${https}/topics/gas`);
    expect(folder.status).toBe(301);
  });

  test('every kind of page works under the Content-Security-Policy header alone (its <meta> copy removed)', async ({ browser }) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
    );
    let headerSeen = '';
    await page.route(`${https}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      headerSeen = response.headers()['content-security-policy'] ?? '';
      const body = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
      await route.fulfill({ response, body });
    });
    try {
      await page.goto(`${https}/`);
      expect(headerSeen).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.locator('meta[http-equiv="content-security-policy" i]').count()).toBe(0);
      // 大字模式 (the head script and the toggle's module)
      await page.getByRole('button', { name: '大字模式' }).first().click();
      await expect(page.locator('html')).toHaveClass(/app-large-text/);
      // The quiz (a module script fetching its bank)
      await page.goto(`${https}/quiz/?mode=challenge&topic=gas&seed=nginx`);
      await expect(page.locator('.app-quiz__question')).toBeVisible();
      // Search (Pagefind's WebAssembly under wasm-unsafe-eval)
      await page.goto(`${https}/search/?q=${encodeURIComponent('燃气泄漏')}`);
      await expect(page.locator('.app-search__results a').first()).toBeVisible();
      // The kiosk, a slide deck, the tools and a hazard scene
      await page.goto(`${https}/kiosk/?topics=gas`);
      await expect(page.locator('.app-kiosk__slide--current')).toBeVisible();
      await page.goto(`${https}/class/gas/`);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.app-slides__position').first()).toContainText('第 2 /');
      await page.goto(`${https}/tools/checklist/`);
      await page.goto(`${https}/tools/escape-plan/`);
      const scene = (await fetchRaw(`${https}/sitemap.xml`)).body.toString().match(/\/scenes\/[a-z-]+\//)?.[0];
      if (scene) await page.goto(`${https}${scene}`);
      await page.goto(`${https}/class/gas/handout/`);
      await expect(page.locator('.app-handout svg[data-qr]')).toBeVisible();
      // Chromium registers no service worker behind the throwaway self-signed certificate, and says so; the
      // worker itself is tested over http://127.0.0.1 (offline.spec.ts, releases.spec.ts).
      expect(problems.filter((problem) => !problem.includes('SSL certificate error occurred when fetching the script'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
