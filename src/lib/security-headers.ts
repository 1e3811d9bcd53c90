/**
 * The HTTP headers every response of the site carries, in one place: `npm start` (src/cli/site-server.ts)
 * sends them, the build writes them to dist/_headers for hosts that read that file, and the README's nginx
 * example sends the same (a test compares them). The policy is the same for every page and every release:
 * the site has no inline script or style (the build checks), so no hashes are needed.
 */

/** Directives shared by the header and the <meta> policy Astro writes into each page (astro.config.mjs). */
export const CSP_DIRECTIVES = [
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
] as const;

/** Pagefind's search runs as WebAssembly, which needs wasm-unsafe-eval (it does not allow eval()). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The whole policy as one header. frame-ancestors works only in a header (a <meta> policy ignores it). */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, "style-src 'self'", "frame-ancestors 'none'"].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Sent over HTTPS only (the README's nginx example); browsers ignore it over plain HTTP. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Hashed file names (Astro's _astro/) never change: cache them for a year. Everything else is revalidated. */
export function cacheControl(pathUnderBase: string): string {
  return pathUnderBase.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
