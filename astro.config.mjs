// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  // After the build, in order: sitemap (the tests walk it), search index over the HTML, then the
  // service worker, which lists files the other two wrote.
  integrations: [mdx(), sitemap(), searchIndex(), serviceWorker()],
  devToolbar: { enabled: false },
  // Caches live in the project's own .astro/ (not node_modules/), so checkouts that share one
  // node_modules (git worktrees) never share a content cache.
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    // Scripts always as files, never inlined into the page: every page then runs under one fixed
    // Content-Security-Policy header (script-src 'self'), with no per-page hashes (see src/lib/security-headers.ts).
    // One stylesheet for the whole site (13 KB gzip): one request, cached for good, instead of up to eight
    // small render-blocking ones per page on a slow phone network.
    build: { assetsInlineLimit: (file) => (/\.(js|mjs)$/.test(file) ? false : undefined), cssCodeSplit: false },
  },
  // Styles too: always in a .css file, so the header needs no style hashes (style-src 'self').
  build: { format: 'directory', inlineStylesheets: 'never' },
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
