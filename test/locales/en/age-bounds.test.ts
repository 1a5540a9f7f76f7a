import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { facts as zhFacts } from '../zh/describe-facts.js';
import { align } from '../../../src/index.js';

describe('and over, and under, or older after a number', () => {
  it.each([
    ['Riders aged 70 and over travel free on weekdays.', '70 and over', 'over'],
    ['Visitors 60 and older pay half.', '60 and older', 'over'],
    ['Drivers 75 or older must renew every two years.', '75 or older', 'over'],
    ['The camp takes children 9 and up.', '9 and up', 'over'],
    ['Toddlers 3 and under eat free.', '3 and under', 'under'],
    ['Kids 4 and younger need a booster seat.', '4 and younger', 'under'],
    ['Bidders aged 21 and above are welcome.', '21 and above', 'over'],
  ])('%s', (text, raw, bound) => {
    expect(facts(text)).toContainEqual(['number', raw, Number.parseInt(raw, 10), { approx: true, bound }]);
  });

  it.each([
    ['Output grew 4 and over the quarter it doubled.'],
    ['They won 8 and under the new coach lost 2.'],
    ['The bids went from 15 and up to 30.'],
    ['He found 6 and above them another 9.'],
  ])('reads no bound where the word is a preposition: %s', (text) => {
    expect(facts(text).some((f) => f[3]?.bound !== undefined && f[1].includes('and'))).toBe(false);
  });

  it('leaves a multiple after the ages as it is: the bound is the ages\'', () => {
    expect(facts('Bookings by members aged 65 and above doubled.')).toEqual([
      ['number', '65 and above', 65, { approx: true, bound: 'over' }], ['number', 'doubled', 2, { unit: 'x' }],
    ]);
    expect(facts('Bookings by members more than doubled.')).toEqual([['number', 'doubled', 2, { approx: true, bound: 'over', unit: 'x' }]]);
  });

  it('reads 及以上 and 或以下 after a measure as bounds too', () => {
    expect(zhFacts('70岁及以上的乘客免票。')).toContain('number 70岁及以上 70 ~ over');
    expect(zhFacts('3岁或以下的幼儿免费。')).toContain('number 3岁或以下 3 ~ under');
    expect(zhFacts('20人及以上团体九折。')).toContain('number 20人及以上 20 ~ over');
  });

  it('meets a Chinese bound with no warning', () => {
    const result = align('Riders aged 70 and over travel free on weekdays.\n\n70岁以上乘客工作日免费乘车。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});
