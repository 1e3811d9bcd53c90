/**
 * Checks the body of an MDX file (topics, cases, lessons) with the parser the build itself uses to compile
 * MDX (satteri, through @astrojs/mdx), so what is checked is what gets published. A body is Markdown plus a
 * few plain HTML tags: no JavaScript of any kind (no import/export, no { } expressions, no components), no
 * event-handler or style attributes, no pictures, and every heading a linkable `<h2 id="…">`.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from '../integrity.ts';

/** HTML elements a body may use, with the attributes each may carry (`id` and `lang` go anywhere). */
const BODY_ELEMENTS: Record<string, string[]> = {
  h2: [],
  h3: [],
  h4: [],
  p: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  br: [],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href', 'title'],
  abbr: ['title'],
  sup: [],
  sub: [],
  small: [],
  mark: [],
  blockquote: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colSpan', 'rowSpan', 'colspan', 'rowspan', 'scope'],
  td: ['colSpan', 'rowSpan', 'colspan', 'rowspan'],
  figure: [],
  figcaption: [],
  kbd: [],
  span: [],
  div: [],
  dl: [],
  dt: [],
  dd: [],
};
const GLOBAL_ATTRIBUTES = ['id', 'lang'];

/** Why some elements are refused, in words an editor can act on. */
const REFUSED: Record<string, string> = {
  script: '正文里不能有 <script>：脚本会在网站里运行 (no <script> in the body)',
  style: '正文里不能有 <style>：样式由网站统一设置 (no <style> in the body)',
  iframe: '正文里不能嵌入别的网页 <iframe> (no <iframe>)',
  img: '正文里不放图片：插图写在 frontmatter 的 illustrations 里 (no <img>: use illustrations)',
  svg: '正文里不直接写 SVG：插图写在 frontmatter 的 illustrations 里 (no inline <svg>: use illustrations)',
  object: '正文里不能有 <object> (no <object>)',
  embed: '正文里不能有 <embed> (no <embed>)',
  form: '正文里不能有表单 <form> (no <form>)',
  h1: '正文里不用 <h1>：页面标题就是 h1，小节用 <h2 id="…"> (no <h1> in the body)',
};

export interface BodyLink {
  url: string;
  line: number;
  column: number;
}

export interface BodyText {
  text: string;
  line: number;
  column: number;
  /**
   * Where each line of `text` starts in the file. Markdown leaves part of the file out of a text (a code block's
   * opening fence, the indent or `>` before a paragraph's second line), so line 2 of the text is not simply line 2
   * of the file from column 1.
   */
  lineStarts: { line: number; column: number }[];
}

export interface BodyCheck {
  problems: Problem[];
  /** ids of the body's <h2>/<h3>/<h4>, in order. */
  headingIds: string[];
  /** Every link target written in the body (Markdown links, definitions and <a href>). */
  links: BodyLink[];
  /** The body's text, piece by piece, for the phone-number check. */
  texts: BodyText[];
  /** Whether the body has any text at all. */
  hasText: boolean;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Parses and checks a whole MDX file (frontmatter included, so positions are the file's own). */
export function checkMdxBody(source: string, file: string): BodyCheck {
  const result: BodyCheck = { problems: [], headingIds: [], links: [], texts: [], hasText: false };
  let tree: Node;
  try {
    tree = mdxToMdast(source, { features: { gfm: true, smartPunctuation: true } }) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const where = /^(\d+):(\d+):\s*/.exec(message);
    result.problems.push({
      file,
      field: 'body',
      line: where ? Number(where[1]) : undefined,
      column: where ? Number(where[2]) : undefined,
      message:
        '正文的写法有错：检查 HTML 标签是否成对，< 和 { 要写成 \\< 和 \\{，注释不能用 <!-- --> ' +
        `(MDX syntax error: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(mdx[^)]*\)$/, '')})`,
    });
    return result;
  }

  const sourceLines = source.split('\n');
  /** Each line of a text, found on its own line of the file: after a code block's fence, past an indent or `>`. */
  const lineStarts = (value: string, line: number, column: number, block: boolean) => {
    const fenced = block && /^\s*(```|~~~)/.test(sourceLines[line - 1] ?? '');
    return value.split('\n').map((text, index) => {
      const at = line + index + (fenced ? 1 : 0);
      if (index === 0 && !block) return { line: at, column };
      const source = sourceLines[at - 1] ?? '';
      const found = source.indexOf(text);
      // Written differently in the file (an escape, an entity): the line's first character.
      return { line: at, column: (found >= 0 ? found : source.search(/\S|$/)) + 1 };
    });
  };

  const report = (node: Node, field: string, message: string) =>
    result.problems.push({ file, field, line: node.position?.start.line, column: node.position?.start.column, message });

  const visit = (node: Node): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
        return;
      case 'mdxjsEsm':
        report(node, 'body', '正文里不能写 import 或 export (no import/export in the body)');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) return;
        report(node, 'body', '正文里不能写 { } 表达式；要显示花括号，请写 \\{ 和 \\} (no {expressions} in the body)');
        return;
      case 'image':
      case 'imageReference':
        report(node, 'body', '正文里不放图片：插图写在 frontmatter 的 illustrations 里 (no images in the body: use illustrations)');
        return;
      case 'html':
        report(node, 'body', '正文里不能写这段 HTML (raw HTML is not allowed)');
        return;
      case 'heading':
        report(
          node,
          'body',
          `小节标题请写成 <h${Math.min(Math.max(node.depth ?? 2, 2), 4)} id="英文id">标题</h${Math.min(Math.max(node.depth ?? 2, 2), 4)}>，不要用 #，以便链接 (headings need a stable id: write <h2 id="…">)`,
        );
        break;
      case 'link':
      case 'definition':
        if (node.url !== undefined) result.links.push({ url: node.url, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
        break;
      case 'text':
      case 'inlineCode':
      case 'code':
        if (node.value && node.value.trim() !== '') {
          result.hasText = true;
          const line = node.position?.start.line ?? 0;
          const column = node.position?.start.column ?? 0;
          result.texts.push({ text: node.value, line, column, lineStarts: lineStarts(node.value, line, column, node.type === 'code') });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!checkElement(node)) return;
        break;
      default:
        break;
    }
    node.children?.forEach(visit);
  };

  /** Checks one HTML tag; false when it is refused (its contents are then not looked at). */
  const checkElement = (node: Node): boolean => {
    const name = node.name ?? '';
    if (name === '') {
      report(node, 'body', '正文里不能写 <> 片段 (no <> fragments)');
      return false;
    }
    const allowed = BODY_ELEMENTS[name];
    if (!allowed) {
      report(
        node,
        `<${name}>`,
        REFUSED[name] ??
          (/^[A-Z]/.test(name) || name.includes('.')
            ? `正文里不能用组件 <${name}> (no components in the body)`
            : `正文里不能用 <${name}>；可以用：${Object.keys(BODY_ELEMENTS).join('、')} (element not allowed in the body)`),
      );
      return false;
    }
    let id: string | undefined;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(node, `<${name}>`, `<${name}> 的属性不能用 {...} 展开 (no spread attributes)`);
        continue;
      }
      const field = `<${name} ${attribute.name}>`;
      if (/^on/i.test(attribute.name)) {
        report(node, field, `不能有 ${attribute.name} 这样的事件属性：它会运行脚本 (event handler attribute)`);
        continue;
      }
      if (attribute.name === 'style') {
        report(node, field, '不能用 style 属性：样式由网站统一设置 (no style attribute)');
        continue;
      }
      if (!GLOBAL_ATTRIBUTES.includes(attribute.name) && !allowed.includes(attribute.name)) {
        report(node, field, `<${name}> 不能有 ${attribute.name} 属性 (attribute not allowed)`);
        continue;
      }
      if (typeof attribute.value !== 'string') {
        report(node, field, `${attribute.name} 的值要写成带引号的文字，不能用 { } 表达式 (attribute value must be a plain quoted string)`);
        continue;
      }
      if (attribute.name === 'id') id = attribute.value;
      if (attribute.name === 'href')
        result.links.push({ url: attribute.value, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    }
    if (/^h[234]$/.test(name)) {
      if (id === undefined) report(node, `<${name}>`, `<${name}> 要有 id，例如 <${name} id="leak">，题目和链接靠它找到这一节 (heading needs an id)`);
      else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) report(node, `<${name} id>`, `id “${id}” 只能用小写字母、数字和连字符 (id must be kebab-case)`);
      else result.headingIds.push(id);
    }
    return true;
  };

  visit(tree);
  return result;
}
