// More of the telephone-number rules (src/lib/validator/phones.ts), at their edges: the cases
// phone-numbers.test.ts does not reach, found by mutation testing. A number the check misses can put a
// wrong number in front of someone in trouble; a number it invents stops the build for nothing.
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, telLinkNumber } from '../../src/lib/validator/phones.ts';

const numbers = (text: string) => findPhoneNumbers(text).map((hit) => hit.number);

describe('the digits of a number', () => {
  it('+86 or 86 is dropped only in front of a mobile number, never from inside one', () => {
    expect(numbers('物业 8613812345678')).toEqual(['13812345678']);
    expect(numbers('物业 138 8612 3456')).toEqual(['13886123456']);
    expect(numbers('客服 400 861 2345')).toEqual(['4008612345']);
  });
});

describe('numbers side by side', () => {
  it('the parts of a spaced mobile number are not numbers of their own, even after a calling word', () => {
    expect(findPhoneNumbers('拨打 138 1234 5678')).toEqual([{ index: 3, raw: '138 1234 5678', number: '13812345678' }]);
  });

  it('are listed in the order they stand in the text, whichever rule found them', () => {
    expect(numbers('先拨打119，不通再打12345')).toEqual(['119', '12345']);
    expect(findPhoneNumbers('先拨打119，不通再打12345').map((hit) => hit.index)).toEqual([3, 11]);
  });

  it('each calling word counts for the number after it, however many came before', () => {
    expect(numbers('拨打119。打120')).toEqual(['119', '120']);
    expect(numbers('拨打119，报警110，急救打120')).toEqual(['119', '110', '120']);
  });
});

describe('what follows or stands before a number', () => {
  it('a unit after a service-line number makes it a count, but a name after a mobile number does not', () => {
    expect(numbers('联系13812345678张师傅')).toEqual(['13812345678']);
    expect(numbers('客服400-123-4567转2号')).toEqual(['4001234567']);
  });

  it('第 just before a service-line number makes it an ordinal, even without a unit after it', () => {
    expect(numbers('他排在第12345，')).toEqual([]);
    expect(numbers('见第12345。')).toEqual([]);
    expect(numbers('第 12345')).toEqual(['12345']);
  });

  it('a count after a calling word is still a count', () => {
    expect(numbers('每年报警 3000 多起')).toEqual([]);
    expect(numbers('拨打电话 300 次')).toEqual([]);
  });

  it('a number in brackets after a calling word is a reference, not a number', () => {
    expect(numbers('举报见〔301〕')).toEqual([]);
    expect(numbers('举报见[301]')).toEqual([]);
  });

  it('a decimal or a range after a calling word is not a number', () => {
    expect(numbers('电话 3.119')).toEqual([]);
    expect(numbers('报警人数 100-200')).toEqual([]);
    expect(numbers('报警比例 1/120')).toEqual([]);
  });

  it('only a whole four-digit year is a year: five or six digits starting 19 or 20 are numbers', () => {
    expect(numbers('咨询电话 20221')).toEqual(['20221']);
    expect(numbers('咨询电话 312019')).toEqual(['312019']);
    expect(numbers('咨询电话 1999')).toEqual([]);
  });
});

describe('how long a short number may be', () => {
  it('three to eight digits; longer runs of digits are not numbers', () => {
    expect(numbers('拨打 12345678')).toEqual(['12345678']);
    expect(numbers('拨打 123456789')).toEqual([]);
    expect(numbers('拨打 12')).toEqual([]);
  });

  it('the calling word must stand within the 12 characters before the number', () => {
    expect(numbers('拨打一二三四五六七八九十302')).toEqual(['302']);
    expect(numbers('拨打一二三四五六七八九十甲乙302')).toEqual([]);
  });
});

describe('the number a telephone link calls, more cases', () => {
  it('86 is dropped only from the front', () => {
    expect(telLinkNumber('tel:010-86123456')).toBe('01086123456');
  });

  it('the number is what stands after the scheme, all of it', () => {
    expect(telLinkNumber('tel:12345')).toBe('12345');
    expect(telLinkNumber('tel:\n119')).toBe('119');
    expect(telLinkNumber('wtai://wp/mc;+8613812345678')).toBe('13812345678');
  });
});
