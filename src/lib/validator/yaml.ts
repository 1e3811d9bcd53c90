/**
 * YAML for content files, with positions. Uses the `yaml` package (YAML 1.2, core schema): dates stay the
 * text that was written (so 2024-02-30 is caught instead of becoming 1 March), duplicate keys are errors,
 * and every value keeps its place in the file, so a problem can be reported at its line and column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, type Document, type Node } from 'yaml';
import type { Problem } from '../integrity.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** The plain data (objects, arrays, strings, numbers, booleans, null). */
  value: unknown;
  /** Where a field is in the file: the value at `path`, or the nearest part of it that exists. */
  locate: (path: readonly PropertyKey[]) => Position | undefined;
}

/**
 * Parses YAML text that starts at line `firstLine` of `file` (2 for MDX frontmatter, after the `---`).
 * A syntax error is returned as a problem at the line and column where the mistake starts.
 */
export function parseYamlText(text: string, file: string, firstLine = 1): { yaml: ParsedYaml } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', schema: 'core' });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    const error = errors[0]!;
    // A quote or bracket left open is found only where the text ends; report where it was opened.
    const open = unclosed(text);
    const useOpen = open !== undefined && open.offset <= error.pos[0];
    const offset = useOpen ? open.offset : error.pos[0];
    return {
      problems: [
        {
          file,
          field: '(file)',
          ...at(offset),
          message: `YAML 格式错误 (YAML syntax error): ${useOpen ? open.message : explainYamlError(error.code, error.message)}`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { problems: [{ file, field: '(file)', line: firstLine, message: `YAML 格式错误 (YAML syntax error): ${(error as Error).message}` }] };
  }
  return { yaml: { value, locate: (path) => locate(doc, path, at) } };
}

/** A plain-words explanation of the commonest YAML mistakes, then the parser's own words. */
function explainYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `同一个字段写了两次 (duplicate key; ${first})`;
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN') return `缩进或符号不对，检查这一行和上一行的空格、冒号和括号 (${first})`;
  if (code === 'TAB_AS_INDENT') return `缩进请用空格，不要用 Tab 键 (tabs are not allowed for indentation)`;
  if (code === 'TAG_RESOLVE_FAILED') return `不支持 YAML 标签（! 开头的写法） (unsupported tag; ${first})`;
  return first;
}

/** The first quote or bracket that is opened and never closed, found in the parser's syntax tree. */
function unclosed(text: string): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  const visit = (token: unknown): void => {
    if (found !== undefined || !token || typeof token !== 'object') return;
    const record = token as Record<string, unknown>;
    if ((record.type === 'double-quoted-scalar' || record.type === 'single-quoted-scalar') && typeof record.source === 'string') {
      const quote = record.type === 'double-quoted-scalar' ? '"' : "'";
      const source = record.source;
      const closed = source.length >= 2 && source.endsWith(quote) && !(quote === '"' && /(^|[^\\])(\\\\)*\\"$/.test(source));
      if (!closed) {
        found = { offset: record.offset as number, message: `引号没有配对：这里的 ${quote} 后面没有结束的 ${quote} (unclosed quote: it starts here)` };
        return;
      }
    }
    if (record.type === 'flow-collection' && Array.isArray(record.end)) {
      const start = (record.start as { source?: string } | undefined)?.source ?? '[';
      const close = start === '{' ? '}' : ']';
      if (!record.end.some((item: { source?: string }) => item.source === close)) {
        found = { offset: record.offset as number, message: `括号没有配对：这里的 ${start} 后面没有结束的 ${close} (unclosed bracket: it starts here)` };
        return;
      }
    }
    for (const value of Object.values(record)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

function locate(doc: Document, path: readonly PropertyKey[], at: (offset: number) => Position): Position | undefined {
  let node: unknown = doc.contents;
  let best: Position | undefined = rangeStart(node, at);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      best = rangeStart(pair.value, at) ?? rangeStart(pair.key, at) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      best = rangeStart(item, at) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(node: unknown, at: (offset: number) => Position): Position | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? at(range[0]) : undefined;
}
