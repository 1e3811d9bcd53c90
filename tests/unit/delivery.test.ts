// Delivery without a build: the static server on a tiny site, the one-header CSP check, offline groups,
// and the README's nginx example agreeing with the headers the server sends.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHandler } from '../../src/cli/site-server.ts';
import { inlineCode } from '../../src/integrations/headers.ts';
import { dependencies, groupFiles, pathOf } from '../../src/integrations/offline-files.ts';
import { GROUP_BIT, runtimeCacheOf } from '../../src/lib/offline-protocol.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY, cacheControl } from '../../src/lib/security-headers.ts';
import { PLACEHOLDER_SITE_URL, siteUrlKnown } from '../../src/lib/site-url.ts';
import { PROJECT_ROOT } from './helpers.ts';

const PAGE = (body: string) =>
  `<!doctype html><html data-lifeline-page><head><link rel="stylesheet" href="/_astro/style.A1.css"><script type="module" src="/_astro/app.B2.js"></script></head><body>${body}</body></html>`;

let dir = '';
let server: Server;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lifeline-site-'));
  const write = (file: string, text: string | Buffer) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('index.html', PAGE('home'));
  write('index.html.gz', gzipSync(PAGE('home')));
  write('topics/gas/index.html', PAGE('gas'));
  write('offline/index.html', PAGE('offline'));
  write('kiosk/index.html', PAGE('kiosk'));
  write('404.html', PAGE('not found'));
  write('_astro/style.A1.css', 'body{}');
  write('_astro/app.B2.js', 'import"./chunk.C3.js";import("./lazy.D4.js")');
  write('_astro/chunk.C3.js', '');
  write('_astro/lazy.D4.js', '');
  write('quiz/bank/gas.json', '[]');
  write('pagefind/pagefind.js', '');
  write('pagefind/pagefind-ui.js', '');
  write('favicon.svg', '<svg/>');
  writeFileSync(`${dir}-secret.txt`, 'secret');
  const handle = siteHandler({ dir });
  server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-secret.txt`, { force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server (npm start)', () => {
  it('serves pages by folder, compressed when asked, with the security and cache headers', async () => {
    const home = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(home.status).toBe(200);
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(home.headers['content-type']).toBe('text/html;charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(home.headers[name.toLowerCase()]).toBe(value);
    expect((await get('/topics/gas/')).body).toContain('gas');
    expect((await get('/_astro/style.A1.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/_astro/style.A1.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers malformed and hostile addresses with a plain error and never leaves the folder', async () => {
    for (const [path, status] of [
      ['//', 404],
      ['/%', 400],
      ['/%ZZ', 400],
      [`/${'x'.repeat(5000)}`, 414],
      ['/../' + dir.split('/').pop() + '-secret.txt', 404],
      ['/..%2F' + dir.split('/').pop() + '-secret.txt', 404],
      ['/%2Fevil.example%2F..%2Ftopics', 404],
      ['/\\evil.example', 404],
    ] as const) {
      const answer = await get(path);
      expect(answer.status, path).toBe(status);
      expect(answer.body, path).not.toContain('secret');
      expect(answer.headers.location, path).toBeUndefined();
    }
    const folder = await get('/topics/gas?a=1');
    expect([folder.status, folder.headers.location]).toEqual([301, '/topics/gas/?a=1']);
    expect((await get('/missing/')).body).toContain('not found');
  });
});

describe('one Content-Security-Policy header for every page', () => {
  it('finds the inline code the header would block, and allows data blocks and script files', () => {
    expect(inlineCode(PAGE('<script type="application/json">{"a":1}</script><script src="/x.js"></script>'))).toEqual([]);
    expect(inlineCode('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineCode('<script type="module">import "x"</script>')).toHaveLength(1);
    expect(inlineCode('<style>p{}</style>')).toHaveLength(1);
    expect(inlineCode('<p style="color:red">x</p>')).toHaveLength(1);
    expect(inlineCode('<button onclick="go()">x</button>')).toHaveLength(1);
  });

  it('is the policy in the README’s nginx example, with the same headers the server sends', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const nginx =
      [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').find((block) => block.includes('Content-Security-Policy')) ?? '';
    expect(nginx).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    expect(nginx).toContain(`add_header Strict-Transport-Security "${STRICT_TRANSPORT_SECURITY}" always;`);
    expect(nginx).not.toMatch(/^\s*types\s*\{/m);
    expect(cacheControl('_astro/x.js')).toContain('immutable');
    expect(cacheControl('topics/gas/')).toBe('no-cache');
  });
});

describe('offline groups', () => {
  it('puts home, the offline page and what they load in the shell; topics, banks and search in the core set; the kiosk in its own', () => {
    const all = [
      'index.html',
      'topics/gas/index.html',
      'offline/index.html',
      'kiosk/index.html',
      '_astro/style.A1.css',
      '_astro/app.B2.js',
      '_astro/chunk.C3.js',
      '_astro/lazy.D4.js',
      'quiz/bank/gas.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-ui.js',
      'favicon.svg',
    ];
    const groups = Object.fromEntries(groupFiles(dir, all, '/').map((entry) => [entry.file, entry.groups]));
    const inGroup = (bit: number) => all.filter((file) => (groups[file] ?? 0) & bit).sort();
    expect(inGroup(GROUP_BIT.shell)).toEqual([
      '_astro/app.B2.js',
      '_astro/chunk.C3.js',
      '_astro/lazy.D4.js',
      '_astro/style.A1.css',
      'favicon.svg',
      'index.html',
      'offline/index.html',
    ]);
    expect(inGroup(GROUP_BIT.core)).toEqual(expect.arrayContaining(['topics/gas/index.html', 'quiz/bank/gas.json', 'pagefind/pagefind.js']));
    expect(inGroup(GROUP_BIT.core)).not.toContain('pagefind/pagefind-ui.js');
    expect(inGroup(GROUP_BIT.kiosk)).toEqual(['_astro/app.B2.js', '_astro/chunk.C3.js', '_astro/lazy.D4.js', '_astro/style.A1.css', 'kiosk/index.html']);
    expect(dependencies(dir, 'index.html', new Set(all), '/')).toEqual(['_astro/style.A1.css', '_astro/app.B2.js', '_astro/chunk.C3.js', '_astro/lazy.D4.js']);
    expect(pathOf('topics/gas/index.html')).toBe('topics/gas/');
    expect(pathOf('index.html')).toBe('');
  });

  it('sends pages, hashed files, data and pictures to bounded runtime caches, and never the search index', () => {
    expect(['', 'topics/gas/', '_astro/a.js', 'quiz/bank/gas.json', 'signs/exit.svg', 'pagefind/pagefind.js', 'version.json'].map(runtimeCacheOf)).toEqual([
      'pages',
      'pages',
      'assets',
      'data',
      'images',
      undefined,
      undefined,
    ]);
  });
});

describe('the site address', () => {
  it('treats the placeholder as no address, so nothing encodes it', () => {
    expect(siteUrlKnown(PLACEHOLDER_SITE_URL)).toBe(false);
    expect(siteUrlKnown(`${PLACEHOLDER_SITE_URL}/`)).toBe(false);
    expect(siteUrlKnown(undefined)).toBe(false);
    expect(siteUrlKnown('https://anquan.example.gov.cn')).toBe(true);
  });
});
