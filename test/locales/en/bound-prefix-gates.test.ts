import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

// The bound words before a number and the currency before an amount are read by patterns that
// run only when the text before the number ends in a way they can read; these still read, and
// endings they cannot read (`was`, `into`) leave the number plain.
const rows: [string, Row[]][] = [
  ['Sales were up to 5 million units.', [['number', 'up to 5 million', 5000000, { approx: true, bound: 'under' }]]],
  ['It cost as many as 40 workers.', [['number', 'as many as 40', 40, { approx: true, bound: 'under' }]]],
  ['Output rose (over 300 tonnes).', [['number', 'over 300', 300, { approx: true, bound: 'over' }]]],
  ['Prices >= 12 percent.', [['percent', '12 percent', 12, { unit: '%', approx: true, bound: 'over' }]]],
  ['Fares of US$ 5 each.', [['money', 'US$ 5', 5, { unit: 'USD' }]]],
  ['A fee of Rs. 500 was paid.', [['money', 'Rs. 500', 500, { unit: 'INR' }]]],
  ['It raised RMB 3 billion.', [['money', 'RMB 3 billion', 3000000000, { unit: 'CNY' }]]],
  ['Revenue was 5 million tonnes into 2 lines.', [['number', '5 million', 5000000], ['number', '2', 2]]],
  ['The plant employs 120 people.', [['number', '120', 120]]],
];

describe('gated bound and currency patterns', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(facts(text, {})).toEqual(expected);
  });
});

// The currency after an amount is read only where a word, code or symbol of its own may start.
const suffixRows: [string, Row[]][] = [
  ['It paid 40 roubles and 12 Swiss francs.', [['money', '40 roubles', 40, { unit: 'RUB' }], ['money', '12 Swiss francs', 12, { unit: 'CHF' }]]],
  ['A ticket costs 30-euros.', [['money', '30-euros', 30, { unit: 'EUR' }]]],
  ['It cost 75 USD in total.', [['money', '75 USD', 75, { unit: 'USD' }]]],
  ['They sold 40 tonnes of tea.', [['number', '40', 40]]],
];

describe('gated currency suffix pattern', () => {
  it.each(suffixRows)('%s', (text, expected) => {
    expect(facts(text, {})).toEqual(expected);
  });
});
