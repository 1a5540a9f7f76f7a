import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const quantityFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'number-mismatch' || f.ruleId === 'money-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('bounds that stand apart from their value', () => {
  it.each([
    // after a unit the value's fact leaves out
    ['Cabin noise must stay below 65 decibels.', '舱内噪音须保持在65分贝以下。'],
    ['Rooms must be lit at over 300 lux.', '房间照度须在300勒克斯以上。'],
    ['Carry-on bottles of 100 ml or less are allowed.', '可随身携带100毫升或以下的瓶子。'],
    // 最高 before a verb of raising or lending
    ['The allowance will rise by up to 2.5 times.', '津貼最高加碼2.5倍。'],
    ['Buyers may borrow up to 60% of the price.', '買家最高可借按揭六成。'],
    // a comparison with a thing the value measures, on both sides
    ['Profit was slightly below the 12.4 billion yuan analysts expected.', '利润略低于分析师预期的124亿元。'],
    ['Net income came in above the 3.1 billion dollar forecast.', '净利润高于31亿美元的预测。'],
    // a bound glued to the value by a hyphen
    ['The over-ten-year bond yield fell.', '10年期以上债券收益率下跌。'],
    ['Rides are free for under-6s.', '6岁以下儿童免费乘车。'],
  ])('agree with the same bound on the other side: %s', (en, zh) => {
    expect(quantityFindings(en, zh).filter((f) => !f.startsWith('info'))).toEqual([]);
  });

  it.each([
    // the bound after the unit is still a bound the other side drops
    ['Cabin noise must stay at 65 decibels.', '舱内噪音须保持在65分贝以下。', /ZH gives an upper bound/],
    ['Buyers may borrow up to 70% of the price.', '買家最高可借按揭六成。', /differ/],
    // a comparison the English does not make
    ['Profit reached the 12.4 billion yuan analysts expected.', '利润略低于分析师预期的124亿元。', /ZH gives an upper bound/],
    ['The ten-year bond yield fell.', '10年期以上债券收益率下跌。', /ZH gives a lower bound/],
  ])('still tell: %s', (en, zh, message) => {
    expect(quantityFindings(en, zh).filter((f) => !f.startsWith('info'))).toEqual([expect.stringMatching(message)]);
  });
});
