import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const percents = (text: string): string[] => facts(text).filter((f) => f.startsWith('percent'));

describe('a change expected is a range; a change that happened goes from one figure to another', () => {
  it.each([
    // a forecast word in the clause, or ending the clause before it
    ['分析师预计今年营收将增长4%至6%。', ['percent 4%至6% 4..6 %']],
    ['该机构预估，明年出口年增2%到5%。', ['percent 2%到5% 2..5 %']],
    ['公司有望实现利润增长10%至12%', ['percent 10%至12% 10..12 %']],
    // 将 right before the verb: will grow
    ['今年港口吞吐量将增长3%到5%。', ['percent 3%到5% 3..5 %']],
    // a change needed, not one that happened
    ['专家估计，营收需要增加6%至9%才能收支平衡。', ['percent 6%至9% 6..9 %']],
    ['每年需增加4%到7%的投入。', ['percent 4%到7% 4..7 %']],
  ])('%s', (text, expected) => {
    expect(percents(text)).toEqual(expected);
  });

  it.each([
    ['失业率上升0.3%至5.2%。', ['percent 0.3% 0.3 %', 'percent 5.2% 5.2 %']],
    ['贷款利率下降0.2%至3.1%', ['percent 0.2% 0.2 %', 'percent 3.1% 3.1 %']],
    // 需求 (demand) is no need
    ['今年需求增长2%至4%。', ['percent 2% 2 %', 'percent 4% 4 %']],
    // 将 marking an object (把) stands farther from the verb: a change made, not a forecast
    ['银行将存款利率上调0.15%至2.4%', ['percent 0.15% 0.15 %', 'percent 2.4% 2.4 %']],
  ])('no range in %s', (text, expected) => {
    expect(percents(text)).toEqual(expected);
  });
});

describe('百分之 ranges', () => {
  it.each([
    ['降幅约百分之二至百分之四', ['percent 约百分之二至百分之四 2..4 % ~']],
    ['占比在百分之十到十五之间', ['percent 百分之十到十五 10..15 %']],
  ])('%s', (text, expected) => {
    expect(percents(text)).toEqual(expected);
  });

  it('a numerator with a unit of its own ends no range', () => {
    expect(percents('首付百分之三十，贷款期限二十到三十年')).toEqual(['percent 百分之三十 30 %']);
  });
});

describe('money after a verb of change', () => {
  const amounts = (text: string): string[] => facts(text).filter((f) => f.startsWith('money'));

  it('is a range where the first number goes without its unit', () => {
    expect(amounts('长者票价每程增加0.2至0.6港元。')).toEqual(['money 0.2至0.6港元 0.2..0.6 HKD']);
    expect(amounts('月费上调5至8元。')).toEqual(['money 5至8元 5..8 CNY']);
  });

  it('goes from one amount to another where both name their unit', () => {
    expect(amounts('股价上涨0.6元至4.2元。')).toEqual(['money 0.6元 0.6 CNY', 'money 4.2元 4.2 CNY']);
  });
});
