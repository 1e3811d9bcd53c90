/// <reference lib="webworker" />
// The service worker: keeps the site readable without a network, for phones on bad networks and for kiosks
// whose connection drops. Built by src/integrations/service-worker.ts: bundled with esbuild, then Workbox's
// injectManifest writes the files of the shell and kiosk groups (with content revisions) into it.
// What is saved, and when: see src/lib/offline-protocol.ts.
import { PrecacheController } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { getOrCreateDefaultRouter } from 'workbox-routing/utils/getOrCreateDefaultRouter.js';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate, Strategy, type StrategyHandler } from 'workbox-strategies';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { registerQuotaErrorCallback } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import {
  GROUP_BIT,
  GROUPS,
  PAGE_MARKER,
  RUNTIME_CACHES,
  runtimeCacheOf,
  type BuildInfo,
  type RuntimeCache,
  type Catalog,
  type Group,
  type GroupStatus,
  type Reply,
  type Request as Message,
  type SavedFile,
} from '../lib/offline-protocol.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: SavedFile[] };
/** Filled in by the build (esbuild define). */
declare const LIFELINE_BUILD: BuildInfo;

const BUILD = LIFELINE_BUILD;
const SCOPE = self.registration.scope;
const name = (part: string) => `lifeline-${part}-${SCOPE}`;
const CACHE = { precache: name('saved'), pages: name('pages'), assets: name('assets'), data: name('data'), images: name('images'), meta: name('meta') };
/** Runtime caches: what was fetched while reading. Bounded; the oldest entries go first. */
const RUNTIME = [CACHE.pages, CACHE.assets, CACHE.data, CACHE.images];
/** Wait this long for the network before showing a saved copy instead. */
const NETWORK_TIMEOUT_SECONDS = 3;
const DAY = 24 * 60 * 60;

// ---------------------------------------------------------------------------------------------------------
// Saved groups (precache)

/** A response fit to keep: a 200 that is really this site's file, not a captive portal's or a proxy's page. */
async function genuine(url: URL, response: Response | undefined | null): Promise<boolean> {
  if (response?.status !== 200 || response.type === 'opaque') return false;
  const type = response.headers.get('content-type') ?? '';
  if (isPage(url)) return type.includes('text/html') && (await response.clone().text()).includes(PAGE_MARKER);
  // A portal answers every address with a web page; none of the site's other files is HTML.
  return !type.includes('text/html');
}

const keepOnlyGenuine: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => ((await genuine(new URL(request.url), response)) ? response : null),
};

const precache = new PrecacheController({ cacheName: CACHE.precache, plugins: [keepOnlyGenuine] });
const members: Record<Group, Set<string>> = { shell: new Set(), core: new Set(), kiosk: new Set() };

function addFiles(files: SavedFile[]) {
  precache.addToCacheList(files.map(({ url, revision }) => ({ url, revision })));
  for (const file of files) for (const group of GROUPS) if (file.groups & GROUP_BIT[group]) members[group].add(new URL(file.url, self.location.href).href);
}
addFiles(self.__WB_MANIFEST);

const catalogUrl = new URL(BUILD.catalog.url, self.location.href).href;
let catalogLoaded: Promise<boolean> | undefined;

/** Loads the catalog (every file of the core group) from the saved copy, or from the network when `event` is given. */
function loadCatalog(event?: ExtendableEvent): Promise<boolean> {
  const load = async () => {
    let response = await precache.matchPrecache(catalogUrl);
    if (!response && event) {
      const failed = await fill([catalogUrl], event);
      if (failed.length === 0) response = await precache.matchPrecache(catalogUrl);
    }
    if (!response) return false;
    const catalog = (await response.json()) as Catalog;
    addFiles(catalog.files);
    return true;
  };
  if (!catalogLoaded) {
    catalogLoaded = load().catch(() => false);
    // Not there yet: let a later call (with the network) try again.
    void catalogLoaded.then((ok) => {
      if (!ok) catalogLoaded = undefined;
    });
  }
  return catalogLoaded;
}
/** Every request waits for this: the saved catalog is read once when the worker starts. */
const ready = loadCatalog();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Saves files into the precache with Workbox's precache strategy (revisioned cache keys, only genuine
 * responses kept), four at a time, each tried three times. Files already saved at their revision are not
 * fetched again. Returns the files that could not be saved.
 */
async function fill(urls: string[], event: ExtendableEvent, progress?: (done: number, failed: number) => void): Promise<string[]> {
  const keys = precache.getURLsToCacheKeys();
  // Workbox's precache strategy writes to the cache only inside an install event; saving on request
  // (a message event) is the same job, so the handler sees it as one.
  const asInstall = { type: 'install', waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise) } as unknown as ExtendableEvent;
  const queue = [...urls];
  const failed: string[] = [];
  let done = 0;
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      let saved = false;
      for (let attempt = 0; attempt < 3 && !saved; attempt += 1) {
        if (attempt > 0) await sleep(400 * attempt);
        try {
          // no-cache: revalidate with the server (a 304 costs nothing), never trust a stale HTTP cache.
          const request = new Request(url, { credentials: 'same-origin', cache: 'no-cache' });
          await Promise.all(precache.strategy.handleAll({ request, params: { cacheKey: keys.get(url) }, event: asInstall }));
          saved = true;
        } catch {
          // retried, then reported
        }
      }
      if (!saved) failed.push(url);
      done += 1;
      progress?.(done, failed.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failed;
}

/** The groups a reader or kiosk asked for, kept in a small cache of their own (no localStorage here). */
const WANTED = new URL('__lifeline/wanted-groups', SCOPE).href;
async function wanted(): Promise<Set<Group>> {
  const response = await (await caches.open(CACHE.meta)).match(WANTED);
  return new Set(response ? ((await response.json()) as Group[]) : []);
}
async function want(group: Group) {
  const groups = await wanted();
  if (groups.has(group)) return;
  groups.add(group);
  await (await caches.open(CACHE.meta)).put(WANTED, Response.json([...groups]));
}

async function saveGroup(group: Group, event: ExtendableEvent, reply: (message: Reply) => void) {
  await want(group);
  if (group === 'core' && !(await loadCatalog(event))) {
    reply({ type: 'saved', group, total: BUILD.sizes.core.files, failed: [catalogUrl] });
    return;
  }
  const urls = [...members[group]];
  let last = 0;
  const failed = await fill(urls, event, (done, failures) => {
    // At most a few progress messages a second.
    if (done === urls.length || Date.now() - last > 150) {
      last = Date.now();
      reply({ type: 'progress', group, done, total: urls.length, failed: failures });
    }
  });
  reply({ type: 'saved', group, total: urls.length, failed });
}

async function status(): Promise<Reply> {
  await ready;
  const chosen = await wanted();
  const groups = {} as Record<Group, GroupStatus>;
  for (const group of GROUPS) {
    const urls = [...members[group]];
    let saved = 0;
    for (const url of urls) if (await precache.matchPrecache(url)) saved += 1;
    // Before its catalog is saved, the worker knows the core group only by its size.
    const known = group !== 'core' || urls.length > 1;
    groups[group] = { ...BUILD.sizes[group], saved: known ? saved : 0, wanted: chosen.has(group) };
  }
  return { type: 'status', version: BUILD.version, groups };
}

// ---------------------------------------------------------------------------------------------------------
// Reading: pages and files

function isPage(url: URL) {
  return url.pathname.endsWith('/') || url.pathname.endsWith('.html');
}

/** Query strings never change a file on this static site (?mode= is read by the page's script, ?ts= by Pagefind). */
function withoutQuery(url: string | URL) {
  const clean = new URL(url);
  clean.search = '';
  clean.hash = '';
  return clean.href;
}
const sameFileWhateverQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url),
};

/** The oldest runtime entries go first when a cache is full; a bound of entries keeps a kiosk's storage in check. */
const expire = (cache: RuntimeCache) =>
  new ExpirationPlugin({ maxEntries: RUNTIME_CACHES[cache].maxEntries, maxAgeSeconds: RUNTIME_CACHES[cache].maxAgeDays * DAY });

/**
 * Pages: the network when it answers in time with a page of this site; else the saved copy (a release
 * saved, or the reader's own visit); else the network's answer whatever it is; else the offline page.
 * A 503, a captive portal's page or a timeout never replace a saved copy.
 */
class PageStrategy extends Strategy {
  override async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const url = new URL(request.url);
    const savedCopy = (await precache.matchPrecache(withoutQuery(url))) ?? (await handler.cacheMatch(request));
    const network = handler.fetch(request).then(async (response) => {
      if (await genuine(url, response)) {
        // Pages of a saved group are kept by revision; only the others go into the reader's own cache.
        if (!precache.getCacheKeyForURL(withoutQuery(url))) await handler.cachePut(request, response.clone());
        return { response, good: true };
      }
      // The site's own 404 page is an answer too.
      const good = response.status === 404 && (await response.clone().text()).includes(PAGE_MARKER);
      return { response, good };
    });
    if (savedCopy) {
      const timeout = sleep(NETWORK_TIMEOUT_SECONDS * 1000).then(() => undefined);
      const first = await Promise.race([network.catch(() => undefined), timeout]);
      if (first?.good) return first.response;
      // Keep refreshing the reader's copy in the background when the network was only slow.
      handler.waitUntil(network.catch(() => undefined));
      return savedCopy;
    }
    try {
      return (await network).response;
    } catch {
      return (await precache.matchPrecache(new URL('offline/', SCOPE).href)) ?? Response.error();
    }
  }
}

const runtime: Record<RuntimeCache, Strategy> = {
  pages: new PageStrategy({ cacheName: CACHE.pages, plugins: [sameFileWhateverQuery, keepOnlyGenuine, expire('pages')] }),
  // Hashed file names never change: once kept, always right.
  assets: new CacheFirst({ cacheName: CACHE.assets, plugins: [keepOnlyGenuine, expire('assets')] }),
  // Question banks and other data: fresh when the network answers in time, else the kept copy.
  data: new NetworkFirst({
    cacheName: CACHE.data,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [sameFileWhateverQuery, keepOnlyGenuine, expire('data')],
  }),
  // Pictures (sign drawings): the kept copy at once, refreshed behind.
  images: new StaleWhileRevalidate({ cacheName: CACHE.images, plugins: [sameFileWhateverQuery, keepOnlyGenuine, expire('images')] }),
};

/** Files that always go to the network: the worker itself and the kiosk's release check. */
const networkOnly = new Set(['sw.js', 'version.json'].map((file) => new URL(file, SCOPE).href));

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && url.href.startsWith(SCOPE) && !networkOnly.has(withoutQuery(url)),
  async ({ url, request, event }) => {
    await ready;
    const cache = runtimeCacheOf(url.pathname.slice(new URL(SCOPE).pathname.length));
    if (cache === 'pages') return runtime.pages.handle({ request, event });
    const saved = await precache.matchPrecache(withoutQuery(url));
    if (saved) return saved;
    // The search index is kept only as a whole (in the core group): a few chunks of it would not answer
    // every query, and each search would add to the storage.
    return cache ? runtime[cache].handle({ request, event }) : fetch(request);
  },
);
// Workbox's CACHE_URLS message: a page keeps itself and its files on the first visit (before the worker
// controlled it), through the same routes and caches as above.
getOrCreateDefaultRouter().addCacheListener();

// Storage full: the oldest half of each runtime cache goes, oldest first. Saved groups and the reader's
// own data (quiz progress, checklist, escape plan, in localStorage) are never touched here.
registerQuotaErrorCallback(async () => {
  for (const cacheName of RUNTIME) {
    const count = (await (await caches.open(cacheName)).keys()).length;
    await new CacheExpiration(cacheName, { maxEntries: Math.floor(count / 2) }).expireEntries();
  }
});

// ---------------------------------------------------------------------------------------------------------
// Life cycle

/**
 * Pages the reader visited survive a release and are brought up to date: each is asked again with its
 * validator (a 304 costs a few bytes). Best effort, never blocks the release.
 */
async function refreshVisitedPages() {
  const cache = await caches.open(CACHE.pages);
  for (const request of await cache.keys()) {
    const old = await cache.match(request);
    const headers = new Headers();
    const etag = old?.headers.get('etag');
    const modified = old?.headers.get('last-modified');
    if (etag) headers.set('if-none-match', etag);
    if (modified) headers.set('if-modified-since', modified);
    try {
      const response = await fetch(request.url, { headers, cache: 'no-store', credentials: 'same-origin' });
      if (await genuine(new URL(request.url), response)) await cache.put(request, response);
    } catch {
      return; // offline: try again at the next release
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const groups = await wanted();
      // The shell and the kiosk's playlist must be complete, or this release waits (the previous one keeps
      // serving) and installs at the next try.
      for (const group of ['shell', 'kiosk'] as const) {
        if (!groups.has(group)) continue;
        const failed = await fill([...members[group]], event);
        if (failed.length > 0) throw new Error(`Could not save ${failed.join(', ')}`);
      }
      // The core set is brought up to date as far as the network allows; what failed shows as not saved.
      if (groups.has('core') && (await loadCatalog(event))) await fill([...members.core], event);
      await refreshVisitedPages().catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await loadCatalog();
      // Workbox's clean-up: saved files whose revision is no longer listed go.
      await precache.activate(event);
      // The caches of the earlier hand-written worker (lifeline-<version>).
      for (const key of await caches.keys()) if (/^lifeline-[0-9a-f]{12}$/.test(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as Message | undefined;
  const port = event.ports[0];
  if (!message || !port || typeof message.type !== 'string' || !message.type.startsWith('lifeline:')) return;
  const reply = (answer: Reply) => port.postMessage(answer);
  const job =
    message.type === 'lifeline:save' && GROUPS.includes(message.group)
      ? saveGroup(message.group, event, reply)
      : message.type === 'lifeline:status'
        ? status().then(reply)
        : Promise.resolve(reply({ type: 'error', message: 'unknown request' }));
  event.waitUntil(job.catch((error: unknown) => reply({ type: 'error', message: String(error) })));
});
