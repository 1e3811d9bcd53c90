import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

const WARNING = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  "!! SITE_URL is not set: this build does not know the site's public address.",
  '!! QR codes (kiosk, handouts, posters, quiz card) and printed addresses are made in the',
  "!! visitor's browser from the address the page is served from, and sitemap.xml lists",
  '!! placeholder addresses; link previews (og:image) get root-relative addresses, which',
  '!! some apps do not follow. For a deployment, build with the real address, e.g.',
  '!!   SITE_URL=https://anquan.example.cn npm run build',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');

/** A production build without SITE_URL warns loudly, at its start and again at its end where it is seen. */
export function siteUrl(): AstroIntegration {
  let warn: ((logger: AstroIntegrationLogger) => void) | undefined;
  return {
    name: 'lifeline-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env.SITE_URL) return;
        warn = (log) => log.warn(WARNING);
        warn(logger);
      },
      'astro:build:done': ({ logger }) => warn?.(logger),
    },
  };
}
