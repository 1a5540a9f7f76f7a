import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const dateFindings = (en: string, zh: string) => align(`Posted 14 May 2031\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message);

describe('a range of clock times told as its two ends', () => {
  it.each([
    ['The library opens from 9 a.m. to 9 p.m.', '图书馆上午9点开门，晚上9点闭馆。'],
    ['The stalls trade from 6 p.m. to 2 a.m.', '摊位从下午6点一直营业到凌晨2点。'],
  ])('agrees: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['The library opens from 9 a.m. to 9 p.m.', '图书馆上午10点开门，晚上9点闭馆。'],
    ['The library opens from 9 a.m. to 9 p.m.', '图书馆上午9点开门，晚上8点闭馆。'],
  ])('tells a slip: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([expect.stringMatching(/hour differs/)]);
  });
});

describe('a day against a range of hours on the other day', () => {
  it('still tells the weekday, in a text that gives no year', () => {
    const text = 'The office will open on Saturday, May 17, from 9am to 12 noon to handle about 600 bookings.\n\n办事处将于五月十七日（星期日）上午九时至中午十二时开放，处理约六百个预约。\n';
    expect(align(text, { entities: false }).findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message))
      .toEqual([expect.stringMatching(/weekday differs/)]);
  });
});
