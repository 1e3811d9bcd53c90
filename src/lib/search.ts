/**
 * How the search page turns what people type into what Pagefind can find. Runs in the browser; pure,
 * so the rules are unit-tested.
 *
 * Why query expansion in the browser, on top of the alias words indexed with each page:
 * - Pagefind has no synonyms. Topic pages carry their colloquial aliases (煤气, 电瓶车…) as indexed text,
 *   which makes a single colloquial word find its page — but only if Pagefind's query splitting and its
 *   index splitting agree.
 * - They often do not: the index is segmented with jieba at build time, the query with the browser's
 *   Intl.Segmenter, and Pagefind ANDs the pieces (Pagefind issue #1237). 煤气味 may become 煤气 + 味 on one
 *   side and 煤气味 on the other, and the result list comes back empty.
 * - So the browser also searches each known word on its own (from the table below and from the
 *   segmenter) and merges the lists. A query then never finds fewer pages than the words it contains,
 *   and the table adds the official word (燃气) for the everyday one (煤气). The table also names the page
 *   that should come first, and which topics deserve an instant answer.
 */

export interface SynonymEntry {
  /** What people type (also common one-character typos). */
  words: string[];
  /** The words the site's pages use for it. */
  means: string[];
  /** A page to put first, as its search key (see searchKey): topic:gas, sign:safety-exit. */
  first?: string;
  /** An emergency: show this topic's key actions and numbers above the results. */
  urgent?: string;
  /**
   * A word of this row does not count right after one of these (打不着火 and 点不着火 are a stove that will not
   * light, not a fire) …
   */
  notAfter?: string[];
  /** … or right before one of these (着火点 is the ignition point). */
  notBefore?: string[];
}

/** Longer queries are cut to this many characters, in the search box (maxlength) and before the address. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The maintained table of everyday words. Keep it to words people really type; add a row when the
 * query table in tests/e2e/search-queries.ts shows a miss.
 */
// biome-ignore format: a table, one synonym group per line
export const SYNONYMS: SynonymEntry[] = [
  // 燃气
  { words: ['燃气泄漏', '煤气泄漏', '天然气泄漏', '漏气', '闻到煤气', '闻到燃气', '煤气味', '燃气味', '天然气味', '有煤气味', '燃汽泄漏'], means: ['燃气', '泄漏'], first: 'topic:gas', urgent: 'gas' },
  { words: ['煤气中毒', '一氧化碳中毒', '一氧化碳', '烧炭中毒', '炭火中毒'], means: ['一氧化碳'], first: 'topic:gas', urgent: 'gas' },
  { words: ['煤气', '天然气', '液化气', '液化石油气', '煤气罐', '煤气瓶', '液化气罐', '液化气瓶', '煤气灶', '燃气灶', '燃汽', '煤汽', '燃气管', '燃气软管', '胶管', '燃气报警器', '热水器'], means: ['燃气'], first: 'topic:gas' },
  // 电动自行车
  { words: ['电动车着火', '电瓶车着火', '电动车起火', '电瓶车起火', '电池起火', '电池着火', '电瓶爆炸', '电池爆炸'], means: ['电动自行车', '火灾'], first: 'topic:ebike', urgent: 'ebike' },
  { words: ['电瓶车', '电动车', '电驴', '小电驴', '电单车', '电瓶', '锂电池', '电动车电池', '电瓶车充电', '电动车充电', '充电桩', '飞线', '飞线充电', '拉线充电', '电动车进电梯', '新国标'], means: ['电动自行车'], first: 'topic:ebike' },
  // 生命通道
  { words: ['消防通道', '逃生通道', '安全通道', '生命通道', '消防通道被堵', '通道被堵', '楼道堆物', '楼道堆东西', '楼道堆放', '堵塞通道', '占用通道', '楼道'], means: ['疏散通道', '生命通道'], first: 'topic:life-passage' },
  { words: ['消防车道', '消防车通道', '占用消防车道', '消防车道停车', '堵消防车道'], means: ['消防车通道'], first: 'topic:life-passage' },
  { words: ['安全出口', '出口标志', '绿色小人', '逃生标志', '紧急出口', '出口指示'], means: ['安全出口'], first: 'sign:safety-exit' },
  // 火灾逃生
  { words: ['着火了', '着火', '失火', '失火了', '起火', '起火了', '火灾', '家里着火', '楼里着火', '高楼着火', '高层着火', '火灾逃生', '怎么逃生', '逃生', '浓烟', '烟很大', '火警'], means: ['火灾', '逃生'], first: 'topic:evacuation', urgent: 'evacuation', notAfter: ['打', '点', '不', '没', '未'], notBefore: ['点'] },
  { words: ['油锅着火', '油锅起火', '灭火器', '怎么灭火', '灭火'], means: ['灭火器', '灭火'], first: 'topic:evacuation' },
  { words: ['踩踏', '拥挤踩踏', '人多拥挤'], means: ['踩踏'] },
  // 防溺水
  { words: ['有人落水', '落水', '掉水里', '掉河里', '掉进水里', '有人溺水', '溺水', '淹水', '淹死', '溺亡', '救落水', '下水救人'], means: ['溺水'], first: 'topic:drowning', urgent: 'drowning' },
  { words: ['游泳', '野泳', '孩子游泳', '戏水', '玩水', '游野泳', '水库', '河边', '池塘'], means: ['溺水', '游泳'], first: 'topic:drowning' },
  { words: ['心肺复苏', '人工呼吸', '胸外按压', 'cpr'], means: ['心肺复苏'] },
  // 用电
  { words: ['触电', '被电了', '电击', '被电击', '有人触电', '电到了'], means: ['触电'], first: 'topic:electricity', urgent: 'electricity' },
  { words: ['漏电', '用电', '插座', '插排', '插线板', '电线老化', '乱拉电线', '充电器'], means: ['用电'], first: 'topic:electricity' },
  // 电梯
  { words: ['关在电梯里', '困在电梯', '困电梯', '被困电梯', '电梯困人', '电梯卡住', '电梯卡住了', '电梯坏了', '电梯故障', '电梯停了', '电梯突然停'], means: ['电梯', '困'], first: 'topic:elevator', urgent: 'elevator' },
  // 地震
  { words: ['地震了', '地震', '震感', '地震怎么办', '地震逃生'], means: ['地震'], first: 'topic:earthquake', urgent: 'earthquake' },
  // 号码
  { words: ['119', '火警电话', '报火警', '消防电话号码'], means: ['119', '火灾'], first: 'topic:evacuation' },
  { words: ['12350', '安全生产举报'], means: ['12350', '举报'], first: 'topic:report-hazards' },
  { words: ['12345'], means: ['12345'], first: 'topic:report-hazards' },
  // 举报与自查
  { words: ['举报', '投诉', '举报电话', '隐患举报', '怎么举报', '找谁', '打什么电话', '举报消防通道'], means: ['举报'], first: 'topic:report-hazards' },
  { words: ['家里检查', '家庭自查', '自查', '自查清单', '检查清单', '安全检查', '居家安全'], means: ['自查'], first: 'topic:home-check' },
  { words: ['九小场所', '小饭店', '饭店', '商场', 'ktv', '网吧', '小旅馆', '人员密集'], means: ['人员密集场所'], first: 'topic:crowded-places' },
];

/**
 * Full-width digits and letters to half-width, lower case, spaces collapsed: what people type on phones; cut
 * to MAX_QUERY_LENGTH characters (a pasted page of text would otherwise make an address servers refuse).
 */
export function normalizeQuery(query: string): string {
  return [
    ...query
      .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim();
}

/** Where `word` stands in `text` as a word of `entry`: not right after its notAfter words, nor before its notBefore words. */
export function wholeWordAt(text: string, word: string, entry: Pick<SynonymEntry, 'notAfter' | 'notBefore'> = {}): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + word.length);
    if (entry.notAfter?.some((part) => before.endsWith(part))) continue;
    if (entry.notBefore?.some((part) => after.startsWith(part))) continue;
    return at;
  }
  return -1;
}

export interface ExpandedQuery {
  /** The query as typed (normalized): Pagefind searches it first, as it is. */
  query: string;
  /** Further words to search on their own and merge, most specific first. */
  terms: string[];
  /** Pages to put first (search keys), in order. */
  first: string[];
  /** Topics that get an instant answer. */
  urgent: string[];
}

/**
 * Splits a query into the words to search. `segment` is the browser's word segmenter (passed in so
 * tests can run without one); table words are matched first, longest first.
 */
export function expandQuery(raw: string, segment: (text: string) => string[] = () => [], table = SYNONYMS): ExpandedQuery {
  const query = normalizeQuery(raw);
  const terms: string[] = [];
  const first: string[] = [];
  const urgent: string[] = [];
  const add = <T>(list: T[], item: T | undefined) => {
    if (item !== undefined && !list.includes(item)) list.push(item);
  };

  // Longest table words first, so 煤气中毒 wins over 煤气 and 电动车着火 over 电动车.
  const matches = table
    .flatMap((entry) => entry.words.map((word) => ({ word, entry })))
    .filter(({ word, entry }) => wholeWordAt(query, word, entry) >= 0)
    .sort((a, b) => b.word.length - a.word.length);
  let rest = query;
  for (const { word, entry } of matches) {
    const at = wholeWordAt(rest, word, entry);
    if (at < 0 && !query.split(' ').includes(word)) continue;
    if (at >= 0) rest = `${rest.slice(0, at)} ${rest.slice(at + word.length)}`;
    add(terms, word);
    entry.means.forEach((meant) => add(terms, meant));
    add(first, entry.first);
    add(urgent, entry.urgent);
  }
  // What the table does not know: the segmenter's words of two or more characters, and numbers.
  for (const piece of rest.split(' ').filter(Boolean)) {
    const words = segment(piece).filter((word) => word.length >= 2 || /\d/.test(word));
    if (words.length > 1 || words[0] !== query) words.forEach((word) => add(terms, word));
  }
  return { query, terms: terms.filter((term) => term !== query).slice(0, 8), first, urgent };
}

/** The filter value that names one page, e.g. topic:gas (written on each page as a Pagefind filter). */
export function searchKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Merges ranked lists of page ids into one: pages found by more of the words, and higher in each list,
 * come first (reciprocal rank fusion). The full query's own list counts double.
 */
export function fuseRankings(lists: { ids: string[]; weight: number }[]): string[] {
  const scores = new Map<string, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (10 + rank)));
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** A consultation-desk question as the search page gets it (/search/ask.json): id, question, first sentence of the answer. */
export interface AskQuestion {
  id: string;
  q: string;
  a: string;
}

/** The characters that carry meaning: no punctuation or spaces. */
const meaningful = (text: string) => normalizeQuery(text).replace(/[\p{P}\p{S}\s]/gu, '');

/** Pairs of neighbouring characters, the unit the closeness of two Chinese sentences is measured in. */
function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let at = 0; at < text.length - 1; at += 1) {
    const pair = text.slice(at, at + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** How alike two sentences are, 0 to 1: shared character pairs over all pairs (Dice's coefficient). */
export function closeness(a: string, b: string): number {
  const [x, y] = [bigrams(meaningful(a)), bigrams(meaningful(b))];
  let shared = 0;
  let total = 0;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  for (const count of [...x.values(), ...y.values()]) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How close a query must be to a question to answer it at once. */
export const QUESTION_MATCH = 0.6;

/** The consultation-desk question a query asks, when it asks one closely enough (at least 5 meaningful characters). */
export function matchQuestion(query: string, questions: readonly AskQuestion[]): AskQuestion | undefined {
  if (meaningful(query).length < 5) return undefined;
  let best: AskQuestion | undefined;
  let bestScore = QUESTION_MATCH;
  for (const question of questions) {
    const score = closeness(query, question.q);
    if (score >= bestScore) [best, bestScore] = [question, score];
  }
  return best;
}

/**
 * Put before a page's hidden everyday words (煤气, 电瓶车…), which are indexed so search finds the page but must
 * never be shown as its excerpt: the excerpt stops where this mark is (bodyExcerpt).
 */
export const ALIAS_MARK = '⁂';

/** What bodyExcerpt needs of a Pagefind result (its fragment). */
export interface ExcerptSource {
  /** The page's indexed text, HTML-escaped; Chinese pages have a zero-width space between words. */
  raw_content?: string;
  /** Where the query's words were found, by word number, with Pagefind's score. */
  weighted_locations?: { location: number; balanced_score: number }[];
  /** Pagefind's own excerpt, used when the fields above are missing. */
  excerpt: string;
}

/**
 * The excerpt of a result from the page's own text: Pagefind's way (the window of `length` words where the
 * query's words are densest, those words in <mark>), but only over the text before ALIAS_MARK, so the
 * hidden everyday words never show. With no match in that text, the page's opening (title and summary).
 */
export function bodyExcerpt(result: ExcerptSource, length = 40): string {
  const raw = result.raw_content;
  if (raw === undefined || !result.weighted_locations) return result.excerpt;
  const zws = raw.includes('\u200b');
  const words = zws ? raw.split('\u200b') : raw.split(/\s+/);
  const marked = words.findIndex((word) => word.includes(ALIAS_MARK));
  const limit = marked < 0 ? words.length : marked;
  const found = result.weighted_locations.filter((entry) => entry.location < limit);
  const scores = new Map<number, number>();
  for (const entry of found) scores.set(entry.location, (scores.get(entry.location) ?? 0) + entry.balanced_score);
  let start = 0;
  if (found.length > 0 && limit > length) {
    let best = -1;
    for (let from = 0; from + length <= limit; from += 1) {
      let sum = 0;
      for (let at = from; at < from + length; at += 1) sum += scores.get(at) ?? 0;
      if (sum > best) [best, start] = [sum, from];
    }
  }
  const end = Math.min(start + length, limit);
  const joiner = zws ? '' : ' ';
  const text = words
    .slice(start, end)
    .map((word, index) => (scores.has(start + index) ? `<mark>${word}</mark>` : word))
    .join(joiner)
    .trim();
  return `${start > 0 ? '…' : ''}${text}${end < limit ? '…' : ''}`;
}
