import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

/** A piece dated Monday 7 November 2016. */
const MONDAY = { referenceDate: '2016-11-07' };

const composed: [string, Row[]][] = [
  ['The ministry said it would reply within 10 days.', [['date', 'within 10 days', '2016-11-07/2016-11-17']]],
  ['Refunds will be paid within two weeks, the airline said.', [['date', 'within two weeks', '2016-11-07/2016-11-21']]],
  ['The plant is to be rebuilt within 1 year and 6 months.', [['date', 'within 1 year and 6 months', '2016-11-07/2018-05-07']]],
  ['The committee will meet on Thursday at 3pm next week.', [['date', 'Thursday at 3pm next week', '2016-11-17T15:00']]],
];

const notDates: [string, Row[]][] = [
  // an amount counted from another day, or how long something took, stays a length
  ['Appeals must be lodged within 30 days of the ruling.', [['duration', '30 days', 'P30D']]],
  ['Prices doubled within a year.', [['duration', 'a year', 'P1Y']]],
];

describe('English dates composed of parts', () => {
  it.each(composed)('%s', (input, expected) => expect(facts(input, MONDAY)).toEqual(expected));
});

describe('English dates composed of parts: what stays apart', () => {
  it.each(notDates)('%s', (input, expected) => expect(facts(input, MONDAY)).toEqual(expected));
});
