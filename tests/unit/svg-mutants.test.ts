// More of the SVG allowlist (src/lib/validator/svg.ts), at its edges: the cases svg-allowlist.test.ts does
// not reach, found by mutation testing. A rule that is too strict stops a good picture; one that is too
// loose lets a script or an outside link into a picture the site serves.
import { describe, expect, it } from 'vitest';
import { checkSvg, sanitizeSvg } from '../../src/lib/validator/svg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (inner: string) => `<svg ${NS} viewBox="0 0 100 100"><title>出口</title><desc>绿色方形</desc>${inner}</svg>`;
const fields = (source: string) => checkSvg(source, 'signs/x.svg', { requireTitle: true }).problems.map((problem) => problem.field);

describe('what a good picture may hold', () => {
  it('font attributes are not event handlers, though “on” is inside their names', () => {
    const source = svg('<text x="1" y="2" font-family="sans-serif" font-size="5">出口</text>');
    expect(checkSvg(source, 'signs/x.svg', { requireTitle: true })).toMatchObject({ problems: [], svg: `${source}\n` });
  });

  it('a link to an id with letters, digits, _, - and . in it, and spaces around it', () => {
    expect(fields(svg('<use href="#exit_sign-2.a"/>'))).toEqual([]);
    expect(fields(svg('<use href=" #a "/>'))).toEqual([]);
  });

  it('a picture inside the picture needs no xmlns of its own', () => {
    expect(fields(svg('<svg viewBox="0 0 1 1"><rect width="1" height="1"/></svg>'))).toEqual([]);
  });
});

describe('what a picture may not hold', () => {
  it('url( left unclosed still may not point out of the picture', () => {
    expect(fields(svg('<rect width="1" height="1" fill="url(https://evil.example/p"/>'))).toEqual(['<rect fill>']);
  });

  it('a style sheet instruction before the <svg> element', () => {
    expect(fields(`<?xml-stylesheet href="x.css"?><svg ${NS} viewBox="0 0 1 1"><title>t</title><desc>d</desc></svg>`)).toEqual(['<?xml-stylesheet?>']);
  });

  it('an empty viewBox counts as none', () => {
    expect(fields(`<svg ${NS} viewBox=""><title>t</title><desc>d</desc></svg>`)).toEqual(['<svg viewBox>']);
  });

  it('a <title> with no text of its own, only an element inside it, counts as none', () => {
    expect(fields(`<svg ${NS} viewBox="0 0 1 1"><title><tspan>出口</tspan></title><desc>d</desc></svg>`)).toEqual(['<title>']);
  });
});

describe('where a problem is, and what the site says when it refuses a picture', () => {
  it('XML that is not well-formed is reported at the line and column where the parser stopped', () => {
    expect(checkSvg(`<svg ${NS} viewBox="0 0 1 1">\n  <rect width="1" height="1"></g>\n</svg>`, 'x.svg').problems).toEqual([
      { file: 'x.svg', field: '(file)', line: 2, column: 34, message: expect.stringMatching(/^SVG 不是完整有效的 XML/) },
    ]);
  });

  it('a refused picture names every problem, one after another', () => {
    expect(() => sanitizeSvg('<svg viewBox="0 0 1 1"><script/></svg>', 'signs/x.svg')).toThrow(
      'signs/x.svg: <svg xmlns> <svg> 要写 xmlns="http://www.w3.org/2000/svg" (missing xmlns); <script> 不能有 <script>：脚本会在本站的网址下运行 (no <script>: it would run on the site’s own origin)',
    );
  });
});
