/**
 * Registers the service worker (dist/sw.js, written by the build) that keeps the site usable offline. On the
 * first visit (no worker controlled the page yet) the page keeps itself and its files and, unless the browser
 * asks to save data, the shell (home, offline page, the site's stylesheet and scripts); then <html> gets
 * data-offline="kept". Nothing else is downloaded until the reader asks (「保存到本机」, save-offline.ts).
 * See src/lib/offline-protocol.ts. Runs on every page (OfflineSupport.astro in the base layout).
 */
import type { Request } from '../lib/offline-protocol.ts';

/** Workbox's own message (its router's cache listener): keep these addresses. */
interface CacheUrls {
  type: 'CACHE_URLS';
  payload: { urlsToCache: string[] };
}

/** Sends one message and resolves with the worker's final reply, skipping its progress replies. */
function send(worker: ServiceWorker, message: Request | CacheUrls): Promise<unknown> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      const reply = event.data;
      const progress = typeof reply === 'object' && reply !== null && 'type' in reply && reply.type === 'progress';
      if (!progress) resolve(reply);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/** On a first visit: keep this page, the files it loaded, and (unless Save-Data is on) the shell. */
async function keepFirstVisit(container: ServiceWorkerContainer, own: string) {
  const worker = (await container.ready).active;
  if (!worker) return;
  const files = performance.getEntriesByType('resource').map((entry) => entry.name);
  const keep = [location.href, ...files].filter((url) => url.startsWith(own) && !/\/(sw\.js|version\.json)$|\/pagefind\//.test(url));
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  await Promise.all([
    send(worker, { type: 'CACHE_URLS', payload: { urlsToCache: keep } }),
    saveData || send(worker, { type: 'lifeline:save', group: 'shell' }),
  ]);
  document.documentElement.dataset['offline'] = 'kept';
}

// `navigator.serviceWorker` is undefined on plain http and in some WebViews, whatever its type says.
const container: ServiceWorkerContainer | undefined = navigator.serviceWorker;
if (container) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const firstVisit = !container.controller;
  container
    .register(`${base}sw.js`, { scope: base })
    .then(() => (firstVisit ? keepFirstVisit(container, `${location.origin}${base}`) : undefined))
    // Failing to register (private mode, an old WebView, plain http) only means no offline copy.
    .catch(() => undefined);
}
