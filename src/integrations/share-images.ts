import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp, { type OverlayOptions } from 'sharp';
import { ui } from '../i18n/zh-CN.ts';
import { MARK_48, SHARE_COLOURS as C, SHARE_SIZE, SHEET_QR, SHEET_WIDTH } from '../lib/share.ts';

/**
 * Draws, after the pages are built:
 * - each page's share picture (600×600 PNG, the address its og:image tag names): the site's mark and name,
 *   the page's title and its key line (a topic's first key action, else the first sentence of its description),
 *   read from the og:image tag's data-share-title and data-share-line;
 * - the web app manifest and its PNG icons (192, 512, maskable 512, apple-touch-icon 180).
 *
 * Text is drawn by Pango (sharp's text input) with a CJK font file found on the machine (CJK_FONTS or
 * LIFELINE_CJK_FONT); without one the build stops, naming what to install, rather than drawing empty boxes.
 * Pictures are cached in .astro/cache/share/ by their content, so a build redraws only pictures whose text
 * changed.
 */

/** Where CJK fonts live on the systems people build on, with the family name Pango knows each by. */
const CJK_FONTS: { file: string; family: string }[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
  { file: '/System/Library/Fonts/STHeiti Medium.ttc', family: 'Heiti SC' },
  { file: 'C:\\Windows\\Fonts\\msyhbd.ttc', family: 'Microsoft YaHei' },
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'Microsoft YaHei' },
];

export interface CjkFont {
  file: string;
  family: string;
}

/** The first CJK font found (LIFELINE_CJK_FONT=/path/font.ttc[:Family] first), or an error saying what to install. */
export function findCjkFont(env = process.env): CjkFont {
  const given = env['LIFELINE_CJK_FONT'];
  if (given) {
    const [file = '', family = 'Noto Sans CJK SC'] = given.split(/:(?=[^\\/]*$)/);
    if (existsSync(file)) return { file, family };
    throw new Error(`LIFELINE_CJK_FONT names ${file}, which does not exist`);
  }
  const found = CJK_FONTS.find((font) => existsSync(font.file));
  if (found) return found;
  throw new Error(
    'No Chinese (CJK) font found to draw the share pictures: install one, e.g. `sudo apt-get install fonts-noto-cjk` ' +
      '(Debian/Ubuntu), or name a font file with LIFELINE_CJK_FONT=/path/to/font.ttc:Family. Looked in: ' +
      CJK_FONTS.map((font) => font.file).join(', '),
  );
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as a transparent PNG, wrapped to `width`, in the CJK font. */
async function text(font: CjkFont, value: string, options: { size: number; colour: string; width: number; bold?: boolean; align?: 'left' | 'centre' }) {
  const weight = options.bold === false ? '' : ' Bold';
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${options.colour}">${escapeMarkup(value)}</span>`,
      font: `${font.family}${weight} ${options.size}`,
      fontfile: font.file,
      width: Math.max(1, Math.round(options.width)),
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
      align: options.align ?? 'left',
      spacing: Math.round(options.size * 0.25),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Stops the build if the font draws no real Chinese glyphs (a missing glyph comes out as a narrow box with its
 * code in it): four characters of a CJK font are each about as wide as they are tall.
 */
export async function checkCjkGlyphs(font: CjkFont): Promise<void> {
  const probe = await text(font, '生命通道', { size: 100, colour: '#000000', width: 2000, bold: false });
  if (probe.width < 360)
    throw new Error(
      `The font ${font.file} (${font.family}) draws no Chinese glyphs (“生命通道” is ${probe.width} px wide at 100 px, not ~400): share pictures would show boxes. Install fonts-noto-cjk or set LIFELINE_CJK_FONT.`,
    );
}

/** Size of the title: short titles large, long ones smaller, so a title fits in three lines. */
function titleSize(title: string): number {
  if (title.length <= 5) return 96;
  if (title.length <= 12) return 68;
  if (title.length <= 24) return 52;
  return 44;
}

/** A title that does not fit one line breaks after its first 、：or before a —— where both parts fit a line, not inside a word. */
export function titleLines(title: string, perLine: number): string {
  if (title.length <= perLine) return title;
  const match = /(?<=[、：:])|(?=——)/.exec(title);
  if (!match) return title;
  const [first, second] = [title.slice(0, match.index), title.slice(match.index)];
  return first.length <= perLine && second.length <= perLine ? `${first}\n${second}` : title;
}

/** The share picture: mark and site name on green, the title, the key line, the campaign tagline on red. */
export async function drawSharePicture(font: CjkFont, title: string, line: string, footer: string): Promise<Buffer> {
  const S = SHARE_SIZE;
  const band = 112;
  const foot = 72;
  const pad = 44;
  const base = `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">
    <rect width="${S}" height="${S}" fill="${C.surface}"/>
    <rect width="${S}" height="${band}" fill="${C.brand}"/>
    <rect y="${S - foot}" width="${S}" height="${foot}" fill="${C.emergency}"/>
    <rect x="${pad}" y="${band + 36}" width="12" height="${S - band - foot - 72}" rx="6" fill="${C.highlight}"/>
    <g transform="translate(${pad - 6} 16) scale(${80 / 48})">${MARK_48}</g>
  </svg>`;
  const name = await text(font, ui.siteName, { size: 48, colour: C.surface, width: 400 });
  const width = S - 2 * pad - 30;
  const size = titleSize(title);
  const heading = await text(font, titleLines(title, Math.floor(width / size)), { size, colour: C.text, width });
  const sub = line ? await text(font, line, { size: 38, colour: C.brandStrong, width }) : undefined;
  const bottom = await text(font, footer, { size: 28, colour: C.surface, width: S - 2 * pad, align: 'centre' });
  const area = S - band - foot;
  const block = heading.height + (sub ? 28 + sub.height : 0);
  const top = band + Math.max(24, Math.round((area - block) / 2));
  const layers: OverlayOptions[] = [
    { input: name.data, left: pad + 92, top: Math.round((band - name.height) / 2) },
    { input: heading.data, left: pad + 30, top: Math.min(top, S - foot - block - 10) },
    { input: bottom.data, left: Math.round((S - bottom.width) / 2), top: S - foot + Math.round((foot - bottom.height) / 2) },
  ];
  if (sub) layers.push({ input: sub.data, left: pad + 30, top: Math.min(top, S - foot - block - 10) + heading.height + 28 });
  return sharp(Buffer.from(base)).composite(layers).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer();
}

/** An app icon: the mark on green, full bleed; `maskable` keeps the mark inside the central safe circle (80 %). */
export function drawIcon(size: number, maskable = false): Promise<Buffer> {
  const scale = maskable ? 0.6 : 0.86;
  const mark = size * scale;
  const offset = (size - mark) / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" ${maskable ? '' : `rx="${size * 0.125}"`} fill="${C.brand}"/>
    <g transform="translate(${offset} ${offset}) scale(${mark / 48})">${MARK_48}</g>
  </svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** The web app manifest: name, colours, start page and icons, all under the site's base path. */
export function manifest(base: string, shortName: string, description: string): string {
  const icon = (name: string, size: number, purpose?: string) => ({
    src: `${base}icons/${name}.png`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    ...(purpose ? { purpose } : {}),
  });
  return JSON.stringify({
    name: `${ui.siteName} · ${shortName}`,
    short_name: ui.siteName,
    description,
    lang: 'zh-CN',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: C.surface,
    theme_color: C.brand,
    icons: [icon('icon-192', 192), icon('icon-512', 512), icon('maskable-512', 512, 'maskable')],
  });
}

const decode = (value: string) =>
  value.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" })[entity] ?? entity,
  );

/** The share picture a built page asks for: where (path under the base) and what it says. */
export function shareRequest(html: string, base: string): { path: string; title: string; line: string; footer: string } | undefined {
  const tag = html.match(/<meta property="og:image"[^>]*>/)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => decode(tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? '');
  const address = attribute('content');
  const path = new URL(address, 'https://site.invalid').pathname;
  if (!path.startsWith(base)) return undefined;
  return { path: path.slice(base.length), title: attribute('data-share-title'), line: attribute('data-share-line'), footer: attribute('data-share-footer') };
}

/** One block of a printed sheet drawn as a picture (drawSheet). */
export type SheetBlock =
  | { kind: 'band'; lines: { text: string; size: number; colour: string }[] }
  | { kind: 'text'; text: string; size: number; colour?: string; bold?: boolean; gap?: number }
  | { kind: 'list'; items: string[]; size: number; colour?: string; numbered?: boolean; gap?: number }
  | { kind: 'footer'; numbers: { number: string; name: string }[]; qr: string[]; caption: string[] };

/**
 * A poster or handout as one tall PNG to long-press and save (WeChat cannot print): the blocks stacked from the
 * top, the height what they need. `qr` rows (0/1) are drawn black on white; without them (no SITE_URL at build)
 * the box stays white and the page draws the code into it (data-qr-box, src/scripts/picture-save.ts).
 */
export async function drawSheet(font: CjkFont, blocks: SheetBlock[]): Promise<{ png: Buffer; qrBox: [number, number, number] | undefined }> {
  const pad = 64;
  const inner = SHEET_WIDTH - 2 * pad;
  const layers: OverlayOptions[] = [];
  const shapes: string[] = [];
  let y = 0;
  let qrBox: [number, number, number] | undefined;
  for (const block of blocks) {
    if (block.kind === 'band') {
      const drawn = [];
      for (const line of block.lines) drawn.push(await text(font, line.text, { size: line.size, colour: line.colour, width: inner }));
      const height = drawn.reduce((sum, line) => sum + line.height + 8, 0) + 2 * 40;
      shapes.push(`<rect y="${y}" width="${SHEET_WIDTH}" height="${height}" fill="${C.brand}"/>`);
      let lineY = y + 40;
      for (const line of drawn) {
        layers.push({ input: line.data, left: pad, top: lineY });
        lineY += line.height + 8;
      }
      y += height + 40;
    } else if (block.kind === 'text') {
      const drawn = await text(font, block.text, { size: block.size, colour: block.colour ?? C.text, width: inner, bold: block.bold ?? false });
      layers.push({ input: drawn.data, left: pad, top: y });
      y += drawn.height + (block.gap ?? 28);
    } else if (block.kind === 'list') {
      for (const [index, item] of block.items.entries()) {
        const marker = block.numbered ? `${index + 1}` : '•';
        const bullet = await text(font, marker, { size: block.size, colour: C.surface, width: block.size * 2 });
        const drawn = await text(font, item, {
          size: block.size,
          colour: block.colour ?? C.text,
          width: inner - block.size * 1.6,
          bold: block.numbered ?? false,
        });
        const disc = block.size * 1.25;
        shapes.push(
          block.numbered
            ? `<circle cx="${pad + disc / 2}" cy="${y + disc / 2 + 4}" r="${disc / 2}" fill="${C.brand}"/>`
            : `<circle cx="${pad + disc / 2}" cy="${y + disc / 2 + 4}" r="${block.size / 5}" fill="${C.brand}"/>`,
        );
        if (block.numbered)
          layers.push({ input: bullet.data, left: Math.round(pad + (disc - bullet.width) / 2), top: Math.round(y + 4 + (disc - bullet.height) / 2) });
        layers.push({ input: drawn.data, left: Math.round(pad + block.size * 1.6), top: y });
        y += Math.max(drawn.height, disc) + 18;
      }
      y += block.gap ?? 20;
    } else {
      // Numbers and captions on the left, the QR code on the right with its bottom at a fixed distance from the
      // picture's bottom (SHEET_QR), so the page can draw a code into it when the build could not.
      const qrSize = SHEET_QR.size;
      const top = y + 20;
      let leftY = top;
      for (const line of block.numbers) {
        const number = await text(font, line.number, { size: 72, colour: C.emergency, width: 400 });
        const name = await text(font, line.name, { size: 40, colour: C.text, width: inner - qrSize - 60 - number.width - 20 });
        layers.push({ input: number.data, left: pad, top: leftY });
        layers.push({ input: name.data, left: pad + number.width + 20, top: leftY + Math.max(0, Math.round((number.height - name.height) / 2)) });
        leftY += Math.max(number.height, name.height) + 10;
      }
      leftY += 10;
      for (const caption of block.caption) {
        const drawn = await text(font, caption, { size: 30, colour: C.text, width: inner - qrSize - 40, bold: false });
        layers.push({ input: drawn.data, left: pad, top: leftY });
        leftY += drawn.height + 6;
      }
      const bottom = Math.max(leftY, top + qrSize);
      const qrLeft = SHEET_WIDTH - SHEET_QR.right - qrSize;
      const qrTop = bottom - qrSize;
      shapes.push(`<rect x="${qrLeft}" y="${qrTop}" width="${qrSize}" height="${qrSize}" fill="${C.surface}" stroke="${C.text}" stroke-width="2"/>`);
      if (block.qr.length > 0) {
        const cell = qrSize / (block.qr.length + 8);
        const modules = block.qr.flatMap((row, rowIndex) =>
          [...row].flatMap((bit, column) => (bit === '1' ? [`M${(column + 4) * cell} ${(rowIndex + 4) * cell}h${cell}v${cell}h-${cell}z`] : [])),
        );
        shapes.push(`<path transform="translate(${qrLeft} ${qrTop})" d="${modules.join('')}" fill="#000000" shape-rendering="crispEdges"/>`);
      } else {
        qrBox = [qrLeft, qrTop, qrSize];
      }
      y = bottom + SHEET_QR.bottom - 24;
    }
  }
  const height = Math.ceil(y + 24);
  shapes.push(`<rect y="${height - 24}" width="${SHEET_WIDTH}" height="24" fill="${C.emergency}"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHEET_WIDTH}" height="${height}"><rect width="${SHEET_WIDTH}" height="${height}" fill="${C.surface}"/>${shapes.join('')}</svg>`;
  const png = await sharp(Buffer.from(svg)).composite(layers).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer();
  return { png, qrBox };
}

let fontChecked: Promise<CjkFont> | undefined;
/** The CJK font, found and checked once per build. */
export function cjkFont(): Promise<CjkFont> {
  fontChecked ??= (async () => {
    const font = findCjkFont();
    await checkCjkGlyphs(font);
    return font;
  })();
  return fontChecked;
}

/** Reads a picture from the build cache (.astro/cache/share/) or draws and keeps it. */
export async function cachedPicture(key: unknown[], draw: () => Promise<Buffer>): Promise<Buffer> {
  const dir = join(process.cwd(), '.astro', 'cache', 'share');
  const file = join(dir, `${createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 20)}.png`);
  if (existsSync(file)) return readFile(file);
  const png = await draw();
  await mkdir(dir, { recursive: true });
  await writeFile(file, png);
  return png;
}

/** Version of the drawing: change it when the layout changes, so cached pictures are drawn again. */
const DESIGN = 'share-v2';

export function shareImages(): AstroIntegration {
  let base = '/';
  return {
    name: 'lifeline-share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const font = findCjkFont();
        await checkCjkGlyphs(font);
        const cacheDir = join(process.cwd(), '.astro', 'cache', 'share');
        await mkdir(cacheDir, { recursive: true });
        let tagline = '';

        const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
        let drawn = 0;
        let cached = 0;
        let bytes = 0;
        const written = new Set<string>();
        for (const page of pages) {
          const request = shareRequest(await readFile(join(dist, page), 'utf8'), base);
          if (!request || written.has(request.path)) continue;
          written.add(request.path);
          tagline ||= request.footer;
          const key = createHash('sha256')
            .update(JSON.stringify([DESIGN, font, request.title, request.line, request.footer]))
            .digest('hex')
            .slice(0, 20);
          const cacheFile = join(cacheDir, `${key}.png`);
          let png: Buffer;
          if (existsSync(cacheFile)) {
            png = await readFile(cacheFile);
            cached += 1;
          } else {
            png = await drawSharePicture(font, request.title, request.line, request.footer);
            await writeFile(cacheFile, png);
            drawn += 1;
          }
          bytes += png.length;
          await mkdir(dirname(join(dist, request.path)), { recursive: true });
          await writeFile(join(dist, request.path), png);
        }

        await mkdir(join(dist, 'icons'), { recursive: true });
        for (const [name, size, maskable] of [
          ['icon-192', 192, false],
          ['icon-512', 512, false],
          ['maskable-512', 512, true],
          ['apple-touch-icon', 180, false],
        ] as const) {
          await writeFile(join(dist, 'icons', `${name}.png`), await drawIcon(size, maskable));
        }
        await writeFile(join(dist, 'manifest.webmanifest'), manifest(base, tagline, ui.share.manifestDescription(tagline)));
        logger.info(
          `${written.size} share pictures (${SHARE_SIZE}×${SHARE_SIZE} PNG, ${(bytes / written.size / 1024).toFixed(1)} KB each on average; ${drawn} drawn, ${cached} from cache) with ${font.family}, manifest and 4 icons (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
