import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

/** Military times (`0430` = 四点半), pence (`50p` = 50便士), two-digit decades, `secondary` (二次), `fortnight` (两周). */
const cases: [string, Row[]][] = [
  ['0630 local time. The crew was already on deck.', [['date', '0630', 'T06:30']]],
  ['The 1st Rescue Team leaves the base at 0700', [['ordinal', '1st', 1], ['date', '0700', 'T07:00']]],
  ['at 0930, the convoy left', [['date', '0930', 'T09:30']]],
  ['The attack began at 1430 hours.', [['date', '1430 hours', 'T14:30']]],
  ['The postcards at the stall cost about 40p apiece.', [['money', '40p', 0.4, { unit: 'GBP', approx: true }]]],
  ['It costs 5p.', [['money', '5p', 0.05, { unit: 'GBP' }]]],
  ['toys we collected back in the 00s', [['date', 'the 00s', '2000/2009']]],
  ["music from the '90s", [['date', "the '90s", '1990/1999']]],
  ['the ’60s', [['date', 'the ’60s', '1960/1969']]],
  ['sorted into primary and secondary waste', [['ordinal', 'secondary', 2]]],
  ['tertiary industry', [['ordinal', 'tertiary', 3]]],
  ['The builders return in a fortnight.', [['duration', 'a fortnight', 'P2W']]],
  ['two fortnights', [['duration', 'two fortnights', 'P4W']]],
  // the span between two runs, as Chinese gives it (每6分钟一班, 行车间隔为6分钟)
  ['Trains run every 6 minutes at peak hours.', [['duration', '6 minutes', 'PT6M']]],
  ['The board meets once every two weeks.', [['duration', 'two weeks', 'P2W']]],
];

/** Look-alikes that must yield nothing of these kinds. */
const nothing: string[] = [
  'shot in 720p and 1080p', 'a 24p-camera', 'an item 50pc', 'in the 20s', 'in her 80s', 'the 80sx',
  // School levels, which Chinese names with no ordinal (中学, 高等教育).
  'Upgrades will reach all secondary schools soon.', 'spending on tertiary education',
  'a post-secondary diploma', 'students in upper secondary',
  'tertiary institutions admitted more', 'secondary students and their teachers',
];

/** Look-alikes that stay numbers, not times. */
const numbers: [string, Row[]][] = [
  ['worked 1200 hours', [['duration', '1200 hours', 'PT1200H']]],
  ['at 1500 meters', [['number', '1500', 1500]]],
  ['423 0000 will be two numbers', [['number', '423', 423], ['number', '0000', 0], ['number', 'two', 2]]],
  ['call 0800 123 456', [['number', '0800', 800], ['number', '123 456', 123456]]],
  ['2024-0430', [['number', '2024', 2024], ['number', '0430', 430]]],
  ['James Bond 007', [['number', '007', 7]]],
];

describe('English military times, pence, decades and ranks', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});

describe('English look-alikes: negative cases', () => {
  it.each(nothing)('%s yields nothing', (input) => expect(facts(input)).toEqual([]));
  it.each(numbers)('%s stays a number', (input, expected) => expect(facts(input)).toEqual(expected));
});
