import { describe, expect, it } from 'vitest';
import { facts as english } from './en/helpers.js';
import { facts as chinese } from './zh/describe-facts.js';
import { align } from '../../src/index.js';

describe('Hong Kong cents, as the city\'s company reports write them', () => {
  it('reads HK before an amount in cents as Hong Kong\'s', () => {
    expect(english('A final dividend of HK 18.5 cents per share was proposed.').filter((f) => f[0] === 'money'))
      .toEqual([['money', 'HK 18.5 cents', 0.185, { unit: 'HKD' }]]);
    expect(english('The stamp costs 60 cents.').filter((f) => f[0] === 'money'))
      .toEqual([['money', '60 cents', 0.6, { unit: 'USD' }]]);
  });

  it('reads cents named by their dollar after the amount', () => {
    expect(english('It will pay a final dividend of 38 HK cents a share.').filter((f) => f[0] === 'money'))
      .toEqual([['money', '38 HK cents', 0.38, { unit: 'HKD' }]]);
    expect(english('Fares rise by 15 Singapore cents.').filter((f) => f[0] === 'money'))
      .toEqual([['money', '15 Singapore cents', 0.15, { unit: 'SGD' }]]);
    const result = align('It will pay a final dividend of 38 HK cents a share.\n\n将派发末期股息每股0.38港元。\n');
    expect(result.findings.filter((f) => f.ruleId === 'money-mismatch' || f.ruleId === 'number-mismatch')).toEqual([]);
  });

  it('reads 港仙 as a hundredth of a Hong Kong dollar', () => {
    expect(chinese('建议派发末期股息每股18.5港仙。').filter((f) => f.startsWith('money'))).toEqual(['money 18.5港仙 0.185 HKD']);
  });

  it('pairs the two with no finding', () => {
    const result = align('Basic earnings per share rose to HK 42.6 cents.\n每股基本盈利升至42.6港仙。\n');
    expect(result.findings.filter((f) => f.ruleId === 'money-mismatch' || f.ruleId === 'number-mismatch')).toEqual([]);
  });
});

describe('仙 alone, as Hong Kong and Singapore write cents', () => {
  it('reads 仙 after digits as a cent', () => {
    expect(chinese('電費每度由39.4仙減至35.2仙。').filter((f) => f.startsWith('money'))).toEqual(['money 39.4仙 0.394 HKD', 'money 35.2仙 0.352 HKD']);
    expect(chinese('小巴車費加價60仙，下月生效。').filter((f) => f.startsWith('money'))).toEqual(['money 60仙 0.6 HKD']);
  });

  it('leaves 仙 alone after a numeral in words and where it opens a word', () => {
    expect(chinese('八仙過海，各顯神通。').filter((f) => f.startsWith('money'))).toEqual([]);
    expect(chinese('當地有3仙人掌種植場。').filter((f) => f.startsWith('money'))).toEqual([]);
  });

  it('tells a tariff in cents that changed, and none that did not', () => {
    const finding = (zh: string) => align(`The charge will drop from 39.4 cents to 35.2 cents a unit.\n${zh}\n`).findings
      .filter((f) => f.severity !== 'info').map((f) => f.message);
    expect(finding('收費將由每度39.4仙減至每度35.2仙。')).toEqual([]);
    expect(finding('收費將由每度39.4仙減至每度32.5仙。')).toEqual([expect.stringMatching(/35\.2 cents.*32\.5仙.*differ/)]);
  });
});
