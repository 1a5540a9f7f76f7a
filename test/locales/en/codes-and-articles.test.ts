import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

describe('a currency letter or code before an amount', () => {
  it.each<[string, Row[]]>([
    ['She took home a $15,000 prize.', [['money', '$15,000', 15000, { unit: 'USD' }]]],
    ['A $40 ticket buys a day pass.', [['money', '$40', 40, { unit: 'USD' }]]],
    ['The fare is A$40 in Sydney.', [['money', 'A$40', 40, { unit: 'AUD' }]]],
    ['Tickets cost C$25.', [['money', 'C$25', 25, { unit: 'CAD' }]]],
    ['A visitor visa costs CA$100 and a study permit Can$150.', [['money', 'CA$100', 100, { unit: 'CAD' }], ['money', 'Can$150', 150, { unit: 'CAD' }]]],
    ['Entry to the gardens is SG$15.', [['money', 'SG$15', 15, { unit: 'SGD' }]]],
    ['Gaming revenue reached MOP21.4 billion.', [['money', 'MOP21.4 billion', 21_400_000_000, { unit: 'MOP' }]]],
    ['Each household receives MOP700 a month.', [['money', 'MOP700', 700, { unit: 'MOP' }]]],
    ['The fine is MOP 2,500.', [['money', 'MOP 2,500', 2500, { unit: 'MOP' }]]],
    ['Bus fares run from MOP 4 to MOP 8.', [['money', 'MOP 4 to MOP 8', 4, { unit: 'MOP', max: 8 }]]],
    ['Day passes cost EUR 12-EUR 18.', [['money', 'EUR 12-EUR 18', 12, { unit: 'EUR', max: 18 }]]],
    ['The meal was KES3,200.', [['money', 'KES3,200', 3200, { unit: 'KES' }]]],
    // a code that is also a word before a small amount, after a word of a price
    ['A ferry ticket costs MOP12 on weekdays.', [['money', 'MOP12', 12, { unit: 'MOP' }]]],
    ['Adult fares are MOP6 and MOP4.', [['money', 'MOP6', 6, { unit: 'MOP' }], ['money', 'MOP4', 4, { unit: 'MOP' }]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });

  it.each([['See our TOP10 picks.'], ['TOP 2,000 FIRMS RANKED'], ['The MOP 5 was wet.'], ['Ticket sales put it in the TOP10.'], ['The cleaner used MOP3 on the floor.']])('no money in %s', (text) => {
    expect(facts(text).filter((r) => r[0] === 'money')).toEqual([]);
  });
});

describe('metres glued to a size', () => {
  it.each([['The centre is 2.06m tall.'], ['A 40m-long tunnel.'], ['The lake lies 1,200m above sea level.']])('%s is no amount in millions', (text) => {
    expect(facts(text).filter((r) => typeof r[2] === 'number' && r[2] >= 1e6)).toEqual([]);
  });

  it('a glued m is still millions elsewhere', () => {
    expect(facts('The town has 2.1m residents.')).toEqual([['number', '2.1m', 2_100_000]]);
  });
});
