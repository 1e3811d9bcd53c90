import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../lib/security-headers.ts';

/** What the one Content-Security-Policy header (script-src 'self', style-src 'self') would block in a page. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    // Data blocks (type="application/json" and the like) are never run, so the policy allows them.
    const type = attributes.match(/\stype="([^"]*)"/)?.[1];
    if (!/\ssrc=/.test(attributes) && (!type || type === 'module' || /javascript/.test(type)))
      found.push(`inline <script>: ${(match[2] ?? '').trim().slice(0, 60)}`);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) found.push(`inline <style>: ${(match[1] ?? '').trim().slice(0, 60)}`);
  for (const match of html.matchAll(/<[a-z][\w-]*\b[^>]*?\sstyle="([^"]*)"/g)) found.push(`style="${match[1]}" attribute`);
  for (const match of html.matchAll(/\son[a-z]+="([^"]*)"/g)) found.push(`inline event handler: ${match[0].trim().slice(0, 60)}`);
  return found;
}

/**
 * Checks that every page works under the site's one Content-Security-Policy header (no inline script, style
 * or event handler: the build fails naming the page otherwise) and writes dist/_headers, the headers file
 * that Netlify, Cloudflare Pages and similar static hosts read. nginx: see the README.
 */
export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'lifeline-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
        const problems: string[] = [];
        for (const page of pages) for (const problem of inlineCode(await readFile(join(dist, page), 'utf8'))) problems.push(`${page}: ${problem}`);
        if (problems.length > 0) {
          throw new Error(
            `These would be blocked by the site's Content-Security-Policy header (${CONTENT_SECURITY_POLICY}); move them into a .ts or .css file:\n${problems.slice(0, 20).join('\n')}`,
          );
        }
        const lines = [
          `${base}*`,
          ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ];
        await writeFile(join(dist, '_headers'), lines.join('\n'));
        logger.info(`${pages.length} pages checked: no inline code; one Content-Security-Policy header fits every page (dist/_headers)`);
      },
    },
  };
}
