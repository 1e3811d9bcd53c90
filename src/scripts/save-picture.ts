/**
 * "Save as picture": a page's printable sheet drawn as a PNG on the device, for phones that cannot print.
 * WeChat's browser ignores window.print(), and that is where most people open the site; a picture can be
 * long-pressed to save or forwarded to the family chat. Nothing is uploaded: text is laid out and drawn on a
 * canvas here, pictures (an SVG on the page) are serialised and drawn in. The page's Content Security Policy
 * allows data: and blob: images, which is all this needs.
 *
 * Use: `printingAvailable()` to decide whether to show a print button; `drawPicture(blocks)` to make the PNG;
 * `showPicture(container, png, words)` to show it with a save link.
 */

/** False inside WeChat (window.print() does nothing there) and where the browser has no print at all. */
export function printingAvailable(userAgent: string = navigator.userAgent): boolean {
  if (/MicroMessenger/i.test(userAgent)) return false;
  return typeof window.print === 'function';
}

/** One part of a picture, drawn top to bottom. */
export type Block =
  | { kind: 'title' | 'heading' | 'text' | 'small'; text: string; color?: string; align?: 'left' | 'center' | 'right' }
  /** A numbered or bulleted line: `marker` hangs to the left of the wrapped text. */
  | { kind: 'item'; marker: string; text: string; color?: string }
  /** A picture (SVG on the page, or an already loaded image), scaled to the width. */
  | { kind: 'image'; image: CanvasImageSource; width: number; height: number; maxHeight?: number }
  | { kind: 'rule' }
  | { kind: 'gap'; size?: number }
  /** A coloured band across the top with white text. */
  | { kind: 'band'; text: string; sub?: string; color: string };

export interface PictureOptions {
  /** Pixel width of the picture; phones show it full width, so 1080 reads well when saved. */
  width?: number;
  /** Left and right margin, in pixels. */
  margin?: number;
}

const FONT = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const INK = '#1a1a1a';

const STYLES = {
  title: { size: 56, weight: 800, line: 1.3, after: 18 },
  heading: { size: 40, weight: 800, line: 1.35, after: 10 },
  text: { size: 34, weight: 400, line: 1.6, after: 12 },
  small: { size: 28, weight: 400, line: 1.5, after: 8 },
  item: { size: 34, weight: 400, line: 1.55, after: 8 },
} as const;

/** Characters that must not start a line (Chinese line-breaking rule): they stay with the line before. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’%…—·,.;:?!)]}']);

/**
 * Breaks `text` into lines no wider than `maxWidth` as `measure` reports: Chinese breaks between any two
 * characters, a run of Latin letters or digits is kept whole when it fits, and closing punctuation never
 * starts a line. Newlines in the text are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Tokens: a run of Latin letters/digits, or one other character.
    const tokens = paragraph.match(/[A-Za-z0-9@._+\-/:]+|[\s\S]/gu) ?? [];
    let line = '';
    for (const token of tokens) {
      const candidate = line + token;
      if (line === '' || measure(candidate) <= maxWidth || NO_LINE_START.has(token)) {
        line = candidate;
        continue;
      }
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

interface Laid {
  height: number;
  draw: (ctx: CanvasRenderingContext2D, top: number) => void;
}

function font(style: { size: number; weight: number }) {
  return `${style.weight} ${style.size}px ${FONT}`;
}

/** Lays out every block for a canvas `width` wide; returns each block's height and how to draw it. */
function layout(ctx: CanvasRenderingContext2D, blocks: Block[], width: number, margin: number): Laid[] {
  const inner = width - 2 * margin;
  return blocks.map((block): Laid => {
    switch (block.kind) {
      case 'gap':
        return { height: block.size ?? 24, draw: () => {} };
      case 'rule':
        return {
          height: 24,
          draw: (c, top) => {
            c.fillStyle = '#6b6b6b';
            c.fillRect(margin, top + 10, inner, 3);
          },
        };
      case 'band': {
        const height = block.sub ? 190 : 130;
        return {
          height: height + 24,
          draw: (c, top) => {
            c.fillStyle = block.color;
            c.fillRect(0, top, width, height);
            c.fillStyle = '#ffffff';
            c.textAlign = 'left';
            c.textBaseline = 'alphabetic';
            c.font = font(STYLES.title);
            c.fillText(block.text, margin, top + 82, inner);
            if (block.sub) {
              c.font = font(STYLES.small);
              c.fillText(block.sub, margin, top + 150, inner);
            }
          },
        };
      }
      case 'image': {
        const scale = Math.min(inner / block.width, (block.maxHeight ?? Infinity) / block.height);
        const w = Math.round(block.width * scale);
        const h = Math.round(block.height * scale);
        return {
          height: h + 16,
          draw: (c, top) => {
            c.drawImage(block.image, margin + Math.round((inner - w) / 2), top, w, h);
          },
        };
      }
      case 'item': {
        const style = STYLES.item;
        ctx.font = font(style);
        const indent = Math.max(ctx.measureText(block.marker).width + 14, 56);
        const lines = wrapText(block.text, inner - indent, (text) => ctx.measureText(text).width);
        const lineHeight = style.size * style.line;
        return {
          height: lines.length * lineHeight + style.after,
          draw: (c, top) => {
            c.font = font(style);
            c.fillStyle = block.color ?? INK;
            c.textAlign = 'left';
            c.textBaseline = 'alphabetic';
            c.fillText(block.marker, margin, top + style.size);
            lines.forEach((line, index) => c.fillText(line, margin + indent, top + style.size + index * lineHeight));
          },
        };
      }
      default: {
        const style = STYLES[block.kind];
        ctx.font = font(style);
        const lines = wrapText(block.text, inner, (text) => ctx.measureText(text).width);
        const lineHeight = style.size * style.line;
        const align = block.align ?? 'left';
        const x = align === 'left' ? margin : align === 'right' ? width - margin : width / 2;
        return {
          height: lines.length * lineHeight + style.after,
          draw: (c, top) => {
            c.font = font(style);
            c.fillStyle = block.color ?? INK;
            c.textAlign = align;
            c.textBaseline = 'alphabetic';
            lines.forEach((line, index) => c.fillText(line, x, top + style.size + index * lineHeight));
          },
        };
      }
    }
  });
}

/** Draws `blocks` top to bottom on a white picture and returns it as a PNG data URL. */
export function drawPicture(blocks: Block[], options: PictureOptions = {}): string {
  const width = options.width ?? 1080;
  const margin = options.margin ?? 64;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('canvas 2d is not available');
  const laid = layout(measure, blocks, width, margin);
  const height = Math.ceil(laid.reduce((sum, part) => sum + part.height, 0) + margin);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d is not available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  let top = blocks[0]?.kind === 'band' ? 0 : margin / 2;
  for (const part of laid) {
    part.draw(ctx, top);
    top += part.height;
  }
  return canvas.toDataURL('image/png');
}

/**
 * An SVG element on the page as an image the canvas can draw: serialised with its size, as a data URL.
 * The SVG must carry its look in attributes (fill, stroke, font-family), not in the page's CSS, which an
 * image does not see.
 */
export function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.querySelectorAll('[data-no-picture]').forEach((part) => part.remove());
  const markup = new XMLSerializer().serializeToString(copy);
  const image = new Image(width, height);
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be turned into a picture'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

export interface PictureWords {
  /** Says what the picture shows, for people who cannot see it. */
  alt: string;
  /** How to keep it: long-press in WeChat, or the link. */
  hint: string;
  /** The save link's words. */
  save: string;
  /** File name for the save link, e.g. 逃生路线图.png. */
  fileName: string;
}

/** Shows the PNG in `container` (emptied first) with a hint and a link that saves it, and moves focus to it. */
export function showPicture(container: HTMLElement, png: string, words: PictureWords): void {
  container.replaceChildren();
  const hint = document.createElement('p');
  hint.textContent = words.hint;
  hint.className = 'app-picture__hint';
  const image = document.createElement('img');
  image.src = png;
  image.alt = words.alt;
  image.className = 'app-picture__image';
  const link = document.createElement('a');
  link.href = png;
  link.download = words.fileName;
  link.textContent = words.save;
  link.className = 'app-button app-button--secondary';
  container.append(hint, image, link);
  container.hidden = false;
  container.tabIndex = -1;
  container.focus();
}
