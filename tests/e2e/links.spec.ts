// Every link in the built site leads somewhere: internal pages exist, #anchors exist on them, and every
// tel: number is on the confirmed list (content/phone-numbers.yaml). Reads dist/ directly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseYaml } from '../../src/lib/yaml.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const confirmed = new Set(
  (parseYaml(readFileSync(new URL('../../content/phone-numbers.yaml', import.meta.url), 'utf8'), 'phone-numbers.yaml') as { number: string }[]).map(
    (line) => line.number,
  ),
);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
    ids.set(file, found);
  }
  return found;
}

/** The file a site path is served from, as the static server (and any static host) resolves it. */
function fileFor(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

test('every internal link and #anchor in the built site resolves, and every tel: number is confirmed', () => {
  const broken: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const page = `/${file.slice(DIST.length).replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = (raw ?? '').replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      if (href.startsWith('tel:')) {
        if (!confirmed.has(href.slice(4))) broken.push(`${page}: ${href} is not a confirmed number`);
        continue;
      }
      const url = new URL(href, `http://site${page}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${page}: ${href} → no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      // #top is the top of any document (HTML's own rule), with or without an element of that id.
      if (anchor && anchor !== 'top' && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${page}: ${href} → no #${anchor} there`);
    }
  }
  expect(broken).toEqual([]);
});
