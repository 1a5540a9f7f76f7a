import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { align } from '../../../src/index.js';

describe('comparatives of size and age before a number, and `or longer` after one', () => {
  it.each<[string, Row[]]>([
    ['Riders taller than 1.4 metres may board.', [['number', 'taller than 1.4', 1.4, { approx: true, bound: 'over' }]]],
    ['Pupils no taller than 1.3 metres ride free.', [['number', 'no taller than 1.3', 1.3, { approx: true, bound: 'under' }]]],
    ['Applicants no younger than 21 may apply.', [['number', 'no younger than 21', 21, { approx: true, bound: 'over' }]]],
    ['Offices keep thermostats no lower than 25 degrees.', [['number', 'no lower than 25', 25, { approx: true, bound: 'over' }]]],
    ['Bids no higher than 40 are accepted.', [['number', 'no higher than 40', 40, { approx: true, bound: 'under' }]]],
    ['Groups of not fewer than 12 get a discount.', [['number', 'not fewer than 12', 12, { approx: true, bound: 'over' }]]],
    ['Players younger than 10 play on small pitches.', [['number', 'younger than 10', 10, { approx: true, bound: 'under' }]]],
    ['Leases longer than 3 years need a deed.', [['duration', 'longer than 3 years', 'P3Y', { approx: true, bound: 'over' }]]],
    ['Delays of six hours or longer are compensated.', [['duration', 'six hours or longer', 'PT6H', { approx: true, bound: 'over' }]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });

  it('meets the Chinese bound that includes its number', () => {
    const result = align('A delay of five hours or longer earns 300 yuan, and one under five hours 100 yuan.\n\n延误5小时（含）以上的补偿300元，5小时以下的补偿100元。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('`closer to` and `nearer to` before a number: a rough value, as `close to` is', () => {
  it.each<[string, Row[]]>([
    ['Turnout this time was closer to 62 per cent.', [['percent', '62 per cent', 62, { approx: true, unit: '%' }]]],
    ['The queue was nearer to 300 people.', [['number', '300', 300, { approx: true }]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });

  it('meets 接近 on the Chinese side with no finding', () => {
    const result = align('Turnout this time was closer to 62 per cent.\n\n本次投票率接近62%。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('`maximum` and `minimum` before a number bound it, and `the maximum` names the limit reached', () => {
  it.each<[string, Row[]]>([
    ['Each club may field a maximum of 3 foreign players.', [['number', 'a maximum of 3', 3, { approx: true, bound: 'under' }]]],
    ['Boats carry maximum 40 passengers.', [['number', 'maximum 40', 40, { approx: true, bound: 'under' }]]],
    ['The mayor has served the maximum two terms.', [['number', 'two', 2]]],
    ['The hall reached its maximum 800 seats.', [['number', '800', 800]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });
});
