import type { FactCandidate } from '../../types.js';
import { qualify, rangeAt } from './qualifiers.js';
import { candidate, lowerHolds, type Scan } from './scan.js';
import type { NumberToken } from './numbers.js';

/** Time units after a number: spaced, hyphenated (`two-day`, `20-year`) or glued (`3h`, `3.5years`). */
const UNIT = /(?:[ \t]*-[ \t]*|[ \t]+(?:(?:more|additional|extra|less|fewer|consecutive|straight|successive|full|whole)[ \t]+)?|(?<=\d))(years?|yrs?|months?|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|decades?|century|centuries|quarters?|fortnights?|nights?)(?![A-Za-z])/iy;

/** The words before and after a unit of time counted by its article that make it the time a change is measured from: `from a week earlier`, `than a year before`, `over a month ago`. */
const BASE_BEFORE = /\b(?:from|than|over|on|versus|vs\.?)[ \t]+$/i;
const BASE_AFTER = /^[ \t]+(?:earlier|before|ago)\b/i;

/** Uses of a time unit that are not a span of time (`20 years old`, `five-year-old`, `Five-Year Plan`). */
const NOT_DURATION = /^(?:[ \t]*-?[ \t]*olds?\b|[ \t]+(?:Plan|Programme|Program)\b)/;

/** ISO designators in order, with the time part marked. */
type Designator = 'Y' | 'M' | 'W' | 'D' | 'H' | 'TM' | 'S';
const ORDER: readonly Designator[] = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];

const DESIGNATORS: [RegExp, Designator, number][] = [
  [/^(?:year|yr)/i, 'Y', 1], [/^month/i, 'M', 1], [/^(?:week|wk)/i, 'W', 1], [/^day/i, 'D', 1],
  [/^(?:hour|hr|h$)/i, 'H', 1], [/^min/i, 'TM', 1], [/^sec/i, 'S', 1], [/^decade/i, 'Y', 10],
  [/^centur/i, 'Y', 100], [/^quarter/i, 'M', 3], [/^fortnight/i, 'W', 2], [/^night/i, 'D', 1],
];

/** A duration as counts per designator (`2 years and 3 months` → {Y: 2, M: 3}). */
type Parts = Partial<Record<Designator, number>>;

function partsOf(count: number, unit: string): Parts | undefined {
  const found = DESIGNATORS.find(([re]) => re.test(unit));
  if (!found) return undefined;
  return { [found[1]]: Number((count * found[2]).toPrecision(12)) };
}

/** ISO 8601 text of duration parts (`P2Y3M`, `PT1H45M`, `PT1.5H`). */
function iso(parts: Parts): string {
  let date = '';
  let time = '';
  for (const d of ORDER) {
    const n = parts[d];
    if (n === undefined) continue;
    if (d === 'H' || d === 'TM' || d === 'S') time += `${n}${d === 'TM' ? 'M' : d}`;
    else date += `${n}${d}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** ISO 8601 duration of `count` units (`P2D`, `P20Y`, `PT3H`, `PT1.5H`). */
export function isoDuration(count: number, unit: string): string | undefined {
  const parts = partsOf(count, unit);
  return parts ? iso(parts) : undefined;
}

/** `half an hour`, `half a day`, `a half hour`, `half day`, `half a decade`. */
const HALF_UNIT = /\b(?:half[ \t]+an?|an?[ \t]+half|half)[ \t]+(hour|day|year|month|week|minute|decade|century)\b/gi;
/** `a quarter of an hour`, `a quarter of a century`, `one quarter of a year`: a quarter of one unit. */
const QUARTER_UNIT = /\b(?:a|one)[ \t]+quarter[ \t]+of[ \t]+an?[ \t]+(hour|day|year|century)\b/gi;
/** `three quarters of an hour`, `three-quarters of a century`: three quarters of one unit. */
const THREE_QUARTERS_UNIT = /\bthree[ \t-]+quarters[ \t]+of[ \t]+an?[ \t]+(hour|day|year|century)\b/gi;
/** `an hour`, `a month`: one unit, unless it is a frequency (`once a year`, `twice a day`, `per day`). */
const ONE_UNIT = /\ban?[ \t]+(hour|day|week|month|year|minute|decade|century|fortnight)\b/gi;
/** `all week`, `another year`, `full-month` (the last two before no noun: a `full-year profit` is no span). */
const WHOLE_UNIT = /\b(?:all|another|full|whole)[ \t-]+(day|week|month|year)\b/gi;
/** A length counted back or on from a value's time (`9.1 percent a decade earlier`, `a year ago`): no rate. */
const COUNTED_BACK = /^[ \t]+(?:ago|earlier|before|later|on)\b/i;
/** Words before `a year`, `a day` that make it a frequency or a rate (`once a year`, `6.2 percent a year`, `3 points a day`). */
const FREQUENCY_BEFORE = /(?:\b(?:once|twice|thrice|times|per|each|every|half|percent|cent|pct|points?)|\d[\w%]*|\))[ \t]+$/i;
/**
 * One unit shorter than a day counted from now: `over the next hour`, `within the next minute`,
 * `for the past hour` (longer units, `the next week`, are dates). The span starts at `the`.
 */
const NEXT_SHORT_UNIT = /\b(?:over|in|within|during|for|throughout)[ \t]+(the[ \t]+(?:next|coming|past|last)[ \t]+(hour|minute|second))\b/gi;
/** A counted noun before `a year`, `a day` (`3 million visitors a year`): a rate, not a duration. */
const COUNTED_WORDS = /(?:[ \t]+[A-Za-z][A-Za-z-]*){1,2}[ \t]+$/;
/** A half or a quarter after a unit: `an hour and a half`, `one month and half`, `a year and a quarter`. */
const AND_HALF = /^[ \t]+and[ \t]+(?:an?[ \t]+)?(half|quarter)\b(?![ \t]+(?:of|mile|pound|cup|hour|day|year|month|week|minute)s?\b)/i;
/**
 * A length counted vaguely, as Recognizers-Text reads it: `a couple of days` (2), `a few
 * minutes`, `some days`, `several weeks` (3); approximate.
 */
const VAGUE_UNITS = /\b(?:(a[ \t]+couple[ \t]+of|a[ \t]+couple)|(?:a[ \t]+few|some|several))[ \t]+(years|months|weeks|days|hours|minutes|seconds|decades)\b/gi;
/** The words of the patterns above, one of each list a match needs (in lower case). */
const WHOLE_UNIT_NEEDS = ['day', 'week', 'month', 'year'];
const HALF_UNIT_NEEDS = ['half'];
const QUARTER_UNIT_NEEDS = ['quarter'];
const THREE_QUARTERS_NEEDS = ['quarters'];
const ONE_UNIT_NEEDS = ['hour', 'day', 'week', 'month', 'year', 'minute', 'decade', 'century', 'fortnight'];
const SHORT_UNIT_NEEDS = ['hour', 'minute', 'second'];
const NEXT_NEEDS = ['next', 'coming', 'past', 'last'];
const VAGUE_NEEDS = ['couple', 'few', 'some', 'several'];
const PLURAL_UNIT_NEEDS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades'];
/** HALF_UNIT, QUARTER_UNIT, THREE_QUARTERS_UNIT and ONE_UNIT with the count each names and the words each needs. */
const COUNTED_UNITS = [
  [HALF_UNIT, 0.5, HALF_UNIT_NEEDS], [QUARTER_UNIT, 0.25, QUARTER_UNIT_NEEDS], [THREE_QUARTERS_UNIT, 0.75, THREE_QUARTERS_NEEDS], [ONE_UNIT, 1, ONE_UNIT_NEEDS],
] as const;
/** A unit counted by its article: `a day`, `an hour`. */
const A_UNIT = /^an?[ \t]/i;

/** What may join two parts of one duration: `, `, ` and `, `, and `, a space. */
const PART_JOIN = /^(?:,?[ \t]+and[ \t]+|,[ \t]*|[ \t]+)$/i;
/** A length given for each day, week or other unit (`6 hours a day`, `8 hours each day`, `3 days per week`): a rate. */
const RATE_AFTER = /^[ \t]+(?:a|an|each|every|per)[ \t]+(?:day|week|month|year|night|shift|session)\b/i;
/** Minutes written bare after hours: `1 hour thirty`, `2 hours and 10`. */
const BARE_MINUTES = /^(?:[ \t]+and)?[ \t]+(?=\S)/i;

interface Found {
  c: FactCandidate;
  parts: Parts;
  /** Smallest designator used, to keep parts in decreasing order. */
  smallest: number;
}

/**
 * Durations: a count and a time unit (`two-day` → P2D, `20 years` → P20Y, `3h` → PT3H),
 * several units as one (`2 years and 3 months` → P2Y3M, `an hour and a half` → PT1.5H),
 * ranges (`10-15 years` → P10Y, max 15) and qualifiers (`nearly 20 years`).
 * One short unit from now (`over the next hour` → PT1H). Not ages (`20 years old`), plan names
 * (`Five-Year Plan`) nor frequencies (`once a year`, `3 million visitors a year`).
 */
export function extractDurations(scan: Scan): FactCandidate[] {
  const { text, numbers } = scan;
  // Each pattern below runs only over a text that holds a word of each of its `…_NEEDS` (it finds nothing in another).
  const holds = lowerHolds(scan);
  const found: Found[] = [];
  const add = (c: FactCandidate, parts: Parts): void => {
    const smallest = Object.keys(parts).reduce((most, d) => Math.max(most, ORDER.indexOf(d as Designator)), -Infinity);
    found.push({ c, parts, smallest });
  };
  const unitAfter = (t: NumberToken): { unit: string; end: number } | null => {
    if (t.ordinal || (t.glued !== undefined && !/^(?:h|hrs?|mins?|secs?|years?|yrs?|days?|weeks?|months?)$/i.test(t.glued))) return null;
    UNIT.lastIndex = t.end;
    const m = UNIT.exec(text);
    if (!m || NOT_DURATION.test(text.slice(UNIT.lastIndex, UNIT.lastIndex + 10))) return null;
    // A capital H set apart from its number names a class of things (`125 million H shares`), no hours.
    if (m[1] === 'H' && m[0] !== 'H') return null;
    return { unit: m[1]!, end: UNIT.lastIndex };
  };
  // Made on first use, as `numberEnds` below: only `1 hour thirty` looks a number up by its start.
  let byStart: Map<number, number> | undefined;
  let numberEnds: Set<number> | undefined;
  // A number and one or two words, the last a plural, right before `at` (`3 million visitors `, `200 flights `).
  const countedBefore = (at: number): boolean => {
    const from = Math.max(0, at - 40);
    const words = COUNTED_WORDS.exec(text.slice(from, at));
    if (!words || !/s[ \t]+$/i.test(words[0])) return false;
    const lead = /^[ \t]+[A-Za-z][A-Za-z-]*/.exec(words[0])![0];
    numberEnds ??= new Set(numbers.map((t) => t.end));
    // The number ends where the words begin, or (two words read) where the second begins.
    return numberEnds.has(from + words.index) || numberEnds.has(from + words.index + lead.length);
  };
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    const range = rangeAt(text, numbers, i, (a, b) => !a.ordinal && !b.ordinal && a.value < b.value);
    const last = range ? numbers[range.high]! : low;
    const unit = unitAfter(last);
    if (!unit) continue;
    if (range && unitAfter(low)) continue;
    const parts = partsOf(low.value, unit.unit);
    if (!parts) continue;
    const span = comparedInSpan(text, qualify(text, range?.start ?? low.start, unit.end, false, true));
    add(candidate('duration', span, '', range ? { max: last.value } : {}), parts);
    if (range) i = range.high;
  }
  WHOLE_UNIT.lastIndex = 0;
  if (holds(WHOLE_UNIT_NEEDS)) for (let m = WHOLE_UNIT.exec(text); m; m = WHOLE_UNIT.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^[-\w]|^[ \t]+(?!(?:and|or|to|in|on|at|for|of|with|before|after|until|since|long|round)\b)[a-z]/i.test(after)) continue;
    const parts = partsOf(1, m[1]!);
    if (parts) add(candidate('duration', { start: m.index, end: m.index + m[0].length }, ''), parts);
  }
  for (const [re, count, needs] of COUNTED_UNITS) {
    re.lastIndex = 0;
    if (holds(needs)) for (let m = re.exec(text); m; m = re.exec(text)) {
      if (count === 1 && ((FREQUENCY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !COUNTED_BACK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)))
        || countedBefore(m.index))) continue;
      if (NOT_DURATION.test(text.slice(re.lastIndex, re.lastIndex + 10))) continue;
      // `up 3.8% from a week earlier`, `than a year before`: the time a change is measured from (环比,
      // 同比), no length.
      if (count === 1 && BASE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && BASE_AFTER.test(text.slice(re.lastIndex, re.lastIndex + 10))) continue;
      const parts = partsOf(count, m[1]!);
      if (parts) add(candidate('duration', comparedInSpan(text, qualify(text, m.index, m.index + m[0].length, false)), ''), parts);
    }
  }
  NEXT_SHORT_UNIT.lastIndex = 0;
  if (holds(SHORT_UNIT_NEEDS) && holds(NEXT_NEEDS)) for (let m = NEXT_SHORT_UNIT.exec(text); m; m = NEXT_SHORT_UNIT.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const parts = partsOf(1, m[2]!);
    if (parts) add(candidate('duration', { start, end: m.index + m[0].length }, ''), parts);
  }
  VAGUE_UNITS.lastIndex = 0;
  if (holds(VAGUE_NEEDS) && holds(PLURAL_UNIT_NEEDS)) for (let m = VAGUE_UNITS.exec(text); m; m = VAGUE_UNITS.exec(text)) {
    if (NOT_DURATION.test(text.slice(VAGUE_UNITS.lastIndex, VAGUE_UNITS.lastIndex + 10))) continue;
    const parts = partsOf(m[1] ? 2 : 3, m[2]!);
    if (parts) add(candidate('duration', comparedInSpan(text, qualify(text, m.index, m.index + m[0].length, false)), '', { approx: true }), parts);
  }
  if (found.length > 1) found.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const cur = found[k]!;
    if (out.length && cur.c.start < out[out.length - 1]!.end) continue;
    // `every three weeks` is the span between two times, as Chinese writes it (每三周, 间隔为3分钟).
    // `half an hour a day`, `2 hours a week`: a unit counted by its article right after a length is
    // the rate the length recurs at, no length of its own.
    const before = out[out.length - 1];
    if (before && A_UNIT.test(text.slice(cur.c.start, cur.c.end)) && /^[ \t]+$/.test(text.slice(before.end, cur.c.start))) continue;
    let { parts, smallest } = cur;
    let end = cur.c.end;
    const single = (): [Designator, number] | undefined => {
      const keys = Object.keys(parts) as Designator[];
      return keys.length === 1 ? [keys[0]!, parts[keys[0]!]!] : undefined;
    };
    // Later parts in decreasing order: `1 year, 2 days, 3 hours and 4 seconds`.
    while (cur.c.max === undefined) {
      const next = found[k + 1];
      if (!next || next.c.max !== undefined || next.c.approx || next.c.start < end) break;
      const first = ORDER.indexOf(Object.keys(next.parts)[0] as Designator);
      // Parts in decreasing order (`1 year, 2 days`), or a larger unit not yet named right after
      // (`5 days 2 months`); not after a comma, where a larger unit is a clause of its own (`58
      // hours, half a day faster`).
      const join = text.slice(end, next.c.start);
      // Nor after `and`, which joins two lengths (`between 18 months and three years`).
      const fresh = Object.keys(next.parts).every((d) => parts[d as Designator] === undefined) && !join.includes(',') && !/\band\b/i.test(join);
      if ((first <= smallest && !(fresh && Object.keys(next.parts).length === 1)) || !PART_JOIN.test(join)) break;
      // `4 days, 6 hours a day`: the next part is a rate of its own, no part of this length.
      if (RATE_AFTER.test(text.slice(next.c.end, next.c.end + 12))) break;
      // A unit counted by its article is no later part (`half an hour a day`, `3 days, a week later`).
      if (A_UNIT.test(text.slice(next.c.start, next.c.end))) break;
      parts = { ...parts, ...next.parts };
      smallest = next.smallest;
      end = next.c.end;
      k++;
    }
    const half = AND_HALF.exec(text.slice(end, end + 40));
    const one = single();
    if (half && one) {
      const part = half[1]!.toLowerCase() === 'quarter' ? 0.25 : 0.5;
      parts = { [one[0]]: one[1] + (one[0] === 'Y' && one[1] >= 10 ? 0 : part) };
      end += half[0].length;
    } else if (one?.[0] === 'H' && Number.isInteger(one[1])) {
      // `1 hour thirty`: a bare count of minutes after whole hours.
      const gap = BARE_MINUTES.exec(text.slice(end, end + 6));
      let t: NumberToken | undefined;
      if (gap) {
        byStart ??= new Map(numbers.map((n, j) => [n.start, j]));
        t = numbers[byStart.get(end + gap[0].length) ?? -1];
      }
      if (t && t.value > 0 && t.value < 60 && Number.isInteger(t.value) && !t.ordinal && t.glued === undefined
        && !/^[ \t]*[A-Za-z]/.test(text.slice(t.end, t.end + 2))) {
        parts = { H: one[1], TM: t.value };
        end = t.end;
      }
    }
    out.push({ ...cur.c, end, value: iso(parts) });
  }
  return out;
}

/**
 * `more than` / `less than` before a length: the comparison joins its span, as Recognizers-Text's
 * date-time durations write it, with the `no` or `not` that turns it (`no more than 90 days`).
 */
const COMPARED_BEFORE = /\b(?:(?:no|not)[ \t]+)?(?:more|less|longer|shorter|fewer)[ \t]+than[ \t]+$/i;

function comparedInSpan<T extends { start: number; bound?: 'over' | 'under' }>(text: string, span: T): T {
  const m = span.bound ? COMPARED_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start)) : null;
  return m ? { ...span, start: span.start - m[0].length } : span;
}

/**
 * Each gated pattern of this file with the lists of words it needs one of each of (in lower case),
 * as its gate asks them: for the test that checks every gate against its pattern.
 */
export const DURATION_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [WHOLE_UNIT, WHOLE_UNIT_NEEDS], [HALF_UNIT, HALF_UNIT_NEEDS], [QUARTER_UNIT, QUARTER_UNIT_NEEDS], [THREE_QUARTERS_UNIT, THREE_QUARTERS_NEEDS],
  [ONE_UNIT, ONE_UNIT_NEEDS], [NEXT_SHORT_UNIT, SHORT_UNIT_NEEDS, NEXT_NEEDS], [VAGUE_UNITS, VAGUE_NEEDS, PLURAL_UNIT_NEEDS],
];
