// Serves the built site (dist/) for `npm start` and the browser tests, as a plain static host would, with
// compression and the security headers of the README's deploy example (src/cli/site-server.ts).
// Usage: node src/cli/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
// The base path is read from BASE_PATH, the same variable the build uses.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteHandler } from './site-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  },
});
const root = resolve(values.dir);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const handle = siteHandler({ dir: root, base });
const server = createServer((request, response) => {
  try {
    handle(request, response);
  } catch (error) {
    // One bad request never stops the server.
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
});
server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
server.listen(Number(values.port), values.host, () => {
  console.log(`生命通道 is served at http://localhost:${values.port}${base} (from ${root}; Ctrl+C to stop)`);
});
