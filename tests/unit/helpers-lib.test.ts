import { describe, expect, it } from 'vitest';
import { pickEditions, themeLines } from '../../src/lib/campaign.ts';
import { runtimeCacheOf } from '../../src/lib/offline-protocol.ts';
import { cacheControl } from '../../src/lib/security-headers.ts';
import { collectSources } from '../../src/lib/sources.ts';
import { countHanzi, formatDate, headingIds } from '../../src/lib/text.ts';
import { topicHanzi } from '../../src/lib/topic-stats.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

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
      {
        label: '疏散逃生',
        href: '/topics/evacuation/',
        sources: [
          { ...law, clause: '第四十四条' },
          { ...law, clause: '第二十八条' },
        ],
      },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.clauses).toEqual(['第二十八条', '第四十四条']);
    expect(merged[0]?.usedBy.map((page) => page.href)).toEqual(['/topics/life-passage/', '/topics/evacuation/']);
  });
});

describe('a campaign theme', () => {
  it('splits at the dash into its main line and the line shown below it', () => {
    expect(themeLines('人人讲安全、个个会应急——畅通生命通道')).toEqual(['人人讲安全、个个会应急', '畅通生命通道']);
    expect(themeLines('人人讲安全、个个会应急')).toEqual(['人人讲安全、个个会应急', undefined]);
  });

  it('the site’s tagline is the focus edition’s main line, not the latest’s', () => {
    const editions = [
      { year: 2024, number: 23, theme: '人人讲安全、个个会应急——畅通生命通道', sources: [source] },
      { year: 2025, number: 24, theme: '新的主题——查找身边安全隐患', sources: [source] },
    ];
    const campaign = pickEditions({ name: '全国“安全生产月”', month: 6, consultationDay: { month: 6, day: 16 }, focusYear: 2024, sources: [source], editions });
    expect(campaign.tagline).toBe('人人讲安全、个个会应急');
    expect(campaign.focus.year).toBe(2024);
    expect(campaign.latest.year).toBe(2025);
    expect(campaign.data.editions).toBe(editions);
  });

  it('stops with a clear message when there is no edition at all', () => {
    expect(() =>
      pickEditions({ name: '全国“安全生产月”', month: 6, consultationDay: { month: 6, day: 16 }, focusYear: 2024, sources: [source], editions: [] }),
    ).toThrow(/editions: 至少需要一届/);
  });
});

describe('more text helpers', () => {
  it('counts no Chinese characters in Latin text, digits or full-width punctuation', () => {
    expect(countHanzi('GB 17761-2024，！')).toBe(0);
    expect(countHanzi('')).toBe(0);
  });

  it('finds <h2> and <h3> ids, with any spacing, but not other headings or attributes', () => {
    expect(headingIds('<h2  id="a">A</h2><h4 id="b">B</h4><h3\nid="c">C</h3><h2 class="x" id="d">D</h2><p id="e">E</p>')).toEqual(['a', 'c']);
    expect(headingIds('没有小节')).toEqual([]);
  });

  it('formats a date without leading zeros', () => {
    expect(formatDate('2020-01-05')).toBe('2020年1月5日');
  });
});

describe('more of the list of all sources', () => {
  it('keeps documents apart by title, publisher and year, sorted by title the Chinese way', () => {
    const merged = collectSources([
      {
        label: '燃气',
        href: '/topics/gas/',
        sources: [
          { ...source, title: '《中华人民共和国消防法》', kind: 'law', url: 'https://example.cn/fire-law' },
          { ...source, title: '《城镇燃气管理条例》', kind: 'regulation' },
          { ...source, title: '《城镇燃气管理条例》', kind: 'regulation', year: 2016 },
          { ...source, title: '《城镇燃气管理条例》', kind: 'regulation', publisher: '国务院' },
        ],
      },
    ]);
    expect(merged.map((entry) => [entry.title, entry.publisher, entry.year])).toEqual([
      ['《城镇燃气管理条例》', '机关', 2024],
      ['《城镇燃气管理条例》', '机关', 2016],
      ['《城镇燃气管理条例》', '国务院', 2024],
      ['《中华人民共和国消防法》', '机关', 2024],
    ]);
    expect(merged[3]).toEqual({
      title: '《中华人民共和国消防法》',
      publisher: '机关',
      year: 2024,
      kind: 'law',
      url: 'https://example.cn/fire-law',
      clauses: [],
      usedBy: [{ label: '燃气', href: '/topics/gas/' }],
    });
  });

  it('a source cited without a clause adds a page but no clause', () => {
    const merged = collectSources([
      { label: '燃气', href: '/topics/gas/', sources: [source] },
      { label: '燃气题库', href: '/quiz/gas/', sources: [{ ...source, clause: '第三条' }] },
      { label: '燃气', href: '/topics/gas/', sources: [source] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.clauses).toEqual(['第三条']);
    expect(merged[0]?.usedBy).toEqual([
      { label: '燃气', href: '/topics/gas/' },
      { label: '燃气题库', href: '/quiz/gas/' },
    ]);
  });
});

describe('how much a topic page says', () => {
  it('counts the Chinese characters of every part a reader sees, and not the markup', () => {
    const data = {
      title: '不计',
      order: 1,
      tier: 'core' as const,
      summary: '一二',
      keyActions: [{ text: '三' }, { text: '四', why: '五六' }],
      dos: ['七'],
      donts: ['八'],
      myths: [{ myth: '九', fact: '十' }],
      rules: [{ cite: '甲', says: '乙丙' }],
      related: [],
      call: [],
      aliases: ['不计'],
      illustrations: [],
      sources: [source],
      reviewed: '2026-01-01',
    };
    expect(topicHanzi(data, '<h2 id="leak">丁</h2>\n\nabc 119')).toBe(14);
  });
});

describe('reading a YAML file', () => {
  it('gives the data', () => {
    expect(parseYaml('id: gas-001\noptions: [甲, 乙]\n', 'quiz/gas.yaml')).toEqual({ id: 'gas-001', options: ['甲', '乙'] });
  });

  it('a syntax error names the file and the line', () => {
    expect(() => parseYaml('id: a\n  bad: [\n', 'quiz/gas.yaml')).toThrow(/^quiz\/gas\.yaml: YAML 格式错误 第\d+行 \(line \d+\): /);
    expect(() => parseYaml('a: 1\nb: [1, 2\n', 'x.yaml')).toThrow(/第3行 \(line 3\)/);
  });
});

describe('what a reader’s phone keeps, and for how long', () => {
  it('pages, scripts, data and pictures each go to their own runtime cache', () => {
    expect(runtimeCacheOf('topics/gas/index.html')).toBe('pages');
    expect(runtimeCacheOf('signs/exit.png')).toBe('images');
    expect(runtimeCacheOf('icons/logo.jpeg')).toBe('images');
    expect(runtimeCacheOf('icons/logo.jpg')).toBe('images');
    expect(runtimeCacheOf('favicon.ico')).toBe('images');
    expect(runtimeCacheOf('x.webp')).toBe('images');
    expect(runtimeCacheOf('x.avif')).toBe('images');
    expect(runtimeCacheOf('signs/exit.svg.json')).toBe('data');
    expect(runtimeCacheOf('_astro/logo.svg')).toBe('assets');
    expect(runtimeCacheOf('pagefind/fragment/a.pf_fragment')).toBeUndefined();
    expect(runtimeCacheOf('sw.js')).toBeUndefined();
    expect(runtimeCacheOf('quiz/sw.js')).toBe('data');
  });

  it('every file that is cached by hashed name is kept for a year, everything else revalidated', () => {
    expect(cacheControl('_astro/app.B2.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('topics/_astro/x.js')).toBe('no-cache');
  });
});
