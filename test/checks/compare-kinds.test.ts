import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable, kindOf } from '../../src/checks/number-mismatch.js';
import { compare, uncoveredCounts, uncoveredDigits, type CompareOptions, type Comparison, type Quantity, type QuantityClass, type Token } from '../../src/checks/quantities.js';
import { compareByScan } from './compare-reference.js';
import { doublingRatio } from '../perf/timing.js';
import { locationIn } from '../../src/checks/rule.js';
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

const VALUES = [0, 1, 2, 3, 5, 9, 10, 12, 20, 60, 100, 500, 560, 960, 969, 1000, 2024, 5000, 9000, 12000, 12300, 12345,
  12350, 50000, 123000, 1230000, 1234567, 0.2, 0.25, 0.5, 4, 5.5, 3600, 1.5e21];

/** Values that two neighbours join into a third (960 and 9 against 969, 2 and 1000 against 3000). */
const JOINING = [1, 2, 7, 9, 60, 67, 69, 960, 969, 1000, 1002, 2000, 2001, 3000];

/** Quantities of every class with facts placed in two blocks (neighbours, overlaps, ties), rough Chinese amounts, codes. */
const placed = (values: number[], classes: QuantityClass[] = CLASSES, places = 24) => fc.record({
  cls: fc.constantFrom(...classes),
  lo: fc.constantFrom(...values),
  span: fc.constantFrom(0, 0, 0, 1, 10, 1000),
  approx: fc.boolean(),
  written: fc.boolean(),
  unit: fc.constantFrom(undefined, 'D', 's', 'USD'),
  place: fc.nat(places),
  length: fc.integer({ min: 1, max: 6 }),
  block: fc.constantFrom('b1', 'b1', 'b2'),
  rough: fc.constantFrom(false, false, true),
  digits: fc.constantFrom(undefined, 'same', '1.2.3', '12345678901234567'),
  fact: fc.constantFrom(true, true, false),
}).map((g): Quantity => {
  const lo = g.lo;
  const raw = g.rough ? `${lo}多` : String(lo);
  const q: Quantity = { raw, cls: g.cls, lo, hi: lo + g.span, approx: g.approx || g.rough, written: g.written };
  if (g.cls === 'duration' || g.cls === 'money') if (g.unit !== undefined) q.unit = g.unit;
  if (g.digits !== undefined) {
    q.digits = g.digits === 'same' ? String(lo) : g.digits;
    if (g.digits === '1.2.3') q.lo = q.hi = Number.NaN;
  }
  if (g.fact) {
    const start = g.place * 4;
    q.fact = {
      id: `f${g.place}`, block: g.block, kind: 'number', raw, value: lo, lang: 'en',
      start, end: start + g.length, line: 1, column: start + 1, ...(g.rough ? { bound: 'over' as const } : {}),
    };
  }
  return q;
});

/** Tokens with a value, or with digits too: as written, or digits whose value tells nothing (`1.2.3`, 17 digits). */
const token = fc.record({ value: fc.constantFrom(...VALUES), digits: fc.constantFrom(undefined, 'same', '1.2.3', '12345678901234567') })
  .map(({ value, digits }): Token => {
    if (digits === undefined) return { value, used: false };
    if (digits === 'same') return { value, digits: String(value), used: false };
    return { value: Number(digits), digits, used: false };
  });

/** The result as places in the two inputs (quantities are told apart by identity). */
function places(result: Comparison, en: readonly Quantity[], zh: readonly Quantity[]) {
  const pairs = (list: [Quantity, Quantity][]) => list.map(([a, b]) => [en.indexOf(a), zh.indexOf(b)]);
  return {
    equal: pairs(result.equal), inside: pairs(result.inside), unit: pairs(result.unit),
    slips: result.slips.map((s) => [en.indexOf(s.en), zh.indexOf(s.zh), s.scale]),
    enOnly: result.enOnly.map((q) => en.indexOf(q)), zhOnly: result.zhOnly.map((q) => zh.indexOf(q)),
  };
}

describe('compare searches by value', () => {
  const numberRule = { comparable, kindOf, sameUnit: (a: Quantity, b: Quantity) => (a.cls === 'pp') === (b.cls === 'pp') || a.cls === 'code' || b.cls === 'code' };
  const moneyRule = { comparable: () => true, sameUnit: (a: Quantity, b: Quantity) => a.unit === b.unit };
  const cases: [string, Omit<CompareOptions, 'tolerance'>, fc.Arbitrary<Quantity>][] = [
    ['a rule that gives kinds', numberRule, placed(VALUES)],
    ['a rule that compares all with all', moneyRule, placed(VALUES)],
    ['values that join', numberRule, placed(JOINING, ['count', 'duration'], 8)],
  ];
  it.each(cases)('finds what a scan of every quantity finds (%s)', (_name, rule, side) => {
    fc.assert(fc.property(
      fc.array(side, { maxLength: 16 }), fc.array(side, { maxLength: 16 }),
      fc.array(token, { maxLength: 12 }), fc.array(token, { maxLength: 12 }),
      fc.constantFrom(0, 0.01), fc.constantFrom(0, 0.05, 0.6),
      (en, zh, enTokens, zhTokens, relative, approx) => {
        const options: CompareOptions = { tolerance: { relative, approx }, ...rule };
        const copy = (tokens: Token[]) => tokens.map((t) => ({ ...t }));
        const [enA, zhA, enB, zhB] = [copy(enTokens), copy(zhTokens), copy(enTokens), copy(zhTokens)];
        const indexed = compare(en, zh, enA, zhA, options);
        const scan = compareByScan(en, zh, enB, zhB, options);
        expect(places(indexed, en, zh)).toEqual(places(scan, en, zh));
        expect([enA.map((t) => t.used), zhA.map((t) => t.used)]).toEqual([enB.map((t) => t.used), zhB.map((t) => t.used)]);
      },
    ), { numRuns: 4000 });
  });

  it('weighs two long sides that share no value in time linear in their length', () => {
    // Counts that differ everywhere, as in two long blocks that are not each other's translation.
    // Each written two characters after the one before: neighbours that might join (`joinSplit`).
    const side = (n: number, seed: number): Quantity[] => Array.from({ length: n }, (_, i) => {
      const lo = 1000 + ((i * 7919 + seed) % 1_000_003) * 3 + seed;
      const fact: Fact = { id: `f${i}`, block: 'b1', kind: 'number', raw: String(lo), value: lo, lang: 'en', start: i * 6, end: i * 6 + 4, line: 1, column: 1 };
      return { fact, raw: String(lo), cls: 'count', lo, hi: lo, approx: false, written: true };
    });
    const run = (n: number) => {
      const [en, zh] = [side(n, 1), side(n, 2)];
      return compare(en, zh, en.map((q) => ({ value: q.lo, used: false })), zh.map((q) => ({ value: q.lo, used: false })),
        { tolerance: { relative: 0, approx: 0 }, ...numberRule });
    };
    expect(doublingRatio(1000, run)).toBeLessThan(3);
  });

  it('still finds a number a power of ten off among thousands left alone', () => {
    const q = (lo: number): Quantity => ({ raw: String(lo), cls: 'count', lo, hi: lo, approx: false, written: true });
    const en = [...Array.from({ length: 900 }, (_, i) => q(100_000 + i * 17)), q(4_200)];
    const zh = [...Array.from({ length: 900 }, (_, i) => q(500_001 + i * 13)), q(42_000)];
    const result = compare(en, zh, [], [], { tolerance: { relative: 0, approx: 0 }, ...numberRule });
    expect(result.slips.some((s) => s.en.lo === 4_200 && s.zh.lo === 42_000 && s.scale === 10)).toBe(true);
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

describe('counts in Chinese numerals no fact covers', () => {
  const text = '两个人和三个学生，五名工人';
  const block: Block = { id: 'b2', index: 1, lang: 'zh', start: 50, end: 50 + text.length, line: 3, column: 1, text };
  const fact = (start: number, end: number, id = 'b2'): Fact => ({ id: `f${start}`, block: id, kind: 'number', raw: '', value: 0, approx: false, lang: 'zh', start: 50 + start, end: 50 + end, line: 3, column: 1 });
  const counts = (facts: Fact[]) => uncoveredCounts(block, facts).map((q) => q.lo);
  it('skips numerals inside any fact of the block, in any order, nested or not', () => {
    expect(counts([])).toEqual([2, 3, 5]);
    expect(counts([fact(4, 6)])).toEqual([2, 5]);
    expect(counts([fact(9, 10), fact(0, 1)])).toEqual([3]);
    expect(counts([fact(0, 12), fact(4, 5)])).toEqual([]);
    // A fact ending where a numeral stands does not cover it; another block's fact never does.
    expect(counts([fact(0, 4), fact(0, 9, 'b1')])).toEqual([3, 5]);
  });

  it('reads a line of thousands of numerals and facts in time linear in them', () => {
    const inputOf = (n: number) => {
      const line = '三个人，'.repeat(n);
      const facts = Array.from({ length: n }, (_, i) => fact(4 * i + 2, 4 * i + 3));
      return { block: { ...block, text: line, end: 50 + line.length }, facts };
    };
    const inputs = new Map([2_000, 8_000].map((n) => [n, inputOf(n)]));
    expect(uncoveredCounts(inputs.get(2_000)!.block, inputs.get(2_000)!.facts)).toHaveLength(2_000);
    expect(doublingRatio(2_000, (n) => uncoveredCounts(inputs.get(n)!.block, inputs.get(n)!.facts))).toBeLessThan(3);
  });
});

describe('locationIn', () => {
  /** The location as a walk from the block's start finds it. */
  const walked = (block: Block, offset: number) => {
    let line = block.line;
    let lineStart = -block.column + 1;
    for (let i = 0; i < offset && i < block.text.length; i++) {
      const c = block.text.charCodeAt(i);
      if (c === 10 || (c === 13 && block.text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
  it('gives the line and column a walk from the start of the block gives, whatever the line breaks', () => {
    const text = fc.array(fc.constantFrom('a', '中', ' ', '\n', '\r', '\r\n', '\n\n'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: -2, max: 40 }), (t, line, column, offset) => {
      const block: Block = { id: 'b1', index: 0, lang: 'en', start: 0, end: t.length, line, column, text: t };
      expect(locationIn(block, offset)).toEqual(walked(block, offset));
    }), { numRuns: 2000 });
  });

  it('names the file of the block in two-file mode', () => {
    const block: Block = { id: 'b1', index: 0, lang: 'zh', start: 0, end: 5, line: 4, column: 3, text: '一二\n三四', source: 'zh.txt' };
    expect(locationIn(block, 4)).toEqual({ path: 'zh.txt', line: 5, column: 2 });
  });
});
