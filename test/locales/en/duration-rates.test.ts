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
