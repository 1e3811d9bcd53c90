// What people type into the search box, and what the search page then asks Pagefind for
// (src/lib/search.ts): the everyday-words table, the words searched on their own, the pages put first
// and the merged ranking.
import { describe, expect, it } from 'vitest';
import { expandQuery, fuseRankings, normalizeQuery, searchKey, SYNONYMS, type SynonymEntry } from '../../src/lib/search.ts';

/** A segmenter that knows no words: every piece comes back whole. */
const whole = (text: string) => [text];

/** A small table, so the rules can be read without the real one. */
const TABLE: SynonymEntry[] = [
  { words: ['煤气中毒'], means: ['一氧化碳'], first: 'topic:gas', urgent: 'gas' },
  { words: ['煤气', '煤气罐'], means: ['燃气'], first: 'topic:gas' },
  { words: ['电动车'], means: ['电动自行车'], first: 'topic:ebike' },
  { words: ['火警'], means: ['119'], first: 'topic:evacuation', urgent: 'evacuation' },
  { words: ['火警'], means: ['火灾'], first: 'topic:fire-safety' },
];

describe('what people type on phones is tidied before searching', () => {
  it('full-width digits, letters and signs become half-width', () => {
    expect(normalizeQuery('１１９')).toBe('119');
    expect(normalizeQuery('ＧＢ　１７７６１')).toBe('gb 17761');
    expect(normalizeQuery('！～')).toBe('!~');
  });

  it('letters become lower case, and runs of spaces one space, with none at either end', () => {
    expect(normalizeQuery('  KTV \t 着火  ')).toBe('ktv 着火');
    expect(normalizeQuery('CPR')).toBe('cpr');
  });

  it('Chinese characters and the Chinese full stop are left as they are (a full-width comma becomes a comma)', () => {
    expect(normalizeQuery('煤气，漏了。')).toBe('煤气,漏了。');
  });

  it('the query Pagefind searches first is the tidied query', () => {
    expect(expandQuery('　ＫＴＶ  着火 ', whole, TABLE).query).toBe('ktv 着火');
  });
});

describe('a word from the everyday-words table', () => {
  it('is searched on its own, with the words the site’s pages use for it', () => {
    expect(expandQuery('煤气罐漏了', whole, TABLE).terms).toEqual(['煤气罐', '燃气', '漏了']);
  });

  it('puts its page first', () => {
    expect(expandQuery('煤气', whole, TABLE).first).toEqual(['topic:gas']);
    expect(expandQuery('电动车', whole, TABLE).first).toEqual(['topic:ebike']);
  });

  it('asks for an instant answer only when it is an emergency', () => {
    expect(expandQuery('煤气中毒', whole, TABLE).urgent).toEqual(['gas']);
    expect(expandQuery('煤气', whole, TABLE).urgent).toEqual([]);
  });

  it('the longest word wins: 煤气中毒 is not also read as 煤气', () => {
    const expanded = expandQuery('煤气中毒', whole, TABLE);
    expect(expanded.terms).toEqual(['一氧化碳']);
    expect(expanded.first).toEqual(['topic:gas']);
  });

  it('a shorter word typed again on its own still counts', () => {
    const expanded = expandQuery('煤气中毒 煤气', whole, TABLE);
    expect(expanded.terms).toEqual(['煤气中毒', '一氧化碳', '煤气', '燃气']);
  });

  it('a word in two rows, typed alone, brings both rows: words, pages and instant answer', () => {
    const expanded = expandQuery('火警', whole, TABLE);
    expect(expanded.terms).toEqual(['119', '火灾']);
    expect(expanded.first).toEqual(['topic:evacuation', 'topic:fire-safety']);
    expect(expanded.urgent).toEqual(['evacuation']);
  });

  it('words from several rows are all searched, most specific first, each page once', () => {
    const expanded = expandQuery('电动车 煤气中毒 煤气罐', whole, TABLE);
    expect(expanded.terms).toEqual(['煤气中毒', '一氧化碳', '煤气罐', '燃气', '电动车', '电动自行车']);
    expect(expanded.first).toEqual(['topic:gas', 'topic:ebike']);
    expect(expanded.urgent).toEqual(['gas']);
  });

  it('the query itself is never a term: Pagefind already searches it', () => {
    expect(expandQuery('电动车', whole, TABLE).terms).toEqual(['电动自行车']);
  });
});

describe('what the table does not know', () => {
  it('a query the table does not know adds no words, pages or instant answers', () => {
    expect(expandQuery('台风', whole, TABLE)).toEqual({ query: '台风', terms: [], first: [], urgent: [] });
    expect(expandQuery('台风', whole)).toEqual({ query: '台风', terms: [], first: [], urgent: [] });
  });

  it('is split by the browser’s segmenter, keeping words of two or more characters and numbers', () => {
    const words: Record<string, string[]> = { 台风天: ['台风', '天'], 号楼停电: ['号', '楼', '停电'] };
    const segment = (text: string) => words[text] ?? [text];
    expect(expandQuery('台风天 9 号楼停电', segment, TABLE).terms).toEqual(['台风', '9', '停电']);
  });

  it('each space-separated piece is segmented on its own', () => {
    const pieces: string[] = [];
    expandQuery('楼道 堆了 纸箱', (text) => (pieces.push(text), [text]), TABLE);
    expect(pieces).toEqual(['楼道', '堆了', '纸箱']);
    expect(expandQuery('楼道 堆了 纸箱', whole, TABLE).terms).toEqual(['楼道', '堆了', '纸箱']);
  });

  it('the words around a table word are searched as separate pieces', () => {
    expect(expandQuery('我家煤气罐漏了', whole, TABLE).terms).toEqual(['煤气罐', '燃气', '我家', '漏了']);
  });

  it('a query the segmenter returns whole is not searched twice', () => {
    expect(expandQuery('台风', whole, TABLE).terms).toEqual([]);
  });

  it('a word found twice is searched once', () => {
    expect(expandQuery('停电 停电', whole, TABLE).terms).toEqual(['停电']);
  });

  it('searches at most 8 further words, the table’s first', () => {
    const terms = expandQuery('煤气中毒 电动车 甲 乙乙 丙丙 丁丁 戊戊 己己 庚庚 辛辛', whole, TABLE).terms;
    expect(terms).toEqual(['煤气中毒', '一氧化碳', '电动车', '电动自行车', '乙乙', '丙丙', '丁丁', '戊戊']);
  });

  it('without a segmenter, only the table’s words are searched', () => {
    expect(expandQuery('我家煤气罐漏了', undefined, TABLE).terms).toEqual(['煤气罐', '燃气']);
  });
});

describe('the everyday-words table the site uses', () => {
  // What people type → the page that must come first, the instant answer (if any) and words searched.
  const rows: { typed: string; first: string; urgent?: string; searches: string[] }[] = [
    { typed: '闻到煤气', first: 'topic:gas', urgent: 'gas', searches: ['燃气', '泄漏'] },
    { typed: '一氧化碳中毒', first: 'topic:gas', urgent: 'gas', searches: ['一氧化碳'] },
    { typed: '液化气罐', first: 'topic:gas', searches: ['燃气'] },
    { typed: '电瓶车起火', first: 'topic:ebike', urgent: 'ebike', searches: ['电动自行车', '火灾'] },
    { typed: '小电驴', first: 'topic:ebike', searches: ['电动自行车'] },
    { typed: '楼道堆东西', first: 'topic:life-passage', searches: ['疏散通道', '生命通道'] },
    { typed: '占用消防车道', first: 'topic:life-passage', searches: ['消防车通道'] },
    { typed: '绿色小人', first: 'sign:safety-exit', searches: ['安全出口'] },
    { typed: '高楼着火', first: 'topic:evacuation', urgent: 'evacuation', searches: ['火灾', '逃生'] },
    { typed: '油锅着火', first: 'topic:evacuation', searches: ['灭火器', '灭火'] },
    { typed: '掉河里', first: 'topic:drowning', urgent: 'drowning', searches: ['溺水'] },
    { typed: '游野泳', first: 'topic:drowning', searches: ['溺水', '游泳'] },
    { typed: '有人触电', first: 'topic:electricity', urgent: 'electricity', searches: ['触电'] },
    { typed: '插线板', first: 'topic:electricity', searches: ['用电'] },
    { typed: '困在电梯', first: 'topic:elevator', urgent: 'elevator', searches: ['电梯', '困'] },
    { typed: '地震了', first: 'topic:earthquake', urgent: 'earthquake', searches: ['地震'] },
    { typed: '火警电话', first: 'topic:evacuation', searches: ['119', '火灾'] },
    { typed: '安全生产举报', first: 'topic:report-hazards', searches: ['12350', '举报'] },
    { typed: '12345', first: 'topic:report-hazards', searches: [] },
    { typed: '隐患举报', first: 'topic:report-hazards', searches: ['举报'] },
    { typed: '家庭自查', first: 'topic:home-check', searches: ['自查'] },
    { typed: '小旅馆', first: 'topic:crowded-places', searches: ['人员密集场所'] },
  ];

  for (const row of rows) {
    it(`${row.typed} puts ${row.first} first${row.urgent ? ` with the ${row.urgent} instant answer` : ''}`, () => {
      const expanded = expandQuery(row.typed);
      expect(expanded.first[0]).toBe(row.first);
      expect(expanded.urgent).toEqual(row.urgent ? [row.urgent] : []);
      if (row.searches.length === 0) expect(expanded.terms).toEqual([]);
      for (const word of row.searches) expect(expanded.terms).toContain(word);
    });
  }

  it('rows without a page to put first still add their words: 踩踏, 心肺复苏', () => {
    expect(expandQuery('人多拥挤')).toMatchObject({ terms: ['踩踏'], first: [], urgent: [] });
    expect(expandQuery('胸外按压')).toMatchObject({ terms: ['心肺复苏'], first: [], urgent: [] });
  });

  it('full-width typing finds the same: ＣＰＲ and １１９', () => {
    expect(expandQuery('ＣＰＲ')).toMatchObject({ query: 'cpr', terms: ['心肺复苏'] });
    expect(expandQuery('１１９').first).toEqual(['topic:evacuation']);
  });

  it('every row has words people type and words the pages use, and names only known pages', () => {
    for (const entry of SYNONYMS) {
      expect(entry.words.length, entry.words.join()).toBeGreaterThan(0);
      expect(entry.means.length, entry.words.join()).toBeGreaterThan(0);
      for (const word of [...entry.words, ...entry.means]) expect(word, entry.words.join()).toBe(normalizeQuery(word));
      if (entry.first) expect(entry.first).toMatch(/^(topic|sign):[a-z-]+$/);
    }
  });
});

describe('the filter value that names one page', () => {
  it('is its kind and id: topic:gas', () => {
    expect(searchKey('topic', 'gas')).toBe('topic:gas');
    expect(searchKey('sign', 'safety-exit')).toBe('sign:safety-exit');
  });
});

describe('merging the result lists of several words', () => {
  it('keeps one list’s order', () => {
    expect(fuseRankings([{ ids: ['a', 'b', 'c'], weight: 1 }])).toEqual(['a', 'b', 'c']);
  });

  it('lists each page once', () => {
    expect(
      fuseRankings([
        { ids: ['a', 'b'], weight: 1 },
        { ids: ['b', 'a'], weight: 1 },
      ]).sort(),
    ).toEqual(['a', 'b']);
  });

  it('a page found by more of the words comes first', () => {
    expect(
      fuseRankings([
        { ids: ['a', 'b'], weight: 1 },
        { ids: ['c', 'b'], weight: 1 },
      ])[0],
    ).toBe('b');
  });

  it('the full query’s own list counts double', () => {
    expect(
      fuseRankings([
        { ids: ['a'], weight: 1 },
        { ids: ['b'], weight: 2 },
      ]),
    ).toEqual(['b', 'a']);
  });

  it('being high in a list counts, but ranks further down fade slowly (reciprocal rank, k = 10)', () => {
    // First in the full query's list: 2/10 = 0.2. First and sixth in two word lists: 1/10 + 1/15 ≈ 0.167.
    expect(
      fuseRankings([
        { ids: ['q'], weight: 2 },
        { ids: ['w', 'x', 'y', 'z', 'v', 'q2'], weight: 1 },
        { ids: ['w'], weight: 1 },
      ])[0],
    ).toBe('q');
    // Second in both word lists (2/11 ≈ 0.182) beats first in one (1/10).
    expect(
      fuseRankings([
        { ids: ['a', 'b'], weight: 1 },
        { ids: ['c', 'b'], weight: 1 },
      ]),
    ).toEqual(['b', 'a', 'c']);
  });

  it('no lists, no results', () => {
    expect(fuseRankings([])).toEqual([]);
  });
});
