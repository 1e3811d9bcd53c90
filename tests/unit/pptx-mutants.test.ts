// The lesson PowerPoint (src/lib/pptx.ts) measured against its grid: a 0.4-inch margin all round, the kicker
// and heading at the top, the body under the heading, a picture or QR code in a column to the right, and the
// type sizes, colours and spacing a projected class can read. Also the document's own properties and the
// pictures inside it (sharp enough for a projector, white where the drawing is transparent, small files).
// The deck is made again in every test (the pictures are drawn only once per run), so mutation testing
// counts each test as reaching the writer.
import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/zh-CN.ts';
import type { LessonView, ViewSlide } from '../../src/lib/lesson-view.ts';
import { lessonPptx } from '../../src/lib/pptx.ts';

const EMU = 914400;
const wide = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" fill="#00853F"/></svg>';
// Its lower half is transparent: it must come out white on the slide, not black or see-through.
const tall = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 80"><rect width="40" height="40" fill="#A50021"/></svg>';

const slides: ViewSlide[] = [
  { kind: 'title', kicker: '生命通道 · 电动自行车', heading: '电动车为什么不能推进楼里充电？', points: ['对象：初中 · 40分钟'], notes: '教学目标' },
  {
    kind: 'step',
    step: 0,
    kicker: '环节1',
    heading: '车不进楼',
    points: ['不停楼道', '到集中充电点充电'],
    picture: { ref: 'illustration/x', kind: 'illustration', svg: wide, label: '宽图' },
    notes: '一',
  },
  {
    kind: 'step',
    step: 1,
    kicker: '环节2',
    heading: '看图找隐患',
    points: ['楼道里有什么'],
    picture: { ref: 'scene/x', kind: 'scene', svg: tall, label: '高图' },
    notes: '二',
  },
  { kind: 'step', step: 2, kicker: '环节3', heading: '记住两条', points: ['车不进楼', '电不进户'], notes: '三' },
  { kind: 'case', step: 0, caseId: 'c', kicker: '案例', heading: '一场火灾', points: ['经过。', '教训。'], notes: '四' },
  { kind: 'card', step: 1, kicker: '情景', heading: '楼道里停满了电动车，怎么办？', points: [], reveal: '告诉物业。', notes: '五' },
  {
    kind: 'question',
    step: 0,
    kicker: '想一想 · 1',
    heading: '电动自行车应该停在哪里？',
    points: [],
    question: { id: 'q1', type: 'choice', letters: ['A', 'B', 'C', 'D'], options: ['楼道', '楼梯间', '集中停放点', '门厅'], answer: 2, explanation: '' },
    notes: '六',
  },
  {
    kind: 'question',
    step: 0,
    kicker: '想一想 · 2',
    heading: '电动车可以推进电梯。',
    points: [],
    question: { id: 'q2', type: 'truefalse', letters: ['对', '错'], options: [], answer: 1, explanation: '' },
    notes: '七',
  },
  {
    kind: 'home',
    kicker: '课后',
    heading: '回家做一做',
    points: ['和家人一起查一查楼道。'],
    link: { href: '/tools/checklist/', label: '工具：家庭自查' },
    qr: { url: 'https://example.cn/tools/checklist/', label: '家庭自查' },
    notes: '八',
  },
  {
    kind: 'qr',
    kicker: '课题',
    heading: '扫码看完整内容',
    points: ['电动自行车'],
    qr: { url: 'https://example.cn/topics/ebike/', label: '扫码' },
    notes: '九',
  },
  { kind: 'step', step: 3, kicker: '环节4', heading: '演练', points: [], notes: '十' },
];
const view = { data: { title: '电动车为什么不能推进楼里充电？' }, topicTitle: '电动自行车', audienceLabel: '初中', slides } as unknown as LessonView;

interface Box {
  /** Position and size in inches, to 3 decimals. */
  x: number;
  y: number;
  w: number;
  h: number;
  xml: string;
}

const inches = (emu: string | undefined) => Math.round((Number(emu) / EMU) * 1000) / 1000;
const boxesOf = (xml: string, tag: 'p:sp' | 'p:pic'): Box[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner = '']) => {
    const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(inner);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(inner);
    return { x: inches(off?.[1]), y: inches(off?.[2]), w: inches(ext?.[1]), h: inches(ext?.[2]), xml: inner };
  });
const where = ({ x, y, w, h }: Box) => ({ x, y, w, h });
/** Every run's size (pt), boldness and colour in a text box. */
const runs = (box: Box) =>
  [...box.xml.matchAll(/<a:rPr [^>]*?sz="(\d+)"([^>]*)>[\s\S]*?<a:srgbClr val="(\w+)"\/>/g)].map(([, size, rest, color]) => ({
    size: Number(size) / 100,
    bold: / b="1"/.test(rest ?? ''),
    color,
  }));
const paragraphs = (box: Box) => [...box.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, inner = '']) => inner);
const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => text).join('');

interface Deck {
  zip: JSZip;
  sp: Box[][];
  pic: Box[][];
}

async function deck(): Promise<Deck> {
  const zip = await JSZip.loadAsync(await lessonPptx(view));
  const xml = await Promise.all(slides.map((_, index) => zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string')));
  return { zip, sp: xml.map((slide) => boxesOf(slide, 'p:sp')), pic: xml.map((slide) => boxesOf(slide, 'p:pic')) };
}

// The grid, in inches: slide 10 × 5.625, margin 0.4, heading from 0.7, body from 0.2 under the heading.
const TOP = { title: 0.7 + 1.7 + 0.2, question: 0.7 + 1.1 + 0.2, step: 0.7 + 0.8 + 0.2 };
const bodyHeight = (top: number) => Math.round((5.625 - top - 0.4) * 1000) / 1000;

describe('the PowerPoint’s grid', () => {
  it('puts every kicker and heading in the same place, the heading taller on the title, question and card slides', async () => {
    const { sp } = await deck();
    const headingHeights = sp.map((shapes) => shapes[1]!.h);
    for (const shapes of sp) {
      expect(where(shapes[0]!)).toEqual({ x: 0.4, y: 0.25, w: 9.2, h: 0.35 });
      expect(where(shapes[1]!)).toMatchObject({ x: 0.4, y: 0.7, w: 9.2 });
    }
    expect(headingHeights).toEqual([1.7, 0.8, 0.8, 0.8, 0.8, 1.1, 1.1, 1.1, 0.8, 0.8, 0.8]);
  });

  it('starts the body 0.2 in under the heading and ends it at the bottom margin; text is 5 in wide beside a picture, 3.2 beside a scene', async () => {
    const { sp } = await deck();
    expect(where(sp[0]![2]!)).toEqual({ x: 0.4, y: TOP.title, w: 9.2, h: bodyHeight(TOP.title) });
    expect(where(sp[1]![2]!)).toEqual({ x: 0.4, y: TOP.step, w: 5, h: bodyHeight(TOP.step) });
    expect(where(sp[2]![2]!)).toEqual({ x: 0.4, y: TOP.step, w: 3.2, h: bodyHeight(TOP.step) });
    expect(where(sp[3]![2]!)).toEqual({ x: 0.4, y: TOP.step, w: 9.2, h: bodyHeight(TOP.step) });
    expect(where(sp[4]![2]!)).toEqual({ x: 0.4, y: TOP.step, w: 9.2, h: bodyHeight(TOP.step) });
    expect(where(sp[6]![2]!)).toEqual({ x: 0.4, y: TOP.question, w: 9.2, h: bodyHeight(TOP.question) });
    expect(where(sp[7]![2]!)).toEqual({ x: 0.4, y: TOP.question, w: 9.2, h: bodyHeight(TOP.question) });
    expect(where(sp[9]![2]!)).toEqual({ x: 0.4, y: TOP.step, w: 5, h: bodyHeight(TOP.step) });
  });

  it('leaves 0.6 in under the points for the tool link, which sits on the bottom margin', async () => {
    const { sp } = await deck();
    const [, , points, link] = sp[8]!;
    expect(where(points!)).toEqual({ x: 0.4, y: TOP.step, w: 5, h: Math.round((bodyHeight(TOP.step) - 0.6) * 1000) / 1000 });
    expect(where(link!)).toEqual({ x: 0.4, y: 4.725, w: 5, h: 0.5 });
    expect(textOf(link!.xml)).toBe('工具：家庭自查');
    expect(runs(link!)).toEqual([{ size: 16, bold: true, color: '004D2B' }]);
  });

  it('draws no text box for slides without points (a card, a step) and none for the points of a question', async () => {
    const { sp } = await deck();
    expect(sp.map((shapes) => shapes.length)).toEqual([3, 3, 3, 3, 3, 2, 3, 3, 5, 4, 2]);
  });

  it('puts a picture 0.3 in right of the text, filling its column and centred in it, keeping its proportions', async () => {
    const { pic } = await deck();
    const height = bodyHeight(TOP.step);
    // Wide (2:1) beside 5-inch text: the column is 3.9 in wide, so the picture is 3.9 × 1.95, centred vertically.
    expect(pic[1]).toHaveLength(1);
    const widePicture = pic[1]![0]!;
    expect(widePicture.x).toBeCloseTo(5.7, 2);
    expect(widePicture.w).toBeCloseTo(3.9, 2);
    expect(widePicture.h).toBeCloseTo(1.95, 2);
    expect(widePicture.y).toBeCloseTo(TOP.step + (height - 1.95) / 2, 2);
    // Tall (1:2) beside a scene's 3.2-inch text: the column is 5.7 in wide; the picture is as tall as it, centred across.
    const tallPicture = pic[2]![0]!;
    expect(tallPicture.y).toBeCloseTo(TOP.step, 2);
    expect(tallPicture.h).toBeCloseTo(height, 2);
    expect(tallPicture.w).toBeCloseTo(height / 2, 2);
    expect(tallPicture.x).toBeCloseTo(3.9 + (5.7 - height / 2) / 2, 2);
    for (const index of [0, 3, 4, 5, 6, 7, 10]) expect(pic[index], `slide ${index + 1}`).toEqual([]);
  });

  it('puts a QR code in the right column, square, with its address in 12 pt centred under it', async () => {
    const { sp, pic } = await deck();
    const height = bodyHeight(TOP.step);
    for (const index of [8, 9]) {
      const [qr] = pic[index]!;
      const size = Math.min(3.9, height - 0.45);
      expect(qr!.w, `slide ${index + 1}`).toBeCloseTo(size, 2);
      expect(qr!.h, `slide ${index + 1}`).toBeCloseTo(size, 2);
      expect(qr!.x, `slide ${index + 1}`).toBeCloseTo(5.7 + (3.9 - size) / 2, 2);
      expect(qr!.y, `slide ${index + 1}`).toBeCloseTo(TOP.step + (height - 0.45 - size) / 2, 2);
      const address = sp[index]!.at(-1)!;
      expect(where(address)).toEqual({ x: 5.7, y: Math.round((TOP.step + height - 0.4) * 1000) / 1000, w: 3.9, h: 0.4 });
      expect(address.xml).toContain('algn="ctr"');
      expect(runs(address).map((run) => run.size)).toEqual([12]);
    }
    expect(textOf(sp[8]!.at(-1)!.xml)).toBe('https://example.cn/tools/checklist/');
    expect(textOf(sp[9]!.at(-1)!.xml)).toBe('https://example.cn/topics/ebike/');
  });
});

describe('the PowerPoint’s type', () => {
  it('every text box: the site’s font, no inner margins, shrinks to fit (but the tool link); headings centred on their line, the rest from the top', async () => {
    const { sp } = await deck();
    for (const [index, shapes] of sp.entries()) {
      for (const [place, box] of shapes.entries()) {
        const at = `slide ${index + 1} box ${place + 1}`;
        expect(box.xml, at).toContain('lIns="0" tIns="0" rIns="0" bIns="0"');
        // The one-line tool link is the only box left at its size.
        if (textOf(box.xml) !== '工具：家庭自查') expect(box.xml, at).toContain('<a:normAutofit/>');
        expect(
          box.xml.match(/typeface="([^"]+)"/g)?.every((face) => face === 'typeface="Microsoft YaHei"'),
          at,
        ).toBe(true);
        expect(box.xml, at).toContain(place === 1 ? 'anchor="ctr"' : 'anchor="t"');
      }
    }
  });

  it('kickers: 16 pt bold, white on the title, red on a case, grey elsewhere', async () => {
    const { sp } = await deck();
    expect(sp.map((shapes) => runs(shapes[0]!))).toEqual(
      slides.map((slide) => [{ size: 16, bold: true, color: slide.kind === 'title' ? 'FFFFFF' : slide.kind === 'case' ? 'A50021' : '4A4A4A' }]),
    );
  });

  it('headings: bold; 40 pt white on the title, 28 pt black on questions and cards, 34 pt green on the rest', async () => {
    const { sp } = await deck();
    expect(sp.map((shapes) => runs(shapes[1]!)[0])).toEqual(
      slides.map((slide) =>
        slide.kind === 'title'
          ? { size: 40, bold: true, color: 'FFFFFF' }
          : slide.kind === 'question' || slide.kind === 'card'
            ? { size: 28, bold: true, color: '1A1A1A' }
            : { size: 34, bold: true, color: '004D2B' },
      ),
    );
  });

  it('a step’s points are bold 24 pt bullets 10 pt apart; other points are plain 24 pt lines, white on the title', async () => {
    const { sp } = await deck();
    const step = sp[1]![2]!;
    expect(paragraphs(step)).toHaveLength(2);
    for (const paragraph of paragraphs(step)) {
      // An 18 pt hanging indent: the bullet in the margin, wrapped lines under the text.
      expect(paragraph).toContain('marL="228600" indent="-228600"');
      expect(paragraph).toContain('<a:buChar');
      expect(paragraph).toContain('<a:spcPts val="1000"/>');
    }
    expect(runs(step)).toEqual([
      { size: 24, bold: true, color: '1A1A1A' },
      { size: 24, bold: true, color: '1A1A1A' },
    ]);
    const story = sp[4]![2]!;
    expect(story.xml).not.toContain('<a:buChar');
    expect(textOf(story.xml)).toBe('经过。教训。');
    expect(story.xml).toMatch(/经过。<\/a:t>[\s\S]*(<a:br|<\/a:p>\s*<a:p>)[\s\S]*教训。/);
    expect(runs(story).every((run) => run.size === 24 && !run.bold && run.color === '1A1A1A')).toBe(true);
    expect(runs(sp[0]![2]!)).toEqual([{ size: 24, bold: false, color: 'FFFFFF' }]);
  });

  it('a choice question lists “A.  option” in 22 pt; a true/false one shows 对 and 错 in bold 32 pt; 12 pt between them', async () => {
    const { sp } = await deck();
    const choice = sp[6]![2]!;
    expect(paragraphs(choice).map(textOf)).toEqual(['A.  楼道', 'B.  楼梯间', 'C.  集中停放点', 'D.  门厅']);
    expect(runs(choice)).toEqual(Array(4).fill({ size: 22, bold: false, color: '1A1A1A' }));
    const truefalse = sp[7]![2]!;
    expect(paragraphs(truefalse).map(textOf)).toEqual(['对', '错']);
    expect(runs(truefalse)).toEqual(Array(2).fill({ size: 32, bold: true, color: '1A1A1A' }));
    for (const box of [choice, truefalse]) for (const paragraph of paragraphs(box)) expect(paragraph).toContain('<a:spcPts val="1200"/>');
  });
});

describe('the PowerPoint file', () => {
  it('is 16:9, titled after the lesson, with the topic and audience as its subject and the site as its author', async () => {
    const { zip } = await deck();
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:sldSz cx="9144000" cy="5143500"');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>电动车为什么不能推进楼里充电？</dc:title>');
    expect(core).toContain('<dc:subject>电动自行车 · 初中</dc:subject>');
    expect(core).toContain(`<dc:creator>${ui.siteName}</dc:creator>`);
    expect(await zip.file('docProps/app.xml')!.async('string')).toContain(`<Company>${ui.siteName}</Company>`);
    const theme = await zip.file('ppt/theme/theme1.xml')!.async('string');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Microsoft YaHei"/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Microsoft YaHei"/);
  });

  it('names each picture for screen readers: the picture’s label, and for a QR code its label and address', async () => {
    const { pic } = await deck();
    expect(pic[1]![0]!.xml).toContain('descr="宽图"');
    expect(pic[2]![0]!.xml).toContain('descr="高图"');
    expect(pic[8]![0]!.xml).toContain('descr="家庭自查：https://example.cn/tools/checklist/"');
    expect(pic[9]![0]!.xml).toContain('descr="扫码：https://example.cn/topics/ebike/"');
  });

  it('draws pictures 1280 px wide and QR codes 600 px, as small palette PNGs, white where the drawing is transparent', async () => {
    // Pictures no other test draws: the writer keeps each drawn picture for the rest of the run, and this test
    // must be the one that draws them.
    const own = (svg: string) => svg.replace('<rect', '<rect id="drawn-here"');
    const pictures: ViewSlide[] = [
      { ...slides[1]!, picture: { ref: 'illustration/x', kind: 'illustration', svg: own(wide), label: '宽图' } } as ViewSlide,
      { ...slides[2]!, picture: { ref: 'scene/x', kind: 'scene', svg: own(tall), label: '高图' } } as ViewSlide,
      { ...slides[9]!, qr: { url: 'https://example.cn/drawn-here/', label: '扫码' } } as ViewSlide,
    ];
    const zip = await JSZip.loadAsync(await lessonPptx({ ...view, slides: pictures } as LessonView));
    const media = Object.keys(zip.files).filter((name) => /^ppt\/media\/.*\.png$/.test(name));
    const drawn = await Promise.all(
      media.map(async (name) => {
        const data = await zip.file(name)!.async('nodebuffer');
        return { data, meta: await sharp(data).metadata() };
      }),
    );
    expect(drawn.map(({ meta }) => meta.width).sort()).toEqual([1280, 1280, 600]);
    for (const { meta } of drawn) {
      expect(meta.format).toBe('png');
      expect(meta.hasAlpha).toBe(false);
      expect(meta.isPalette).toBe(true);
    }
    const tallPng = drawn.find(({ meta }) => meta.width === 1280 && meta.height === 2560)!;
    const { data, info } = await sharp(tallPng.data).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(640, 2400)).toEqual([255, 255, 255]);
    expect(pixel(640, 100)).toEqual([0xa5, 0x00, 0x21]);
  });
});
