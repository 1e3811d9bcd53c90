// The service worker: keeps the site working without a network after the first visit — for phones on
// bad networks and for kiosks whose connection drops. The build (src/integrations/post-build.ts)
// writes this file to dist/sw.js with VERSION, BASE and PRECACHE filled in above it.
/* global VERSION, BASE, PRECACHE */
const CACHE = `lifeline-${VERSION}`;
// A page that takes longer than this on a bad network is served from the cache instead.
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('lifeline-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFirstFromNetwork(request));
  } else if (url.pathname.startsWith(`${BASE}_astro/`) || url.pathname.startsWith(`${BASE}pagefind/`)) {
    // Hashed file names never change: the cache is always right.
    event.respondWith(fromCacheElseNetwork(request));
  } else {
    event.respondWith(fromCacheThenRefresh(request, event));
  }
});

/** Pages: the fresh copy when the network answers in time, else the saved one, else the offline page. */
async function pageFirstFromNetwork(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // offline: fall through to the cache
  }
  const saved = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(new URL('index.html', request.url)));
  if (saved) return saved;
  try {
    return await network;
  } catch {
    return (await cache.match(`${BASE}offline/`)) ?? Response.error();
  }
}

async function fromCacheElseNetwork(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

/** Other files (question bank, sign pictures…): answer from the cache at once, refresh it behind. */
async function fromCacheThenRefresh(request, event) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  const refresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (saved) {
    event.waitUntil(refresh.catch(() => undefined));
    return saved;
  }
  return refresh;
}
