// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { htmlChecks } from './src/integrations/html-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { sitemap } from './src/integrations/sitemap.ts';

/**
 * BASE_PATH lets the same build be served from a sub-path, e.g. BASE_PATH=/anquan/ npm run build;
 * every internal link goes through src/lib/paths.ts so it follows.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://lifeline.example.cn',
  base,
  trailingSlash: 'always',
  // After the build, in order: sitemap (the tests walk it), the checks on the built pages (numbers, links,
  // anchors, scripts; they fail the build), search index over the HTML, then the service worker, which
  // lists files the others wrote.
  integrations: [mdx(), sitemap(), htmlChecks(), searchIndex(), serviceWorker()],
  devToolbar: { enabled: false },
  // Caches live in the project's own .astro/ (not node_modules/), so checkouts that share one
  // node_modules (git worktrees) never share a content cache.
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Every page with the site header runs the large-text switch, so the code every island stands
              // on (the AppElement base, storage) travels in that one file: a page loads one shared script,
              // not three small ones that gzip badly apart.
              codeSplitting: {
                groups: [{ name: 'site', test: /src[\\/](scripts[\\/]app-element\.ts|lib[\\/]storage\.ts|components[\\/]layout[\\/](large-text-toggle\.ts|LargeTextToggle\.astro))/ }],
              },
              // Short names (SearchResults.<hash>.js, not SearchResults.astro_astro_type_script_index_0_lang…):
              // each island's import of the shared file is bytes on every page.
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
            },
          },
        },
      },
    },
  },
  build: { format: 'directory' },
  // No code on this site; Shiki's inline styles would also break the Content Security Policy.
  markdown: { syntaxHighlight: false },
  security: {
    // A strict policy as a <meta> tag (static hosts cannot be trusted to send headers): nothing from
    // another origin, ever. Astro adds hashes for its own scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs wasm-unsafe-eval (it does not allow eval()).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
