// The rest of src/lib/search.ts: words that do not count in some places (打不着火 is no fire), the
// consultation-desk question a query asks (closeness, matchQuestion), and the excerpt shown under a result
// (bodyExcerpt: never the page's hidden everyday words).
import { describe, expect, it } from 'vitest';
import { ALIAS_MARK, bodyExcerpt, closeness, expandQuery, matchQuestion, QUESTION_MATCH, wholeWordAt, type AskQuestion } from '../../src/lib/search.ts';

describe('a word counts only where it stands as that word', () => {
  const fire = { notAfter: ['不', '打'], notBefore: ['点'] };

  it('found: where it stands', () => {
    expect(wholeWordAt('楼下着火了', '着火', fire)).toBe(2);
    expect(wholeWordAt('着火了', '着火')).toBe(0);
    expect(wholeWordAt('台风', '着火', fire)).toBe(-1);
  });

  it('not right after a word of notAfter: 打不着火 is a stove that will not light', () => {
    expect(wholeWordAt('打不着火', '着火', fire)).toBe(-1);
    expect(wholeWordAt('打着火', '着火', fire)).toBe(-1);
  });

  it('not right before a word of notBefore: 着火点 is the ignition point', () => {
    expect(wholeWordAt('着火点', '着火', fire)).toBe(-1);
  });

  it('a later place where it does stand as the word still counts', () => {
    expect(wholeWordAt('点不着火，后来着火了', '着火', fire)).toBe(7);
    expect(wholeWordAt('着火点在哪 着火了', '着火', fire)).toBe(6);
  });

  it('with the real table: a stove that will not light is a gas question, not a fire emergency', () => {
    expect(expandQuery('打不着火')).toEqual({ query: '打不着火', terms: [], first: [], urgent: [] });
    expect(expandQuery('燃气灶点不着火')).toEqual({ query: '燃气灶点不着火', terms: ['燃气灶', '燃气'], first: ['topic:gas'], urgent: [] });
    expect(expandQuery('着火点是多少度').urgent).toEqual([]);
    expect(expandQuery('点不着火 楼下着火了')).toMatchObject({ first: ['topic:evacuation'], urgent: ['evacuation'] });
  });
});

describe('how alike two questions are (shared pairs of characters, 0 to 1)', () => {
  it('the same sentence: 1; nothing in common: 0', () => {
    expect(closeness('燃气泄漏怎么办', '燃气泄漏怎么办')).toBe(1);
    expect(closeness('燃气泄漏怎么办', '地震来了')).toBe(0);
  });

  it('counts shared pairs over all pairs: 3 of 5 pairs on each side is 0.6', () => {
    // 电动 动车 车怎 怎么 么充 / 电动 动车 车怎 怎样 样充
    expect(closeness('电动车怎么充', '电动车怎样充')).toBeCloseTo(0.6, 10);
    expect(closeness('燃气泄漏怎么办', '燃气泄漏了怎么办')).toBeCloseTo(10 / 13, 10);
  });

  it('a pair counts as often as both sentences have it, no more', () => {
    expect(closeness('哈哈哈', '哈哈')).toBeCloseTo(2 / 3, 10);
  });

  it('one character is not a pair: 火灾 and 水灾 share nothing', () => {
    expect(closeness('火灾', '水灾')).toBe(0);
    expect(closeness('火', '火')).toBe(0);
    expect(closeness('', '')).toBe(0);
  });

  it('punctuation, spaces and full-width letters do not matter', () => {
    expect(closeness('燃气，泄漏！怎么办？', '燃气泄漏 怎么办')).toBe(1);
    expect(closeness('ＣＰＲ怎么做', 'cpr怎么做')).toBe(1);
  });
});

describe('the consultation-desk question a query asks', () => {
  const questions: AskQuestion[] = [
    { id: 'ebike-charge', q: '电动车怎样充电才安全', a: '…' },
    { id: 'gas-leak', q: '闻到燃气味怎么办', a: '…' },
    { id: 'gas-leak-night', q: '半夜闻到燃气味怎么办', a: '…' },
  ];

  it('a query close enough to a question is answered by it', () => {
    expect(matchQuestion('闻到燃气味怎么办？', questions)?.id).toBe('gas-leak');
    expect(matchQuestion('电动车怎样充电才安全', questions)?.id).toBe('ebike-charge');
  });

  it('the closest question wins, wherever it stands in the list', () => {
    expect(matchQuestion('半夜闻到燃气味怎么办', questions)?.id).toBe('gas-leak-night');
    expect(matchQuestion('半夜闻到燃气味怎么办', [...questions].reverse())?.id).toBe('gas-leak-night');
    expect(matchQuestion('闻到燃气味怎么办', [...questions].reverse())?.id).toBe('gas-leak');
  });

  it(`exactly ${QUESTION_MATCH} is close enough; less is not`, () => {
    expect(QUESTION_MATCH).toBe(0.6);
    const one = [{ id: 'x', q: '电动车怎样充', a: '' }];
    expect(matchQuestion('电动车怎么充', one)?.id).toBe('x');
    // 3 shared pairs of 6 + 5: 6/11 ≈ 0.55.
    expect(matchQuestion('电动车怎么充电', one)).toBeUndefined();
  });

  it('a query of fewer than 5 meaningful characters asks no question, even one it matches exactly', () => {
    const short = [
      { id: 'four', q: '燃气泄漏', a: '' },
      { id: 'five', q: '燃气泄漏了', a: '' },
    ];
    expect(matchQuestion('燃气泄漏', short)).toBeUndefined();
    expect(matchQuestion('燃气，泄漏！', short)).toBeUndefined();
    expect(matchQuestion('燃气泄漏了', short)?.id).toBe('five');
  });

  it('no questions, no answer', () => {
    expect(matchQuestion('闻到燃气味怎么办', [])).toBeUndefined();
  });
});

describe('the excerpt under a search result', () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

  it('without the page text or the word places, Pagefind’s own excerpt', () => {
    expect(bodyExcerpt({ excerpt: 'own' })).toBe('own');
    expect(bodyExcerpt({ excerpt: 'own', raw_content: 'a b' })).toBe('own');
    expect(bodyExcerpt({ excerpt: 'own', weighted_locations: [] })).toBe('own');
  });

  it('a short page whole, the found words marked', () => {
    expect(bodyExcerpt({ excerpt: '', raw_content: 'a b c d e', weighted_locations: [{ location: 2, balanced_score: 1 }] })).toBe('a b <mark>c</mark> d e');
  });

  it('Chinese text: words between zero-width spaces, joined without spaces', () => {
    const raw = ['燃气', '泄漏', '怎么办'].join('\u200b');
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: [{ location: 1, balanced_score: 1 }] })).toBe('燃气<mark>泄漏</mark>怎么办');
  });

  it('a long page: the first window of `length` words where the found words weigh most, … where text is cut', () => {
    const raw = words(10);
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: [{ location: 6, balanced_score: 1 }] }, 3)).toBe('…w4 w5 <mark>w6</mark>…');
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: [{ location: 9, balanced_score: 1 }] }, 3)).toBe('…w7 w8 <mark>w9</mark>');
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: [{ location: 1, balanced_score: 1 }] }, 3)).toBe('w0 <mark>w1</mark> w2…');
  });

  it('scores of one word add up, and the window with more weight wins', () => {
    const raw = words(10);
    const locations = [
      { location: 1, balanced_score: 0.5 },
      { location: 1, balanced_score: 0.5 },
      { location: 8, balanced_score: 0.8 },
    ];
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: locations }, 3)).toBe('w0 <mark>w1</mark> w2…');
    const heavier = [...locations, { location: 9, balanced_score: 0.5 }];
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: heavier }, 3)).toBe('…w7 <mark>w8</mark> <mark>w9</mark>');
  });

  it('no found word on a long page: its opening', () => {
    expect(bodyExcerpt({ excerpt: '', raw_content: words(10), weighted_locations: [] }, 3)).toBe('w0 w1 w2…');
  });

  it(`never shows the hidden everyday words after ${ALIAS_MARK}, even where the query found them`, () => {
    const raw = `a b c ${ALIAS_MARK} 煤气 电瓶车`;
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: [{ location: 4, balanced_score: 1 }] })).toBe('a b c');
    expect(bodyExcerpt({ excerpt: '', raw_content: raw, weighted_locations: [{ location: 1, balanced_score: 1 }] })).toBe('a <mark>b</mark> c');
    const long = `${words(10)} ${ALIAS_MARK}煤气`;
    expect(
      bodyExcerpt(
        {
          excerpt: '',
          raw_content: long,
          weighted_locations: [
            { location: 10, balanced_score: 5 },
            { location: 9, balanced_score: 1 },
          ],
        },
        3,
      ),
    ).toBe('…w7 w8 <mark>w9</mark>');
  });
});
