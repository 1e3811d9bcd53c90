// npm run size (after a build): what a phone downloads. For each kind of page, the gzip bytes of its
// JavaScript (files it loads and inline scripts) and of its HTML + CSS, and the search index's size.
// Numbers for notes and reviews; the budgets themselves are tests (tests/e2e/budgets.spec.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (path: string) => readFileSync(join(dist, path));

function weigh(page: string) {
  const html = read(`${page}index.html`).toString('utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] as string);
  const modules = new Set<string>();
  // Follow static imports between bundled modules (Astro splits shared code into chunks).
  const visit = (src: string) => {
    if (modules.has(src)) return;
    modules.add(src);
    const code = read(src).toString('utf8');
    for (const match of code.matchAll(/from"\.\/([^"]+)"|import"\.\/([^"]+)"/g)) visit(`/_astro/${match[1] ?? match[2]}`);
  };
  scripts.forEach(visit);
  for (const match of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const imported of (match[1] ?? '').matchAll(/["'](\/_astro\/[^"']+\.js)["']/g)) visit(imported[1] as string);
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').join('\n');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => read(match[1] as string));
  return {
    page,
    'JS gzip': [...modules].reduce((sum, src) => sum + gz(read(src)), 0) + (inline.trim() ? gz(inline) : 0),
    'HTML gzip': gz(html),
    'CSS gzip': css.reduce((sum, file) => sum + gz(file), 0),
  };
}

function folderSize(dir: string): { files: number; bytes: number } {
  return readdirSync(dir).reduce(
    (total, name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        const inner = folderSize(path);
        return { files: total.files + inner.files, bytes: total.bytes + inner.bytes };
      }
      return { files: total.files + 1, bytes: total.bytes + statSync(path).size };
    },
    { files: 0, bytes: 0 },
  );
}

const pages = ['/', '/topics/gas/', '/signs/safety-exit/', '/cases/', '/quiz/', '/quiz/gas/', '/search/', '/scenes/stairwell/', '/class/gas/', '/kiosk/'];
console.table(pages.map(weigh));
const index = folderSize(join(dist, 'pagefind'));
console.log(`Pagefind index: ${index.files} files, ${(index.bytes / 1024).toFixed(0)} KB on disk`);
const html = readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
console.log(`HTML pages: ${html}`);
