/**
 * Finding telephone numbers in text, for the rule that the site only ever shows numbers on the verified
 * list (content/phone-numbers.yaml): a wrong number sends someone in trouble to a stranger. Used on content
 * text by the validator and on the built pages by src/integrations/html-checks.ts.
 *
 * Numbers that look like a telephone number by their shape: mobile numbers (11 digits starting 13–19), numbers
 * with an area code (0xx-xxxxxxxx), 400/800 numbers, and the 5-digit service lines (12xxx, 95xxx, 96xxx).
 * Any other 3–8 digit number counts when a word about calling stands just before it (拨打, 电话, 热线, 报警…)
 * or just after it (…热线, …电话). Years, dates, counts (a number followed by 人, 元, 米…), standard numbers
 * and clauses are left alone.
 */

export interface PhoneHit {
  /** The digits, without separators or +86. */
  number: string;
  /** Where it starts in the text. */
  index: number;
  /** As written. */
  raw: string;
}

/** Characters after a number that make it a count, an amount or a date rather than a phone number. */
const UNIT_AFTER = /^\s*[多余万亿元人名个起次户辆家年月日号时分秒米台座吨度℃%‰件条项所处平千斤克岁层栋幢间套期届批位只张本页周天倍款章节条]/;

const SHAPES: RegExp[] = [
  // Mobile: 1[3-9]x xxxx xxxx, optionally +86 and spaced or hyphenated 3-4-4.
  /(?<![\d.])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![\d.])/g,
  // Area code and number: 010-12345678, (0551)1234567, （0551）12345678.
  /(?<![\d.])(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-\s]?)\d{7,8}(?![\d.])/g,
  // 400 and 800 numbers.
  /(?<![\d.])[48]00[-\s]?\d{3}[-\s]?\d{4}(?![\d.])/g,
  // 5-digit service lines.
  /(?<![\d.\-/])(?:12\d{3}|95\d{3}|96\d{3})(?![\d.\-/])/g,
];

/** A word about calling, then (on the same sentence) the numbers it introduces. */
const CALL_BEFORE = /(拨打|拨通|拨|打|致电|呼叫|电话|热线|号码|报警|求助|举报|咨询|投诉|call|phone|tel)/gi;
const CALL_AFTER = /^\s*(热线|电话|报警|急救|求助|举报|投诉|服务热线|hotline)/i;

function digitsOf(raw: string): string {
  return raw.replace(/^\+?86(?=[-\s]?1)/, '').replace(/[^\d]/g, '');
}

/** Every telephone-number-like sequence in `text`, in order, each once. */
export function findPhoneNumbers(text: string): PhoneHit[] {
  const hits = new Map<number, PhoneHit>();
  const covered: [number, number][] = [];
  const add = (index: number, raw: string) => {
    if (covered.some(([start, end]) => index >= start && index < end)) return;
    covered.push([index, index + raw.length]);
    hits.set(index, { index, raw, number: digitsOf(raw) });
  };
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape)) {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
      const before = text.slice(Math.max(0, match.index - 1), match.index);
      if (shape === SHAPES[3] && (UNIT_AFTER.test(after) || before === '第')) continue;
      add(match.index, match[0]);
    }
  }
  // Short numbers are phone numbers only in context.
  for (const match of text.matchAll(/(?<![\d.\-/])\d{3,8}(?![\d.\-/])/g)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
    if (UNIT_AFTER.test(after)) continue;
    // A year (…新闻，2022) or 〔2020〕 in a document number (国办发〔2020〕53号) is not a phone number.
    if (/^(19|20)\d{2}$/.test(match[0]) || text[match.index - 1] === '〔' || text[match.index - 1] === '[') continue;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const sentence = before.split(/[。；！？\n;!?]/).pop() ?? '';
    CALL_BEFORE.lastIndex = 0;
    const called = CALL_BEFORE.test(sentence) || CALL_AFTER.test(after);
    if (called) add(match.index, match[0]);
  }
  return [...hits.values()].sort((a, b) => a.index - b.index);
}

/** The numbers in `text` that are not on the verified list. */
export function unverifiedPhoneNumbers(text: string, verified: ReadonlySet<string>): PhoneHit[] {
  return findPhoneNumbers(text).filter((hit) => !verified.has(hit.number));
}

/**
 * The number a telephone link calls, or undefined when `href` is not a telephone link. Scheme letters in
 * any case count (TEL:, Tel:), as do callto:, sms: and the like.
 */
export function telLinkNumber(href: string): string | undefined {
  const match = /^\s*(tel|callto|sms|facetime|facetime-audio|wtai)\s*:(.*)$/is.exec(href);
  if (!match) return undefined;
  const target =
    decodeURIComponentSafe(match[2] ?? '')
      .replace(/^\/\/(wp\/mc;)?/i, '')
      .split(/[?;,]/)[0] ?? '';
  return target.replace(/^\+?86(?=1)/, '').replace(/[\s\-().]/g, '');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
