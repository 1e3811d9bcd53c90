// The body of a topic, case or lesson (src/lib/validator/mdx.ts), checked with the parser the build uses:
// Markdown and a few plain HTML tags, no code of any kind, every heading a linkable <h2 id="…">.
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/lib/validator/mdx.ts';

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
    expect(result.texts[0]).toEqual({ text: '闻到燃气味', line: 4, column: 15 });
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
    expect(check('`119`\n').texts).toEqual([{ text: '119', line: 4, column: 1 }]);
    expect(check('```\n拨打 96777\n```\n').texts).toEqual([{ text: '拨打 96777', line: 4, column: 1 }]);
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
