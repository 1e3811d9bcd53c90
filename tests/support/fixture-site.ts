// Real builds of the small fixture site (tests/fixtures/content) for the delivery tests, and a local test
// server that can switch between builds (a release) and failure modes (503, a captive portal, no network).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { siteHandler, type Handler } from '../../src/cli/site-server.ts';

const PROJECT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const OUTPUT = join(PROJECT, 'tests/.output/sites');

/**
 * Builds the fixture site with the real build (astro build, every post-build step) into its own folder and
 * returns its dist/. `change` edits the fixture's content first; `env` adds build variables (BASE_PATH).
 */
export function buildFixture(name: string, { change, env = {} }: { change?: (content: string) => void; env?: Record<string, string> } = {}): string {
  const root = join(OUTPUT, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(PROJECT, 'tests/fixtures/content'), join(root, 'content'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(PROJECT, 'astro.config.mjs'))};
export default { ...config, srcDir: ${JSON.stringify(join(PROJECT, 'src'))}, publicDir: ${JSON.stringify(join(PROJECT, 'public'))} };
`,
  );
  change?.(join(root, 'content'));
  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  const dist = join(root, 'dist');
  if (result.status !== 0 || !existsSync(join(dist, 'index.html'))) throw new Error(`fixture build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return dist;
}

/** Rewrites one file of a fixture copy's content/. */
export function edit(content: string, file: string, change: (text: string) => string): void {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** What the test server answers with: a build, or a failure. */
export type Mode =
  | {
      site: string;
      version?: 'broken' | 'missing' /** Addresses that answer 503 the first `times` times each. */;
      failing?: { pattern: RegExp; times: number };
    }
  | { fail: '503' | 'portal' | 'no-network' };

export const PORTAL_PAGE = '<!doctype html><html><head><title>WiFi 登录</title></head><body><h1>请先登录 WiFi</h1></body></html>';

export interface TestServer {
  url: string;
  /** Switch what every following request gets. */
  serve(mode: Mode): void;
  close(): Promise<void>;
}

/** A local server on 127.0.0.1 (a secure context, so service workers run) whose answer can be switched. */
export async function startTestServer(sites: Record<string, string>, base = '/'): Promise<TestServer> {
  const handlers: Record<string, Handler> = Object.fromEntries(Object.entries(sites).map(([name, dir]) => [name, siteHandler({ dir, base })]));
  let mode: Mode = { site: Object.keys(sites)[0]! };
  const failures = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    if ('site' in mode) {
      const url = request.url ?? '';
      if (mode.failing?.pattern.test(url) && (failures.get(url) ?? 0) < mode.failing.times) {
        failures.set(url, (failures.get(url) ?? 0) + 1);
        response.writeHead(503, { 'Content-Type': 'text/plain' });
        return response.end('busy');
      }
      if (mode.version && request.url?.endsWith('/version.json')) {
        response.writeHead(mode.version === 'broken' ? 200 : 404, { 'Content-Type': 'application/json' });
        return response.end(mode.version === 'broken' ? '{"site":"lifeline","vers' : '');
      }
      return handlers[mode.site]!(request, response);
    }
    if (mode.fail === 'no-network') return request.socket.destroy();
    if (mode.fail === '503') {
      response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' });
      return response.end('<h1>503 Service Unavailable</h1>');
    }
    // A captive portal: every address answers 200 with its login page.
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(PORTAL_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      mode = next;
      failures.clear();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
