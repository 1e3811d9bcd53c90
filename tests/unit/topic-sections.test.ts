// Reading parts of a topic's MDX body (src/lib/topic-sections.ts) on a body with every kind of line: numbered
// and starred items, labels with and without a colon, an indented sub-item, a table, an h3, a paragraph over
// two lines, and the last section of the page.
import { describe, expect, it } from 'vitest';
import { leadSentences, plainText, sectionItems, sectionParagraphs, sectionText, sectionTitle } from '../../src/lib/topic-sections.ts';

const body = [
  '开头的话。',
  '<h2 id="list">清单</h2>',
  '',
  '先说一段，有*强调*、`代码`和<abbr title="x">标签</abbr>。',
  '',
  '1. **第一步。** 关掉  阀门。',
  '2. 没有标签的一项',
  '10. **第十步**打开窗户',
  '* 星号开头的一项',
  '-不是列表',
  '  - 缩进的子项',
  '',
  '| 表格 | 行 |',
  '',
  '<h3 id="sub">小标题</h3>',
  '',
  '第二段，',
  '跨两行。',
  '<h2 id="last">最后</h2>',
  '最后一节。',
].join('\n');

describe('a section of a topic body', () => {
  it('its top-level items, numbered (any number) or bulleted, each with its bold label if it has one', () => {
    expect(sectionItems(body, 'list')).toEqual([
      { label: '第一步', text: '关掉 阀门。' },
      { label: '', text: '没有标签的一项' },
      { label: '第十步', text: '打开窗户' },
      { label: '', text: '星号开头的一项' },
    ]);
  });

  it('its paragraphs as plain text: not list items, tables or headings; a paragraph over two lines is one', () => {
    expect(sectionParagraphs(body, 'list')).toEqual(['先说一段，有强调、代码和标签。', '第二段， 跨两行。']);
  });

  it('the last section runs to the end of the body; a heading that never closes has no section', () => {
    expect(sectionText(body, 'last')).toBe('最后一节。');
    expect(sectionItems(body, 'last')).toEqual([]);
    expect(sectionText('<h2 id="x">没有结束', 'x')).toBeUndefined();
    expect(sectionParagraphs(body, 'nope')).toEqual([]);
  });

  it('headings of level 2 or 3 have titles; a missing one has none', () => {
    expect(sectionTitle(body, 'sub')).toBe('小标题');
    expect(sectionTitle(body, 'list')).toBe('清单');
    expect(sectionTitle(body, 'nope')).toBeUndefined();
  });
});

describe('plain text and short text', () => {
  it('bold, italics, code, tags and links become their words; spaces are tidied', () => {
    expect(plainText('  **粗**、*斜*、`码`、<b>标</b>\n\n[链接](/x/)  ')).toBe('粗、斜、码、标 链接');
  });

  it('whole sentences until the text is long enough; text without a full stop stays whole', () => {
    expect(leadSentences('短。也短。第三句比较长一些。', 4)).toBe('短。也短。');
    expect(leadSentences('一二三。四五六。', 3)).toBe('一二三。');
    expect(leadSentences('一二三。四五六。', 4)).toBe('一二三。');
    expect(leadSentences('一二三。四五六。', 5)).toBe('一二三。四五六。');
    expect(leadSentences('没有句号的一句话')).toBe('没有句号的一句话');
    expect(leadSentences(' 前面有空格。后面', 20)).toBe('前面有空格。后面');
  });
});

describe('labels, notes and empty sections', () => {
  const notes = [
    '<h2 id="where">在哪里</h2>',
    '',
    '- **在哪里**：楼道和楼梯间',
    '- **怎么办：** 把杂物搬走',
    '',
    '*以上只是举例。*',
    '',
    '<h2 id="empty">空的一节</h2>',
    '<h2 id="after">后面</h2>',
  ].join('\n');

  it('a label followed by a colon, inside or after the bold, loses the colon', () => {
    expect(sectionItems(notes, 'where')).toEqual([
      { label: '在哪里', text: '楼道和楼梯间' },
      { label: '怎么办', text: '把杂物搬走' },
    ]);
  });

  it('a paragraph in italics (starting with a single *) is a paragraph, not a list item', () => {
    expect(sectionParagraphs(notes, 'where')).toEqual(['以上只是举例。']);
  });

  it('a section with nothing in it has no paragraphs and no items', () => {
    expect(sectionText(notes, 'empty')).toBe('');
    expect(sectionParagraphs(notes, 'empty')).toEqual([]);
    expect(sectionItems(notes, 'empty')).toEqual([]);
  });

  it('punctuation alone is kept as it is', () => {
    expect(leadSentences('。')).toBe('。');
  });
});

describe('odd but valid Markdown in a section', () => {
  const odd = [
    '<h2 id="steps">步骤</h2>',
    '',
    '-  **两个空格后的标签**：照样是标签',
    '- 先关阀，**再**开窗',
    '- **步骤一：关阀**',
    '',
    '  - 缩进的一项',
    '',
    '10. **第十步** 单独成段的一项',
    '   ',
    '记住两件事：1. 关阀门，2. 开窗户。',
    '',
    '| 没有收尾竖线的表格 | 行',
  ].join('\n');

  it('items: extra spaces after the marker, bold in the middle (no label), a colon inside the label', () => {
    expect(sectionItems(odd, 'steps')).toEqual([
      { label: '两个空格后的标签', text: '照样是标签' },
      { label: '', text: '先关阀，再开窗' },
      { label: '步骤一：关阀', text: '' },
      { label: '第十步', text: '单独成段的一项' },
    ]);
  });

  it('paragraphs: list items and tables are left out however they are laid out; a line of spaces separates paragraphs', () => {
    expect(sectionParagraphs(odd, 'steps')).toEqual(['记住两件事：1. 关阀门，2. 开窗户。']);
  });

  it('bold of several characters becomes its words', () => {
    expect(plainText('**两个字**和*斜体*')).toBe('两个字和斜体');
  });

  it('characters that cannot be in an id are ignored, so an id never acts as a pattern', () => {
    expect(sectionText(odd, 's(t)e.p*s')).toBe(sectionText(odd, 'steps'));
    expect(sectionTitle(odd, 's(t)e.p*s')).toBe('步骤');
    expect(sectionText(odd, '.*')).toBeUndefined();
  });
});
