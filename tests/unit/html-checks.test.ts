// The checks on the built pages (src/integrations/html-checks.ts), run on a small hand-made dist/: one
// fault per page, each named by page and element.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/integrations/html-checks.ts';

const OWN_SCRIPT = 'document.documentElement.classList.add("app-js");';
const hash = (text: string) => createHash('sha256').update(text).digest('base64');

/** A page as the site builds it: CSP with the hash of its own inline script, and that script. */
function page(body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hash(OWN_SCRIPT)}'">${head}</head>
<body><main>${body}</main><script type="module">${OWN_SCRIPT}</script><script type="module" src="/_astro/app.js"></script></body></html>`;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-dist-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'index.html': page('<h1 id="top">首页</h1><a href="/topics/gas/#leak">燃气</a> <a href="tel:119">119</a>'),
    'topics/gas/index.html': page('<h1>燃气</h1><h2 id="leak">闻到燃气味</h2><a href="../fire/">火灾</a>'),
    'topics/fire/index.html': page('<h1>火灾</h1><a href="#top">回到上面</a><p id="top">拨打119、120、12345。</p>'),
    '_astro/app.js': 'export {};',
    ...pages,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const options = {
  base: '/',
  site: 'https://lifeline.example.cn',
  verified: new Set(['119', '120', '12345', '96119']),
  callable: new Set(['119', '120', '12345']),
};
const check = (pages: Record<string, string>) => checkBuiltSite(site(pages), options);

const FAULTS: { name: string; html: string; field: string }[] = [
  { name: 'an unverified number in the text', html: '<p>燃气报修请拨打96777。</p>', field: '(text)' },
  { name: 'a mobile number split across markup', html: '<p>联系人：<strong>138 1234 5678</strong></p>', field: '(text)' },
  { name: 'an unverified number in an aria-label', html: '<a href="../gas/" aria-label="咨询电话 010-12345678">咨询</a>', field: '(text)' },
  { name: 'a tel: link to an unverified number', html: '<a href="tel:96333">报修</a>', field: '<a href>' },
  { name: 'a TEL: link in capitals', html: '<a href="TEL:119">火警</a>', field: '<a href>' },
  { name: 'a tel: link to a number that may only be named', html: '<a href="tel:96119">举报</a>', field: '<a href>' },
  { name: 'a link to a page that does not exist', html: '<a href="/topics/gass/">燃气</a>', field: '<a href>' },
  { name: 'a relative link to a page that does not exist', html: '<a href="../nothing/">无</a>', field: '<a href>' },
  { name: 'a link to an anchor that does not exist', html: '<a href="/topics/gas/#nope">燃气</a>', field: '<a href>' },
  { name: 'a link to an anchor missing on the same page', html: '<a href="#nowhere">无</a>', field: '<a href>' },
  { name: 'a link to the site’s own address that does not exist', html: '<a href="https://lifeline.example.cn/topics/none/">无</a>', field: '<a href>' },
  { name: 'a script from another origin', html: '<script src="https://cdn.example.com/x.js"></script>', field: '<script src>' },
  { name: 'a script file the site does not have', html: '<script src="/_astro/missing.js"></script>', field: '<script src>' },
  { name: 'an inline script that is not the site’s own', html: '<script>alert(document.cookie)</script>', field: '<script>' },
  { name: 'an onload attribute on inline SVG', html: '<svg onload="alert(1)"><rect/></svg>', field: '<svg onload>' },
  { name: 'an onclick attribute', html: '<button type="button" onclick="alert(1)">按</button>', field: '<button onclick>' },
  { name: 'a javascript: link', html: '<a href="javascript:alert(1)">点</a>', field: '<a href>' },
  { name: 'a javascript: link hidden by spaces and case', html: '<a href=" JaVa\tScRiPt:alert(1)">点</a>', field: '<a href>' },
  { name: 'a data: page in a link', html: '<a href="data:text/html,<script>alert(1)</script>">点</a>', field: '<a href>' },
  { name: 'an unknown script type', html: '<script type="text/vbscript">x</script>', field: '<script type>' },
];

describe('checks on the built pages', () => {
  it('pass a clean site', () => {
    expect(check({})).toEqual([]);
  });

  for (const fault of FAULTS) {
    it(`reject ${fault.name}, naming the page and the element`, () => {
      const problems = check({ 'topics/bad/index.html': page(`<h1>坏页面</h1>${fault.html}`) });
      expect(problems, JSON.stringify(problems, null, 1)).toContainEqual(expect.objectContaining({ file: 'dist/topics/bad/index.html', field: fault.field }));
      const found = problems.find((problem) => problem.field === fault.field)!;
      expect(found.line).toBeGreaterThan(0);
      expect(found.message).toContain('content/topics/bad.mdx');
    });
  }

  it('allow the site’s own inline script in <head> (before the policy) and data: images', () => {
    const html = page('<h1>好</h1><img src="data:image/png;base64,AAAA" alt="图">', '<script>(function(){document.documentElement.lang="zh-CN"})();</script>');
    expect(check({ 'good/index.html': html })).toEqual([]);
  });

  it('follow the base path', () => {
    const dir = site({});
    const problems = checkBuiltSite(dir, { ...options, base: '/anquan/' });
    // Built for / but checked as /anquan/: every internal absolute link now misses.
    expect(problems.some((problem) => problem.field === '<a href>')).toBe(true);
  });
});
