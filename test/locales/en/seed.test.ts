import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

const seed = readFileSync(fileURLToPath(new URL('../../../fixtures/chengdu-software-2024.txt', import.meta.url)), 'utf8');
const english = seed.split(/\n\s*\n/).filter((block) => !/[\u4e00-\u9fff]/.test(block));

/** The facts of the seed's English side, block by block, with the dateline's year 2024. */
const expected: Row[] = [
  ['date', '11 January 2024', '2024-01-11'],
  ['date', 'January 10-11th', '2024-01-10/2024-01-11'],
  ['ordinal', '21st', 21],
  ['duration', 'two-day', 'P2D'],
  ['number', '14', 14],
  ['number', 'five', 5],
  ['number', '700', 700, { approx: true }],
  ['ordinal', 'first', 1],
  ['duration', '20 years', 'P20Y'],
  ['ordinal', '21st', 21],
  ['date', '2003', '2003'],
  ['ordinal', '14th', 14],
  ['number', 'three', 3],
  ['ordinal', 'first', 1],
  ['ordinal', 'second', 2],
  ['ordinal', 'Third', 3],
  ['duration', '20 years', 'P20Y'],
  ['money', '6.6 billion yuan', 6600000000, { unit: 'CNY' }],
  ['date', '2003', '2003'],
  ['money', '635 billion yuan', 635000000000, { unit: 'CNY' }],
  ['date', '2022', '2022'],
  ['number', '95 times', 95, { unit: 'x', approx: true }],
  ['percent', '35.3%', 35.3, { unit: '%' }],
  ['ordinal', 'first', 1],
  ['number', '33', 33],
  ['date', '2021', '2021'],
  ['ordinal', 'second', 2],
  ['number', 'five', 5],
  ['number', '66', 66],
  ['ordinal', 'first', 1],
  ['money', '3 billion yuan', 3000000000, { unit: 'CNY' }],
  ['date', 'January 10th', '2024-01-10'],
  ['ordinal', '21st', 21],
  ['number', 'ten', 10],
  ['number', '10', 10, { approx: true }],
  ['number', '4', 4],
  ['number', 'two', 2],
  ['ordinal', 'first', 1],
  ['ordinal', '21st', 21],
  ['money', '7 billion yuan', 7000000000, { unit: 'CNY', approx: true }],
];

describe('the seed article, English side', () => {
  it('finds every number, money, percentage, ordinal, date and duration with its value', () => {
    expect(english.flatMap((block) => facts(block, { referenceYear: 2024 }))).toEqual(expected);
  });

  it('finds nothing in the URL line', () => {
    expect(facts('www.cqcb.com')).toEqual([]);
  });
});
