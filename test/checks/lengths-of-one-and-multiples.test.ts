import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Posted 2025-03-14') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a length of one unit said with `a`', () => {
  it('counts against a translation of two (`within a year` against `两年内`)', () => {
    expect(alarms('Members may visit the gardens as often as they like within a year of joining.', '会员入会后两年内可不限次数参观园林。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "a year" \(1 year\) vs ZH "两年" \(2 years\): differ/)]);
    expect(alarms('Repairs to the pier will take about a month, the operator said.', '运营方表示，码头维修约需三个月。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "a month" \(≈1 month\) vs ZH "三个月" \(3 months\): differ/)]);
  });

  it('agrees with one, half again, a year or two, and more than a year as the Chinese writes them', () => {
    expect(alarms('Members may visit the gardens as often as they like within a year of joining.', '会员入会后一年内可不限次数参观园林。', 'number-mismatch')).toEqual([]);
    expect(alarms('The new pier took a year and a half to build.', '新码头建设用了一年半。', 'number-mismatch')).toEqual([]);
    expect(alarms('Repairs to the pier will take a year or two.', '码头维修需要一两年。', 'number-mismatch')).toEqual([]);
    expect(alarms('It has been more than a year since the pier closed.', '码头关闭已有一年多。', 'number-mismatch')).toEqual([]);
  });

  it('is no length where it is a rate (`twice a year`)', () => {
    expect(alarms('The gardens hold a flower show twice a year, in spring and autumn.', '园林每年春秋两季举办两次花展。', 'number-mismatch')).toEqual([]);
  });
});
