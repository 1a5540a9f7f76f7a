import type { Fact } from '../types.js';

/**
 * A fact's resolved value as a person reads it: `6.6e9 CNY`, `≈700`, `35.3%`,
 * `10–11`, `>20 years` (`P20Y`), `2024-01-10/2024-01-11`.
 */
export function describeValue(fact: Pick<Fact, 'kind' | 'value' | 'max' | 'unit' | 'approx' | 'bound'>): string {
  const prefix = fact.bound === 'over' ? '>' : fact.bound === 'under' ? '<' : fact.approx ? '≈' : '';
  if (typeof fact.value === 'string') return `${prefix}${fact.value}`;
  const range = fact.max !== undefined ? `${number(fact.value)}–${number(fact.max)}` : number(fact.value);
  switch (fact.kind) {
    case 'percent': return `${prefix}${range}${fact.unit === 'pp' ? ' pp' : '%'}`;
    case 'ordinal': return `${prefix}#${range}`;
    case 'money': return `${prefix}${range} ${fact.unit ?? ''}`.trimEnd();
    default: return `${prefix}${range}${fact.unit === 'x' ? '×' : fact.unit ? ` ${fact.unit}` : ''}`;
  }
}

/** A number short enough to read: scientific from 1e7, else with its decimals. */
export function number(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e7 && Number.isFinite(value)) {
    const exp = Math.floor(Math.log10(abs));
    const mantissa = Number((value / 10 ** exp).toPrecision(6));
    return `${mantissa}e${exp}`;
  }
  return String(Number(value.toPrecision(12)));
}
