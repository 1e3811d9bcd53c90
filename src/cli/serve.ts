// Serves the built site (dist/) the way a plain static host would, for `npm start` and the browser
// tests. Usage: node src/cli/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
// The base path is read from BASE_PATH, the same variable the build uses.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  },
});
const root = resolve(values.dir);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  if (!pathname.startsWith(base)) return notFound(response);
  const file = normalize(join(root, pathname.slice(base.length)));
  if (!file.startsWith(root)) return notFound(response);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${pathname}/${url.search}` });
      return response.end();
    }
    return send(response, join(file, 'index.html'), 200);
  }
  if (existsSync(file)) return send(response, file, 200);
  return notFound(response);
});

function send(response: ServerResponse, file: string, status: number): void {
  if (!existsSync(file)) {
    notFound(response);
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Hashed assets never change; everything else is revalidated so a new build shows at once.
  const cache = file.includes(`${join(root, '_astro')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(status, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
  createReadStream(file).pipe(response);
}

function notFound(response: ServerResponse): void {
  const page = join(root, '404.html');
  if (existsSync(page)) {
    send(response, page, 404);
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('404');
}

server.listen(Number(values.port), values.host, () => {
  console.log(`生命通道 is served at http://localhost:${values.port}${base} (from ${root}; Ctrl+C to stop)`);
});
