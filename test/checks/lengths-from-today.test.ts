import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

/** Findings of a pair written on 7 November 2016 (a Monday), infos included. */
const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false, referenceDate: '2016-11-07' }).findings
  .filter((f) => f.ruleId === 'date-mismatch' || f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a date counted from today against a length of time on the other side', () => {
  it.each([
    ['The depot will shut within 30 days, the operator said.', '运营商表示，车厂将在30天内关闭。'],
    ['The survey is due in two weeks.', '调查报告两周后到期。'],
    ['The bridge reopens in three months.', '大桥三个月后重新开放。'],
    ['Fares will rise over the next five years.', '未来五年票价将上涨。'],
    ['Two weeks later the pumps were fixed.', '两周后水泵修好了。'],
  ])('%s has its counterpart', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells a length written with another count, once', () => {
    expect(findings('The depot will shut within 30 days.', '车厂将在20天内关闭。')).toContain(
      'warning EN "within 30 days" (7 November 2016 – 7 December 2016) vs ZH "20天" (20 days): 30 days against 20 days',
    );
    const slip = findings('The survey is due in two weeks.', '调查报告三周后到期。');
    expect(slip.filter((f) => f.startsWith('warning'))).toEqual([
      'warning EN "two weeks" (2 weeks) vs ZH "三周后" (28 November 2016): 2 weeks against 3 weeks',
    ]);
  });

  it('says nothing of a length in another unit, which is no slip of the count', () => {
    expect(findings('The survey is due in two weeks.', '调查报告两个月后到期。').filter((f) => f.startsWith('warning'))).toEqual([]);
  });

  it('does not take a length the date\'s own side also gives as the slipped one', () => {
    // The 20 days of the Chinese are the English 20 days; the 30 days have no counterpart.
    const found = findings('Built over 20 days, the shed will be taken down within 30 days.', '这座棚屋用20天建成，将被拆除。');
    expect(found.filter((f) => f.startsWith('warning'))).toEqual([]);
    expect(found.some((f) => f.includes('"within 30 days"') && f.includes('no counterpart'))).toBe(true);
  });

  it('weighs no date of the other side against a date its length already matches', () => {
    // The Chinese adds a year the English leaves out: a note, not a year that differs.
    expect(findings('Engineers expect the tunnel to open within 20 years.', '工程师预计隧道将在20年内通车，该计划始于2008年。')).toEqual([
      'info ZH "2008年" (2008) has no counterpart in the English',
    ]);
  });

  it('still tells two dates counted back by different lengths', () => {
    expect(findings('Prices fell three days ago.', '价格五天前下跌。')).toEqual([
      'error EN "three days ago" (4 November 2016) vs ZH "五天前" (2 November 2016): day differs',
    ]);
  });
});
