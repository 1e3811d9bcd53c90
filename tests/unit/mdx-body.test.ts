// The body of a topic, case or lesson (src/lib/validator/mdx.ts), checked with the parser the build uses:
// Markdown and a few plain HTML tags, no code of any kind, every heading a linkable <h2 id="…">.
import { describe, expect, it } from 'vitest';
import { type BodyText, checkMdxBody } from '../../src/lib/validator/mdx.ts';

/** A text piece without its line starts (tested on their own, below). */
const withoutStarts = ({ lineStarts: _, ...piece }: BodyText) => piece;

const FRONTMATTER = '---\ntitle: 测试\n---\n';
const check = (body: string) => checkMdxBody(`${FRONTMATTER}${body}`, 'content/topics/gas.mdx');
const fields = (body: string) => check(body).problems.map((problem) => problem.field);
const messages = (body: string) => check(body).problems.map((problem) => problem.message);

describe('a body that keeps to the rules', () => {
  it('has no problems, and gives its heading ids, links and text', () => {
    const result = check(
      '<h2 id="leak">闻到燃气味</h2>\n\n先[关阀](../gas/#valve)，再拨打[119](tel:119)。\n\n<h3 id="co-alarm">报警器</h3>\n\n<h4 id="where">装在哪</h4>\n\n[见这里][ref]\n\n[ref]: https://example.cn/\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.headingIds).toEqual(['leak', 'co-alarm', 'where']);
    expect(result.links).toEqual([
      { url: '../gas/#valve', line: 6, column: 2 },
      { url: 'tel:119', line: 6, column: 25 },
      { url: 'https://example.cn/', line: 14, column: 1 },
    ]);
    expect(result.hasText).toBe(true);
    expect(withoutStarts(result.texts[0]!)).toEqual({ text: '闻到燃气味', line: 4, column: 15 });
  });

  it('allows the listed tags with their attributes: a link with a title, a table cell spanning columns', () => {
    expect(
      fields(
        '<p lang="en">Exit</p>\n\n<a href="../gas/" title="燃气">燃气</a>\n\n<table><tbody><tr><td colSpan="2">甲</td></tr></tbody></table>\n\n<ol start="3"><li>三</li></ol>\n',
      ),
    ).toEqual([]);
    expect(check('<a href="../gas/">燃气</a>\n').links).toEqual([{ url: '../gas/', line: 4, column: 1 }]);
  });

  it('allows a comment written {/* like this */}', () => {
    expect(fields('正文。\n\n{/* 编辑备注 */}\n')).toEqual([]);
  });

  it('code and inline code count as text', () => {
    expect(check('`119`\n').texts.map(withoutStarts)).toEqual([{ text: '119', line: 4, column: 1 }]);
    expect(check('```\n拨打 96777\n```\n').texts.map(withoutStarts)).toEqual([{ text: '拨打 96777', line: 4, column: 1 }]);
  });
});

describe('a body without any text', () => {
  it('says so, so the empty-body rule can report it', () => {
    expect(check('').hasText).toBe(false);
    expect(check('   \n\n').hasText).toBe(false);
    expect(check('<h2 id="a"> </h2>\n').hasText).toBe(false);
    expect(check('<h2 id="a">甲</h2>\n').hasText).toBe(true);
  });
});

describe('a body with code or markup the site does not allow', () => {
  it('import and export lines', () => {
    expect(messages("import X from './x.ts'\n\n正文。\n")).toEqual([expect.stringMatching(/^正文里不能写 import 或 export/)]);
  });

  it('{ } expressions, in a paragraph or on a line of their own', () => {
    expect(check('共有{1 + 1}条。\n').problems).toEqual([
      expect.objectContaining({ field: 'body', line: 4, column: 3, message: expect.stringMatching(/不能写 \{ \} 表达式/) }),
    ]);
    expect(fields('{"x"}\n')).toEqual(['body']);
    expect(fields('{/* 备注 */ 1}\n')).toEqual(['body']);
  });

  it('pictures, as Markdown or by reference', () => {
    expect(messages('![图](https://example.cn/x.png)\n')).toEqual([expect.stringMatching(/^正文里不放图片/)]);
    expect(fields('![图][p]\n\n[p]: https://example.cn/x.png\n')).toEqual(['body']);
  });

  it('a Markdown heading, with the tag to write instead', () => {
    expect(messages('## 漏气\n')).toEqual([expect.stringMatching(/^小节标题请写成 <h2 id="英文id">标题<\/h2>/)]);
    expect(messages('#### 漏气\n')).toEqual([expect.stringMatching(/^小节标题请写成 <h4 id=/)]);
    expect(messages('###### 漏气\n')).toEqual([expect.stringMatching(/^小节标题请写成 <h4 id=.*<\/h4>/)]);
    expect(messages('# 漏气\n')).toEqual([expect.stringMatching(/^小节标题请写成 <h2 id=/)]);
  });

  it('a refused tag, with its reason, and nothing inside it is looked at', () => {
    expect(check('<script>{alert(1)}</script>\n').problems).toEqual([
      expect.objectContaining({ field: '<script>', message: expect.stringMatching(/^正文里不能有 <script>/) }),
    ]);
    expect(fields('<h1>标题</h1>\n')).toEqual(['<h1>']);
    expect(fields('<img src="x.png" />\n')).toEqual(['<img>']);
  });

  it('a component, or any tag not on the list', () => {
    expect(messages('<Widget />\n')).toEqual([expect.stringMatching(/^正文里不能用组件 <Widget>/)]);
    expect(messages('<ui.Card />\n')).toEqual([expect.stringMatching(/^正文里不能用组件 <ui\.Card>/)]);
    expect(messages('<marquee>滚动</marquee>\n')).toEqual([expect.stringMatching(/^正文里不能用 <marquee>；可以用：h2、h3/)]);
    expect(fields('<>片段</>\n')).toEqual(['body']);
  });

  it('event handlers in any case, style attributes, unknown attributes and spread attributes', () => {
    expect(fields('<p onClick="x" ONMOUSEOVER="y" style="color:red" class="big" {...props}>甲</p>\n')).toEqual([
      '<p onClick>',
      '<p ONMOUSEOVER>',
      '<p style>',
      '<p class>',
      '<p>',
    ]);
  });

  it('attribute values written as expressions', () => {
    expect(check("<a href={'tel:' + '96333'}>报修</a>\n")).toMatchObject({
      links: [],
      problems: [{ field: '<a href>', message: expect.stringMatching(/带引号的文字/) }],
    });
  });

  it('a heading tag without an id, or with an id that is not kebab-case', () => {
    expect(check('<h2>甲</h2>\n<h3 id="Leak_1">乙</h3>\n<h4 id="ok-1">丙</h4>\n')).toMatchObject({
      problems: [
        { field: '<h2>', message: expect.stringMatching(/^<h2> 要有 id，例如 <h2 id="leak">/) },
        { field: '<h3 id>', message: expect.stringMatching(/^id “Leak_1” 只能用小写字母/) },
      ],
      headingIds: ['ok-1'],
    });
  });

  it('an unclosed tag, at its line and column, in words and then the parser’s', () => {
    const { problems } = check('正文。\n\n<h2 id="x">没有结束\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/topics/gas.mdx', field: 'body', line: expect.any(Number), column: expect.any(Number) });
    expect(problems[0]!.message).toMatch(/^正文的写法有错：.*\(MDX syntax error: [^)]/);
    expect(problems[0]!.message).not.toMatch(/\(MDX syntax error: \d+:\d+/);
  });
});

// What an editor sees for each mistake, down to the line, the column and the words of the message: these
// pin the checks that the cases above only name by field.
describe('a body’s problems, exactly', () => {
  it('a syntax error: the parser’s line and column, its words without the position or the rule code', () => {
    expect(check('正文。\n\n<h2 id="x">没有结束\n').problems).toEqual([
      {
        file: 'content/topics/gas.mdx',
        field: 'body',
        line: 6,
        column: 1,
        message:
          '正文的写法有错：检查 HTML 标签是否成对，< 和 { 要写成 \\< 和 \\{，注释不能用 <!-- --> (MDX syntax error: Expected a closing tag for `<h2>` (6:1) before the end of `paragraph`)',
      },
    ]);
    expect(check('<!-- 注释 -->\n').problems).toEqual([
      expect.objectContaining({
        line: 4,
        column: 1,
        message: expect.stringMatching(/\(MDX syntax error: Unexpected character `!` .*use `\{\/\* text \*\/\}`\)\)$/),
      }),
    ]);
  });

  it('a syntax error further down the file, at a two-digit line and column', () => {
    const { problems } = check(`${'正文。\n\n'.repeat(4)}一二三四五六七八九十 <b>没有结束\n`);
    expect(problems).toEqual([expect.objectContaining({ line: 12, column: 12 })]);
    expect(problems[0]!.message).toMatch(/\(MDX syntax error: Expected a closing tag for `<b>` \(12:12\) before the end of `paragraph`\)$/);
  });

  it('import and export, at their line', () => {
    expect(check('正文。\n\nexport const x = 1\n').problems).toEqual([
      { file: 'content/topics/gas.mdx', field: 'body', line: 6, column: 1, message: '正文里不能写 import 或 export (no import/export in the body)' },
    ]);
  });

  it('comments are only {/* … */} alone in the braces, on one line or several, with spaces around', () => {
    for (const body of ['{ /* 备注 */ }\n', '{  /* 备注 */  }\n', '{/*\n多行\n备注\n*/}\n', '{/* 一 */ /* 二 */}\n', '正文{/* 行内备注 */}。\n'])
      expect(fields(body), body).toEqual([]);
    for (const body of ['{1 /* 备注 */}\n', '{/* 备注 */ 1}\n', '{x /* 备注 */}\n', '{"/* 备注 */"}\n', '{}\n'])
      expect(messages(body), body).toEqual(['正文里不能写 { } 表达式；要显示花括号，请写 \\{ 和 \\} (no {expressions} in the body)']);
  });

  it('a picture, at its place', () => {
    expect(check('先看图：![图](https://example.cn/x.png)\n').problems).toEqual([
      {
        file: 'content/topics/gas.mdx',
        field: 'body',
        line: 4,
        column: 5,
        message: '正文里不放图片：插图写在 frontmatter 的 illustrations 里 (no images in the body: use illustrations)',
      },
    ]);
  });

  it('a Markdown heading: the whole message, and its words still count as text', () => {
    const result = check('### 漏气\n');
    expect(result.problems).toEqual([
      {
        file: 'content/topics/gas.mdx',
        field: 'body',
        line: 4,
        column: 1,
        message: '小节标题请写成 <h3 id="英文id">标题</h3>，不要用 #，以便链接 (headings need a stable id: write <h2 id="…">)',
      },
    ]);
    expect(result.texts.map(withoutStarts)).toEqual([{ text: '漏气', line: 4, column: 5 }]);
    expect(result.hasText).toBe(true);
  });

  it('every link target, even an empty one, at its place', () => {
    expect(check('[甲]() 和 [乙](<>)\n\n[丙]: <>\n').links).toEqual([
      { url: '', line: 4, column: 1 },
      { url: '', line: 4, column: 9 },
      { url: '', line: 6, column: 1 },
    ]);
    expect(check('见<a title="燃气" href="../gas/">这里</a>。\n').links).toEqual([{ url: '../gas/', line: 4, column: 2 }]);
  });

  it('text pieces: blank inline code is not text; text inside allowed tags is', () => {
    expect(check('`  `\n').hasText).toBe(false);
    expect(check('`  `\n').texts.map(withoutStarts)).toEqual([]);
    expect(check('<p>甲<strong>乙</strong></p>\n').texts.map(withoutStarts)).toEqual([
      { text: '甲', line: 4, column: 4 },
      { text: '乙', line: 4, column: 13 },
    ]);
  });

  it('each refused tag with its own reason, at its place', () => {
    const refused: [string, string][] = [
      ['<style>{"p{}"}</style>', '正文里不能有 <style>：样式由网站统一设置 (no <style> in the body)'],
      ['<iframe src="https://example.cn/" />', '正文里不能嵌入别的网页 <iframe> (no <iframe>)'],
      ['<img src="x.png" />', '正文里不放图片：插图写在 frontmatter 的 illustrations 里 (no <img>: use illustrations)'],
      ['<svg viewBox="0 0 1 1" />', '正文里不直接写 SVG：插图写在 frontmatter 的 illustrations 里 (no inline <svg>: use illustrations)'],
      ['<object data="x" />', '正文里不能有 <object> (no <object>)'],
      ['<embed src="x" />', '正文里不能有 <embed> (no <embed>)'],
      ['<form>表</form>', '正文里不能有表单 <form> (no <form>)'],
      ['<h1>标题</h1>', '正文里不用 <h1>：页面标题就是 h1，小节用 <h2 id="…"> (no <h1> in the body)'],
      ['<script>{"x"}</script>', '正文里不能有 <script>：脚本会在网站里运行 (no <script> in the body)'],
    ];
    for (const [tag, message] of refused) {
      const name = /^<(\w+)/.exec(tag)![1];
      expect(check(`正文。\n\n${tag}\n`).problems, tag).toEqual([{ file: 'content/topics/gas.mdx', field: `<${name}>`, line: 6, column: 1, message }]);
    }
  });

  it('a tag not on the list that only has a capital inside is not a component, and nothing inside a refused tag counts', () => {
    expect(messages('<myTag>甲</myTag>\n')).toEqual([expect.stringMatching(/^正文里不能用 <myTag>；可以用：h2、h3、h4、p、/)]);
    expect(messages('<Widget />\n')).toEqual(['正文里不能用组件 <Widget> (no components in the body)']);
    expect(check('<>片段[链接](tel:96333){1}</>\n')).toMatchObject({
      problems: [{ field: 'body', line: 4, column: 1, message: '正文里不能写 <> 片段 (no <> fragments)' }],
      links: [],
      texts: [],
    });
    expect(check('<marquee>滚动 <a href="tel:96333">报修</a></marquee>\n')).toMatchObject({ links: [], texts: [], hasText: false });
  });

  it('attributes: each problem in its own words, naming the tag and the attribute', () => {
    expect(check('<p onClick="x" style="color:red" data-on="y" {...props}>甲</p>\n').problems).toEqual([
      {
        file: 'content/topics/gas.mdx',
        field: '<p onClick>',
        line: 4,
        column: 1,
        message: '不能有 onClick 这样的事件属性：它会运行脚本 (event handler attribute)',
      },
      { file: 'content/topics/gas.mdx', field: '<p style>', line: 4, column: 1, message: '不能用 style 属性：样式由网站统一设置 (no style attribute)' },
      { file: 'content/topics/gas.mdx', field: '<p data-on>', line: 4, column: 1, message: '<p> 不能有 data-on 属性 (attribute not allowed)' },
      { file: 'content/topics/gas.mdx', field: '<p>', line: 4, column: 1, message: '<p> 的属性不能用 {...} 展开 (no spread attributes)' },
    ]);
  });

  it('an attribute written without a value, or as an expression, is not a plain string', () => {
    expect(check('<table><tbody><tr><th scope>甲</th></tr></tbody></table>\n').problems).toEqual([
      expect.objectContaining({
        field: '<th scope>',
        message: 'scope 的值要写成带引号的文字，不能用 { } 表达式 (attribute value must be a plain quoted string)',
      }),
    ]);
    expect(check('<h2 id={"leak"}>漏气</h2>\n')).toMatchObject({
      problems: [{ field: '<h2 id>' }, { field: '<h2>', message: '<h2> 要有 id，例如 <h2 id="leak">，题目和链接靠它找到这一节 (heading needs an id)' }],
      headingIds: [],
    });
  });

  it('heading ids: lower-case words joined by single hyphens', () => {
    for (const id of ['leak', 'a-1-b', '119', 'co2']) expect(check(`<h2 lang="zh" id="${id}">甲</h2>\n`), id).toMatchObject({ problems: [], headingIds: [id] });
    for (const id of ['a--b', '-a', 'a-', 'Leak', 'a_b', 'a b', ''])
      expect(check(`<h3 id="${id}">甲</h3>\n`), id).toMatchObject({
        problems: [{ field: '<h3 id>', line: 4, column: 1, message: `id “${id}” 只能用小写字母、数字和连字符 (id must be kebab-case)` }],
        headingIds: [],
      });
    expect(check('<h4>甲</h4>\n').problems).toEqual([
      expect.objectContaining({ field: '<h4>', message: expect.stringMatching(/^<h4> 要有 id，例如 <h4 id="leak">/) }),
    ]);
    expect(check('<p id="Any_Thing">甲</p>\n')).toMatchObject({ problems: [], headingIds: [] });
    // The id, wherever it stands among the heading's attributes.
    expect(check('<h2 id="leak" lang="en">Gas leak</h2>\n').headingIds).toEqual(['leak']);
  });
});

// The body is parsed with the features the build publishes it with (GitHub-flavoured Markdown, smart
// punctuation), so what the link and phone-number checks see is what readers get.
describe('a body read as the build reads it', () => {
  it('a bare web address is a link, checked like any other', () => {
    expect(check('见 https://example.cn/x 和 www.example.cn 。\n').links).toEqual([
      { url: 'https://example.cn/x', line: 4, column: 3 },
      { url: 'http://www.example.cn', line: 4, column: 26 },
    ]);
  });

  it('a table’s cells are text, each at its own place', () => {
    expect(check('| 号码 | 用途 |\n| --- | --- |\n| 96777 | 报修 |\n').texts.map(withoutStarts)).toEqual([
      { text: '号码', line: 4, column: 3 },
      { text: '用途', line: 4, column: 8 },
      { text: '96777', line: 6, column: 3 },
      { text: '报修', line: 6, column: 11 },
    ]);
  });

  it('straight quotes, double hyphens and three dots come out as the page shows them', () => {
    expect(check('他说"快跑"--别回头...\n').texts.map(withoutStarts)).toEqual([{ text: '他说“快跑”–别回头…', line: 4, column: 1 }]);
  });
});

describe('where each line of a text stands in the file', () => {
  const starts = (body: string) => check(body).texts.map((piece) => piece.lineStarts);

  it('a code block starts on the line after its fence, at the fence’s indent', () => {
    expect(starts('```\n拨打 96777\n再拨 12315\n```\n')).toEqual([
      [
        { line: 5, column: 1 },
        { line: 6, column: 1 },
      ],
    ]);
    expect(starts('- 一项\n\n  ~~~\n  拨打 96777\n  ~~~\n')[1]).toEqual([{ line: 7, column: 3 }]);
  });

  it('a paragraph’s second line starts past the indent of its list item or the > of its quote', () => {
    expect(starts('- 第一句\n  再打12315\n')).toEqual([
      [
        { line: 4, column: 3 },
        { line: 5, column: 3 },
      ],
    ]);
    expect(starts('> 第一句\n> 再打12315\n')).toEqual([
      [
        { line: 4, column: 3 },
        { line: 5, column: 3 },
      ],
    ]);
  });

  it('a text’s first line is where the parser put it, even when the same words stand earlier on the line', () => {
    expect(starts('**甲**甲\n')).toEqual([[{ line: 4, column: 3 }], [{ line: 4, column: 6 }]]);
  });

  it('a text that begins mid-line keeps its own column for its first line', () => {
    expect(starts('先**关阀**，再开窗\n再打12315\n')[2]).toEqual([
      { line: 4, column: 8 },
      { line: 5, column: 1 },
    ]);
  });

  it('a line written differently in the file (an escape) starts at its first character', () => {
    expect(starts('第一句\n   再打\\*12315\n')).toEqual([
      [
        { line: 4, column: 1 },
        { line: 5, column: 4 },
      ],
    ]);
  });
});
