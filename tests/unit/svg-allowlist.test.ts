// The SVG allowlist (src/lib/validator/svg.ts), called directly: what a picture may hold, where each
// problem is reported, and the picture as the site serves it, printed again from the parsed tree.
import { describe, expect, it } from 'vitest';
import { checkSvg, sanitizeSvg } from '../../src/lib/validator/svg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (inner: string, attributes = '') => `<svg ${NS} viewBox="0 0 100 100"${attributes}><title>出口</title><desc>绿色方形</desc>${inner}</svg>`;
const fields = (source: string, options = { requireTitle: true }) => checkSvg(source, 'signs/x.svg', options).problems.map((problem) => problem.field);

describe('a picture that keeps to the allowlist', () => {
  it('has no problems, and is served as written, plus a final line end', () => {
    const source = svg('<g fill="#00853F"><rect x="1" y="2" width="3" height="4"/><circle cx="5" cy="5" r="2"/></g>');
    expect(checkSvg(source, 'signs/x.svg', { requireTitle: true })).toEqual({
      svg: `${source}\n`,
      problems: [],
      texts: [
        { text: '出口', line: 1, column: 63 },
        { text: '绿色方形', line: 1, column: 80 },
      ],
      viewBox: '0 0 100 100',
    });
  });

  it('keeps links to its own ids: <use href="#a">, fill="url(#g)"', () => {
    const source = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="a" d="M0 0h1"/></defs><use href="#a"/><rect width="1" height="1" fill="url(#g)" stroke="url(\'#g\')"/>',
    );
    expect(fields(source)).toEqual([]);
  });

  it('accepts an XML declaration and a byte-order mark at the very start', () => {
    expect(fields(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${svg('')}`)).toEqual([]);
  });

  it('escapes text and attribute values when printing it again', () => {
    const printed = sanitizeSvg(
      `<svg ${NS} viewBox="0 0 1 1" aria-label="A &amp; &quot;B&quot; &lt;C&gt;"><text x="0" y="1">1 &lt; 2 &amp;&amp; 3 &gt; 2</text></svg>`,
      'x.svg',
    );
    expect(printed).toBe(
      `<svg ${NS} viewBox="0 0 1 1" aria-label="A &amp; &quot;B&quot; &lt;C&gt;"><text x="0" y="1">1 &lt; 2 &amp;&amp; 3 &gt; 2</text></svg>\n`,
    );
  });

  it('keeps white space between elements and prints empty elements self-closed', () => {
    expect(sanitizeSvg(`<svg ${NS} viewBox="0 0 1 1">\n  <g>\n  </g>\n  <path d="M0 0h1"></path>\n</svg>`, 'x.svg')).toBe(
      `<svg ${NS} viewBox="0 0 1 1">\n  <g>\n  </g>\n  <path d="M0 0h1"/>\n</svg>\n`,
    );
  });

  it('needs a title and a description only when asked', () => {
    const bare = `<svg ${NS} viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`;
    expect(fields(bare, { requireTitle: false })).toEqual([]);
    expect(checkSvg(bare, 'x.svg').problems).toEqual([]);
    expect(fields(bare)).toEqual(['<title>', '<desc>']);
    expect(fields(`<svg ${NS} viewBox="0 0 1 1"><title> </title><desc>图</desc></svg>`)).toEqual(['<title>']);
    expect(fields(`<svg ${NS} viewBox="0 0 1 1"><g><title>出口</title></g><desc>图</desc></svg>`)).toEqual(['<title>']);
  });

  it('collects the text of <title>, <desc>, <text> and <tspan> with their place, for the phone-number check', () => {
    const { texts } = checkSvg(`<svg ${NS} viewBox="0 0 1 1">\n<text x="0" y="1">拨打<tspan>119</tspan></text>\n</svg>`, 'x.svg');
    expect(texts).toEqual([
      { text: '拨打', line: 2, column: 1 },
      { text: '119', line: 2, column: 21 },
    ]);
  });
});

describe('a picture that breaks the allowlist', () => {
  it('is reported at the element’s line and column, and not served at all', () => {
    const result = checkSvg(`<svg ${NS} viewBox="0 0 1 1">\n  <rect width="1" height="1"/>\n  <script>alert(1)</script>\n</svg>`, 'signs/x.svg');
    expect(result.svg).toBe('');
    expect(result.problems).toEqual([{ file: 'signs/x.svg', field: '<script>', line: 3, column: 3, message: expect.stringMatching(/^不能有 <script>/) }]);
    expect(() => sanitizeSvg(`<svg ${NS} viewBox="0 0 1 1"><script>alert(1)</script></svg>`, 'signs/x.svg')).toThrow(
      /^signs\/x\.svg: <script> 不能有 <script>/,
    );
  });

  it('an element that is not for drawing is named, with the allowed ones', () => {
    const [problem] = checkSvg(`<svg ${NS} viewBox="0 0 1 1"><video/></svg>`, 'x.svg').problems;
    expect(problem).toMatchObject({ field: '<video>', message: expect.stringMatching(/^<video> 不是允许的绘图元素；只能用：svg、g、defs/) });
  });

  it('what is inside a refused element is not looked at again', () => {
    expect(fields(svg('<foreignObject><script>alert(1)</script><b onclick="x">x</b></foreignObject>'))).toEqual(['<foreignObject>']);
  });

  it('event handlers in any case, style attributes and attributes not on the list', () => {
    expect(fields(svg('<rect width="1" height="1" ONCLICK="x" style="fill:red" data-x="1"/>'))).toEqual(['<rect ONCLICK>', '<rect style>', '<rect data-x>']);
    expect(fields(svg('<circle r="1" x="2"/>'))).toEqual(['<circle x>']);
  });

  it('namespaces other than SVG and XLink', () => {
    expect(fields(`<svg xmlns="http://www.w3.org/1999/xhtml" viewBox="0 0 1 1"><title>t</title><desc>d</desc></svg>`)).toEqual(['<svg xmlns>']);
    expect(fields(svg('', ' xmlns:xlink="http://example.cn/xlink"'))).toEqual(['<svg xmlns:xlink>']);
    expect(fields(svg('<use xlink:href="#a"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'))).toEqual([]);
  });

  it('a picture without the SVG namespace', () => {
    expect(fields('<svg viewBox="0 0 1 1"><title>t</title><desc>d</desc></svg>')).toEqual(['<svg xmlns>']);
  });

  it('links that leave the picture, however they are hidden', () => {
    expect(fields(svg('<use href="other.svg#a"/>'))).toEqual(['<use href>']);
    expect(fields(svg('<use href="#a b"/>'))).toEqual(['<use href>']);
    expect(fields(svg('<linearGradient id="g" href="https://evil.example/g"/>'))).toEqual(['<linearGradient href>']);
    expect(fields(svg('<rect width="1" height="1" fill="url(evil.svg#g)"/>'))).toEqual(['<rect fill>']);
    expect(fields(svg('<rect width="1" height="1" fill="url(#g) url(https://evil.example/p)"/>'))).toEqual(['<rect fill>']);
    expect(fields(svg('<rect width="1" height="1" mask="URL(  &quot;https://x&quot;  )"/>'))).toEqual(['<rect mask>']);
    expect(fields(svg('<rect width="1" height="1" fill="java&#x09;script:alert(1)"/>'))).toEqual(['<rect fill>']);
    expect(fields(svg('<rect width="1" height="1" fill="DATA:text/html,x"/>'))).toEqual(['<rect fill>']);
    expect(fields(svg('<rect width="1" height="1" fill="vbscript:x"/>'))).toEqual(['<rect fill>']);
  });

  it('names what was wrong with a link in words an editor can act on', () => {
    const messages = checkSvg(svg('<rect width="1" height="1" fill="url(\'https://x/p\')" stroke="javascript:x"/>'), 'x.svg').problems.map(
      (problem) => problem.message,
    );
    expect(messages).toEqual([expect.stringMatching(/^url\(https:\/\/x\/p\) 指向图外/), expect.stringMatching(/^javascript:、data: 这类地址/)]);
  });

  it('text outside <text>, <title> and <desc>', () => {
    expect(fields(svg('<g>出口</g>'))).toEqual(['<g>']);
  });

  it('a root element that is not <svg>, or no element at all', () => {
    expect(checkSvg(`<html ${NS}/>`, 'x.svg').problems).toEqual([
      { file: 'x.svg', field: '<svg>', line: 1, column: 1, message: expect.stringMatching(/<svg> 元素开始/) },
    ]);
    expect(checkSvg('', 'x.svg').problems).toEqual([
      { file: 'x.svg', field: '<svg>', line: undefined, column: undefined, message: expect.stringMatching(/<svg> 元素开始/) },
    ]);
  });

  it('XML that is not well-formed, at the place the parser stopped', () => {
    const { problems, svg: printed } = checkSvg(`<svg ${NS} viewBox="0 0 1 1">\n<rect width="1">\n</svg>`, 'x.svg');
    expect(printed).toBe('');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: '(file)',
      line: 3,
      message: expect.stringMatching(/^SVG 不是完整有效的 XML.*\(not well-formed XML: [^\n]+\)$/),
    });
  });

  it('a DOCTYPE, a processing instruction after the start, and CDATA, each at its line', () => {
    const { problems } = checkSvg(`<!DOCTYPE svg>\n<svg ${NS} viewBox="0 0 1 1">\n<?xml-stylesheet href="x.css"?>\n<text><![CDATA[x]]></text></svg>`, 'x.svg');
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['<!DOCTYPE>', 1],
      ['<?xml-stylesheet?>', 3],
      ['<![CDATA[', 4],
    ]);
  });

  it('an XML declaration anywhere but the start', () => {
    expect(fields(`<svg ${NS} viewBox="0 0 1 1"><title>t</title><desc>d</desc><?xml version="1.0"?></svg>`)).toEqual(['<?xml?>']);
  });

  it('a picture without a viewBox', () => {
    expect(checkSvg(`<svg ${NS} width="10" height="10"/>`, 'x.svg')).toMatchObject({ problems: [{ field: '<svg viewBox>' }], viewBox: undefined });
  });
});
