import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a length of one in words under a bound on both sides', () => {
  it.each([
    ['The clinic was built in less than a year, the council said.', '市议会表示，这家诊所在不到两年内建成。'],
    ['The trial ran for more than one month.', '试验持续了超过三个月。'],
  ])('is weighed against the other side\'s length: %s', (en, zh) => {
    expect(findings(en, zh, 'number-mismatch')).toEqual([expect.stringMatching(/^error .*differ/)]);
  });

  it.each([
    ['The clinic was built in less than a year, the council said.', '市议会表示，这家诊所在不到一年内建成。'],
    // a bound on one side only, the other side's length the same
    ['A year on, 2 in 3 shops have reopened.', '一年过去了，三分之二的商店已重新开业。'],
    // other units: twelve months is a year
    ['The clinic was built in less than a year.', '这家诊所在不到十二个月内建成。'],
  ])('finds nothing wrong with %s', (en, zh) => {
    expect(findings(en, zh, 'number-mismatch')).toEqual([]);
  });
});

describe('hours of one day written with the day', () => {
  it('are weighed against hours the other side writes apart from the day', () => {
    expect(findings('The open day on Saturday, October 12, runs from 9 a.m. to 4 p.m.', '开放日定于10月12日（星期六）上午9时至下午5时举行。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*hour differs/)]);
  });

  it.each([
    ['The open day on Saturday, October 12, runs from 9 a.m. to 5 p.m.', '开放日定于10月12日（星期六）上午9时至下午5时举行。'],
    ['The sale runs on March 3 from 10 am to 2 pm.', '特卖于3月3日上午10时至下午2时举行。'],
  ])('finds nothing wrong with %s', (en, zh) => {
    expect(findings(en, zh, 'date-mismatch')).toEqual([]);
  });

  it('tells a day changed with the hours', () => {
    expect(findings('The sale runs on March 3 from 10 am to 2 pm.', '特卖于3月4日上午10时至下午2时举行。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*day differs/)]);
  });
});

describe('`over` before a single length of time', () => {
  it.each([
    ['The scheme could raise farm incomes by 3 percentage points over a decade.', '该计划可在十年内使农民收入提高3个百分点。'],
    ['Exports grew 6% over a year of weak demand.', '在需求疲弱的一年里，出口增长6%。'],
  ])('may be the span the change took: %s', (en, zh) => {
    expect(findings(en, zh, 'number-mismatch')).toEqual([]);
  });

  it.each([
    ['The tenants have lived there for over a decade.', '租户在那里住了十年。'],
  ])('is more than it after `for`: %s', (en, zh) => {
    expect(findings(en, zh, 'number-mismatch')).toEqual([expect.stringMatching(/^warning .*lower bound/)]);
  });
});

describe('values bounded alike', () => {
  it('are matched first, leaving a bound the other way to end a range', () => {
    expect(findings('The fee is doubled if payment is late by between one and three months, and tripled if it is late by more than three months.',
      '逾期超过一个月但不超过三个月缴付的，费用加倍；逾期超过三个月的，费用增至三倍。', 'number-mismatch')).toEqual([]);
  });
});
