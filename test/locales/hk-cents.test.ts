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

  it('reads 港仙 as a hundredth of a Hong Kong dollar', () => {
    expect(chinese('建议派发末期股息每股18.5港仙。').filter((f) => f.startsWith('money'))).toEqual(['money 18.5港仙 0.185 HKD']);
  });

  it('pairs the two with no finding', () => {
    const result = align('Basic earnings per share rose to HK 42.6 cents.\n每股基本盈利升至42.6港仙。\n');
    expect(result.findings.filter((f) => f.ruleId === 'money-mismatch' || f.ruleId === 'number-mismatch')).toEqual([]);
  });
});
