// The kiosk keeps its whole playlist saved for offline use and picks up new releases by itself, safely:
// it reads version.json (written at build) on a schedule, and only a 200 answer carrying a valid version
// different from the one it plays triggers the update and the reload. A 503, a captive portal's login
// page, a broken or missing file, a timeout or no network keep the current slides playing.
import type { VersionFile } from '../lib/offline-protocol.ts';
import { activeWorker, ask } from './offline-client.ts';

/** How often the kiosk asks whether a new release is out. */
export const KIOSK_CHECK_MS = 15 * 60 * 1000;
/** The first check, soon after the screen starts: it learns the version being played. */
export const KIOSK_FIRST_CHECK_MS = 30 * 1000;
const FETCH_TIMEOUT_MS = 10 * 1000;
const UPDATE_TIMEOUT_MS = 2 * 60 * 1000;

/** What one read of version.json gave. */
export type VersionCheck = { ok: true; status: number; contentType: string; body: string } | { ok: false; reason: string };

export type KioskDecision = { action: 'keep'; reason: string } | { action: 'remember'; version: string } | { action: 'update'; version: string };

/** The version in a version.json body, or undefined when it is not one. */
export function parseVersionFile(body: string): string | undefined {
  try {
    const file = JSON.parse(body) as Partial<VersionFile> | null;
    if (file?.site === 'lifeline' && typeof file.version === 'string' && /^[0-9a-f]{8,64}$/.test(file.version)) return file.version;
  } catch {
    // not JSON
  }
  return undefined;
}

/**
 * Pure decision: given the version being played (undefined while unknown) and one check, keep playing,
 * remember the version, or update and reload. Only a 200 with a valid, different version updates.
 */
export function decideKioskUpdate(playing: string | undefined, check: VersionCheck): KioskDecision {
  if (!check.ok) return { action: 'keep', reason: check.reason };
  if (check.status !== 200) return { action: 'keep', reason: `HTTP ${check.status}` };
  // A captive portal answers every address with its login page.
  if (/html/i.test(check.contentType)) return { action: 'keep', reason: 'a web page, not version.json (captive portal?)' };
  const version = parseVersionFile(check.body);
  if (!version) return { action: 'keep', reason: 'not a valid version.json' };
  if (playing === undefined) return { action: 'remember', version };
  if (version === playing) return { action: 'keep', reason: 'no new release' };
  return { action: 'update', version };
}

async function readVersion(url: string): Promise<VersionCheck> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { cache: 'no-store', signal: controller.signal });
    return { ok: true, status: response.status, contentType: response.headers.get('content-type') ?? '', body: (await response.text()).slice(0, 10_000) };
  } catch (error) {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : `no network (${String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

/** Installs the new release's service worker (which saves the new playlist); false when that failed. */
async function updateWorker(): Promise<boolean> {
  const registration = await navigator.serviceWorker?.getRegistration();
  if (!registration) return true;
  try {
    await registration.update();
  } catch {
    return false; // sw.js unreachable: a portal or an error page in the way
  }
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), UPDATE_TIMEOUT_MS);
    const settle = () => {
      if (worker.state === 'activated' || worker.state === 'redundant') {
        clearTimeout(timer);
        resolve(worker.state === 'activated');
      }
    };
    worker.addEventListener('statechange', settle);
    settle();
  });
}

function note(name: string, value: string) {
  document.documentElement.dataset[name] = value;
}

/** Starts the kiosk's saving and release checks. `reload` is location.reload, replaceable in tests. */
export function startKioskUpdates(reload: () => void = () => location.reload()) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let playing: string | undefined;
  let busy = false;

  void (async () => {
    const worker = await activeWorker(10_000);
    if (!worker) return note('kioskSaved', 'no-worker');
    const status = await ask(worker, { type: 'lifeline:status' }, undefined, 10_000);
    if (status.type === 'status') playing ??= status.version;
    const saved = await ask(worker, { type: 'lifeline:save', group: 'kiosk' }, undefined, 120_000);
    note('kioskSaved', saved.type === 'saved' && saved.failed.length === 0 ? 'yes' : 'no');
  })();

  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const decision = decideKioskUpdate(playing, await readVersion(`${base}version.json`));
      note('kioskCheck', decision.action === 'keep' ? `keep: ${decision.reason}` : decision.action);
      if (decision.action === 'remember') playing = decision.version;
      if (decision.action === 'update' && (await updateWorker())) {
        note('kioskCheck', 'reload');
        reload();
      }
    } finally {
      busy = false;
    }
  };
  setTimeout(() => void check(), KIOSK_FIRST_CHECK_MS);
  setInterval(() => void check(), KIOSK_CHECK_MS);
}
