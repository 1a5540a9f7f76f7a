import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

const durations = (text: string): Row[] => facts(text).filter((r) => r[0] === 'duration');

describe('a counted quantity before `a year` is a rate', () => {
  it.each([
    'The museum draws 3 million visitors a year.',
    'The plant ships 12,000 cars a month.',
    'Crews clear 40 tonnes a day from the beach.',
    'The airport adds 5 new flights a week.',
    'Some 250 thousand tourists a year visit the lake.',
  ])('no duration in %s', (text) => {
    expect(durations(text)).toEqual([]);
  });

  it.each([
    ['He worked there for a year.', [['duration', 'a year', 'P1Y']]],
    ['After 3 years of talks, a deal took a year.', [['duration', '3 years', 'P3Y'], ['duration', 'a year', 'P1Y']]],
    ['We waited an hour.', [['duration', 'an hour', 'PT1H']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });
});

describe('one unit shorter than a day from now', () => {
  it.each([
    ['Heavy rain is expected over the next hour.', [['duration', 'the next hour', 'PT1H']]],
    ['Doors close within the next minute.', [['duration', 'the next minute', 'PT1M']]],
    ['Traffic has been stuck for the past hour.', [['duration', 'the past hour', 'PT1H']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });

  it.each(['Talks resume over the next week.', 'Prices may rise over the next year.', 'The next hour of the show is live.', 'Check the minute hand.'])('no duration in %s', (text) => {
    expect(durations(text)).toEqual([]);
  });
});
