import { describe, expect, it } from 'vitest';
import { pickEditions } from '../../src/lib/campaign.ts';
import { collectSources } from '../../src/lib/sources.ts';
import { countHanzi, formatDate, headingIds } from '../../src/lib/text.ts';

const source = { title: '测试', publisher: '机关', year: 2024, kind: 'official' as const };

describe('the campaign data', () => {
  const data = {
    name: '全国“安全生产月”',
    month: 6,
    consultationDay: { month: 6, day: 16 },
    focusYear: 2024,
    sources: [source],
    editions: [
      { year: 2024, number: 23, theme: '人人讲安全、个个会应急——畅通生命通道', sources: [source] },
      { year: 2025, number: 24, theme: '人人讲安全、个个会应急——查找身边安全隐患', sources: [source] },
      { year: 2023, number: 22, theme: '人人讲安全、个个会应急', sources: [source] },
    ],
  };

  it('names the latest edition and the one the site is built around', () => {
    const { latest, focus } = pickEditions(data);
    expect(latest.number).toBe(24);
    expect(focus.theme).toContain('畅通生命通道');
  });

  it('next June is one more entry', () => {
    const next = { ...data, editions: [...data.editions, { year: 2026, number: 25, theme: '新主题', sources: [source] }] };
    expect(pickEditions(next).latest.year).toBe(2026);
  });

  it('stops with a clear message when the focus year has no edition', () => {
    expect(() => pickEditions({ ...data, focusYear: 2019 })).toThrow(/focusYear/);
  });
});

describe('text helpers', () => {
  it('counts Chinese characters only', () => {
    expect(countHanzi('拨打119，关闭阀门！abc')).toBe(6);
  });
  it('formats dates the Chinese way', () => {
    expect(formatDate('2024-06-16')).toBe('2024年6月16日');
  });
  it('finds the heading ids written in an MDX body', () => {
    expect(headingIds('<h2 id="leak">漏气</h2>\n文字\n<h3 id="co">一氧化碳</h3>')).toEqual(['leak', 'co']);
  });
});

describe('the list of all sources', () => {
  it('merges a document cited by several pages, keeping each clause and page once', () => {
    const law = { ...source, title: '《消防法》', kind: 'law' as const };
    const merged = collectSources([
      { label: '生命通道', href: '/topics/life-passage/', sources: [{ ...law, clause: '第二十八条' }] },
      { label: '疏散逃生', href: '/topics/evacuation/', sources: [{ ...law, clause: '第四十四条' }, { ...law, clause: '第二十八条' }] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.clauses).toEqual(['第二十八条', '第四十四条']);
    expect(merged[0]?.usedBy.map((page) => page.href)).toEqual(['/topics/life-passage/', '/topics/evacuation/']);
  });
});
