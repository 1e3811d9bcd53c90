// More of reading a content file's bytes (src/lib/validator/text.ts), at its edges: a problem in the very
// first byte or character of a file, which content-text.test.ts does not reach (found by mutation testing).
import { describe, expect, it } from 'vitest';
import { decodeContentFile } from '../../src/lib/validator/text.ts';

describe('a problem at the very start of a file', () => {
  it('a file whose first byte is not UTF-8 (a GBK file starting with a Chinese character) is refused, at line 1', () => {
    expect(decodeContentFile(Uint8Array.from([0xbb, 0xf0, 0x0a, 0x61]), 'x.yaml', 'data')).toEqual({
      problems: [
        {
          file: 'x.yaml',
          field: '(file)',
          line: 1,
          message: expect.stringMatching(/\(not valid UTF-8 at byte 0: save the file as UTF-8\)$/),
        },
      ],
    });
  });

  it('a replacement character as the first character is reported at line 1, column 1', () => {
    expect(decodeContentFile(new TextEncoder().encode('\uFFFD甲\n'), 'x.yaml', 'data')).toEqual({
      problems: [{ file: 'x.yaml', field: '(file)', line: 1, column: 1, message: expect.stringMatching(/^文件里有乱码字符/) }],
    });
  });

  it('a control character as the first character is reported at line 1, column 1', () => {
    expect(decodeContentFile(new TextEncoder().encode('\u0001甲'), 'x.yaml', 'data')).toMatchObject({
      problems: [{ line: 1, column: 1, message: expect.stringContaining('U+0001') }],
    });
  });
});

describe('lines and marks', () => {
  it('the line of a bad byte counts line ends, not other bytes', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('标题\n'), 0xbb, 0xf0]);
    expect(decodeContentFile(bytes, 'x.yaml', 'data')).toMatchObject({ problems: [{ line: 2 }] });
  });

  it('even a doubled byte-order mark (saved twice by an editor that adds one) leaves no U+FEFF in the text', () => {
    expect(decodeContentFile(new TextEncoder().encode('\uFEFF\uFEFFtitle: 甲\n'), 'x.yaml', 'data')).toEqual({ text: 'title: 甲\n' });
  });
});
