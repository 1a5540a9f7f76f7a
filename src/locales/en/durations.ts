import type { FactCandidate } from '../../types.js';
import { qualify, rangeAt } from './qualifiers.js';
import { candidate, type Scan } from './scan.js';
import type { NumberToken } from './numbers.js';

/** Time units after a number: spaced, hyphenated (`two-day`, `20-year`) or glued (`3h`, `3.5years`). */
const UNIT = /(?:[ \t]*-[ \t]*|[ \t]+|(?<=\d))(years?|yrs?|months?|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|decades?|century|centuries|quarters?|fortnights?)(?![A-Za-z])/iy;

/** Uses of a time unit that are not a span of time (`20 years old`, `five-year-old`, `Five-Year Plan`). */
const NOT_DURATION = /^(?:[ \t]*-?[ \t]*old\b|[ \t]+(?:Plan|Programme|Program)\b)/;

const DESIGNATORS: [RegExp, string, number][] = [
  [/^(?:year|yr)/i, 'Y', 1], [/^month/i, 'M', 1], [/^(?:week|wk)/i, 'W', 1], [/^day/i, 'D', 1],
  [/^(?:hour|hr|h$)/i, 'H', 1], [/^min/i, 'MT', 1], [/^sec/i, 'S', 1], [/^decade/i, 'Y', 10],
  [/^centur/i, 'Y', 100], [/^quarter/i, 'M', 3], [/^fortnight/i, 'D', 14],
];

/** ISO 8601 duration of `count` units (`P2D`, `P20Y`, `PT3H`, `PT1.5H`). */
export function isoDuration(count: number, unit: string): string | undefined {
  const found = DESIGNATORS.find(([re]) => re.test(unit));
  if (!found) return undefined;
  const [, designator, factor] = found;
  const n = Number((count * factor).toPrecision(12));
  if (designator === 'MT') return `PT${n}M`;
  return designator === 'H' || designator === 'S' ? `PT${n}${designator}` : `P${n}${designator}`;
}

const HALF_HOUR = /\b(?:half an|a half)[ \t]+hour\b/gi;

/**
 * Durations: a count and a time unit (`two-day` → P2D, `20 years` → P20Y, `3h` → PT3H),
 * with ranges (`10-15 years` → P10Y, max 15) and qualifiers (`nearly 20 years`).
 * Not ages (`20 years old`) nor plan names (`Five-Year Plan`).
 */
export function extractDurations({ text, numbers }: Scan): FactCandidate[] {
  const out: FactCandidate[] = [];
  const unitAfter = (t: NumberToken): { unit: string; end: number } | null => {
    if (t.ordinal || (t.glued !== undefined && !/^(?:h|hrs?|mins?|secs?|years?|yrs?|days?|weeks?|months?)$/i.test(t.glued))) return null;
    UNIT.lastIndex = t.end;
    const m = UNIT.exec(text);
    if (!m || NOT_DURATION.test(text.slice(UNIT.lastIndex, UNIT.lastIndex + 10))) return null;
    return { unit: m[1]!, end: UNIT.lastIndex };
  };
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    const range = rangeAt(text, numbers, i, (a, b) => !a.ordinal && !b.ordinal && a.value < b.value);
    const last = range ? numbers[range.high]! : low;
    const unit = unitAfter(last);
    if (!unit) continue;
    if (range && unitAfter(low)) continue;
    const value = isoDuration(low.value, unit.unit);
    if (!value) continue;
    const span = qualify(text, range?.start ?? low.start, unit.end, false);
    out.push(candidate('duration', span, value, range ? { max: last.value } : {}));
    if (range) i = range.high;
  }
  HALF_HOUR.lastIndex = 0;
  for (let m = HALF_HOUR.exec(text); m; m = HALF_HOUR.exec(text)) {
    out.push(candidate('duration', qualify(text, m.index, m.index + m[0].length, false), 'PT30M'));
  }
  return out;
}
