// Finding telephone numbers in text (src/lib/validator/phones.ts): the site only ever shows numbers on the
// verified list, because a wrong number sends someone in trouble to a stranger. These are the shapes and
// contexts that make a number a telephone number, and the ones that do not.
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, telLinkNumber, unverifiedPhoneNumbers } from '../../src/lib/validator/phones.ts';

const numbers = (text: string) => findPhoneNumbers(text).map((hit) => hit.number);

describe('numbers that are telephone numbers by their shape', () => {
  it('a mobile number, however it is spaced, with or without +86', () => {
    expect(numbers('物业13812345678')).toEqual(['13812345678']);
    expect(numbers('物业 138 1234 5678')).toEqual(['13812345678']);
    expect(numbers('物业 138-1234-5678')).toEqual(['13812345678']);
    expect(numbers('物业 +86 138 1234 5678')).toEqual(['13812345678']);
    expect(numbers('物业 86-13812345678')).toEqual(['13812345678']);
  });

  it('a number with its area code, in brackets or not', () => {
    expect(numbers('值班室010-12345678')).toEqual(['01012345678']);
    expect(numbers('值班室 0551 1234567')).toEqual(['05511234567']);
    expect(numbers('值班室(0551)1234567')).toEqual(['05511234567']);
    expect(numbers('值班室（0551）12345678')).toEqual(['055112345678']);
  });

  it('a 400 or 800 number', () => {
    expect(numbers('客服400-123-4567')).toEqual(['4001234567']);
    expect(numbers('客服 800 123 4567')).toEqual(['8001234567']);
  });

  it('a 5-digit service line: 12xxx, 95xxx, 96xxx', () => {
    expect(numbers('可以打12315。也可以找95598或96777')).toEqual(['12315', '95598', '96777']);
  });

  it('says where each number starts and how it was written, in order', () => {
    expect(findPhoneNumbers('先打 138 1234 5678，再打96777')).toEqual([
      { index: 3, raw: '138 1234 5678', number: '13812345678' },
      { index: 19, raw: '96777', number: '96777' },
    ]);
  });
});

describe('numbers that only look like telephone numbers', () => {
  it('a count, an amount or a date: a number followed by a unit', () => {
    expect(numbers('共12345人受灾')).toEqual([]);
    expect(numbers('损失95000元')).toEqual([]);
    expect(numbers('12350 名志愿者')).toEqual([]);
  });

  it('a clause number: 第12345号', () => {
    expect(numbers('第12345号文件')).toEqual([]);
  });

  it('a number inside a longer one, a decimal, a range or a standard', () => {
    expect(numbers('编号1381234567890')).toEqual([]);
    expect(numbers('3.13812345678')).toEqual([]);
    expect(numbers('GB 12345-2008')).toEqual([]);
    expect(numbers('2.96777')).toEqual([]);
  });

  it('a short number with no word about calling near it', () => {
    expect(numbers('第三章共有119条')).toEqual([]);
    expect(numbers('房间 302 在三楼')).toEqual([]);
  });
});

describe('short numbers that are telephone numbers in context', () => {
  it('after a word about calling, in the same sentence', () => {
    expect(numbers('着火了拨打119')).toEqual(['119']);
    expect(numbers('报警：110')).toEqual(['110']);
    expect(numbers('Call 911 now')).toEqual(['911']);
    expect(numbers('求助电话是 12119')).toEqual(['12119']);
  });

  it('before a word about calling', () => {
    expect(numbers('96119热线')).toEqual(['96119']);
    expect(numbers('记住 110 报警')).toEqual(['110']);
    expect(numbers('记住 4321 hotline')).toEqual(['4321']);
  });

  it('not when the calling word ended an earlier sentence, or stands further back', () => {
    expect(numbers('请拨打电话。302 房间有人')).toEqual([]);
    expect(numbers('拨打以后请耐心等候回答，房间号是302')).toEqual([]);
  });

  it('not a year, nor a year in a document number', () => {
    expect(numbers('电话 2022 年改过')).toEqual([]);
    expect(numbers('咨询电话 2022')).toEqual([]);
    expect(numbers('举报依据国办发〔2020〕53号')).toEqual([]);
    expect(numbers('举报依据[2020]')).toEqual([]);
  });

  it('the same number found twice by two rules is reported once', () => {
    expect(findPhoneNumbers('拨打12345')).toHaveLength(1);
  });
});

describe('numbers not on the verified list', () => {
  it('are the ones reported', () => {
    const verified = new Set(['119', '12345']);
    expect(unverifiedPhoneNumbers('拨打119或12345，也可拨打96777', verified).map((hit) => hit.number)).toEqual(['96777']);
    expect(unverifiedPhoneNumbers('拨打119', verified)).toEqual([]);
  });
});

describe('the number a telephone link calls', () => {
  it('tel:, in any case, with separators, +86 or encoded characters', () => {
    expect(telLinkNumber('tel:119')).toBe('119');
    expect(telLinkNumber('TEL:119')).toBe('119');
    expect(telLinkNumber(' Tel : 119')).toBe('119');
    expect(telLinkNumber('tel:+8613812345678')).toBe('13812345678');
    expect(telLinkNumber('tel:8613812345678')).toBe('13812345678');
    expect(telLinkNumber('tel:138-1234-5678')).toBe('13812345678');
    expect(telLinkNumber('tel:%2B86%20139%201234%205678')).toMatch(/13912345678$/);
    expect(telLinkNumber('tel:(010) 1234.5678')).toBe('01012345678');
  });

  it('other ways to call or text: callto:, sms:, facetime:, wtai:', () => {
    expect(telLinkNumber('callto:96333')).toBe('96333');
    expect(telLinkNumber('sms:12345?body=你好')).toBe('12345');
    expect(telLinkNumber('facetime-audio:12345')).toBe('12345');
    expect(telLinkNumber('tel://119')).toBe('119');
    expect(telLinkNumber('wtai://wp/mc;119')).toBe('119');
    expect(telLinkNumber('tel:119;ext=2')).toBe('119');
    expect(telLinkNumber('tel:119,2')).toBe('119');
  });

  it('a link that cannot be decoded is read as written', () => {
    expect(telLinkNumber('tel:119%')).toBe('119%');
  });

  it('is nothing for web and mail links', () => {
    expect(telLinkNumber('https://example.cn/tel:119')).toBeUndefined();
    expect(telLinkNumber('mailto:a@example.cn')).toBeUndefined();
    expect(telLinkNumber('../gas/#leak')).toBeUndefined();
  });
});
