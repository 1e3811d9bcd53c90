// The kiosk's settings at their edges (src/lib/kiosk.ts), beyond kiosk-params.test.ts: the exact bounds of
// the interval, the times and the still frame, where a schedule's range starts and stops, what counts as a
// screen strip, and what the setup page leaves out of the address.
import { describe, expect, it } from 'vitest';
import {
  caseSlideLesson,
  cleanOrganiserText,
  formatRange,
  inRange,
  KIOSK_INTERVAL,
  kioskQuery,
  parseKioskParams,
  readInterval,
  readRange,
  readTime,
  resolveLayout,
  scheduleState,
  shortValue,
} from '../../src/lib/kiosk.ts';

const VERIFIED = new Set(['119', '12350']);
const parse = (query: string) => parseKioskParams(query, [{ id: 'gas', names: ['燃气'] }], VERIFIED);

describe('the interval at its bounds', () => {
  it(`${KIOSK_INTERVAL.min} and ${KIOSK_INTERVAL.max} seconds are kept as they are, without a notice`, () => {
    expect(readInterval(String(KIOSK_INTERVAL.min))).toEqual({ seconds: KIOSK_INTERVAL.min });
    expect(readInterval(String(KIOSK_INTERVAL.max))).toEqual({ seconds: KIOSK_INTERVAL.max });
  });

  it('one second past a bound is moved to it, with a notice naming what was typed', () => {
    expect(readInterval('4')).toEqual({ seconds: 5, notice: { field: 'interval', problem: 'clamped', value: '4', used: 5 } });
    expect(readInterval('121秒')).toEqual({ seconds: 120, notice: { field: 'interval', problem: 'clamped', value: '121秒', used: 120 } });
  });

  it('fractions are rounded; only a rounding past a bound is named', () => {
    expect(readInterval('20.4')).toEqual({ seconds: 20 });
    expect(readInterval('4.6')).toEqual({ seconds: 5 });
    expect(readInterval('0.4')).toEqual({ seconds: 5, notice: { field: 'interval', problem: 'clamped', value: '0.4', used: 5 } });
  });

  it('the words for seconds, in either case, with or without a space', () => {
    for (const typed of ['30 s', '30S', '30sec', '30 秒钟', '３０秒']) expect(readInterval(typed).seconds, typed).toBe(30);
    expect(readInterval('30 min').notice).toMatchObject({ problem: 'invalid' });
    expect(readInterval('30ss').notice).toMatchObject({ problem: 'invalid' });
    expect(readInterval('a30').notice).toMatchObject({ problem: 'invalid' });
  });

  it('nothing typed: the default, without a notice', () => {
    expect(readInterval(null)).toEqual({ seconds: KIOSK_INTERVAL.default });
    expect(readInterval(undefined)).toEqual({ seconds: KIOSK_INTERVAL.default });
    expect(readInterval('  ')).toEqual({ seconds: KIOSK_INTERVAL.default });
  });

  it('a notice shows at most 12 characters of what was typed', () => {
    expect(readInterval('x'.repeat(13)).notice).toMatchObject({ value: `${'x'.repeat(12)}…` });
    expect(readInterval('x'.repeat(12)).notice).toMatchObject({ value: 'x'.repeat(12) });
  });
});

describe('shortened values', () => {
  it('counts characters, not UTF-16 units, and marks a cut with …', () => {
    expect(shortValue('𠀀'.repeat(12))).toBe('𠀀'.repeat(12));
    expect(shortValue('𠀀'.repeat(13))).toBe(`${'𠀀'.repeat(12)}…`);
    expect(shortValue('abcdef', 3)).toBe('abc…');
    expect(shortValue('abc', 3)).toBe('abc');
  });
});

describe('times and ranges at their edges', () => {
  it('24:00 is midnight at the end of the day; past it, or a 60th minute, is not a time', () => {
    expect(readTime('24:00')).toBe(1440);
    expect(readTime('24')).toBe(1440);
    expect(readTime('24:01')).toBeUndefined();
    expect(readTime('23:59')).toBe(1439);
    expect(readTime('23:60')).toBeUndefined();
    expect(readTime('0:00')).toBe(0);
  });

  it('reads 7.30, 7时30分 and 7点, but not one-digit minutes or three-digit hours', () => {
    expect(readTime('7.30')).toBe(450);
    expect(readTime('7时30分')).toBe(450);
    expect(readTime('7点')).toBe(420);
    expect(readTime('7:3')).toBeUndefined();
    expect(readTime('007')).toBeUndefined();
    expect(readTime('七点')).toBeUndefined();
    expect(readTime('')).toBeUndefined();
  });

  it('a range ending at 24:00 ends at midnight; a whole day (0:00-24:00) is not a range', () => {
    expect(readRange('20:00-24:00')).toEqual([1200, 0]);
    expect(readRange('0:00-24:00')).toBeUndefined();
    expect(readRange('7:00 至 22:00')).toEqual([420, 1320]);
    expect(readRange('7:00')).toBeUndefined();
    expect(readRange('7-8-9')).toBeUndefined();
    expect(readRange('7-soon')).toBeUndefined();
    expect(readRange('soon-7')).toBeUndefined();
  });

  it('a range includes its first minute and excludes its last, across midnight too', () => {
    expect(inRange(420, [420, 1320])).toBe(true);
    expect(inRange(419, [420, 1320])).toBe(false);
    expect(inRange(1319, [420, 1320])).toBe(true);
    expect(inRange(1320, [420, 1320])).toBe(false);
    expect(inRange(1200, [1200, 420])).toBe(true);
    expect(inRange(1199, [1200, 420])).toBe(false);
    expect(inRange(0, [1200, 420])).toBe(true);
    expect(inRange(419, [1200, 420])).toBe(true);
    expect(inRange(420, [1200, 420])).toBe(false);
  });

  it('dims only within its hours: a dim range alone dims, outside the hours the screen is dark', () => {
    expect(scheduleState({ dim: [1200, 420] }, 1300)).toBe('dim');
    expect(scheduleState({ dim: [1200, 420] }, 600)).toBe('on');
    expect(scheduleState({ hours: [420, 1320], dim: [1200, 420] }, 1320)).toBe('off');
    expect(scheduleState({ hours: [420, 1320] }, 420)).toBe('on');
  });

  it('shows minutes with two digits and hours without a leading zero', () => {
    expect(formatRange([425, 0])).toBe('7:05-0:00');
    expect(formatRange([0, 1439])).toBe('0:00-23:59');
  });
});

describe('the still frame for the image export', () => {
  it('is a slide number from 1 to 9999', () => {
    expect(parse('still=1').still).toBe(1);
    expect(parse('still=9999').still).toBe(9999);
    expect(parse(`still=${encodeURIComponent('３')}`).still).toBe(3);
    expect(parse('').still).toBeUndefined();
    expect(parse('').notices).toEqual([]);
  });

  it('anything else is named and ignored', () => {
    for (const value of ['0', '10000', '-1', '2.5', 'x']) {
      const options = parse(`still=${value}`);
      expect(options.still, value).toBeUndefined();
      expect(options.notices, value).toEqual([{ field: 'still', problem: 'invalid', value }]);
    }
  });
});

describe('touch mode and the layout words', () => {
  it('on for 1, true, yes, on and 是; off without a notice for 0, false, no, off, 否 or nothing', () => {
    for (const value of ['1', 'true', 'YES', 'on', '是']) expect(parse(`touch=${encodeURIComponent(value)}`).touch, value).toBe(true);
    for (const value of ['', '0', 'false', 'no', 'off', '否']) {
      const options = parse(`touch=${encodeURIComponent(value)}`);
      expect(options.touch, value).toBe(false);
      expect(options.notices, value).toEqual([]);
    }
    expect(parse('touch=maybe').notices).toEqual([{ field: 'touch', problem: 'invalid', value: 'maybe' }]);
  });

  it('a layout word that is an orientation keeps an orientation asked for separately', () => {
    expect(parse('layout=portrait&orientation=landscape')).toMatchObject({ layout: 'slides', orientation: 'landscape', notices: [] });
    expect(parse(`layout=${encodeURIComponent('横屏')}`)).toMatchObject({ layout: 'slides', orientation: 'landscape' });
    expect(parse('layout=SLIDES')).toMatchObject({ layout: 'slides', orientation: 'auto' });
    expect(parse('orientation=vertical').orientation).toBe('portrait');
    expect(parse('layout=strip').layout).toBe('ticker');
    expect(parse('layout=wide').notices).toEqual([{ field: 'layout', problem: 'invalid', value: 'wide' }]);
  });
});

describe('the screen decides what “auto” means', () => {
  it('a strip at least 3 times as wide as it is high gets the ticker', () => {
    expect(resolveLayout({ layout: 'auto', orientation: 'auto' }, 3000, 1000).layout).toBe('ticker');
    expect(resolveLayout({ layout: 'auto', orientation: 'auto' }, 2999, 1000).layout).toBe('slides');
    expect(resolveLayout({ layout: 'slides', orientation: 'auto' }, 3000, 1000).layout).toBe('slides');
    expect(resolveLayout({ layout: 'ticker', orientation: 'auto' }, 1000, 1000).layout).toBe('ticker');
  });

  it('a screen higher than wide is portrait; a square one landscape', () => {
    expect(resolveLayout({ layout: 'auto', orientation: 'auto' }, 1000, 1001).shape).toBe('portrait');
    expect(resolveLayout({ layout: 'auto', orientation: 'auto' }, 1000, 1000).shape).toBe('landscape');
    expect(resolveLayout({ layout: 'auto', orientation: 'portrait' }, 2000, 1000).shape).toBe('portrait');
    expect(resolveLayout({ layout: 'auto', orientation: 'landscape' }, 1000, 2000).shape).toBe('landscape');
  });
});

describe('the organiser’s text at its limits', () => {
  it('exactly the limit is not too long; one more character is, counted as characters', () => {
    expect(cleanOrganiserText('𠀀'.repeat(20), 20, VERIFIED)).toEqual({ text: '𠀀'.repeat(20), tooLong: false, phone: false });
    expect(cleanOrganiserText('𠀀'.repeat(21), 20, VERIFIED)).toEqual({ text: '𠀀'.repeat(20), tooLong: true, phone: false });
  });

  it('full-width digits are read as digits, so a number typed in them is found too', () => {
    const cleaned = cleanOrganiserText('值班电话１３８００１３８０００', 36, VERIFIED);
    expect(cleaned.phone).toBe(true);
    expect(cleaned.text).not.toMatch(/\d{5}/);
    expect(cleanOrganiserText('拨打１１９', 36, VERIFIED)).toEqual({ text: '拨打119', tooLong: false, phone: false });
  });

  it('line breaks and tabs become single spaces', () => {
    expect(cleanOrganiserText(' 幸福\n\n社区\t居委会 ', 36, VERIFIED).text).toBe('幸福 社区 居委会');
  });
});

describe('the setup page’s address, field by field', () => {
  it('an interval is written only when it is not the default; touch only when on', () => {
    expect(kioskQuery({ interval: 20 })).toBe('?interval=20');
    expect(kioskQuery({ interval: KIOSK_INTERVAL.default })).toBe('');
    expect(kioskQuery({ touch: false })).toBe('');
    expect(kioskQuery({ touch: true })).toBe('?touch=1');
    expect(kioskQuery({ topics: [] })).toBe('');
    expect(kioskQuery({ orientation: 'portrait' })).toBe('?orientation=portrait');
    expect(kioskQuery({ layout: 'slides' })).toBe('?layout=slides');
  });

  it('text fields are trimmed, and left out when blank', () => {
    expect(kioskQuery({ org: '  社区  ', note: '   ', hours: '', dim: ' 20:00-7:00 ' })).toBe(`?org=${encodeURIComponent('社区')}&dim=20%3A00-7%3A00`);
  });
});

describe('a case slide fits in exactly 60 characters', () => {
  it('title and lesson of 60 characters together fit; 61 do not', () => {
    expect(caseSlideLesson('x', '题'.repeat(30), ['长'.repeat(31), '短'.repeat(30)])).toBe('短'.repeat(30));
    expect(() => caseSlideLesson('x', '题'.repeat(30), ['长'.repeat(31)])).toThrow(/60 characters/);
    expect(caseSlideLesson('x', '𠀀'.repeat(30), ['𠀀'.repeat(30)])).toBe('𠀀'.repeat(30));
  });
});
