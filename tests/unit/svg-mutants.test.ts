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

describe('each problem says why, in words an editor can act on', () => {
  it('one picture with many problems: each at its line, with its own explanation', () => {
    const source = [
      '<!DOCTYPE svg>',
      `<svg ${NS} xmlns:xlink="http://example.cn/x">`,
      '<?xml-stylesheet href="x.css"?>',
      '<text><![CDATA[x]]></text>',
      '<g onload="x" style="fill:red" data-x="1">出口</g>',
      '<use xlink:href="https://evil.example/a.svg#x"/>',
      '<svg xmlns="http://example.cn/svg"/>',
      '</svg>',
    ].join('\n');
    const result = checkSvg(source, 'signs/x.svg', { requireTitle: true });
    expect(result.svg).toBe('');
    expect(result.problems.map(({ field, line, column, message }) => [field, line, column, message])).toEqual([
      ['<!DOCTYPE>', 1, 1, '不要写 <!DOCTYPE>：它能引入外部实体 (no DOCTYPE)'],
      ['<?xml-stylesheet?>', 3, 1, '不要写 <?xml-stylesheet …?>：它能加载外部样式表 (no processing instructions)'],
      ['<![CDATA[', 4, 7, '不要写 CDATA 段 (no CDATA sections)'],
      ['<svg xmlns:xlink>', 2, 1, 'xmlns:xlink 应为 http://www.w3.org/1999/xlink (wrong namespace)'],
      ['<g onload>', 5, 1, '不能有 onload 这样的事件属性：它会运行脚本 (event handler attribute)'],
      ['<g style>', 5, 1, '不用 style 属性：颜色写成 fill、stroke 属性 (no style attribute)'],
      ['<g data-x>', 5, 1, '<g> 不能有 data-x 属性（编辑软件留下的多余属性请删掉） (attribute not on the allowlist)'],
      ['<g>', 5, 1, '文字只能写在 <text>、<title>、<desc> 里 (text outside <text>/<title>/<desc>)'],
      ['<use xlink:href>', 6, 1, 'xlink:href 只能指向本图里的 #id，不能指向别的文件或网站 (external or javascript: reference)'],
      ['<svg xmlns>', 7, 1, 'xmlns 应为 http://www.w3.org/2000/svg (wrong namespace)'],
      ['<svg viewBox>', 2, 1, '<svg> 要写 viewBox，图才能按屏幕大小缩放 (missing viewBox)'],
      ['<title>', 2, 1, '<svg> 里要有 <title>，写图的名称 (missing <title>)'],
      ['<desc>', 2, 1, '<svg> 里要有 <desc>，写清画面内容和含义 (missing <desc>)'],
    ]);
  });

  it('a picture without the SVG namespace is told which one to write', () => {
    expect(checkSvg('<svg viewBox="0 0 1 1"><title>t</title><desc>d</desc></svg>', 'x.svg').problems).toEqual([
      { file: 'x.svg', field: '<svg xmlns>', line: 1, column: 1, message: '<svg> 要写 xmlns="http://www.w3.org/2000/svg" (missing xmlns)' },
    ]);
  });

  it('XML that is not well-formed names what the parser found', () => {
    expect(checkSvg(`<svg ${NS} viewBox="0 0 1 1">\n  <rect width="1" height="1"></g>\n</svg>`, 'x.svg').problems[0]!.message).toBe(
      'SVG 不是完整有效的 XML，检查标签是否成对、属性是否加了引号 (not well-formed XML: Unexpected close tag)',
    );
  });

  it('a file whose root is not <svg> gives no picture at all', () => {
    expect(checkSvg(`<html ${NS}/>`, 'x.svg').svg).toBe('');
  });
});

describe('more of what a title and a link may be', () => {
  it('a <title> with text of its own counts, even with an element beside the text', () => {
    expect(fields(`<svg ${NS} viewBox="0 0 1 1"><title>安全出口<tspan>EXIT</tspan></title><desc>d</desc></svg>`)).toEqual([]);
  });

  it('an xlink:href that leaves the picture is refused like href', () => {
    expect(fields(svg('<use xlink:href="https://evil.example/a.svg#x"/>'))).toEqual(['<use xlink:href>']);
  });
});
