import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'parse5';
import { formatProblems, type Problem } from '../lib/integrity.ts';
import { validatedContent } from '../lib/validator/index.ts';
import { findPhoneNumbers, telLinkNumber } from '../lib/validator/phones.ts';

/**
 * Checks on the built site, after the build and before the search index, that fail the build: whatever a
 * page is made from (content, components, pictures), what ships must
 * - show only telephone numbers on the verified list (content/phone-numbers.yaml), in text and in links,
 *   and link only to numbers the site may tell people to call;
 * - have every internal link and #anchor lead to a page and an id that exist (MDX bodies included);
 * - run no script but the site's own: bundled files under the site's own address, inline scripts whose
 *   hash the page's Content Security Policy lists, or inline scripts in <head> (content never goes there);
 * - carry no on* event-handler attribute and no javascript:, vbscript: or data: (other than images) address.
 * Pages are parsed with parse5, the WHATWG HTML parser that browsers follow.
 */

interface Location {
  startLine: number;
  startCol: number;
}
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  parentNode?: HtmlNode | null;
  sourceCodeLocation?: Location | null;
}

export interface SiteCheckOptions {
  /** The base path the site is built for, e.g. / or /anquan/. */
  base: string;
  /** The site's own origin and path (config.site), to treat absolute links to it as internal. */
  site?: string | undefined;
  /** Every number on the verified list. */
  verified: ReadonlySet<string>;
  /** The numbers the site may link to. */
  callable: ReadonlySet<string>;
}

/** Where a page's content comes from, as a hint in messages: /topics/gas/ → content/topics/gas.mdx. */
function contentFileFor(page: string): string | undefined {
  const match = /^\/(topics|cases|signs|scenes|quiz)\/([^/]+)\/$/.exec(page);
  if (match) {
    const extension = match[1] === 'topics' || match[1] === 'cases' ? 'mdx' : 'yaml';
    return `content/${match[1]}/${match[2]}.${extension}`;
  }
  const plan = /^\/class\/([^/]+)\/([^/]+)\/plan\/$/.exec(page);
  return plan ? `content/lessons/${plan[1]}/${plan[2]}.mdx` : undefined;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const attr = (node: HtmlNode, name: string) => node.attrs?.find((item) => item.name === name)?.value;

function* walk(node: HtmlNode): Generator<HtmlNode> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

/** Attributes whose value people read or hear. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);
/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'ping']);
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ld+json', 'application/json']);

/** Checks every HTML page under `dir`. Returns the problems, each naming the built page and where in it. */
export function checkBuiltSite(dir: string, options: SiteCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const idCache = new Map<string, Set<string>>();
  const parsed = new Map<string, HtmlNode>();
  const parsePage = (file: string): HtmlNode => {
    let document = parsed.get(file);
    if (!document) {
      document = parse(readFileSync(file, 'utf8'), { sourceCodeLocationInfo: true, scriptingEnabled: false }) as unknown as HtmlNode;
      parsed.set(file, document);
    }
    return document;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const node of walk(parsePage(file))) {
        const id = attr(node, 'id');
        if (id) ids.add(id);
        if (node.tagName === 'a' && attr(node, 'name')) ids.add(attr(node, 'name')!);
      }
      idCache.set(file, ids);
    }
    return ids;
  };
  /** The file a site path is served from, as a static host resolves it. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    let path: string;
    try {
      path = join(dir, decodeURIComponent(pathname.slice(base.length)));
    } catch {
      return undefined;
    }
    if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
    return existsSync(path) && statSync(path).isFile() ? path : undefined;
  };

  for (const file of htmlFiles(dir).sort()) {
    const page = `${base}${file
      .slice(dir.length)
      .replace(/^\//, '')
      .replace(/index\.html$/, '')}`;
    const source = contentFileFor(`/${page.slice(base.length)}`);
    const pageName = `dist${page}${page.endsWith('/') ? 'index.html' : ''}`;
    const report = (node: HtmlNode, field: string, message: string) =>
      problems.push({
        file: pageName,
        field,
        line: node.sourceCodeLocation?.startLine,
        column: node.sourceCodeLocation?.startCol,
        message: source ? `${message}（这一页来自 ${source}） (page built from ${source})` : message,
      });
    const document = parsePage(file);
    const policy = [...walk(document)].find((node) => node.tagName === 'meta' && attr(node, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    const allowedHashes = new Set([...(attr(policy ?? { nodeName: '' }, 'content') ?? '').matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]!));

    // Text, in document order, joined with spaces so numbers in neighbouring nodes never run together.
    const pieces: { node: HtmlNode; text: string }[] = [];
    for (const node of walk(document)) {
      if (node.nodeName === '#text' && node.value?.trim()) {
        const parent = node.parentNode?.tagName;
        if (parent !== 'script' && parent !== 'style') pieces.push({ node, text: node.value });
        continue;
      }
      if (!node.tagName) continue;
      const tag = node.tagName;
      for (const { name, value } of node.attrs ?? []) {
        if (/^on/i.test(name)) report(node, `<${tag} ${name}>`, `页面里不能有 ${name} 这样的事件属性：它会运行脚本 (event handler attribute)`);
        if (TEXT_ATTRIBUTES.has(name) && value.trim()) pieces.push({ node, text: value });
        if (!URL_ATTRIBUTES.has(name)) continue;
        const squashed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (
          /^(javascript|vbscript):/.test(squashed) ||
          (squashed.startsWith('data:') && !(tag === 'img' && name === 'src' && squashed.startsWith('data:image/')))
        ) {
          report(node, `<${tag} ${name}>`, `不允许的地址 ${value.slice(0, 40)}：javascript:、vbscript:、data: 会运行脚本或塞进别的内容 (dangerous URL)`);
        }
      }
      if (tag === 'script') {
        const type = (attr(node, 'type') ?? '').trim().toLowerCase();
        const src = attr(node, 'src');
        if (!SCRIPT_TYPES.has(type)) report(node, '<script type>', `不认识的脚本类型 “${type}” (unknown script type)`);
        if (src !== undefined) {
          const url = new URL(src, `https://site.invalid${page}`);
          if (url.origin !== 'https://site.invalid' || !fileFor(url.pathname)) {
            report(node, '<script src>', `脚本 ${src} 不是本站自己的文件 (script not from the site's own files)`);
          }
        } else {
          const text = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
          const hash = createHash('sha256').update(text).digest('base64');
          const inHead = node.parentNode?.tagName === 'head';
          if (!inHead && !allowedHashes.has(hash) && type !== 'application/ld+json' && type !== 'application/json') {
            report(node, '<script>', '页面里有一段不是本站自己的脚本（内容安全策略里没有它的指纹） (inline script that is not the site’s own)');
          }
        }
      }
      const href =
        tag === 'a' || tag === 'area' || tag === 'link'
          ? attr(node, 'href')
          : tag === 'img' || tag === 'source' || tag === 'iframe'
            ? attr(node, 'src')
            : undefined;
      if (href === undefined) continue;
      const number = telLinkNumber(href);
      if (number !== undefined) {
        if (!options.verified.has(number))
          report(node, `<${tag} href>`, `拨号链接 ${href} 的号码不在已核实号码表 content/phone-numbers.yaml 里 (unverified phone number)`);
        else if (!options.callable.has(number))
          report(node, `<${tag} href>`, `号码 ${number} 只能提到、不能做成拨号链接（callable: false） (number not callable)`);
        else if (href !== `tel:${number}`) report(node, `<${tag} href>`, `拨号链接请写成 tel:${number} (write telephone links as tel:${number})`);
        continue;
      }
      checkInternal(node, tag, href);
    }
    function checkInternal(node: HtmlNode, tag: string, href: string) {
      if (/^\s*(mailto|sms|data|javascript|vbscript):/i.test(href)) return;
      let url: URL;
      try {
        url = new URL(href, `https://site.invalid${page}`);
      } catch {
        report(node, `<${tag} href>`, `链接地址写错了：${href} (malformed URL)`);
        return;
      }
      if (url.origin !== 'https://site.invalid') {
        if (siteOrigin && url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, 'https://site.invalid');
        else return;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        report(node, `<${tag} href>`, `链接 ${href} 指向的页面不存在 (link to a page that does not exist)`);
        return;
      }
      const anchor = url.hash.slice(1);
      if (!anchor || !target.endsWith('.html')) return;
      let id: string;
      try {
        id = decodeURIComponent(anchor);
      } catch {
        id = anchor;
      }
      // #top is the top of any page by definition (HTML), with or without an element of that id.
      if (!idsOf(target).has(id) && id.toLowerCase() !== 'top')
        report(node, `<${tag} href>`, `链接 ${href}：目标页面上没有 #${id} 这一节 (no such anchor on the target page)`);
    }

    const text = pieces.map((piece) => piece.text).join(' ');
    const starts: number[] = [];
    let offset = 0;
    for (const piece of pieces) {
      starts.push(offset);
      offset += piece.text.length + 1;
    }
    for (const hit of findPhoneNumbers(text)) {
      if (options.verified.has(hit.number)) continue;
      let index = starts.length - 1;
      while (index > 0 && starts[index]! > hit.index) index -= 1;
      report(pieces[index]!.node, '(text)', `电话号码 ${hit.raw} 不在已核实号码表 content/phone-numbers.yaml 里 (unverified phone number)`);
    }
  }
  return problems;
}

/** The integration: runs `checkBuiltSite` on dist/ when the build is done and fails the build on any problem. */
export function htmlChecks(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = '';
  let illustrations = '';
  return {
    name: 'lifeline-html-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
        root = fileURLToPath(config.root);
        illustrations = join(fileURLToPath(config.srcDir), 'assets/illustrations');
      },
      'astro:build:done': ({ dir, logger }) => {
        const { content } = validatedContent(root, illustrations);
        const verified = new Set(content.phoneNumbers.map((entry) => entry.id));
        const callable = new Set(content.phoneNumbers.filter((entry) => entry.data.callable).map((entry) => entry.id));
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const problems = checkBuiltSite(outDir, { base, site, verified, callable });
        if (problems.length > 0) {
          throw new Error(`构建出的网页检查没有通过 (checks on the built pages failed)\n${formatProblems(problems)}`);
        }
        logger.info(`built pages checked: numbers, links, anchors, scripts (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
