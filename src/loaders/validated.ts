import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Entry } from '../lib/integrity.ts';
import { formatProblems, validatedContent, type ValidatedContent } from '../lib/validator/index.ts';

/** The collections the site has: the lists of SiteContent, and the two single files. */
export type CollectionName = 'topics' | 'signs' | 'cases' | 'quiz' | 'lessons' | 'phoneNumbers' | 'scenes' | 'checklist' | 'campaign';

/** Collections whose entries are MDX files with a body to render. */
const MDX_COLLECTIONS = new Set<CollectionName>(['topics', 'cases', 'lessons']);

function entriesOf(result: ValidatedContent, collection: CollectionName): Entry<unknown>[] {
  if (collection === 'checklist') return result.content.checklist ? [result.content.checklist] : [];
  if (collection === 'campaign') return result.campaign ? [result.campaign] : [];
  return result.content[collection] as Entry<unknown>[];
}

/**
 * Loads a collection from the content validator (src/lib/validator/): every collection comes from one
 * strict read of content/, and the build stops, listing every problem with its file, field, line and
 * column, unless the whole of content/ passes. The data stored is exactly what the validator checked,
 * so the pages are built from the content the checks saw. MDX bodies are compiled by @astrojs/mdx from
 * the same files (deferred rendering, as Astro's own glob() loader does).
 *
 * While `astro dev` runs, a change anywhere in content/ reloads the collection; a change that breaks the
 * content is reported in the terminal and the last good content stays.
 */
export function validated(collection: CollectionName): Loader {
  return {
    name: `lifeline-validated-${collection}`,
    load: async ({ config, store, logger, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const illustrations = join(fileURLToPath(config.srcDir), 'assets/illustrations');
      const pictures = join(fileURLToPath(config.srcDir), 'assets/pictures');
      const mdx = MDX_COLLECTIONS.has(collection);

      const sync = (initial: boolean) => {
        const result = validatedContent(root, illustrations, pictures);
        if (result.problems.length > 0) {
          const message = formatProblems(result.problems);
          if (initial) throw new Error(message);
          logger.error(message);
          return;
        }
        const keep = new Set<string>();
        for (const entry of entriesOf(result, collection)) {
          keep.add(entry.id);
          const digest = generateDigest(JSON.stringify(entry.data) + (entry.body ?? ''));
          const stored = store.set({
            id: entry.id,
            data: entry.data as Record<string, unknown>,
            ...(entry.body === undefined ? {} : { body: entry.body }),
            ...(entry.filePath === undefined ? {} : { filePath: entry.filePath }),
            digest,
            ...(mdx ? { deferredRender: true } : {}),
          });
          // An unchanged MDX entry kept from the last build still needs its module imported to render.
          if (!stored && mdx && entry.filePath) store.addModuleImport(entry.filePath);
        }
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
        logger.debug(`${keep.size} entries from the content validator`);
      };

      sync(true);
      if (watcher) {
        const contentDir = join(root, 'content');
        watcher.add(contentDir);
        watcher.on('all', (_event, path) => {
          if (path.startsWith(contentDir) || path.startsWith(illustrations) || path.startsWith(pictures)) sync(false);
        });
      }
    },
  };
}
