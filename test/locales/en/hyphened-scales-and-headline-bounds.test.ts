import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const read = (text: string): string[] => extractCandidates(text, 'en').filter((c) => c.kind !== 'date')
  .map((c) => `${text.slice(c.start, c.end)} = ${c.kind}:${String(c.value)}${c.bound ? ` ${c.bound}` : ''}`);

describe('a scale joined to its figure by a hyphen', () => {
  it.each([
    ['The 50-billion mark was passed in May.', ['50-billion = number:50000000000']],
    ['a $4-billion bridge', ['$4-billion = money:4000000000']],
    ['a 2.5-million budget', ['2.5-million = number:2500000']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('leaves a score and an age range as they are', () => {
    expect(read('a 3-1 win')).toEqual(['3 = number:3', '1 = number:1']);
  });
});

describe('`top` as a headline writes it, after a plural noun', () => {
  it.each([
    ['Passenger trips top 90 million', ['top 90 million = number:90000000 over']],
    ['Container volumes top 4,000 boxes', ['top 4,000 = number:4000 over']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['its top 5 markets', "the region's top 5 ports", 'She was top 3 in the race'])('is a rank, no bound, in %s', (text) => {
    expect(read(text).every((r) => !r.endsWith('over'))).toBe(true);
  });
});

describe('a larger unit after a comma', () => {
  it('is a clause of its own, not a part of the length before', () => {
    expect(read('Trips took about 40 hours, half a day less than before.')).toEqual(['40 hours = duration:PT40H', 'half a day = duration:P0.5D']);
    expect(read('It took 3 hours, 20 minutes.')).toEqual(['3 hours, 20 minutes = duration:PT3H20M']);
  });
});
