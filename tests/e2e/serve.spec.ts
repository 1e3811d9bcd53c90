// `npm start`'s server (src/cli/serve.ts, the one these tests run against): compression, the deploy
// example's headers, and requests a plain static host gets from the internet.
import { request as httpRequest } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/lib/security-headers.ts';

const PORT = Number(process.env.TEST_PORT);

/** One raw request, the path sent exactly as given (no client-side clean-up). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: PORT, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

test('pages, styles, scripts and the search index come compressed, with their types and the deploy headers', async () => {
  for (const [path, type] of [
    ['/topics/gas/', 'text/html'],
    ['/sw.js', 'text/javascript'],
    ['/quiz/bank/gas.json', 'application/json'],
    ['/signs/safety-exit.svg', 'image/svg+xml'],
    ['/pagefind/pagefind.js', 'text/javascript'],
  ] as const) {
    const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gzip.status, path).toBe(200);
    expect(gzip.headers['content-type'], path).toContain(type);
    expect(gzip.headers['content-encoding'], path).toBe('gzip');
    expect(gzip.headers['vary'], path).toContain('Accept-Encoding');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(gzip.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    const brotli = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding'], path).toBe('br');
    expect(brotli.body.length, path).toBeLessThan(gzip.body.length);
  }
  const css = (await get('/')).body.toString().match(/\/_astro\/[^"]+\.css/)?.[0] ?? '';
  expect((await get(css)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await get('/topics/gas/')).headers['cache-control']).toBe('no-cache');
  const head = await get('/topics/gas/', { 'Accept-Encoding': 'gzip' }, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
});

test('malformed and hostile addresses get a plain error and the server keeps serving', async () => {
  const cases: [string, number][] = [
    ['//', 404],
    ['///etc/passwd', 404],
    ['/%', 400],
    ['/%E0%A4%A', 400],
    ['/%00', 404],
    ['/../../etc/passwd', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/..%2f..%2fpackage.json', 404],
    ['/topics/..\\..\\package.json', 404],
    ['/../dist-old/index.html', 404],
    [`/${'a'.repeat(5000)}`, 414],
    ['/topics/gas/?q=%', 200],
  ];
  for (const [path, status] of cases) expect((await get(path)).status, path).toBe(status);
  expect((await get('/topics/gas/')).status).toBe(200);
});

test('no open redirect: a folder without its slash goes to the same site, and tricks stay on this site', async () => {
  const folder = await get('/topics/gas?x=1');
  expect(folder.status).toBe(301);
  expect(folder.headers.location).toBe('/topics/gas/?x=1');
  for (const path of ['/%2Fevil.example%2F..%2Ftopics', '//evil.example/..%2Ftopics', '/%5Cevil.example/topics', '/\\evil.example']) {
    const response = await get(path);
    expect(response.status, path).not.toBe(301);
    expect(String(response.headers.location ?? ''), path).not.toMatch(/evil|^\/\/|^\\/);
  }
});

test('a folder beside dist/ whose name starts the same is never read', async () => {
  const sibling = new URL('../../dist-secret/', import.meta.url).pathname;
  mkdirSync(sibling, { recursive: true });
  writeFileSync(`${sibling}index.html`, 'secret');
  try {
    for (const path of ['/../dist-secret/index.html', '/%2e%2e/dist-secret/', '/..%2fdist-secret%2findex.html']) {
      const response = await get(path);
      expect(response.body.toString(), path).not.toContain('secret');
    }
  } finally {
    rmSync(sibling, { recursive: true, force: true });
  }
});
