/**
 * Strict reading of content files: every file must be UTF-8 (a byte-order mark and Windows line ends are
 * fine), must not carry replacement characters left by a wrong conversion, and must stay under the size
 * limit of its kind. A file that fails is reported, naming the file and the line, and is not parsed.
 */
import type { Problem } from '../integrity.ts';

/** Largest file of each kind, in bytes: a page that size still loads quickly on a phone on a bad network. */
export const SIZE_LIMITS = {
  topic: 64 * 1024,
  case: 32 * 1024,
  lesson: 32 * 1024,
  quiz: 128 * 1024,
  sign: 16 * 1024,
  signSvg: 16 * 1024,
  scene: 32 * 1024,
  sceneSvg: 96 * 1024,
  illustration: 48 * 1024,
  picture: 16 * 1024,
  data: 64 * 1024,
} as const;

export type FileKind = keyof typeof SIZE_LIMITS;

/** Human size: 812 B, 21.3 KB, 5.0 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The byte offset of the first byte that is not valid UTF-8, or -1. Follows the UTF-8 definition
 * (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    let needed: number;
    let min: number;
    let max = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) {
      needed = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      min = byte === 0xe0 ? 0xa0 : 0x80;
      if (byte === 0xed) max = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      min = byte === 0xf0 ? 0x90 : 0x80;
      if (byte === 0xf4) max = 0x8f;
    } else {
      return index;
    }
    for (let k = 1; k <= needed; k += 1) {
      const next = bytes[index + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (next === undefined || next < lo || next > hi) return index;
    }
    index += needed + 1;
  }
  return -1;
}

/** 1-based line and column of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineLocator(text)(offset);
}

/** A function from character offset to 1-based line and column, for many look-ups in one text. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * Decodes a content file. Returns the text with the byte-order mark removed and line ends made `\n`,
 * or the problems that stop it from being read.
 */
export function decodeContentFile(bytes: Uint8Array, file: string, kind: FileKind): { text: string } | { problems: Problem[] } {
  const limit = SIZE_LIMITS[kind];
  if (bytes.length > limit) {
    return {
      problems: [
        {
          file,
          field: '(file)',
          message: `文件太大：${formatSize(bytes.length)}，上限是 ${formatSize(limit)}。请删去重复的内容，或拆成几个文件 (file too large: ${formatSize(bytes.length)}, the limit for this kind of file is ${formatSize(limit)})`,
        },
      ],
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    let line = 1;
    for (let index = 0; index < invalid; index += 1) if (bytes[index] === 10) line += 1;
    return {
      problems: [
        {
          file,
          field: '(file)',
          line,
          message:
            '文件不是 UTF-8 编码（可能是 GBK/GB2312 或 UTF-16 保存的）。请在编辑器里选“另存为 UTF-8”再提交 ' +
            `(not valid UTF-8 at byte ${invalid}: save the file as UTF-8)`,
        },
      ],
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    problems.push({
      file,
      field: '(file)',
      ...lineColumn(text, replacement),
      message: '文件里有乱码字符“\uFFFD”，多半是转换编码时丢了字。请对照原文改正 (replacement character U+FFFD: text was lost in a bad conversion)',
    });
  }
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    problems.push({
      file,
      field: '(file)',
      ...lineColumn(text, control.index),
      message: `文件里有看不见的控制字符 U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}，请删掉 (control character in the text)`,
    });
  }
  return problems.length > 0 ? { problems } : { text };
}
