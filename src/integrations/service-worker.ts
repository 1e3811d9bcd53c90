import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { GROUP_BIT, PAGE_MARKER, type BuildInfo, type Catalog, type SavedFile, type VersionFile } from '../lib/offline-protocol.ts';
import { groupFiles, groupSizes, NOT_SAVED, runtimeBounds, type OfflineFile } from './offline-files.ts';

const KB = 1024;
/** Revisions are Workbox's content hashes, shortened: enough to tell two versions of a file apart. */
const short = (revision: string | null | undefined) => (revision ?? '').slice(0, 10);

/**
 * Writes the service worker (dist/sw.js), its catalog of offline files and version.json:
 * 1. Workbox's getManifest lists every file with a content revision; the files are sorted into the offline
 *    groups (src/integrations/offline-files.ts).
 * 2. The catalog (offline-catalog.<hash>.json) lists every file of the core group; it is fetched only when
 *    a reader saves the core set, so the worker a first visit downloads stays small however much content
 *    the site has.
 * 3. src/service-worker/sw.ts is bundled with esbuild, and Workbox's injectManifest writes the shell and
 *    kiosk files (and the catalog's address) into it. Any change to any file changes the catalog's or the
 *    worker's bytes, so every device picks up a release the next time it opens the site online.
 * 4. version.json carries the same version, for the kiosk's release check.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'lifeline-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const glob = { globDirectory: dist, globPatterns: ['**/*'], globIgnores: NOT_SAVED, maximumFileSizeToCacheInBytes: 20 * KB * KB };
        const { manifestEntries = [] } = await getManifest(glob);
        const revisions = new Map(manifestEntries.map((entry) => [entry.url, short(entry.revision)]));
        const files = groupFiles(dist, [...revisions.keys()].sort(), base);
        // The worker keeps only pages that carry the site's marker (a captive portal's page does not).
        const unmarked = files.filter(
          (entry) => entry.groups && entry.file.endsWith('.html') && !readFileSync(join(dist, entry.file), 'utf8').includes(PAGE_MARKER),
        );
        if (unmarked.length > 0)
          throw new Error(
            `Pages without ${PAGE_MARKER} on <html> (use BaseLayout) cannot be saved for offline use: ${unmarked.map((entry) => entry.file).join(', ')}`,
          );
        const saved = (entry: OfflineFile): SavedFile => ({ url: `${base}${entry.path}`, revision: revisions.get(entry.file) ?? '', groups: entry.groups });

        // Every file, grouped or not: the catalog's hash, and so the worker, changes with any of them.
        const version = createHash('sha256')
          .update(files.map((entry) => `${entry.file} ${revisions.get(entry.file)}`).join('\n'))
          .digest('hex')
          .slice(0, 16);
        const catalog: Catalog = { version, files: files.filter((entry) => entry.groups & GROUP_BIT.core).map(saved) };
        const catalogText = JSON.stringify(catalog);
        const catalogRevision = createHash('sha256').update(catalogText).digest('hex').slice(0, 12);
        const catalogFile = `offline-catalog.${catalogRevision}.json`;
        await writeFile(join(dist, catalogFile), catalogText);

        const sizes = groupSizes(dist, files);
        const catalogBytes = Buffer.byteLength(catalogText);
        sizes.core = { files: sizes.core.files + 1, bytes: sizes.core.bytes + catalogBytes };
        const info: BuildInfo = { version, base, catalog: { url: `${base}${catalogFile}`, revision: catalogRevision }, sizes };

        const temp = await mkdtemp(join(tmpdir(), 'lifeline-sw-'));
        try {
          const swSrc = join(temp, 'sw.js');
          await build({
            entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
            bundle: true,
            format: 'iife',
            target: 'es2020',
            minify: true,
            legalComments: 'none',
            outfile: swSrc,
            logLevel: 'warning',
            define: { LIFELINE_BUILD: JSON.stringify(info), 'process.env.NODE_ENV': '"production"' },
          });
          const inline = new Map(files.filter((entry) => entry.groups & (GROUP_BIT.shell | GROUP_BIT.kiosk)).map((entry) => [entry.file, saved(entry)]));
          inline.set(catalogFile, { url: info.catalog.url, revision: catalogRevision, groups: GROUP_BIT.core });
          await injectManifest({
            ...glob,
            globIgnores: NOT_SAVED.filter((pattern) => !pattern.startsWith('offline-catalog')),
            swSrc,
            swDest: join(dist, 'sw.js'),
            // Only the shell and kiosk files (and the catalog) go into the worker itself.
            manifestTransforms: [
              async (entries) => ({
                manifest: entries.flatMap((entry) => {
                  const file = inline.get(entry.url);
                  return file ? [{ ...file, size: entry.size }] : [];
                }),
                warnings: [],
              }),
            ],
          });
        } finally {
          await rm(temp, { recursive: true, force: true });
        }
        const versionFile: VersionFile = { site: 'lifeline', version };
        await writeFile(join(dist, 'version.json'), `${JSON.stringify(versionFile)}\n`);

        const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
        const sw = (await readFile(join(dist, 'sw.js'))).length;
        logger.info(
          `sw.js (${kb(sw)}), version ${version}. Offline groups, gzip over the wire: ` +
            `shell ${sizes.shell.files} files ${kb(sizes.shell.bytes)}; core ${sizes.core.files} files ${kb(sizes.core.bytes)}; kiosk ${sizes.kiosk.files} files ${kb(sizes.kiosk.bytes)}`,
        );
        const bounds = Object.entries(runtimeBounds(dist, files));
        const total = bounds.reduce((sum, [, bound]) => sum + bound.bytes, 0);
        logger.info(
          `Runtime caches at most ${kb(total)} (${bounds.map(([name, bound]) => `${name} ${bound.maxEntries} × ≤ ${kb(bound.largest)}`).join(', ')})`,
        );
      },
    },
  };
}
