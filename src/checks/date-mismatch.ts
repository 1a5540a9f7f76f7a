import type { Block, Fact, Finding, Pair, Severity } from '../types.js';
import { DAY_PART_TIMES } from '../locales/compose-dates.js';
import { quote } from './describe.js';
import { formatDuration, MONTH_NAMES, WEEKDAY_NAMES } from '../format/values.js';
import { isoWeekDays, weekdayOn, zhWeekdayOf, ZH_WEEKDAY_SOURCE } from '../locales/calendar.js';
import { blockPeriodPhrases, periodFindings, periodSpans, speakingYears, type PeriodPhrase } from './period-phrases.js';
import { extractCandidates } from '../pipeline/extract.js';
import { asciiDigits, sameLengthOfTime, tokensOf, uncoveredDigitsOf, type Token } from './quantities.js';
import { ValueIndex, type Found } from './value-index.js';
import { fullPairs, levelOption, locationIn, makeFinding, sideText, type CheckContext, type Rule } from './rule.js';

/** A calendar point with the parts the text gave. */
interface Point {
  y?: number;
  m?: number;
  d?: number;
  h?: number;
  mi?: number;
}

/** A date fact read back from its ISO 8601 value: a point or an interval. */
export interface DateValue {
  fact: Fact;
  from: Point;
  to: Point;
  interval: boolean;
  /** Weekday named in the text, 0 = Sunday. */
  weekday?: number;
  /** The year is written in the text rather than taken from the dateline. */
  yearWritten: boolean;
  /** A calendar week (`last week`, `上周`, ISO `2024-W11`): its days, Monday to Sunday. */
  week?: true;
}

/** `2024-01-11`, `--01-11`, `2024-01`, `2003`, `-0220` (221 BC), `2024-01-11T22:26`, `T22:26`. */
const POINT = /^(?:(-?\d{4})|-)?(?:-(\d{2}|-))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

/** The value of a part of a point, when it is written in digits. */
function partValue(s: string | undefined): number | undefined {
  return s !== undefined && DIGITS_ONLY.test(s) ? Number(s) : undefined;
}

const DIGITS_ONLY = /^-?\d+$/;

function parsePoint(text: string): Point | undefined {
  const m = POINT.exec(text);
  if (!m || text === '' || text === '-') return undefined;
  const point: Point = {};
  const y = partValue(m[1]); const mo = partValue(m[2]); const d = partValue(m[3]); const h = partValue(m[4]); const mi = partValue(m[5]);
  if (y !== undefined) point.y = y;
  if (mo !== undefined) point.m = mo;
  if (d !== undefined) point.d = d;
  if (h !== undefined) point.h = h;
  if (mi !== undefined) point.mi = mi;
  return Object.keys(point).length ? point : undefined;
}

/** An English weekday, in full, short or in the plural of a day that recurs (`Sunday`, `Tue.`, `on Mondays`). */
const EN_WEEKDAY = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:days?)?\b\.?/i;
/** A Chinese weekday: `星期四`, `周四`, or a numeral alone in brackets after a day (`1月30日（四）`). */
const ZH_WEEKDAY = new RegExp(ZH_WEEKDAY_SOURCE);

/** The weekday a text names, 0 = Sunday, or undefined. */
export function weekdayOf(raw: string): number | undefined {
  const zh = ZH_WEEKDAY.exec(raw);
  if (zh) return zhWeekdayOf(zh[1] ?? zh[2]!);
  const en = EN_WEEKDAY.exec(raw);
  if (!en || !(/days?\b|\.$/i.test(en[0]) || raw[en.index + en[0].length] === ',')) return undefined;
  const stem = en[1]!.slice(0, 3).toLowerCase();
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(stem);
}

/**
 * Reads a date fact into the values to compare: one, or two when it holds both a date and a
 * time of day (`January 19th, 2:34 PM`), since the other side may write them apart.
 */
export function readDates(fact: Fact): DateValue[] {
  const value = readDate(fact);
  if (!value) return [];
  // Hours of one day (`10月14日上午9时至下午5时`): the day, and the hours as a range of times of day
  // (`on October 14, from 9 a.m. to 4 p.m.`).
  const hours = value.interval && oneDayHours(value);
  if ((value.interval && !hours) || value.from.h === undefined || value.from.m === undefined) return [value];
  const { h: _h, mi: _mi, ...day } = value.from;
  const time = (p: Point): Point => ({ h: p.h!, ...(p.mi !== undefined ? { mi: p.mi } : {}) });
  const from = time(value.from);
  // The weekday goes with the day: a time that carried it too would tell a weekday slip twice.
  const clock: DateValue = { ...value, from, to: hours ? time(value.to) : from, yearWritten: false };
  delete clock.weekday;
  return [{ ...value, from: day, to: day, interval: false }, clock];
}

/**
 * Whether an interval runs forward between two times of one day whose day the text writes
 * (`10月14日上午9时至下午5时`; not `未来12小时`, hours from the reference day's).
 */
function oneDayHours(value: DateValue): boolean {
  const { from, to } = value;
  return from.m !== undefined && from.d !== undefined && from.h !== undefined && to.h !== undefined
    && from.y === to.y && from.m === to.m && from.d === to.d
    && to.h * 60 + (to.mi ?? 0) > from.h * 60 + (from.mi ?? 0) && DAY_WRITTEN.test(asciiDigits(value.fact.raw));
}

/** A day of the month written: `14日`, `十四日`, `3号`, `October 14`, `14 October`, `10/14`. */
const DAY_WRITTEN = /\d\s*[日号號]|[一二三四五六七八九十]\s*[日号號]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\/\d/i;

/** The dates of a side's facts, as `readDates` reads each date fact. */
function datesIn(facts: readonly Fact[]): DateValue[] {
  const out: DateValue[] = [];
  for (const fact of facts) if (fact.kind === 'date') for (const d of readDates(fact)) out.push(d);
  return out;
}

/** Reads a date fact, or undefined when its value is not a date this rule understands. */
export function readDate(fact: Fact): DateValue | undefined {
  if (fact.kind !== 'date' || typeof fact.value !== 'string') return undefined;
  const week = ISO_WEEK.exec(fact.value);
  if (week) {
    const days = isoWeekDays(Number(week[1]), Number(week[2]));
    return { fact, from: parsePoint(days.from)!, to: parsePoint(days.to)!, interval: true, week: true, yearWritten: false };
  }
  const [a, b] = fact.value.split('/');
  const from = parsePoint(a ?? '');
  const to = b !== undefined ? parsePoint(b) : from;
  const weekday = weekdayOf(fact.raw);
  if (!from || !to) {
    if (weekday === undefined) return undefined;
    return { fact, from: {}, to: {}, interval: false, weekday, yearWritten: false };
  }
  const raw = asciiDigits(fact.raw);
  // A part of the day (`the night of June 4`, `6月4日晚上`) names no hour: the languages cut the
  // day in parts differently, so only its day is compared.
  if (b !== undefined && PART_TIMES.has(`T${a?.split('T')[1]}/T${b.split('T')[1]}`)) {
    for (const p of [from, to]) {
      delete p.h;
      delete p.mi;
    }
    if (Object.keys(from).length === 0) return weekday === undefined ? undefined : { fact, from: {}, to: {}, interval: false, weekday, yearWritten: false };
  }
  // A time written without its minute (`11 am`, `五点`) leaves the minute unknown, not zero; the
  // formal hour of Chinese news (`晚上9时`, `上午10時`) is on the hour, as its minutes would be written.
  if (!MINUTE_WRITTEN.test(raw) && !(fact.lang === 'zh' && !fact.approx && ON_THE_HOUR.test(raw))) {
    for (const p of [from, to]) if (p.h !== undefined && p.mi === 0) delete p.mi;
  }
  const yearWritten = YEAR_WRITTEN.test(raw) || republicYearWritten(raw, from.y);
  // A month or a day written without a year or a word that gives one (`December`, `12月`) has the
  // year of the text's reference day in its value: no year of its own to hold against the other
  // side's (`December` in a January article is `去年12月`).
  if (!yearWritten && weekday === undefined && !YEAR_GIVEN.test(raw)) {
    for (const p of [from, to]) if (p.m !== undefined) delete p.y;
  }
  return { fact, from, to, interval: b !== undefined && JSON.stringify(from) !== JSON.stringify(to), weekday, yearWritten };
}

/** A week as ISO 8601 writes it (`2024-W11`), the value of `last week`, `本周`. */
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * How a calendar week stands to another date: one where they share a day (`the past week`, up to
 * today, against `上周`; `last month` against a week that ran into it), else told apart by the
 * first part that differs (`last month` against `上周`: the month). A date without a year takes
 * the week's; a year alone holds the weeks of its days.
 */
function relateWeek(week: DateValue, other: DateValue): Relation {
  const { from, to } = other;
  if (from.m === undefined) {
    if (from.y === undefined) return { kind: 'unrelated' };
    const last = to.y ?? from.y;
    return week.to.y! >= from.y && week.from.y! <= last ? { kind: 'equal' } : { kind: 'differ', parts: ['year'] };
  }
  const year = (p: Point): Point => ({ ...p, y: p.y ?? week.from.y });
  const lo = ordinalOf({ ...year(from), d: from.d ?? 1 })!;
  const hi = ordinalOf(monthEnd(year(to.m === undefined ? from : to)))!;
  if (lo <= ordinalOf(week.to)! && hi >= ordinalOf(week.from)!) return { kind: 'equal' };
  const y = year(from).y;
  if (y !== week.from.y && y !== week.to.y) return { kind: 'differ', parts: ['year'] };
  return { kind: 'differ', parts: [from.m !== week.from.m && from.m !== week.to.m ? 'month' : 'day'] };
}

/** Whether `raw` writes `year` as a year of the Republic of China (`115年`, `去（112）年` for 2026, 2023; `113學年度`, the school year from 2024). */
function republicYearWritten(raw: string, year: number | undefined): boolean {
  if (year === undefined || year < 1912 || year > 2110) return false;
  const n = String(year - 1911);
  return raw.includes(`${n}年`) || raw.includes(`${n}）年`) || raw.includes(`${n})年`) || raw.includes(`${n}學年`) || raw.includes(`${n}学年`);
}

/**
 * Words that give a date its year when no year is written: days, weeks, months and years counted
 * from the text's day (`last December`, `去年12月`, `yesterday`, `上周`, `two months ago`,
 * `the past two decades`, `过去二十年`; `now`, the text's own day). Read generously: a date this misses keeps its year.
 */
const YEAR_GIVEN = /\b(?:last|next|this|previous|coming|past|ago|yesterday|today|tonight|tomorrow|now|earlier|later|since|before|after|decades?|years?|months?|weeks?|days?)\b|[去今明前后本上下昨翌次这這近][年月天日周晚早]|过去|過去|未来|未來|最近|近[一二两兩三四五六七八九十百\d]|[年月天周]前|[年月天周]后|以来|以來|至今|星期|礼拜|週|周[一二三四五六日末]/i;

/**
 * A year written in a date: `2024`, `'24`, `二〇二四年`; and a decade written with its digits or its
 * Chinese numeral, whose century the context gives (`the '90s`, `90年代`, `上世纪八十年代`), as `the 1990s` is written.
 */
const YEAR_WRITTEN = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d|[ \t]*(?:GMT|UTC|hours|hrs)\b)|'\d\d\b|[〇○零一二三四五六七八九]{4}年|(?<!\d)\d0(?:'?s\b|年代)|[一二三四五六七八九]十年代/;

/** A Chinese time that closes on the formal hour (`晚上9时`, `10時`), no word of approximation after it (`9时许`). */
const ON_THE_HOUR = /\d[时時]$|[一二三四五六七八九十][时時]$/;

/** A minute written in a time: `11:13`, `11時13分`, `四点半`, `half past`, `0430`. */
const MINUTE_WRITTEN = /\d[:：.]\d|分|半|刻|half|quarter|\d{4}/i;

/** A time zone named beside a date: a day apart across it is no slip (`北京时间8月7日` vs `Aug 6`). */
const ZONE = /北京时间|北京時間|当地时间|當地時間|美国东部时间|美東時間|格林尼治|\b(?:GMT|UTC|EST|EDT|PST|PDT|CST|CDT|ET|PT|BST|CET|CEST|JST)\b|local time|Beijing time|(?:US|U\.S\.|Eastern|Pacific|Central) time/i;

/** Days from `a` to `b`, both with month and day (a year left out read as the other's), else undefined. */
function daysFrom(a: Point, b: Point): number | undefined {
  if (a.m === undefined || a.d === undefined || b.m === undefined || b.d === undefined) return undefined;
  const year = a.y ?? b.y ?? 2001;
  const day = (p: Point) => Date.UTC(p.y ?? year, p.m! - 1, p.d);
  return Math.round((day(b) - day(a)) / 86_400_000);
}

/** Whether two points are one day apart (both with month and day). */
function oneDayApart(a: Point, b: Point): boolean {
  const days = daysFrom(a, b);
  return days === 1 || days === -1;
}

const PARTS: (keyof Point)[] = ['y', 'm', 'd', 'h', 'mi'];

/** The parts in which two points disagree (parts known on one side only do not count). */
function differences(a: Point, b: Point): (keyof Point)[] {
  return PARTS.filter((k) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]);
}

/** The parts both points know. */
function shared(a: Point, b: Point): number {
  return PARTS.filter((k) => a[k] !== undefined && b[k] !== undefined).length;
}

function ordinalOf(p: Point): number | undefined {
  if (p.m === undefined) return undefined;
  return ((p.y ?? 0) * 13 + p.m) * 32 + (p.d ?? 0);
}

/**
 * Whether a year (`single`) is the first of a school, fiscal or sports year over two calendar
 * years (`range`: `113學年度`, `2024/25 season`, 2024/2025), which is named by the year it opens in.
 */
function namedByItsStart(single: DateValue, range: DateValue): boolean {
  return single.from.m === undefined && range.from.m === undefined && single.from.y !== undefined && single.from.y === range.from.y
    && range.to.y === range.from.y + 1 && SPLIT_YEAR_NAME.test(`${range.fact.raw} ${single.fact.raw}`);
}

/**
 * Whether a calendar period named as the next one (`next month`, `the coming month`, `下个月`) and a
 * span of the same horizon counted from today (`未来一个月`, `over the next 30 days`) say one
 * horizon two ways: the span runs into the period from just before it and ends inside it
 * (`range`: 15 March to 15 April against April; not `未来一年` against next month).
 */
function sameHorizon(single: DateValue, range: DateValue): boolean {
  return NEXT_PERIOD.test(single.fact.raw) && HORIZON.test(range.fact.raw) && range.from.d !== undefined && single.from.d === undefined
    && range.to.y === single.to.y && (single.to.m === undefined || range.to.m === single.to.m);
}

/** A calendar period named as the one after this one. */
const NEXT_PERIOD = /\b(?:next|coming|following)\b|下个?月|下個?月|下周|下週|下星期|明年/i;
/** A span counted from today (`未来一个月`, `今后一年`, `接下来两周`, `the next 30 days`). */
const HORIZON = /未来|未來|今后|今後|接下来|接下來|\b(?:next|coming)\b/i;

/** Whether `facts` hold a length in days as long as `range` runs, its two ends counted (`6天` for 15 to 20 August). */
function lengthToldBeside(range: DateValue, facts: readonly Fact[]): boolean {
  const apart = range.from.y !== undefined && range.to.y !== undefined ? daysFrom(range.from, range.to) : undefined;
  return apart !== undefined && facts.some((f) => f.kind === 'duration' && f.value === `P${apart + 1}D`);
}

/** Words of a year over two calendar years: a school, fiscal or sports year. */
const SPLIT_YEAR_NAME = /学年|學年|财年|財年|财政年度|財政年度|会计年度|會計年度|赛季|賽季|\b(?:academic|school|fiscal|financial|season)\b/i;

/** A range's end point, run to its month's last day where it names no day. */
function monthEnd(p: Point): Point {
  return p.m !== undefined && p.d === undefined ? { ...p, d: 31 } : p;
}

/** Whether point `p` lies within the interval [from, to] (by year, month and day; by year where none names a month). */
function within(p: Point, from: Point, to: Point): boolean {
  // Years alone (`2024` against `113學年度`, 2024/2025): by year.
  if (p.m === undefined && from.m === undefined && to.m === undefined && p.y !== undefined && from.y !== undefined && to.y !== undefined) {
    return p.y >= from.y && p.y <= to.y;
  }
  const strip = (q: Point): Point => (p.y === undefined ? { ...q, y: undefined } : q);
  // A range's end without its day runs to the month's end (`June to August` holds 16 August).
  const [x, lo, hi] = [ordinalOf(p), ordinalOf(strip(from)), ordinalOf(monthEnd(strip(to)))];
  if (x === undefined || lo === undefined || hi === undefined) return false;
  return x >= lo && x <= hi;
}

/** Whether a date spans more than one day (a range of days, not the hours of one). */
function manyDays(v: DateValue): boolean {
  return v.interval && (v.from.d !== v.to.d || v.from.m !== v.to.m || v.from.y !== v.to.y);
}

export type Relation = { kind: 'equal' } | { kind: 'inside' } | { kind: 'differ'; parts: string[] } | { kind: 'unrelated' };

export function relate(a: DateValue, b: DateValue): Relation {
  // A range's weekday is its first day's: it is weighed against another range's only
  // (`9月12日（星期五）及13日（星期六）` against `Saturday 13 September` is the range and its last day).
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday && manyDays(a) === manyDays(b)) {
    return { kind: 'differ', parts: ['weekday'] };
  }
  if (noDate(a) || noDate(b)) return noDate(a) && noDate(b) ? { kind: 'equal' } : { kind: 'unrelated' };
  if (a.week) return b.week ? (a.fact.value === b.fact.value ? { kind: 'equal' } : { kind: 'differ', parts: ['week'] }) : relateWeek(a, b);
  if (b.week) return relateWeek(b, a);
  if (shared(a.from, b.from) === 0) return { kind: 'unrelated' };
  const dFrom = differences(a.from, b.from);
  const dTo = differences(a.to, b.to);
  if (dFrom.length === 0 && dTo.length === 0) return { kind: 'equal' };
  if (eitherOrder(a, b) || eitherOrder(b, a)) return { kind: 'equal' };
  if (sameDecades(a, b) || sameDecades(b, a)) return { kind: 'equal' };
  if (samePartOfMonth(a, b) || yearEdgeOfMonth(a, b) || yearEdgeOfMonth(b, a)) return { kind: 'equal' };
  if (a.interval !== b.interval) {
    const [range, single] = a.interval ? [a, b] : [b, a];
    // `over the coming month` against `未来一个月`: next month and the month from today, one horizon.
    if (sameHorizon(single, range)) return { kind: 'equal' };
    if (within(single.from, range.from, range.to)) return { kind: 'inside' };
  }
  const parts = [...new Set([...dFrom, ...dTo])];
  const named = parts.map((k) => {
    if (k === 'h' && a.from.h !== undefined && b.from.h !== undefined && Math.abs(a.from.h - b.from.h) === 12) return 'AM/PM';
    return ({ y: 'year', m: 'month', d: 'day', h: 'hour', mi: 'minute' } as const)[k];
  });
  return { kind: 'differ', parts: named };
}

/** `start` where two spans end on one day and start on two, `end` where they start on one and end on two. */
function spanEndDiffers(a: DateValue, b: DateValue): 'start' | 'end' | undefined {
  const from = differences(a.from, b.from).length === 0;
  const to = differences(a.to, b.to).length === 0;
  return from === to ? undefined : to ? 'start' : 'end';
}

/** A day written in digits whose first two numbers may be either the month or the day (`12/07/2024`, `3.4.25`). */
const EITHER_ORDER = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](?:\d{4}|\d\d))?$/;

/**
 * Whether `a` is written as a day in digits that reads either way round (`12/07/2024`: 7 December
 * as America writes it, 12 July as Britain, Hong Kong and most of the world do) and `b` is the
 * same day read the other way: the two agree.
 */
function eitherOrder(a: DateValue, b: DateValue): boolean {
  const m = EITHER_ORDER.exec(a.fact.raw.trim());
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12 || a.interval || b.interval) return false;
  return a.from.m === b.from.d && a.from.d === b.from.m && a.from.y === b.from.y && a.from.h === undefined;
}

/** A word that names part of a month: `early`, `mid-`, `the end of`, `the first two weeks`, `上旬`, `月底`, `初`, `上半月`. */
const MONTH_PART_WORD = /\b(?:early|mid|middle|late|beginning|start|end|half|(?:two|2)[ \t]+weeks|fortnight)\b|上旬|中旬|下旬|初|底|末|月中|半月/i;

/**
 * Parts of one month named by words that overlap (`late March` = days 16–31, `3月下旬` = 21–31;
 * `mid-May` against `5月中旬`): the languages cut a month in halves and in thirds (旬), so parts
 * that overlap are the same part; and a range between parts of two months whose edges lie as
 * near as a half's and a third's.
 */
function samePartOfMonth(a: DateValue, b: DateValue): boolean {
  if (!a.interval || !b.interval || !MONTH_PART_WORD.test(a.fact.raw) || !MONTH_PART_WORD.test(b.fact.raw)) return false;
  const days = (v: DateValue): boolean => v.from.m !== undefined && v.to.m !== undefined && v.from.d !== undefined && v.to.d !== undefined;
  if (!days(a) || !days(b) || a.from.m !== b.from.m || a.to.m !== b.to.m
    || (a.from.y !== undefined && b.from.y !== undefined && a.from.y !== b.from.y)
    || (a.to.y !== undefined && b.to.y !== undefined && a.to.y !== b.to.y)) return false;
  const oneMonth = (v: DateValue): boolean => v.from.m === v.to.m && v.from.y === v.to.y;
  if (oneMonth(a) && oneMonth(b)) return a.from.d! <= b.to.d! && b.from.d! <= a.to.d!;
  // A range from a part of one month to a part of another (`from late June to early August`,
  // `6月下旬至8月上旬`): each end cut in halves on one side and in thirds on the other.
  return Math.abs(a.from.d! - b.from.d!) <= PART_EDGES_APART && Math.abs(a.to.d! - b.to.d!) <= PART_EDGES_APART;
}

/**
 * The end of a year and the end of its December (`by the end of 2023` against `截至2023年12月底`),
 * or its start and the start of its January (`2024年初` against `early January 2024`): one edge
 * of the year, named by the year or by its month. `year` spans months of one year and `month` one month,
 * and the two end (or start) on the same day.
 */
function yearEdgeOfMonth(year: DateValue, month: DateValue): boolean {
  if (!year.interval || !month.interval || year.from.y === undefined || year.from.y !== year.to.y || year.from.m === year.to.m
    || month.from.m === undefined || month.from.m !== month.to.m) return false;
  const words = `${year.fact.raw} ${month.fact.raw}`;
  if (month.to.m === 12 && samePoint(year.to, monthEnd(month.to))) return END_WORDS.test(year.fact.raw) && END_WORDS.test(month.fact.raw) && !START_WORDS.test(words);
  if (month.from.m === 1 && samePoint(year.from, month.from)) return START_WORDS.test(year.fact.raw) && START_WORDS.test(month.fact.raw) && !END_WORDS.test(words);
  return false;
}

/** Words of the end of a year or month: `late`, `the end of`, `底`, `末`. */
const END_WORDS = /\b(?:late|end)\b|底|末/i;
/** Words of the start of a year or month: `early`, `the beginning of`, `初`. */
const START_WORDS = /\b(?:early|beginning|start)\b|初/i;

/**
 * Whether `part`, a part of one month (`late July`), opens the range `range` between parts of two
 * months (`7月下旬至8月上旬`) and a part of the range's last month left on its side (`early
 * August`, taken from `left`) closes it, edges as near as `samePartOfMonth` allows.
 */
function partsTellRange(part: DateValue, range: DateValue, left: Set<DateValue>): boolean {
  if (!part.interval || !range.interval || !MONTH_PART_WORD.test(part.fact.raw) || !MONTH_PART_WORD.test(range.fact.raw)) return false;
  const near = (x: Point, y: Point) => x.m !== undefined && x.m === y.m && x.d !== undefined && y.d !== undefined && Math.abs(x.d - y.d) <= PART_EDGES_APART
    && (x.y === undefined || y.y === undefined || x.y === y.y);
  if (part.from.m !== part.to.m || range.from.m === range.to.m || !near(part.from, range.from)) return false;
  for (const d of left) {
    if (d === part || !d.interval || d.from.m !== d.to.m || !MONTH_PART_WORD.test(d.fact.raw) || d.from.m !== range.to.m || !near(d.to, range.to)) continue;
    left.delete(d);
    return true;
  }
  return false;
}

/**
 * Whether `part`, a period of whole years (`the 1960s`), opens the range of years `range`
 * (`1960至1970年代`: 1960/1979) and periods of whole years left on its side (`1970s`, taken from
 * `left`) run on from it, each where the one before ends, to the range's end: the range told as its periods.
 */
function periodsTellRange(part: DateValue, range: DateValue, left: Set<DateValue>): boolean {
  const years = (v: DateValue): boolean => v.from.y !== undefined && v.to.y !== undefined && v.from.m === undefined && v.to.m === undefined;
  if (!part.interval || !range.interval || !years(part) || !years(range) || part.from.y !== range.from.y || part.to.y! >= range.to.y!) return false;
  const taken: DateValue[] = [];
  let reached = part.to.y!;
  for (let grown = true; grown && reached < range.to.y!;) {
    grown = false;
    for (const d of left) {
      if (d === part || !years(d) || d.from.y !== reached + 1 || d.to.y! > range.to.y!) continue;
      taken.push(d);
      reached = d.to.y!;
      grown = true;
      break;
    }
  }
  if (reached !== range.to.y) return false;
  for (const d of taken) left.delete(d);
  return true;
}

/** How far apart the edges of a half and a third of a month lie at most: days 16 and 21, 15 and 10. */
const PART_EDGES_APART = 5;

/** Whole years an interval covers: `1990/2009` 20, `1996-11-07/2016-11-07` 20. */
function yearsCovered(v: DateValue): number | undefined {
  if (!v.interval || v.from.y === undefined || v.to.y === undefined) return undefined;
  return v.to.y - v.from.y + (v.to.m === undefined ? 1 : 0);
}

/**
 * Whole decades (`the past two decades`: 1990/2009) against as many years counted from the
 * day (`过去二十年`: 1996-11-07/2016-11-07): the same stretch, counted in two ways.
 */
function sameDecades(decades: DateValue, years: DateValue): boolean {
  if (!DECADES.test(decades.fact.raw)) return false;
  const n = yearsCovered(decades);
  return n !== undefined && n % 10 === 0 && n === yearsCovered(years)
    && Math.abs((decades.from.y ?? 0) - (years.from.y ?? 0)) < 10;
}

/**
 * `date-mismatch`: dates and times that differ between the two sides of a pair: day, month,
 * year, weekday, time of day (AM/PM against 上午/下午). A different value is an error; a range
 * against a single day inside it (`January 10-11th` vs `1月11日`) is a warning; a year written on
 * one side only is an `info` note (`yearOneSided`); a date on one side only is an `info` note (`oneSided`)
 * unless the other side writes its numbers some other way. A Chinese date that cannot exist
 * (`13月12日`) is an error. A time written without its minute (`11 am`) agrees with any minute of
 * that hour (`11時13分`); dates a day apart where a time zone is named (`北京时间8月7日` vs `Aug 6`)
 * are an `info` note.
 */
export const dateMismatch: Rule = {
  id: 'date-mismatch',
  severity: 'error',
  description: 'Dates, weekdays or times of day that differ between the two sides of a pair.',
  check(context) {
    const oneSided = levelOption(context.options, 'oneSided', 'info');
    const yearOneSided = levelOption(context.options, 'yearOneSided', 'info');
    const findings: Finding[] = [];
    // Periods named without digits (`by the end of the decade`), read once a block: their spans
    // leave the facts inside them to the period rule, which judges them against a target year (`到2040年`).
    const years = speakingYears(context.blocks, context.referenceYear);
    const read = new Map<string, PeriodPhrase[]>();
    const phrasesOf = (block: Block): PeriodPhrase[] => {
      let phrases = read.get(block.id);
      if (!phrases) read.set(block.id, (phrases = blockPeriodPhrases(block, years)));
      return phrases;
    };
    for (const pair of fullPairs(context)) for (const f of checkPair(context, pair, oneSided, yearOneSided, phrasesOf)) findings.push(f);
    for (const pair of fullPairs(context)) for (const f of periodFindings(context, pair, dateMismatch, years, phrasesOf)) findings.push(f);
    return findings;
  },
};

/** An English date and a Chinese one that differ, and the parts in which they do. */
export interface DateDiffer {
  a: DateValue;
  b: DateValue;
  parts: string[];
}

/** How the dates of the two sides of a pair meet, each list in the order its pairs were made. */
export interface DateMatches {
  equal: [DateValue, DateValue][];
  inside: [DateValue, DateValue][];
  differ: DateDiffer[];
  /** What is left on each side (vague dates set aside). */
  enLeft: Set<DateValue>;
  zhLeft: Set<DateValue>;
}

/** The words of this year (`May 13 this year`, `今年5月13日`): a day or a year told with them is in the text's year. */
const THIS_YEAR = /今年|this year/i;

/**
 * Pairs the dates of the two sides: single days first, each English day the first Chinese day
 * that equals it, then those left one part apart (the year written on both or on neither); then
 * each English date takes the first Chinese one left that equals it; then, vague dates set aside
 * (they agree where they are equal and are otherwise no evidence either way: never a range around a day, a difference or one-sided), the first that
 * holds it or lies inside it; then the pairs of those left that differ, those that share most
 * parts and differ in fewest first. The Chinese dates are indexed by the parts they give, so a
 * date reads only those that agree with it in every part both give.
 */
export function matchDates(en: readonly DateValue[], zh: readonly DateValue[]): DateMatches {
  const enLeft = new Set(en);
  const zhLeft = new Set(zh);
  const index = new DateIndex([...zhLeft]);
  const equal: [DateValue, DateValue][] = [];
  const inside: [DateValue, DateValue][] = [];
  const differ: DateDiffer[] = [];
  // Single days written alike are weighed against each other first: the same day is equal, and
  // one that differs in one part (`January 11, 2026` against `2026年1月4日`) is the other's slip,
  // before either is taken for a day within a year or a month the other side names too (`the
  // 2026 marathon`). So are ranges of days (`from October 18 to 22` against `10月18日至24日`), before
  // either is taken for the year the other side names (`今年`).
  const days = (side: Set<DateValue>) => new Set([...side].filter((v) => singleDay(v) || rangeOfDays(v)));
  const enDays = days(enLeft);
  const zhDays = enDays.size > 0 ? days(zhLeft) : new Set<DateValue>();
  if (zhDays.size > 0 && enDays.size * zhDays.size <= DATE_PAIRS_MOST) {
    const take = (a: DateValue, b: DateValue) => {
      enLeft.delete(a);
      zhLeft.delete(b);
      zhDays.delete(b);
      index.remove(b);
    };
    for (const a of enDays) {
      for (const b of zhDays) {
        if (relate(a, b).kind !== 'equal') continue;
        take(a, b);
        equal.push([a, b]);
        break;
      }
    }
    for (const c of differing(new Set([...enDays].filter((a) => enLeft.has(a))), zhDays)) {
      // A day of this year (`May 13 this year`, `今年5月13日`) is in the year a day without one is read in.
      const yearsApart = (c.a.from.y === undefined) !== (c.b.from.y === undefined) && !THIS_YEAR.test((c.a.from.y === undefined ? c.b : c.a).fact.raw);
      // A day of the lunar calendar against one of the Gregorian (`除夕` against `New Year's Eve`, as
      // Hong Kong writes the last night of December too) is no slip of a part: the two are not compared.
      const calendars = (c.a.fact.unit === 'lunar') !== (c.b.fact.unit === 'lunar');
      // Two feasts of the lunar calendar months apart are two feasts (`Mid-Autumn Festival`, `端午节`);
      // those of one season may be one holiday named by another day of it (`Lunar New Year`, `除夕`).
      const feasts = c.a.fact.unit === 'lunar' && c.b.fact.unit === 'lunar' && monthsApart(c.a.from.m, c.b.from.m) >= 2;
      // A day named by a vague word (`now`) is no evidence of a slip against a day that differs from it
      // (`一年前`); a feast of the lunar calendar is weighed as above.
      const vagueWord = (c.a.fact.unit !== 'lunar' && isVague(c.a.fact)) || (c.b.fact.unit !== 'lunar' && isVague(c.b.fact));
      if ((c.parts.length !== 1 && !feasts) || !enLeft.has(c.a) || !zhLeft.has(c.b) || yearsApart || calendars || vagueWord) continue;
      take(c.a, c.b);
      differ.push({ a: c.a, b: c.b, parts: c.parts });
    }
  }
  for (const want of ['equal', 'inside'] as const) {
    if (want === 'inside') {
      for (const a of enLeft) if (isVague(a.fact)) enLeft.delete(a);
      for (const b of zhLeft) if (isVague(b.fact)) { zhLeft.delete(b); index.remove(b); }
    }
    // Deleting the element a loop stands on is allowed in a set's iteration: no copies are made.
    for (const a of enLeft) {
      const b = want === 'equal' ? index.equalTo(a) : index.around(a);
      if (!b) continue;
      enLeft.delete(a);
      zhLeft.delete(b);
      index.remove(b);
      (want === 'equal' ? equal : inside).push([a, b]);
    }
  }
  const candidates = enLeft.size * zhLeft.size <= DATE_PAIRS_MOST ? differing(enLeft, zhLeft) : index.nearDiffering(enLeft);
  for (const c of candidates) {
    if (!enLeft.has(c.a) || !zhLeft.has(c.b)) continue;
    enLeft.delete(c.a);
    zhLeft.delete(c.b);
    differ.push({ a: c.a, b: c.b, parts: c.parts });
  }
  return { equal, inside, differ, enLeft, zhLeft };
}

/**
 * Whether a single day or time that is one end of a range (`single`) has the range's other end
 * beside it among the dates left on its side (`left`), taken from there when it has: the range told
 * as two days, two months or two times. Not where the single day lies inside the range without being one of its ends.
 */
function otherEndTold(single: DateValue, range: DateValue, left: Set<DateValue>): boolean {
  const other = otherEndOf(single, range);
  if (!other) return false;
  for (const d of left) {
    // A month alone tells the end of a range of months (`in September and October` against `9至10月`).
    const month = d.from.m !== undefined && d.from.d === undefined && other.d === undefined;
    if (!d.interval && (d.from.d !== undefined || d.from.h !== undefined || (d.from.m === undefined && d.from.y !== undefined) || month) && samePoint(d.from, other)) {
      left.delete(d);
      return true;
    }
  }
  return false;
}

/** Where a day or a year is one end of a range (all the parts both give agree), the range's other end. */
function otherEndOf(single: DateValue, range: DateValue): Point | undefined {
  if (single.interval) return undefined;
  return samePoint(single.from, range.from) ? range.to : samePoint(single.from, range.to) ? range.from : undefined;
}

/** Two points that share a part and agree in every part both give. */
function samePoint(p: Point, q: Point): boolean {
  return shared(p, q) > 0 && differences(p, q).length === 0;
}

/**
 * The date left on `single`'s side that tells a range's other end wrongly: `single` is one end of
 * `range`, and a date of its parts beside it lies outside the range (`2011年` and `2010年` against
 * `between 2011 and 2019`). Taken from `left` when found.
 */
function otherEndChanged(single: DateValue, range: DateValue, left: Set<DateValue>): DateValue | undefined {
  const other = otherEndOf(single, range);
  if (!other) return undefined;
  const pattern = patternOf(single.from);
  // A few dates are read at most: a side of thousands (a table of dates) is no sentence with a range's ends.
  let read = 0;
  for (const d of left) {
    if (++read > OTHER_END_READ) break;
    if (d === single || d.interval || patternOf(d.from) !== pattern || differences(d.from, other).length === 0) continue;
    if (relate(d, range).kind === 'inside') continue;
    left.delete(d);
    return d;
  }
  return undefined;
}

/** How many dates left on a side `otherEndChanged` reads. */
const OTHER_END_READ = 16;

/** Years apart from which a date written with figures is no slip of a day named without any (`today`, `明年`). */
const NAMED_DAY_YEARS = 10;

/** Whether one of two dates is named without a figure and the other's year lies `NAMED_DAY_YEARS` or more from it. */
function farFromNamedDay(a: DateValue, b: DateValue): boolean {
  const ya = a.from.y;
  const yb = b.from.y;
  if (ya === undefined || yb === undefined || Math.abs(ya - yb) < NAMED_DAY_YEARS) return false;
  // A year written in Chinese numerals (`二〇〇三年`) is written with figures as digits are.
  const figures = (v: DateValue) => v.yearWritten || /\d/.test(v.fact.raw);
  return !figures(a) || !figures(b);
}

/** A single day with its month and day, no time, no range, no weekday alone. */
/** The values of one side's dates (0 English, 1 Chinese) among those matched. */
function matchedValues(equal: readonly [DateValue, DateValue][], inside: readonly [DateValue, DateValue][], side: 0 | 1): Set<string> {
  const out = new Set<string>();
  for (const list of [equal, inside]) for (const p of list) out.add(String(p[side].fact.value));
  return out;
}

/**
 * Whether two sides name one weekday and no day of a month, its week worked out apart (`Tickets
 * go on sale on Wednesday` against `门票将于星期三发售`, read as last week's and this week's): one
 * day, unless each side names its week and the two differ (`next Wednesday` against `上周三`).
 */
function sameWeekdayAlone(a: DateValue, b: DateValue): boolean {
  if (a.weekday === undefined || a.weekday !== b.weekday || a.interval || b.interval) return false;
  if (DAY_OF_MONTH.test(a.fact.raw) || DAY_OF_MONTH.test(b.fact.raw)) return false;
  return !(EN_WEEK_NAMED.test(a.fact.raw) && ZH_WEEK_NAMED.test(b.fact.raw)) && !(ZH_WEEK_NAMED.test(a.fact.raw) && EN_WEEK_NAMED.test(b.fact.raw));
}

/** A week named with an English weekday (`last Friday`, `next Monday`, `this Tuesday`). */
const EN_WEEK_NAMED = /\b(?:last|next|this|coming|previous|past)\b/i;
/** A week named with a Chinese weekday (`上周三`, `下星期一`, `本周五`, `这周二`). */
const ZH_WEEK_NAMED = /[上下本这這今][周週]|[上下本这這][个個]?(?:星期|礼拜|禮拜)/;

/**
 * Whether two dates each write a day of a month (`October 2`, `10月3日`), and other days: not a day
 * worked out from a weekday (`last Tuesday`, `上周三`), which differs with the weekday alone.
 */
function dayWritten(a: DateValue, b: DateValue): boolean {
  return a.from.d !== undefined && b.from.d !== undefined && (a.from.d !== b.from.d || a.from.m !== b.from.m)
    && DAY_OF_MONTH.test(a.fact.raw) && DAY_OF_MONTH.test(b.fact.raw);
}

/** A day of a month written: a month's name and a number, a number and 日 or 号, or digits with a slash or a dash. */
const DAY_OF_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|[\d〇零一二三四五六七八九十]+[日号號]|\d{1,2}[/-]\d{1,2}/i;

function singleDay(v: DateValue): boolean {
  return !v.interval && v.from.m !== undefined && v.from.d !== undefined && v.from.h === undefined;
}

/** A range between two days of months (`18–22 October`), no week and no time of day. */
function rangeOfDays(v: DateValue): boolean {
  return v.interval && !v.week && v.from.m !== undefined && v.from.d !== undefined && v.to.m !== undefined && v.to.d !== undefined && v.from.h === undefined && v.to.h === undefined;
}

/** Pairs of dates left past which a date is weighed as differing only against a few that differ from it in one part (500 on each side). */
const DATE_PAIRS_MOST = 250_000;

/** Every pair of dates left that differ, those that share most parts and differ in fewest first (then in their order). */
function differing(enLeft: ReadonlySet<DateValue>, zhLeft: ReadonlySet<DateValue>): DateDiffer[] {
  const candidates: (DateDiffer & { score: number })[] = [];
  for (const a of enLeft) {
    for (const b of zhLeft) {
      const r = relate(a, b);
      // `Today` against `公元366年`: a day named without a figure is no slip of a year written decades away.
      if (r.kind === 'differ' && !farFromNamedDay(a, b)) candidates.push({ a, b, parts: r.parts, score: shared(a.from, b.from) - r.parts.length });
    }
  }
  return candidates.sort((x, y) => y.score - x.score);
}

/** The parts of a point, as bits: year 1, month 2, day 4, hour 8, minute 16. */
function patternOf(p: Point): number {
  let bits = 0;
  for (let i = 0; i < PARTS.length; i++) if (p[PARTS[i]!] !== undefined) bits |= 1 << i;
  return bits;
}

/** A key of the parts `bits` of a point of the parts `pattern` (`6/2/3`: month and day given, month 3). */
function partsKey(pattern: number, bits: number, p: Point): string {
  let key = `${pattern}/${bits}`;
  for (let i = 0; i < PARTS.length; i++) if (bits & (1 << i)) key += `/${p[PARTS[i]!]}`;
  return key;
}

/** Dates of one side in their order, the first of them still in play read first. */
class DateList {
  readonly items: DateValue[] = [];
  private head = 0;

  /** The items from the first in play on (those before it are out of play for good). */
  from(inPlay: ReadonlySet<DateValue>): number {
    while (this.head < this.items.length && !inPlay.has(this.items[this.head]!)) this.head++;
    return this.head;
  }
}

/**
 * The Chinese dates of a pair, for the English dates' searches (`matchDates`): filed under the
 * values of each set of the parts they give (`2024-03-05` under its year, its month, its day,
 * its year and month...), so that a date finds those that agree with it in every part both give
 * by one key for each set of parts a Chinese date gives; days of a range by their place in the
 * calendar; and the few dates `relate` weighs otherwise (no date but a weekday, decades, parts
 * of a month).
 */
class DateIndex {
  private readonly inPlay: Set<DateValue>;
  private readonly order = new Map<DateValue, number>();
  private readonly keyed = new Map<string, DateList>();
  /** The sets of parts the dates give. */
  private readonly patterns: number[];
  private readonly all = new DateList();
  private readonly noDates = new DateList();
  private readonly decades = new DateList();
  private readonly monthParts = new DateList();
  private readonly intervals = new DateList();
  /** Single years with no month (`2024`), which a range of years may hold. */
  private readonly yearsAlone = new DateList();
  /** Single dates by their place in the calendar, with their year and without it. */
  private readonly singles: ValueIndex<DateValue>;
  private readonly singlesYearless: ValueIndex<DateValue>;

  constructor(dates: readonly DateValue[]) {
    this.inPlay = new Set(dates);
    const patterns = new Set<number>();
    for (const b of dates) {
      this.order.set(b, this.order.size);
      this.all.items.push(b);
      if (noDate(b)) this.noDates.items.push(b);
      if (DECADES.test(b.fact.raw)) this.decades.items.push(b);
      if (b.interval && MONTH_PART_WORD.test(b.fact.raw)) this.monthParts.items.push(b);
      if (b.interval) this.intervals.items.push(b);
      else if (b.from.m === undefined && b.from.y !== undefined) this.yearsAlone.items.push(b);
      const pattern = patternOf(b.from);
      patterns.add(pattern);
      // Every subset of the parts, the empty one too (`nearDiffering` asks for a date of a pattern).
      for (let bits = pattern; ; bits = (bits - 1) & pattern) {
        const key = partsKey(pattern, bits, b.from);
        let list = this.keyed.get(key);
        if (!list) this.keyed.set(key, (list = new DateList()));
        list.items.push(b);
        if (bits === 0) break;
      }
    }
    this.patterns = [...patterns];
    const singles = dates.filter((b) => !b.interval);
    const place = (strip: boolean) => (b: DateValue) => ordinalOf(strip ? { ...b.from, y: undefined } : b.from) ?? Number.NaN;
    this.singles = new ValueIndex(singles.filter((b) => b.from.y !== undefined), place(false), (b) => this.order.get(b)!);
    this.singlesYearless = new ValueIndex(singles.filter((b) => b.from.y === undefined), place(true), (b) => this.order.get(b)!);
  }

  remove(b: DateValue): void {
    this.inPlay.delete(b);
    this.singles.remove(b);
    this.singlesYearless.remove(b);
  }

  /** The first date in play that `relate` finds equal to `a`. */
  equalTo(a: DateValue): DateValue | undefined {
    const test = (b: DateValue) => relate(a, b).kind === 'equal';
    // No date on both sides (a weekday alone): equal; on one side: unrelated.
    if (noDate(a)) return this.firstIn(this.noDates, test)?.item;
    let found: Found<DateValue> | undefined;
    const own = patternOf(a.from);
    // A date of the same parts first (`January 2017` takes `2017年1月` before `2017年`, which a range
    // of years on its side may end on), then one of other parts that agree where both give one.
    const same = this.keyed.get(partsKey(own, own, a.from));
    if (same) found = this.firstIn(same, test, found);
    if (found && !a.interval) return found.item;
    for (const pattern of this.patterns) {
      const bits = pattern & own;
      if (bits === 0) continue;
      const list = this.keyed.get(partsKey(pattern, bits, a.from));
      if (list) found = this.firstIn(list, test, found);
    }
    // Decades against years, parts of a month: weighed beyond the parts' values.
    found = this.firstIn(DECADES.test(a.fact.raw) ? this.all : this.decades, test, found);
    if (a.interval && MONTH_PART_WORD.test(a.fact.raw)) found = this.firstIn(this.monthParts, test, found);
    return found?.item;
  }

  /** The first date in play that `relate` finds `inside` with `a`: a range holding it, or a day inside it. */
  around(a: DateValue): DateValue | undefined {
    const test = (b: DateValue) => relate(a, b).kind === 'inside';
    if (!a.interval) return this.firstIn(this.intervals, test)?.item;
    // A range of years alone holds the years alone inside it (`within`), few on a side.
    if (a.from.m === undefined && a.to.m === undefined) return this.firstIn(this.yearsAlone, test)?.item;
    const lo = ordinalOf(a.from);
    const hi = ordinalOf(monthEnd(a.to));
    if (lo === undefined || hi === undefined) return undefined;
    let found = this.singles.first(lo, hi, undefined, test);
    const bare = (p: Point) => ordinalOf({ ...p, y: undefined })!;
    found = this.singlesYearless.first(bare(a.from), bare(monthEnd(a.to)), found, test);
    return found?.item;
  }

  /**
   * The pairs `differing` weighs first, for sides that leave so many dates that weighing each
   * against each would take minutes: for each English date, up to `NEAR_DATES` Chinese ones of
   * each set of parts that agree with it in all parts both give but one.
   */
  nearDiffering(enLeft: ReadonlySet<DateValue>): DateDiffer[] {
    const candidates: (DateDiffer & { score: number; en: number; zh: number })[] = [];
    let enAt = 0;
    for (const a of enLeft) {
      const seen = new Set<DateValue>();
      const own = patternOf(a.from);
      for (const pattern of this.patterns) {
        const bits = pattern & own;
        for (let i = 0; i < PARTS.length; i++) {
          if (!(bits & (1 << i))) continue;
          const list = this.keyed.get(partsKey(pattern, bits & ~(1 << i), a.from));
          if (!list) continue;
          let taken = 0;
          for (let k = list.from(this.inPlay); k < list.items.length && taken < NEAR_DATES; k++) {
            const b = list.items[k]!;
            if (!this.inPlay.has(b) || seen.has(b)) continue;
            seen.add(b);
            taken++;
            const r = relate(a, b);
            if (r.kind === 'differ' && !farFromNamedDay(a, b)) candidates.push({ a, b, parts: r.parts, score: shared(a.from, b.from) - r.parts.length, en: enAt, zh: this.order.get(b)! });
          }
        }
      }
      enAt++;
    }
    return candidates.sort((x, y) => y.score - x.score || x.en - y.en || x.zh - y.zh);
  }

  /** The first date of `list` in play that passes `test`, if it comes before `best`. */
  private firstIn(list: DateList, test: (b: DateValue) => boolean, best?: Found<DateValue>): Found<DateValue> | undefined {
    for (let k = list.from(this.inPlay); k < list.items.length; k++) {
      const b = list.items[k]!;
      const order = this.order.get(b)!;
      if (best !== undefined && order >= best.order) break;
      if (this.inPlay.has(b) && test(b)) return { item: b, order };
    }
    return best;
  }
}

/** How many dates of each set of parts `nearDiffering` weighs against an English date. */
const NEAR_DATES = 4;

/** The name of a weekday numbered as `weekdayOf` numbers it (0 = Sunday). */
const weekdayName = (weekday: number): string => WEEKDAY_NAMES[(weekday + 6) % 7]!;

/** No date but a weekday. */
function noDate(v: DateValue): boolean {
  return Object.keys(v.from).length === 0;
}

/** Decades named (`the past two decades`): `sameDecades` weighs them against years. */
const DECADES = /\bdecades?\b/i;

function checkPair(
  context: CheckContext, pair: Pair, oneSided: Severity | 'off', yearOneSided: Severity | 'off', phrasesOf: (block: Block) => PeriodPhrase[],
): Finding[] {
  const findings: Finding[] = [];
  // A period named without digits (`by the end of the decade`) is the period rule's to judge.
  const spans: [number, number][] = [];
  for (const ids of [pair.en, pair.zh]) {
    for (const id of ids) {
      const block = context.block(id);
      if (block) for (const span of periodSpans(block, phrasesOf(block))) spans.push(span);
    }
  }
  const outsidePeriods = (f: Fact) => !spans.some(([from, to]) => f.start < to && f.end > from);
  // `factsOf` gives a new list: without a period there is nothing to filter out of it.
  const enFacts = spans.length === 0 ? context.factsOf(pair.en) : context.factsOf(pair.en).filter(outsidePeriods);
  const zhFacts = spans.length === 0 ? context.factsOf(pair.zh) : context.factsOf(pair.zh).filter(outsidePeriods);
  const en = datesIn(enFacts);
  const zh = datesIn(zhFacts);
  sameWeekdaysAlone(en, zh);
  // `over the weekend` against `周末`: one weekend, wherever each side's tense placed it.
  sameWordsOneForOne(en, zh, EN_WEEKEND_ALONE, ZH_WEEKEND_ALONE);
  sameYearBefore(en, zh);
  // `down 500,000 from the previous year` against `比上一年减少50万`, where the Chinese words are read as no date: there.
  if (en.some((d) => EN_YEAR_BEFORE.test(d.fact.raw.trim())) && ZH_YEAR_BEFORE_WORD.test(sideText(context, pair.zh))) {
    keepOnly(en, (d) => !EN_YEAR_BEFORE.test(d.fact.raw.trim()));
  }
  sameYearAhead(en, zh);
  // The length each fact is written with, read once for the pair (a date's asks the extractor).
  const lengths = new Map<Fact, string | undefined>();
  const lengthOfFact = (f: Fact): string | undefined => {
    if (!lengths.has(f)) lengths.set(f, lengthOf(f));
    return lengths.get(f);
  };
  withoutLengthsTold(en, zhFacts, lengthOfFact);
  withoutLengthsTold(zh, enFacts, lengthOfFact);
  const emit = (severity: Severity, message: string, e: DateValue[], z: DateValue[]) =>
    findings.push(makeFinding(context, dateMismatch, severity, pair, message, { en: e.map((d) => d.fact), zh: z.map((d) => d.fact) }));
  const pairing = matchDates(en, zh);
  const { equal, inside, enLeft, zhLeft } = pairing;
  // A day a side repeats (`today (January 28, Tuesday)`, three words for the day matched) is no
  // slip against a year or a month alone the other side adds (`较2023年同月`): the repeat stands
  // matched, the other date is left without a counterpart.
  const enMatched = matchedValues(equal, inside, 0);
  const zhMatched = matchedValues(equal, inside, 1);
  const differ = pairing.differ.filter((c) => {
    const enRepeat = singleDay(c.a) && !singleDay(c.b) && enMatched.has(String(c.a.fact.value));
    const zhRepeat = singleDay(c.b) && !singleDay(c.a) && zhMatched.has(String(c.b.fact.value));
    if (enRepeat) zhLeft.add(c.b);
    else if (zhRepeat) enLeft.add(c.a);
    return !enRepeat && !zhRepeat;
  });
  // A day the other side names with another weekday, though each went to a match of its own
  // (`Thursday, May 1` to `五一假期`, `5月1日（周五）` to `May Day`): the weekday slip, told once.
  const toldZh = new Set(differ.map((c) => c.b));
  const toldEn = new Set(differ.map((c) => c.a));
  // A weekday named alone on one side (`said on Wednesday`) where the other names the day with
  // another weekday (`周四（2月26日）`) that went to a day of the first side named without one (`Feb 26`).
  const weekdayAlone = (b: DateValue) => (equal.some(([x, y]) => y === b && x.weekday === undefined)
    ? en.find((o) => noDate(o) && o.weekday !== undefined && o.weekday !== b.weekday && enLeft.has(o) && !toldEn.has(o)) : undefined);
  for (const b of zh) {
    if (b.weekday === undefined || b.interval || toldZh.has(b)) continue;
    const a = en.find((o) => otherWeekday(o, b) && !toldEn.has(o)) ?? (singleDay(b) ? weekdayAlone(b) : undefined);
    if (!a) continue;
    zhLeft.delete(b);
    enLeft.delete(a);
    toldZh.add(b);
    toldEn.add(a);
    emit('error', `${quote('EN', a.fact)} vs ${quote('ZH', b.fact)}: ${dayWritten(a, b) ? 'day, weekday differ' : 'weekday differs'}`, [a], [b]);
  }
  // `born in or after 1967` against `1967年或之前出生`: the same date, bounded the other way.
  for (const [a, b] of equal) {
    const ea = a.fact.bound;
    const eb = b.fact.bound;
    if (ea !== undefined && eb !== undefined && ea !== eb) {
      emit('warning', `${quote('EN', a.fact)} vs ${quote('ZH', b.fact)}: the two sides bound the date in opposite directions (${ea === 'over' ? 'from or after' : 'up to or before'} against ${eb === 'over' ? 'from or after' : 'up to or before'})`, [a], [b]);
    }
  }
  for (const [a, b] of inside) {
    const [single, range, singleLeft] = a.interval ? [b, a, zhLeft] : [a, b, enLeft];
    // `since 1 January` against `今年1月1日至今`: a day a span runs from until now, told once as its start.
    if (sinceAsSpan(single, range)) continue;
    // `by the end of the year` against `12月31日前`: one deadline, told as the end of a period and as its day.
    if (deadlineAsPeriodEnd(context, single, range)) continue;
    // `commencing on 1 March 2025 and ending on 28 February 2027` against `自2025年3月1日起至2027年2月28日止`:
    // the range's ends told as two days on the other side.
    if (otherEndTold(single, range, singleLeft)) continue;
    // `the 2024 academic year` against `113學年度` (2024/2025): a school, fiscal or sports year named by the year it opens in.
    if (namedByItsStart(single, range)) continue;
    // `for six days from August 15` against `自8月15日起停产6天`: a range told by the day it runs from
    // and its length in days.
    if (single.fact.bound === 'over' && samePoint(single.from, range.from) && lengthToldBeside(range, a.interval ? zhFacts : enFacts)) continue;
    // `between 2011 and 2019` against `2011年…2010年`: one end told, the other told as another date.
    const changed = otherEndChanged(single, range, singleLeft);
    if (changed) {
      const [en, zh] = a.interval ? [a, changed] : [changed, b];
      emit('error', `${quote('EN', en.fact)} vs ${quote('ZH', zh.fact)}: the range's other end differs`, [en], [zh]);
      continue;
    }
    emit('warning', `${quote('EN', a.fact)} vs ${quote('ZH', b.fact)}: a range against a single ${single.from.m === undefined ? 'year' : 'day'} inside it`, [a], [b]);
  }
  // The texts are searched for a zone only when two dates differ, as in few pairs.
  const zoned = differ.length > 0 && (ZONE.test(sideText(context, pair.en)) || ZONE.test(sideText(context, pair.zh)));
  for (const c of differ) {
    // One weekday named on each side, its week worked out apart: one day (`sameWeekdayAlone`).
    if (sameWeekdayAlone(c.a, c.b)) continue;
    // `from 5 p.m. to 11 p.m.` against `下午5点开门，晚上11点关门`: the range's ends told as two times.
    const single = c.a.interval ? c.b : c.a;
    // `in 2020 and 2021` against `2020年和2021年`: a range of years told as its two years.
    const clockOrYear = (single.from.h !== undefined && c.parts.every((p) => p === 'hour' || p === 'minute'))
      || (single.from.m === undefined && single.from.y !== undefined);
    if (c.a.interval !== c.b.interval && clockOrYear && otherEndTold(single, c.a.interval ? c.a : c.b, c.a.interval ? zhLeft : enLeft)) continue;
    // `late July and early August` against `7月下旬至8月上旬`: a range between parts of two months told as its two parts.
    if (partsTellRange(c.a, c.b, enLeft) || partsTellRange(c.b, c.a, zhLeft)) continue;
    // `the 1960s and 1970s` against `1960至1970年代`: a range of years told as the periods it holds.
    if (periodsTellRange(c.a, c.b, enLeft) || periodsTellRange(c.b, c.a, zhLeft)) continue;
    // `before December 31` against `年底前`: one deadline, told as its day and as the end of a period before it.
    if (deadlineAsPeriodEnd(context, c.a, c.b) || deadlineAsPeriodEnd(context, c.b, c.a)) continue;
    // `0127 GMT` against `北京时间9时27分`: one moment told in two time zones.
    // The facts' whole values are weighed, for the day and the clock a date with a time is read as apart.
    const shift = zoned && !c.a.interval && !c.b.interval ? zoneShift(context, c.a.fact, c.b.fact) : undefined;
    if (shift !== undefined && sameMoment(wholePoint(c.a), wholePoint(c.b), shift)) continue;
    // Both told in one zone named beside each (`Beijing time` and `北京时间`): a day apart is a slip, not the zones.
    if (zoned && !c.a.interval && !c.b.interval && oneDayApart(c.a.from, c.b.from) && !inOneZone(context, c.a.fact, c.b.fact)) {
      emit('info', `${quote('EN', c.a.fact)} vs ${quote('ZH', c.b.fact)}: a day apart, as across time zones`, [c.a], [c.b]);
      continue;
    }
    // Told in two zones, the English time is also given in the Chinese one's (`02:27 GMT is 10:27 there`).
    const there = shift !== undefined && c.a.from.h !== undefined
      ? ` (${clock((c.a.from.h + shift + 24) % 24, c.a.from.mi ?? 0)} in the Chinese time zone)` : '';
    // Two weekdays are weighed first; the day each names may differ too (`Thursday, October 2` against `10月3日（星期五）`).
    const parts = c.parts.length === 1 && c.parts[0] === 'weekday' && dayWritten(c.a, c.b) ? ['day', 'weekday'] : c.parts;
    // Two spans that end on one day (`the past two weeks` against `過去三週`): the start's day differs, and the other way round.
    const end = c.a.interval && c.b.interval ? spanEndDiffers(c.a, c.b) : undefined;
    emit('error', `${quote('EN', c.a.fact)} vs ${quote('ZH', c.b.fact)}: ${end ? `the ${end}'s ` : ''}${parts.join(', ')} differ${parts.length === 1 && !parts[0]!.includes('/') ? 's' : ''}${there}`,
      [c.a], [c.b]);
  }
  // One day on both sides, a weekday on one only, and not the weekday of that day in the year the
  // piece gives it (`Friday (July 25)` against `明（25）日` in July 2024, a Thursday): a slipped weekday.
  for (const [a, b] of equal) {
    if ((a.weekday === undefined) === (b.weekday === undefined) || a.interval || b.interval) continue;
    const named = a.weekday !== undefined ? a : b;
    // A weekday already told against the other side's (`Friday, May 1` against `5月1日（周六）`) is told once.
    if (named === a ? toldEn.has(a) : toldZh.has(b)) continue;
    const { y, m, d } = named.from;
    const actual = y !== undefined && y >= 1 && m !== undefined && d !== undefined ? weekdayOn(y, m, d) : undefined;
    if (actual === undefined || actual === named.weekday) continue;
    const day = `${d} ${MONTH_NAMES[m! - 1]} ${y}`;
    emit('warning', `${quote(named === a ? 'EN' : 'ZH', named.fact)}: ${day} is a ${weekdayName(actual)}, not a ${weekdayName(named.weekday!)}`,
      named === a ? [a] : [], named === a ? [] : [b]);
  }
  const matched: [DateValue, DateValue][] = [...equal, ...inside, ...differ.map((c): [DateValue, DateValue] => [c.a, c.b])];
  for (const [a, b] of matched) {
    if (yearOneSided === 'off' || a.yearWritten === b.yearWritten) continue;
    // The other side's text is joined only for a year written on one side, as in few pairs.
    const [written, other, otherText] = a.yearWritten ? [a, 'Chinese', sideText(context, pair.zh)] : [b, 'English', sideText(context, pair.en)];
    const year = written.from.y;
    if (year === undefined || THIS_YEAR.test(otherText)) continue;
    const digits = asciiDigits(otherText);
    // A generation named by the year's last two digits (`95后`, born in 1995 or after) writes it.
    const generation = String(year).slice(-2);
    if (digits.includes(String(year)) || digits.includes(`${generation}后`) || digits.includes(`${generation}後`)) continue;
    emit(yearOneSided, `${quote(a.yearWritten ? 'EN' : 'ZH', written.fact)}: the year ${year} is not in the ${other}`,
      a.yearWritten ? [a] : [], a.yearWritten ? [] : [b]);
  }
  // A date counted from the reference day whose length the other side writes with another count
  // (`within 30 days` against `20天内`): told once, with the two lengths.
  const lengthSlips = new Set<Fact>();
  const lengthSlip = (en: Fact, zh: Fact, enLength: string, zhLength: string) => {
    lengthSlips.add(en);
    lengthSlips.add(zh);
    findings.push(makeFinding(context, dateMismatch, 'warning', pair,
      `${quote('EN', en)} vs ${quote('ZH', zh)}: ${formatDuration(enLength)} against ${formatDuration(zhLength)}`, { en: [en], zh: [zh] }));
  };
  // The tokens of a side are read only when the other side has a date left to vouch for.
  if (oneSided !== 'off' && enLeft.size > 0) {
    const zhCodes = uncoveredDigitsOf(context, pair.zh, zhFacts);
    const zhLeftFacts = new Set([...zhLeft].map((d) => d.fact));
    const zhTokens = tokenValues(tokensOf(zhFacts.filter((f) => f.kind !== 'date' || !zhLeftFacts.has(f)), zhCodes));
    // A time the English gives again in another zone (`9:27 am Beijing time (0127 GMT)`) has its counterpart in the first.
    // The zone of the date left is read once, and only a date that names one is weighed against the others.
    const told = (a: DateValue) => {
      const za = a.interval ? undefined : zoneOf(context, a.fact);
      return za !== undefined && en.some((b) => b !== a && !enLeft.has(b) && !b.interval && sameMomentFrom(context, za, a, b));
    };
    for (const a of enLeft) {
      // A date counted by a length from the reference day (`a decade ago`) is weighed by its length
      // first: the numbers it takes from the reference day are written nowhere to vouch for it.
      const length = lengthAgainst(a, enFacts, zhFacts, lengthOfFact);
      if (length === 'told') continue;
      if (length) {
        lengthSlip(a.fact, length.fact, length.length, length.other);
        continue;
      }
      if (vouched(a, zhTokens) || told(a)) continue;
      // `Today the district is home to…` against `如今该区…`: the present, which the Chinese words as a word of now.
      if (EN_NOWADAYS.test(a.fact.raw.trim()) && ZH_NOWADAYS.test(sideText(context, pair.zh))) continue;
      emit(oneSided, `${quote('EN', a.fact)} has no counterpart in the Chinese`, [a], []);
    }
  }
  if (oneSided !== 'off' && zhLeft.size > 0) {
    const enCodes = uncoveredDigitsOf(context, pair.en, enFacts);
    const enLeftFacts = new Set([...enLeft].map((d) => d.fact));
    const enTokens = tokenValues(tokensOf(enFacts.filter((f) => f.kind !== 'date' || !enLeftFacts.has(f)), enCodes));
    for (const b of zhLeft) {
      if (lengthSlips.has(b.fact)) continue;
      const length = lengthAgainst(b, zhFacts, enFacts, lengthOfFact);
      if (length === 'told') continue;
      // A slip between two such dates was told from the English side.
      if (length) {
        if (!(length.fact.kind === 'date' && lengthSlips.has(length.fact))) lengthSlip(length.fact, b.fact, length.other, length.length);
        continue;
      }
      if (vouched(b, enTokens) || halfNamed(b, () => sideText(context, pair.en))) continue;
      emit(oneSided, `${quote('ZH', b.fact)} has no counterpart in the English`, [], [b]);
    }
  }
  for (const id of pair.zh) {
    const block = context.block(id)!;
    if (!block.text.includes('月')) continue;
    const text = asciiDigits(block.text);
    // `exec` over the shared pattern, not `matchAll`, which copies the pattern on every call.
    MONTH_DAY.lastIndex = 0;
    for (let m = MONTH_DAY.exec(text); m; m = MONTH_DAY.exec(text)) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) continue;
      findings.push(makeFinding(context, dateMismatch, 'error', pair,
        `ZH "${m[0]}": no such date (month ${month}, day ${day})`, { zhAt: locationIn(block, m.index) }));
    }
  }
  return findings;
}

/**
 * Time zones as news names them, with their offsets from UTC in hours: UTC itself, Beijing and
 * Hong Kong time, and the zones of North America, Europe and Japan (standard and summer time).
 */
const ZONE_OFFSETS: readonly [RegExp, number][] = [
  [/^(?:GMT|UTC|Z|格林尼治(?:标准)?时间|格林威治(?:标准)?时间|世界时|協調世界時|协调世界时)$/i, 0],
  [/^(?:Beijing time|北京时间|北京時間|Hong Kong time|香港时间|香港時間|HKT|CST China)$/i, 8],
  [/^(?:EST)$/, -5], [/^(?:EDT)$/, -4], [/^(?:PST)$/, -8], [/^(?:PDT)$/, -7],
  [/^(?:BST|CET)$/, 1], [/^(?:CEST)$/, 2], [/^(?:JST|Tokyo time|东京时间|東京時間)$/i, 9],
];
/** The zones English names beside a time, as `ZONE_OFFSETS` reads them. */
const EN_ZONES = 'GMT|UTC|Beijing time|Hong Kong time|Tokyo time|HKT|EST|EDT|PST|PDT|BST|CET|CEST|JST';
/** The zones Chinese names beside a time, as `ZONE_OFFSETS` reads them. */
const ZH_ZONES = '北京时间|北京時間|香港时间|香港時間|东京时间|東京時間|格林尼治(?:标准)?时间|格林威治(?:标准)?时间|世界时|协调世界时|協調世界時';
/**
 * A zone named right after a time (`0127 GMT`, `9:27 am Beijing time`, `(UTC)`, `10:15（北京时间）`);
 * not a Chinese zone that opens a time of its own (`7时47分（协调世界时22时47分）`).
 */
const ZONE_AFTER = new RegExp(`^[ \\t]*[(（]?[ \\t]*((?:${EN_ZONES})\\b|(?:${ZH_ZONES})(?![ \\t:：]?[\\d０-９〇零一二两三四五六七八九十]))`, 'i');
/** A zone named inside a date's span (`8 p.m. EDT on 5 May`). */
const ZONE_INSIDE = new RegExp(`\\b(${EN_ZONES})\\b`, 'i');
/** A zone named right before a time (`北京时间9时27分`, `格林尼治时间1时27分`, `UTC 01:27`). */
const ZONE_BEFORE = new RegExp(`(GMT|UTC|${ZH_ZONES})[ \\t:：]?(?:[^\\d，。,;；]{0,6})$`, 'i');

/** The offset from UTC of the zone named beside a fact, or undefined. */
function zoneOf(context: CheckContext, fact: Fact): number | undefined {
  const block = context.block(fact.block);
  if (!block) return undefined;
  const start = fact.start - block.start;
  const end = fact.end - block.start;
  const zone = ZONE_AFTER.exec(block.text.slice(end, end + 20))?.[1] ?? ZONE_BEFORE.exec(block.text.slice(Math.max(0, start - 16), start))?.[1]
    ?? ZONE_INSIDE.exec(block.text.slice(start, end))?.[1];
  if (zone === undefined) return undefined;
  for (const [pattern, offset] of ZONE_OFFSETS) if (pattern.test(zone)) return offset;
  return undefined;
}

/** How many hours `b`'s zone runs ahead of `a`'s, when both facts name their zone. */
function zoneShift(context: CheckContext, a: Fact, b: Fact): number | undefined {
  const za = zoneOf(context, a);
  return za === undefined ? undefined : shiftFrom(context, za, b);
}

/** Whether both facts have a zone named beside them, and it is the same one. */
function inOneZone(context: CheckContext, a: Fact, b: Fact): boolean {
  const za = zoneOf(context, a);
  return za !== undefined && za === zoneOf(context, b);
}

/** How many hours `b`'s zone runs ahead of the zone `za` (an offset from UTC), when `b` names another. */
function shiftFrom(context: CheckContext, za: number, b: Fact): number | undefined {
  const zb = zoneOf(context, b);
  return zb === undefined || zb === za ? undefined : zb - za;
}

/** Whether two single dates, `a` in the zone `za`, are one moment in two zones named beside them. */
function sameMomentFrom(context: CheckContext, za: number, a: DateValue, b: DateValue): boolean {
  const shift = shiftFrom(context, za, b.fact);
  return shift !== undefined && sameMoment(wholePoint(a), wholePoint(b), shift);
}

/** The point a date's fact gives whole, its day and its time together, else the date's own. */
function wholePoint(d: DateValue): Point {
  return (typeof d.fact.value === 'string' ? parsePoint(d.fact.value) : undefined) ?? d.from;
}

/** `10:27`. */
function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Whether `b` is `a` moved `hours` on: the clock times, and the days where both give them. */
function sameMoment(a: Point, b: Point, hours: number): boolean {
  if (a.h === undefined || b.h === undefined || (a.mi ?? 0) !== (b.mi ?? 0)) return false;
  const moved = a.h + hours;
  if (((moved % 24) + 24) % 24 !== b.h) return false;
  if (a.d === undefined || b.d === undefined) return true;
  const dayA = Date.UTC(a.y ?? 2000, (a.m ?? 1) - 1, a.d) + Math.floor(moved / 24) * 86_400_000;
  return dayA === Date.UTC(b.y ?? a.y ?? 2000, (b.m ?? a.m ?? 1) - 1, b.d);
}

/**
 * A half of the year named without its year (`上半年`, `下半年`, which read as the reference
 * year's) where the English says `the first half` or `the second half` without `of the year`,
 * which reads as an ordinal: the same half. `english` gives the English side's text.
 */
function halfNamed(date: DateValue, english: () => string): boolean {
  const half = /^(?:(上|前)|(下|后|後))半年$/.exec(date.fact.raw.trim());
  if (!half) return false;
  return (half[1] ? FIRST_HALF : SECOND_HALF).test(english());
}

/** `the first half`, `the second half` in English text (see `halfNamed`). */
const FIRST_HALF = /\bfirst[ \t-]+half\b/i;
const SECOND_HALF = /\bsecond[ \t-]+half\b/i;

/** How many months lie between two months of the year, either way round the year's end (12 and 1: 1); 0 without both. */
function monthsApart(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const d = Math.abs(a - b);
  return Math.min(d, 12 - d);
}

/** A Chinese month and day in digits: `8月7日`, `13月12号`. */
const MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})[日号]/g;

/**
 * Dates too vague to stand against another: a period named by its unit alone (`the year`,
 * `same month`), the moment or day the text speaks from named by a word (`now`, `to date`, `the
 * next day`: a story's next day is seldom the dateline's), a part of the day without its day (`in the morning`, `上午`), and a date of the
 * lunar calendar (`unit: 'lunar'`: `中秋节` as its lunar month and day).
 */
export function isVague(fact: Fact): boolean {
  if (fact.kind !== 'date') return false;
  if (fact.unit === 'lunar') return true;
  if (typeof fact.value === 'string' && PART_TIMES.has(fact.value) && !/[\d点點时時]/.test(fact.raw)) return true;
  return VAGUE_PERIOD.test(fact.raw) || /\b(?:few|couple|several)\b/i.test(fact.raw) || /^(?:周末|週末)$/.test(fact.raw);
}

/** The intervals of the parts of the day (noon and midnight are clock times, precise alone). */
const PART_TIMES: ReadonlySet<string> = new Set(Object.values(DAY_PART_TIMES).filter((t) => t.includes('/')));
const VAGUE_PERIOD = /^(?:(?:the|same)[ \t]+(?:week|fortnight|month|year)|(?:right[ \t]+)?now|at[ \t]+this[ \t]+time|to[ \t]+date|(?:the[ \t]+)?(?:next|previous)[ \t]+day)$/i;

/** The values of a side's tokens, asked once for each number of each date of the other side left alone. */
function tokenValues(tokens: readonly Token[]): Set<number> {
  return new Set(tokens.map((t) => t.value));
}

/** Whether the other side writes every number of a date some other way (as a year, a day, bare digits: `tokens`, their values). */
function vouched(date: DateValue, tokens: ReadonlySet<number>): boolean {
  if (Object.keys(date.from).length === 0) return true;
  // `距今约2300年` against `about 2,300 years old`: the count of years back is the number the other side gives.
  const back = countBack(date.fact);
  if (back !== undefined) return has(tokens, back);
  const parts = date.interval ? [date.from, date.to] : [date.from];
  const numbers: number[] = [];
  for (const p of parts) {
    if (p.y !== undefined && date.yearWritten) numbers.push(p.y);
    if (p.d !== undefined) numbers.push(p.d);
    if (p.h !== undefined) numbers.push(p.h);
    if (p.mi !== undefined && p.mi !== 0) numbers.push(p.mi);
  }
  if (numbers.length === 0) return true;
  const clock = parts.every((p) => p.h !== undefined && p.d === undefined)
    && parts.every((p) => has(tokens, p.h! * 100 + (p.mi ?? 0)));
  return clock || numbers.every((n) => has(tokens, n) || (p12(n) && has(tokens, n - 12)));
}

/**
 * A weekday, perhaps after a preposition (`on Tuesday`, `于周二`), from the start of a date's
 * words; or a day that recurs (`every Friday`, `on Fridays`, `每周五`, `逢周五`), one day with a
 * weekday the other side names alone.
 */
const EN_WEEKDAY_WORD = String.raw`^(?:(?:on|by|from|until|till|after|before|since|every|each)[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?`;
const ZH_WEEKDAY_WORD = '^(?:于|於|在|自|从|從)?(?:每逢|每个|每個|每|逢)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]';
/** The words after a Chinese weekday that make it a start (`自周一起`, from Monday on; `从周三开始`; `自周五以来`, since Friday). */
const ZH_WEEKDAY_START = '(?:起|开始|開始|以来|以來)?';
/** A weekday named alone (`on Tuesday`, `after Sunday's`, `周二`, `星期日`, `自周一起`). */
const EN_WEEKDAY_ALONE = new RegExp(`${EN_WEEKDAY_WORD}(?:['’]s)?$`, 'i');
const ZH_WEEKDAY_ALONE = new RegExp(`${ZH_WEEKDAY_WORD}${ZH_WEEKDAY_START}$`);
/** The same with a part of the day after it (`Tuesday afternoon`, `星期二下午`). */
const EN_WEEKDAY_PART = new RegExp(String.raw`${EN_WEEKDAY_WORD}(?:[ \t]+(?:morning|afternoon|evening|night))?$`, 'i');
const ZH_WEEKDAY_PART = new RegExp(`${ZH_WEEKDAY_WORD}(?:上午|中午|下午|晚上|晚間|晚间|早上|凌晨|夜间|夜間)?${ZH_WEEKDAY_START}$`);

/**
 * Takes out of `en` and `zh` the weekdays each side names alone that the other names too, one for
 * one (`flew in on Tuesday` against `周二飞抵`): one day, wherever each side's tense placed it
 * (one past, the other coming).
 */
function sameWeekdaysAlone(en: DateValue[], zh: DateValue[]): void {
  const alone = (d: DateValue, pattern: RegExp) => d.weekday !== undefined && !d.interval && pattern.test(d.fact.raw.trim());
  // The Chinese weekdays named alone, by weekday, each taken once.
  const byDay: DateValue[][] = [[], [], [], [], [], [], []];
  for (const b of zh) if (alone(b, ZH_WEEKDAY_ALONE)) byDay[b.weekday!]!.push(b);
  const next = [0, 0, 0, 0, 0, 0, 0];
  const taken = new Set<DateValue>();
  for (const a of en) {
    if (!alone(a, EN_WEEKDAY_ALONE)) continue;
    const b = byDay[a.weekday!]![next[a.weekday!]!++];
    if (!b) continue;
    taken.add(a);
    taken.add(b);
  }
  // A weekday alone against a day the other side writes with the same weekday (`at the closing
  // session on Tuesday afternoon` against `23日（星期二）下午`): that day, whatever week the lone
  // weekday was placed in from the text's date.
  // A day whose year and month are known and fall on another weekday is a slip of its own
  // (`9月3日（星期六）` in 2023, a Sunday), no day to give the lone weekday.
  const dayWithWeekday = (d: DateValue) => d.weekday !== undefined && !d.interval && d.from.d !== undefined && /\d/.test(asciiDigits(d.fact.raw))
    && (d.from.y === undefined || d.from.m === undefined || weekdayOn(d.from.y, d.from.m, d.from.d) === d.weekday);
  const withDays = (side: DateValue[], pattern: RegExp, other: DateValue[]) => {
    // The other side's days written with their weekday, by weekday, each taken once in order.
    let written: DateValue[][] | undefined;
    const at = [0, 0, 0, 0, 0, 0, 0];
    for (const x of side) {
      if (taken.has(x) || !alone(x, pattern)) continue;
      if (!written) {
        written = [[], [], [], [], [], [], []];
        for (const o of other) if (!taken.has(o) && dayWithWeekday(o)) written[o.weekday!]!.push(o);
      }
      const y = written[x.weekday!]![at[x.weekday!]!++];
      if (!y) continue;
      taken.add(x);
      taken.add(y);
    }
  };
  withDays(en, EN_WEEKDAY_PART, zh);
  withDays(zh, ZH_WEEKDAY_PART, en);
  if (taken.size === 0) return;
  keepOnly(en, (d) => !taken.has(d));
  keepOnly(zh, (d) => !taken.has(d));
}

/** `today` or `now` alone, which English says of the present as often as of the day (`Today the district has…`). */
const EN_NOWADAYS = /^(?:today|now|nowadays|these\s+days)$/i;
/** Chinese words of the present (`如今`, `目前`, `现在`, `今天`, `当今`, `现时`). */
const ZH_NOWADAYS = /如今|目前|现在|現在|今天|今日|当今|當今|现时|現時|现今|現今|时下|時下/;
/** A weekend named alone (`the weekend`), and `周末` alone: no week named beside it. */
const EN_WEEKEND_ALONE = /^(?:the\s+)?weekend$/i;
const ZH_WEEKEND_ALONE = /^(?:周末|週末)$/;

/** `the previous year`, `the year before`, `the prior year`, with `the end of` or `the start of` before it. */
const EN_YEAR_BEFORE = /^(?:(?:the\s+)?(?:end|start|beginning|close)\s+of\s+)?(?:the\s+)?(?:(?:previous|prior|preceding)\s+year|year\s+before)$/i;
/** 上年, 上一年, 前一年 anywhere in a text. */
const ZH_YEAR_BEFORE_WORD = /上一?年|前一年/;
/** 上年, 上一年, 前一年, with 末, 底 or 初 after it. */
const ZH_YEAR_BEFORE = /^(?:比|较|較)?(?:上年|上一年|前一年)(?:末|底|初|同期)?$/;

/**
 * Takes out of `en` and `zh` the dates whose words `enWords` and `zhWords` match, one for one: the
 * same words of a year on each side, whose values the two languages read apart (`sameYearBefore`,
 * `sameYearAhead`).
 */
function sameWordsOneForOne(en: DateValue[], zh: DateValue[], enWords: RegExp, zhWords: RegExp): void {
  const a = en.filter((d) => enWords.test(d.fact.raw.trim()));
  const b = zh.filter((d) => zhWords.test(d.fact.raw.trim()));
  const n = Math.min(a.length, b.length);
  if (n === 0) return;
  const taken = new Set<DateValue>([...a.slice(0, n), ...b.slice(0, n)]);
  keepOnly(en, (d) => !taken.has(d));
  keepOnly(zh, (d) => !taken.has(d));
}

/**
 * Takes out of `en` and `zh` one year before on each side (`up 5% from the previous year` against
 * `比上年增长5%`), one for one: each is the year before the one the text speaks of, which the
 * English may name in the sentence and the Chinese in the title or the dateline, so their years
 * may be read apart.
 */
function sameYearBefore(en: DateValue[], zh: DateValue[]): void {
  sameWordsOneForOne(en, zh, EN_YEAR_BEFORE, ZH_YEAR_BEFORE);
}

/** `the coming year`, `the year ahead`: the year from now, read as the next year. */
const EN_YEAR_AHEAD = /^(?:the\s+)?(?:(?:coming|upcoming)\s+year|year\s+ahead)$/i;
/** 未来一年, 未來12個月: the twelve months from now. */
const ZH_YEAR_AHEAD = /^(?:未来|未來)(?:一|1)年$|^(?:未来|未來)(?:十二|12)(?:个|個)月$/;

/**
 * Takes out of `en` and `zh` one year ahead on each side (`in the coming year` against `未来一年`),
 * one for one: the English reads as the next year, the Chinese as the twelve months from now, and
 * both say the year to come.
 */
function sameYearAhead(en: DateValue[], zh: DateValue[]): void {
  sameWordsOneForOne(en, zh, EN_YEAR_AHEAD, ZH_YEAR_AHEAD);
}

/** Keeps in `list`, in place and in order, the items `keep` accepts. */
function keepOnly<T>(list: T[], keep: (item: T) => boolean): void {
  let n = 0;
  for (const item of list) if (keep(item)) list[n++] = item;
  list.length = n;
}

/** A word that counts a date from the reference day (`ago`, `within`, `in`, `next`, 前, 后, 内, 过去, 未来). */
const COUNTED_FROM_TODAY = /\b(?:ago|later|within|in|next|past|last|over|after|from[ \t]+now|earlier|coming|previous)\b|[前后後内內来來近]|过去|過去|未来|未來/i;

/**
 * Takes out of `dates` those counted from the reference day whose length the other side gives
 * as a length of time (`within 20 years` against `20年内`): the same words, which no date of the
 * other side is to be weighed against.
 */
function withoutLengthsTold(dates: DateValue[], otherFacts: readonly Fact[], lengthOfFact: (f: Fact) => string | undefined): void {
  let durations: string[] | undefined;
  keepOnly(dates, (d) => {
    const length = lengthOfFact(d.fact);
    if (length === undefined) return true;
    durations ??= otherFacts.flatMap((f) => (f.kind === 'duration' ? [lengthOfFact(f)].filter((v) => v !== undefined) : []));
    return !durations.some((other) => sameLengthOfTime(other, length));
  });
}

/** A unit of time a date told from the reference day counts (`within 30 days`, `两周后`, `过去三个月`). */
const LENGTH_UNIT = /\b(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?)\b|[天日周週月年]/i;

/**
 * The length a date told from the reference day is written with (`within 30 days`: `P30D`,
 * `两周后`: `P2W`): what its text reads as without a reference day, when that is one length
 * of time spanning the whole text; else undefined.
 */
function lengthWritten(fact: Fact): string | undefined {
  if (!LENGTH_UNIT.test(fact.raw) || !COUNTED_FROM_TODAY.test(fact.raw)) return undefined;
  const found = extractCandidates(fact.raw, fact.lang);
  const only = found.length === 1 ? found[0]! : undefined;
  return only?.kind === 'duration' && typeof only.value === 'string' && only.max === undefined ? only.value : undefined;
}

/** The length of time a fact is written with: a duration's own (not a range), or a date's `lengthWritten`. */
function lengthOf(fact: Fact): string | undefined {
  if (fact.kind === 'duration') return typeof fact.value === 'string' && fact.max === undefined ? fact.value : undefined;
  return fact.kind === 'date' ? lengthWritten(fact) : undefined;
}

/** The designator of an ISO 8601 duration of one unit (`P30D`: `D`, `PT2H`: `TH`), else undefined. */
function singleUnit(iso: string): string | undefined {
  const m = /^P(T?)\d+(?:\.\d+)?([YMWDHS])$/.exec(iso);
  return m ? m[1]! + m[2]! : undefined;
}

/**
 * How the other side tells a date counted from the reference day (`within 30 days`, `两周后`):
 * `told` when one of its facts lasts as long (`30天内`, `in two weeks`: a duration, or another
 * such date); the one fact of the other side written in the same unit with another count
 * (`20天内` against `within 30 days`), which no fact of the date's own side lasts as long as,
 * as the length that slipped; else undefined.
 */
function lengthAgainst(
  date: DateValue, ownFacts: readonly Fact[], otherFacts: readonly Fact[], lengthOfFact: (f: Fact) => string | undefined,
): 'told' | { fact: Fact; length: string; other: string } | undefined {
  const length = lengthOfFact(date.fact);
  if (length === undefined) return undefined;
  const unit = singleUnit(length);
  let slipped: Fact | undefined;
  let slippedLength = '';
  let count = 0;
  // The lengths the date's own side gives besides it, read only when the other side has one in its unit.
  let own: string[] | undefined;
  for (const f of otherFacts) {
    const other = lengthOfFact(f);
    if (other === undefined) continue;
    if (sameLengthOfTime(other, length)) return 'told';
    if (unit === undefined || singleUnit(other) !== unit) continue;
    own ??= ownFacts.flatMap((o) => (o === date.fact ? [] : [lengthOfFact(o)].filter((v) => v !== undefined)));
    if (own.some((o) => sameLengthOfTime(o, other))) continue;
    slipped = f;
    slippedLength = other;
    count++;
  }
  return count === 1 ? { fact: slipped!, length, other: slippedLength } : undefined;
}

/** Words that tell a date as years back from the writing (`2,300 years ago`, `2300年前`, `距今约2300年`). */
const YEARS_BACK = /\byears?[ \t]+ago\b|年(?:以|之)?前|距今/i;

/** The count of years a date told back from the writing writes in digits (`2,300 years ago`: 2300), else undefined. */
function countBack(fact: Fact): number | undefined {
  if (typeof fact.value !== 'string' || !/^-?\d{4}$/.test(fact.value) || !YEARS_BACK.test(fact.raw)) return undefined;
  const digits = /\d[\d,]*/.exec(asciiDigits(fact.raw));
  return digits ? Number(digits[0].replace(/,/g, '')) : undefined;
}

/** A span's text that runs up to now (`1月1日至今`, `from 1 January to date`). */
const UP_TO_NOW = /(?:至今[天日]?|迄今|以来|以來|到今天|到今日|to date|until now|till now|until today|to today)$/i;

/**
 * Whether `day`, a day bounded as a deadline (`before December 31`, `12月31日前`), is the last day of
 * `period`, a part of a period told as a deadline too: 前 or 之前 after it (`年底前`), `by` or
 * `before` before it (`by the end of the year`), or a bound of its own.
 */
function deadlineAsPeriodEnd(context: CheckContext, day: DateValue, period: DateValue): boolean {
  return !day.interval && period.interval && samePoint(day.from, period.to) && deadline(context, day.fact) && deadline(context, period.fact);
}

/**
 * Whether a date is told as a deadline: bounded under, or with 前 after it, or `by` or `before` before
 * it, or a span up to its end (`Sunday until April 7`).
 */
function deadline(context: CheckContext, fact: Fact): boolean {
  if (fact.bound === 'under' || (fact.lang === 'en' && UP_TO_END.test(fact.raw))) return true;
  const block = context.block(fact.block);
  if (!block) return false;
  const start = fact.start - block.start;
  const end = fact.end - block.start;
  return fact.lang === 'zh' ? DEADLINE_AFTER_ZH.test(block.text.slice(end, end + 3)) : DEADLINE_BEFORE_EN.test(block.text.slice(Math.max(0, start - 10), start));
}

/** 前 after a Chinese period (`年底前`, `月底之前`), not a word it opens (`前景`, `前夕`). */
const DEADLINE_AFTER_ZH = /^(?:之|以)?前(?![景夕往进進途后後年天日])/;
/** A word of a span that runs up to its end (`until April 7`, `till May`). */
const UP_TO_END = /\b(?:until|till|up[ \t]+to)[ \t]/i;
/** `by` or `before`, perhaps `the`, right before an English date (`by the end of the year`). */
const DEADLINE_BEFORE_EN = /\b(?:by|before)[ \t]+(?:the[ \t]+)?$/i;

/** Whether a day bounded as a start (`since 1 January`) opens a span that runs up to now (`1月1日至今`). */
function sinceAsSpan(single: DateValue, range: DateValue): boolean {
  return single.fact.bound === 'over' && UP_TO_NOW.test(range.fact.raw.trim()) && differences(single.from, range.from).length === 0 && shared(single.from, range.from) > 0;
}

/** Whether two single days of the same month and day name different weekdays. */
function otherWeekday(a: DateValue, b: DateValue): boolean {
  return !a.interval && a.weekday !== undefined && a.weekday !== b.weekday && a.from.m !== undefined && a.from.d !== undefined
    && a.from.m === b.from.m && a.from.d === b.from.d;
}

/** Whether a token holds the value `n` (compared as `===` does: NaN equals nothing). */
function has(tokens: ReadonlySet<number>, n: number): boolean {
  return !Number.isNaN(n) && tokens.has(n);
}

function p12(hour: number): boolean {
  return hour > 12 && hour < 24;
}
