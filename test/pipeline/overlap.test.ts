import { describe, expect, it } from 'vitest';
import { mergeBehind, resolveOverlaps } from '../../src/pipeline/overlap.js';
import type { FactCandidate } from '../../src/types.js';

const at = (start: number, end: number, value: number | string = start): FactCandidate => ({ kind: 'number', start, end, value });
const spans = (cs: readonly FactCandidate[]) => cs.map((c) => [c.start, c.end, c.value]);

describe('resolveOverlaps', () => {
  it('keeps the longer of two overlapping candidates, sorted by start', () => {
    expect(spans(resolveOverlaps([at(5, 7), at(0, 3), at(2, 6)]))).toEqual([[2, 6, 2]]);
    expect(spans(resolveOverlaps([at(8, 9), at(0, 3), at(4, 6)]))).toEqual([[0, 3, 0], [4, 6, 4], [8, 9, 8]]);
  });

  it('gives a tie in length to the candidate listed first', () => {
    expect(spans(resolveOverlaps([at(0, 3, 'a'), at(1, 4, 'b'), at(2, 5, 'c')]))).toEqual([[0, 3, 'a']]);
    expect(spans(resolveOverlaps([at(1, 4, 'b'), at(0, 3, 'a'), at(2, 5, 'c')]))).toEqual([[1, 4, 'b']]);
  });

  it('drops empty candidates', () => {
    expect(spans(resolveOverlaps([at(2, 2), at(0, 1)]))).toEqual([[0, 1, 0]]);
  });
});

describe('mergeBehind', () => {
  it('drops the extra candidates that overlap a kept one and merges the rest by start', () => {
    expect(spans(mergeBehind([at(2, 4), at(8, 10)], [at(0, 1), at(3, 5), at(5, 7), at(11, 12)])))
      .toEqual([[0, 1, 0], [2, 4, 2], [5, 7, 5], [8, 10, 8], [11, 12, 11]]);
  });

  it('puts a kept candidate before an extra one of the same start', () => {
    expect(spans(mergeBehind([at(3, 3, 'kept')], [at(3, 5, 'extra')]))).toEqual([[3, 3, 'kept'], [3, 5, 'extra']]);
  });

  it('orders extra candidates given out of order', () => {
    expect(spans(mergeBehind([at(4, 5)], [at(9, 10), at(0, 2), at(6, 7)]))).toEqual([[0, 2, 0], [4, 5, 4], [6, 7, 6], [9, 10, 9]]);
  });
});

describe('resolveOverlaps of candidates already apart', () => {
  it('keeps them all, in their order, in a new array', () => {
    const given = [at(0, 2), at(2, 5), at(7, 8)];
    const kept = resolveOverlaps(given);
    expect(spans(kept)).toEqual([[0, 2, 0], [2, 5, 2], [7, 8, 7]]);
    expect(kept).not.toBe(given);
  });
});
