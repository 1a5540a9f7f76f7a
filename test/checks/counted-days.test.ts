import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

/** Number findings above info of a pair written on Thursday 25 April 2024. */
const alarms = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false, referenceDate: '2024-04-25' }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a day told by no number', () => {
  it('vouches for no number of the other side with the numbers of the day it was counted to', () => {
    // 周三 is 24 April: its month is no `four`
    expect(alarms('The vouchers will be issued in four rounds, the bureau said on Wednesday.', '商务局周三表示，消费券将分五轮发放。'))
      .toEqual(['error EN "four" (4) vs ZH "五" (5): differ']);
  });

  it('is no year to leave against a length of time', () => {
    expect(alarms('Bond futures have risen for seven straight weeks since the start of the year.', '今年以来，国债期货已连续五周上涨。'))
      .toEqual([expect.stringMatching(/^error .*"seven straight weeks".*"五周".*differ/)]);
  });

  it('leaves the numbers a date writes to vouch as before', () => {
    expect(alarms('The vouchers will be issued from April 27.', '消费券将于4月27日起发放。')).toEqual([]);
  });
});
