/**
 * The site's public address comes from SITE_URL at build (astro.config.mjs). Without it Astro needs some
 * address, so it gets this placeholder; nothing a visitor sees may point at it: QR codes and printed
 * addresses are then made in the browser from the address the page was actually served from.
 */
export const PLACEHOLDER_SITE_URL = 'https://lifeline.example.cn';

/** Whether `site` (import.meta.env.SITE) is a real address given at build, not the placeholder. */
export function siteUrlKnown(site: string | URL | undefined): boolean {
  if (!site) return false;
  return new URL(site).origin !== new URL(PLACEHOLDER_SITE_URL).origin;
}
