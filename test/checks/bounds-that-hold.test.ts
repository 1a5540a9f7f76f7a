import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' || f.ruleId === 'money-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a round value with a word of bound against the exact value it rounds down', () => {
  it.each([
    ['More than 240 lanterns lit the pier on Friday.', '周五，246盏花灯点亮了码头。'],
    ['The 2,431 runners set off at dawn.', '逾2400名跑手清晨出发。'],
    ['Turnover reached HK$530.6 billion.', '成交額逾5300億港元。'],
    ['In all, 43 per cent of the tenants agreed.', '总共四成多的租户表示同意。'],
  ])('%s has its counterpart', (en, zh) => {
    expect(numberFindings(en, zh).filter((f) => !f.startsWith('info'))).toEqual([]);
  });

  it.each([
    // below the bound, or past the round value's last place
    ['More than 240 lanterns lit the pier.', '204盏花灯点亮了码头。'],
    ['More than 240 lanterns lit the pier.', '256盏花灯点亮了码头。'],
    // one more in the exact value's last digit reads as a slip of that digit
    ['More than 3,000 lanterns lit the pier.', '3001盏花灯点亮了码头。'],
  ])('%s against %s is still told', (en, zh) => {
    expect(numberFindings(en, zh).some((f) => f.startsWith('error') || f.startsWith('warning'))).toBe(true);
  });
});

describe('at most against at least', () => {
  it('tells 最多 against at least as bounds the other way round', () => {
    expect(numberFindings('At least 300 people queued for tickets.', '最多300人排队买票。')).toEqual([
      'warning EN "At least 300" (>300) vs ZH "最多300" (<300): the two sides bound the value in opposite directions',
    ]);
  });
});

describe('money raised up to an amount', () => {
  it('is a ceiling, as 最多 is', () => {
    expect(numberFindings('The operator plans to raise up to HK$2.35 billion in its listing.', '该营运商计划在上市中最多集资23.5亿港元。')
      .filter((f) => !f.startsWith('info'))).toEqual([]);
  });

  it('with its currency after the number too', () => {
    expect(numberFindings('The chipmaker aims to raise up to 4.8 billion yuan on the STAR Market.', '该芯片企业拟在科创板募资最多48亿元。')
      .filter((f) => !f.startsWith('info'))).toEqual([]);
    expect(numberFindings('The chipmaker aims to raise up to 4.8 billion yuan on the STAR Market.', '该芯片企业拟在科创板募资48亿元。')
      .filter((f) => !f.startsWith('info'))).toHaveLength(1);
  });

  it('while a rate raised up to a level is the level', () => {
    expect(numberFindings('Fares were raised up to 5 percent last year.', '去年票价上调至5%。').filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});

describe('a comparison with the thing the value measures, across a longer noun phrase', () => {
  it('meets the Chinese comparison', () => {
    expect(numberFindings('Debt will peak at about 13 per cent, well below the international warning line of 60 per cent.',
      '债务将在约13%见顶，远低于60%的国际警戒线。').filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});

describe('a bound before what a share is of', () => {
  it.each([
    ['The first payment is about $1.5 billion, or less than 4% of the deal.', '首期付款约15亿美元，不到交易总额的4%。'],
    ['Brokers may charge no more than 12 percent of their fees.', '券商收费不得超过其佣金总额的12%。'],
    ['Imports from Japan made up more than 20 percent of the total.', '自日本的进口超过进口总量的20%。'],
  ])('holds on both sides: %s', (en, zh) => {
    expect(numberFindings(en, zh).filter((f) => !f.startsWith('info'))).toEqual([]);
  });

  it.each([
    // the bound turned round across the phrase
    ['The first payment is about $1.5 billion, or more than 4% of the deal.', '首期付款约15亿美元，不到交易总额的4%。'],
    // dropped in the English
    ['The first payment is about $1.5 billion, or 4% of the deal.', '首期付款约15亿美元，不到交易总额的4%。'],
  ])('is told when the other side says otherwise: %s', (en, zh) => {
    expect(numberFindings(en, zh).some((f) => f.startsWith('warning'))).toBe(true);
  });

  it.each([
    // the value of the thing compared with, not a share of it
    ['Profit beat the $312 million analysts expected.', '利润超过分析师预期的3.12亿美元。'],
    ['The 88 medals topped the 85 won in Paris.', '88枚奖牌超过了巴黎奥运会的85枚。'],
    // a time's own share
    ['The rate fell to less than last year\'s 3 percent.', '该比率降至不到去年的3%。'],
  ])('binds nothing before a value of its own: %s', (en, zh) => {
    expect(numberFindings(en, zh).filter((f) => f.startsWith('warning') && f.includes('bound'))).toEqual([]);
  });
});

describe('a word of nearness before a time ago and 的', () => {
  it('is of the value after it, not of the time', () => {
    expect(numberFindings('Rents reached nearly double the level a year earlier.', '租金接近一年前的两倍。').filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});

describe('a bound before the verb of a clause that counts times later', () => {
  it('bounds the times, not a count before them', () => {
    expect(numberFindings('Inspectors must visit the three sites at least twice a month.', '检查人员每月至少巡查三个站点两次。')).toEqual([]);
  });

  it('still bounds a value the clause holds alone', () => {
    expect(numberFindings('Inspectors must visit three sites a month.', '检查人员每月至少巡查三个站点。'))
      .toEqual([expect.stringMatching(/^warning .*lower bound/)]);
  });
});

describe('a bound before how often in English', () => {
  it('bounds twice a month as 至少…两次 does', () => {
    expect(numberFindings('Inspectors must visit the sites at least twice a month.', '检查人员每月至少巡查站点两次。')).toEqual([]);
  });
});

describe('an English bound over a list of counts of different things', () => {
  it('may spread to the second count, as a translation reads it', () => {
    expect(numberFindings('More than 600 stalls and 2,000 dishes will be on show.', '届时将有超过600个摊位，展出菜品2000余道。')).toEqual([]);
  });

  it('still leaves the first count bounded', () => {
    expect(numberFindings('More than 600 stalls and 2,000 dishes will be on show.', '届时将有600个摊位，展出菜品2000余道。'))
      .toEqual([expect.stringMatching(/^warning .*600.*lower bound/)]);
  });
});

describe('a Chinese bound before its verb and what the share is of', () => {
  it('meets `up to`', () => {
    expect(numberFindings('Couples may deduct up to 40% of their assessable income.', '夫妇最多可扣除应评税入息的40%。')).toEqual([]);
  });
  it('is told where the English states none', () => {
    expect(numberFindings('Couples may deduct 40% of their assessable income.', '夫妇最多可扣除应评税入息的40%。'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });
});

describe('逾 after 每', () => {
  it('is a step of a rate, for every days overdue, no bound', () => {
    expect(numberFindings('A surcharge of 2 percent applies for every five days of delay.', '每逾5日按欠款加征2%附加费。')).toEqual([]);
  });
});

describe('a rise to the first value of a list', () => {
  it('spreads no bound over the values after it', () => {
    expect(numberFindings('The personal allowance will go up to HK$145,000 for single people and HK$290,000 for couples.',
      '個人免稅額將調高至單身人士14.5萬港元、已婚人士29萬港元。').filter((f) => !f.startsWith('info'))).toEqual([]);
  });
  it('while a ceiling on the first still spreads', () => {
    expect(numberFindings('Visitors may bring in up to HK$145,000 in cash and HK$290,000 in bonds.',
      '旅客可攜帶現金14.5萬港元及債券29萬港元入境。').filter((f) => !f.startsWith('info'))).toHaveLength(2);
  });
});

describe('bounds of rules', () => {
  const alarms = (en: string, zh: string) => numberFindings(en, zh).filter((f) => !f.startsWith('info'));
  it('leaves the measure a rate is of without the bound after it', () => {
    expect(alarms('Pilots may not fly with a blood alcohol level of 20 milligrams per 100 millilitres or above.',
      '飞行员血液酒精含量每100毫升达20毫克或以上者不得飞行。')).toEqual([]);
  });
  it('reads a bound an infinitive denies as the instruction, no bound of its own', () => {
    expect(alarms('Crane operators are told not to work for more than six hours in a shift.', '塔吊司机每班连续作业不得超过6小时。')).toEqual([]);
    expect(alarms('Crane operators are told not to work for more than six hours in a shift.', '塔吊司机每班连续作业不得超过8小时。')).toHaveLength(1);
  });
});
