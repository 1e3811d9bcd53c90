// The kiosk's address is typed once, by someone with a Chinese keyboard or a remote, and then the screen
// runs for weeks: it must read what people type, and name what it cannot use instead of ignoring it.
import { describe, expect, it } from 'vitest';
import {
  caseSlideLesson,
  cleanOrganiserText,
  formatRange,
  KIOSK_INTERVAL,
  kioskQuery,
  ORGANISER_LIMITS,
  parseKioskParams,
  readRange,
  readTime,
  readTopics,
  scheduleState,
  type KioskTopicNames,
} from '../../src/lib/kiosk.ts';

const TOPICS: KioskTopicNames[] = [
  { id: 'life-passage', names: ['生命通道'], aliases: ['消防通道', '防盗窗'] },
  { id: 'gas', names: ['燃气安全', '燃气'], aliases: ['煤气', '天然气'] },
  { id: 'ebike', names: ['电动自行车'], aliases: ['电动车', '电瓶车'] },
  { id: 'crowded-places', names: ['人员密集场所与“九小场所”', '人员密集场所'], aliases: ['防盗窗', '踩踏'] },
  { id: 'evacuation', names: ['疏散逃生', '逃生'], aliases: ['踩踏'] },
];
const VERIFIED = new Set(['119', '120', '110', '122', '12350', '12345']);
const parse = (query: string) => parseKioskParams(query, TOPICS, VERIFIED);

describe('topics in the address', () => {
  it('accepts full-width commas, 、, spaces and Chinese names', () => {
    expect(parse('topics=gas，ebike').topics).toEqual(['gas', 'ebike']);
    expect(parse(`topics=${encodeURIComponent('燃气、电动车')}`).topics).toEqual(['gas', 'ebike']);
    expect(parse(`topics=${encodeURIComponent(' 燃气  电瓶车 ')}`).topics).toEqual(['gas', 'ebike']);
    expect(parse('topics=gas+ebike').topics).toEqual(['gas', 'ebike']);
    expect(parse(`topics=${encodeURIComponent('ＧＡＳ；生命通道')}`).topics).toEqual(['gas', 'life-passage']);
  });

  it('keeps the order asked and each topic once, and takes the setup form’s repeated parameter', () => {
    expect(parse('topics=ebike,gas,ebike').topics).toEqual(['ebike', 'gas']);
    expect(parse('topics=gas&topics=evacuation').topics).toEqual(['gas', 'evacuation']);
  });

  it('counts a search alias only when it names one topic', () => {
    expect(readTopics(['踩踏'], TOPICS)).toEqual({ topics: [], unknown: ['踩踏'] });
    expect(readTopics(['消防通道'], TOPICS).topics).toEqual(['life-passage']);
  });

  it('names unknown values in a notice and still plays the known ones', () => {
    const options = parse('topics=gas，abc，火锅');
    expect(options.topics).toEqual(['gas']);
    expect(options.chosen).toBe(true);
    expect(options.notices).toEqual([{ field: 'topics', problem: 'unknown', values: ['abc', '火锅'] }]);
  });

  it('plays every topic, and says why, when nothing asked for is known', () => {
    const options = parse('topics=nope');
    expect(options.topics).toEqual(TOPICS.map((topic) => topic.id));
    expect(options.chosen).toBe(false);
    expect(options.notices).toHaveLength(1);
  });

  it('plays every topic without a notice when none is asked for', () => {
    expect(parse('')).toMatchObject({ topics: TOPICS.map((topic) => topic.id), chosen: false, notices: [] });
  });
});

describe('the interval', () => {
  it('reads seconds as people write them', () => {
    expect(parse('interval=20').interval).toBe(20);
    expect(parse(`interval=${encodeURIComponent('２０秒')}`).interval).toBe(20);
    expect(parse('interval=20s').interval).toBe(20);
    expect(parse('').interval).toBe(KIOSK_INTERVAL.default);
  });

  it('falls back to the default, with a notice, for garbage, zero and negative values', () => {
    for (const value of ['abc', '-5', '0', 'NaN', 'Infinity', '1e999', '15;drop']) {
      const options = parse(`interval=${encodeURIComponent(value)}`);
      expect(options.interval, value).toBe(KIOSK_INTERVAL.default);
      expect(options.notices, value).toEqual([expect.objectContaining({ field: 'interval', problem: 'invalid', used: KIOSK_INTERVAL.default })]);
    }
  });

  it('keeps too short and huge intervals within bounds, saying so', () => {
    expect(parse('interval=1')).toMatchObject({ interval: KIOSK_INTERVAL.min, notices: [{ field: 'interval', problem: 'clamped', used: 5 }] });
    expect(parse('interval=99999999')).toMatchObject({ interval: KIOSK_INTERVAL.max, notices: [{ field: 'interval', problem: 'clamped', used: 120 }] });
  });
});

describe('layout, orientation and touch', () => {
  it('reads the layouts and orientations, in English or Chinese', () => {
    expect(parse('layout=ticker')).toMatchObject({ layout: 'ticker', orientation: 'auto' });
    expect(parse(`layout=${encodeURIComponent('条屏')}`).layout).toBe('ticker');
    expect(parse('layout=portrait')).toMatchObject({ layout: 'slides', orientation: 'portrait' });
    expect(parse(`orientation=${encodeURIComponent('竖屏')}`).orientation).toBe('portrait');
    expect(parse('').layout).toBe('auto');
  });

  it('never lets a value pick something by its prototype name', () => {
    const options = parse('layout=toString&orientation=constructor&touch=__proto__');
    expect(options).toMatchObject({ layout: 'auto', orientation: 'auto', touch: false });
    expect(options.notices.map((notice) => notice.field)).toEqual(['orientation', 'layout', 'touch']);
  });

  it('turns touch mode on for 1, true or yes', () => {
    expect(parse('touch=1').touch).toBe(true);
    expect(parse('touch=yes').touch).toBe(true);
    expect(parse('touch=0').touch).toBe(false);
  });
});

describe('the organiser’s name and notice', () => {
  it('keeps ordinary text as it is, full-width punctuation included', () => {
    const options = parse(`org=${encodeURIComponent('幸福街道办事处')}&note=${encodeURIComponent('6月16日 9:00 社区广场 安全咨询，欢迎参加')}`);
    expect(options).toMatchObject({ org: '幸福街道办事处', note: '6月16日 9:00 社区广场 安全咨询，欢迎参加', notices: [] });
  });

  it('takes out telephone numbers that are not on the verified list, and keeps verified ones', () => {
    const options = parse(`note=${encodeURIComponent('咨询电话 13800138000，火警119')}`);
    expect(options.note).not.toMatch(/1380013/);
    expect(options.note).toContain('119');
    expect(options.notices).toEqual([{ field: 'note', problem: 'phone' }]);
    expect(cleanOrganiserText('热线：０２１－１２３４５６７８', 40, VERIFIED).text).not.toMatch(/12345678/);
    expect(cleanOrganiserText('举报打12345', 40, VERIFIED)).toMatchObject({ text: '举报打12345', phone: false });
  });

  it('cuts 10,000 characters down to one line, saying so', () => {
    const long = '安'.repeat(10_000);
    const options = parse(`org=${long}&note=${long}`);
    expect(Array.from(options.org)).toHaveLength(ORGANISER_LIMITS.org);
    expect(Array.from(options.note)).toHaveLength(ORGANISER_LIMITS.note);
    expect(options.notices).toEqual([
      { field: 'org', problem: 'too-long', max: ORGANISER_LIMITS.org },
      { field: 'note', problem: 'too-long', max: ORGANISER_LIMITS.note },
    ]);
  });

  it('returns plain text: markup stays characters, control and direction marks go', () => {
    const { text } = cleanOrganiserText('<img src=x onerror=alert(1)>\u202e\u0007社区', 100, VERIFIED);
    expect(text).toBe('<img src=x onerror=alert(1)> 社区');
  });

  it('names a 10,000-character topic list briefly', () => {
    const options = parse(`topics=${'x'.repeat(10_000)}`);
    expect(options.notices).toEqual([{ field: 'topics', problem: 'unknown', values: [`${'x'.repeat(12)}…`] }]);
  });
});

describe('the schedule, on the screen’s local time', () => {
  it('reads times and ranges as people write them', () => {
    expect(readTime('7')).toBe(420);
    expect(readTime('07:30')).toBe(450);
    expect(readTime('７：３０')).toBe(450);
    expect(readTime('22点')).toBe(1320);
    expect(readTime('25:00')).toBeUndefined();
    expect(readRange('7:00-22:00')).toEqual([420, 1320]);
    expect(readRange('20:00～6:30')).toEqual([1200, 390]);
    expect(readRange('7点到22点')).toEqual([420, 1320]);
    expect(readRange('7-7')).toBeUndefined();
    expect(formatRange([1200, 390])).toBe('20:00-6:30');
  });

  it('plays in its hours, dims at night and goes dark outside its hours, across midnight too', () => {
    const schedule = { hours: readRange('6:00-23:00'), dim: readRange('20:00-7:00') };
    expect(scheduleState(schedule, 12 * 60)).toBe('on');
    expect(scheduleState(schedule, 21 * 60)).toBe('dim');
    expect(scheduleState(schedule, 6 * 60 + 30)).toBe('dim');
    expect(scheduleState(schedule, 23 * 60 + 30)).toBe('off');
    expect(scheduleState(schedule, 3 * 60)).toBe('off');
    expect(scheduleState({}, 3 * 60)).toBe('on');
  });

  it('ignores a schedule it cannot read, saying so, and keeps playing', () => {
    const options = parse('hours=soon&dim=99:00-1');
    expect(options.schedule).toEqual({});
    expect(options.notices.map((notice) => notice.field)).toEqual(['hours', 'dim']);
    expect(scheduleState(options.schedule, 3 * 60)).toBe('on');
  });
});

describe('the setup page’s address', () => {
  it('leaves defaults out and round-trips through the reader', () => {
    expect(kioskQuery({ interval: 15, layout: 'auto', orientation: 'auto' })).toBe('');
    const query = kioskQuery({
      topics: ['gas', 'ebike'],
      interval: 20,
      layout: 'ticker',
      touch: true,
      org: '幸福社区',
      hours: '7:00-22:00',
      dim: '20:00-7:00',
    });
    const options = parse(query.slice(1));
    expect(options).toMatchObject({ topics: ['gas', 'ebike'], interval: 20, layout: 'ticker', touch: true, org: '幸福社区', notices: [] });
    expect(options.schedule).toEqual({ hours: [420, 1320], dim: [1200, 420] });
  });
});

describe('case slides', () => {
  it('show the title and the first lesson that fits in 60 characters', () => {
    expect(caseSlideLesson('x', '某地火灾', ['长'.repeat(57), '短的教训'])).toBe('短的教训');
  });

  it('stop the build, naming the case, when no lesson fits', () => {
    expect(() => caseSlideLesson('some-case', '题'.repeat(30), ['长'.repeat(31)])).toThrow(/content\/cases\/some-case\.mdx/);
  });
});
