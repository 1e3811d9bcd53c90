// The PowerPoint writer (src/lib/pptx.ts) on a small lesson view: one slide per deck slide, editable text,
// pictures as PNG, the teacher's text as speaker notes.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { LessonView, ViewSlide } from '../../src/lib/lesson-view.ts';
import { lessonPptx } from '../../src/lib/pptx.ts';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" fill="#00853F"/></svg>';
const slides: ViewSlide[] = [
  { kind: 'title', kicker: '生命通道 · 电动自行车', heading: '电动车为什么不能推进楼里充电？', points: ['对象：初中 · 40分钟'], notes: '教学目标' },
  {
    kind: 'step',
    step: 0,
    kicker: '环节1',
    heading: '车不进楼，电不进户',
    points: ['不停楼道', '到集中充电点充电'],
    picture: { ref: 'illustration/x', kind: 'illustration', svg, label: '一张图' },
    notes: '老师讲停在哪、充在哪。',
  },
  {
    kind: 'question',
    step: 0,
    kicker: '想一想 · 1',
    heading: '电动自行车应该停在哪里？',
    points: [],
    question: {
      id: 'q',
      type: 'choice',
      letters: ['A', 'B', 'C', 'D'],
      options: ['楼道', '楼梯间', '集中停放点', '门厅'],
      answer: 2,
      explanation: '楼道是逃生的路。',
    },
    notes: '答案：C',
  },
  {
    kind: 'qr',
    kicker: '课题',
    heading: '用手机扫码，看完整内容',
    points: ['电动自行车'],
    qr: { url: 'https://example.cn/topics/ebike/', label: '扫码' },
    notes: 'https://example.cn/topics/ebike/',
  },
];
const view = { data: { title: '电动车为什么不能推进楼里充电？' }, topicTitle: '电动自行车', audienceLabel: '初中', slides } as unknown as LessonView;

describe('the lesson PowerPoint', () => {
  it('has the deck’s slides, text, pictures and notes', async () => {
    const zip = await JSZip.loadAsync(await lessonPptx(view));
    const names = Object.keys(zip.files);
    expect(names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(4);
    const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    expect(await slide(2)).toContain('车不进楼，电不进户');
    expect(await slide(2)).toContain('<p:pic>');
    expect(await slide(3)).toContain('C.  集中停放点');
    expect(await slide(4)).toContain('<p:pic>'); // the QR code
    const notes = await Promise.all(names.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(notes.join('')).toContain('老师讲停在哪、充在哪。');
    expect(names.some((name) => name.startsWith('ppt/media/') && name.endsWith('.png'))).toBe(true);
  });
});
