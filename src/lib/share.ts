/**
 * Link previews (WeChat, QQ, DingTalk…) and 「添加到主屏幕」: where each page's share picture lives, and the
 * site's mark as drawn in the pictures and icons. Pure; used by BaseLayout (the og: tags) and by the build
 * (src/integrations/share-images.ts), which draws the pictures.
 */

/** The share picture's size: square, as WeChat's and QQ's link cards show it (at least 300×300). */
export const SHARE_SIZE = 600;

/** The folder of the share pictures and icons in the built site. */
export const SHARE_FOLDER = 'share/';

/**
 * The share picture of a page, from the site root without the base: / → share/home.png,
 * /topics/gas/ → share/topics/gas.png, /class/gas/handout/ → share/class/gas/handout.png.
 */
export function sharePicturePath(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  return `${SHARE_FOLDER}${parts.length > 0 ? parts.join('/') : 'home'}.png`;
}

/** The line a share picture shows under the title: the first sentence (or clause) of a description, at most `max` characters. */
export function shareLine(text: string, max = 36): string {
  const sentence = text.split(/(?<=[。！？；])/)[0]?.trim() ?? '';
  if (sentence.length <= max) return sentence;
  const clause = sentence.slice(0, max).replace(/[，、：][^，、：]*$/, '');
  return clause.length >= 8 ? `${clause}……` : `${sentence.slice(0, max - 1)}…`;
}

/** The site's mark (src/components/layout/Logo.astro, public/favicon.svg) on its green, as SVG elements in a 48×48 box. */
export const MARK_48 =
  '<path d="M29 10h10v28H29z" fill="none" stroke="#ffffff" stroke-width="3"/><circle cx="19" cy="12" r="3.5" fill="#ffffff"/>' +
  '<path d="M18 17l-6 5 2 2.5 4.5-3.5 1 6-5 8 3 2 5.5-8 4 5v7h3.5v-9l-4.5-6-1-5 3 2.5h5v-3.5h-4z" fill="#ffffff"/>';

/**
 * Colours of the pictures, the icons and the manifest: the same values as the palette in src/styles/global.css
 * (--app-palette-green-800, -green-900, -red-700, -yellow-400, -grey-900, -white), which a build cannot read.
 */
export const SHARE_COLOURS = {
  brand: '#005a32',
  brandStrong: '#004d2b',
  emergency: '#a50021',
  highlight: '#ffd400',
  text: '#1a1a1a',
  surface: '#ffffff',
} as const;

/** Width of the poster and handout pictures (saved instead of printed, e.g. inside WeChat). */
export const SHEET_WIDTH = 1080;

/**
 * Where the QR code sits on a poster or handout picture: a square of `size` px, `right` px from the right edge
 * and `bottom` px from the bottom edge, so a page can find it on a picture of any height.
 */
export const SHEET_QR = { size: 300, right: 64, bottom: 64 } as const;

/** Folder of the poster and handout pictures in the built site: pictures/poster/gas.png, pictures/handout/gas.png. */
export const PRINT_PICTURE_FOLDER = 'pictures/';
