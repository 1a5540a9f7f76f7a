import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('an ordinal of a run and the length of the run', () => {
  it.each([
    ['Factory output grew for a sixth straight month in May.', '5月工厂产出连续六个月增长。'],
    ['Factory output grew for six consecutive months.', '工厂产出连续第六个月增长。'],
    ['Rents fell for the third year in a row.', '租金连续三年下降。'],
    ['Sales rose for a second straight week.', '销量连续第二周上升。'],
    ['Sales rose for a second straight quarter.', '销量连续两个季度上升。'],
  ])('agree: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it.each([
    ['Factory output grew for a sixth straight month in May.', '5月工厂产出连续五个月增长。'],
    ['Rents fell for the third year in a row.', '租金连续四年下降。'],
  ])('are told when they differ: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([expect.stringMatching(/^error .*differ/)]);
  });

  it('leaves an ordinal of no run an ordinal', () => {
    // `the sixth month` of a plan is a month of it, not six months of anything
    expect(findings('The plan enters its sixth month.', '该计划进入第六个月。')).toEqual([]);
  });
});
