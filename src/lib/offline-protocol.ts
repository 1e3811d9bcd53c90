/**
 * What the pages and the service worker (src/service-worker/sw.ts) say to each other, and what the build
 * (src/integrations/service-worker.ts) tells the worker. Plain data only: imported on both sides.
 *
 * Files are kept for offline use in groups, each saved only when asked:
 * - shell: what any page needs to open offline (the site's stylesheet and scripts, the home page, the
 *   offline page). Saved on the first visit, except when the browser asks to save data.
 * - core: home, every topic, every quiz page and question bank, the signs, the class decks and the search
 *   index. Saved when a reader presses 「保存到本机，离线也能看」.
 * - kiosk: the kiosk page and what it needs. Saved by the kiosk itself.
 * A saved group is kept up to date: every file carries a content revision, and each new release of the
 * site re-saves the files of the remembered groups whose revision changed.
 */

export type Group = 'shell' | 'core' | 'kiosk';
export const GROUPS: readonly Group[] = ['shell', 'core', 'kiosk'];
/** Group membership of a file, as bits (a file can be in several groups). */
export const GROUP_BIT: Record<Group, number> = { shell: 1, core: 2, kiosk: 4 };

/** One file that may be saved, as listed in the worker (shell, kiosk) or in the catalog (all). */
export interface SavedFile {
  /** Absolute path on the site, base included: /topics/gas/, /_astro/style.X.css. */
  url: string;
  /** Content revision: changes whenever the file's bytes change. */
  revision: string;
  /** Bits of GROUP_BIT. */
  groups: number;
}

/** The catalog file (offline-catalog.<hash>.json), fetched only when the core group is saved. */
export interface Catalog {
  version: string;
  files: SavedFile[];
}

export interface GroupSize {
  files: number;
  /** Bytes over the wire with gzip, summed over the group's files. */
  bytes: number;
}

/** What the build writes into the worker beside the Workbox manifest. */
export interface BuildInfo {
  /** Changes whenever any file of the site changes; the same value as version.json's. */
  version: string;
  /** The site's base path, ending in /. */
  base: string;
  /** Address and revision of the catalog. */
  catalog: { url: string; revision: string };
  sizes: Record<Group, GroupSize>;
}

/** version.json at the site root: what the kiosk polls to learn that a new release is out. */
export interface VersionFile {
  site: 'lifeline';
  version: string;
}

/** Every one of the site's own pages carries this attribute on <html>: a captive portal's page does not. */
export const PAGE_MARKER = 'data-lifeline-page';

/** Page → worker. Replies come on the MessageChannel port sent with the message. */
export type Request = { type: 'lifeline:save'; group: Group } | { type: 'lifeline:status' };

export interface GroupStatus extends GroupSize {
  /** Files of the group that are saved now. */
  saved: number;
  /** The reader (or the kiosk) asked for this group: it is kept up to date. */
  wanted: boolean;
}

/** Worker → page. */
export type Reply =
  | { type: 'progress'; group: Group; done: number; total: number; failed: number }
  | { type: 'saved'; group: Group; total: number; failed: string[] }
  | { type: 'status'; version: string; groups: Record<Group, GroupStatus> }
  | { type: 'error'; message: string };

/**
 * The worker's runtime caches (what a reader fetched, beyond the saved groups) and their bounds: at most
 * this many entries each, none older than this; the oldest go first. With the largest file of each kind,
 * this bounds the bytes too (the build reports it, a test checks it).
 */
export const RUNTIME_CACHES = {
  /** Pages read but not in a saved group. */
  pages: { maxEntries: 60, maxAgeDays: 180 },
  /** Scripts and stylesheets with hashed names. */
  assets: { maxEntries: 60, maxAgeDays: 365 },
  /** Question banks and other data files. */
  data: { maxEntries: 40, maxAgeDays: 180 },
  /** Pictures (sign drawings). */
  images: { maxEntries: 80, maxAgeDays: 180 },
} as const;
export type RuntimeCache = keyof typeof RUNTIME_CACHES;

/** Which runtime cache a file would go to (undefined: never kept at runtime), by its path under the base. */
export function runtimeCacheOf(path: string): RuntimeCache | undefined {
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'pages';
  if (path.startsWith('pagefind/') || path === 'sw.js' || path === 'version.json') return undefined;
  // Share pictures and the pictures of posters and handouts are for link previews and for saving to the
  // phone's album, not for reading offline.
  if (path.startsWith('share/') || path.startsWith('pictures/')) return undefined;
  // Editable slides (.pptx) and the screens' export are downloads for a computer, not pages to read offline.
  if (/\.(pptx|zip)$/.test(path)) return undefined;
  if (path.startsWith('_astro/')) return 'assets';
  if (/\.(svg|png|jpe?g|webp|avif|ico)$/.test(path)) return 'images';
  return 'data';
}
