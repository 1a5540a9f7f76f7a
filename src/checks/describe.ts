import type { Fact } from '../types.js';
import { formatNumber, formatValue } from '../format/values.js';

/** The one formatter of a fact's value and of a number (the table and the HTML report use the same). */
export { formatNumber, formatValue } from '../format/values.js';

/** `EN "3 billion yuan" (3 billion CNY)`: the side, the text as written and its value. */
export function quote(side: 'EN' | 'ZH', fact: Fact): string {
  return `${side} "${fact.raw}" (${formatValue(fact)})`;
}

/** A short excerpt of a text for a message: its first `length` characters, with `…` when cut. */
export function excerpt(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** How far apart two amounts are, as a translator says it: `10x apart`, `10,000x apart`, or `differ`. */
export function apart(a: number, b: number): string {
  const ratio = scaleRatio(a, b);
  return ratio ? `${formatNumber(ratio)}x apart` : 'differ';
}

/**
 * The power of ten (10, 100, … 1e8) that separates `a` and `b` within a small tolerance,
 * or undefined when they are not a scale slip of each other.
 */
export function scaleRatio(a: number, b: number, tolerance = 0.005): number | undefined {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return undefined;
  const ratio = Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
  const power = Math.round(Math.log10(ratio));
  if (power < 1 || power > 12) return undefined;
  return Math.abs(ratio / 10 ** power - 1) <= tolerance ? 10 ** power : undefined;
}
