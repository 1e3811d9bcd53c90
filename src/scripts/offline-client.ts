// Talking to the service worker from a page: the 「保存到本机」 control and the kiosk use it.
import type { Reply, Request } from '../lib/offline-protocol.ts';

/** The active worker of this site, or undefined when there is none within `ms` (never registered, private mode, no https). */
export async function activeWorker(ms = 3000): Promise<ServiceWorker | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
  const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
  return registration?.active ?? undefined;
}

/**
 * Sends one request and resolves with the final reply; `onProgress` hears the progress replies before it.
 * Resolves with an error reply if the worker says nothing for `ms` (it was stopped, or is an old one).
 */
export function ask(worker: ServiceWorker, request: Request, onProgress?: (reply: Extract<Reply, { type: 'progress' }>) => void, ms = 30_000): Promise<Reply> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    let timer = 0;
    const quiet = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => resolve({ type: 'error', message: 'no answer' }), ms);
    };
    channel.port1.onmessage = (event: MessageEvent<Reply>) => {
      quiet();
      if (event.data.type === 'progress') onProgress?.(event.data);
      else {
        clearTimeout(timer);
        resolve(event.data);
      }
    };
    quiet();
    worker.postMessage(request, [channel.port2]);
  });
}
