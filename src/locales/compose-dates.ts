/**
 * Rules that compose the date candidates a locale's grammar found, shared by both languages:
 * - a day and a time of day written side by side are one moment (`8am this morning`,
 *   `2010-01-29早上七点`, `tonight at 1am`): `2016-11-07T08:00`;
 * - a day followed by a part of the day is that part of the day (`tomorrow night`,
 *   `明天上午`, `7月25日早间`), read as the interval Recognizers-Text gives it: morning
 *   08:00–12:00, afternoon 12:00–16:00, evening 16:00–20:00, night 20:00–23:59;
 * - a date with the word that bounds it (`before 2018`, `2012 or later`, `2019年1月1日或之后`,
 *   `自2016年9月1日起`) takes the word into its span and sets `bound` (`under` before, `over`
 *   after), as the quantities do.
 * Each language passes its words; the rules run once over the sorted candidates.
 */
import type { FactCandidate } from '../types.js';
import { daysInMonth, intervalValue, pad2, readReference, shiftDays, weekAround, weekEndingOn } from './calendar.js';

/**
 * A part of the day, as an interval of clock times (morning, afternoon, evening, night, and the
 * small hours `EM`), or a moment a word names (noon `NO`, midnight `MN`).
 */
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI' | 'EM' | 'NO' | 'MN';

/**
 * The clock interval of each part of the day (Recognizers-Text's reading; the small hours, 凌晨,
 * from midnight to six, as dictionaries gloss it: `before dawn`), or the clock time of noon and
 * midnight.
 */
export const DAY_PART_TIMES: Readonly<Record<DayPart, string>> = {
  MO: 'T08:00/T12:00', AF: 'T12:00/T16:00', EV: 'T16:00/T20:00', NI: 'T20:00/T23:59', EM: 'T00:00/T06:00', NO: 'T12:00', MN: 'T00:00',
};

/** The longest gap `DateWords.glue` is asked about: room for a time zone (` Hong Kong time, on `). */
const GLUE_MOST = 24;

/** The words of one language that the rules read. */
export interface DateWords {
  /** The text between a day and a time that still joins them (whole gap; short). */
  glue: RegExp;
  /** The gap between a day and a clock time that bounds the time on that day (` before `); anchored, group 1 the word. */
  boundGlue?: RegExp;
  /** A part of the day right after a day (anchored at the start of the text after it); group 1 the word. */
  partAfter: RegExp;
  /** A part of the day right before the day it belongs to (`the morning of`); anchored at the end, group 1 the word. */
  partBefore?: RegExp;
  /** Words one of which `partAfter` and `partBefore` need (in lower case; the gate as `…Needs` below). */
  partNeeds?: readonly string[];
  /** The part of the day a matched word names. */
  partOf: (word: string) => DayPart | undefined;
  /** A word that bounds a date, right before it (anchored at the end); group 1 the bounding word. */
  boundBefore: RegExp;
  /** A word that bounds a date, right after it (anchored at the start); group 1 the bounding word. */
  boundAfter: RegExp;
  /** Whether a bounding word puts the date as an upper bound (`before`). */
  isUpper: (word: string) => boolean;
  /** A leading word that bounds only with a trailing one (`自…起`, `从…开始`). */
  needsAfter?: (word: string) => boolean;
  /** The trailing word such a leading word pairs with (anchored at the start); group 1 the word. */
  pairedAfter?: RegExp;
  /** The text between a day of the month and its month (`15th day of` next month; `本月` + `十日`: empty). */
  dayOfMonthGap: RegExp;
  /** What joins a day and a later day of its month written alone (`2月15日（星期六）及16日`): `和`, `及`, `、`. */
  dayListGap?: RegExp;
  /** Whether a candidate's text names a weekday; its ISO number (1 Monday … 7 Sunday). */
  weekdayOf?: (raw: string) => number | undefined;
  /**
   * Two weekdays joined into a range (`周一到周三`, `Monday to Wednesday next week`): `gap` the whole
   * text between them, `lead` a word that opens the range (anchored at the end), `bare` a weekday
   * written alone (no week named with it).
   */
  weekdayRange?: { gap: RegExp; lead: RegExp; bare: RegExp };
  /** What follows a bare year-like number when it counts things (` people`): no year then. */
  nounAfter?: RegExp;
  /** The word `year` before a year it names (`year 2012`); anchored at the end. */
  yearBefore?: RegExp;
  /** A word that makes the date after it approximate and joins its span (`around`, `大约`); anchored at the end. */
  aroundBefore?: RegExp;
  /** A date that takes a `the` before it into its span (`the 09th of May`). */
  theBefore?: RegExp;
  /** A word that names part of the month or year after it (`early`, `the end of`); anchored at the end, group 1 the word. */
  periodBefore?: RegExp;
  /** The days each part of a month covers (by default `MONTH_THIRDS`). */
  monthParts?: MonthParts;
  /** A word that names part of the decade before it (`初`, `中期`, `末期`); anchored at the start, group 1 the word. */
  decadePartAfter?: RegExp;
  /** A word that names part of the month or year before it (`上旬`, `底`); anchored at the start, group 1 the word. */
  periodAfter?: RegExp;
  /**
   * Which third a part-of-period word names: 0 the start, 1 the middle, 2 the end; undefined for a
   * word that names no third (`later`), which joins only a period named relatively.
   */
  thirdOf?: (word: string) => 0 | 1 | 2 | undefined;
  /**
   * A range of bare numbers that may be clock hours next to a day (`between 2 and 6`, `9-11`);
   * anchored, group 1 set when a word introduces it (`between`, `from`).
   */
  clockRange?: RegExp;
  /** The gap between a bare hour and the day after it (` `, ` on `); anchored. */
  hourBeforeDayGap?: RegExp;
  /** The gap between a day and a bare number that makes the number its hour (` at `); anchored. */
  hourAfterDay?: RegExp;
  /** A period named relatively (`this month`, `next year`); anchored. */
  relativePeriod?: RegExp;
  /** A year named relatively (`next year`, `明年`); anchored. */
  relativeYear?: RegExp;
  /** The gap between a year and the date without its year after it that it dates (`今年` `1-10月`: empty); anchored. */
  yearFirstGap?: RegExp;
  /** The gap between a date without its year and the year after it (` of `); anchored. */
  yearGap?: RegExp;
  /**
   * The words around a start and a length that make them one span (`from 10 am for 2 hours`, `for
   * 3 days from today`): `lead` anchored at the end of the text before the first, `gap` the whole
   * text between the two; each with group 1 `from` when the start comes first.
   */
  startFor?: { lead: RegExp; gapStartFirst: RegExp; gapLengthFirst: RegExp; leadStartFirst: RegExp };
  /**
   * A part of the day written without its day (`in the morning`, `上午`); global, group 1 the word
   * `partOf` reads. Read as the part's clock interval (`T08:00/T12:00`), only where no other
   * candidate covers it (a day before it takes it first: `tomorrow in the morning`).
   */
  partAlone?: RegExp;
  /** Words after a day that name the week holding it (`9月9日当周`); anchored. */
  weekAfterDay?: RegExp;
  /**
   * A moment and a clock time after it that ends a range on its day (`2:00 tomorrow and 4:00`,
   * `12月15日晚上7:00到8:00`): `gap` the whole text between them (group 1 the joining word),
   * `lead` the word that opens the range (anchored at the end; group 1 the word), `needsLead` the
   * joining words that count only after an opening word (`and` after `between`).
   */
  clockTo?: { gap: RegExp; lead: RegExp; needsLead?: RegExp };
  /**
   * Any two dates written as one interval, whatever each end is (`from 2006 to the end of 2009`,
   * `2015年5月至2018年底`): `gap` the whole text between them (group 1 the joining word), `lead`
   * the word that opens it (anchored at the end; group 1 the word), `trail` a word after the end
   * that closes it (anchored at the start: `之间`); `needsLead` / `needsTrail` the joining words
   * that count only with that word (`and` after `between`, `和` before `之间`); `openEnd` the end of a
   * start whose word left it open (`自2025年起`), which the range closes.
   */
  rangeJoin?: { gap: RegExp; lead: RegExp; trail?: RegExp; needsLead?: RegExp; needsTrail?: RegExp; openEnd?: RegExp; gapNeedsLead?: RegExp };
  /**
   * The words of a race's time around a clock reading with seconds (`asRaceTime`): `before` anchored
   * at the end of the text before it (`won in `, `以`), `after` at the start of the text after it (`的成绩`).
   */
  raceTime?: { before: RegExp; after?: RegExp };
  /**
   * The first or last few days, weeks, months or quarters of a period (`the first 10 days of May`,
   * `the last two weeks of this year`, `今年前10个月`): `before` the words before the period
   * (anchored at the end), `after` the words after it (anchored at the start); each with group 1
   * the first/last word, group 2 the count, group 3 the unit. `count` reads the count, `unitOf`
   * the unit, `isLast` the word.
   */
  leadingPart?: {
    before?: RegExp; after?: RegExp;
    count: (text: string) => number | undefined; unitOf: (word: string) => 'D' | 'W' | 'M' | 'Q' | undefined; isLast: (word: string) => boolean;
  };
  /** Words that name a day and its part at once (`tonight`, `last night`, `今晚`); global, group 1 the word. */
  dayPartWords: RegExp;
  /**
   * Words one of which `dayPartWords` needs, and one of which `partAlone` needs, as `holds` (an
   * argument of `composeDates`) reads them: a text without any is not run through the pattern.
   */
  dayPartNeeds?: readonly string[];
  partAloneNeeds?: readonly string[];
  /** The day (offset from the reference day) and the part a matched word names. */
  dayPartOf: (word: string) => [number, DayPart] | undefined;
}

const DAY = /^(?:\d{4}|-)-\d\d-\d\d$/;
const TIME = /^T\d\d:\d\d(?::\d\d)?(?:\/T\d\d:\d\d(?::\d\d)?)?$/;
/** A day with a time, or a clock interval within one day: `2018-08-01T16:00/2018-08-01T20:00`. */
const DAY_TIMED = /^((?:\d{4}|-)-\d\d-\d\d)T(\d\d:\d\d)(?:\/((?:\d{4}|-)-\d\d-\d\d)T(\d\d:\d\d))?$/;
const DAY_PART = /^((?:\d{4}|-)-\d\d-\d\d)T(\d\d):\d\d\/(?:\d{4}|-)-\d\d-\d\dT\d\d:\d\d$/;

/** A day with a time or clock interval: `2016-11-07` + `T08:00/T12:00` → `2016-11-07T08:00/2016-11-07T12:00`. */
export function atTime(day: string, time: string): string {
  const [a, b] = time.split('/');
  return b === undefined ? `${day}${a}` : `${day}${a}/${day}${b}`;
}

/** A time read within a part of the day: `8` in the evening is 20:00. */
function timeInPart(time: string, partStart: number, raw: string): string {
  const morning = /(?:\b|\d)(?:am|a\.m\.)|上午|早/i.test(raw);
  // A range of clock times: each end in the part (`tonight from 6 to 6:45` = 18:00 to 18:45).
  return time.split('/').map((t) => {
    const h = Number(t.slice(1, 3));
    return partStart >= 12 && h < 12 && !morning ? `T${String(h + 12).padStart(2, '0')}${t.slice(3)}` : t;
  }).join('/');
}

/**
 * The words that name a day and its part (`tonight`), resolved against the reference day and
 * merged into the candidates: a time that starts with one (`今晚7点`) takes its day; one that
 * overlaps another candidate is left out.
 */
function withDayParts(text: string, found: readonly FactCandidate[], words: DateWords, reference: string | undefined): FactCandidate[] {
  const ref = readReference(reference);
  if (!ref) return [...found];
  const out: FactCandidate[] = [];
  let k = 0;
  words.dayPartWords.lastIndex = 0;
  for (let m = words.dayPartWords.exec(text); m; m = words.dayPartWords.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const named = words.dayPartOf(m[1]!);
    const day = named ? shiftDays(ref, named[0]) : undefined;
    if (!named || !day) continue;
    while (k < found.length && found[k]!.end <= start) out.push(found[k++]!);
    const next = found[k];
    if (next && next.start < end) {
      if (next.start === start && next.kind === 'date' && typeof next.value === 'string' && TIME.test(next.value)) {
        out.push({ ...next, value: atTime(day, timeInPart(next.value, Number(DAY_PART_TIMES[named[1]].slice(1, 3)), text.slice(next.start, next.end))) });
        k++;
      }
      continue;
    }
    out.push({ kind: 'date', start, end, value: atTime(day, DAY_PART_TIMES[named[1]]), approx: false });
  }
  while (k < found.length) out.push(found[k++]!);
  return out;
}

const YEAR_OR_MONTH = /^(\d{4}|-)(?:-(\d\d))?$/;

/** The first and last day of a part of a month (0 the start, 1 the middle, 2 the end), given its last day. */
export type MonthParts = readonly [(last: number) => [number, number], (last: number) => [number, number], (last: number) => [number, number]];

/** A month in thirds, as the Chinese 旬: days 1–10, 11–20, 21 to the end (`3月上旬`, `月底`). */
export const MONTH_THIRDS: MonthParts = [() => [1, 10], () => [11, 20], (last) => [21, last]];

/**
 * A month as English reads its parts (Recognizers-Text's reading): `early March` the first half
 * (1–15), `mid-March` days 10–20, `late March` / `the end of March` the second half (16 to the end).
 */
export const MONTH_HALVES: MonthParts = [() => [1, 15], () => [10, 20], (last) => [16, last]];

/** A range of months: `2026-03/2026-05`, `--03/--05`. */
const MONTH_RANGE = /^(\d{4}|-)-(\d\d)\/(\d{4}|-)-(\d\d)$/;

/**
 * A range of months with a part of a month named before it or after it (`from late March to May`,
 * `3月至5月中旬`): the part cuts the month beside it, the first month where the word comes before,
 * the last where it comes after; the other end stays the whole month.
 */
function partOfMonthRange(text: string, c: FactCandidate, m: RegExpExecArray, words: DateWords): FactCandidate {
  const part = partWordAround(text, c, words.periodBefore, words.periodAfter);
  const third = part ? words.thirdOf?.(part.word) : undefined;
  if (!part || third === undefined) return c;
  const [, y1, m1, y2, m2] = m;
  // A month without its year has the days of a year that is no leap year's.
  const lastOf = (year: string, month: string): number => daysInMonth(year === '-' ? 2001 : Number(year), Number(month));
  const parts = words.monthParts ?? MONTH_THIRDS;
  const first = part.before ? parts[third](lastOf(y1!, m1!))[0] : 1;
  const last = part.before ? lastOf(y2!, m2!) : parts[third](lastOf(y2!, m2!))[1];
  return { ...c, start: part.start, end: part.end, value: `${y1}-${m1}-${pad2(first)}/${y2}-${m2}-${pad2(last)}` };
}

/**
 * The word of a part of a period right before a date (`late`, `the end of`) or after it (`下旬`,
 * `底`), as the locale's patterns read it (group 1), with the span of the date and the word.
 */
function partWordAround(text: string, c: FactCandidate, before: RegExp | undefined, after: RegExp | undefined): { word: string; before: boolean; start: number; end: number } | undefined {
  const b = before?.exec(text.slice(Math.max(0, c.start - 24), c.start));
  const a = b ? undefined : after?.exec(text.slice(c.end, c.end + 4));
  const word = b?.[1] ?? a?.[1];
  if (!word) return undefined;
  return { word, before: Boolean(b), start: b ? c.start - b[0].length : c.start, end: a ? c.end + a[0].length : c.end };
}

/** A decade's years (`1990/1999`) or a century's (`1700/1799`). */
const DECADE_OR_CENTURY = /^(\d{4})\/(\d{4})$/;

/**
 * Part of a decade or a century (`the early 2000s`, `late 90s`, `the mid-1980s`, `90年代初`,
 * `80年代中期`, `the early 18th century`, `18世纪末`): a decade's first three years, the middle four
 * or the last three, as the end of the decade is read (`2000/2002`, `1997/1999`); a century's
 * thirty, forty and thirty years the same way (`1700/1729`, `1730/1769`, `1770/1799`).
 */
function partOfDecade(text: string, c: FactCandidate, first: number, length: number, words: DateWords): FactCandidate {
  const part = partWordAround(text, c, words.periodBefore, words.decadePartAfter);
  const third = part ? words.thirdOf?.(part.word) : undefined;
  if (!part || third === undefined) return c;
  const step = length / 10;
  const [a, b] = third === 0 ? [0, 3 * step - 1] : third === 1 ? [3 * step, 7 * step - 1] : [7 * step, 10 * step - 1];
  const year = (n: number): string => String(n).padStart(4, '0');
  return { ...c, start: part.start, end: part.end, value: `${year(first + a)}/${year(first + b)}` };
}

/** The length of a decade or a century whose years `value` spans (`1990/1999`, `1700/1799`), else undefined. */
function decadeOrCentury(value: string): [first: number, length: number] | undefined {
  const m = DECADE_OR_CENTURY.exec(value);
  if (!m) return undefined;
  const first = Number(m[1]);
  const length = Number(m[2]) - first + 1;
  return (length === 10 && first % 10 === 0) || (length === 100 && first % 100 === 0) ? [first, length] : undefined;
}

/**
 * Part of a month or a year: a month in the locale's parts (`monthParts`; by default thirds, as the
 * Chinese 旬 are), a year in thirds of four months (`the end of 2000` =
 * `2000年底` = September to December, as Recognizers-Text reads it).
 */
function partOfPeriod(text: string, c: FactCandidate, words: DateWords): FactCandidate {
  if (c.kind !== 'date' || typeof c.value !== 'string' || !words.thirdOf) return c;
  const week = WEEK.test(c.value);
  const decade = decadeOrCentury(c.value);
  if (decade) return partOfDecade(text, c, decade[0], decade[1], words);
  const months = MONTH_RANGE.exec(c.value);
  if (months) return partOfMonthRange(text, c, months, words);
  const m = YEAR_OR_MONTH.exec(c.value);
  if (!week && (!m || (m[1] === '-' && !m[2]))) return c;
  const part = partWordAround(text, c, words.periodBefore, words.periodAfter);
  if (!part) return c;
  const third = words.thirdOf(part.word);
  // A week is not cut in thirds, and `later next month` is no third: the word joins the span, the
  // period stays whole (`late next week` = next week, `earlier this year` = this year).
  if (week || third === undefined || !m) {
    if (third === undefined && !(words.relativePeriod?.test(text.slice(c.start, c.end)) ?? false)) return c;
    return { ...c, start: part.start, end: part.end };
  }
  const y = m[1] === '-' ? undefined : Number(m[1]);
  const head = m[1] === '-' ? '-' : m[1]!;
  let value: string;
  if (m[2]) {
    const month = Number(m[2]);
    const [a, b] = (words.monthParts ?? MONTH_THIRDS)[third](daysInMonth(y ?? 2001, month));
    value = `${head}-${m[2]}-${pad2(a)}/${head}-${m[2]}-${pad2(b)}`;
  } else {
    const [a, b] = third === 0 ? [1, 4] : third === 1 ? [5, 8] : [9, 12];
    value = `${head}-${pad2(a)}-01/${head}-${pad2(b)}-${pad2(daysInMonth(y!, b))}`;
  }
  return { ...c, start: part.start, end: part.end, value };
}

/** Applies the composing rules to a locale's sorted, non-overlapping candidates. */
export function composeDates(
  text: string,
  candidates: readonly FactCandidate[],
  words: DateWords,
  reference?: string,
  holds?: (words: readonly string[]) => boolean,
): FactCandidate[] {
  // `holds` answers whether the text may hold one of some words (the `…Needs` of `words`); the
  // patterns that need one are not run over a text that holds none (each finds nothing there).
  const found = holds && words.dayPartNeeds && !holds(words.dayPartNeeds) ? [...candidates] : withDayParts(text, candidates, words, reference);
  const withParts: FactCandidate[] = [];
  // A day takes a part of the day named beside it only where the text names one.
  const mayHoldPart = !holds || !words.partNeeds || holds(words.partNeeds);
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (mayHoldPart && c.kind === 'date' && typeof c.value === 'string' && DAY.test(c.value)) {
      // `the morning of March 3`: the part named before its day.
      const b = words.partBefore?.exec(text.slice(Math.max(0, c.start - 28), c.start));
      const partBefore = b ? words.partOf(b[1]!) : undefined;
      const prev = withParts[withParts.length - 1];
      if (b && partBefore && !(prev && prev.end > c.start - b[0].length)) {
        withParts.push({ ...c, start: c.start - b[0].length, value: atTime(c.value, DAY_PART_TIMES[partBefore]) });
        continue;
      }
      const m = words.partAfter.exec(text.slice(c.end, c.end + 24));
      const part = m ? words.partOf(m[1]!) : undefined;
      const next = found[k + 1];
      if (m && part && !(next && next.start < c.end + m[0].length)) {
        withParts.push({ ...c, end: c.end + m[0].length, value: atTime(c.value, DAY_PART_TIMES[part]) });
        continue;
      }
    }
    withParts.push(c);
  }
  const parts = withParts;
  const joined: FactCandidate[] = [];
  for (let k = 0; k < parts.length; k++) {
    const a = parts[k]!;
    const b = parts[k + 1];
    const c = parts[k + 2];
    const across = b && c ? hoursAcrossNoon(text, a, b, c, words) : undefined;
    if (across) {
      joined.push(across);
      k += 2;
      continue;
    }
    const merged = b ? join(text, a, b, words) : undefined;
    if (merged) {
      // What two parts made may take a third (`Thursday` `at 3pm` `next week`).
      parts[k + 1] = merged;
    } else joined.push(a);
  }
  const ranged = words.clockTo ? withClockEnds(text, joined, words.clockTo) : joined;
  const parted = ranged.map((c) => weekOfDay(text, partOfPeriod(text, c, words), words));
  const leading = words.leadingPart ? withLeadingParts(text, parted, words, words.leadingPart, reference) : parted;
  const spanned = words.rangeJoin ? withRangeEnds(text, leading, words, words.rangeJoin) : leading;
  const bound = spanned.map((c) => sinceInPast(text, bounded(text, c, words), reference));
  const done = words.raceTime ? bound.map((c) => asRaceTime(text, c, words.raceTime!)) : bound;
  if (holds && words.partAloneNeeds && !holds(words.partAloneNeeds)) return done;
  return words.partAlone ? withPartsAlone(text, done, words.partAlone, words) : done;
}

/**
 * A day with a year, then words that name the week holding it (`9月9日当周`): that week, Monday to
 * Sunday; after a word of up to (`截至3月14日当周`), the seven days ending on the day.
 */
function weekOfDay(text: string, c: FactCandidate, words: DateWords): FactCandidate {
  if (!words.weekAfterDay || c.kind !== 'date' || typeof c.value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(c.value)) return c;
  const after = text.slice(c.end, c.end + 8);
  const ending = UP_TO_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start));
  const m = words.weekAfterDay.exec(after) ?? (ending ? WEEK_ENDING_AFTER.exec(after) : null);
  if (!m) return c;
  return { ...c, end: c.end + m[0].length, value: ending ? weekEndingOn(c.value) : weekAround(c.value) };
}

/** A word of up to right before a day (`截至`, `截止到`): the week after the day ends on it. */
const UP_TO_BEFORE = /(?:截至|截止|截止到|直至)$/;
/** The week after a day a word of up to opens (`截至7月21日止一周`, `截至3月14日的一周`). */
const WEEK_ENDING_AFTER = /^(?:止)?(?:的)?(?:一|1)?(?:个|個)?(?:周|週|星期)(?!年)/;

/** A clock reading with its seconds and nothing else: `2:08:30`. */
const CLOCK_WITH_SECONDS = /^T(\d\d):(\d\d):(\d\d)$/;

/**
 * A clock reading with its seconds (`2:08:30`) after the words of a race's time (`won in`, `a time
 * of`, `以`, `用时`) or before them (`的成绩`): a length of time (`PT2H8M30S`), as `2小时08分30秒`
 * writes it, not a time of day.
 */
function asRaceTime(text: string, c: FactCandidate, w: NonNullable<DateWords['raceTime']>): FactCandidate {
  if (c.kind !== 'date' || typeof c.value !== 'string' || c.bound) return c;
  const m = CLOCK_WITH_SECONDS.exec(c.value);
  if (!m || !/^\d{1,2}:\d\d:\d\d$/.test(text.slice(c.start, c.end))) return c;
  if (!w.before.test(text.slice(Math.max(0, c.start - 24), c.start)) && !w.after?.test(text.slice(c.end, c.end + 6))) return c;
  const [h, mi, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const value = `PT${h ? `${h}H` : ''}${mi ? `${mi}M` : ''}${sec ? `${sec}S` : ''}`;
  return { kind: 'duration', start: c.start, end: c.end, value: value === 'PT' ? 'PT0S' : value, approx: c.approx ?? false };
}

/** A calendar day with a clock time, dated or not: `2016-11-07T10:00`, `--01-15T04:00`. */
const DAY_MOMENT = /^(?:\d{4}|-)-\d\d-\d\dT\d\d:\d\d$/;
/** A date without its year as its first or last month or day: `--05`, `--05-12`. */
const YEARLESS_END = /^--\d\d(?:-\d\d)?$/;
/** A calendar date with its year: `2008`, `2008-05`, `2008-05-12`. */
const DATED_END = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

/** A period as its first and last day: `2020` → 2020-01-01, 2020-12-31; `--03` → --03-01, --03-31. */
function daysOfPeriod(value: string): [string, string] | undefined {
  const ends = value.split('/');
  const a = ends[0]!;
  const b = ends[1] ?? a;
  const first = /^(\d{4}|-)(?:-(\d\d)(?:-(\d\d))?)?$/.exec(a);
  const last = /^(\d{4}|-)(?:-(\d\d)(?:-(\d\d))?)?$/.exec(b);
  if (!first || !last || (first[1] === '-') !== (last[1] === '-') || (first[1] === '-' && !first[2])) return undefined;
  const y1 = first[1] === '-' ? 2001 : Number(first[1]);
  const y2 = last[1] === '-' ? 2001 : Number(last[1]);
  const m2 = last[2] ? Number(last[2]) : 12;
  const start = Date.UTC(y1, first[2] ? Number(first[2]) - 1 : 0, first[3] ? Number(first[3]) : 1);
  const end = Date.UTC(y2, m2 - 1, last[3] ? Number(last[3]) : daysInMonth(y2, m2));
  return start <= end ? [isoOf(start, first[1] === '-'), isoOf(end, last[1] === '-')] : undefined;
}

/** A UTC time's day in ISO form, without its year (`--03-01`) when `yearless`. */
function isoOf(t: number, yearless: boolean): string {
  const d = new Date(t).toISOString().slice(0, 10);
  return yearless ? `-${d.slice(4)}` : d;
}

/** The first or last `count` units of a period, as an interval of days inside it; undefined when they do not fit. */
export function partOfPeriodValue(period: string, count: number, unit: 'D' | 'W' | 'M' | 'Q', last: boolean): string | undefined {
  const days = daysOfPeriod(period);
  if (!days || !Number.isInteger(count) || count < 1) return undefined;
  const yearless = days[0].startsWith('-');
  const at = (iso: string): number => Date.UTC(yearless ? 2001 : Number(iso.slice(0, 4)), Number(iso.slice(-5, -3)) - 1, Number(iso.slice(-2)));
  const [start, end] = [at(days[0]), at(days[1])];
  const moved = (t: number, sign: 1 | -1): number => {
    const d = new Date(t);
    if (unit === 'D' || unit === 'W') d.setUTCDate(d.getUTCDate() + sign * count * (unit === 'W' ? 7 : 1));
    else {
      // Months from the first of a month stay on month ends (`the last 2 months` of a year: November 1).
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + sign * count * (unit === 'Q' ? 3 : 1));
      if (sign < 0) d.setUTCMonth(d.getUTCMonth() + 1);
    }
    return d.getTime();
  };
  const from = last ? moved(end, -1) + (unit === 'D' || unit === 'W' ? 86_400_000 : 0) : start;
  const to = last ? end : moved(start, 1) - 86_400_000;
  if (from < start || to > end || from > to) return undefined;
  return `${isoOf(from, yearless)}/${isoOf(to, yearless)}`;
}

/** The first or last few units of the period a date names (see `DateWords.leadingPart`). */
function withLeadingParts(text: string, found: readonly FactCandidate[], words: DateWords, w: NonNullable<DateWords['leadingPart']>, reference?: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    // a period: a date that names no time or week, or a bare year (`the first six months of 2020`)
    const period = c.kind === 'date' || c.kind === 'number' ? yearEnd(text, c, words) : undefined;
    // a single day has no first days (`元旦前一天` is the day before New Year's Day)
    if (period === undefined || period.includes('T') || period.includes('W') || DAY.test(period)) {
      out.push(c);
      continue;
    }
    const before = w.before?.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const after = before || c.kind !== 'date' ? undefined : w.after?.exec(text.slice(c.end, c.end + 12));
    const m = before ?? after;
    const count = m ? w.count(m[2]!) : undefined;
    const unit = m ? w.unitOf(m[3]!) : undefined;
    let value = m && count !== undefined && unit ? partOfPeriodValue(period, count, unit, w.isLast(m[1]!)) : undefined;
    // `the first 11 months of the year` on a page of 8 January: the year the text speaks of, whose
    // part has passed, is the last one; a part not yet over is no result a page reports.
    if (value && reference && /^\d{4}$/.test(period) && THE_YEAR.test(text.slice(c.start, c.end)) && value.slice(-10) > reference.slice(0, 10)) {
      value = partOfPeriodValue(String(Number(period) - 1), count!, unit!, w.isLast(m![1]!));
    }
    if (!m || !value) {
      out.push(c);
      continue;
    }
    const start = before ? c.start - before[0].length : c.start;
    const end = after ? c.end + after[0].length : c.end;
    // The words' own candidates (`first`, `10 days`, `the last two weeks` read alone) give way.
    while (out.length && out[out.length - 1]!.end > start) out.pop();
    while (k + 1 < found.length && found[k + 1]!.start < end) k++;
    out.push({ kind: 'date', start, end, value, approx: c.approx ?? false });
  }
  return out;
}

/** The year a text speaks of, named by its article alone (`the year`), not by `this`. */
const THE_YEAR = /^the[ \t]+year$/i;

/** A bare number that reads as a year at a range's end (`between 2015 May and 2018`). */
function yearEnd(text: string, c: FactCandidate, words: DateWords): string | undefined {
  if (c.kind === 'date' && typeof c.value === 'string') return c.value;
  if (c.kind !== 'number' || typeof c.value !== 'number' || c.max !== undefined || !/^\d{4}$/.test(text.slice(c.start, c.end))) return undefined;
  if (words.nounAfter?.test(text.slice(c.end, c.end + 3))) return undefined;
  return c.value >= 1500 && c.value <= 2199 ? String(c.value) : undefined;
}

/**
 * The interval from the start of one date to the end of another, each end any kind of date: two
 * dated ends at the finer grain (`intervalValue`), an end without its year in the other's year,
 * two ends without a year at one grain, two moments. Undefined for clock times (joined elsewhere),
 * weeks, and ends that run backwards.
 */
export function rangeValue(from: string, to: string): string | undefined {
  let a = from.split('/')[0]!;
  let b = to.split('/').pop()!;
  if (a.startsWith('T') || b.startsWith('T') || a.includes('W') || b.includes('W')) return undefined;
  if (DAY_MOMENT.test(a) && DAY_MOMENT.test(b)) return a.startsWith('-') === b.startsWith('-') && a < b ? `${a}/${b}` : undefined;
  if (YEARLESS_END.test(a) && DATED_END.test(b) && b.length > 4) a = `${b.slice(0, 4)}${a.slice(1)}`;
  else if (DATED_END.test(a) && YEARLESS_END.test(b) && a.length > 4) b = `${a.slice(0, 4)}${b.slice(1)}`;
  if (YEARLESS_END.test(a) && YEARLESS_END.test(b)) {
    // A day to a month, or a month to a day, without a year (`三月下旬至五月`): the month's first or
    // last day (February's 29th, as no year says it is not a leap year's).
    if (a.length > b.length) b = `${b}-${daysInMonth(2000, Number(b.slice(2)))}`;
    else if (b.length > a.length) a = `${a}-01`;
    return a < b ? `${a}/${b}` : undefined;
  }
  return intervalValue(a, b);
}

/** Joins two dates written as one interval into one fact (see `DateWords.rangeJoin`). */
function withRangeEnds(text: string, found: readonly FactCandidate[], words: DateWords, w: NonNullable<DateWords['rangeJoin']>): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const joined = b && (a.kind === 'date' || b.kind === 'date') ? rangeOfEnds(text, a, b, words, w) : undefined;
    if (joined) {
      out.push(joined);
      k++;
    } else out.push(a);
  }
  return out;
}

function rangeOfEnds(text: string, a: FactCandidate, b: FactCandidate, words: DateWords, w: NonNullable<DateWords['rangeJoin']>): FactCandidate | undefined {
  // A start held open by its word (`自2025年起`, over) is closed by an end after it (`自2025年起至2030年`).
  const opened = a.bound === 'over' && w.openEnd?.test(text.slice(a.start, a.end)) === true;
  if ((a.bound && !opened) || b.bound || b.start - a.end > 12) return undefined;
  const gap = w.gap.exec(text.slice(a.end, b.start));
  if (!gap) return undefined;
  const lead = w.lead.exec(text.slice(Math.max(0, a.start - 12), a.start));
  if (w.needsLead && w.needsLead.test(gap[1]!) !== (lead !== null && w.needsLead.test(lead[1]!))) return undefined;
  // A verb between the ends (`由上午8時30分開放至晚上10時`) makes them a range only after the word that opens it.
  if (!lead && w.gapNeedsLead?.test(gap[0])) return undefined;
  // 周末 alone opens no range without that word (`週末到6月中旬都已客滿`: weekends, up to mid-June).
  if (!lead && WEEKEND_WORD.test(text.slice(a.start, a.end))) return undefined;
  const trail = w.trail?.exec(text.slice(b.end, b.end + 4)) ?? null;
  if (w.needsTrail?.test(gap[1]!) && !trail) return undefined;
  const va = yearEnd(text, a, words);
  const vb = yearEnd(text, b, words);
  // An end in the next year, which the gap names (`去年10月至今年2月`), may fall before the start's month.
  const value = va && vb ? rangeValue(va, vb) ?? (NEXT_YEAR_IN_GAP.test(gap[0]) && YEARLESS_MONTH.test(va) && YEARLESS_MONTH.test(vb) ? `${va}/${vb}` : undefined) : undefined;
  if (!value) return undefined;
  return {
    kind: 'date', start: lead ? a.start - lead[0].length : a.start, end: trail ? b.end + trail[0].length : b.end, value,
    approx: (a.approx ?? false) || (b.approx ?? false),
  };
}

/** The weekend named alone. */
const WEEKEND_WORD = /^(?:周末|週末)$/;

/** A word of the year after, in a range's gap (`至今年`, `至次年`, `到明年`). */
const NEXT_YEAR_IN_GAP = /今年|次年|翌年|明年/;
/** A month without its year (`--10`). */
const YEARLESS_MONTH = /^--\d\d$/;

const MOMENT_ON_DAY = /^((?:\d{4}|-)-\d\d-\d\d)T(\d\d):(\d\d)$/;
const CLOCK = /^T(\d\d):(\d\d)$/;

/**
 * A moment on a day, then a clock time that ends a range (`from 4pm tomorrow to 6pm`): the
 * range on that day. An end without its half of the day that would fall before the start is
 * in the afternoon or evening (`晚上7:00到8:00` = 19:00 to 20:00).
 */
function withClockEnds(text: string, found: FactCandidate[], w: NonNullable<DateWords['clockTo']>): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const from = a.kind === 'date' && typeof a.value === 'string' ? MOMENT_ON_DAY.exec(a.value) : null;
    const to = b?.kind === 'date' && typeof b.value === 'string' ? CLOCK.exec(b.value) : null;
    const gap = b ? w.gap.exec(text.slice(a.end, b.start)) : null;
    const lead = w.lead.exec(text.slice(Math.max(0, a.start - 10), a.start));
    if (!from || !to || !gap || !b || (w.needsLead?.test(gap[1]!) && !lead)) {
      out.push(a);
      continue;
    }
    const start = Number(from[2]) * 60 + Number(from[3]);
    let end = Number(to[1]) * 60 + Number(to[2]);
    if (end <= start && end < 12 * 60 && end + 12 * 60 > start && !/[ap]\.?[ \t]?m\b|[上下]午|凌晨|早|晚|夜/i.test(text.slice(b.start, b.end))) end += 12 * 60;
    if (end <= start) {
      out.push(a);
      continue;
    }
    const clock = (t: number): string => `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    out.push({ kind: 'date', start: lead ? a.start - lead[0].length : a.start, end: b.end, value: `${a.value}/${from[1]}T${clock(end)}`, approx: false });
    k++;
  }
  return out;
}

/** The clock time (`T07:00`) a candidate right after a part of the day gives: a time, or a bare hour after `at` at a clause end. */
function timeAfterPart(text: string, partEnd: number, next: FactCandidate, words: DateWords): string | undefined {
  const gap = text.slice(partEnd, next.start);
  if (next.kind === 'date' && typeof next.value === 'string' && /^T\d\d:\d\d$/.test(next.value) && words.glue.test(gap) && gap.length <= 8) return next.value;
  if (next.kind !== 'number' || typeof next.value !== 'number' || next.max !== undefined || !Number.isInteger(next.value) || next.value < 1 || next.value > 12) return undefined;
  if (!words.hourAfterDay?.test(gap) || !/^(?:\d{1,2}|[a-z]+)$/i.test(text.slice(next.start, next.end))) return undefined;
  if (!/^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|or|to|when|for|with|we|i|he|she|they|it)\b)/i.test(text.slice(next.end, next.end + 8))) return undefined;
  return `T${String(next.value).padStart(2, '0')}:00`;
}

/** Adds the parts of the day written alone (`in the morning`) that no candidate covers. */
function withPartsAlone(text: string, found: FactCandidate[], re: RegExp, words: DateWords): FactCandidate[] {
  const out: FactCandidate[] = [];
  let k = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    while (k < found.length && found[k]!.end <= start) out.push(found[k++]!);
    const part = words.partOf(m[1]!);
    const next = found[k];
    if (!part || (next && next.start < end)) continue;
    const value = DAY_PART_TIMES[part];
    // `6:45 in the evening`: a clock time right before the part is read in it
    const prev = out[out.length - 1];
    if (prev?.kind === 'date' && typeof prev.value === 'string' && CLOCK.test(prev.value) && /^[ \t]+$/.test(text.slice(prev.end, start))) {
      out[out.length - 1] = { ...prev, end, value: timeInPart(prev.value, Number(value.slice(1, 3)), text.slice(prev.start, end)) };
      continue;
    }
    // `that night`, `the same evening` name a day told before: a part of it only for a time before them
    if (/^(?:that|the)\b/i.test(m[0])) continue;
    // `in the morning at 7`, `in the evening 9 o'clock`: the time that follows, in that part
    const time = next ? timeAfterPart(text, end, next, words) : undefined;
    if (time) {
      out.push({ kind: 'date', start, end: next!.end, value: timeInPart(time, Number(value.slice(1, 3)), text.slice(start, next!.end)), approx: false });
      k++;
      continue;
    }
    out.push({ kind: 'date', start, end, value, approx: false });
  }
  while (k < found.length) out.push(found[k++]!);
  return out;
}

const MONTH = /^(?:\d{4}|-)-\d\d$/;
const WEEK = /^(\d{4})-W(\d\d)$/;

/** The day of ISO week `week` of `year` with ISO weekday `weekday`. */
function dayOfWeek(year: number, week: number, weekday: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return new Date(monday + (weekday - 1) * 86400000).toISOString().slice(0, 10);
}

/** A day of a month: `---10` after `2017-03`, or the ordinal `15th` before `of next month`. */
function dayInMonth(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  const gap = text.slice(a.end, b.start);
  // Not the first two of a list of more (`9月7日、14日、21日`): each is a day of its own.
  const later = words.dayListGap?.test(gap) && !words.dayListGap.test(text.slice(b.end, b.end + 1)) ? laterDayOfMonth(a, b) : undefined;
  if (later) return later;
  if (gap.length > 12 || !words.dayOfMonthGap.test(gap)) return undefined;
  let month: string | undefined;
  let day: number | undefined;
  let start = a.start;
  const days = a.kind === 'date' && typeof a.value === 'string' && MONTH.test(a.value) && typeof b.value === 'string'
    ? /^---(\d\d)\/---(\d\d)$/.exec(b.value) : null;
  if (days && b.kind === 'date' && days[1]! < days[2]!) {
    // a month, then a range of its days (`本月20日至22日`)
    return { kind: 'date', start: a.start, end: b.end, value: `${a.value as string}-${days[1]}/${a.value as string}-${days[2]}`, approx: false };
  }
  if (a.kind === 'date' && typeof a.value === 'string' && MONTH.test(a.value) && b.kind === 'date' && typeof b.value === 'string' && /^---\d\d$/.test(b.value)) {
    month = a.value;
    day = Number(b.value.slice(3));
  } else if (a.kind === 'ordinal' && typeof a.value === 'number' && b.kind === 'date' && typeof b.value === 'string' && MONTH.test(b.value) && gap.trim() !== '') {
    month = b.value;
    day = a.value;
    const the = /\bthe[ \t]+$/i.exec(text.slice(Math.max(0, a.start - 6), a.start));
    if (the) start -= the[0].length;
  }
  if (month === undefined || day === undefined || !(day >= 1 && day <= 31)) return undefined;
  return { kind: 'date', start, end: b.end, value: `${month}-${String(day).padStart(2, '0')}`, approx: false };
}

/**
 * A day, then a later day of its month written alone, joined as a list (`2025年2月15日（星期六）及
 * 16日（星期日）`): the two days as a range, as `2月15日和16日` is read.
 */
function laterDayOfMonth(a: FactCandidate, b: FactCandidate): FactCandidate | undefined {
  if (a.kind !== 'date' || b.kind !== 'date' || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  const first = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(a.value);
  const last = /^---(\d\d)$/.exec(b.value);
  if (!first || !last || last[1]! <= first[3]!) return undefined;
  return { kind: 'date', start: a.start, end: b.end, value: `${a.value}/${first[1]}-${first[2]}-${last[1]}`, approx: (a.approx ?? false) || (b.approx ?? false) };
}

/** Two days of one year: `2016-11-07/2016-11-09`. */
const DAY_RANGE = /^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/;

/** `2016-11-07` moved by `days` (a whole day, which the calendar reads as its reference). */
function addDays(day: string, days: number): string {
  return shiftDays(readReference(day)!, days)!;
}

/**
 * Two weekdays joined into a range (`周一到周三`, `from Monday to Wednesday`, `Monday to Wednesday
 * next week`): the days from the first to the next day with the second's weekday, counted in the
 * week the text names (on the end when the end names it, else on the start).
 */
function weekdayRange(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  const w = words.weekdayRange;
  if (!w || !words.weekdayOf || a.kind !== 'date' || b.kind !== 'date' || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  if (!/^\d{4}-\d\d-\d\d$/.test(a.value) || !/^\d{4}-\d\d-\d\d$/.test(b.value) || !w.gap.test(text.slice(a.end, b.start))) return undefined;
  const rawA = text.slice(a.start, a.end);
  const rawB = text.slice(b.start, b.end);
  const first = words.weekdayOf(rawA);
  const bareB = w.bare.test(rawB);
  const second = words.weekdayOf(bareB ? rawB : /^\S+/.exec(rawB)?.[0] ?? '');
  if (first === undefined || second === undefined || first === second) return undefined;
  const length = (second - first + 7) % 7;
  const [from, to] = bareB || !w.bare.test(rawA) ? [a.value, addDays(a.value, length)] : [addDays(b.value, -length), b.value];
  const lead = w.lead.exec(text.slice(Math.max(0, a.start - 8), a.start));
  return { kind: 'date', start: lead ? a.start - lead[0].length : a.start, end: b.end, value: `${from}/${to}`, approx: false };
}

/**
 * A weekday, then its day in brackets (`星期四（1月22日）`, `Thursday (January 22)`): one date, the
 * day, whose text names the weekday, so that the weekday is weighed against the day's and against
 * the other side's (`date-mismatch`), not read as a weekday of its own near the reference day.
 */
function weekdayBeforeDay(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.weekdayOf || typeof b.value !== 'string' || !DAY.test(b.value)) return undefined;
  if (!/^[ \t]*[（(]$/.test(text.slice(a.end, b.start)) || !/^[)）]/.test(text.slice(b.end, b.end + 1))) return undefined;
  if (words.weekdayOf(text.slice(a.start, a.end)) === undefined) return undefined;
  return { ...b, start: a.start, end: b.end + 1, approx: (a.approx ?? false) || (b.approx ?? false) };
}

/** A weekday and the week it falls in: `Tuesday next week`, `next week Wednesday`, `tuesday of last week`. */
function dayInWeek(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.weekdayOf || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  if (!/^[ \t]*(?:of[ \t]+)?$/i.test(text.slice(a.end, b.start))) return undefined;
  const week = WEEK.exec(a.value) ?? WEEK.exec(b.value);
  const named = WEEK.test(a.value) ? b : a;
  const timed = DAY_TIMED.exec(named.value as string);
  const raw = text.slice(named.start, named.end);
  // a weekday with its time or part of the day names the weekday first (`Thursday afternoon`)
  // a range of weekdays names its first weekday first after its lead word (`between Tuesday and Thursday`)
  const weekday = DAY_RANGE.test(named.value as string) ? raw.split(/[ \t]+/).map(words.weekdayOf).find((d) => d !== undefined)
    : words.weekdayOf(timed ? /^\S+/.exec(raw)![0] : raw);
  if (!week || weekday === undefined) return undefined;
  const day = dayOfWeek(Number(week[1]), Number(week[2]), weekday);
  if (DAY.test(named.value as string)) return { kind: 'date', start: a.start, end: b.end, value: day, approx: false };
  // `Monday to Wednesday next week`: a range of weekdays moves into the week as a whole
  const days = DAY_RANGE.exec(named.value as string);
  if (days && words.weekdayRange) {
    const length = Math.round((Date.parse(days[2]!) - Date.parse(days[1]!)) / 86400000);
    if (length > 0 && length < 7) return { kind: 'date', start: a.start, end: b.end, value: `${day}/${addDays(day, length)}`, approx: false };
  }
  // `Thursday afternoon next week`: the weekday's part of the day (or time) moves with it
  if (!timed || (timed[3] !== undefined && timed[3] !== timed[1])) return undefined;
  return { kind: 'date', start: a.start, end: b.end, value: atTime(day, `T${timed[2]!}${timed[4] !== undefined ? `/T${timed[4]}` : ''}`), approx: false };
}

/** Two hours joined by `to`, the end in words: `five to seven`, `5 to seven`. */
const WORD_HOURS = /^(?:\d{1,2}|[a-z]+)[ \t]+to[ \t]+[a-z]+$/i;
/** Words before a range that make it an amount (`rose five to seven`). */
const CHANGE_BEFORE = /\b(?:rose|rise|rises|fell|fall|falls|up|down|by|grew|grow|cut|raised|lowered|from|gained?|lost|dropped|climbed|jumped)[ \t]+$/i;

/**
 * A range of bare hours next to a day or a part of a day reads as clock times on that day:
 * `between 2 and 6 tomorrow`, `next Friday 9-11`, `tomorrow night from 8 to 11`, `tonight 6-9`
 * (in the evening: 19:00 to 21:00). Without `between`/`from` the range must follow the day
 * closely and no noun may follow it (`Sunday, 3-5 people` stays a count, `rose 3-5 today` too).
 */
function clockRangeOnDay(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.clockRange) return undefined;
  const range = a.kind === 'number' ? a : b;
  const day = range === a ? b : a;
  if (range.kind !== 'number' || typeof range.value !== 'number' || range.max === undefined || day.kind !== 'date' || typeof day.value !== 'string') return undefined;
  const from = range.value;
  const to = range.max;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > 24 || from >= to) return undefined;
  const raw = text.slice(range.start, range.end);
  const gap = text.slice(a.end, b.start);
  const introduced = words.clockRange.exec(raw);
  if (!introduced) return undefined;
  // before its day only with its end hour in words (`five to seven today`), not after a word of change
  const wordsBefore = range === a && WORD_HOURS.test(raw) && /^[ \t]+$/.test(gap)
    && !CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start));
  if (introduced[1] === undefined && !wordsBefore && (range === a || !/^[ \t]*$/.test(gap) || (words.nounAfter?.test(text.slice(b.end, b.end + 3)) ?? false))) return undefined;
  if (gap.length > GLUE_MOST || !words.glue.test(gap)) return undefined;
  const time = `T${pad2(from)}:00/T${pad2(to)}:00`;
  let value: string | undefined;
  if (DAY.test(day.value)) value = atTime(day.value, time);
  else {
    const part = DAY_PART.exec(day.value);
    if (part) value = atTime(part[1]!, timeInPart(time, Number(part[2]), raw));
  }
  return value ? { kind: 'date', start: a.start, end: b.end, value, approx: false } : undefined;
}

/**
 * A day, then two bare hours joined by a dash whose end is the smaller (`Monday 11-4`): a range
 * across noon on that day (11:00 to 16:00), as on a 12-hour clock; not before a noun (`Monday 11-4
 * votes`). The number reader leaves such a pair as two numbers, since as amounts it runs backwards.
 */
const SCORE_WORDS = /\b(?:beat|beats|won|wins?|lost|lose|loses|defeat(?:s|ed)?|scored?|led|leads?|trail(?:s|ed)?|victory|match|game|votes?|voted|against|versus|vs)\b/i;

function hoursAcrossNoon(text: string, day: FactCandidate, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.clockRange || day.kind !== 'date' || typeof day.value !== 'string' || !DAY.test(day.value)) return undefined;
  if (a.kind !== 'number' || b.kind !== 'number' || typeof a.value !== 'number' || typeof b.value !== 'number' || a.max !== undefined || b.max !== undefined) return undefined;
  const from = a.value;
  const to = b.value;
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < 1 || from > 12 || to >= from) return undefined;
  if (!/^[ \t]+$/.test(text.slice(day.end, a.start)) || !/^[-\u2013]$/.test(text.slice(a.end, b.start))) return undefined;
  if (!/^\d{1,2}$/.test(text.slice(a.start, a.end)) || !/^\d{1,2}$/.test(text.slice(b.start, b.end))) return undefined;
  if (words.nounAfter?.test(text.slice(b.end, b.end + 3)) ?? false) return undefined;
  // a score (`beat the Cubs on Sunday 11-4`, `voted 11-4`) is no clock
  const before = text.slice(Math.max(0, day.start - 120), day.start);
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  if (SCORE_WORDS.test(clause)) return undefined;
  return { kind: 'date', start: day.start, end: b.end, value: atTime(day.value, `T${pad2(from)}:00/T${pad2(to + 12)}:00`), approx: false };
}

/**
 * A bare hour after a day and a word of clock time (`Tuesday 8th at 10`, `tomorrow night at 9`;
 * the locale's `hourAfterDay` says which words) at the end of a clause: that hour on that day,
 * in its part of the day.
 */
function bareHourOnDay(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.hourAfterDay || a.kind !== 'date' || typeof a.value !== 'string' || b.kind !== 'number' || typeof b.value !== 'number') return undefined;
  if (!words.hourAfterDay.test(text.slice(a.end, b.start)) || !Number.isInteger(b.value) || b.value < 1 || b.value > 12 || b.max !== undefined) return undefined;
  if (!/^(?:\d{1,2}|[a-z]+)$/i.test(text.slice(b.start, b.end)) || !/^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|or|to|when|for|with|we|i|he|she|they|it)\b)/i.test(text.slice(b.end, b.end + 8))) return undefined;
  const time = `T${String(b.value).padStart(2, '0')}:00`;
  let value: string | undefined;
  if (DAY.test(a.value)) value = atTime(a.value, time);
  else {
    const part = DAY_PART.exec(a.value);
    if (part) value = atTime(part[1]!, timeInPart(time, Number(part[2]), text.slice(a.start, b.end)));
  }
  return value ? { kind: 'date', start: a.start, end: b.end, value, approx: false } : undefined;
}

/** Words before a bare number that make it an hour (`at 8 tonight`, `back 10, tonight`), or the start of the text. */
const HOUR_LEAD = /(?:^|\b(?:at|by|around|about|circa|until|till|from|before|after|back)[ \t]+)$/i;

/**
 * A bare hour after a word of clock time, right before a word that names a day and its part (`at 8
 * tonight`, `at seven this evening`, `back 10, tonight`): that hour on that day, in that part (20:00, 19:00, 22:00).
 */
function hourBeforeDayPart(text: string, a: FactCandidate, b: FactCandidate): FactCandidate | undefined {
  if (a.kind !== 'number' || typeof a.value !== 'number' || a.max !== undefined || !Number.isInteger(a.value) || a.value < 1 || a.value > 12) return undefined;
  if (b.kind !== 'date' || typeof b.value !== 'string' || /\d/.test(text.slice(b.start, b.end))) return undefined;
  const part = DAY_PART.exec(b.value);
  if (!part || !/^[ \t]*,?[ \t]+$/.test(text.slice(a.end, b.start)) || !/^(?:\d{1,2}|[a-z]+)$/i.test(text.slice(a.start, a.end))) return undefined;
  if (!HOUR_LEAD.test(text.slice(Math.max(0, a.start - 10), a.start))) return undefined;
  const time = `T${String(a.value).padStart(2, '0')}:00`;
  return { kind: 'date', start: a.start, end: b.end, value: atTime(part[1]!, timeInPart(time, Number(part[2]), text.slice(a.start, b.end))), approx: false };
}

/**
 * A bare hour after a word of clock time, then its day (`at 10 tomorrow`, `at 3 on Nov 15`): that
 * hour on that day (the locale's `hourBeforeDayGap` says what may stand between them).
 */
function hourBeforeDay(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.hourBeforeDayGap || a.kind !== 'number' || typeof a.value !== 'number' || a.max !== undefined || !Number.isInteger(a.value) || a.value < 1 || a.value > 12) return undefined;
  if (b.kind !== 'date' || typeof b.value !== 'string' || !DAY.test(b.value) || !words.hourBeforeDayGap.test(text.slice(a.end, b.start))) return undefined;
  if (!/^\d{1,2}$|^[a-z]+$/i.test(text.slice(a.start, a.end)) || !/\b(?:at|by|around|about|until|till)[ \t]+$/i.test(text.slice(Math.max(0, a.start - 8), a.start))) return undefined;
  return { kind: 'date', start: a.start, end: b.end, value: atTime(b.value, `T${String(a.value).padStart(2, '0')}:00`), approx: false };
}

const LENGTH = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+)M)?)?$/;
const MOMENT = /^((?:\d{4}|-)-\d\d-\d\d)?T?(\d\d)?:?(\d\d)?$/;

/** A start and a length written together (`from 2pm for 3 hours`, `for 4 days, from today`): the span they cover. */
function startForLength(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  const w = words.startFor;
  if (!w || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  const startFirst = a.kind === 'date' && b.kind === 'duration';
  if (!startFirst && !(a.kind === 'duration' && b.kind === 'date')) return undefined;
  const [start, length] = startFirst ? [a.value, b.value] : [b.value, a.value];
  const gap = text.slice(a.end, b.start);
  const lead = (startFirst ? w.leadStartFirst : w.lead).exec(text.slice(Math.max(0, a.start - 8), a.start));
  if (!lead || !(startFirst ? w.gapStartFirst : w.gapLengthFirst).test(gap)) return undefined;
  const l = LENGTH.exec(length);
  const s = MOMENT.exec(start);
  if (!l || !s || length === 'P' || length === 'PT') return undefined;
  const days = Number(l[1] ?? 0);
  const minutes = Number(l[2] ?? 0) * 60 + Number(l[3] ?? 0);
  let value: string | undefined;
  if (s[1] && /^\d{4}/.test(s[1]) && !s[2] && minutes === 0 && days > 0 && days <= 36600) {
    // Whole days from a day: that day and the days after it.
    const end = new Date(`${s[1]}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days - 1);
    if (!Number.isNaN(end.getTime())) value = `${s[1]}/${end.toISOString().slice(0, 10)}`;
  } else if (s[2] && days === 0 && minutes > 0 && minutes <= 60 * 24 * 366) {
    const from = Number(s[2]) * 60 + Number(s[3] ?? 0);
    const to = from + minutes;
    const clock = (t: number): string => `${String(Math.floor(t / 60) % 24).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    if (s[1] && /^\d{4}/.test(s[1])) {
      const end = new Date(`${s[1]}T00:00:00Z`);
      end.setUTCMinutes(to);
      if (!Number.isNaN(end.getTime())) value = `${s[1]}T${clock(from)}/${end.toISOString().slice(0, 16)}`;
    } else if (!s[1] && to <= 24 * 60) value = `T${clock(from)}/T${clock(to)}`;
  }
  return value ? { kind: 'date', start: a.start - lead[0].length, end: b.end, value, approx: false } : undefined;
}

/** A date without its year: a month, a day, a range of them (`--10`, `--04-01/--06-30`). */
const YEARLESS = /^--\d\d(?:-\d\d)?(?:\/--\d\d(?:-\d\d)?)?$/;

/**
 * A date without its year, then the year it falls in named relatively (`October of next year`,
 * `Q2 of this year`, `late March last year`): the date in that year (a range that runs backwards
 * across the new year ends in it: `December to February next year`).
 */
function inYear(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (a.kind !== 'date' || b.kind !== 'date' || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  // A date whose year the text does not write may carry the reference year: the year after it wins.
  const unwritten = DATED_NO_TIME.test(a.value) && !/\d{4}|年/.test(text.slice(a.start, a.end));
  if (!(YEARLESS.test(a.value) || unwritten) || !/^\d{4}$/.test(b.value) || !(words.relativeYear?.test(text.slice(b.start, b.end)) ?? false)) return undefined;
  if (!(words.yearGap?.test(text.slice(a.end, b.start)) ?? false)) return undefined;
  // Each end without its year: `-04-18` of `--04-18` and of `2024-04-18` alike.
  const [from, to] = a.value.split('/').map((v) => (v.startsWith('-') ? v.slice(1) : v.slice(4)));
  const y = Number(b.value);
  const value = to === undefined ? `${y}${from!}` : `${to < from! ? y - 1 : y}${from!}/${y}${to}`;
  return { kind: 'date', start: a.start, end: b.end, value, approx: (a.approx ?? false) || (b.approx ?? false) };
}

/** A month or a day with its year, or a range of them: `2021-01`, `2021-01-20/2021-01-22`. */
const DATED_NO_TIME = /^\d{4}-\d\d(?:-\d\d)?(?:\/\d{4}-\d\d(?:-\d\d)?)?$/;

/**
 * A year, then a date without its year right after it (`今年1-10月`, `去年12月5日`, `明年3月至5月`):
 * the date in that year, where the locale writes the year first (`DateWords.yearFirstGap`).
 */
function yearFirst(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (!words.yearFirstGap || a.kind !== 'date' || b.kind !== 'date' || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  // A date whose year the text does not write may carry the reference year: the year before it wins.
  const unwritten = DATED_NO_TIME.test(b.value) && !/年|\d{4}/.test(text.slice(b.start, b.end));
  if (!/^\d{4}$/.test(a.value) || !(YEARLESS.test(b.value) || unwritten) || !words.yearFirstGap.test(text.slice(a.end, b.start))) return undefined;
  const ends = b.value.split('/').map((v) => `${a.value as string}${v.startsWith('-') ? v.slice(1) : v.slice(4)}`);
  if (ends.length === 2 && ends[1]! < ends[0]!) return undefined;
  return { kind: 'date', start: a.start, end: b.end, value: ends.join('/'), approx: (a.approx ?? false) || (b.approx ?? false) };
}

function join(text: string, a: FactCandidate, b: FactCandidate, words: DateWords): FactCandidate | undefined {
  const inMonth = dayInMonth(text, a, b, words) ?? inYear(text, a, b, words) ?? yearFirst(text, a, b, words);
  if (inMonth) return inMonth;
  const covered = startForLength(text, a, b, words);
  if (covered) return covered;
  const clock = clockRangeOnDay(text, a, b, words) ?? bareHourOnDay(text, a, b, words) ?? hourBeforeDayPart(text, a, b) ?? hourBeforeDay(text, a, b, words);
  if (clock) return clock;
  if (a.kind !== 'date' || b.kind !== 'date' || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  const inWeek = dayInWeek(text, a, b, words) ?? weekdayRange(text, a, b, words) ?? weekdayBeforeDay(text, a, b, words);
  if (inWeek) return inWeek;
  const gap = text.slice(a.end, b.start);
  // `tomorrow before 5pm`: a day, then a bounded clock time on it.
  const boundWord = !a.value.startsWith('T') && b.value.startsWith('T') && !b.value.includes('/') ? words.boundGlue?.exec(gap) : null;
  if (!boundWord && (gap.length > GLUE_MOST || !words.glue.test(gap))) return undefined;
  const dayFirst = !a.value.startsWith('T');
  const day = dayFirst ? a.value : b.value;
  const time = dayFirst ? b.value : a.value;
  if (!TIME.test(time)) return undefined;
  const raw = text.slice(a.start, b.end);
  let value: string | undefined;
  // a day of the month written alone takes its time too (`on the 20th at 5pm` = `---20T17:00`)
  if (DAY.test(day) || /^---\d\d$/.test(day)) value = atTime(day, time);
  else {
    const part = DAY_PART.exec(day);
    if (part) value = atTime(part[1]!, timeInPart(time, Number(part[2]), raw));
  }
  if (!value) return undefined;
  const merged: FactCandidate = { ...a, end: b.end, value, approx: (a.approx ?? false) || (b.approx ?? false) };
  // a day of another calendar keeps its unit under the time put on it (`8 p.m. on Mid-Autumn Festival`)
  const calendar = (dayFirst ? a : b).unit;
  if (calendar !== undefined) merged.unit = calendar;
  if (boundWord) merged.bound = words.isUpper(boundWord[1]!) ? 'under' : 'over';
  return merged;
}

/** A date's span that opens with `since` or ends with 以来, 至今: the date lies before the writing. */
const SINCE = /^since\b|(?:以来|以來|至今|迄今)$/i;
/** A month named in a span, in English or Chinese: a date of the calendar, not one told from the day (`since tomorrow`). */
const MONTH_NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|月/i;
/** A year written in a span: four digits, or a year in Chinese (`去年`, `2024年`). */
const YEAR_WRITTEN = /\d{4}|年/;

/**
 * A date bounded by `since` (`since September`, `9月以来`) whose year the text does not give and
 * which the reference year put after the reference day: it is the last such month or day before
 * it (`since September` in a piece of March 2025 is since September 2024).
 */
function sinceInPast(text: string, c: FactCandidate, reference: string | undefined): FactCandidate {
  if (!reference || c.bound !== 'over' || typeof c.value !== 'string') return c;
  const m = /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(c.value);
  const raw = text.slice(c.start, c.end);
  if (!m || !SINCE.test(raw) || !MONTH_NAMED.test(raw) || YEAR_WRITTEN.test(raw) || c.value <= reference.slice(0, c.value.length)) return c;
  return { ...c, value: `${Number(m[1]) - 1}${m[2]}` };
}

/** A year written as a bare number (`1998`), which a bounding word before it makes a date. */
function asYear(text: string, c: FactCandidate, words: DateWords): FactCandidate | undefined {
  if (c.kind !== 'number' || typeof c.value !== 'number' || !Number.isInteger(c.value) || c.value < 1000 || c.value > 2999) return undefined;
  if (!/^\d{4}$/.test(text.slice(c.start, c.end)) || (words.nounAfter?.test(text.slice(c.end, c.end + 3)) ?? false)) return undefined;
  const before = words.boundBefore.exec(text.slice(Math.max(0, c.start - 24), c.start));
  // `by 2000` may be an amount of change (`rose by 2000`): a bare number stays one there.
  if (!before || words.needsAfter?.(before[1]!) || /^by$/i.test(before[1]!)) return undefined;
  return { kind: 'date', start: c.start, end: c.end, value: String(c.value), approx: false };
}

/** The bounding words a clock time takes. */
const TIME_BOUND = /^(?:before|after|until|till|by|prior[ \t]+to|(?:no[ \t]+)?(?:earlier|later)[ \t]+than|as[ \t]+(?:late|early)[ \t]+as|or[ \t]+(?:later|earlier|after|before)|之前|之后|之後|以前|以后|以後|前|后|後)$/i;

function bounded(text: string, found: FactCandidate, words: DateWords): FactCandidate {
  const c = { ...(asYear(text, found, words) ?? found) };
  if (c.kind === 'date' && typeof c.value === 'string' && words.theBefore?.test(text.slice(c.start, c.end))) {
    const the = /\bthe[ \t]+$/i.exec(text.slice(Math.max(0, c.start - 6), c.start));
    if (the) c.start -= the[0].length;
  }
  if (c.kind !== 'date' || typeof c.value !== 'string') return c;
  // `year 2012`: the word joins the span of the year it names.
  const yearWord = /^\d{4}$/.test(c.value) ? words.yearBefore?.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
  if (yearWord) c.start -= yearWord[0].length;
  // `around 3 pm`, `circa 1990`, `大约十点`: the word joins the span and makes the date approximate.
  const around = words.aroundBefore?.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (around) {
    c.start -= around[0].length;
    c.approx = true;
  }
  if (c.value.includes('/')) return c;
  let before = words.boundBefore.exec(text.slice(Math.max(0, c.start - 24), c.start));
  let after = words.boundAfter.exec(text.slice(c.end, c.end + 16));
  if (before && words.needsAfter?.(before[1]!)) {
    after ??= words.pairedAfter?.exec(text.slice(c.end, c.end + 16)) ?? null;
    if (!after) before = null;
  }
  if (!before && !after) return c;
  const word = after?.[1] ?? before?.[1] ?? '';
  // A clock time takes only a plain before/after (`before 4.15pm`, `九点之后`); `三点开始` starts then.
  if (c.value.startsWith('T') && !TIME_BOUND.test(word)) return c;
  return {
    ...c,
    start: before ? c.start - before[0].length : c.start,
    end: after ? c.end + after[0].length : c.end,
    bound: words.isUpper(word) ? 'under' : 'over',
  };
}
