// The pure rules behind the phone work (issue 13): instant answers for whole situation words, long queries
// cut, consultation-desk questions matched, 回到顶部 placed, share-picture addresses and lines, and the
// printing check.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addBackToTop } from '../../src/lib/back-to-top.ts';
import { closeness, expandQuery, matchQuestion, MAX_QUERY_LENGTH, normalizeQuery, wholeWordAt, type AskQuestion } from '../../src/lib/search.ts';
import { sharePicturePath, shareLine } from '../../src/lib/share.ts';
import { bodySections } from '../../src/lib/text.ts';

describe('instant answers match whole situation words', () => {
  it('a stove that will not light is not a fire', () => {
    expect(expandQuery('煤气灶打不着火').urgent).toEqual([]);
    expect(expandQuery('煤气灶打不着火').first).toEqual(['topic:gas']);
    expect(expandQuery('点不着火怎么回事').urgent).toEqual([]);
    expect(expandQuery('打着火了没有').urgent).toEqual([]);
    expect(expandQuery('木头的着火点').urgent).toEqual([]);
  });
  it('a fire is still a fire', () => {
    for (const query of ['着火了', '家里着火了怎么办', '着火', '楼下起火', '厨房失火']) expect(expandQuery(query).urgent, query).toEqual(['evacuation']);
    expect(expandQuery('煤气罐着火').urgent).toContain('evacuation');
  });
  it('finds a word after a place where it did not count', () => {
    expect(wholeWordAt('打不着火，后来着火了', '着火', { notAfter: ['不'] })).toBe(7);
    expect(wholeWordAt('着火点', '着火', { notBefore: ['点'] })).toBe(-1);
  });
});

describe('long queries are cut before they reach the address', () => {
  it(`keeps at most ${MAX_QUERY_LENGTH} characters`, () => {
    const long = '电动车'.repeat(400);
    expect([...normalizeQuery(long)]).toHaveLength(MAX_QUERY_LENGTH);
    expect(expandQuery(long).query).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery('  ＡＢＣ１１９  ')).toBe('abc119');
  });
});

describe('consultation-desk questions as instant answers', () => {
  const questions = (load(readFileSync(new URL('../../content/ask.yaml', import.meta.url), 'utf8')) as { id: string; question: string }[]).map(
    (entry): AskQuestion => ({ id: entry.id, q: entry.question, a: '' }),
  );
  it('answers a query that asks a question closely', () => {
    expect(matchQuestion('楼道里放鞋柜算不算堵塞', questions)?.id).toBe('shoe-cabinet-in-corridor');
    expect(matchQuestion('楼道里放鞋柜算不算堵塞？', questions)?.id).toBe('shoe-cabinet-in-corridor');
    expect(matchQuestion('举报邻居会不会被报复', questions)?.id).toBe('neighbor-retaliation');
  });
  it('leaves short or loose queries to the search', () => {
    for (const query of ['楼道', '电动车', '燃气泄漏怎么办', '鞋柜', '楼道里能放东西吗']) expect(matchQuestion(query, questions), query).toBeUndefined();
  });
  it('measures closeness by shared character pairs', () => {
    expect(closeness('楼道里放鞋柜', '楼道里放鞋柜')).toBe(1);
    expect(closeness('楼道', '电梯')).toBe(0);
  });
});

describe('回到顶部 at the end of each section of a topic body', () => {
  const page = (body: string) =>
    `<article><div class="app-topic__body" data-topic-body-start>${body}<span data-topic-body-end data-astro-cid-x></span></div></article>`;
  it('goes before every heading but the first, and after the body', () => {
    const html = addBackToTop(page('<p>a</p><h2 id="one">1</h2><p>b</p><h2 id="two">2</h2><p>c</p>'), '回到顶部');
    expect(html.match(/app-back-to-top/g)).toHaveLength(2);
    expect(html).toMatch(/<p>b<\/p><p class="app-back-to-top[^>]*><a href="#top">回到顶部<\/a><\/p><h2 id="two">/);
    expect(html).toMatch(/<p>c<\/p><p class="app-back-to-top/);
    expect(html).not.toContain('data-topic-body-end');
  });
  it('leaves a body with one section and pages without the markers alone', () => {
    expect(addBackToTop(page('<h2 id="one">1</h2><p>b</p>'), 'x')).not.toContain('app-back-to-top');
    expect(addBackToTop('<p>no markers</p>', 'x')).toBe('<p>no markers</p>');
  });
  it('lists the sections of a body for the contents', () => {
    expect(bodySections('<h2 id="leak">闻到燃气味<strong>怎么办</strong></h2>\n<h3 id="x">小</h3><h2 id="co">一氧化碳</h2>')).toEqual([
      { id: 'leak', title: '闻到燃气味怎么办' },
      { id: 'co', title: '一氧化碳' },
    ]);
  });
});

describe('share pictures', () => {
  it('have one address per page', () => {
    expect(sharePicturePath('/')).toBe('share/home.png');
    expect(sharePicturePath('/topics/gas/')).toBe('share/topics/gas.png');
    expect(sharePicturePath('/class/gas/handout/')).toBe('share/class/gas/handout.png');
  });
  it('show the first sentence of a description, cut at a comma when long', () => {
    expect(shareLine('闻到燃气味，不碰电器。再说别的。')).toBe('闻到燃气味，不碰电器。');
    const line = shareLine('看到堵死的通道、锁住的出口、楼道里充电的电动车，可以举报：着火打119，安全生产隐患打12350，不紧急的事打12345，说清地点、拍下照片。');
    expect(line.length).toBeLessThanOrEqual(38);
    expect(line.endsWith('……')).toBe(true);
  });
});
