// Edges of small src/lib rules that mutation testing (npm run mutation) found untested: the share picture's
// line, saved quiz progress of the wrong shape, and a few corners of the search box.
import { describe, expect, it } from 'vitest';
import { emptyProgress, isQuizProgress } from '../../src/lib/quiz.ts';
import { ALIAS_MARK, bodyExcerpt, expandQuery, MAX_QUERY_LENGTH, normalizeQuery, wholeWordAt } from '../../src/lib/search.ts';
import { shareLine } from '../../src/lib/share.ts';
import { bodySections } from '../../src/lib/text.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

describe('the line under a share picture’s title', () => {
  it('a first sentence of exactly the limit is kept whole; spaces around it go', () => {
    const sentence = `${'安'.repeat(35)}。`;
    expect(shareLine(`  ${sentence}后面的话。`)).toBe(sentence);
    expect(shareLine(`${'安'.repeat(12)}。`, 13)).toBe(`${'安'.repeat(12)}。`);
  });

  it('a longer sentence is cut after its last whole clause that fits, and marked ……', () => {
    expect(shareLine('看到楼道里堆满杂物，先别自己动手搬走，可以打电话给物业或者社区居委会，也可以打12345热线反映。')).toBe(
      '看到楼道里堆满杂物，先别自己动手搬走，可以打电话给物业或者社区居委会……',
    );
    expect(shareLine('楼道堆物很危险：着火时会挡住大家的逃生路线和消防员的救援通道，还会让火烧得更快更大。')).toBe(
      '楼道堆物很危险：着火时会挡住大家的逃生路线和消防员的救援通道……',
    );
  });

  it('a clause of 8 characters is enough; a shorter one gives the sentence cut at the limit, marked …', () => {
    expect(shareLine(`一二三四五六七八，${'九'.repeat(40)}。`)).toBe('一二三四五六七八……');
    expect(shareLine(`一二三四五六七，${'九'.repeat(40)}。`)).toBe(`一二三四五六七，${'九'.repeat(27)}…`);
    expect(shareLine(`一二三四五六七，${'九'.repeat(40)}。`)).toHaveLength(36);
  });
});

describe('saved quiz progress of the wrong shape is reset', () => {
  it('the mistakes book and the learned lists must be records, not numbers or strings', () => {
    for (const bad of [
      { ...emptyProgress(), mistakes: 5 },
      { ...emptyProgress(), mistakes: 'abc' },
      { ...emptyProgress(), mistakes: null },
      { ...emptyProgress(), learned: 5 },
      { ...emptyProgress(), learned: [] },
      { ...emptyProgress(), mistakes: [] },
      { ...emptyProgress(), mistakes: { a: 5 } },
      { ...emptyProgress(), mistakes: { a: { misses: 1 } } },
      { ...emptyProgress(), name: 5 },
    ]) {
      expect(isQuizProgress(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('every learned id must be a string', () => {
    expect(isQuizProgress({ ...emptyProgress(), learned: { gas: ['g1', 'g2'] } })).toBe(true);
    expect(isQuizProgress({ ...emptyProgress(), learned: { gas: ['g1', 2] } })).toBe(false);
  });
});

describe('corners of the search box', () => {
  it('a long query is cut to MAX_QUERY_LENGTH characters after leading spaces go, with no space left at the end', () => {
    expect(normalizeQuery(` ${'a'.repeat(MAX_QUERY_LENGTH)}`)).toBe('a'.repeat(MAX_QUERY_LENGTH));
    expect(normalizeQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} b`)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('any one of the notBefore words stops a match', () => {
    const entry = { notBefore: ['点', '源'] };
    expect(wholeWordAt('着火源', '着火', entry)).toBe(-1);
    expect(wholeWordAt('着火点', '着火', entry)).toBe(-1);
    expect(wholeWordAt('着火了', '着火', entry)).toBe(0);
  });

  it('a word in two rows, typed with other words: the other words are searched as they were typed', () => {
    const table = [
      { words: ['火警'], means: ['119'], first: 'topic:evacuation' },
      { words: ['火警'], means: ['火灾'] },
    ];
    expect(expandQuery('火警 台风天', (text) => [text], table).terms).toEqual(['火警', '119', '火灾', '台风天']);
  });

  it('an excerpt counts words, not the spaces between them, and starts with a word', () => {
    expect(bodyExcerpt({ excerpt: '', raw_content: 'a  b   c', weighted_locations: [{ location: 2, balanced_score: 1 }] })).toBe('a b <mark>c</mark>');
    expect(bodyExcerpt({ excerpt: '', raw_content: ' a b', weighted_locations: [{ location: 2, balanced_score: 1 }] })).toBe('a <mark>b</mark>');
  });

  it('a page whose text starts with the hidden words shows none of them', () => {
    expect(bodyExcerpt({ excerpt: '', raw_content: `${ALIAS_MARK}煤气 电瓶车`, weighted_locations: [{ location: 1, balanced_score: 1 }] })).toBe('');
  });
});

describe('YAML syntax errors name the file and the line', () => {
  it('says which file and which line, in both languages', () => {
    expect(() => parseYaml('title: 燃气\nitems: [a, b\n', 'content/x.yaml')).toThrow(/^content\/x\.yaml: YAML 格式错误 第\d+行 \(line \d+\): /);
    expect(() => parseYaml('a: 1\nb: [\n', 'content/y.yaml')).toThrow(/第3行 \(line 3\)/);
    expect(parseYaml('a: 1', 'content/z.yaml')).toEqual({ a: 1 });
  });
});

describe('the contents of a topic page', () => {
  it('reads headings written with extra attributes or spaces, and titles over several lines', () => {
    expect(bodySections('<h2  id="leak" class="x">\n  闻到燃气味\n  <em>怎么办</em>\n</h2>')).toEqual([{ id: 'leak', title: '闻到燃气味 怎么办' }]);
  });
});
