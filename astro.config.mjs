// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { htmlChecks } from './src/integrations/html-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { compress } from './src/integrations/compress.ts';
import { headers } from './src/integrations/headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteUrl } from './src/integrations/site-url.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security-headers.ts';
import { PLACEHOLDER_SITE_URL } from './src/lib/site-url.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { shareImages } from './src/integrations/share-images.ts';

/**
 * BASE_PATH lets the same build be served from a sub-path, e.g. BASE_PATH=/anquan/ npm run build;
 * every internal link goes through src/lib/paths.ts so it follows.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Without SITE_URL the build warns loudly and QR codes are drawn in the browser from the address the
  // page is served from (src/integrations/site-url.ts, src/components/common/QrCode.astro).
  site: process.env.SITE_URL || PLACEHOLDER_SITE_URL,
  base,
  trailingSlash: 'always',
  // After the build, in order: sitemap (the tests walk it), share pictures, manifest and icons, the checks on the built pages (numbers, links,
  // anchors, scripts; they fail the build), search index over the HTML, the headers check and file, the
  // service worker (which lists the files the others wrote), then .gz/.br copies of it all.
  integrations: [mdx(), siteUrl(), sitemap(), shareImages(), htmlChecks(), searchIndex(), headers(), serviceWorker(), compress()],
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
                groups: [
                  {
                    name: 'site',
                    test: /src[\\/](scripts[\\/]app-element\.ts|lib[\\/]storage\.ts|components[\\/]layout[\\/](large-text-toggle\.ts|LargeTextToggle\.astro))/,
                  },
                ],
              },
              // Short names (SearchResults.<hash>.js, not SearchResults.astro_astro_type_script_index_0_lang…):
              // each island's import of the shared file is bytes on every page.
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
            },
          },
        },
      },
    },
    // Scripts always as files, never inlined into the page: every page then runs under one fixed
    // Content-Security-Policy header (script-src 'self'), with no per-page hashes (see src/lib/security-headers.ts).
    // Stylesheets stay split by page: print rules (@page sizes, what a printout hides) belong to the page
    // that prints, and one site-wide sheet would let a handout's A4 margins or a deck's landscape pages
    // leak into every other page's printout.
    build: {
      assetsInlineLimit: (file) => (/\.(js|mjs)$/.test(file) ? false : undefined),
      // No preload helper bundled with every lazily loaded module: it would cost more than it saves here.
      modulePreload: false,
    },
  },
  // Styles too: always in a .css file, so the header needs no style hashes (style-src 'self').
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No code on this site; Shiki's inline styles would also break the Content Security Policy.
  markdown: { syntaxHighlight: false },
  security: {
    // The same policy as the header every response carries (src/lib/security-headers.ts), also as a <meta>
    // tag for static hosts that cannot send headers. Astro adds hashes for its own scripts and styles.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
    },
  },
});
