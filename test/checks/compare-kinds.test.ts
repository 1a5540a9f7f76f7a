import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable, kindOf } from '../../src/checks/number-mismatch.js';
import { compare, type Quantity, type QuantityClass } from '../../src/checks/quantities.js';

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
