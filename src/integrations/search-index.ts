import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the HTML in dist/ with its Node API. Every step reports its own
 * errors and any error fails the build; Pagefind's service is closed even when a step fails.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'lifeline-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          fail('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          fail('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          fail('writeFiles', written.errors);
          logger.info(`Pagefind: indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
