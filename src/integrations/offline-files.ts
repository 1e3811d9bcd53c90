// Which built files belong to which offline group (see src/lib/offline-protocol.ts), and what each costs
// over the wire. Pure functions over the files of dist/, used by the service-worker integration and the tests.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GROUP_BIT, GROUPS, RUNTIME_CACHES, runtimeCacheOf, type Group, type GroupSize, type RuntimeCache } from '../lib/offline-protocol.ts';

/** Files never saved for offline use: the worker, the release marker, compressed copies, headers, sitemap. */
export const NOT_SAVED = ['sw.js', 'version.json', '**/*.gz', '**/*.br', '_headers', 'sitemap.xml', 'robots.txt', '404.html', 'offline-catalog.*.json'];

/** Pagefind's ready-made interfaces; the site has its own search page and never loads them. */
const PAGEFIND_UNUSED = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** A file's path in dist/ → the path a browser asks for (pages by their folder): topics/gas/index.html → topics/gas/. */
export function pathOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** Types a web server compresses; the rest (Pagefind's .pf_ files, its WebAssembly) are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/** Bytes over the wire: gzip at the level the build writes its .gz copies with. */
export function wireSize(dist: string, file: string): number {
  const bytes = readFileSync(join(dist, file));
  if (!COMPRESSIBLE.test(file)) return bytes.length;
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}

/**
 * What a page needs besides its HTML: stylesheets, scripts (and the modules they import, dynamically too),
 * icon and pictures. `files` are all files in dist/, relative; `base` is the site's base path.
 */
export function dependencies(dist: string, page: string, files: Set<string>, base: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const found = new Set<string>();
  const local = (address: string | undefined) => {
    if (!address?.startsWith(base)) return;
    const file = decodeURI(address.slice(base.length).split(/[?#]/)[0] ?? '');
    if (files.has(file)) return file;
    return undefined;
  };
  const visit = (file: string | undefined) => {
    if (!file || found.has(file)) return;
    found.add(file);
    if (!/\.m?js$/.test(file)) return;
    // Bundled modules name the chunks they import by file name (./storage.X.js, "_astro/x.js").
    const code = readFileSync(join(dist, file), 'utf8');
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of code.matchAll(/["'`](?:\.\/|\/?[\w/-]*\/)?([\w.-]+\.(?:m?js|css))["'`]/g)) {
      const name = match[1] as string;
      if (files.has(folder + name)) visit(folder + name);
    }
  };
  for (const tag of html.matchAll(/<(script|img|source|link)\b[^>]*>/g)) {
    const text = tag[0];
    const attribute = (name: string) => text.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
    if (tag[1] === 'link' && !/^(stylesheet|icon|modulepreload|preload)$/.test(attribute('rel') ?? '')) continue;
    visit(local(attribute(tag[1] === 'link' ? 'href' : 'src')));
  }
  return [...found];
}

export interface OfflineFile {
  /** Relative to dist/, e.g. topics/gas/index.html. */
  file: string;
  /** What the browser asks for, relative to the base: topics/gas/. */
  path: string;
  groups: number;
}

/**
 * The groups over the files of a build:
 * - shell: home, offline page, favicon, manifest and its small icon, and what those pages load;
 * - core: home, offline page, every topic, every quiz page and question bank, the signs (pages and pictures),
 *   the class decks, the search page and Pagefind's index, and what those pages load;
 * - kiosk: the kiosk page and its setup page, and what they load (the pictures too, from their <img> tags).
 */
export function groupFiles(dist: string, all: string[], base: string): OfflineFile[] {
  const files = new Set(all);
  const bits = new Map<string, number>();
  const add = (group: Group, file: string) => bits.set(file, (bits.get(file) ?? 0) | GROUP_BIT[group]);
  const addPage = (group: Group, page: string) => {
    if (!files.has(page)) return;
    for (const file of dependencies(dist, page, files, base)) add(group, file);
    add(group, page);
  };
  /** The pages one level under a folder: topics/gas/index.html, not class/gas/handout/index.html. */
  const pagesUnder = (folder: string) => all.filter((file) => new RegExp(`^${folder}[^/]+/index\\.html$`).test(file));

  for (const page of ['index.html', 'offline/index.html']) addPage('shell', page);
  // The icon and manifest 「添加到主屏幕」 uses, small enough to keep on a first visit.
  for (const file of ['favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png']) if (files.has(file)) add('shell', file);

  for (const page of ['index.html', 'offline/index.html', 'topics/index.html', 'quiz/index.html', 'signs/index.html', 'class/index.html', 'search/index.html'])
    addPage('core', page);
  for (const folder of ['topics/', 'quiz/', 'signs/', 'class/']) for (const page of pagesUnder(folder)) addPage('core', page);
  for (const file of all) {
    if (/^quiz\/bank\/[^/]+\.json$/.test(file) || /^signs\/[^/]+\.svg$/.test(file)) add('core', file);
    if (file.startsWith('pagefind/') && !PAGEFIND_UNUSED.test(file)) add('core', file);
    // The consultation desk's questions, which the search page fetches for its instant answers.
    if (file === 'search/ask.json') add('core', file);
  }
  if (files.has('favicon.svg')) add('core', 'favicon.svg');

  addPage('kiosk', 'kiosk/index.html');
  addPage('kiosk', 'kiosk/setup/index.html');

  return all.map((file) => ({ file, path: pathOf(file), groups: bits.get(file) ?? 0 }));
}

/** Files and wire bytes of each group. */
export function groupSizes(dist: string, files: OfflineFile[]): Record<Group, GroupSize> {
  const sizes = Object.fromEntries(GROUPS.map((group) => [group, { files: 0, bytes: 0 }])) as Record<Group, GroupSize>;
  for (const entry of files) {
    if (!entry.groups) continue;
    const bytes = wireSize(dist, entry.file);
    for (const group of GROUPS) {
      if (!(entry.groups & GROUP_BIT[group])) continue;
      sizes[group].files += 1;
      sizes[group].bytes += bytes;
    }
  }
  return sizes;
}

/** The most bytes each runtime cache can hold: its entry bound times the largest file that can go into it (raw, as stored). */
export function runtimeBounds(dist: string, files: OfflineFile[]): Record<RuntimeCache, { maxEntries: number; largest: number; bytes: number }> {
  const largest = Object.fromEntries(Object.keys(RUNTIME_CACHES).map((name) => [name, 0])) as Record<RuntimeCache, number>;
  for (const entry of files) {
    const cache = runtimeCacheOf(entry.path);
    if (cache) largest[cache] = Math.max(largest[cache], statSync(join(dist, entry.file)).size);
  }
  return Object.fromEntries(
    Object.entries(RUNTIME_CACHES).map(([name, { maxEntries }]) => [
      name,
      { maxEntries, largest: largest[name as RuntimeCache], bytes: maxEntries * largest[name as RuntimeCache] },
    ]),
  ) as Record<RuntimeCache, { maxEntries: number; largest: number; bytes: number }>;
}
