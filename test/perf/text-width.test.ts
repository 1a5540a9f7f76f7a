import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCut, width, WIDTH_PIECE } from '../../src/text-width.js';

const stringWidth = (createRequire(import.meta.url)('string-width') as { default: (s: string) => number }).default;

/**
 * A text longer than `WIDTH_PIECE` is measured by string-width in pieces, since its segmenter
 * slows to quadratic past 64K code units: the pieces add up to what string-width gives the
 * whole text, and a long line of emoji is measured in time linear in its length.
 */

/** Clusters of every kind string-width reads differently, and the marks that join them. */
const PIECES = [
  ' ', 'a', '1', '中', '𠀀', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '\u0301', '\u200d', '\u200b', '\ufe0f',
  '한', '\u1100\u1161', '\u1100', '\u0600', '\u06001', 'ｶﾞ', '\u001b[31m', '\u001b[0m', '\t', '－', '“', 'é',
];

/** Pieces that start a cluster wherever they stand. */
const ANCHORS = new Set([' ', 'a', '1', '中', '𠀀', '😀']);

/**
 * Whether the `i`th piece of a unit said again and again is joined to the piece before it (the
 * unit's last before its first, escape codes passed over, as string-width strips them): after a
 * prepended mark (U+0600) anything is, after a zero-width joiner an emoji is.
 */
function joinedTo(unit: readonly string[], i: number): boolean {
  // The pieces before it, nearest first, round the unit.
  const before = [...unit.slice(0, i).reverse(), ...unit.slice(i).reverse()].find((p) => !p.startsWith('\u001b'));
  return before !== undefined && (before.endsWith('\u0600') || (before.endsWith('\u200d') && unit[i] === '😀'));
}

describe('width of long texts', () => {
  it('adds up the pieces to what string-width gives the whole text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
      .chain((unit) => fc.integer({ min: 0, max: unit.length - 1 }).map((shift) => ({ unit, shift })));
    fc.assert(fc.property(text, ({ unit, shift }) => {
      // Past one piece and under 64K code units, where string-width alone is still quick.
      const one = unit.join('');
      const s = one.repeat(Math.ceil((2.5 * WIDTH_PIECE) / one.length)) + unit.slice(shift).join('');
      // With a cluster that always starts one (a space, a letter, Han, an emoji), exact;
      // a soup of marks, jamo or flags alone may be cut inside a cluster, and so may emoji joined
      // without end (`👨‍👩‍👧‍👨‍👩‍👧‍…`, one cluster of two columns): two columns off a cut at most.
      if (unit.some((p, i) => ANCHORS.has(p) && !joinedTo(unit, i))) expect(width(s)).toBe(stringWidth(s));
      else expect(Math.abs(width(s) - stringWidth(s))).toBeLessThanOrEqual(2 * Math.ceil(s.length / WIDTH_PIECE));
    }), { numRuns: 60 });
  });

  it('cuts only between two code points', () => {
    const s = '😀'.repeat(3 * WIDTH_PIECE);
    for (const at of [WIDTH_PIECE, WIDTH_PIECE + 1, 2 * WIDTH_PIECE + 1]) {
      const cut = safeCut(s, at);
      expect(cut % 2).toBe(0);
      expect(cut).toBeGreaterThanOrEqual(at);
    }
    // No safe point near: combining marks after one base, cut between two of them.
    const marks = `a${'\u0301'.repeat(3 * WIDTH_PIECE)}`;
    expect(safeCut(marks, WIDTH_PIECE)).toBeGreaterThan(WIDTH_PIECE);
    // Not after a zero-width joiner: the emoji after it belongs to its cluster.
    const joined = `${'x'.repeat(10)}\u200d😀 中`;
    expect(safeCut(joined, 10)).toBe(13);
    // A space after a joiner starts a cluster of its own (only an emoji is joined).
    expect(safeCut(`${'x'.repeat(10)}\u200d x`, 10)).toBe(11);
  });

  it('measures a line of 400K astral code units in time linear in its length', () => {
    const line = (n: number) => '😀𠀀'.repeat(n);
    const started = performance.now();
    expect(width(line(100_000))).toBe(400_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
