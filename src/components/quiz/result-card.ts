// Draws the shareable result card on a canvas, on the device: the score, each topic, and the site's QR
// code (modules made at build time), so sharing in WeChat needs no server and no upload.
import { quizText as t } from '../../i18n/zh-CN/quiz.ts';
import { themeLines } from '../../lib/campaign.ts';

export interface CardData {
  name: string;
  /** The site's campaign theme, from content/campaign.yaml (server-rendered into the page), e.g. 人人讲安全、个个会应急——畅通生命通道. */
  theme: string;
  /** Its label, e.g. 本站主题：2024年第23个全国“安全生产月”. */
  themeLabel: string;
  correct: number;
  total: number;
  /** [topic name, correct, total] */
  byTopic: [string, number, number][];
  /** QR modules as rows of 0/1. */
  qr: string[];
  /** The card's title under the theme: the score card's by default, the certificate's when it stands in for printing. */
  title?: string;
  /** A line under the name (the certificate's sentence). */
  body?: string;
}

const WIDTH = 1080;
const HEIGHT = 1440;
const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** The card's colours: the site's role tokens (src/styles/global.css), read from the page, so the card follows the stylesheet. */
function colours() {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => {
    const value = style.getPropertyValue(`--app-color-${name}`).trim();
    if (!value) throw new Error(`result card: colour token --app-color-${name} is not defined`);
    return value;
  };
  return {
    brand: token('brand'),
    onDark: token('on-dark'),
    surface: token('surface'),
    text: token('text'),
    textSecondary: token('text-secondary'),
    highlight: token('highlight'),
    emergency: token('emergency'),
  };
}

/** Returns the card as a PNG data URL. */
export function drawResultCard(data: CardData): string {
  const colour = colours();
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d')!;
  const text = (value: string, x: number, y: number, size: number, color = colour.text, weight = 700, align: CanvasTextAlign = 'left') => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = color;
    ctx.textAlign = align;
    // A longer theme in a later year is squeezed to the card's width rather than cut off.
    ctx.fillText(value, x, y, WIDTH - 2 * 80);
  };

  ctx.fillStyle = colour.surface;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = colour.brand;
  ctx.fillRect(0, 0, WIDTH, 330);
  // The theme on two lines: the main line, then the subtitle after the dash where the theme has one.
  const [mainTheme, subTheme] = themeLines(data.theme);
  text(data.themeLabel, 80, 62, 30, colour.onDark, 400);
  text(mainTheme, 80, 140, 64, colour.onDark, 800);
  if (subTheme) text(`——${subTheme}`, 80, 225, 64, colour.highlight, 800);
  text(data.title ?? t.cardTitle, 80, 295, 36, colour.onDark, 400);

  text(t.cardName(data.name), 80, 440, 44);
  // The certificate's sentence, in two lines at its middle comma; everything below moves down to make room.
  let shift = 0;
  if (data.body) {
    const cut = data.body.indexOf('，', Math.floor(data.body.length / 3));
    const lines = cut > 0 ? [data.body.slice(0, cut + 1), data.body.slice(cut + 1)] : [data.body];
    lines.forEach((line, index) => text(line, 80, 500 + index * 46, 32, colour.textSecondary, 400));
    shift = 46 * lines.length + 40;
  }
  text(`${data.correct}`, 80, 610 + shift, 200, colour.brand, 800);
  const scoreWidth = (ctx.measureText(`${data.correct}`).width as number) + 100;
  text(t.cardScore(data.total), scoreWidth, 610 + shift, 64, colour.text, 700);

  data.byTopic.slice(0, shift > 0 ? 5 : 8).forEach(([topic, correct, total], index) => {
    const y = 720 + shift + index * 62;
    text(topic, 80, y, 40, colour.text, 400);
    text(`${correct} / ${total}`, 620, y, 40, correct === total ? colour.brand : colour.emergency, 700, 'right');
  });

  // QR code, bottom right, with its quiet zone on white.
  const size = data.qr.length;
  if (size > 0) {
    const box = 300;
    const cell = Math.floor(box / (size + 8));
    const left = WIDTH - 80 - cell * (size + 8);
    const top = HEIGHT - 80 - cell * (size + 8);
    // Pure black modules whatever the palette: scanners need the strongest contrast.
    ctx.fillStyle = '#000000';
    data.qr.forEach((row, y) => {
      for (let x = 0; x < row.length; x += 1) if (row[x] === '1') ctx.fillRect(left + (x + 4) * cell, top + (y + 4) * cell, cell, cell);
    });
    text(t.scanToPlay, left + (cell * (size + 8)) / 2, top - 10, 32, colour.text, 700, 'center');
  }
  text(new Date().toLocaleDateString('zh-CN'), 80, HEIGHT - 100, 32, colour.textSecondary, 400);
  return canvas.toDataURL('image/png');
}
