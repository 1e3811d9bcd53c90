/**
 * The lesson deck as an editable PowerPoint (/class/<topic>/<audience>.pptx), made at build time from the
 * same view as the projected deck (src/lib/lesson-view.ts): the same slides in the same order, real text
 * boxes a teacher can edit in PowerPoint or WPS, the pictures (SVG drawn to PNG with sharp) and the step's
 * teacher text as speaker notes. A question's answer and a scenario card's key points are in the notes
 * (PowerPoint has no "reveal on next press" without animations); the projected deck reveals them on screen.
 */
import PptxGenJS from 'pptxgenjs';
import sharp from 'sharp';
import { ui } from '../i18n/zh-CN.ts';
import type { LessonView, ViewSlide } from './lesson-view.ts';
import { qrMatrix, qrPath } from './qr.ts';

/** 16:9 at PowerPoint's default 10 × 5.625 inches. */
const W = 10;
const H = 5.625;
const PAD = 0.4;
/** Body text in points: 24 pt is 5.9 % of the slide's 405 pt height (the web deck keeps at least 4.4 %). */
const SIZE = { kicker: 16, heading: 34, title: 40, body: 24, option: 22, small: 16 };
const FONT = 'Microsoft YaHei';
const COLOR = { ink: '1A1A1A', soft: '4A4A4A', green: '004D2B', tint: 'E6F2EB', red: 'A50021', white: 'FFFFFF', line: '6B6B6B' };

interface Png {
  data: string;
  width: number;
  height: number;
}

const cache = new Map<string, Promise<Png>>();

/** An SVG drawn to PNG (once per picture per build), as a data URL with its size. */
function png(svg: string, width = 1280): Promise<Png> {
  let found = cache.get(svg);
  if (!found) {
    found = sharp(Buffer.from(svg), { density: 144 })
      .resize({ width, withoutEnlargement: false })
      .flatten({ background: '#ffffff' })
      .png({ compressionLevel: 9, palette: true })
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height }));
    cache.set(svg, found);
  }
  return found;
}

function qrSvg(url: string): string {
  const { path, size } = qrPath(qrMatrix(url));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 10}" height="${size * 10}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`;
}

/** Puts a picture inside a box, keeping its proportions (centred). */
async function addPicture(slide: PptxGenJS.Slide, svg: string, label: string, box: { x: number; y: number; w: number; h: number }, width?: number) {
  const image = await png(svg, width);
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  slide.addImage({ data: image.data, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText: label });
}

const text = (value: string, options: PptxGenJS.TextPropsOptions): [string, PptxGenJS.TextPropsOptions] => [
  value,
  { fontFace: FONT, color: COLOR.ink, valign: 'top', margin: 0, ...options },
];

async function drawSlide(pptx: PptxGenJS, view: ViewSlide) {
  const slide = pptx.addSlide();
  const dark = view.kind === 'title';
  slide.background = { color: dark ? COLOR.green : COLOR.white };
  const ink = dark ? COLOR.white : COLOR.ink;
  slide.addText(
    ...text(view.kicker, {
      x: PAD,
      y: 0.25,
      w: W - 2 * PAD,
      h: 0.35,
      fontSize: SIZE.kicker,
      bold: true,
      color: dark ? COLOR.white : view.kind === 'case' ? COLOR.red : COLOR.soft,
      fit: 'shrink',
    }),
  );
  const question = view.question;
  const headingSize = dark ? SIZE.title : question || view.kind === 'card' ? 28 : SIZE.heading;
  const headingH = dark ? 1.7 : question || view.kind === 'card' ? 1.1 : 0.8;
  slide.addText(
    ...text(view.heading, {
      x: PAD,
      y: 0.7,
      w: W - 2 * PAD,
      h: headingH,
      fontSize: headingSize,
      bold: true,
      color: dark ? COLOR.white : question || view.kind === 'card' ? COLOR.ink : COLOR.green,
      valign: 'middle',
      fit: 'shrink',
    }),
  );
  const top = 0.7 + headingH + 0.2;
  const bodyH = H - top - PAD;
  const side = view.picture || view.qr;
  const mainW = side ? (view.picture?.kind === 'scene' ? 3.2 : 5.0) : W - 2 * PAD;
  const sideBox = { x: PAD + mainW + 0.3, y: top, w: W - 2 * PAD - mainW - 0.3, h: bodyH };

  if (view.kind === 'step' && view.points.length > 0) {
    slide.addText(
      view.points.map((point) => ({ text: point, options: { bullet: { indent: 18 }, paraSpaceAfter: 10 } })),
      { x: PAD, y: top, w: mainW, h: bodyH, fontFace: FONT, fontSize: SIZE.body, bold: true, color: ink, valign: 'top', margin: 0, fit: 'shrink' },
    );
  } else if (view.points.length > 0) {
    slide.addText(
      ...text(view.points.join('\n'), { x: PAD, y: top, w: mainW, h: bodyH - (view.link ? 0.6 : 0), fontSize: SIZE.body, color: ink, fit: 'shrink' }),
    );
  }
  if (question) {
    const choice = question.type === 'choice';
    slide.addText(
      question.letters.map((letter, index) => ({
        text: choice ? `${letter}.  ${question.options[index]}` : letter,
        options: { breakLine: true, paraSpaceAfter: 12 },
      })),
      {
        x: PAD,
        y: top,
        w: mainW,
        h: bodyH,
        fontFace: FONT,
        fontSize: choice ? SIZE.option : 32,
        bold: !choice,
        color: COLOR.ink,
        valign: 'top',
        margin: 0,
        fit: 'shrink',
      },
    );
  }
  if (view.link) slide.addText(...text(view.link.label, { x: PAD, y: H - PAD - 0.5, w: mainW, h: 0.5, fontSize: SIZE.small, color: COLOR.green, bold: true }));
  if (view.picture) await addPicture(slide, view.picture.svg, view.picture.label, sideBox);
  else if (view.qr) {
    await addPicture(slide, qrSvg(view.qr.url), `${view.qr.label}：${view.qr.url}`, { ...sideBox, h: sideBox.h - 0.45 }, 600);
    slide.addText(...text(view.qr.url, { x: sideBox.x, y: sideBox.y + sideBox.h - 0.4, w: sideBox.w, h: 0.4, fontSize: 12, align: 'center', fit: 'shrink' }));
  }
  slide.addNotes(view.notes);
}

/** The deck of one lesson as a .pptx file. */
export async function lessonPptx(view: LessonView): Promise<Uint8Array<ArrayBuffer>> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = view.data.title;
  pptx.subject = `${view.topicTitle} · ${view.audienceLabel}`;
  pptx.author = ui.siteName;
  pptx.company = ui.siteName;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  for (const slide of view.slides) await drawSlide(pptx, slide);
  const data = await pptx.write({ outputType: 'uint8array' });
  return new Uint8Array(data as Uint8Array);
}
