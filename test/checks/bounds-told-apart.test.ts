import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('limits a translation states either way', () => {
  it.each([
    ['The new line runs at up to 300 km/h.', '新线路最高时速300公里。'],
    ['Winds of up to 120 km/h are forecast.', '预计最大风速每小时120公里。'],
    ['Peak output reaches up to 40 kW.', '峰值功率40千瓦。'],
  ])('agree: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('a bound denied by the verb', () => {
  it('binds nothing: the other side may word the limit either way', () => {
    expect(findings('Do not take this syrup for more than 5 days.', '本糖浆连续服用不超过5天。')).toEqual([]);
    expect(findings('You must not carry more than 2 bags.', '每人携带行李不得超过2件。')).toEqual([]);
    expect(findings('Do not store the cells above 40°C.', '请勿在40°C以上存放电池。')).toEqual([]);
  });

  it('leaves a bound that is not denied as it is', () => {
    expect(findings('Take this syrup for more than 5 days.', '本糖浆连续服用不超过5天。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('a multiple of what is named between its bound and its value', () => {
  it.each([
    ['Exports are now nearly eight times those of 2005.', '出口额已接近2005年的八倍。'],
    ['Profit was more than three times last year\'s.', '利润超过去年的三倍。'],
    ['Output at the plant nearby is twice that of the old one.', '附近工厂的产量是旧厂的两倍。'],
  ])('agrees: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('bounds written with 于', () => {
  it('are told when they run opposite ways', () => {
    expect(findings('Tuition rises by at most 4 percent.', '学费涨幅不低于4%。')).toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
    expect(findings('Tuition rises by at least 4 percent.', '学费涨幅不低于4%。')).toEqual([]);
  });
});

describe('a range of how often', () => {
  it('reads the whole range', () => {
    expect(findings('Apply the cream 2 to 3 times a day.', '每日涂抹2至3次。')).toEqual([]);
    expect(findings('Apply the cream 2 to 3 times a day.', '每日涂抹3至4次。')).not.toEqual([]);
  });
});

describe('a limit written after the value, far into its sentence', () => {
  it('is read where the window of words before reaches farther than the value\'s own text', () => {
    expect(findings('Under the policy each insured person may claim hospital benefits for no more than 180 days a year.',
      '根据该保单，每位受保人每年可申领住院津贴的天数以180天为限。')).toEqual([]);
    expect(findings('In the survey of households across the three districts, less than a quarter owned a car.',
      '在对三个区的住户所做的调查中，拥有汽车的住户4分之1都不到。')).toEqual([]);
  });
});
