// Reading a content file's bytes (src/lib/validator/text.ts): UTF-8 only, within the size limit of its
// kind, without characters lost in a bad conversion or invisible control characters; and where a problem
// is, as a line and column an editor can go to.
import { describe, expect, it } from 'vitest';
import { decodeContentFile, firstInvalidUtf8, formatSize, lineColumn, lineLocator, SIZE_LIMITS } from '../../src/lib/validator/text.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('UTF-8, as RFC 3629 defines it', () => {
  it('accepts ASCII, Chinese, and characters up to U+10FFFF', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a火灾é\u{10FFFF}\u{1F525}'))).toBe(-1);
    expect(firstInvalidUtf8(bytes())).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x7f, 0xc2, 0x80, 0xdf, 0xbf))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xe0, 0xa0, 0x80, 0xef, 0xbf, 0xbf))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xf1, 0x80, 0x80, 0x80, 0xf3, 0xbf, 0xbf, 0xbf))).toBe(-1);
  });

  it('finds the first byte of GBK text', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xbb, 0xf0))).toBe(2);
  });

  it('refuses bytes that never start a character: continuation bytes, C0, C1, F5–FF', () => {
    for (const byte of [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff]) expect(firstInvalidUtf8(bytes(0x41, byte, 0x80, 0x80, 0x80)), byte.toString(16)).toBe(1);
  });

  it('refuses overlong forms, UTF-16 surrogates and anything above U+10FFFF', () => {
    expect(firstInvalidUtf8(bytes(0xe0, 0x9f, 0xbf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf0, 0x8f, 0xbf, 0xbf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });

  it('refuses a character cut short, or continued with the wrong byte', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xe7, 0x81))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc2))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xc2, 0xc0))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xe7, 0x81, 0x41))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf0, 0x90, 0x80, 0xc0))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xc2, 0x7f))).toBe(0);
  });
});

describe('sizes, as an editor reads them', () => {
  it('bytes, then KB with one decimal (none when whole), then MB', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(1023)).toBe('1023 B');
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(21_811)).toBe('21.3 KB');
    expect(formatSize(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatSize(5.25 * 1024 * 1024)).toBe('5.3 MB');
  });
});

describe('lines and columns', () => {
  it('are counted from 1, a new line starting after each line end', () => {
    const text = 'ab\ncd\n\nef';
    expect([0, 1, 2, 3, 5, 6, 7, 9].map((offset) => lineColumn(text, offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ]);
  });

  it('one locator answers many look-ups in a long text', () => {
    const text = Array.from({ length: 100 }, (_, index) => `line ${index + 1}`).join('\n');
    const locate = lineLocator(text);
    expect(locate(text.indexOf('line 37'))).toEqual({ line: 37, column: 1 });
    expect(locate(text.indexOf('line 100') + 5)).toEqual({ line: 100, column: 6 });
    expect(locate(text.indexOf('line 2\n'))).toEqual({ line: 2, column: 1 });
  });
});

describe('decoding a content file', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('removes a byte-order mark and makes every line end \\n', () => {
    expect(decodeContentFile(encode('\uFEFFa\r\nb\rc\n'), 'x.yaml', 'data')).toEqual({ text: 'a\nb\nc\n' });
  });

  it('keeps tabs and line ends', () => {
    expect(decodeContentFile(encode('a\tb\n'), 'x.yaml', 'data')).toEqual({ text: 'a\tb\n' });
  });

  it('refuses a file over the limit of its kind, saying both sizes', () => {
    const limit = SIZE_LIMITS.sign;
    expect(decodeContentFile(new Uint8Array(limit).fill(0x61), 'signs/x.yaml', 'sign')).toEqual({ text: 'a'.repeat(limit) });
    expect(decodeContentFile(new Uint8Array(limit + 1).fill(0x61), 'signs/x.yaml', 'sign')).toEqual({
      problems: [
        {
          file: 'signs/x.yaml',
          field: '(file)',
          message: expect.stringMatching(/^文件太大：16 KB，上限是 16 KB。.*\(file too large: 16 KB, the limit for this kind of file is 16 KB\)$/),
        },
      ],
    });
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const result = decodeContentFile(Uint8Array.from([...encode('a\nb\n'), 0xbb, 0xf0]), 'x.yaml', 'data');
    expect(result).toEqual({
      problems: [
        {
          file: 'x.yaml',
          field: '(file)',
          line: 3,
          message: expect.stringMatching(/^文件不是 UTF-8 编码.*\(not valid UTF-8 at byte 4: save the file as UTF-8\)$/),
        },
      ],
    });
  });

  it('reports a replacement character and a control character, each at its line and column', () => {
    const result = decodeContentFile(encode('甲\n乙\uFFFD\n\u0007丙'), 'x.yaml', 'data');
    expect(result).toEqual({
      problems: [
        { file: 'x.yaml', field: '(file)', line: 2, column: 2, message: expect.stringMatching(/^文件里有乱码字符/) },
        { file: 'x.yaml', field: '(file)', line: 3, column: 1, message: expect.stringMatching(/^文件里有看不见的控制字符 U\+0007，请删掉/) },
      ],
    });
  });

  it('every invisible control character is refused, the visible white space is not', () => {
    for (const code of [0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f]) {
      expect(decodeContentFile(encode(`a${String.fromCharCode(code)}`), 'x.yaml', 'data'), code.toString(16)).toHaveProperty('problems');
    }
    expect(decodeContentFile(encode('a\u001Bb'), 'x.yaml', 'data')).toMatchObject({ problems: [{ message: expect.stringContaining('U+001B') }] });
  });
});
