import type { Fact } from '../types.js';

/** A number as a translator reads it: `3.0e9` from a million up, else plain (`35.3`, `700`). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e6) {
    const [mantissa, exponent] = value.toExponential().split('e');
    const digits = mantissa!.includes('.') ? mantissa! : `${mantissa}.0`;
    return `${digits}e${Number(exponent)}`;
  }
  return String(Number(value.toPrecision(12)));
}

/** A fact's value in words of the message: `3.0e9 CNY`, `≈700`, `35.3%`, `10–11`, `2024-01-11`. */
export function formatValue(fact: Fact): string {
  const prefix = fact.bound === 'over' ? '>' : fact.bound === 'under' ? '<' : fact.approx ? '≈' : '';
  if (typeof fact.value === 'string') return `${prefix}${fact.value}`;
  const range = fact.max !== undefined && fact.max !== fact.value
    ? `${formatNumber(fact.value)}–${formatNumber(fact.max)}`
    : formatNumber(fact.value);
  switch (fact.kind) {
    case 'percent': return `${prefix}${range}${fact.unit === 'pp' ? ' pp' : '%'}`;
    case 'ordinal': return `${prefix}${range}${ordinalSuffix(range)}`;
    case 'money': return `${prefix}${range}${fact.unit ? ` ${fact.unit}` : ''}`;
    default: return `${prefix}${range}${fact.unit === 'x' ? 'x' : fact.unit ? ` ${fact.unit}` : ''}`;
  }
}

function ordinalSuffix(text: string): string {
  const n = Number(text.replace(/.*–/, ''));
  if (!Number.isInteger(n)) return 'th';
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** `EN "3 billion yuan" (3.0e9 CNY)`: the side, the text as written and its value. */
export function quote(side: 'EN' | 'ZH', fact: Fact): string {
  return `${side} "${fact.raw}" (${formatValue(fact)})`;
}

/** A short excerpt of a text for a message: its first `length` characters, with `…` when cut. */
export function excerpt(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** How far apart two amounts are, as a translator says it: `10x apart`, `10000x apart`, or `differ`. */
export function apart(a: number, b: number): string {
  const ratio = scaleRatio(a, b);
  return ratio ? `${ratio}x apart` : 'differ';
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
