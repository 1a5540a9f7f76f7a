import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const ordinals = (text: string): string[] => facts(text).filter((f) => f[0] === 'ordinal').map((f) => f[1]);

describe('second as the unit of time', () => {
  it.each([
    'Gusts reached 58 metres per second near the coast.',
    'The data moves at 10 gigabits per second.',
    'It happened in a split second.',
    'The gap was a tenth of a second.',
    'The light blinks once each second.',
  ])('no ordinal in %s', (text) => {
    expect(ordinals(text)).toEqual([]);
  });

  it.each([
    ['The storm made a second landfall on Sunday.', ['second']],
    ['Profit rose in the second quarter.', ['second']],
    ['Meetings are held every second week.', ['second']],
  ])('%s', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
  });
});
