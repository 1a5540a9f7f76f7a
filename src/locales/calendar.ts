/**
 * Calendar arithmetic on the reference day (the day a text speaks from): what both languages'
 * date grammars resolve relative dates with (`yesterday`/`昨天`, `next Monday`/`下周一`,
 * `last year`/`去年`). Proleptic Gregorian calendar, ISO 8601 weeks (Monday first), UTC only.
 */

/** A reference day read from `ExtractContext.referenceDate`. */
export interface RefDay {
  year: number;
  /** 1–12, when the reference names its month. */
  month?: number;
  /** 1–31, when the reference names its day. */
  day?: number;
}

/** Reads `2021-01-26`, `2021-01-26T10:00`, `2021-01` or `2021`; undefined for anything else. */
export function readReference(iso: string | undefined): RefDay | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(iso);
  if (!m) return undefined;
  // Read for each text by every extractor that resolves dates: no spread object for each part.
  const ref: RefDay = { year: Number(m[1]) };
  if (m[2]) ref.month = Number(m[2]);
  if (m[3]) ref.day = Number(m[3]);
  return ref;
}

/** A month's or a day's number in two digits (`3` → `03`). */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** How many days month `month` (1–12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day as a UTC Date. */
function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The weekday of a day, 0 = Sunday, or undefined where the month has no such day. */
export function weekdayOn(year: number, month: number, day: number): number | undefined {
  const date = utc(year, month, day);
  // Date.UTC reads years 0 to 99 as 1900 to 1999: the year is set again as written.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 ? date.getUTCDay() : undefined;
}

/** ISO form of a UTC Date's day: `2021-01-24`. */
export function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * A year over two calendar years written with the second in two digits (`2022-23`, `2024-25财年`),
 * as `2022/2023`; undefined where the two digits are not the next year's (`2016-25`).
 */
export function splitYear(first: string, second: string): string | undefined {
  const year = Number(first);
  return (year + 1) % 100 === Number(second) ? `${year}/${year + 1}` : undefined;
}

/** ISO form of a month: `2021-09`. */
export function isoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** Months `first` to `last` of `year` as an interval of days: `2024-01-01/2024-10-31`. */
export function monthsOfYear(year: number, first: number, last: number): string {
  return `${isoMonth(year, first)}-01/${isoMonth(year, last)}-${pad2(daysInMonth(year, last))}`;
}

/** The reference as a UTC Date, when it names a day. */
export function refDate(ref: RefDay): Date | undefined {
  return ref.month !== undefined && ref.day !== undefined ? utc(ref.year, ref.month, ref.day) : undefined;
}

/** The day `days` after the reference day (before it when negative). */
export function shiftDays(ref: RefDay, days: number): string | undefined {
  const d = refDate(ref);
  if (!d) return undefined;
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** The reference day moved by whole months or years (the day clipped to the month's end). */
export function shiftMonths(ref: RefDay, months: number): string | undefined {
  if (ref.month === undefined || ref.day === undefined) return undefined;
  const total = ref.year * 12 + (ref.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad2(month)}-${pad2(Math.min(ref.day, daysInMonth(year, month)))}`;
}

/**
 * The reference day moved by whole years (`years` < 0: before it). Past a century the day and
 * month say nothing the writer meant, so the year alone is given (`2,300 years ago` in 2025:
 * `-0275`, as `eraYear` writes the years before year 1).
 */
export function yearsAway(ref: RefDay, years: number): string | undefined {
  if (Math.abs(years) < 100) return shiftMonths(ref, 12 * years);
  const y = ref.year + years;
  return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

/**
 * An interval whose end, given its start's year because no year is written for it, falls before
 * its start's month: the end is in the year after (`from 1 November to 31 March`, `12月28日至1月3日`).
 * Other intervals are returned as they are.
 */
export function endInNextYear(value: string): string {
  const m = endInEarlierMonth(value);
  return m ? `${m[1]}${m[2]}/${Number(m[3]) + 1}${m[4]}` : value;
}

/**
 * An interval whose one written year closes it and whose start, in that year, falls after its end's
 * month: the start is in the year before (`December 28 to January 3, 2026`).
 */
export function startInYearBefore(value: string): string {
  const m = endInEarlierMonth(value);
  return m ? `${Number(m[1]) - 1}${m[2]}/${m[3]}${m[4]}` : value;
}

/** An interval of days or months of one year (`2025-11-01/2025-03-31`), its years and parts. */
const INTERVAL_OF_DAYS = /^(\d{4})(-\d\d(?:-\d\d)?)\/(\d{4})(-\d\d(?:-\d\d)?)$/;

/**
 * An interval in one year whose end falls in an earlier month than its start, read by
 * `INTERVAL_OF_DAYS`, else null; an end in the same month (`5 May to 3 May`) is a slip, not a year.
 */
function endInEarlierMonth(value: string): RegExpExecArray | null {
  const m = INTERVAL_OF_DAYS.exec(value);
  return m && m[1] === m[3] && m[4]!.slice(0, 3) < m[2]!.slice(0, 3) ? m : null;
}

/** The month `months` after the reference's month: `2021-02` for +1 from January 2021. */
export function shiftMonth(ref: RefDay, months: number): string | undefined {
  if (ref.month === undefined) return undefined;
  const total = ref.year * 12 + (ref.month - 1) + months;
  return isoMonth(Math.floor(total / 12), (total % 12) + 1);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
function isoWeekday(date: Date): number {
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay();
}

/**
 * The day with ISO weekday `weekday` (1 = Monday … 7 = Sunday) in the week `weeks` after the
 * reference's week (0: this week, -1: last week, 1: next week).
 */
export function weekdayInWeek(ref: RefDay, weekday: number, weeks: number): string | undefined {
  const d = refDate(ref);
  if (!d) return undefined;
  d.setUTCDate(d.getUTCDate() - isoWeekday(d) + weekday + 7 * weeks);
  return isoDay(d);
}

/**
 * What is left of the reference day's week, month or year, from that day to the period's last
 * (`the rest of the month`, `年内`); undefined where the reference gives no day.
 */
export function restOf(ref: RefDay, unit: 'week' | 'month' | 'year'): string | undefined {
  const today = shiftDays(ref, 0);
  if (!today || ref.month === undefined) return undefined;
  const end = unit === 'week' ? weekdayInWeek(ref, 7, 0)
    : unit === 'month' ? `${isoMonth(ref.year, ref.month)}-${pad2(daysInMonth(ref.year, ref.month))}`
      : `${ref.year}-12-31`;
  return `${today}/${end}`;
}

/**
 * A weekday no reference day resolves (`on Friday`, `周四` in a piece with no dated dateline):
 * ISO 8601's truncated form of a day of the week, `-W-5` for Friday (ISO weekday, 1 = Monday
 * to 7 = Sunday). The checks weigh it against the other side's weekday alone.
 */
export function weekdayAlone(weekday: number): string {
  return `-W-${weekday}`;
}

/**
 * The nearest day with ISO weekday `weekday`: the last one on or before the reference day
 * (`past`), or the next one on or after it.
 */
export function nearestWeekday(ref: RefDay, weekday: number, past: boolean): string | undefined {
  const d = refDate(ref);
  if (!d) return undefined;
  const diff = weekday - isoWeekday(d);
  d.setUTCDate(d.getUTCDate() + (past ? (diff > 0 ? diff - 7 : diff) : (diff < 0 ? diff + 7 : diff)));
  return isoDay(d);
}

/** The ISO week `weeks` after the reference's: `2016-W46`. */
export function isoWeek(ref: RefDay, weeks: number): string | undefined {
  const d = refDate(ref);
  if (!d) return undefined;
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  // The week's Thursday decides its year (ISO 8601).
  d.setUTCDate(d.getUTCDate() + 4 - isoWeekday(d));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad2(week)}`;
}

/** The first and the last day of ISO week `week` of `year` (`2016-W46`'s Monday and Sunday), as `isoWeek` numbers weeks. */
export function isoWeekDays(year: number, week: number): { from: string; to: string } {
  // Week 1 holds 4 January (ISO 8601).
  const d = utc(year, 1, 4);
  d.setUTCDate(d.getUTCDate() + 1 - isoWeekday(d) + 7 * (week - 1));
  const from = isoDay(d);
  d.setUTCDate(d.getUTCDate() + 6);
  return { from, to: isoDay(d) };
}

/** The Saturday-to-Sunday weekend `weeks` after the reference's week. */
export function weekend(ref: RefDay, weeks: number): string | undefined {
  const sat = weekdayInWeek(ref, 6, weeks);
  const sun = weekdayInWeek(ref, 7, weeks);
  return sat && sun ? `${sat}/${sun}` : undefined;
}

/**
 * The last `count` units before the reference day up to it (`past`), or the next `count` units
 * after it: `2016-11-04/2016-11-07` for the past 3 days from 7 November 2016.
 */
export function span(ref: RefDay, count: number, unit: 'D' | 'W' | 'M' | 'Y', past: boolean): string | undefined {
  if (!Number.isInteger(count) || count <= 0) return undefined;
  const signed = past ? -count : count;
  const edge = unit === 'D' ? shiftDays(ref, signed) : unit === 'W' ? shiftDays(ref, 7 * signed)
    : shiftMonths(ref, unit === 'M' ? signed : 12 * signed);
  const today = shiftDays(ref, 0);
  if (!edge || !today) return undefined;
  if (past) return `${edge}/${today}`;
  const tomorrow = shiftDays(ref, 1)!;
  const end = unit === 'D' ? shiftDays(ref, count + 1) : unit === 'W' ? shiftDays(ref, 7 * count + 1)
    : shiftMonths(readReference(tomorrow)!, unit === 'M' ? count : 12 * count);
  return end ? `${tomorrow}/${end}` : undefined;
}

const CALENDAR_VALUE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/;

/** A calendar value as its first (`start`) or last (`end`) day, month or year, at the grain asked. */
function atGrain(value: string, grain: 1 | 2 | 3, end: boolean): string | undefined {
  const m = CALENDAR_VALUE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  const day = m[3] ? Number(m[3]) : end ? daysInMonth(year, month) : 1;
  const parts = [m[1]!, pad2(month), pad2(day)];
  return parts.slice(0, grain).join('-');
}

/**
 * Two dated ends as one interval, each at the finer grain of the two (`between 2011 and Aug 2013`
 * = 2011-01/2013-08, `from 2003 to May 4, 2006` = 2003-01-01/2006-05-04); undefined when an
 * end has no year, when the ends are reversed, or when they are clock times (joined elsewhere).
 */
export function intervalValue(from: string, to: string): string | undefined {
  const a = from.split('/')[0]!;
  const b = to.split('/').pop()!;
  const ma = CALENDAR_VALUE.exec(a);
  const mb = CALENDAR_VALUE.exec(b);
  if (!ma || !mb) return undefined;
  const grainOf = (m: RegExpExecArray): 1 | 2 | 3 => (m[3] ? 3 : m[2] ? 2 : 1);
  const grain = Math.max(grainOf(ma), grainOf(mb)) as 1 | 2 | 3;
  const start = atGrain(a, grain, false);
  const end = atGrain(b, grain, true);
  return start && end && start < end ? `${start}/${end}` : undefined;
}

/** The reference moment (its day at midnight when it names no time) moved by `minutes`: `2016-11-07T00:05`. */
export function shiftedMoment(ref: RefDay, referenceDate: string | undefined, minutes: number): string | undefined {
  if (ref.month === undefined || ref.day === undefined || !Number.isFinite(minutes)) return undefined;
  const clock = /T(\d\d):(\d\d)/.exec(referenceDate ?? '');
  const at = Date.UTC(ref.year, ref.month - 1, ref.day, Number(clock?.[1] ?? 0), Number(clock?.[2] ?? 0)) + minutes * 60000;
  return new Date(at).toISOString().slice(0, 16);
}

/**
 * Easter Sunday of a Gregorian year, moved by `offset` days (Good Friday -2, Easter Monday +1):
 * the anonymous Gregorian computus (Meeus, Astronomical Algorithms, ch. 8; Butcher 1876).
 */
export function easter(year: number, offset = 0): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(utc(year, month, day + offset));
}

/**
 * A year of an era in ISO 8601, which counts the years before year 1 from 0 down (astronomical
 * years): 221 BC (`公元前221年`) is `-0220`, AD 79 (`公元79年`) is `0079`.
 */
export function eraYear(year: number, beforeChrist: boolean): string {
  const y = beforeChrist ? 1 - year : year;
  return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

/** The years of the `n`th century of the era (`1500/1599`) or before it (the 3rd century BC, 300 to 201 BC: `-0299/-0200`). */
export function eraCentury(n: number, beforeChrist: boolean): string {
  return beforeChrist ? `${eraYear(n * 100, true)}/${eraYear((n - 1) * 100 + 1, true)}` : `${eraYear((n - 1) * 100, false)}/${eraYear((n - 1) * 100 + 99, false)}`;
}

/** The interval from the start of one period to the end of another (`-1299/-1200` and `-1099/-1000`: `-1299/-1000`). */
export function spanning(first: string, last: string): string {
  return `${first.split('/')[0]!}/${last.split('/').pop()!}`;
}

/** The quarter `step` quarters after the reference day's, as an interval of days. */
export function quarterOf(ref: RefDay, step: number): string | undefined {
  if (ref.month === undefined) return undefined;
  const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + step;
  const year = Math.floor(index / 4);
  const first = (index % 4) * 3 + 1;
  return monthsOfYear(year, first, first + 2);
}

/** The `n` whole quarters before the reference day's quarter (`past`), or after it. */
export function quarters(ref: RefDay, n: number, past: boolean): string | undefined {
  const first = quarterOf(ref, past ? -n : 1);
  const last = quarterOf(ref, past ? -1 : n);
  return first && last ? `${first.split('/')[0]}/${last.split('/')[1]}` : undefined;
}

/** The `nth` (1-based; 0 the last) day with ISO weekday `weekday` in a month. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): string | undefined {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days: number[] = [];
  for (let d = 1; d <= lastDay; d++) {
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if ((wd === 0 ? 7 : wd) === weekday) days.push(d);
  }
  const day = nth === 0 ? days[days.length - 1] : days[nth - 1];
  return day === undefined ? undefined : `${isoMonth(year, month)}-${String(day).padStart(2, '0')}`;
}

/**
 * The Monday-to-Sunday weeks of a month, each counted in the month that holds its Thursday (ISO
 * 8601's rule for years, applied to months): the `index`-th (1-based; 0 the last one).
 */
export function weekOfMonth(year: number, month: number, index: number): string | undefined {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const weekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay();
  // The Monday of the month's first week: the week of the 1st if its Thursday is in the month.
  const monday = weekday <= 4 ? 2 - weekday : 9 - weekday;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weeks: number[] = [];
  for (let d = monday; d + 3 <= lastDay; d += 7) weeks.push(d);
  const start = index === 0 ? weeks[weeks.length - 1] : weeks[index - 1];
  if (start === undefined) return undefined;
  const a = new Date(Date.UTC(year, month - 1, start));
  const b = new Date(Date.UTC(year, month - 1, start + 6));
  return `${a.toISOString().slice(0, 10)}/${b.toISOString().slice(0, 10)}`;
}

/**
 * A Chinese weekday: `星期三`, `周三`, `禮拜天`, or a numeral alone in brackets right after a day
 * (`1月29日（三）`, as Taiwan's pages write it); the day's character in group 1 or 2.
 */
export const ZH_WEEKDAY_SOURCE = '(?:星期|周|週|礼拜|禮拜)([日天一二三四五六])|[日号號][ \\t]*[（(]([日天一二三四五六])[)）]';

/** The weekday (0 = Sunday) a Chinese weekday's character names (`日`, `天`, `一` … `六`). */
export function zhWeekdayOf(c: string): number {
  return c === '天' ? 0 : '日一二三四五六'.indexOf(c);
}

/** A weekday named in English or Chinese (`Wednesday`, `星期三`, `周三`, `（三）` only right after a day: `1月29日（三）`). */
const WEEKDAY_NAMED = new RegExp(`\\b(sun|mon|tues|wednes|thurs|fri|satur)day\\b|${ZH_WEEKDAY_SOURCE}`, 'i');

/** The weekday a date's text names, 0 = Sunday, or undefined. */
export function weekdayNamed(raw: string): number | undefined {
  const m = WEEKDAY_NAMED.exec(raw);
  if (!m) return undefined;
  const zh = m[2] ?? m[3];
  if (zh !== undefined) return zhWeekdayOf(zh);
  return ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(m[1]!.toLowerCase());
}

/**
 * How far from the day a piece speaks from a date whose year no text wrote may move to the year
 * after (`ahead`) or before (`back`) on the strength of its weekday, in days: a piece announces
 * what comes up to ten months ahead, and reports what was within half a year; a day further off
 * that fits the weekday is less likely than a weekday slipped on a day of the piece's own year.
 */
const WEEKDAY_YEAR_REACH = { ahead: 300, back: 183 };

/**
 * A day whose year no text wrote (the reference year's, `2024-10-01`) moved to the year next to it
 * where it falls on the weekday written with it (`Thursday, 2 January` in a piece of late October
 * 2024 is 2 January 2025), when that day lies within `WEEKDAY_YEAR_REACH` of `reference`, the
 * day the piece speaks from: the nearer when both years do. Undefined when its own year fits, when
 * neither near year does, and without a reference day: a weekday that fits no day near the piece
 * (`Friday, 25 July` in a piece of July 2024, a Thursday) is a slip of the weekday, not a year
 * away, and its date keeps the year the piece gives it.
 */
export function yearOfWeekday(day: string, weekday: number, reference: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day);
  if (!m || !reference) return undefined;
  const ref = Date.parse(reference.slice(0, 10));
  if (Number.isNaN(ref)) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const on = (year: number): boolean => weekdayOn(year, mo, d) === weekday;
  if (on(y)) return undefined;
  const away = (year: number): number => Math.abs(utc(year, mo, d).getTime() - ref) / 86_400_000;
  const reach = (year: number): number => (year > y ? WEEKDAY_YEAR_REACH.ahead : WEEKDAY_YEAR_REACH.back);
  const fits = [y - 1, y + 1].filter((year) => on(year) && away(year) <= reach(year)).sort((a, b) => away(a) - away(b));
  return fits.length ? `${fits[0]}-${m[2]}-${m[3]}` : undefined;
}

/** The seven days ending on a day: `2025-03-14` → `2025-03-08/2025-03-14` (`the week to March 14`, `截至3月14日当周`). */
export function weekEndingOn(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const first = new Date(d.getTime() - 6 * 86400000);
  return `${first.toISOString().slice(0, 10)}/${day}`;
}

/** The Monday-to-Sunday week holding a day: `2016-06-15` → `2016-06-13/2016-06-19`. */
export function weekAround(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const wd = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const monday = new Date(d.getTime() - (wd - 1) * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  return `${monday.toISOString().slice(0, 10)}/${sunday.toISOString().slice(0, 10)}`;
}

/**
 * The year the last match of `pattern` (a global pattern of a year named in a text) gives in the 300
 * characters before `index`, read by `yearOf`: the year a word of the year before or after is told from.
 */
export function yearNamedBefore(text: string, index: number, pattern: RegExp, yearOf: (m: RegExpExecArray) => number): number | undefined {
  const before = text.slice(Math.max(0, index - 300), index);
  let year: number | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) year = yearOf(m);
  return year;
}
