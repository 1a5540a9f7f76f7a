import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const numbers = (text: string) => facts(text).filter((f) => f[0] === 'number').map((f) => [f[1], f[2], f[3]?.bound ?? '']);

describe('half and a half', () => {
  it.each([
    ['Roughly half of the volunteers were students.', [['half', 0.5, '']]],
    ['Half the orchards were flooded.', [['Half', 0.5, '']]],
    ['More than half of the stalls had closed.', [['More than half', 0.5, 'over']]],
    ['Fewer than half their members voted.', [['Fewer than half', 0.5, 'under']]],
  ])('reads half alone as a share of a whole: %s', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });

  it.each([
    'The other half of the crew slept.',
    'The second half of the match was dull.',
    'They cut the loaf in half.',
    'It was half time.',
  ])('leaves a part named alone: %s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('takes no article out of the word before it (more than half is not an half)', () => {
    expect(facts('Sales fell by more than half.').map((f) => f[1])).not.toContain('an half');
  });

  it.each([
    ['One and a half million tickets were sold.', 1_500_000],
    ['three and a half billion', 3_500_000_000],
    ['Two million and a half million', 2_500_000],
  ])('gives a whole without a scale the scale after its fraction: %s', (text, value) => {
    expect(facts(text).map((f) => f[2])).toEqual([value]);
  });
});
