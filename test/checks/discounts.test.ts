import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts as zhFacts } from '../locales/zh/describe-facts.js';

const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a price in 折 against the cut English gives', () => {
  it.each([
    ['Winter clearance: 30% off every coat.', '冬季清仓：所有大衣一律七折。'],
    ['Card holders receive a 15% discount.', '持卡人可享八五折优惠。'],
    ['Everything in store is 40% off this weekend.', '本周末全场六折。'],
  ])('agrees: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it.each([
    ['Winter clearance: 20% off every coat.', '冬季清仓：所有大衣一律七折。'],
    ['Card holders receive a 10% discount.', '持卡人可享八五折优惠。'],
  ])('tells another cut: %s', (en, zh) => {
    expect(findings(en, zh)).toHaveLength(1);
  });

  it('keeps 折 the price paid where English gives the price', () => {
    expect(findings('Members pay 85% of the list price.', '会员按原价八五折购买。')).toEqual([]);
    expect(zhFacts('本周末全场六折')).toContain('percent 六折 60 %');
  });
});

describe('a bound on a price in 折 against a bound on the cut', () => {
  it('turns round with the cut: at least 70% paid is at most 30% off', () => {
    expect(findings('The chain offers discounts of up to 30 percent on more than 900 gift packs.', '超市推出逾900款礼盒，最低七折优惠。')).toEqual([]);
  });

  it('tells a bound the same way round on both', () => {
    expect(findings('The chain offers discounts of at least 30 percent on more than 900 gift packs.', '超市推出逾900款礼盒，最低七折优惠。'))
      .toEqual([expect.stringMatching(/opposite directions/)]);
  });
});

describe('prices in 折 of two digits and ranges of them', () => {
  it('read 85折 as 85% paid, and a range with 折 after one end or both', () => {
    expect(zhFacts('会员享85折优惠')).toContain('percent 85折 85 %');
    expect(zhFacts('全线75折至9折')).toContain('percent 75折至9折 75..90 %');
    expect(zhFacts('门票7至9折')).toContain('percent 7至9折 70..90 %');
    // no price: 10折, 50折, a count before 折合
    expect(zhFacts('10折').join()).not.toContain('percent');
    expect(zhFacts('共85人，折合').join()).not.toContain('percent');
  });

  it('meet the cuts the English gives', () => {
    expect(findings('Advance tickets are 10 to 25 percent off on 60 of the sailings.', '60个航班的预售票享75折至9折优惠。')).toEqual([]);
    expect(findings('Members get 15 percent off.', '会员享85折。')).toEqual([]);
    expect(findings('Advance tickets are 10 to 35 percent off on 60 of the sailings.', '60个航班的预售票享75折至9折优惠。')).toHaveLength(1);
  });
});
