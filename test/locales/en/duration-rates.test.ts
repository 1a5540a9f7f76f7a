import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const durations = (text: string) => facts(text).filter((f) => f[0] === 'duration').map((f) => [f[1], f[2]]);

describe('a length given for each day is no part of the length before it', () => {
  it.each([
    ['The workshop runs 3 days, 5 hours a day.', [['3 days', 'P3D'], ['5 hours', 'PT5H']]],
    ['Crews worked 6 days, 10 hours each day.', [['6 days', 'P6D'], ['10 hours', 'PT10H']]],
  ])('%s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it('still joins the parts of one length', () => {
    expect(durations('The climb took 3 hours, 20 minutes.')).toEqual([['3 hours, 20 minutes', 'PT3H20M']]);
  });
});

describe('a unit counted by its article after a length is the rate it recurs at', () => {
  it.each([
    ['Patients walked for half an hour a day.', [['half an hour', 'PT0.5H']]],
    ['The pumps ran 20 minutes an hour.', [['20 minutes', 'PT20M']]],
    ['The drill lasted 3 days, a week before the vote.', [['3 days', 'P3D'], ['a week', 'P1W']]],
  ])('%s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it('stays a length alone', () => {
    expect(durations('The repair took a day.')).toEqual([['a day', 'P1D']]);
  });
});

describe('a word of succession between a count and its unit', () => {
  it.each([
    ['Exports grew for six consecutive quarters.', [['six consecutive quarters', 'P18M']]],
    ['The river flooded for three straight days.', [['three straight days', 'P3D']]],
    ['He served two full terms of 5 successive years.', [['5 successive years', 'P5Y']]],
  ])('%s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it('is no length before a word that is not its unit', () => {
    expect(durations('They won three straight games.')).toEqual([]);
  });
});

describe('up to a length before an event', () => {
  const bounds = (text: string) => facts(text).filter((f) => f[0] === 'duration').map((f) => [f[1], f[3]?.bound ?? '']);

  it('is a cut-off, no bound on the length', () => {
    expect(bounds('Tickets may be refunded up to 24 hours before the show.')).toEqual([['24 hours', '']]);
  });

  it('still bounds a length that is no cut-off', () => {
    expect(bounds('Parking is free for up to 3 hours.')).toEqual([['3 hours', 'under']]);
  });
});
