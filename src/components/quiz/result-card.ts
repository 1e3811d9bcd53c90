// Draws the shareable result card on a canvas, on the device: the score, each topic, and the site's QR
// code (modules made at build time), so sharing in WeChat needs no server and no upload.

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
}

const WIDTH = 1080;
const HEIGHT = 1440;
const GREEN = '#005a32';
const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Returns the card as a PNG data URL. */
export function drawResultCard(data: CardData): string {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d')!;
  const text = (value: string, x: number, y: number, size: number, color = '#1a1a1a', weight = 700, align: CanvasTextAlign = 'left') => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = color;
    ctx.textAlign = align;
    // A longer theme in a later year is squeezed to the card's width rather than cut off.
    ctx.fillText(value, x, y, WIDTH - 2 * 80);
  };

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = GREEN;
  ctx.fillRect(0, 0, WIDTH, 330);
  // The theme on two lines: the main line, then the subtitle after the dash where the theme has one.
  const [mainTheme = '', subTheme] = data.theme.split('——');
  text(data.themeLabel, 80, 62, 30, '#ffffff', 400);
  text(mainTheme, 80, 140, 64, '#ffffff', 800);
  if (subTheme) text(`——${subTheme}`, 80, 225, 64, '#ffd400', 800);
  text('生命通道 · 安全知识挑战', 80, 295, 36, '#ffffff', 400);

  text(data.name ? `${data.name}的成绩` : '我的成绩', 80, 440, 44);
  text(`${data.correct}`, 80, 610, 200, GREEN, 800);
  const scoreWidth = (ctx.measureText(`${data.correct}`).width as number) + 100;
  text(`/ ${data.total} 题答对`, scoreWidth, 610, 64, '#1a1a1a', 700);

  data.byTopic.slice(0, 8).forEach(([topic, correct, total], index) => {
    const y = 720 + index * 62;
    text(topic, 80, y, 40, '#1a1a1a', 400);
    text(`${correct} / ${total}`, 620, y, 40, correct === total ? GREEN : '#a50021', 700, 'right');
  });

  // QR code, bottom right, with its quiet zone on white.
  const size = data.qr.length;
  if (size > 0) {
    const box = 300;
    const cell = Math.floor(box / (size + 8));
    const left = WIDTH - 80 - cell * (size + 8);
    const top = HEIGHT - 80 - cell * (size + 8);
    ctx.fillStyle = '#000000';
    data.qr.forEach((row, y) => {
      for (let x = 0; x < row.length; x += 1) if (row[x] === '1') ctx.fillRect(left + (x + 4) * cell, top + (y + 4) * cell, cell, cell);
    });
    text('扫码来挑战', left + (cell * (size + 8)) / 2, top - 10, 32, '#1a1a1a', 700, 'center');
  }
  text(new Date().toLocaleDateString('zh-CN'), 80, HEIGHT - 100, 32, '#4a4a4a', 400);
  return canvas.toDataURL('image/png');
}
