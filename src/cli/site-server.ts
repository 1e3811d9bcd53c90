// The static server behind `npm start` and the browser tests: sirv serves dist/, preferring the .br/.gz
// copies the build writes (so responses are compressed at no cost per request), with the site's security
// and cache headers (src/lib/security-headers.ts). sirv lists the files of dist/ once at start and serves
// only those: nothing outside dist/ can be reached.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { cacheControl, SECURITY_HEADERS } from '../lib/security-headers.ts';

/** Longer addresses are refused (414): the site has none longer than a few hundred characters. */
const MAX_URL = 4096;
/** Text types get their charset; Pagefind's index files have no registered type. */
const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

export interface SiteOptions {
  /** The built site, e.g. dist. */
  dir: string;
  /** Base path the site was built for (BASE_PATH), ending in /. */
  base?: string;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export function siteHandler({ dir, base = '/' }: SiteOptions): Handler {
  const root = resolve(dir);
  const prefix = base.replace(/\/?$/, '/');
  const setHeaders = (response: ServerResponse, path: string) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    response.setHeader('Cache-Control', cacheControl(path));
  };
  const notFoundPage = (() => {
    try {
      return readFileSync(join(root, '404.html'));
    } catch {
      return Buffer.from('404 Not Found');
    }
  })();
  const plain = (response: ServerResponse, status: number, text: string) => {
    setHeaders(response, '');
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(text);
  };
  const notFound = (response: ServerResponse) => {
    setHeaders(response, '');
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFoundPage);
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: [],
    setHeaders: (response, pathname) => {
      setHeaders(response, pathname.replace(/^\//, ''));
      const type = TYPES[pathname.slice(pathname.lastIndexOf('.') + 1)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  // Folders with a page: /topics/gas → /topics/gas/, a redirect within the site and never elsewhere.
  const folders = new Set(
    (readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith('/index.html') || file.endsWith('\\index.html'))
      .map((file) => file.slice(0, -'/index.html'.length)),
  );

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method Not Allowed');
    const raw = request.url ?? '/';
    if (raw.length > MAX_URL) return plain(response, 414, 'URI Too Long');
    const queryAt = raw.indexOf('?');
    const rawPath = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const query = queryAt < 0 ? '' : raw.slice(queryAt);
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(response, 400, 'Bad Request');
    }
    // No way out of the site and no second host: no "." or ".." segments, no "//", no backslash, no NUL.
    if (!path.startsWith('/') || /(^|\/)\.\.?(\/|$)|\/\/|\\|\0/.test(path)) return notFound(response);
    if (!path.startsWith(prefix)) {
      if (path === '/') {
        response.writeHead(302, { Location: prefix });
        return response.end();
      }
      return notFound(response);
    }
    const inside = path.slice(prefix.length);
    if (inside !== '' && !inside.endsWith('/') && folders.has(inside)) {
      setHeaders(response, inside);
      response.writeHead(301, { Location: `${prefix}${encodeURI(inside)}/${query}` });
      return response.end();
    }
    request.url = `/${encodeURI(inside)}${inside === '' || inside.endsWith('/') ? 'index.html' : ''}`;
    files(request, response, () => notFound(response));
  };
}
