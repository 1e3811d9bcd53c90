/**
 * The SVG allowlist. Every SVG the site shows or serves (content/signs/*.svg, content/scenes/*.svg,
 * src/assets/illustrations/*.svg, src/assets/pictures/*.svg) is parsed with a strict XML parser (sax) and may hold only drawing
 * elements and drawing attributes: no script, no event handlers, no foreignObject, no style, no links or
 * url() that leave the picture, no DOCTYPE or processing instructions. A violation is a problem naming the
 * file, the element and its line.
 *
 * The site never serves the file as written: `sanitizeSvg` prints it again from the parsed tree, keeping
 * only what the allowlist allows, so even a check that was somehow skipped could not put a script on a page
 * or into /signs/<id>.svg.
 */
import sax from 'sax';
import type { Problem } from '../integrity.ts';
import { lineLocator } from './text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Attributes every allowed element may carry: presentation, accessibility and ids. */
const COMMON_ATTRIBUTES = [
  'id',
  'class',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'stroke-miterlimit',
  'opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'display',
  'vector-effect',
  'paint-order',
  'color',
  'shape-rendering',
  'role',
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'focusable',
  'xml:space',
  'xml:lang',
  'lang',
];

/** The drawing elements allowed, each with the attributes of its own beyond the common ones. */
const ELEMENTS: Record<string, string[]> = {
  svg: ['xmlns', 'xmlns:xlink', 'viewBox', 'width', 'height', 'x', 'y', 'version', 'preserveAspectRatio'],
  g: [],
  defs: [],
  title: [],
  desc: [],
  symbol: ['viewBox', 'preserveAspectRatio', 'x', 'y', 'width', 'height'],
  use: ['href', 'xlink:href', 'x', 'y', 'width', 'height'],
  path: ['d', 'pathLength'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', 'pathLength'],
  circle: ['cx', 'cy', 'r', 'pathLength'],
  ellipse: ['cx', 'cy', 'rx', 'ry', 'pathLength'],
  line: ['x1', 'y1', 'x2', 'y2', 'pathLength'],
  polyline: ['points', 'pathLength'],
  polygon: ['points', 'pathLength'],
  text: ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'],
  tspan: ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'],
  linearGradient: ['x1', 'y1', 'x2', 'y2', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'href', 'xlink:href'],
  radialGradient: ['cx', 'cy', 'r', 'fx', 'fy', 'fr', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'href', 'xlink:href'],
  stop: ['offset', 'stop-color', 'stop-opacity'],
  clipPath: ['clipPathUnits'],
  mask: ['maskUnits', 'maskContentUnits', 'x', 'y', 'width', 'height'],
  marker: ['markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'markerUnits', 'viewBox', 'preserveAspectRatio'],
};

/** Elements whose text is shown or read out; anywhere else text is a mistake. */
const TEXT_ELEMENTS = new Set(['title', 'desc', 'text', 'tspan']);

/** Why some common but forbidden elements are forbidden, in words an editor can act on. */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: '不能有 <script>：脚本会在本站的网址下运行 (no <script>: it would run on the site’s own origin)',
  foreignObject: '不能有 <foreignObject>：它能把网页和脚本塞进图里 (no <foreignObject>: it can carry HTML and scripts)',
  style: '不用 <style>：颜色写在 fill、stroke 属性里；样式表还能从别的网站加载东西 (no <style>: use fill/stroke attributes)',
  image: '不能嵌入图片 <image>：所有图形都用矢量画出来 (no embedded or linked <image>)',
  a: '图里不能有链接 <a> (no links inside a picture)',
  iframe: '不能有 <iframe> (no <iframe>)',
  animate: '不用动画元素 (no animation elements)',
  set: '不用动画元素 (no animation elements)',
  animateTransform: '不用动画元素 (no animation elements)',
  animateMotion: '不用动画元素 (no animation elements)',
  filter: '不用滤镜 <filter>（它能加载外部图片） (no <filter>)',
};

interface SvgElement {
  name: string;
  attributes: [string, string][];
  children: SvgNode[];
  line: number;
  column: number;
}
type SvgNode = SvgElement | { text: string };

export interface SvgCheck {
  /** The picture printed again from the parsed tree with only allowed elements and attributes; '' if unreadable. */
  svg: string;
  problems: Problem[];
  /** Text in <title>, <desc>, <text> and <tspan>, for the phone-number check. */
  texts: { text: string; line: number; column: number }[];
  /** The root's viewBox, when present. */
  viewBox?: string | undefined;
}

/** Whether a value tries to leave the picture: javascript:/data:/vbscript: or url() that is not #id. */
function dangerousValue(value: string): string | undefined {
  const squashed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
  if (/(javascript|vbscript|data):/.test(squashed)) return 'javascript:、data: 这类地址会运行脚本或塞进别的内容 (javascript:/data:/vbscript: URL)';
  for (const match of squashed.matchAll(/url\(([^)]*)\)?/g)) {
    const target = (match[1] ?? '').replace(/^['"]|['"]$/g, '');
    if (!target.startsWith('#')) return `url(${target}) 指向图外；只能写 url(#本图里的id) (url() must point to an id in this picture)`;
  }
  return undefined;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * Parses and checks an SVG. `kind` names what it is in messages; `requireTitle` asks for <title> and
 * <desc> (signs, scenes and illustrations all have them: the site uses them as the picture's text).
 */
export function checkSvg(source: string, file: string, options: { requireTitle?: boolean } = {}): SvgCheck {
  const problems: Problem[] = [];
  const texts: SvgCheck['texts'] = [];
  const text = source.replace(/^\uFEFF/, '');
  const parser = sax.parser(true, { xmlns: false, position: true, trim: false, normalize: false });
  const root: SvgElement = { name: '#root', attributes: [], children: [], line: 1, column: 1 };
  const stack: SvgElement[] = [root];
  const locateOffset = lineLocator(text);
  const here = () => locateOffset(Math.max(0, parser.startTagPosition - 1));
  const report = (at: { line: number; column: number }, field: string, message: string) =>
    problems.push({ file, field, line: at.line, column: at.column, message });
  let syntaxError: { message: string; line: number; column: number } | undefined;
  let sawElement = false;

  parser.onerror = (error) => {
    syntaxError ??= { message: error.message.split('\n')[0] ?? error.message, line: parser.line + 1, column: parser.column + 1 };
    throw error;
  };
  parser.ondoctype = () => report(here(), '<!DOCTYPE>', '不要写 <!DOCTYPE>：它能引入外部实体 (no DOCTYPE)');
  parser.onprocessinginstruction = (instruction) => {
    if (instruction.name === 'xml' && !sawElement) return;
    report(here(), `<?${instruction.name}?>`, `不要写 <?${instruction.name} …?>：它能加载外部样式表 (no processing instructions)`);
  };
  parser.oncdata = () => report(here(), '<![CDATA[', '不要写 CDATA 段 (no CDATA sections)');
  parser.onopentag = (tag) => {
    sawElement = true;
    const at = here();
    const attributes = Object.entries(tag.attributes as Record<string, string>);
    const element: SvgElement = { name: tag.name, attributes, children: [], ...at };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (value) => {
    stack.at(-1)!.children.push({ text: value });
  };

  try {
    parser.write(text).close();
  } catch {
    // Reported below.
  }
  if (syntaxError) {
    problems.push({
      file,
      field: '(file)',
      line: syntaxError.line,
      column: syntaxError.column,
      message: `SVG 不是完整有效的 XML，检查标签是否成对、属性是否加了引号 (not well-formed XML: ${syntaxError.message})`,
    });
    return { svg: '', problems, texts };
  }

  const top = root.children.filter((node): node is SvgElement => 'name' in node);
  const svgRoot = top[0];
  if (svgRoot?.name !== 'svg') {
    problems.push({ file, field: '<svg>', line: svgRoot?.line, column: svgRoot?.column, message: '文件应以 <svg> 元素开始 (the root element must be <svg>)' });
    return { svg: '', problems, texts };
  }

  // Check every element, and print the allowed part again.
  const print = (element: SvgElement, path: string): string => {
    const allowed = ELEMENTS[element.name];
    const field = `<${element.name}>`;
    if (!allowed) {
      report(
        element,
        field,
        FORBIDDEN_ELEMENTS[element.name] ?? `<${element.name}> 不是允许的绘图元素；只能用：${Object.keys(ELEMENTS).join('、')} (element not on the allowlist)`,
      );
      return '';
    }
    const kept: string[] = [];
    for (const [name, value] of element.attributes) {
      const attributeField = `<${element.name} ${name}>`;
      if (/^on/i.test(name)) {
        report(element, attributeField, `不能有 ${name} 这样的事件属性：它会运行脚本 (event handler attribute)`);
        continue;
      }
      if (name === 'style') {
        report(element, attributeField, '不用 style 属性：颜色写成 fill、stroke 属性 (no style attribute)');
        continue;
      }
      if (!COMMON_ATTRIBUTES.includes(name) && !allowed.includes(name)) {
        report(element, attributeField, `<${element.name}> 不能有 ${name} 属性（编辑软件留下的多余属性请删掉） (attribute not on the allowlist)`);
        continue;
      }
      if (name === 'xmlns' && value !== SVG_NS) {
        report(element, attributeField, `xmlns 应为 ${SVG_NS} (wrong namespace)`);
        continue;
      }
      if (name === 'xmlns:xlink' && value !== XLINK_NS) {
        report(element, attributeField, `xmlns:xlink 应为 ${XLINK_NS} (wrong namespace)`);
        continue;
      }
      if ((name === 'href' || name === 'xlink:href') && !/^#[A-Za-z_][\w.-]*$/.test(value.trim())) {
        report(element, attributeField, `${name} 只能指向本图里的 #id，不能指向别的文件或网站 (external or javascript: reference)`);
        continue;
      }
      const danger = name === 'xmlns' || name === 'xmlns:xlink' ? undefined : dangerousValue(value);
      if (danger) {
        report(element, attributeField, danger);
        continue;
      }
      kept.push(` ${name}="${escapeAttribute(value)}"`);
    }
    if (path === 'svg' && !element.attributes.some(([name]) => name === 'xmlns')) {
      report(element, '<svg xmlns>', `<svg> 要写 xmlns="${SVG_NS}" (missing xmlns)`);
    }
    let inner = '';
    for (const child of element.children) {
      if ('name' in child) {
        inner += print(child, `${path}/${child.name}`);
      } else if (child.text.trim() === '') {
        inner += escapeText(child.text);
      } else if (TEXT_ELEMENTS.has(element.name)) {
        texts.push({ text: child.text, line: element.line, column: element.column });
        inner += escapeText(child.text);
      } else {
        report(element, field, `文字只能写在 <text>、<title>、<desc> 里 (text outside <text>/<title>/<desc>)`);
      }
    }
    const open = `<${element.name}${kept.join('')}`;
    return inner === '' ? `${open}/>` : `${open}>${inner}</${element.name}>`;
  };

  const printed = print(svgRoot, 'svg');
  const viewBox = svgRoot.attributes.find(([name]) => name === 'viewBox')?.[1];
  if (!viewBox) report(svgRoot, '<svg viewBox>', '<svg> 要写 viewBox，图才能按屏幕大小缩放 (missing viewBox)');
  if (options.requireTitle) {
    const direct = svgRoot.children.filter((node): node is SvgElement => 'name' in node);
    const hasText = (name: string) => direct.some((node) => node.name === name && node.children.some((child) => 'text' in child && child.text.trim() !== ''));
    if (!hasText('title')) report(svgRoot, '<title>', '<svg> 里要有 <title>，写图的名称 (missing <title>)');
    if (!hasText('desc')) report(svgRoot, '<desc>', '<svg> 里要有 <desc>，写清画面内容和含义 (missing <desc>)');
  }
  return { svg: problems.length > 0 ? '' : `${printed}\n`, problems, texts, viewBox };
}

/**
 * The SVG as the site serves it: printed again from the parsed tree. Throws, naming the file, if the
 * picture breaks the allowlist (the content check stops the build before that can happen).
 */
export function sanitizeSvg(source: string, file: string): string {
  const { svg, problems } = checkSvg(source, file);
  if (problems.length > 0) throw new Error(`${file}: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`);
  return svg;
}
