import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable, kindOf } from '../../src/checks/number-mismatch.js';
import { compare, uncoveredDigits, unusedTokens, type Quantity, type QuantityClass } from '../../src/checks/quantities.js';
import type { Block, Fact } from '../../src/types.js';

/**
 * `compare` weighs a quantity only against the kinds comparable to its own when the rule says
 * what its `comparable` reads (`kindOf`): the same matches, slips and leftovers as weighing it
 * against every quantity of the other side, in the same order.
 */

const CLASSES: QuantityClass[] = ['count', 'ordinal', 'percent', 'pp', 'multiple', 'money', 'duration', 'year', 'code'];

const quantity = fc.record({
  cls: fc.constantFrom(...CLASSES),
  lo: fc.constantFrom(0, 1, 2, 3, 10, 12, 20, 100, 1000, 2024),
  span: fc.constantFrom(0, 0, 0, 1, 10),
  approx: fc.boolean(),
  written: fc.boolean(),
  unit: fc.constantFrom(undefined, 'D', 's', ''),
}).map(({ cls, lo, span, approx, written, unit }): Quantity => ({
  raw: String(lo), cls, lo, hi: lo + span, approx, written,
  ...(cls === 'duration' || cls === 'money' ? (unit === undefined ? {} : { unit }) : {}),
  ...(cls === 'code' ? { digits: String(lo) } : {}),
}));

describe('compare by kinds', () => {
  it('finds what the scan over every quantity finds', () => {
    const sameUnit = (a: Quantity, b: Quantity) => (a.cls === 'pp') === (b.cls === 'pp');
    fc.assert(fc.property(fc.array(quantity, { maxLength: 14 }), fc.array(quantity, { maxLength: 14 }), (en, zh) => {
      const tolerance = { relative: 0, approx: 0.05 };
      const scan = compare(en, zh, [], [], { tolerance, comparable, sameUnit });
      const byKind = compare(en, zh, [], [], { tolerance, comparable, sameUnit, kindOf });
      expect(byKind).toEqual(scan);
    }), { numRuns: 3000 });
  });

  it('gives two quantities of one kind the same others to compare with', () => {
    fc.assert(fc.property(quantity, quantity, quantity, (a, b, c) => {
      if (kindOf(a) === kindOf(b)) expect(comparable(a, c)).toBe(comparable(b, c));
    }), { numRuns: 5000 });
  });
});

describe('unused tokens', () => {
  it('finds what tokens.find finds among those not yet used, as tokens are used between searches', () => {
    const token = fc.record({ value: fc.integer({ min: 0, max: 5 }), used: fc.boolean() });
    fc.assert(fc.property(fc.array(token, { maxLength: 30 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(40)), { maxLength: 40 }), (made, asks) => {
      const a = made.map((t) => ({ ...t }));
      const b = made.map((t) => ({ ...t }));
      const find = unusedTokens(b);
      for (const [value, flip] of asks) {
        const expected = a.find((t) => !t.used && t.value === value);
        const found = find((t) => t.value === value);
        expect(found ? b.indexOf(found) : -1).toBe(expected ? a.indexOf(expected) : -1);
        // The search's own use, and another token used from outside, as compare's other steps do.
        if (expected) expected.used = found!.used = true;
        if (flip < a.length) a[flip]!.used = b[flip]!.used = true;
      }
    }), { numRuns: 2000 });
  });
});

describe('digits no fact covers', () => {
  const block: Block = { id: 'b1', index: 0, lang: 'en', start: 100, end: 114, line: 1, column: 1, text: '12 ab 34 cd 56' };
  const fact = (start: number, end: number): Fact => ({ id: `f${start}`, block: 'b1', kind: 'number', raw: '', value: 0, approx: false, lang: 'en', start: 100 + start, end: 100 + end, line: 1, column: 1 });
  const runs = (facts: Fact[]) => uncoveredDigits(block, facts).map((q) => q.digits);
  it('skips runs inside or across any fact, in any order, nested or not', () => {
    expect(runs([])).toEqual(['12', '34', '56']);
    expect(runs([fact(0, 2), fact(3, 14)])).toEqual([]);
    expect(runs([fact(6, 8), fact(0, 2)])).toEqual(['56']);
    expect(runs([fact(3, 5), fact(0, 14)])).toEqual([]);
    expect(runs([fact(0, 7), fact(3, 4)])).toEqual(['56']);
    expect(runs([fact(13, 14)])).toEqual(['12', '34']);
    // A fact ending where a run begins, or beginning where one ends, does not cover it.
    expect(runs([fact(4, 6), fact(8, 12)])).toEqual(['12', '34', '56']);
    expect(runs([{ ...fact(0, 14), block: 'b2' }])).toEqual(['12', '34', '56']);
  });
});
