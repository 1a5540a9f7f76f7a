import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => f.message);

describe('a change in percentage points against the two percentages it lies between', () => {
  it.each([
    ['Retail sales grew 3.2 percent in August, up from 2.7 percent in July.', '8月份社会消费品零售总额同比增长3.2%，增速比7月加快0.5个百分点。'],
    ['Export growth slowed to 1.8 percent, from 4.6 percent a month earlier.', '出口同比增长1.8%，增速比上月回落2.8个百分点。'],
    ['Imports rose 0.9 percentage points faster than in May, at 6.1 percent.', '进口增长6.1%，5月份为5.2%。'],
  ])('%s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    // the points are not the difference of the two rates
    ['Retail sales grew 3.2 percent in August, up from 2.7 percent in July.', '8月份社会消费品零售总额同比增长3.2%，增速比7月加快0.7个百分点。'],
    // no second rate on the other side to take a difference from
    ['Retail sales grew 2.7 percent in July.', '7月份社会消费品零售总额增速加快0.5个百分点。'],
  ])('a finding for %s', (en, zh) => {
    expect(numberFindings(en, zh)).not.toEqual([]);
  });
});
