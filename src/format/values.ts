import type { Fact } from '../types.js';

/** The parts of a fact a value is read from. */
export type FactValue = Pick<Fact, 'kind' | 'value' | 'max' | 'unit' | 'approx' | 'bound'>;

/**
 * A fact's resolved value as a person reads it, the one formatter behind the table, the HTML
 * report and the findings' messages: `42 billion`, `$4.5 million`, `6.6 billion CNY`, `≈700`,
 * `35.3%`, `3 pp`, `21st`, `95x`, `10–11 January 2024`, `day 30`, `>20 years`.
 */
export function formatValue(fact: FactValue): string {
  const prefix = fact.bound === 'over' ? '>' : fact.bound === 'under' ? '<' : fact.approx ? '≈' : '';
  if (typeof fact.value === 'string') {
    if (fact.kind === 'date') return prefix + formatDate(fact.value) + (fact.unit === 'lunar' ? ' (lunar calendar)' : '');
    if (fact.kind === 'duration') return prefix + formatDuration(fact.value, fact.max);
    return prefix + fact.value;
  }
  const max = fact.max !== undefined && fact.max !== fact.value ? fact.max : undefined;
  switch (fact.kind) {
    case 'percent': return `${prefix}${formatRange(fact.value, max)}${fact.unit === 'pp' ? ' pp' : '%'}`;
    case 'ordinal': return `${prefix}${max === undefined ? ordinal(fact.value) : `${formatRange(fact.value, max)}${ordinalSuffix(max)}`}`;
    case 'money': {
      const symbol = fact.unit ? CURRENCY_SYMBOLS[fact.unit] : undefined;
      const amount = formatRange(fact.value, max);
      if (symbol) return `${prefix}${amount.startsWith('-') ? `-${symbol}${amount.slice(1)}` : symbol + amount}`;
      return `${prefix}${amount}${fact.unit ? ` ${fact.unit}` : ''}`;
    }
    default: return `${prefix}${formatRange(fact.value, max)}${fact.unit === 'x' ? 'x' : fact.unit ? ` ${fact.unit}` : ''}`;
  }
}

/** The former name of {@link formatValue}, kept so library users' imports still work. */
export const describeValue = formatValue;

/** Currencies written with a symbol before the amount (the unambiguous ones; `¥` is both yuan and yen). */
const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** Scale words of short-scale English, largest first. */
const SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/**
 * A number as a person reads it at a glance: `700`, `12,345`, `35.3`, `4.5 million`,
 * `42 billion`; digits grouped by thousands (`1,234,567`) when a scale word would need
 * more than three decimals. Never scientific notation, never cut.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const scale = scaleOf(abs);
  if (scale) return `${sign}${plainNumber(abs / scale[0])} ${scale[1]}`;
  return sign + plainNumber(abs);
}

/** `10–11`, `4–5 million` (one scale word for both ends when they share it), else each end on its own. */
export function formatRange(value: number, max?: number): string {
  if (max === undefined) return formatNumber(value);
  const a = scaleOf(Math.abs(value));
  const b = scaleOf(Math.abs(max));
  if (a && a[0] === b?.[0] && value >= 0) return `${plainNumber(value / a[0])}–${plainNumber(max / a[0])} ${a[1]}`;
  return `${formatNumber(value)}–${formatNumber(max)}`;
}

/** The scale word that writes `abs` with at most three decimals, if any. */
function scaleOf(abs: number): readonly [number, string] | undefined {
  for (const scale of SCALES) {
    if (abs < scale[0]) continue;
    const mantissa = abs / scale[0];
    return Math.abs(Math.round(mantissa * 1000) / 1000 - mantissa) < 1e-9 * Math.max(1, mantissa) ? scale : undefined;
  }
  return undefined;
}

/** Digits with thousands grouped from 10,000 up (`2024` stays a year), decimals kept. */
function plainNumber(abs: number): string {
  const share = commonFraction(abs);
  if (share) return share;
  const text = String(Number(abs.toPrecision(12)));
  if (text.includes('e')) return abs.toLocaleString('en-US', { maximumFractionDigits: 0, useGrouping: true });
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Denominators of the fractions whose decimals do not end (`1/3`, `5/6`, `2/7`, `4/9`, `1/11`). */
const REPEATING = [3, 6, 7, 9, 11, 12];

/**
 * A share below one whose decimals do not end, as the fraction it is (`a third` = `三分之一`
 * shows `1/3`, not `0.333333333333`), or undefined.
 */
function commonFraction(abs: number): string | undefined {
  if (abs <= 0 || abs >= 1 || Number(abs.toFixed(6)) === abs) return undefined;
  for (const d of REPEATING) {
    const n = Math.round(abs * d);
    if (n > 0 && Math.abs(abs * d - n) < 1e-9) return `${n}/${d}`;
  }
  return undefined;
}

/** `21st`, `2nd`, `11th`. */
export function ordinal(n: number): string {
  return `${formatNumber(n)}${ordinalSuffix(n)}`;
}

function ordinalSuffix(n: number): string {
  if (!Number.isInteger(n)) return 'th';
  const tens = Math.abs(n) % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The parts of one ISO 8601 date or time as extractors write them. */
interface DateParts { y?: string; m?: number; d?: number; time?: string }

/** `2024-01-11`, `2024-01`, `2024`, `-0220` (221 BC), `--01-11`, `--01`, `---11`, each with an optional `THH:MM`. */
const ISO_DATE = /^(?:(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})(?:-(\d{2}))?|---(\d{2}))?(?:T(\d{2}:\d{2}(?::\d{2})?))?$/;

function dateParts(text: string): DateParts | undefined {
  const m = ISO_DATE.exec(text);
  if (!m || !text) return undefined;
  const month = m[2] ?? m[4];
  const day = m[3] ?? m[5] ?? m[6];
  const parts: DateParts = {};
  // ISO 8601 counts the years before year 1 from 0 down: `-0220` is 221 BC, `0079` AD 79.
  if (m[1]) parts.y = m[1].startsWith('-') ? `${1 - Number(m[1])} BC` : Number(m[1]) < 1000 ? `AD ${Number(m[1])}` : m[1];
  if (month) parts.m = Number(month);
  if (day) parts.d = Number(day);
  if (m[7]) parts.time = m[7];
  if (parts.m !== undefined && (parts.m < 1 || parts.m > 12)) return undefined;
  return parts;
}

function dateWords(p: DateParts): string {
  const words: string[] = [];
  if (p.d !== undefined) words.push(p.m === undefined ? `day ${p.d}` : String(p.d));
  if (p.m !== undefined) words.push(MONTH_NAMES[p.m - 1]!);
  if (p.y !== undefined) words.push(p.y);
  if (p.time !== undefined) words.push(p.time);
  return words.join(' ');
}

/** The weekdays by ISO number less one, Monday first. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * An ISO 8601 date, date-time or interval in words: `11 January 2024`, `11 January`,
 * `January 2024`, `day 30`, `22:26`, `10–11 January 2024`, `2000–2009`, a weekday alone
 * (`-W-5`, Friday). Anything else as written.
 */
export function formatDate(iso: string): string {
  const weekday = /^-W-([1-7])$/.exec(iso);
  if (weekday) return WEEKDAY_NAMES[Number(weekday[1]) - 1]!;
  const [from, to, ...rest] = iso.split('/');
  if (rest.length) return iso;
  const a = dateParts(from ?? '');
  if (!a) return iso;
  if (to === undefined) return dateWords(a);
  const b = dateParts(to);
  if (!b) return iso;
  const sameMonth = a.y === b.y && a.m === b.m && a.d !== undefined && b.d !== undefined && !a.time && !b.time;
  if (sameMonth && a.m !== undefined) return `${a.d}–${dateWords(b)}`;
  const bare = (p: DateParts) => p.m === undefined && p.d === undefined && !p.time;
  if (bare(a) && bare(b)) return `${a.y ?? ''}–${b.y ?? ''}`;
  return `${dateWords(a)} – ${dateWords(b)}`;
}

const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], TM: ['minute', 'minutes'], S: ['second', 'seconds'],
};

/** An ISO 8601 duration in words: `P2D` → `2 days`, `P1Y6M` → `1 year 6 months`, `PT30M` → `30 minutes`. */
export function formatDuration(iso: string, max?: number): string {
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return iso;
  const keys = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];
  const words: string[] = [];
  keys.forEach((key, i) => {
    const amount = m[i + 1];
    if (amount === undefined) return;
    const [one, many] = DURATION_UNITS[key]!;
    words.push(`${formatNumber(Number(amount))} ${Number(amount) === 1 ? one : many}`);
  });
  // A range of one unit (`5 to 7 days`, `150至300分钟`): `max` counts the same unit.
  const only = words.length === 1 ? keys.findIndex((_, i) => m[i + 1] !== undefined) : -1;
  if (max !== undefined && only >= 0 && max !== Number(m[only + 1])) return `${formatRange(Number(m[only + 1]), max)} ${DURATION_UNITS[keys[only]!]![1]}`;
  return words.join(' ') || iso;
}
