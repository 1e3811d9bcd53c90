// What the browser tests know about the built site: its pages (from dist/sitemap.xml) and a watcher
// that records console errors and any request that leaves the site's own origin.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every page path in the sitemap, e.g. /topics/gas/. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${DIST}sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
}

/** Paths of one kind: sitemapPaths().filter(...) with the route prefix, e.g. '/topics/' (index excluded). */
export function pathsUnder(prefix: string): string[] {
  return sitemapPaths().filter((path) => path.startsWith(prefix) && path !== prefix);
}

export function readDist(path: string): string {
  return readFileSync(`${DIST}${path.replace(/^\//, '')}`, 'utf8');
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Starts recording; call before page.goto. `origin` is the site under test (the baseURL). */
export function watch(page: Page, origin: string): PageWatch {
  const own = new URL(origin).origin;
  const record: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.origin !== own) record.foreignRequests.push(request.url());
  });
  return record;
}

/**
 * Items in groups of `size`, for a sweep split over several tests: one test per page is slow to start (a
 * browser context each), one test for every page keeps a single worker busy for minutes while the other waits.
 */
export function inGroups<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}
