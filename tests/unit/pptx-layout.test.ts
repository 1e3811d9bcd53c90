// The lesson PowerPoint's layout (src/lib/pptx.ts): every text box and picture inside the slide, pictures
// beside the text and never over it, pictures keeping their proportions, the type sizes a projected class
// can read, the title slide in the site's green, and every slide's speaker notes.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { LessonView, ViewSlide } from '../../src/lib/lesson-view.ts';
import { lessonPptx } from '../../src/lib/pptx.ts';

const EMU = 914400;
const SLIDE = { w: 10 * EMU, h: 5.625 * EMU };
const wide = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" fill="#00853F"/></svg>';
const tall = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 80"><rect width="40" height="80" fill="#A50021"/></svg>';

const slides: ViewSlide[] = [
  { kind: 'title', kicker: '生命通道 · 电动自行车', heading: '电动车为什么不能推进楼里充电？', points: ['对象：初中 · 40分钟'], notes: '教学目标' },
  {
    kind: 'step',
    step: 0,
    kicker: '环节1',
    heading: '车不进楼，电不进户',
    points: ['不停楼道', '到集中充电点充电'],
    picture: { ref: 'illustration/x', kind: 'illustration', svg: wide, label: '宽图' },
    notes: '老师讲停在哪。',
  },
  {
    kind: 'step',
    step: 1,
    kicker: '环节2',
    heading: '看图找隐患',
    points: ['楼道里有什么'],
    picture: { ref: 'scene/x', kind: 'scene', svg: tall, label: '高图' },
    notes: '场景。',
  },
  { kind: 'case', step: 0, caseId: 'c', kicker: '案例 · 2024年 · 某地', heading: '一场火灾', points: ['经过。'], notes: '案例经过。' },
  { kind: 'card', step: 1, kicker: '情景 · 环节2', heading: '楼道里停满了电动车，怎么办？', points: [], reveal: '告诉物业。', notes: '要点：告诉物业。' },
  {
    kind: 'question',
    step: 0,
    kicker: '想一想 · 1',
    heading: '电动车可以推进电梯。',
    points: [],
    question: { id: 'q', type: 'truefalse', letters: ['对', '错'], options: [], answer: 1, explanation: '不可以。' },
    notes: '答案：错',
  },
  {
    kind: 'home',
    kicker: '课后',
    heading: '回家做一做',
    points: ['和家人一起查一查楼道。'],
    link: { href: '/tools/checklist/', label: '工具：家庭自查' },
    qr: { url: 'https://example.cn/tools/checklist/', label: '家庭自查' },
    notes: '回家。',
  },
];
const view = { data: { title: '电动车为什么不能推进楼里充电？' }, topicTitle: '电动自行车', audienceLabel: '初中', slides } as unknown as LessonView;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  xml: string;
}

const boxesOf = (xml: string, tag: 'p:sp' | 'p:pic'): Box[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner = '']) => {
    const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(inner);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(inner);
    return { x: Number(off?.[1]), y: Number(off?.[2]), w: Number(ext?.[1]), h: Number(ext?.[2]), xml: inner };
  });
const sizes = (box: Box) => [...box.xml.matchAll(/ sz="(\d+)"/g)].map((match) => Number(match[1]) / 100);
const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;

/**
 * The deck's slides and notes as XML. Made again in every test (not once in a hook), so mutation testing
 * counts each test as reaching the writer and runs them all against its changes.
 */
async function deck(): Promise<{ xml: string[]; notes: string }> {
  const zip = await JSZip.loadAsync(await lessonPptx(view));
  const xml = await Promise.all(slides.map((_, index) => zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string')));
  const names = Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
  const notes = (await Promise.all(names.map((name) => zip.file(name)!.async('string')))).join('');
  return { xml, notes };
}

describe('the lesson PowerPoint’s layout', () => {
  it('keeps every text box and picture inside the slide', async () => {
    const { xml } = await deck();
    for (const [index, slide] of xml.entries()) {
      for (const box of [...boxesOf(slide, 'p:sp'), ...boxesOf(slide, 'p:pic')]) {
        expect(box.x, `slide ${index + 1}`).toBeGreaterThanOrEqual(0);
        expect(box.y, `slide ${index + 1}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w, `slide ${index + 1}`).toBeLessThanOrEqual(SLIDE.w);
        expect(box.y + box.h, `slide ${index + 1}`).toBeLessThanOrEqual(SLIDE.h);
        expect(box.w * box.h, `slide ${index + 1}`).toBeGreaterThan(0);
      }
    }
  });

  it('puts pictures and QR codes beside the text, never over it, and text boxes never over each other', async () => {
    const { xml } = await deck();
    for (const [index, slide] of xml.entries()) {
      const texts = boxesOf(slide, 'p:sp');
      for (const picture of boxesOf(slide, 'p:pic')) for (const box of texts) expect(overlap(picture, box), `slide ${index + 1}`).toBe(false);
      for (const [a, first] of texts.entries()) for (const second of texts.slice(a + 1)) expect(overlap(first, second), `slide ${index + 1}`).toBe(false);
    }
  });

  it('keeps a picture’s proportions and centres it beside the text', async () => {
    const { xml } = await deck();
    const [widePicture] = boxesOf(xml[1]!, 'p:pic');
    expect(widePicture!.w / widePicture!.h).toBeCloseTo(2, 2);
    const [tallPicture] = boxesOf(xml[2]!, 'p:pic');
    expect(tallPicture!.h / tallPicture!.w).toBeCloseTo(2, 2);
    const body = boxesOf(xml[1]!, 'p:sp')[2]!;
    expect(widePicture!.y + widePicture!.h / 2).toBeCloseTo(body.y + body.h / 2, -3);
    const qr = boxesOf(xml[6]!, 'p:pic')[0]!;
    expect(qr.w).toBeCloseTo(qr.h, -3);
  });

  it('gives a scene more room than an illustration, and the text the rest', async () => {
    const { xml } = await deck();
    const illustrationText = boxesOf(xml[1]!, 'p:sp')[2]!;
    const sceneText = boxesOf(xml[2]!, 'p:sp')[2]!;
    expect(sceneText.w).toBeLessThan(illustrationText.w);
    const cardHeading = boxesOf(xml[4]!, 'p:sp')[1]!;
    expect(cardHeading.w).toBeCloseTo(SLIDE.w - 2 * 0.4 * EMU, -3);
  });

  it('uses type a class can read from the back: 40 pt titles, 34 pt headings, 28 pt questions, 24 pt body text', async () => {
    const { xml } = await deck();
    expect(sizes(boxesOf(xml[0]!, 'p:sp')[1]!)).toContain(40);
    expect(sizes(boxesOf(xml[1]!, 'p:sp')[1]!)).toContain(34);
    expect(sizes(boxesOf(xml[1]!, 'p:sp')[2]!)).toContain(24);
    expect(sizes(boxesOf(xml[4]!, 'p:sp')[1]!)).toContain(28);
    expect(sizes(boxesOf(xml[5]!, 'p:sp')[1]!)).toContain(28);
    expect(sizes(boxesOf(xml[5]!, 'p:sp')[2]!)).toContain(32);
    for (const slide of xml) for (const box of boxesOf(slide, 'p:sp')) for (const size of sizes(box)) expect(size).toBeGreaterThanOrEqual(12);
  });

  it('the title slide is green with white text; a case’s kicker is red; the others are white', async () => {
    const { xml } = await deck();
    expect(xml[0]).toMatch(/<p:bg>[\s\S]*?004D2B[\s\S]*?<\/p:bg>/);
    expect(boxesOf(xml[0]!, 'p:sp')[1]!.xml).toContain('FFFFFF');
    expect(xml[1]).toMatch(/<p:bg>[\s\S]*?FFFFFF[\s\S]*?<\/p:bg>/);
    expect(boxesOf(xml[3]!, 'p:sp')[0]!.xml).toContain('A50021');
    expect(boxesOf(xml[1]!, 'p:sp')[0]!.xml).toContain('4A4A4A');
  });

  it('a true/false question shows 对 and 错 big; the home slide names its tool and shows its address under the QR code', async () => {
    const { xml } = await deck();
    expect(boxesOf(xml[5]!, 'p:sp')[2]!.xml).toMatch(/对[\s\S]*错/);
    expect(xml[6]).toContain('工具：家庭自查');
    expect(xml[6]).toContain('https://example.cn/tools/checklist/');
  });

  it('every slide’s notes are in the file', async () => {
    const { notes } = await deck();
    for (const slide of slides) expect(notes).toContain(slide.notes);
  });
});
