import type { FactCandidate } from '../../types.js';
import {
  isoMonth, isoWeek, nearestWeekday, readReference, shiftDays, shiftMonth, shiftMonths, span, weekdayInWeek, weekend, type RefDay,
} from '../calendar.js';
import { candidate, type Scan } from './scan.js';

/**
 * English dates relative to the reference day (`ExtractContext.referenceDate`, by default the
 * article's dateline), resolved to ISO 8601: `yesterday`, `the day after tomorrow`, `on Sunday`
 * (the last Sunday on or before the reference day, the next one in a sentence about the future),
 * `next Monday` (Monday of next week), `this month`, `last year`, `this September`,
 * `two weeks ago`, `three days from now`, `the past 15 years` (`2006-01-26/2021-01-26`).
 * Without a reference day they yield nothing (a reference year alone resolves years and months).
 */

const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const COUNT = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)';
const UNIT = '(days?|weeks?|fortnights?|months?|years?|decades?)';

/** `yesterday`, `today`, `tomorrow`, `the day before yesterday`, `the day after tomorrow`. */
const NEAR_DAY = /\b(?:(?:the[ \t]+)?day[ \t]+(after[ \t]+tomorrow|before[ \t]+yesterday)|(today|tomorrow|yesterday))\b/gi;
/** A weekday with an optional `last` / `next` / `this` (`on Sunday`, `next Monday`, `this past Friday`). */
const WEEKDAY = /\b(?:(last|next|this|coming|previous|past|upcoming|this[ \t]+(?:past|coming))[ \t]+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/** `this week`, `last month`, `next year`, `this weekend`. */
const PERIOD = /\b(last|next|this|previous|coming|current)[ \t]+(week|weekend|month|year)\b/gi;
/** A month with `this` / `next` / `last` (`this September`). */
const MONTH = /\b(this|next|last)[ \t]+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
/** `two weeks ago`, `3 days from now`. */
const OFFSET = new RegExp(`\\b${COUNT}[ \\t]+${UNIT}[ \\t]+(ago|from[ \\t]+now|hence)\\b`, 'gi');
/** `the past 15 years`, `the next 3 days`, `the last two decades`. */
const SPAN = new RegExp(`\\b(?:the[ \\t]+)?(past|last|next|coming|previous)[ \\t]+${COUNT}[ \\t]+${UNIT}\\b`, 'gi');
/** Words that put a sentence in the future, for a bare weekday. */
const FUTURE = /\b(?:will|shall|'ll|going[ \t]+to|plans?[ \t]+to|is[ \t]+(?:due|set|scheduled|expected)[ \t]+to|next|tomorrow)\b/i;

function count(word: string): number {
  return /^\d/.test(word) ? Number(word) : SMALL[word.toLowerCase()] ?? NaN;
}

/** A unit word as months (a year is 12), days (a week is 7) or decades. */
function unitOf(word: string): { unit: 'D' | 'W' | 'M' | 'Y'; times: number } {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day') return { unit: 'D', times: 1 };
  if (w === 'week') return { unit: 'W', times: 1 };
  if (w === 'fortnight') return { unit: 'W', times: 2 };
  if (w === 'month') return { unit: 'M', times: 1 };
  if (w === 'decade') return { unit: 'Y', times: 10 };
  return { unit: 'Y', times: 1 };
}

/** The sentence around an offset, bounded by stops (at most 200 characters either side). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  const head = text.slice(from, at);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  return stop >= 0 ? head.slice(stop + 1) : head;
}

/** Resolves every relative date of an English text against the reference day. */
export function extractRelativeDates({ text, context }: Scan): FactCandidate[] {
  const ref: RefDay | undefined = readReference(context.referenceDate) ?? (context.referenceYear !== undefined ? { year: context.referenceYear } : undefined);
  if (!ref) return [];
  const out: FactCandidate[] = [];
  const push = (start: number, end: number, value: string | undefined): void => {
    if (value) out.push(candidate('date', { start, end }, value));
  };
  let m: RegExpExecArray | null;
  NEAR_DAY.lastIndex = 0;
  while ((m = NEAR_DAY.exec(text))) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    const days = word.startsWith('after') ? 2 : word.startsWith('before') ? -2 : word === 'today' ? 0 : word === 'tomorrow' ? 1 : -1;
    push(m.index, m.index + m[0].length, shiftDays(ref, days));
  }
  WEEKDAY.lastIndex = 0;
  while ((m = WEEKDAY.exec(text))) {
    const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
    if (!which && !/^[A-Z]/.test(m[2]!)) continue;
    let value: string | undefined;
    if (!which) value = nearestWeekday(ref, weekday, !FUTURE.test(sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40)));
    else if (which === 'next') value = weekdayInWeek(ref, weekday, 1);
    else if (which === 'last' || which === 'previous') value = weekdayInWeek(ref, weekday, -1);
    else if (which === 'this') value = weekdayInWeek(ref, weekday, 0);
    else if (which === 'past' || which === 'this past') value = nearestWeekday(readReference(shiftDays(ref, -1))!, weekday, true);
    else value = nearestWeekday(readReference(shiftDays(ref, 1))!, weekday, false);
    push(m.index, m.index + m[0].length, value);
  }
  PERIOD.lastIndex = 0;
  while ((m = PERIOD.exec(text))) {
    const which = m[1]!.toLowerCase();
    const step = which === 'last' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
    const unit = m[2]!.toLowerCase();
    const value = unit === 'week' ? isoWeek(ref, step) : unit === 'weekend' ? weekend(ref, step)
      : unit === 'month' ? shiftMonth(ref, step) : String(ref.year + step);
    push(m.index, m.index + m[0].length, value);
  }
  MONTH.lastIndex = 0;
  while ((m = MONTH.exec(text))) {
    const which = m[1]!.toLowerCase();
    const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
    if (m[2] === 'may' || m[2] === 'march') continue;
    let year = ref.year;
    if (which === 'next' && ref.month !== undefined && month <= ref.month) year++;
    if (which === 'last' && (ref.month === undefined || month >= ref.month)) year--;
    push(m.index, m.index + m[0].length, isoMonth(year, month));
  }
  OFFSET.lastIndex = 0;
  while ((m = OFFSET.exec(text))) {
    const n = count(m[1]!);
    const { unit, times } = unitOf(m[2]!);
    const sign = /^ago$/i.test(m[3]!) ? -1 : 1;
    const k = sign * n * times;
    const value = unit === 'D' ? shiftDays(ref, k) : unit === 'W' ? shiftDays(ref, 7 * k) : shiftMonths(ref, unit === 'M' ? k : 12 * k);
    push(m.index, m.index + m[0].length, Number.isFinite(n) ? value : undefined);
  }
  SPAN.lastIndex = 0;
  while ((m = SPAN.exec(text))) {
    const n = count(m[2]!);
    const { unit, times } = unitOf(m[3]!);
    if (!Number.isFinite(n) || n < 2 && !/^\d/.test(m[2]!)) continue;
    const past = !/^(?:next|coming)$/i.test(m[1]!);
    push(m.index, m.index + m[0].length, span(ref, n * times, unit, past));
  }
  return out;
}
