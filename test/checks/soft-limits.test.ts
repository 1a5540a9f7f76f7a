import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('limits a translation may state as a bound or not', () => {
  it.each([
    ['Visitors must be aged 16 or above to enter the studio.', '参观者须年满16岁方可进入演播室。'],
    ['The private room can seat up to 14 diners.', '包间可容纳14位食客。'],
    ['The new quay takes ships of up to 150,000 tonnes.', '新码头可停靠15万吨级船舶。'],
    ['Each shuttle carries up to 40 passengers.', '每辆接驳车可搭载40名乘客。'],
    ['Purchases over ¥300 ship free.', '满300元包邮。'],
    ['Claims are paid up to 5 million yuan a year.', '每年理赔限额500万元。'],
    ['Each stay may last no more than 180 days.', '每次停留以180天为限。'],
    ['The pension was less than a quarter of the wage.', '养老金连工资的4分之1都不到。'],
    ['Every school lies within 2 km of a bus stop.', '每所学校距公交站不超过2公里。'],
    ['The train arrived over four hours late.', '列车晚点4小时以上。'],
    ['The rent almost doubled in five years.', '五年间租金几乎翻了一番。'],
    ['Applicants must score 7.0 or above, with no band below 6.5.', '申请人总分须达7.0分或以上，单项不低于6.5分。'],
  ])('agree: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['Children 5 and under ride free.', '5周岁（含）以下儿童免费乘车。'],
    ['Passengers delayed 3 hours or more get a meal voucher.', '延误3小时(含)以上的旅客可获餐券。'],
    ['Applicants must be under 30.', '申请人须未满30周岁。'],
  ])('a bound with the number included, or 未满: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['Sales rose more than 12% in June.', '6月销售额增长12%。', /^warning .*EN gives a lower bound/],
    ['Each tour takes up to 40 visitors.', '每团接待40名游客。', /^warning .*EN gives an upper bound/],
    ['Children 5 and under ride free.', '5周岁（含）以上儿童免费乘车。', /^warning .*opposite directions/],
  ])('still a bound slip: %s', (en, zh, message) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(message)]);
  });
});

describe('two approximate values rounded to one digit', () => {
  it.each([
    ['Roughly 3 million people voted.', '约297.6万人参加投票。'],
    ['About 5 billion yuan was raised.', '共筹集约49.2亿元。'],
  ])('agree: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['Roughly 3 million people voted.', '约340万人参加投票。'],
    ['3 million people voted.', '297.6万人参加投票。'],
    ['About 30 people voted.', '约31人参加投票。'],
  ])('still differ where apart or exact: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(/^error /)]);
  });
});

describe('a bound before the whole a share is of, without 的', () => {
  it('reads 不到 across 全国 to the share', () => {
    expect(numberFindings('The delta holds less than 2 percent of the land.', '该三角洲以不到全国2%的土地……')).toEqual([]);
  });

  it('still tells a bound the English leaves out', () => {
    expect(numberFindings('The delta holds 2 percent of the land.', '该三角洲以不到全国2%的土地……')).toEqual([expect.stringMatching(/^warning .*ZH gives an upper bound/)]);
  });
});

describe('a cap set by 上限定为 before what a share is of', () => {
  it('bounds the share as the English cap does', () => {
    expect(numberFindings('The rules cap booking fees at 15 percent of the fare.', '新规将订票手续费上限定为票价的15%。')).toEqual([]);
  });
});

describe('bounds that stand apart from their value', () => {
  it.each([
    // a bound before a whole with a figure of its own, then the share
    ['The burned area is less than 2 percent of the county\'s 1.6 million hectares of forest.', '过火面积不到全县160万公顷森林面积的2%。'],
    // a word of approximation before the verb of what the length took
    ['"It took the crew almost a month."', '“船员们差不多用了一个月。”'],
    // the English bound before the level a value names, a word of it in quotes
    ['Stocks are now close to the "safe reserve" level of 12 million tonnes.', '库存已接近1200万吨的安全储备水平。'],
  ])('meet the other side\'s bound: %s', (en, zh) => {
    expect(numberFindings(en, zh).filter((f) => !f.startsWith('info'))).toEqual([]);
  });

  it('still tells a bound only one side gives', () => {
    expect(numberFindings('The burned area is 2 percent of the county\'s 1.6 million hectares of forest.', '过火面积不到全县160万公顷森林面积的2%。')
      .filter((f) => !f.startsWith('info'))).toHaveLength(1);
  });
});
