import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

const REF = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, Row[]][] = [
  ['Shops close early on Christmas Eve.', [['date', 'Christmas Eve', '--12-24']]],
  ['Fireworks light up the sky on Independence Day.', [['date', 'Independence Day', '--07-04']]],
  ['Unions marched on International Workers\u2019 Day.', [['date', 'International Workers\u2019 Day', '--05-01']]],
  ['The ceasefire began on Christmas 2014.', [['date', 'Christmas 2014', '2014-12-25']]],
  ['Halloween of this year was quiet.', [['date', 'Halloween of this year', '2021-10-31']]],
  // Easter by the Gregorian computus: the reference year's, one written beside it, the next or last one
  ['Churches fill at Easter.', [['date', 'Easter', '2021-04-04']]],
  ['The parade was cancelled on Easter Sunday 2019.', [['date', 'Easter Sunday 2019', '2019-04-21']]],
  ['Banks shut on Good Friday and Easter Monday.', [['date', 'Good Friday', '2021-04-02'], ['date', 'Easter Monday', '2021-04-05']]],
  ['The house was sold the previous easter.', [['date', 'previous easter', '2020-04-12']]],
  ['Repairs finish before next Easter.', [['date', 'before next Easter', '2021-04-04', { bound: 'under' }]]],
];

// Lunar feasts: their lunar month and day, marked `lunar`.
const lunar: [string, Row[]][] = [
  ['Trains were packed for Chinese New Year.', [['date', 'Chinese New Year', '--01-01', { unit: 'lunar' }]]],
  ['Families met for the Mid-Autumn Festival 2020.', [['date', 'Mid-Autumn Festival 2020', '2020-08-15', { unit: 'lunar' }]]],
  ['The Dragon Boat Festival holiday ended quietly.', [['date', 'Dragon Boat Festival', '--05-05', { unit: 'lunar' }]]],
  // the eve and the first day of the lunar new year are lunar days, not 31 December and 1 January
  ["Shops shut early on Lunar New Year's Eve.", [['date', "Lunar New Year's Eve", '--12-30', { unit: 'lunar' }]]],
  ['Temple fairs open on Chinese New Year’s Day.', [['date', 'Chinese New Year’s Day', '--01-01', { unit: 'lunar' }]]],
  // a time put on a lunar day keeps its calendar
  ["The show starts at 8 p.m. on Lunar New Year's Eve.", [['date', "8 p.m. on Lunar New Year's Eve", '--12-30T20:00', { unit: 'lunar' }]]],
  // a day of the new year's feast counted from its first, and a day of a lunar month by both ordinals
  ['Crowds peaked on the fourth day of the Lunar New Year.', [['date', 'the fourth day of the Lunar New Year', '--01-04', { unit: 'lunar' }]]],
  ['Offices reopen on the eighth day of Chinese New Year.', [['date', 'the eighth day of Chinese New Year', '--01-08', { unit: 'lunar' }]]],
  ['Lanterns are lit on the 15th day of the first lunar month.', [['date', 'the 15th day of the first lunar month', '--01-15', { unit: 'lunar' }]]],
  ['The fair falls on the twenty-third day of the twelfth lunar month.', [['date', 'the twenty-third day of the twelfth lunar month', '--12-23', { unit: 'lunar' }]]],
];

const negatives: [string, Row[]][] = [
  ['Tourists flew to Easter Island.', []],
  ['The game hides an easter egg.', []],
  // a town's spring festival is no feast of the lunar calendar
  ['The town holds its spring festival in the square.', []],
  // the feast's first day is the feast's own
  ['Temples filled on the first day of the Lunar New Year.', [['date', 'the first day of the Lunar New Year', '--01-01', { unit: 'lunar' }]]],
  // `day` alone after a name is no holiday
  ['It was a good day for workers.', []],
  // the Gregorian eve stays the Gregorian one
  ["Bars stay open late on New Year's Eve.", [['date', "New Year's Eve", '--12-31']]],
];

describe('English fixed-date holidays', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
  it.each(negatives)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
  it.each(lunar)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
});
