import type { Block, Fact, Location } from '../types.js';
import { scaleRatio } from './describe.js';
import { locationIn, numberOption, type CheckContext } from './rule.js';
import type { RuleSetting } from '../types.js';
import { groupBy } from '../group-by.js';
import { CAPPED_AT, MOVED_UP } from '../locales/en/qualifiers.js';
import { OF_VALUE_AFTER } from '../locales/zh/durations.js';
import { NOT_NEAR, NOT_THROUGH } from '../locales/zh/shared.js';
import { ValueIndex, type Found } from './value-index.js';

/** What a quantity counts, for deciding which quantities may be compared. */
export type QuantityClass =
  | 'count' | 'ordinal' | 'percent' | 'pp' | 'multiple' | 'money' | 'duration'
  /** A year standing alone as a date (`2003`, `2003年`): compared here only with bare numbers. */
  | 'year'
  /** Digits no extractor claimed: inside handles, codes, URLs, or numbers the extractors missed. */
  | 'code';

/** A numeric fact, or a run of digits outside every fact, ready to be compared. */
export interface Quantity {
  fact?: Fact;
  raw: string;
  cls: QuantityClass;
  /** Lower and upper value (equal for a single value). */
  lo: number;
  hi: number;
  approx: boolean;
  /** Currency for money, unit for durations. */
  unit?: string;
  /** The digits as written, for codes (compared as strings: ids exceed double precision). */
  digits?: string;
  /** Written with Arabic digits rather than words or Chinese numerals. */
  written: boolean;
  /** Where it is, for quantities without a fact. */
  at?: Location;
  /**
   * Read as its complement to 100 (a price in 折 as its cut: 最低七折, at least 70% paid, is at most
   * 30% off): its bound turns round with it.
   */
  complement?: true;
}

/** A value on one side that can vouch for a number on the other (a date's day, a bare digit run…). */
export interface Token {
  value: number;
  digits?: string;
  used: boolean;
  /**
   * The digits of an amount a scale word multiplies (the `2` of `$2 billion`, of `20亿`; the `25` of
   * `25 basis points`, 0.25 pp): they
   * vouch for an amount or a count only, not for a length of time, a share, a year or a rank
   * (`两年` is not vouched for by the money of the sentence).
   */
  scaled?: true;
  /**
   * A number of a date or a length of time (its year, month or day, as written or as read from
   * words, `end of March` from the 21st): it vouches for a count, a year, a rank or a code, not for
   * a share, an amount of money or a multiple (`12%` is not vouched for by `12月底`, nor `21%` by
   * the last ten days of a month).
   */
  calendar?: true;
  /**
   * A number of a length of time (`三个月`, `the previous three months`): no rank (`the third
   * quarter` is not vouched for by `前三个月`).
   */
  duration?: true;
  /** A number of a multiple (`兩倍`, `three times`): no length of time (`為期三天` is not vouched for by `兩倍`'s two). */
  multiple?: true;
  /**
   * A year, a month or a day of a date's value (`6月底`'s 6, June's): a place in the calendar, no
   * length of time (`6个月` is not vouched for by `end of June`); a date counted from another by a
   * length (`18个月前`) is written with the length, no part of its value.
   */
  position?: true;
}

/** An ASCII or a full-width digit. */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** A digit, ASCII or full-width. */
const DIGIT = /[0-9０-９]/g;

/**
 * The end of the run of digits that starts at `start`: `1,234.5`, `２０２４`,
 * `112130028394563476` (digits, with a `.` or `,` only between two of them).
 */
function digitRunEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (isDigitCode(c)) end++;
    else if ((c === 46 || c === 44) && isDigitCode(text.charCodeAt(end + 1))) end += 2;
    else break;
  }
  return end;
}

/** Characters that glue digits into one code: `@user44`, `K1100`, `4D`, a URL path. */
const CODE_CHAR = /[A-Za-z0-9_@#/.:-]/;

/** Converts full-width digits to ASCII. */
export function asciiDigits(text: string): string {
  // Most texts hold none: they are returned as they are, without a pass of the replacement.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return text;
}

/** The value of a run of digits, reading `1,234` as a thousand separator and `1,2` as two numbers' glue. */
function runValues(run: string): { value: number; digits: string; offset: number }[] {
  const ascii = asciiDigits(run);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(ascii)) {
    const digits = ascii.replace(/,/g, '');
    return [{ value: Number(digits), digits, offset: 0 }];
  }
  const out: { value: number; digits: string; offset: number }[] = [];
  let offset = 0;
  for (const part of ascii.split(',')) {
    const clean = part.replace(/\.$/, '');
    if (clean) out.push({ value: Number(clean), digits: clean, offset });
    offset += part.length + 1;
  }
  return out;
}

/**
 * Whether a fact of the block covers part of `[start, end)` (offsets into its text), asked of spans
 * in order: the block's facts are read once, by start, when first asked (not all of them for each
 * span: a long line of digit runs or numerals took their product). A span is covered when a fact
 * opening before its end reaches past its start (the farthest such fact's end tells).
 */
function coveredInOrder(block: Block, facts: readonly Fact[]): (start: number, end: number) => boolean {
  let mine: Fact[] | undefined;
  let opened = 0;
  let reach = -Infinity;
  return (start, end) => {
    mine ??= facts.filter((f) => f.block === block.id).sort((a, b) => a.start - b.start);
    while (opened < mine.length && mine[opened]!.start - block.start < end) reach = Math.max(reach, mine[opened++]!.end - block.start);
    return reach > start;
  };
}

/**
 * Whether the digits at `[start, end)` number an item of a list at the start of a line (`2. Household
 * population`, `3) `, `4、`): they order the text and count nothing, as the extractors read them.
 */
function isItemNumber(text: string, start: number, end: number): boolean {
  if (end - start > 3 || !/^[.)、．](?:[ \t]|\p{Script=Han})/u.test(text.slice(end, end + 2))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(lineStart, start).trim() === '';
}

/** The digit runs of a block that no fact covers, as `code` quantities, added to `out`. */
export function uncoveredDigits(block: Block, facts: readonly Fact[], out: Quantity[] = []): Quantity[] {
  // Most runs lie in a fact: they are found and skipped without making their text.
  const covered = coveredInOrder(block, facts);
  const text = block.text;
  // The regular expression finds each run's first digit (faster than a loop over the text), `digitRunEnd` its end.
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    const end = digitRunEnd(text, start);
    DIGIT.lastIndex = end;
    if (covered(start, end) || isItemNumber(text, start, end)) continue;
    let left = start;
    let right = end;
    while (left > 0 && CODE_CHAR.test(text[left - 1]!) && start - left < 20) left--;
    while (right < text.length && CODE_CHAR.test(text[right]!) && right - end < 20) right++;
    const token = text.slice(left, right).replace(/[.:/-]+$/, '');
    for (const part of runValues(text.slice(start, end))) {
      out.push({
        raw: token || part.digits,
        cls: 'code',
        lo: part.value,
        hi: part.value,
        approx: false,
        digits: part.digits.replace(/^0+(?=\d)/, ''),
        written: true,
        at: locationIn(block, start + part.offset),
      });
    }
  }
  return out;
}

/** The digit runs no fact covers in the blocks `ids` of one side of a pair, block by block. */
export function uncoveredDigitsOf(context: Pick<CheckContext, 'block'>, ids: readonly string[], facts: readonly Fact[]): Quantity[] {
  const out: Quantity[] = [];
  for (const id of ids) uncoveredDigits(context.block(id)!, facts, out);
  return out;
}

/** A Chinese numeral of one character before a measure word: `两副`, `三个`, `五代`. */
const ZH_COUNT = /(?<![〇零一二两三四五六七八九十百千万亿第几])([两二三四五六七八九十])(?=[个名家位人次项条种所座件只辆副双对张本块代句段步层批届期])/g;
const ZH_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Counts written with one Chinese numeral before a measure word that no fact covers
 * (`两副眼镜`): what the extractors may leave, kept so that a count on the other side can
 * meet them.
 */
export function uncoveredCounts(block: Block, facts: readonly Fact[], out: Quantity[] = []): Quantity[] {
  if (block.lang !== 'zh') return out;
  // Whether a fact of the block holds the numeral, asked of the numerals in order.
  const covered = coveredInOrder(block, facts);
  // `exec` over the shared pattern, not `matchAll`, which copies the pattern on every call.
  ZH_COUNT.lastIndex = 0;
  for (let match = ZH_COUNT.exec(block.text); match; match = ZH_COUNT.exec(block.text)) {
    const start = match.index;
    if (covered(start, start + 1)) continue;
    const value = ZH_DIGIT[match[1]!]!;
    out.push({
      raw: block.text.slice(start, start + 2), cls: 'count', lo: value, hi: value, approx: false, written: false,
      at: locationIn(block, start),
    });
  }
  return out;
}

/** An ISO 8601 duration (`P1Y6M`, `PT3H`) as the counts of its designators: years, months, weeks, days, hours, minutes, seconds. */
const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The seven counts of an ISO 8601 duration (`ISO_DURATION`, 0 where a designator is absent), or undefined. */
function durationCounts(iso: string): number[] | undefined {
  const m = ISO_DURATION.exec(iso);
  if (!m || iso === 'P' || iso === 'PT') return undefined;
  return m.slice(1).map((v: string | undefined) => (v === undefined ? 0 : Number(v)));
}

/** The seconds of an ISO 8601 duration (`P2D`, `PT3H`, `P1Y6M`), or undefined. */
export function durationSeconds(iso: string): number | undefined {
  const counts = durationCounts(iso);
  if (!counts) return undefined;
  const [y, mo, w, d, h, mi, s] = counts;
  return ((((y! * 365 + mo! * 30.4375 + w! * 7 + d!) * 24 + h!) * 60 + mi!) * 60) + s!;
}

/** An ISO 8601 duration in calendar months (years and months) and exact seconds (weeks, days and clock units), or undefined. */
function lengthOfTime(iso: string): { months: number; seconds: number } | undefined {
  const counts = durationCounts(iso);
  if (!counts) return undefined;
  const [y, mo, w, d, h, mi, sec] = counts;
  return { months: y! * 12 + mo!, seconds: (((w! * 7 + d!) * 24 + h!) * 60 + mi!) * 60 + sec! };
}

/**
 * Days against calendar months, when one length is told in months or years alone and the other in
 * days or weeks alone, and the days fall outside what that many months hold (28 to 31 days a
 * month): `two weeks` against `一个月` is `[14, 1]`. Undefined when the two may be one length
 * (`four weeks`, `一个月`; `six weeks`, `一个半月`) or are not told so.
 */
export function daysAgainstMonths(a: string, b: string): [number, number] | undefined {
  const x = lengthOfTime(a);
  const y = lengthOfTime(b);
  if (!x || !y) return undefined;
  const [months, days] = x.months > 0 && x.seconds === 0 && y.months === 0 ? [x.months, y.seconds / 86400]
    : y.months > 0 && y.seconds === 0 && x.months === 0 ? [y.months, x.seconds / 86400] : [0, 0];
  if (months === 0 || days < 1 || !Number.isInteger(days)) return undefined;
  return days < months * 28 || days > months * 31 ? [days, months] : undefined;
}

/** Whether two ISO 8601 durations last as long (`P2W` = `P14D`, `P1Y6M` = `P18M`), in calendar months and exact seconds. */
export function sameLengthOfTime(a: string, b: string): boolean {
  const x = lengthOfTime(a);
  const y = lengthOfTime(b);
  return x !== undefined && y !== undefined && Math.abs(x.months - y.months) < 1e-6 && Math.abs(x.seconds - y.seconds) < 1e-3;
}

/**
 * A key under which two lengths of time are one written in other units (`90 minutes` = `一个半小时`,
 * `18 months` = `一年半`, `48 hours` = `两天`, `two weeks` = `14天`): the same number of calendar
 * months and of seconds, where a year is twelve months and a day 24 hours (a month is never
 * counted in days), and the same approximation and bound. Undefined for other facts and ranges.
 */
export function lengthOfTimeKey(f: Fact): string | undefined {
  if (f.kind !== 'duration' || typeof f.value !== 'string' || f.max !== undefined) return undefined;
  const length = lengthOfTime(f.value);
  if (!length) return undefined;
  const round = (n: number): number => Math.round(n * 1e6) / 1e6;
  return `${round(length.months)}|${round(length.seconds)}|${f.bound ?? ''}|${f.approx === true}`;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of the number `\d+(?:\.\d+)?` (`\d+` without `decimals`) that starts at the ASCII digit at `start`. */
function numberEnd(text: string, start: number, decimals: boolean): number {
  let end = start + 1;
  while (isAsciiDigit(text.charCodeAt(end))) end++;
  if (decimals && text.charCodeAt(end) === 46 && isAsciiDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isAsciiDigit(text.charCodeAt(end))) end++;
  }
  return end;
}

/**
 * Calls `each` with the bounds of every number of ASCII digits in `text`, as the global
 * `\d+(?:\.\d+)?` (`\d+` without `decimals`) finds them, without a match object for each.
 */
function forEachNumber(text: string, decimals: boolean, each: (start: number, end: number) => void): void {
  let end = 0;
  for (let start = 0; start < text.length; start++) {
    if (start < end || !isAsciiDigit(text.charCodeAt(start))) continue;
    end = numberEnd(text, start, decimals);
    each(start, end);
  }
}

/** The digits of the number at `[start, end)` of `text` without leading zeros, as `/^0+(?=\d)/` strips them (`007` → `7`, `0.5` stays). */
function strippedDigits(text: string, start: number, end: number): string {
  let from = start;
  while (from + 1 < end && text.charCodeAt(from) === 48 && isAsciiDigit(text.charCodeAt(from + 1))) from++;
  return text.slice(from, end);
}

/** An ISO 8601 duration of two units or more: `PT2H26M9S`, `P1Y6M`. */
const COMPOUND_DURATION = /^P(?:T?\d+(?:\.\d+)?[YMWDHS]T?){2,}$/;

/** The numbers an ISO 8601 duration is written with (`P1Y6M` → 1, 6). */
function durationNumbers(iso: string): number[] {
  const out: number[] = [];
  forEachNumber(iso, true, (start, end) => out.push(Number(iso.slice(start, end))));
  return out;
}

/** The numbers a date value is written with: year, month, day, hour, minute, of both ends. */
export function dateNumbers(iso: string): number[] {
  const out: number[] = [];
  forEachNumber(iso, false, (start, end) => out.push(Number(iso.slice(start, end))));
  return out;
}

/** Words of a part of a month, whose days a date's value gives without the text writing them: `early May`, `end of June`, `5月初`, `6月下旬`. */
const PART_OF_MONTH = /\b(?:early|mid|late|beginning|middle|end)\b|[初底末旬]|月中/i;

/** Seconds in an hour, a minute and a second: the clock units of an ISO 8601 duration. */
const CLOCK_SECONDS: Readonly<Record<string, number>> = { H: 3600, M: 60, S: 1 };

/** Turns a fact into a quantity to compare, or undefined for facts compared elsewhere. */
export function toQuantity(fact: Fact): Quantity | undefined {
  if (fact.kind === 'entity') return undefined;
  const written = /[0-9０-９]/.test(fact.raw);
  const approx = fact.approx === true || fact.bound !== undefined;
  if (fact.kind === 'duration') {
    if (typeof fact.value !== 'string') return undefined;
    const single = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(fact.value);
    if (single) {
      // Weeks are compared in days: `two weeks` = `14天` = `半个月` (P2W); hours, minutes and
      // seconds in seconds: `half an hour` = `30分钟`, `three quarters of an hour` ≠ `半小时`.
      const weeks = single[1] === '' && single[3] === 'W';
      const clock = single[1] === 'T' ? CLOCK_SECONDS[single[3]!] : undefined;
      const factor = weeks ? 7 : clock ?? 1;
      const n = Number(single[2]) * factor;
      // A range of the one unit (`5 to 7 days`) ends at `max`, counted in that unit.
      const hi = typeof fact.max === 'number' && fact.max > Number(single[2]) ? fact.max * factor : n;
      return { fact, raw: fact.raw, cls: 'duration', lo: n, hi, approx, written, unit: weeks ? 'D' : clock ? 's' : `${single[1]}${single[3]}` };
    }
    const seconds = durationSeconds(fact.value);
    if (seconds === undefined) return undefined;
    return { fact, raw: fact.raw, cls: 'duration', lo: seconds, hi: seconds, approx, written, unit: 's' };
  }
  if (fact.kind === 'date') {
    // A year told by no number (`今年以来`, `this year`) is the reference day's: the dates compare it.
    if (typeof fact.value !== 'string' || !/^\d{4}$/.test(fact.value) || noNumberWritten(fact.raw)) return undefined;
    const year = Number(fact.value);
    return { fact, raw: fact.raw, cls: 'year', lo: year, hi: year, approx: false, written };
  }
  // A telephone number: its digits as written, compared as such.
  if (fact.kind === 'number' && fact.unit === 'tel' && typeof fact.value === 'string') {
    const n = Number(fact.value);
    return { fact, raw: fact.raw, cls: 'count', lo: n, hi: n, approx: false, written: true, digits: fact.value.replace(/^0+(?=\d)/, '') };
  }
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value)) return undefined;
  const hi = typeof fact.max === 'number' && Number.isFinite(fact.max) ? fact.max : fact.value;
  let cls: QuantityClass;
  switch (fact.kind) {
    case 'number': cls = fact.unit === 'x' ? 'multiple' : 'count'; break;
    case 'ordinal': cls = 'ordinal'; break;
    case 'percent': cls = fact.unit === 'pp' ? 'pp' : 'percent'; break;
    case 'money': cls = 'money'; break;
    default: return undefined;
  }
  const q: Quantity = { fact, raw: fact.raw, cls, lo: Math.min(fact.value, hi), hi: Math.max(fact.value, hi), approx, written };
  // Sixteen digits or more need as many characters: shorter text is never read as an id.
  const long = fact.raw.length >= 16 ? /^\d{16,}$/.exec(asciiDigits(fact.raw).replace(/[,\s]/g, '')) : null;
  if (long) q.digits = long[0].replace(/^0+(?=\d)/, '');
  if (fact.unit !== undefined && cls === 'money') q.unit = fact.unit;
  return q;
}

/** Whether a date's words write no number: no digit, no numeral but a weekday's, no number word or month name. */
function noNumberWritten(raw: string): boolean {
  const t = raw.replace(WEEKDAY_NUMERAL, '');
  return !/[\d０-９〇○零一二两兩三四五六七八九十百千]/.test(t) && !NUMBER_OR_MONTH_WORD.test(t);
}
const WEEKDAY_NUMERAL = /(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]/g;
const NUMBER_OR_MONTH_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen(?:th)?|(?:twen|thir|for|fif|six|seven|eigh|nine)t(?:y|ieth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|hundred|thousand|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*\b|\.)/i;

/**
 * Every value a side holds, each able to vouch once for a number on the other side. Dates
 * that the other side also holds (`otherFacts`) vouch for nothing: their numbers are spoken for.
 */
export function tokensOf(facts: readonly Fact[], codes: readonly Quantity[], otherFacts: readonly Fact[] = []): Token[] {
  const tokens: Token[] = [];
  const otherDates: string[] = [];
  for (const f of otherFacts) if (f.kind === 'date') otherDates.push(String(f.value));
  for (const fact of facts) {
    if (fact.kind === 'date') {
      const at = otherDates.indexOf(String(fact.value));
      if (at >= 0) { otherDates.splice(at, 1); continue; }
    }
    if (fact.kind === 'entity') continue;
    // A day told by no number (`on Wednesday`, `周三`, `yesterday`): the numbers of its value are the
    // reference day's, counted; none is written to vouch for a number of the other side.
    if (fact.kind === 'date' && noNumberWritten(fact.raw)) continue;
    // A length of several units (`2:26:09`, `2小時26分9秒`, a race time) is compared whole or not at
    // all: its hours and minutes vouch for no bare number (`26`, an age, against `28歲`).
    if (fact.kind === 'duration' && typeof fact.value === 'string' && COMPOUND_DURATION.test(fact.value)) continue;
    const calendar = fact.kind === 'date' || fact.kind === 'duration';
    // The numbers of a date's value (year, month, day): the places in the calendar its tokens may be.
    const positions = fact.kind === 'date' && typeof fact.value === 'string' ? dateNumbers(fact.value) : undefined;
    const first = tokens.length;
    if (typeof fact.value === 'number') {
      tokens.push({ value: fact.value, used: false });
      if (typeof fact.max === 'number' && fact.max !== fact.value) tokens.push({ value: fact.max, used: false });
    } else if (fact.kind === 'date') {
      // The days a part of a month stands for (`early May`, the 1st to the 15th; `5月初`) are
      // written by no number: they vouch for none (`一个月` is no day 1).
      const value = PART_OF_MONTH.test(fact.raw) ? fact.value.replace(/(-\d\d)-\d\d/g, '$1') : fact.value;
      for (const n of value === fact.value ? positions! : dateNumbers(value)) tokens.push({ value: n, used: false });
      const time = /T(\d\d):(\d\d)/.exec(fact.value);
      if (time) tokens.push({ value: Number(time[1]) * 100 + Number(time[2]), used: false });
    } else if (fact.kind === 'duration') {
      for (const n of durationNumbers(fact.value)) tokens.push({ value: n, used: false });
    }
    const raw = asciiDigits(fact.raw);
    const amount = (fact.kind === 'money' || fact.kind === 'number') && typeof fact.value === 'number' ? fact.value : undefined;
    forEachNumber(raw, true, (start, end) => {
      // Leading zeros change no value: the digits kept are the number's.
      const digits = strippedDigits(raw, start, end);
      const value = Number(digits);
      const token: Token = { value, digits, used: false };
      if (amount !== undefined && Math.abs(amount) >= 1000 * Math.abs(value) && value !== 0) token.scaled = true;
      // The digits of basis points (`25 basis points`, 0.25 pp) are no percentage of their own.
      else if (fact.kind === 'percent' && typeof fact.value === 'number' && value !== 0 && Math.abs(fact.value * 100 - value) < 1e-9 * value) token.scaled = true;
      tokens.push(token);
    });
    if (calendar) for (let k = first; k < tokens.length; k++) tokens[k]!.calendar = true;
    if (positions) for (let k = first; k < tokens.length; k++) if (positions.includes(tokens[k]!.value)) tokens[k]!.position = true;
    if (fact.kind === 'duration') for (let k = first; k < tokens.length; k++) tokens[k]!.duration = true;
    if (fact.kind === 'number' && fact.unit === 'x') for (let k = first; k < tokens.length; k++) tokens[k]!.multiple = true;
  }
  for (const code of codes) tokens.push({ value: code.lo, digits: code.digits, used: false });
  return tokens;
}

/** Tolerances of the comparison. */
export interface Tolerance {
  /** Relative difference under which two exact values are equal (rounding). */
  relative: number;
  /** Relative difference allowed when either side is approximate or a bound. */
  approx: number;
}

/** The `tolerance` and `approxTolerance` options of a quantity rule (both 0 by default). */
export function toleranceOption(options: RuleSetting): Tolerance {
  return { relative: numberOption(options, 'tolerance', 0), approx: numberOption(options, 'approxTolerance', 0) };
}

/** Significant digits of a number as written in its shortest form (`1230000` → 3, `89.9` → 3). */
function significantDigits(value: number): number {
  const digits = Math.abs(value).toExponential().split('e')[0]!.replace('.', '');
  return digits.length;
}

/**
 * Whether two single values agree: equal, or (from ten thousand up) one is the other rounded
 * to its significant digits (at least three, `1,234,567` and `123万`; two only when two or more
 * digits were dropped, so `$16 billion` and `161亿` differ), or within the relative `tolerance`
 * (for approximate values; 0 by default for exact ones, so `2000` and `2001` differ).
 */
export function close(a: number, b: number, tolerance: number, loose: boolean | 'one' = false): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  // Digits past a double's range (a code of 400 digits reads as Infinity) are close to nothing:
  // the test below, Infinity <= 1e-9 * Infinity, would take them for any value. Their digits
  // are compared as written (`relate`, `vouches`).
  if (!Number.isFinite(scale)) return false;
  if (Math.abs(a - b) <= 1e-9 * scale) return true;
  if (Math.abs(a - b) <= tolerance * scale) return true;
  // Below ten thousand nothing is rounded (the test below says so too): no digits to count; but two
  // approximate values of a thousand or more may round to one digit (`roughly 4,950` against `约5000`).
  if (scale < (loose === true ? 1e3 : 1e4)) return false;
  // Two values rounded alike to two digits or more lie within a tenth of the larger apart: values
  // further apart (most pairs a comparison tries) need no digits counted.
  if (Math.abs(a - b) > 0.2 * scale) return false;
  const sa = significantDigits(a);
  const sb = significantDigits(b);
  const fewer = Math.min(sa, sb);
  // Two approximate values (`about 2 million`, `约201.8万`) may round to one digit, within a twentieth;
  // an approximate value against an exact one, within a fortieth (`约60亿港元` for HK$6.03 billion).
  if (loose && fewer === 1 && sa !== sb && Math.abs(a - b) <= (loose === 'one' ? ONE_SIDED_ROUNDING : LOOSE_ROUNDING) * scale) {
    // One more or less in the exact value's last digit (`£6 million-plus` against `601万`) reads as a slip of that digit.
    if (loose === 'one' && lastDigitApart(sa > sb ? a : b, a - b)) return false;
    return Number(a.toPrecision(1)) === Number(b.toPrecision(1));
  }
  if (sa === sb || fewer < 2 || scale < 1e4 || (fewer < 3 && Math.abs(sa - sb) < 2)) return false;
  const round = (v: number) => Number(v.toPrecision(fewer));
  return round(a) === round(b);
}

/** Whether `gap` is one unit of the last significant digit of `value` (`601` and 1, `6.03 billion` and 10 million). */
function lastDigitApart(value: number, gap: number): boolean {
  const size = Math.abs(value);
  const unit = 10 ** (Math.floor(Math.log10(size)) - significantDigits(value) + 1);
  return Math.abs(Math.abs(gap) - unit) <= 1e-9 * size;
}

/** How far apart two approximate values may be that round to one digit alike (`about 2 million`, `约201.8万`). */
const LOOSE_ROUNDING = 0.05;
/** How far an approximate value of one digit may be from the exact value it rounds (`约60亿` against 6.03 billion). */
const ONE_SIDED_ROUNDING = 0.025;

/** How two quantities relate. */
export type Relation = 'equal' | 'inside' | 'differ';

/**
 * Compares the values of two quantities: `equal` when they agree (within tolerance, wider when
 * approximate), `inside` when a single value lies within the other's range, else `differ`.
 */
export function relate(a: Quantity, b: Quantity, tolerance: Tolerance): Relation {
  if (a.digits !== undefined && b.digits !== undefined) return a.digits === b.digits ? 'equal' : 'differ';
  const tol = a.approx || b.approx ? tolerance.approx : tolerance.relative;
  const loose = a.approx && b.approx ? true : a.approx || b.approx ? 'one' : false;
  if (close(a.lo, b.lo, tol, loose) && close(a.hi, b.hi, tol, loose)) return 'equal';
  if (fractionOf(a, b) || fractionOf(b, a)) return 'equal';
  const aRange = a.lo !== a.hi;
  const bRange = b.lo !== b.hi;
  if (aRange !== bRange) {
    const [range, single] = aRange ? [a, b] : [b, a];
    if (single.lo >= range.lo * (1 - tol) && single.lo <= range.hi * (1 + tol)) return 'inside';
  }
  return 'differ';
}

/**
 * A rough Chinese amount (`十几`, `二十多`, `500余`, `三万多`: the number, then something of its
 * lowest place) against a value of that span on the other side (`a dozen` = `十几`, `580` =
 * `500多`) that is itself loose (approximate, or in words): the Chinese says it less precisely.
 */
export function roughCovers(rough: Quantity, value: Quantity): boolean {
  const raw = rough.fact?.raw;
  if (rough.fact?.bound !== 'over' || rough.lo !== rough.hi || value.lo !== value.hi || !raw) return false;
  const place = lowestPlace(rough.lo);
  if (!ROUGH.test(raw)) {
    // A round value said with a word of bound (`more than 360`, `逾8200亿`) against the exact one
    // it rounds down (`363`, `820.3 billion`): the bound holds, in the round value's last place.
    // One more in the exact value's last digit (`more than 4,000` against `4001`, `£6 million-plus`
    // against `601万`) reads as a slip of that digit.
    return place >= 10 && !value.approx && value.fact?.bound === undefined && value.lo > rough.lo && value.lo < rough.lo + place
      && value.lo - rough.lo !== lowestPlace(value.lo);
  }
  // An exact figure in digits (`25 people` against `二十多人`) is a slip still: only a loose one (`about 25`, `a dozen`) agrees.
  if (!value.approx && value.written) return false;
  return place > 0 && value.lo > rough.lo && value.lo < rough.lo + place;
}

/** The markers of a rough Chinese amount: 几 (幾), 多, 余 (餘). */
const ROUGH = /[几幾多余餘]/;

/** `fifth` against `五分之一`: an ordinal that names the fraction one over it. */
function fractionOf(ordinal: Quantity, fraction: Quantity): boolean {
  return ordinal.cls === 'ordinal' && fraction.lo > 0 && fraction.lo < 1 && ordinal.lo === ordinal.hi
    && Math.abs(ordinal.lo * fraction.lo - 1) < 1e-9;
}

/**
 * Two facts written next to each other that one number on the other side joins
 * (`nine hundred sixty and nine` read as 960 and 9, against `九百六十九`).
 */
export function joins(a: Quantity, b: Quantity, whole: Quantity): boolean {
  if (!a.fact || a.fact.block !== b.fact?.block || whole.lo !== whole.hi) return false;
  const [first, second] = a.fact.start <= b.fact.start ? [a, b] : [b, a];
  const gap = second.fact!.start - first.fact!.end;
  if (gap < 0 || gap > 6) return false;
  if (first.lo + second.lo === whole.lo && second.lo < lowestPlace(first.lo)) return true;
  const scale = second.lo >= 1e3 ? 10 ** (3 * Math.floor(Math.log10(second.lo) / 3)) : 0;
  return scale > 0 && first.lo * scale + second.lo === whole.lo;
}

/** The place value of a whole number's last non-zero digit (`960` → 10, `1700` → 100). */
function lowestPlace(value: number): number {
  if (!Number.isInteger(value) || value <= 0) return 0;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

/**
 * Removes a change in percentage points left on one side (`points`) that is the difference of two
 * percentages the other side states (`all`), one of them left over there (`others`): `up from 0.1
 * percent in September` (with `0.4 percent` now) against `涨幅比9月扩大0.3个百分点`, as statistics
 * bulletins write the change. The two say the same, so neither is reported. The other side's
 * percentages are filed by value; the couples weighed are bounded (see below).
 */
function restatedPoints(points: Set<Quantity>, others: Set<Quantity>, all: readonly Quantity[]): void {
  let values: Set<number> | undefined;
  const key = (v: number) => Math.round(v * 1e6);
  // Each change in points is weighed against each percentage left: past SLIP_PAIRS_MOST couples
  // (a long pair of nothing but rates) none is, as the slips are then sought among near values only.
  let pp = 0;
  let percents = 0;
  for (const q of points) if (q.cls === 'pp') pp++;
  for (const q of others) if (q.cls === 'percent') percents++;
  if (pp === 0 || pp * percents > SLIP_PAIRS_MOST) return;
  for (const q of points) {
    if (q.cls !== 'pp' || q.lo !== q.hi) continue;
    values ??= new Set(all.filter((p) => p.cls === 'percent' && p.lo === p.hi).map((p) => key(p.lo)));
    for (const other of others) {
      if (other.cls !== 'percent' || other.lo !== other.hi) continue;
      const up = key(other.lo + q.lo);
      const down = key(other.lo - q.lo);
      if ((up !== key(other.lo) && values.has(up)) || (down !== key(other.lo) && values.has(down))) {
        points.delete(q);
        others.delete(other);
        break;
      }
    }
  }
}

/** The number and unit a length of time of one unit is written with (`P5D` → 5 and `D`, `PT5H` → 5 and `TH`). */
function writtenUnitOfTime(q: Quantity): [number, string] | undefined {
  if (q.cls !== 'duration' || !q.fact || typeof q.fact.value !== 'string') return undefined;
  const m = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(q.fact.value);
  return m ? [Number(m[2]), `${m[1]}${m[3]}`] : undefined;
}

/**
 * Removes and returns, as slips, lengths of time left on both sides written with the same number in
 * different units (`5 days` against `5小时`, `3 years` against `3个月`): each English one takes the
 * first Chinese one of its number. Linear: the Chinese ones are filed by their number.
 */
function otherUnitsOfTime(enLeft: Set<Quantity>, zhLeft: Set<Quantity>): Slip[] {
  const out: Slip[] = [];
  let byNumber: Map<number, Quantity[]> | undefined;
  for (const a of enLeft) {
    const written = writtenUnitOfTime(a);
    if (!written) continue;
    byNumber ??= groupBy([...zhLeft].filter((b) => writtenUnitOfTime(b) !== undefined), (b) => writtenUnitOfTime(b)![0]);
    const b = byNumber.get(written[0])?.find((q) => zhLeft.has(q) && writtenUnitOfTime(q)![1] !== written[1]);
    if (!b) continue;
    enLeft.delete(a);
    zhLeft.delete(b);
    out.push({ en: a, zh: b, otherUnit: true });
  }
  return out;
}

/** Most characters between the two figures of a share written out as two counts (`527分（满分750分）`). */
const SHARE_PARTS_GAP = 16;

/**
 * Removes a share written with its two figures on one side (`527 out of 750`, `45 of 50`: a
 * fraction left in `shares`) where the other side (`all`, its leftovers `counts`) writes the two
 * as counts a few characters apart, in either order (`527分（满分750分）`, `50个州中的45个`): the
 * same figures, one side reading them as a share (the counts may have been vouched for already by
 * the share's digits). Linear in the quantities.
 */
function shareParts(shares: Set<Quantity>, counts: Set<Quantity>, all: readonly Quantity[]): void {
  let byValue: Map<number, Quantity[]> | undefined;
  for (const q of shares) {
    if (q.cls !== 'count' || q.lo !== q.hi || !(q.lo > 0 && q.lo < 1) || !q.fact) continue;
    const figures: number[] = [];
    const raw = asciiDigits(q.raw);
    forEachNumber(raw, true, (start, end) => { figures.push(Number(raw.slice(start, end).replace(/,/g, ''))); });
    if (figures.length !== 2 || Math.abs(figures[0]! / figures[1]! - q.lo) > 1e-9) continue;
    byValue ??= groupBy(all.filter((c) => c.cls === 'count' && c.lo === c.hi && c.fact), (c) => c.lo);
    const parts = byValue.get(figures[0]!)?.slice(0, RANGE_ENDS_TRIED) ?? [];
    const wholes = byValue.get(figures[1]!)?.slice(0, RANGE_ENDS_TRIED) ?? [];
    let found: [Quantity, Quantity] | undefined;
    for (const part of parts) {
      const whole = wholes.find((w) => w !== part && w.fact!.block === part.fact!.block
        && Math.max(w.fact!.start - part.fact!.end, part.fact!.start - w.fact!.end) <= SHARE_PARTS_GAP);
      if (whole) { found = [part, whole]; break; }
    }
    if (!found) continue;
    shares.delete(q);
    counts.delete(found[0]);
    counts.delete(found[1]);
  }
}

/**
 * A fraction on one side (`half`, `a third`, `一半`, `三分之一`, `45 of 50`) and the share it is in
 * percent on the other (`50%`, `33%`, `33.3%`, `90%`): the same value, the percent rounded to its
 * decimals (`a third` is `33%` and `33.3%`, not `30%`). Returns each fraction with the first percent
 * left that is its share, in order; neither set is changed. Linear: the percents filed by value.
 */
export function fractionShares(fractions: ReadonlySet<Quantity>, percents: ReadonlySet<Quantity>): [Quantity, Quantity][] {
  const out: [Quantity, Quantity][] = [];
  let byValue: Map<number, Quantity[]> | undefined;
  const taken = new Set<Quantity>();
  for (const q of fractions) {
    if (!isFraction(q)) continue;
    byValue ??= groupBy([...percents].filter((p) => p.cls === 'percent' && p.lo === p.hi), (p) => Math.round(p.lo));
    const share = q.lo * 100;
    let found: Quantity | undefined;
    for (let key = Math.round(share) - 1; key <= Math.round(share) + 1 && !found; key++) {
      found = byValue.get(key)?.find((p) => !taken.has(p) && roundsTo(share, p.lo));
    }
    if (!found) continue;
    taken.add(found);
    out.push([q, found]);
  }
  return out;
}

/**
 * A share on one side and the same share written to fewer decimals on the other (`81%` against
 * `80.7%`, `42%` against `42.04%`, `80.7%` against `80.72%`: a headline or a summary rounds), where
 * the shorter keeps two significant digits or more (`3%` against `3.4%` stays a difference).
 * Returns each English share with the first Chinese one left that rounds alike, in order; neither
 * set is changed. Linear: the Chinese shares filed by their whole part.
 */
export function roundedShares(en: ReadonlySet<Quantity>, zh: ReadonlySet<Quantity>): [Quantity, Quantity][] {
  const out: [Quantity, Quantity][] = [];
  // Shares past a million percent are no headline's: their whole parts are no keys to step through.
  const share = (q: Quantity) => (q.cls === 'percent' || q.cls === 'pp') && q.lo === q.hi && Math.abs(q.lo) < 1e6;
  let byWhole: Map<number, Quantity[]> | undefined;
  let byTenths: Map<number, Quantity[]> | undefined;
  const taken = new Set<Quantity>();
  for (const a of en) {
    if (!share(a)) continue;
    byWhole ??= groupBy([...zh].filter(share), (q) => Math.round(q.lo));
    let found: Quantity | undefined;
    const whole = Math.round(a.lo);
    for (const key of [whole, whole - 1, whole + 1]) {
      found ??= byWhole.get(key)?.find((b) => !taken.has(b) && b.cls === a.cls && roundedAlike(a.lo, b.lo, a.approx || b.approx));
    }
    // `68.3%` against `近七成`, `42%` against `四成多`: a share in tenths (成) said loosely, or with a
    // bound the value keeps to, is the value rounded to its tens.
    if (!found && a.cls === 'percent') {
      byTenths ??= groupBy([...zh].filter((q) => share(q) && looseTenths(q)), (q) => q.lo);
      // A bound takes the values of its ten on its side (`三成多`: 30 to 40); a loose share those it rounds (`约七成`: 65 to 75);
      // a bare share the values that round to it (`三成`: 25 to under 35), as tenths are said.
      const near = (b: Quantity) => {
        if (taken.has(b) || !boundKept(b, a.lo)) return false;
        const gap = Math.abs(a.lo - b.lo);
        return b.fact?.bound ? gap <= 10 : b.approx ? gap <= 5 : gap < 5;
      };
      for (const key of [Math.floor(a.lo / 10) * 10, Math.ceil(a.lo / 10) * 10]) found ??= byTenths.get(key)?.find(near);
    }
    if (!found) continue;
    taken.add(found);
    out.push([a, found]);
  }
  return out;
}

/** A Chinese share in tenths (`七成`, `四成多`, `约七成`): tenths are a rounded share, said loosely or not. */
function looseTenths(q: Quantity): boolean {
  return q.cls === 'percent' && q.lo % 10 === 0 && q.lo > 0 && q.lo < 100 && q.raw.includes('成');
}

/** Whether a value keeps to the bound of a share (`逾七成`: 70 or more; `近七成`: 70 or less); a share without one binds nothing. */
function boundKept(share: Quantity, value: number): boolean {
  const bound = share.fact?.bound;
  return bound === 'over' ? value >= share.lo : bound === 'under' ? value <= share.lo : true;
}

/** Decimals of a number as written in its shortest form (`80.72` → 2, `81` → 0). */
function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes('.') && !text.includes('e') ? text.length - text.indexOf('.') - 1 : 0;
}

/** Whether one value is the other rounded to its fewer decimals, keeping two significant digits or more (one, `loose`). */
function roundedAlike(a: number, b: number, loose = false): boolean {
  const da = decimalsOf(a);
  const db = decimalsOf(b);
  if (da === db) return false;
  const [short, long] = da < db ? [a, b] : [b, a];
  // Said loosely (`约8%` against `7.8 percent`), one significant digit is rounding enough, within a
  // tenth of the value (`约1%` is no rounding of `0.5%`).
  if (significantDigits(short) < 2 && !(loose && short !== 0 && Math.abs(long - short) <= 0.1 * Math.abs(short))) return false;
  return roundsTo(long, short);
}

/** A single count between 0 and 1 that is not a plain decimal (`0.5` may be a reading, not a share). */
function isFraction(q: Quantity): boolean {
  return q.cls === 'count' && q.lo === q.hi && q.lo > 0 && q.lo < 1 && !/^[0-9.]+$/.test(asciiDigits(q.raw).trim());
}

/**
 * Whether `percent`, as written to its decimals, is `share` rounded, a half up (`80.5` rounds to
 * `81`; `5.5` to `6`, not `5`).
 */
function roundsTo(share: number, percent: number): boolean {
  const text = String(percent);
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const half = 0.5 * 10 ** -decimals;
  return share >= percent - half - 1e-9 && share < percent + half - 1e-9;
}

/** Most characters between the two ends of a range written out in full (`5元到10元`, `$5 and $10`). */
const RANGE_ENDS_GAP = 12;
/** Most values of one figure weighed as a range's end (see `rangeEnds`). */
const RANGE_ENDS_TRIED = 16;

/**
 * Ranges on one side (`ranges`) whose two ends the other side (`singles`) writes as two values a
 * few characters apart, the low one first (`5 to 10 yuan` = `5元到10元`; `from $5 to $10` =
 * `从5美元涨到10美元`): the same figures, whether a side reads them as a range or as a change from
 * one to the other. `alike` tells whether two quantities are of a kind and unit. Returns each
 * range with its two ends; one walk of each side, the singles filed by their value.
 */
export function rangeEnds(ranges: Iterable<Quantity>, singles: Iterable<Quantity>, alike: (a: Quantity, b: Quantity) => boolean): [Quantity, Quantity, Quantity][] {
  const out: [Quantity, Quantity, Quantity][] = [];
  let byValue: Map<number, Quantity[]> | undefined;
  const used = new Set<Quantity>();
  for (const range of ranges) {
    if (range.lo === range.hi || !range.fact) continue;
    byValue ??= groupBy([...singles].filter((q) => q.lo === q.hi && q.fact), (q) => q.lo);
    const highs = byValue.get(range.hi);
    if (!highs) continue;
    const fits = (q: Quantity) => !used.has(q) && alike(range, q);
    // A few of each value are weighed: a text that repeats one figure many times stays linear.
    for (const low of (byValue.get(range.lo) ?? []).slice(0, RANGE_ENDS_TRIED)) {
      if (!fits(low)) continue;
      const high = highs.slice(0, RANGE_ENDS_TRIED).find((q) => fits(q) && q.fact!.block === low.fact!.block
        && q.fact!.start >= low.fact!.end && q.fact!.start - low.fact!.end <= RANGE_ENDS_GAP);
      if (!high) continue;
      used.add(low);
      used.add(high);
      out.push([range, low, high]);
      break;
    }
  }
  return out;
}

/**
 * Ranges on one side (`ranges`) whose ends the other side (`singles`) writes as two values a few
 * characters apart, one end equal and the other a slip of it (`24 to 28 yuan` against `24元至32元`,
 * `30 to 45` against `300至45`… as `slipBetween` reads a slip): each range with the end written
 * right, the one written wrong and the slip's power of ten, if any. The singles of a value are
 * filed by it and by their place in the text, so a range reads only the neighbours of its ends.
 */
export function rangeEndSlips(ranges: Iterable<Quantity>, singles: Iterable<Quantity>, alike: (a: Quantity, b: Quantity) => boolean): [Quantity, Quantity, Quantity, number | undefined][] {
  const out: [Quantity, Quantity, Quantity, number | undefined][] = [];
  let placed: Quantity[] | undefined;
  let byValue: Map<number, number[]> | undefined;
  const used = new Set<Quantity>();
  for (const range of ranges) {
    if (range.lo === range.hi || !range.fact) continue;
    if (!placed) {
      const sorted = [...singles].filter((q) => q.lo === q.hi && q.fact)
        .sort((a, b) => (a.fact!.block < b.fact!.block ? -1 : a.fact!.block > b.fact!.block ? 1 : a.fact!.start - b.fact!.start));
      placed = sorted;
      byValue = groupBy(sorted.map((_, k) => k), (k) => sorted[k]!.lo);
    }
    const near = (a: Quantity, b: Quantity) => a.fact!.block === b.fact!.block && b.fact!.start >= a.fact!.end && b.fact!.start - a.fact!.end <= RANGE_ENDS_GAP;
    const fits = (q: Quantity | undefined): q is Quantity => q !== undefined && !used.has(q) && alike(range, q);
    const endOf = (value: number): Quantity => ({ ...range, lo: value, hi: value });
    let found: [Quantity, Quantity, number | undefined] | undefined;
    // The low end written right, the next value the high end written wrong; or the reverse.
    for (const k of (byValue!.get(range.lo) ?? []).slice(0, RANGE_ENDS_TRIED)) {
      const [low, next] = [placed[k]!, placed[k + 1]];
      if (!fits(low) || !fits(next) || !near(low, next) || next.lo === range.hi || next.lo <= low.lo) continue;
      const slip = slipBetween(endOf(range.hi), next);
      if (slip) { found = [low, next, slip.scale]; break; }
    }
    if (!found) for (const k of (byValue!.get(range.hi) ?? []).slice(0, RANGE_ENDS_TRIED)) {
      const [previous, high] = [placed[k - 1], placed[k]!];
      if (!fits(high) || !fits(previous) || !near(previous, high) || previous.lo === range.lo || previous.lo >= high.lo) continue;
      const slip = slipBetween(endOf(range.lo), previous);
      if (slip) { found = [high, previous, slip.scale]; break; }
    }
    if (!found) continue;
    used.add(found[0]);
    used.add(found[1]);
    out.push([range, found[0], found[1], found[2]]);
  }
  return out;
}

/**
 * Matches leftovers on one side (`wholes`) that two neighbouring leftovers on the other side
 * (`parts`) add up to: each whole in turn takes the first two parts, in the parts' order, that
 * `joins` joins to it. Parts join only when written a few characters apart, so the pairs that
 * can join are found once, from the parts' places in the text, and filed by the value they make:
 * a whole reads only the pairs of its value.
 */
function joinSplit(wholes: Set<Quantity>, parts: Set<Quantity>): void {
  const list = [...parts].filter((q) => q.fact && (q.cls === 'count' || q.cls === 'duration'));
  if (list.length < 2) return;
  const byPlace = list.map((_, i) => i).sort((i, j) => list[i]!.fact!.start - list[j]!.fact!.start || i - j);
  // Pairs (i < j in the parts' order) by the value they make, each value's pairs in that order.
  const byValue = new Map<number, [number, number][]>();
  const file = (value: number, i: number, j: number): void => {
    if (!Number.isFinite(value)) return;
    const pairs = byValue.get(value);
    const pair: [number, number] = i < j ? [i, j] : [j, i];
    if (!pairs) byValue.set(value, [pair]);
    else if (pairs[pairs.length - 1]![0] !== pair[0] || pairs[pairs.length - 1]![1] !== pair[1]) pairs.push(pair);
  };
  for (let x = 0; x < byPlace.length; x++) {
    const first = list[byPlace[x]!]!;
    for (let y = x + 1; y < byPlace.length; y++) {
      const second = list[byPlace[y]!]!;
      const gap = second.fact!.start - first.fact!.end;
      if (gap > 6) break;
      if (gap < 0 || first.fact!.block !== second.fact!.block) continue;
      // The two values `joins` finds the whole may be: their sum (the second below the first's
      // lowest place), or the first times the second's scale and the second.
      if (second.lo < lowestPlace(first.lo)) file(first.lo + second.lo, byPlace[x]!, byPlace[y]!);
      const scale = second.lo >= 1e3 ? 10 ** (3 * Math.floor(Math.log10(second.lo) / 3)) : 0;
      if (scale > 0) file(first.lo * scale + second.lo, byPlace[x]!, byPlace[y]!);
    }
  }
  for (const pairs of byValue.values()) pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  // The pairs of a value before the first whose parts are both left are spent for good; that
  // first one joins (its value and its parts' places were asked when it was filed).
  const spent = new Map<number, number>();
  for (const whole of [...wholes]) {
    if ((whole.cls !== 'count' && whole.cls !== 'duration') || whole.lo !== whole.hi) continue;
    const pairs = byValue.get(whole.lo);
    if (!pairs) continue;
    let k = spent.get(whole.lo) ?? 0;
    while (k < pairs.length && !(parts.has(list[pairs[k]![0]]!) && parts.has(list[pairs[k]![1]]!))) k++;
    spent.set(whole.lo, k);
    for (let m = k; m < pairs.length; m++) {
      const [i, j] = pairs[m]!;
      const [a, b] = [list[i]!, list[j]!];
      if (!parts.has(a) || !parts.has(b) || !joins(a, b, whole)) continue;
      wholes.delete(whole);
      parts.delete(a);
      parts.delete(b);
      break;
    }
  }
}

/** Whether a token vouches for a quantity. */
export function vouches(token: Token, q: Quantity, tolerance: Tolerance): boolean {
  if (token.scaled && q.cls !== 'count' && q.cls !== 'money' && q.cls !== 'multiple') return false;
  if (token.calendar && (q.cls === 'percent' || q.cls === 'pp' || q.cls === 'money' || q.cls === 'multiple')) return false;
  if (token.duration && q.cls === 'ordinal') return false;
  if (token.multiple && q.cls === 'duration') return false;
  // A day's or a month's number is no length of time (`6个月` is not vouched for by `end of June`).
  if (token.position && q.cls === 'duration') return false;
  // A rank in words (`the fifth consecutive year`) is no day or month of a date (`5月31日`).
  if (token.calendar && q.cls === 'ordinal' && !/\d/.test(q.raw)) return false;
  if (q.digits !== undefined && token.digits !== undefined) return q.digits === token.digits;
  if (q.digits !== undefined && q.digits.length > 15) return false;
  const tol = q.approx ? tolerance.approx : tolerance.relative;
  return close(token.value, q.lo, tol) || (q.hi !== q.lo && close(token.value, q.hi, tol));
}

/** Two leftover quantities that look like one number written wrong on one side. */
export interface Slip {
  en: Quantity;
  zh: Quantity;
  /** Power of ten between them (a scale slip), when there is one. */
  scale?: number;
  /** The same number in another unit of time (`5 days` against `5小时`). */
  otherUnit?: true;
}

/**
 * Whether two values look like the same number with a slip: a power of ten apart, or
 * nearly the same digits (one or two digits changed, or within a fifth of each other).
 */
export function slipBetween(en: Quantity, zh: Quantity): Slip | undefined {
  if (!sameKind(en, zh) && !(en.written && zh.written)) return undefined;
  // A count and an ordinal both in words (`six` against `第二`) are two different things, and an
  // amount told only by its scale (`数百`, `hundreds of`) has no digits to slip but against
  // another such amount (`tens of billions` against `数十亿`, a scale apart).
  if ((en.cls === 'ordinal') !== (zh.cls === 'ordinal') && en.written && zh.written) return undefined;
  if (VAGUE_AMOUNT.test(en.raw.trim()) !== VAGUE_AMOUNT.test(zh.raw.trim())) return undefined;
  // Two designations of other letters (`Tianwen-2`, a probe, against `2016HO3`, an asteroid) name
  // two things: their digits are no one figure changed (`CA981` against `CA918` is).
  if (en.cls === 'code' && zh.cls === 'code' && otherLetters(en.raw, zh.raw)) return undefined;
  const scale = en.digits === undefined || zh.digits === undefined ? scaleRatio(en.lo, zh.lo) : undefined;
  // A rank against a count a power of ten apart (`the 10-member bloc` against `第一`) is no scale slipped.
  if (scale !== undefined && (en.cls === 'ordinal') !== (zh.cls === 'ordinal')) return undefined;
  if (scale !== undefined && (en.lo === en.hi) === (zh.lo === zh.hi)) return { en, zh, scale };
  // One in words (`a year`, `一次`) is as often no count as one; a length bounded alike on both
  // sides is a claim of its size (`in less than a year` against `不到两年`); a length that says
  // `one` counts (`within one year` against `两年内`), not `one` alone (`the one who…`, a pronoun).
  if (!en.written && !zh.written && ((en.lo === 1 && !(en.cls === 'duration' && (ONE_SAID.test(en.raw) || A_LENGTH.test(en.raw)))) || zh.lo === 1) && !boundedLengths(en, zh)) return undefined;
  const a = en.digits ?? plainDigits(en.lo);
  const b = zh.digits ?? plainDigits(zh.lo);
  if (a !== undefined && b !== undefined && nearDigits(a, b)) return { en, zh };
  if (en.digits === undefined && zh.digits === undefined && en.lo !== 0
    && Math.abs(en.lo - zh.lo) <= 0.2 * Math.max(Math.abs(en.lo), Math.abs(zh.lo))) return { en, zh };
  return undefined;
}

/** Whether two tokens both hold Latin letters, and not the same ones. */
function otherLetters(a: string, b: string): boolean {
  const x = a.replace(/[^A-Za-z]/g, '').toLowerCase();
  const y = b.replace(/[^A-Za-z]/g, '').toLowerCase();
  return x !== '' && y !== '' && x !== y;
}

/** `one` said as a number, not `a` or `an` (`one year`, `more than one month`). */
const ONE_SAID = /\bone\b/i;

/**
 * A length of one unit said with `a` or `an` alone (`within a year`, `for a month`): the extractors
 * read no rate as a length (`twice a year`, `2 million tons a year`), so what is left is one unit of
 * time, and a translation's `两年` is a slip.
 */
const A_LENGTH = /^an?\s+(?:year|month|week|day|hour|minute|decade|century|quarter)$/i;

/** Two lengths of time in one unit, each under a bound of one direction (`less than a year`, `不到两年`). */
function boundedLengths(en: Quantity, zh: Quantity): boolean {
  return en.cls === 'duration' && zh.cls === 'duration' && en.unit === zh.unit && en.fact?.bound !== undefined && en.fact.bound === zh.fact?.bound;
}

/** An amount told only by its scale: `数百`, `几千`, `上万`, `hundreds of`, `tens of thousands`. */
const VAGUE_AMOUNT = /^(?:[数數几幾]|上)[十百千万萬亿億]|^(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b/i;

function plainDigits(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return undefined;
  return String(Number(value.toPrecision(12)));
}

/** Same length with at most two differing characters, or one character added or removed. */
function nearDigits(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
    if (diff <= Math.min(2, Math.max(1, a.length - 1))) return true;
    return diff === 2 && [...a].sort().join('') === [...b].sort().join('');
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return short.length >= 2;
  }
  return false;
}

/** The outcome of comparing the quantities of the two sides of a pair. */
export interface Comparison {
  /** Pairs whose values agree. */
  equal: [Quantity, Quantity][];
  /** A single value against a range that contains it. */
  inside: [Quantity, Quantity][];
  /** Same value, but a unit that differs (`%` vs `pp`, one currency vs another). */
  unit: [Quantity, Quantity][];
  /** Leftovers that look like one number written wrong. */
  slips: Slip[];
  /** Leftovers with no counterpart on the other side. */
  enOnly: Quantity[];
  zhOnly: Quantity[];
}

/** Options of `compare`. */
export interface CompareOptions {
  tolerance: Tolerance;
  /** Whether two classes may be compared at all. */
  comparable(a: Quantity, b: Quantity): boolean;
  /**
   * The kind of a quantity that `comparable` reads, if it reads no more: two quantities of one
   * kind are comparable to the same others. Given, a quantity is weighed only against those of
   * kinds comparable to its own.
   */
  kindOf?(q: Quantity): string;
  /** Whether two comparable quantities with equal values carry the same unit. */
  sameUnit(a: Quantity, b: Quantity): boolean;
}

/**
 * Compares two multisets of quantities: first equal values of the same unit, then equal values
 * whose unit differs, then ranges against single values, then values the other side vouches for
 * in another form (a date's day, a bare number, a money amount without its currency), and finally
 * leftovers that look like one slip (a lone leftover ordinal on each side too, `first` against
 * `第二`). What is left has no counterpart, unless it repeats a value of its own side that found one.
 */
export function compare(
  en: readonly Quantity[],
  zh: readonly Quantity[],
  enTokens: Token[],
  zhTokens: Token[],
  options: CompareOptions,
): Comparison {
  const result: Comparison = { equal: [], inside: [], unit: [], slips: [], enOnly: [], zhOnly: [] };
  const enLeft = new Set(en);
  const zhLeft = new Set(zh);
  // The loops over a set below delete only the element they stand on, which a set's iteration
  // allows: no copy of the set is needed.
  const enSpender = new Spender(enTokens);
  const zhSpender = new Spender(zhTokens);
  const { tolerance } = options;
  // The Chinese quantities by kind (one group of all when the rule gives no `kindOf`), each
  // group indexed by value: a take reads only the values its test can accept.
  const kindOf = options.kindOf ? (q: Quantity) => options.kindOf!(q) : undefined;
  const zhOrder = orderIn(zh);
  const groups = [...groupBy(zhLeft, (q) => (kindOf ? kindOf(q) : '')).values()].map((list) => new QuantityIndex(list, zhOrder));
  const groupOf = new Map<Quantity, QuantityIndex>();
  for (const group of groups) for (const q of group.list) groupOf.set(q, group);
  const matchWith = (a: Quantity, b: Quantity, into: [Quantity, Quantity][]): void => {
    into.push([a, b]);
    enLeft.delete(a);
    zhLeft.delete(b);
    groupOf.get(b)!.remove(b);
    consume(enSpender, a);
    consume(zhSpender, b);
  };
  // Each English quantity takes the first Chinese one left (in their order) that passes `test`,
  // looked for among those whose value lies in the ranges `ranges` gives (all that `test` can accept).
  const take = (ranges: (a: Quantity, group: QuantityIndex) => Query[], test: (a: Quantity, b: Quantity) => boolean, into: [Quantity, Quantity][]): void => {
    for (const a of enLeft) {
      let found: Found<Quantity> | undefined;
      for (const group of groups) {
        // With `kindOf`, one quantity of a kind tells whether the kind is comparable at all.
        if (kindOf && !options.comparable(a, group.list[0]!)) continue;
        const pass = kindOf ? (b: Quantity) => test(a, b) : (b: Quantity) => options.comparable(a, b) && test(a, b);
        for (const { index, lo, hi } of ranges(a, group)) found = index.first(lo, hi, found, pass);
      }
      if (found) matchWith(a, found.item, into);
    }
  };
  const equalRanges = (a: Quantity, group: QuantityIndex) => group.equalTo(a, tolerance);
  // Equal values of one class first (`Two workers` takes `两名`, leaving `twice` to `三倍`), then of classes a value may change to.
  // Bounded alike first (`exceeds two months` takes `超過兩個月`, leaving `不超過兩個月` to end a range).
  take(equalRanges, (a, b) => a.cls === b.cls && a.approx === b.approx && a.fact?.bound === b.fact?.bound && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take(equalRanges, (a, b) => a.cls === b.cls && a.approx === b.approx && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take(equalRanges, (a, b) => a.approx === b.approx && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take(equalRanges, (a, b) => relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take(equalRanges, (a, b) => relate(a, b, tolerance) === 'equal', result.unit);
  // A range against its two ends: equal, or of another unit (`30 to 45 yuan` vs `30美元至45美元`).
  const endsInto = (a: Quantity, b: Quantity, c: Quantity) => (options.sameUnit(a, b) && options.sameUnit(a, c) ? result.equal : result.unit);
  const comparable = (a: Quantity, b: Quantity) => options.comparable(a, b);
  for (const [range, low, high] of rangeEnds(enLeft, zhLeft, comparable)) {
    const into = endsInto(range, low, high);
    matchWith(range, low, into);
    if (into === result.equal) result.equal.push([range, high]);
    zhLeft.delete(high);
    groupOf.get(high)!.remove(high);
    consume(zhSpender, high);
  }
  for (const [range, low, high] of rangeEnds(zhLeft, enLeft, comparable)) {
    const into = endsInto(range, low, high);
    matchWith(low, range, into);
    if (into === result.equal) result.equal.push([high, range]);
    enLeft.delete(high);
    consume(enSpender, high);
  }
  // A range against its ends where one end is written wrong (`24 to 28 yuan` vs `24元至32元`): a slip of that end.
  const endSlips: Slip[] = [];
  for (const [range, same, other, scale] of rangeEndSlips(enLeft, zhLeft, comparable)) {
    enLeft.delete(range);
    for (const b of [same, other]) {
      zhLeft.delete(b);
      groupOf.get(b)!.remove(b);
    }
    consume(zhSpender, same);
    endSlips.push(scale ? { en: range, zh: other, scale } : { en: range, zh: other });
  }
  for (const [range, same, other, scale] of rangeEndSlips(zhLeft, enLeft, comparable)) {
    zhLeft.delete(range);
    groupOf.get(range)!.remove(range);
    enLeft.delete(same);
    enLeft.delete(other);
    consume(enSpender, same);
    endSlips.push(scale ? { en: other, zh: range, scale } : { en: other, zh: range });
  }
  take((a, group) => group.around(a, tolerance), (a, b) => relate(a, b, tolerance) === 'inside' && options.sameUnit(a, b), result.inside);
  // Last, as the loosest agreement: a rough Chinese amount and a value of its span.
  take((a, group) => group.roughWith(a), (a, b) => (roughCovers(a, b) || roughCovers(b, a)) && options.sameUnit(a, b), result.equal);
  // The same number in another unit of time, before the number's digits vouch for either.
  const unitSlips = otherUnitsOfTime(enLeft, zhLeft);
  // Each side's tokens are indexed only when the other side has a quantity left for them to vouch for.
  let zhVouch: TokenIndex | undefined;
  for (const a of enLeft) if ((zhVouch ??= new TokenIndex(zhTokens)).vouch(a, tolerance)) enLeft.delete(a);
  let enVouch: TokenIndex | undefined;
  for (const b of zhLeft) if ((enVouch ??= new TokenIndex(enTokens)).vouch(b, tolerance)) zhLeft.delete(b);
  joinSplit(zhLeft, enLeft);
  joinSplit(enLeft, zhLeft);
  restatedPoints(enLeft, zhLeft, zh);
  restatedPoints(zhLeft, enLeft, en);
  shareParts(enLeft, zhLeft, zh);
  shareParts(zhLeft, enLeft, en);
  for (const [a, b] of fractionShares(enLeft, zhLeft)) matchWith(a, b, result.equal);
  for (const [b, a] of fractionShares(zhLeft, enLeft)) matchWith(a, b, result.equal);
  for (const [a, b] of roundedShares(enLeft, zhLeft)) matchWith(a, b, result.equal);
  const candidates = enLeft.size * zhLeft.size <= SLIP_PAIRS_MOST ? slipCandidates(enLeft, zhLeft, options) : nearSlipCandidates(enLeft, zhLeft, options);
  result.slips = takeSlips(candidates, enLeft, zhLeft, options);
  for (const slip of unitSlips) result.slips.push(slip);
  for (const slip of endSlips) result.slips.push(slip);
  // A value this side repeats (stated once on the other side, twice here) is not missing. Asked
  // only of the side's matched quantities of its class, grouped once and indexed by value: a
  // pair of long blocks leaves thousands alone, each of which scanned every quantity of its side.
  const repeated = (left: Set<Quantity>, all: readonly Quantity[]): ((q: Quantity) => boolean) => {
    let byClass: Map<QuantityClass, QuantityIndex> | undefined;
    return (q) => {
      if (!byClass) {
        const matched = all.filter((other) => !left.has(other));
        const order = orderIn(matched);
        byClass = new Map();
        for (const [cls, list] of groupBy(matched, (other) => other.cls)) byClass.set(cls, new QuantityIndex(list, order));
      }
      const group = byClass.get(q.cls);
      if (!group) return false;
      const pass = (other: Quantity) => other !== q && options.sameUnit(q, other) && relate(q, other, tolerance) === 'equal';
      return group.equalTo(q, tolerance).some(({ index, lo, hi }) => index.first(lo, hi, undefined, pass) !== undefined);
    };
  };
  const enRepeated = repeated(enLeft, en);
  result.enOnly = [...enLeft].filter((q) => !enRepeated(q));
  const zhRepeated = repeated(zhLeft, zh);
  result.zhOnly = [...zhLeft].filter((q) => !zhRepeated(q));
  return result;
}

/**
 * The slips of two sides' leftovers, taken out of `enLeft` and `zhLeft`: the `candidates` in
 * turn (the likeliest first) whose two quantities are both still left; then the one quantity left
 * on each side that is not weak (a code, a 1), within ten times the other; then an ordinal left
 * alone on each side (`first` against `第二`).
 */
export function takeSlips(candidates: Iterable<Slip>, enLeft: Set<Quantity>, zhLeft: Set<Quantity>, options: CompareOptions): Slip[] {
  const slips: Slip[] = [];
  for (const slip of candidates) {
    if (!enLeft.has(slip.en) || !zhLeft.has(slip.zh)) continue;
    slips.push(slip);
    enLeft.delete(slip.en);
    zhLeft.delete(slip.zh);
  }
  const weak = (q: Quantity) => q.cls === 'code' || (q.lo === 1 && q.hi === 1);
  // A value left on both sides alike (a year the date check weighs) is each side's own counterpart, no other slip's.
  const valueKey = (q: Quantity) => `${q.cls}\u0000${q.lo}\u0000${q.hi}`;
  const enValues = new Set([...enLeft].map(valueKey));
  const zhValues = new Set([...zhLeft].map(valueKey));
  const soleEn = [...enLeft].filter((q) => !weak(q) && !zhValues.has(valueKey(q)));
  const soleZh = [...zhLeft].filter((q) => !weak(q) && !enValues.has(valueKey(q)));
  const ratio = (a: Quantity, b: Quantity) => Math.max(Math.abs(a.lo), Math.abs(b.lo)) / Math.max(Math.min(Math.abs(a.lo), Math.abs(b.lo)), 1e-9);
  if (soleEn.length === 1 && soleZh.length === 1) {
    const [a, b] = [soleEn[0]!, soleZh[0]!];
    if (options.comparable(a, b) && sameKind(a, b) && ratio(a, b) < 10) {
      slips.push({ en: a, zh: b });
      enLeft.delete(a);
      zhLeft.delete(b);
    }
  } else {
    // `within ten years` against `五年内` beside a `一半` the English words as `by half`: a length of
    // time or a share left alone of its class on each side is a slip of the other, whatever else is left.
    for (const cls of SOLE_CLASSES) {
      const mine = soleEn.filter((q) => q.cls === cls);
      const theirs = soleZh.filter((q) => q.cls === cls);
      if (mine.length !== 1 || theirs.length !== 1) continue;
      const [a, b] = [mine[0]!, theirs[0]!];
      if (!enLeft.has(a) || !zhLeft.has(b) || !options.comparable(a, b) || ratio(a, b) >= 10) continue;
      slips.push({ en: a, zh: b });
      enLeft.delete(a);
      zhLeft.delete(b);
    }
  }
  // `first` against 第二: an ordinal on each side left alone is a slip, one included
  const ordinalEn = [...enLeft].filter((q) => q.cls === 'ordinal');
  const ordinalZh = [...zhLeft].filter((q) => q.cls === 'ordinal');
  if (ordinalEn.length === 1 && ordinalZh.length === 1) {
    const [a, b] = [ordinalEn[0]!, ordinalZh[0]!];
    if (a.lo !== b.lo && Math.max(a.lo, b.lo) < 10 * Math.max(Math.min(a.lo, b.lo), 1)) {
      slips.push({ en: a, zh: b });
      enLeft.delete(a);
      zhLeft.delete(b);
    }
  }
  return slips;
}

/** Classes whose one value left on each side is a slip of the other beside values of other classes left. */
const SOLE_CLASSES: readonly QuantityClass[] = ['duration', 'percent'];

/** A question to an index: its first item with a value in `[lo, hi]`. */
interface Query {
  index: ValueIndex<Quantity>;
  lo: number;
  hi: number;
}

/**
 * Quantities of one side (of one kind), indexed by their lower value for the tests of `compare`:
 * all of them, the ranges among them, the rough Chinese amounts (`500多`), and those written
 * with digits compared as strings, by their digits. Each test asks for the values it can accept:
 * the asking stays near each value instead of reading the whole side.
 */
class QuantityIndex {
  // Each index is made when first asked for (most pairs match every quantity by the first take,
  // or hold none to match): a pair of short blocks does not pay for four sorted indexes.
  private allIndex?: ValueIndex<Quantity>;
  private rangeIndex?: ValueIndex<Quantity>;
  private roughIndex?: ValueIndex<Quantity>;
  private digitIndex?: Map<string, ValueIndex<Quantity>>;
  private readonly removed = new Set<Quantity>();

  /** `list`, the quantities of the group, in their order on their side (`orderOf`). */
  constructor(readonly list: readonly Quantity[], private readonly orderOf: (q: Quantity) => number) {}

  remove(q: Quantity): void {
    this.removed.add(q);
    this.allIndex?.remove(q);
    this.rangeIndex?.remove(q);
    this.roughIndex?.remove(q);
    if (q.digits !== undefined) this.digitIndex?.get(q.digits)?.remove(q);
  }

  private get all(): ValueIndex<Quantity> {
    return (this.allIndex ??= this.indexOf(() => true));
  }

  private get ranges(): ValueIndex<Quantity> {
    return (this.rangeIndex ??= this.indexOf((q) => q.lo !== q.hi));
  }

  private get roughs(): ValueIndex<Quantity> {
    return (this.roughIndex ??= this.indexOf(maybeRough));
  }

  private get digits(): Map<string, ValueIndex<Quantity>> {
    return (this.digitIndex ??= byDigits(this.list.filter((q) => !this.removed.has(q)), this.orderOf));
  }

  /** The quantities of the group still in play that pass `keep`, by their lower value. */
  private indexOf(keep: (q: Quantity) => boolean): ValueIndex<Quantity> {
    return new ValueIndex(this.list.filter((q) => keep(q) && !this.removed.has(q)), (q) => q.lo, this.orderOf);
  }

  /** The quantities `relate` may find equal to `a`: a value close to its own, its reciprocal (`fifth`, `五分之一`), the same digits. */
  equalTo(a: Quantity, tolerance: Tolerance): Query[] {
    const bounds: number[] = [];
    closeRanges(a.lo, Math.max(tolerance.relative, tolerance.approx), bounds);
    if (a.lo > 0) bounds.push((1 - 1e-6) / a.lo, (1 + 1e-6) / a.lo);
    const out: Query[] = [];
    for (let i = 0; i < bounds.length; i += 2) out.push({ index: this.all, lo: bounds[i]!, hi: bounds[i + 1]! });
    const same = a.digits === undefined ? undefined : this.digits.get(a.digits);
    if (same) out.push({ index: same, lo: 0, hi: 0 });
    return out;
  }

  /** The quantities `relate` may find `inside` `a` or holding it: a range holding a single value, a single value in a range. */
  around(a: Quantity, tolerance: Tolerance): Query[] {
    const t = Math.max(tolerance.relative, tolerance.approx);
    const wide = t >= 0.5;
    // A range whose lower end, less the tolerance, is at most the value.
    if (a.lo === a.hi) return [{ index: this.ranges, lo: -Infinity, hi: wide ? Infinity : (Math.abs(a.lo) / (1 - t)) * (1 + 1e-6) }];
    const lo = Math.min(a.lo * (1 - t), a.lo * (1 + t));
    const hi = Math.max(a.hi * (1 + t), a.hi * (1 - t));
    return [{ index: this.all, lo: wide ? -Infinity : lo - Math.abs(lo) * 1e-6, hi: wide ? Infinity : hi + Math.abs(hi) * 1e-6 }];
  }

  /**
   * The quantities `roughCovers` may join to `a`: values of its span when it is rough (`500多`
   * and 500 to 600), rough amounts whose span holds it when it is not.
   */
  roughWith(a: Quantity): Query[] {
    if (!(a.lo > 0) || !Number.isFinite(a.lo)) return [];
    const out: Query[] = [{ index: this.roughs, lo: a.lo / 2, hi: a.lo }];
    if (maybeRough(a)) out.push({ index: this.all, lo: a.lo, hi: 2 * a.lo });
    return out;
  }
}

/** The items of `list` written with digits compared as strings, by their digits, each group in its order (`orderOf`). */
function byDigits<T extends { digits?: string }>(list: readonly T[], orderOf: (item: T) => number): Map<string, ValueIndex<T>> {
  const out = new Map<string, ValueIndex<T>>();
  for (const [digits, group] of groupBy(list.filter((x) => x.digits !== undefined), (x) => x.digits!)) out.set(digits, new ValueIndex(group, () => 0, orderOf));
  return out;
}

/** The place of each item of `list` in it (its first place, for an item listed twice). */
function orderIn<T>(list: readonly T[]): (item: T) => number {
  const order = new Map<T, number>();
  list.forEach((item, i) => {
    if (!order.has(item)) order.set(item, i);
  });
  return (item) => order.get(item)!;
}

/** What `roughCovers` asks of a rough or bounded amount before its span: a single value bounded from below. */
function maybeRough(q: Quantity): boolean {
  return q.fact?.bound === 'over' && q.lo === q.hi;
}

/**
 * Pushes onto `out` ranges of values (`lo, hi` after each other) that hold every `b` that
 * `close(a, b, t)` accepts for any `t` up to `tolerance`, and a few more: within the tolerance
 * (one in a billion at least), and from ten thousand up, `a` rounded to fewer digits, a
 * value that rounds to `a`, or one within a twentieth of it (two approximate values rounded to one
 * digit). Nothing for a value that is not finite.
 */
function closeRanges(a: number, tolerance: number, out: number[]): void {
  if (!Number.isFinite(a)) return;
  const t = Math.max(tolerance, 1e-9);
  if (t >= 0.5) {
    out.push(-Infinity, Infinity);
    return;
  }
  const size = Math.abs(a);
  // |a - b| <= t * max(|a|, |b|) puts b within t|a| / (1 - t) of a; a millionth more for rounding.
  const within = ((t * size) / (1 - t)) * (1 + 1e-6);
  out.push(a - within, a + within);
  // `close` rounds only where the larger value is ten thousand or more (a thousand for two
  // approximate values rounded to one digit), and the two lie within a fifth of it: |a| is then
  // 8,000 or more (800).
  if (size < 800) return;
  const digits = significantDigits(a);
  // b written with fewer digits is a rounded to them (b = a.toPrecision(k) as a number)...
  for (let k = 2; k < digits && size >= 8000; k++) {
    const rounded = Number(a.toPrecision(k));
    out.push(rounded, rounded);
  }
  // ...and b written with more rounds to a: it lies within a unit of a's last digit.
  if (digits >= 2 && size >= 8000) {
    const unit = 10 ** (Math.floor(Math.log10(size)) - digits + 1);
    out.push(a - unit, a + unit);
  }
  // Two approximate values rounded to one digit lie within a twentieth of each other: around a
  // value of one digit, and at a value's one-digit rounding.
  const loose = LOOSE_ROUNDING * size * 1.06;
  if (digits === 1) out.push(a - loose, a + loose);
  else {
    const rounded = Number(a.toPrecision(1));
    if (Math.abs(rounded - a) <= loose) out.push(rounded, rounded);
  }
}

/**
 * A side's tokens, for the search of one that vouches for a quantity of the other side (`vouches`):
 * the first not yet used, in their order, asked only of the tokens of a value close to the
 * quantity's ends, or written with its digits.
 */
class TokenIndex {
  private readonly byValue: ValueIndex<Token>;
  private readonly byDigits: Map<string, ValueIndex<Token>>;

  constructor(tokens: readonly Token[]) {
    const orderOf = orderIn(tokens);
    this.byValue = new ValueIndex(tokens, (t) => t.value, orderOf);
    this.byDigits = byDigits(tokens, orderOf);
  }

  /**
   * Marks the tokens that vouch for `q` used and says whether there were: the first not yet used,
   * or for a range one for each end (`30 to 45` is not vouched for by a `30` alone: `30至54`
   * would pass).
   */
  vouch(q: Quantity, tolerance: Tolerance): boolean {
    if (q.lo === q.hi || q.digits !== undefined) {
      const token = this.first(q, tolerance);
      if (token) token.used = true;
      return token !== undefined;
    }
    // Marked used only once both are found: the index passes a used token by for good.
    const low = this.first({ ...q, hi: q.lo }, tolerance);
    const high = low && this.first({ ...q, lo: q.hi }, tolerance, low);
    if (!low || !high) return false;
    low.used = true;
    high.used = true;
    return true;
  }

  /** The first token not yet used (and not `except`) that vouches for `q`, as a scan of the tokens in order finds it. */
  first(q: Quantity, tolerance: Tolerance, except?: Token): Token | undefined {
    const bounds: number[] = [];
    const t = q.approx ? tolerance.approx : tolerance.relative;
    closeRanges(q.lo, t, bounds);
    if (q.hi !== q.lo) closeRanges(q.hi, t, bounds);
    const pass = (token: Token) => token !== except && vouches(token, q, tolerance);
    let found: Found<Token> | undefined;
    for (let i = 0; i < bounds.length; i += 2) found = this.byValue.first(bounds[i]!, bounds[i + 1]!, found, pass, used);
    const same = q.digits === undefined ? undefined : this.byDigits.get(q.digits);
    if (same) found = same.first(0, 0, found, pass, used);
    return found?.item;
  }
}

const used = (t: Token): boolean => t.used;

/**
 * Leftover pairs past which slips are looked for among near values only (`nearSlipCandidates`):
 * 500 quantities left on each side.
 */
const SLIP_PAIRS_MOST = 250_000;

/** Every slip between two leftovers, in the order they are taken: the likeliest first, then by their order on each side. */
export function slipCandidates(enLeft: ReadonlySet<Quantity>, zhLeft: ReadonlySet<Quantity>, options: CompareOptions): Slip[] {
  const candidates: Slip[] = [];
  for (const a of enLeft) {
    for (const b of zhLeft) {
      if (!options.comparable(a, b) || gluedMark(a, b) || gluedMark(b, a)) continue;
      const slip = slipBetween(a, b);
      if (slip) candidates.push(slip);
    }
  }
  return candidates.sort((x, y) => slipRank(x) - slipRank(y));
}

/** How many values on each side of an English leftover's are weighed as slips of it, past `SLIP_PAIRS_MOST`. */
const NEAR_SLIPS = 3;

/**
 * The slips `slipCandidates` would weigh first, for two sides that leave so many quantities
 * alone (thousands of numbers that differ: two long blocks that are not each other's translation)
 * that weighing each against each would take minutes: for each English leftover, the Chinese
 * ones a power of ten apart and the `NEAR_SLIPS` nearest in value on each side. Digits changed
 * far from the value (`12345` against `92345`) are not looked for here.
 */
function nearSlipCandidates(enLeft: ReadonlySet<Quantity>, zhLeft: ReadonlySet<Quantity>, options: CompareOptions): Slip[] {
  const zhList = [...zhLeft];
  const index = new ValueIndex(zhList, (q) => q.lo);
  const candidates: { slip: Slip; rank: number; en: number; zh: number }[] = [];
  let enAt = 0;
  for (const a of enLeft) {
    const seen = new Set<number>();
    const weigh = (b: Quantity, zhAt: number): void => {
      if (seen.has(zhAt)) return;
      seen.add(zhAt);
      if (!options.comparable(a, b) || gluedMark(a, b) || gluedMark(b, a)) return;
      const slip = slipBetween(a, b);
      if (slip) candidates.push({ slip, rank: slipRank(slip), en: enAt, zh: zhAt });
    };
    if (Number.isFinite(a.lo) && a.lo !== 0) {
      for (let power = 1; power <= 12; power++) {
        for (const scaled of [a.lo * 10 ** power, a.lo / 10 ** power]) {
          const lo = Math.min(scaled * 0.99, scaled * 1.01);
          const hi = Math.max(scaled * 0.99, scaled * 1.01);
          index.each(lo, hi, weigh);
        }
      }
    }
    index.nearest(a.lo, NEAR_SLIPS, weigh);
    enAt++;
  }
  candidates.sort((x, y) => x.rank - y.rank || x.en - y.en || x.zh - y.zh);
  return candidates.map((c) => c.slip);
}

/**
 * Digits glued to the end of a word (`autonomous3`, `regions12`: a footnote mark or a code)
 * against a count of the other side, or glued to letters anywhere against a rank: no slip, the
 * digits count nothing.
 */
function gluedMark(code: Quantity, other: Quantity): boolean {
  if (code.cls !== 'code' || other.cls === 'code') return false;
  // Digits glued to letters in a name (`5G-Advanced`, `A350`) against a rank (`居全国首位`): the
  // name's digits rank nothing.
  return /[A-Za-z]{3,}\d{1,3}$/.test(code.raw) || (other.cls === 'ordinal' && /\d[A-Za-z]|[A-Za-z]\d/.test(code.raw));
}

/** Same class, or a count against digits no extractor claimed. */
function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.cls === b.cls) return true;
  const loose = new Set<QuantityClass>(['count', 'code', 'ordinal']);
  return loose.has(a.cls) && loose.has(b.cls);
}

/** How likely a slip is: a power of ten apart first, then by how far apart (lower is likelier). */
function slipRank(slip: Slip): number {
  const spread = Math.abs(slip.en.lo - slip.zh.lo) / Math.max(Math.abs(slip.en.lo), Math.abs(slip.zh.lo), 1e-9);
  return (slip.scale !== undefined ? 0 : 1) + Math.min(spread, 0.99);
}

/**
 * A record right after a length (`a 10-month high`, `three-year low`, `十个月高位`, `三年来新低`,
 * `5年以来最高`): the length is how far back the record reaches.
 */
const RECORD_AFTER = /^(?:[ \t-]+(?:high|low|peak|best|worst|record)s?\b|(?:以来|以來|来|來)?的?(?:高位|低位|新高|新低|高点|高點|低点|低點|最高|最低|峰值))/i;

/** The upper end of a range told by its two bounds, right after its lower end's `以上` (`2万元以上20万元以下`). */
const RANGE_UPPER_AFTER = /^[、，,]?\s?[\d零〇一二两兩三四五六七八九十百千万萬亿億.,]+[^，。；！？\d]{0,6}以下/;
/** The lower end's `以上` right before the upper end of such a range. */
const RANGE_LOWER_BEFORE = /以上[、，,]?\s?$/;

/**
 * Words that put a value just under it: `nearly`, `almost`, `close to`, `nears`, `approaching`, `近`, `将近`, `接近`, `几乎翻了` (a multiple of growth).
 * `near` is the verb (`ticket sales near 80,000`), not the preposition after a verb of standing or
 * of trading (`trading near 155 to the dollar`, `the index closed near 3,000`), which is about the value, either side.
 */
const NEAR_WORDS = new RegExp(String.raw`\b(?:nearly|almost|close\s+to|just\s+under|approach(?:es|ed|ing)?|nears|(?<!\b(?:[a-z]{2,}ing|is|are|was|were|be|been|remains?|remained|stays?|stayed|stands?|stood|sits?|sat|settled|ended|closed|held|holds?|trades?|traded|hovers?|hovered)\s+)near|neared|nearing)\s*$|(?:(?<![${NOT_NEAR}])近|將近|将近|接近|逼近)$|(?:几乎|幾乎|近)(?:翻了?|增长了?|增長了?)$`, 'i');

/** Whether a Chinese value's own text opens with 近 alone (`近一萬八千`, `近18000`), no word of nearness before it. */
function nearOpening(q: Quantity): boolean {
  const raw = q.fact?.raw;
  return raw !== undefined && raw.startsWith('近') && !NEAR_WORDS.test(raw.slice(0, 2));
}

/** What a multiple or a share is of, up to its 的, in the clause: no mark but a comma inside a figure (`2,699元的`). */
const OF_PHRASE = String.raw`(?:[^，。；！？,;!?]|(?<=\d),(?=\d)){1,28}的$`;
/**
 * A bound before the thing a multiple or a fraction is of (`接近2000年的`, `超过去年的` before `十倍`,
 * `略多于计划总数的` before `十分之一`, a measure with its figures between, `超過世衞24小時指引值15微克的` before
 * `12倍`; a comma inside a figure, `2,699元的`), in the clause.
 */
const MULTIPLE_OF_BOUND = new RegExp(String.raw`(接近|将近|將近|几乎|幾乎|(?<![${NOT_NEAR}])近(?=[\d零〇一二两兩三四五六七八九十半百千万萬亿億])|(?<!不)(?:超过|超過|多于|多於|少于|少於)|逾|高于|高於|不到|不足)${OF_PHRASE}`);
/** `约` before what a multiple or a share is of, up to its 的 (`约为2015年的`, `約十年前的`). */
const APPROX_OF_BOUND = new RegExp(`(?:约|約)${OF_PHRASE}`);
/** A word of reaching before what a multiple or a share is of, up to its 的 (`高达全球平均的`). */
const REACH_OF_BOUND = new RegExp(`(?:高达|高達|多达|多達|长达|長達)${OF_PHRASE}`);
/** The bound words of MULTIPLE_OF_BOUND that put the value under its bound (the rest put it over). */
const OVER_OF_BOUND = /^(?:超过|超過|逾|高于|高於|多于|多於)$/;

/**
 * Words that state a bound outright: `more than`, `over`, `at least`, `less than`, `up to`,
 * `超过`, `逾`, `以上`, `至少`, `不到`, `以下`. A bound a suffix hints at (`£6 million-plus`, `500多`,
 * `300余`, `1,000-odd`) is loose wording that translations drop freely, and binds nothing here.
 */
const BOUND_WORDS = new RegExp(String.raw`最多|至多|起码|突破|(?<![${NOT_THROUGH}])破(?=[\d零〇一二两兩三四五六七八九十百千万萬])|站上|重上|升破|升穿|\b(?:more|fewer|less|greater|higher|lower|taller|longer|older|heavier|wider|deeper|shorter|younger|lighter|narrower|warmer|hotter|colder|cooler|faster|slower|cheaper|costlier|farther)\s+than\b|\bor\s+(?:longer|shorter|older|younger|later|earlier|more|fewer|less|above|below|over|under|higher|lower|greater)\b|\band\s+(?:above|over|below|under)\b|\b(?:over|above|under|below|exceeding|at\s+least|at\s+most|up\s+to|as\s+many\s+as|upwards\s+of|minimum|maximum|(?:has|have|had|just|already)\s+(?:passed|crossed)|(?:passed|crossed|reclaim(?:ed|s|ing)?|regain(?:ed|s|ing)?)(?=\s+(?:the\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|[\d.]+\s*(?:thousand|million|billion|trillion|bn|m)\b))|(?:capped|caps?)\s+at|cap\s+of|tops|topped|topping|(?:will|would|can|could|may|might|to|should|must)\s+top|(?<=[a-z]{2}s\s)top(?=\s+\d)|surpass(?:es|ed|ing)?|exceeds?|exceeded)\b|超过|超過|已过|已過|逾|以上|以下|至少|最少|不到|不足|不满|不滿|未满|未滿|不少于|不少於|不超过|不超過|多达|多達|高达|高達|[不]?(?:低|高|少|多|大|小)[于於]`, 'i');

/**
 * Words that set a limit without a word of bound before the value: 年满, 满 (reaching), 限额, 上限
 * (a cap), 可容纳 (holds) and the capacity a verb of 可 gives (可停靠, 可搭载), 跑进 (runs inside), the top of a measure (最高时速, 最大风速每小时, 峰值功率:
 * `up to 350 km/h`), and in English `within` and `over` before a length of time (`over three
 * days` is as often the time something took), and a verb of holding a thing to a level (`limit
 * warming to 1.5°C`, `keep the rise in fares at 3%`): the other side may bound the value or state it.
 */
const SOFT_LIMIT_BEFORE = /(?:(?:年满|年滿|满|滿|跑进|跑進)|(?:限额|限額|名额|名額|上限|顶限|頂限|封顶|封頂|限购|限購|限乘|限载|限載|限领|限領|限借|限报|限報)[为為是]?|(?:可容纳|可容納|容纳|容納)(?:约|約)?|(?:(?:可|能|可以)(?:停靠|停泊|靠泊|搭载|搭載|承载|承載|装载|裝載|接待|处理|處理|应对|應對|抵御|抵禦|承受)(?:约|約)?|(?:最高|最大|最快|峰值)(?:时速|時速|风速|風速|车速|車速|速度|功率|载重|載重|气温|氣溫|温度|溫度)?(?:[为為是达達]|可达|可達)?)(?:每秒|每分钟|每分鐘|每小时|每小時|每天|每日)?)\s?$|\b(?:within|over)\s+$|\b(?:limit|limits|limited|limiting|keep|keeps|kept|keeping|hold|holds|held|holding)\s[^.;:!?。；：！？]{0,60}\b(?:to|at)\s+$/i;
/** A bound after the value's unit (`800 km or less`, `60 kg or more`), past the few characters a fact's window holds. */
const OR_BOUND_AFTER = /^[ \t]*[A-Za-z%°]{0,12}[ \t]+or[ \t]+(?:less|fewer|more|above|below|under|over|higher|lower|greater|larger|bigger|smaller|longer|shorter)\b/i;
/** A cap named before the words of what it is measured from (`上限為主水平基準上130米`, the cap is 130 m above the datum). */
const LIMIT_ACROSS = /(?:上限|顶限|頂限)[为為是][^，。；！？,;!?\d]{1,12}$/;
/** A cap changed to the value, its old value between or not (`上限由97,500港元降至`, `上限调至`, `上限定为`). */
const LIMIT_CHANGED_TO = /(?:上限|顶限|頂限)(?:[^，。；！？,;!?]|,(?=\d)){0,20}?(?:降至|降到|减至|減至|调至|調至|调整至|調整至|提高至|提高到|升至|增至|上调至|上調至|下调至|下調至|定为|定為|订为|訂為|定在|订在|訂在|设为|設為)\s?$/;
/**
 * The same after the value: 以365天为限 (365 days at most), 三分之一都不到 (not even a third), 8万元限额内 (within a cap of), 在6%範圍內 (within);
 * a tonnage class (5000吨级船舶, ships of the 5,000-tonne class, which English gives as `up to 5,000 tonnes` or not).
 */
const SOFT_LIMIT_AFTER = /^(?:(?:万|萬)?[吨噸][级級]|为限|為限|封顶|封頂|[都也还還]不到|的?(?:限额|限額|范围|範圍)(?:内|內|以内|以內)|\p{Script=Han}?起(?![来來飞飛床草诉訴点點]))/u;
/** A cap named after the value and what it counts, in its clause: `29.5万名新国际学生的上限` (a cap of 295,000 new students). */
const CAP_OF_AFTER = /^[名个個人宗间間家]?[^，。；！？,;!?\d]{0,10}的(?:上限|限额|限額)(?![内內])/;
/** `no band below`, `no single payment above`: the bound denied, so the value bounds the other way. */
const DENIED_BOUND = /\bno\s+(?:[a-z-]+\s+){1,2}(below|under|lower\s+than|less\s+than|fewer\s+than|above|over|higher\s+than|more\s+than|greater\s+than)\s+(?=[\d.])/i;
/**
 * A bound a verb denies (`do not use for more than`, `must not take more than`, `told not to drive for more than`, `do not charge
 * above`, `are not allowed to charge more than`, `will no longer be allowed to charge more than`, `不得超过`, `请勿…以上`,
 * `不会超过`): an instruction the other language words with its bound either way (`不超过3天`,
 * or its own denial), so it binds nothing against a plain value; against a bound it is the bound
 * turned round (`boundSlips`: `not … more than 5,000` against `不得低于5000元` run opposite ways).
 */
const VERB_DENIED = /\b(?:(?:do|does|did|should|must|shall|may|can|could|will|would|is|are|was|were)(?:\s+(?:not|no[ \t]+longer|never)|n['’]t)\s+(?:[a-z-]+\s+){0,4}|not\s+to\s+(?:[a-z-]+\s+){1,3})(?:for\s+)?$/i;
/** A word of denial in the English clause before a value (`not`, `never`, `no longer`, `won't`). */
const EN_NEGATION_NEAR = /\b(?:not|no|never|nor|n['’]t)\b[^.;:!?]*$/i;
/** A word of denial in the Chinese clause before a value (`不`, `未`, `没`, `勿`, `禁`, `无`, `非`). */
const ZH_NEGATION_NEAR = /[不未没沒勿禁无無非][^，。；！？：,;:!?]*$/;
/** A comparison `no` or `not` turns, right before its value (`not more than`, `no fewer than`): the bound holds the denial. */
const NOT_COMPARED = /\b(?:no|not)\s+(?:more|less|fewer|greater|higher|lower|longer|shorter|older|younger)\s+than\s*$/i;
/** A bound phrase that holds its own denial (`does not exceed`, `not to exceed`, `must not exceed`). */
const OWN_DENIAL = /\bnot\s+(?:to\s+)?exceed(?:s|ed|ing)?\s*$/i;
/**
 * A Chinese word of prohibition before the value (`不得超过`, `请勿`). A bare 勿 opens a clause or
 * follows the people it forbids (`闲人勿进`); after another character it is a name's (勿洛, Bedok).
 */
const ZH_DENIED = /(?:不得|不能|不可|不应|不應|不宜|不准|不许|不許|不会|不會|请勿|請勿|切勿|(?:^|[^\u3400-\u9fff]|[人者])勿|禁止|严禁|嚴禁)[^，。；！？,;!?\d]{0,6}$/;

/** 达 (reach) right before a Chinese value, alone or after a word of size (多达, 高达, 长达, 重达). */
const ZH_REACH = /[达達]\s?$/;

/**
 * A Chinese bound word opening the verb phrase that holds the value, in the same clause, up to
 * eight characters before it: `至少`/`最少`/`起码` (at least), `最多`/`至多`/`顶多` (at most), not
 * `最多的` nor `最少的`, the most or the fewest of a noun (`被引用最多的论文有一半`); the
 * top of a measure with a verb of can or must, of granting or of raising, up to six before it
 * (`最高可选配2TB`, `最长要排40分钟`, `最长可能需要5个工作日`, `最高加碼1.8倍`, `最高借六成`: up to); and a bound of comparison a few characters before it, where a word
 * stands between (`不超过等值1万元`: up to; `不低于全年的`: at least), no other value among them
 * (`分别少于一星期及为五星期`: the bound is the first's). After 超过, 多于 or 高于 only a
 * currency, a word of approximation or the opening of a unit may stand between (`超过人民币10万元`,
 * `高於攝氏29度`, `超過每小時100公里`): with a noun between,
 * the value is how far the thing exceeds it (`超过警戒水位4.5米`, 4.5 m above the warning level).
 */
const ZH_CLAUSE_BOUND = /(?:至少|最少(?!的)|起码|起碼|最多(?!的)|至多|顶多|頂多)(?:[^，。；！？,;!?\d]{0,8}|[^，。；！？,;!?\d]{0,14}的)$|(?:最高|最大|最长|最長|最久|最早)(?:可能|可以|可|能|要|需要|需|会|會|将|將|(?:资助|資助|补贴|補貼|补助|補助|奖励|獎勵|赔付|賠付|赔偿|賠償|报销|報銷|减免|減免|抵扣|优惠|優惠|享有|享受|发放|發放|相当于|相當於|提升至|提升到|提高至|提高到|延长至|延長至|加码|加碼|上调|上調|提升|提高|增加|借))(?:[^，。；！？,;!?\d]{0,6}|[^，。；！？,;!?\d]{0,14}的)$|(?:不超过|不超過|不多于|不多於|不高于|不高於|不大于|不大於|(?<!不)(?:少于|少於|低于|低於))[^，。；！？,;!?\d〇零一二两兩三四五六七八九十百千]{1,8}$|(?:不少于|不少於|不低于|不低於)[^，。；！？,;!?\d]{1,4}$|(?<!不)(?:超过|超過|多于|多於|高于|高於)(?:了|约|約|大约|大約|近|达|達|人民币|人民幣|港币|港幣|港元|美元|新台币|新臺幣|澳门币|澳門幣|欧元|歐元|日元|英镑|英鎊|摄氏|攝氏|华氏|華氏|每[^，。；！？,;!?\d]{1,3}){1,2}$|(?:用不了|要不了|花不了)$|(?:上限|下限)(?:定|设|設|设定|設定)?(?:为|為|是)[^，。；！？,;!?\d]{1,10}$/;
/**
 * A time or a former or present state owning the value right before it (`低于去年的3000元`,
 * `高于同期的5%`, `高於前一週的189例`, `高於目前的600元`): the value is that time's own figure, which the clause compares with, not a
 * bound on it (English says `down from 3,000 yuan a year earlier` or `last year's 3,000 yuan`).
 */
const REFERENT_FIGURE = /(?:去年|前年|上年|今年|明年|上月|上个月|上個月|上周|上週|上一[周週个個]|前一[周週个個]|前[周週]|上一?季度?|上半年|下半年|同期|此前|之前|以往|往年|原先|原来|原來|前一[年天日月]|一年前|\d{4}年|上届|上屆|目前|现在|現在|当前|當前|现行|現行|原有)(?:同期)?的\s?$/;
/**
 * Higher or lower than a thing whose own value follows (`遠高於三星的7.7%`, `低于对手的60分`): the
 * value is the thing compared with, not a bound (English says `ahead of Samsung's 7.7 percent`).
 * Not `超过总数的10%` (more than a tenth of the total: a bound), which these words do not say, nor
 * a measure the value is set against (`低于分析师预期的124亿元`, `高于全国平均水平的`), which English
 * bounds too (`below the 12.4 billion yuan analysts expected`).
 */
const COMPARED_OWNER = /(?:高于|高於|低于|低於)(?![^，。；！？,;!?\d]*(?:预期|預期|预测|預測|预计|預計|目标|目標|标准|標準|平均|均值|水平|上限|下限|门槛|門檻))[^，。；！？,;!?\d]{1,8}的\s?$/;
/**
 * A bound before what a share is of, the phrase ending in 的, right before a percentage
 * (`不到交易总额的5%`, `不得超过其总佣金的15%`, `不到全国0.4%`: under; `超过总数的10%`: over; a longer phrase with a figure
 * of its own where it closes on a whole's word, `不到全省2.2亿亩播种面积的1%`), or a wage or an income
 * right before it without 的 (`不低於勞工每月工資6%`: at least 6% of the monthly wage). Only a share: before a
 * value of its own the phrase is the thing compared with (`超过分析师预期的3.72亿美元`, `超过了东京奥运会的89枚`).
 */
const SHARE_OF_BOUND = /(?:不(?:得|能|可|应|應|宜)?(?:超过|超過|多于|多於|高于|高於|大于|大於|低于|低於|少于|少於)|不到|不足|不及|(?<!不)(?:超过|超過|多于|多於))(?:[^，。；！？,;!?\d的]{1,10}的|[^，。；！？,;!?的]{1,20}(?:面积|面積|总额|總額|总数|總數|总量|總量|总和|總和|人口|产量|產量|收入|规模|規模)的|[^，。；！？,;!?\d的]{0,8}(?:工资|工資|薪金|薪酬|薪资|薪資|月薪|收入)|全[国國省市区區球港台]|全世界)\s?$/;
/** The bounds of ZH_CLAUSE_BOUND that put the value over them (the rest put it under). */
const ZH_CLAUSE_OVER = /^(?:至少|最少|起码|起碼|不少于|不少於|不低于|不低於|超过|超過|多于|多於|高于|高於|下限)/;

/**
 * An English bound on the first value of a list joined by `and` or `or`, the value then its unit or
 * its few words of what it counts (`up to 10,000 yuan per card per day and`, `more than 3 days for
 * fever or`): it bounds the value after the list's `and` too.
 */
const BOUND_SPREAD = /\b(up\s+to|as\s+(?:much|many)\s+as|at\s+most|no\s+more\s+than|more\s+than|at\s+least|over|under|fewer\s+than|less\s+than)\s+([A-Z]{0,3}[$€£¥])?\d[\d,.]*(?:[ \t]+(?:thousand|million|billion|trillion))?(?:[ \t]+([A-Za-z%-]+)(?:[ \t]+[A-Za-z%-]+){0,5})?[ \t]*,?[ \t]+(?:and|or)[ \t]+(?:[A-Z]{0,3}[$€£¥])?$/i;

/**
 * Whether a list's first value (BOUND_SPREAD's match) and a later one share their unit: a currency
 * sign or the word after the number and its scale (`480 million passengers and 100 million
 * vehicles` share no unit: `million` is the scale).
 */
function sameListUnit(spread: RegExpExecArray, raw: string): boolean {
  if (spread[2] !== undefined) return raw.includes(spread[2]);
  const unit = spread[3]?.toLowerCase();
  return unit !== undefined && raw.toLowerCase().includes(unit.replace(/s$/, ''));
}

/**
 * A Chinese bound after a unit of up to four characters that the value's fact leaves out
 * (`1000勒克斯以上`, `500毫升以下`, `20公里以内`, `5kg或以下`): no digit, space, punctuation or joining
 * word between.
 */
const BOUND_AFTER_UNIT = /^[^\d\s，。；：！？、,;:!?（()）的和与與及或至到]{1,4}(?:及|或)?(以上|以下|以内|以內)/;
/** A classifier, then a level or a size of the things counted before `以上` or `以下` (`个地级以上`, `家规模以上`, `所县级以下`). */
const LEVEL_OF_COUNTED = /^[个個家座所间間名位][^\d\s，。；]{0,2}(?:级|級|规模|規模)(?:及|或)?(?:以上|以下)/;
/** `期以上` before the loan prime rate's name (`五年期以上LPR`, `5年期以上贷款市场报价利率`): the tenor's name. */
const RATE_TENOR_NAME = /^期以上\s?(?:LPR|贷款市场报价利率|貸款市場報價利率)/;
/** A Chinese bound after a note in brackets right after the value (`1500米（约5000英尺）以上`). */
const BOUND_AFTER_NOTE = /^[^，。；！？,;!?（()）\d]{0,3}[（(][^（()）]{1,24}[)）](以上|以下|以内|以內)/;
/** The same in English, after the value's unit: `29 mph (46 kph) or less`, `1,500 m (5,000 ft) and above`. */
const EN_BOUND_AFTER_NOTE = /^[ \t]*[A-Za-z/.]{0,10}[ \t]*\([^()]{1,24}\)[ \t]+(?:or|and)[ \t]+(less|fewer|below|under|lower|more|above|over|higher|greater)\b/i;

/** A time after a value compared with, its unit between or not (`than 52.4 yuan a year ago`, `than 80 tonnes last year`): the value of that time, set against another. */
const COMPARED_THEN = /^[ \t]*(?:[A-Za-z%]+[ \t]+)?(?:(?:a|one|two|three|a\s+full)\s+(?:year|month|week|decade)s?\s+(?:ago|earlier|before)|(?:in|during)\s+(?:the\s+same\s+(?:period|month|quarter)\s+(?:of\s+)?)?(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|season)|last\s+(?:year|month|season))\b/i;

/**
 * A verb and `past` or `through` right before a value (`rose past`, `strengthened through`): a level
 * crossed. Not `the past 3 years`, `over the past`, `in the past` (a span back from today).
 */
const CROSSED_BEFORE = /\b(?!(?:the|this|that|these|last|over|for|in|of|its|their|his|her|our|during)\b)[a-z]+[ \t]+(?:past|through)[ \t]+(?:the[ \t]+)?$/i;

/** A Chinese level crossed: `升破`, `跌破`, `突破`, `破`, `升穿`, `跌穿`, right before the value. */
const ZH_CROSSED_BEFORE = /(?:(?:升|跌|突|涨|漲|冲|衝)?破|(?:升|跌)穿)$/;

/** Whether each side says a level was crossed at the value, in a verb (`rose past`, `跌破`). */
function crossedLevel(en: Quantity, zh: Quantity, window: FactWindow): boolean {
  if (!en.fact || !zh.fact || en.fact.bound) return false;
  // The words before the value: the window's and those the fact's text opens with (`突破` in `突破500亿`).
  const figure = zh.raw.search(/[\d零〇一二两兩三四五六七八九十百千]/);
  const zhWords = `${window(zh).before}${figure > 0 ? zh.raw.slice(0, figure) : ''}`;
  if (!ZH_CROSSED_BEFORE.test(zhWords)) return false;
  const { before, after = '' } = window(en);
  return CROSSED_BEFORE.test(before) || LEVEL_AFTER.test(after);
}

/** A level named after the value (`the 100-billion mark was passed`, `the 3,000-point threshold`), which a verb crosses or reaches. */
const LEVEL_AFTER = /^(?:[ \t]*-?[A-Za-z]+)?[ \t]+(?:mark|milestone|threshold|barrier)\b/i;

/** The text of a fact with a few characters before it (`more than ` before `8%`) and after it (`以上`). */
export type FactWindow = (q: Quantity) => { before: string; text: string; lead: number; after?: string };

/** An age in Chinese: the measure word after the number (`86.7岁`, `65周岁`, `18週歲`). */
const ZH_AGE_AFTER = /^[周週]?[岁歲]/;

/** Whether a quantity is a length in whole or part years (`81.6 years`, `3年`). */
export function inYears(q: Quantity | undefined): boolean {
  return q?.cls === 'duration' && q.unit === 'Y';
}

/**
 * A Chinese count before 岁 (`86.7岁`, `65周岁`; `after` is the text right after it) as a length in
 * years, for weighing against English lengths in years (`a life expectancy of 81.6 years`), or undefined.
 */
export function ageInYears(q: Quantity, after: string): Quantity | undefined {
  return q.cls === 'count' && q.fact?.lang === 'zh' && ZH_AGE_AFTER.test(after) ? { ...q, cls: 'duration', unit: 'Y' } : undefined;
}

/**
 * The bound a quantity's words set: `over` (`more than`, `at least`, `超过`, `以上`), `under`
 * (`less than`, `up to`, `不到`, `nearly`, `近`), `exact` for a plain value, or undefined for one
 * only approximate (`about`, `约`) or bounded by a suffix (`500多`), which binds nothing.
 */
export function boundOf(q: Quantity, window: FactWindow, denial?: Denial): 'over' | 'under' | 'exact' | undefined {
  const bound = factBoundOf(q, window, denial);
  if (!q.complement) return bound;
  if (denial?.turned) denial.turned = denial.turned === 'over' ? 'under' : 'over';
  return bound === 'over' ? 'under' : bound === 'under' ? 'over' : bound;
}

/** Where a verb denies a quantity's bound (`VERB_DENIED`, `ZH_DENIED`), the bound turned round, which `boundOf` fills in. */
interface Denial {
  turned?: 'over' | 'under';
}

/** `boundOf` as the fact's words give it, before a complement turns it round. */
function factBoundOf(q: Quantity, window: FactWindow, denial?: Denial): 'over' | 'under' | 'exact' | undefined {
  const fact = q.fact;
  if (!fact) return undefined;
  const { before, text, lead, after } = window(q);
  // 演出前7天或以上, `up to 7 days before the show`: a length before an event is a cut-off, stated with a bound or not
  // (not 此前, 先前, 日前, 目前: before now, no event: `此前不到两年的谈判`, the talks of less than two years)
  if (fact.kind === 'duration' && /(?<![此先日目])前\s?$/.test(before)) return undefined;
  // `close to a 10-month high`, `接近十个月高位`: the length looks back from a record, and the word of nearness is the record's
  if (fact.kind === 'duration' && RECORD_AFTER.test(text.slice(lead + fact.end - fact.start))) return undefined;
  // 接近一个月前的两倍 (nearly double the level a month earlier): the word before a time ago and 的 is of the value after.
  if (fact.kind === 'duration' && fact.lang === 'zh' && OF_VALUE_AFTER.test(text.slice(lead + fact.end - fact.start))) return undefined;
  // `no band below 6.0`: no value on the other side of the bound, so the value bounds the other way
  const denied = DENIED_BOUND.exec(`${before}${fact.raw}`);
  if (denied && denied.index + denied[0].length >= before.length) return /^(?:below|under|lower|less|fewer)/i.test(denied[1]!) ? 'over' : 'under';
  // 2万元以上20万元以下: the two ends of a range, however the other side words it (`between`, or a bound on each)
  if (fact.lang === 'zh' && ((fact.raw.endsWith('以上') && RANGE_UPPER_AFTER.test(after ?? '')) || (fact.raw.endsWith('以下') && RANGE_LOWER_BEFORE.test(before)))) return undefined;
  // 低於兩間公司所申請的9.8%: the bound compares the figure after 的, of which the count names the owners
  if (fact.bound && fact.lang === 'zh' && OWNERS_OF_FIGURE_AFTER.test(after ?? '')) return undefined;
  // `lift consumption by 2 points over a decade`: `over` before a single length of time (`a decade`,
  // `a year`) may be its span (十年内) as well as more than it; not after `for`, nor before `ago`.
  if (fact.bound && fact.lang === 'en' && fact.kind === 'duration' && OVER_A_SPAN.test(`${before}${fact.raw}`) && !SPAN_TIED_AFTER.test(after ?? '')) return undefined;
  if (fact.bound) {
    // The words before the bound word, where the fact's text leaves that word out (`up to 5 percent`).
    const beforeBound = /^(?:more|fewer|less|greater|higher|lower|over|above|under|below|exceeding)\b/i.test(fact.raw) ? before : before.replace(/\b(?:more|fewer|less|greater|higher|lower)\s+than\s+$|\b(?:over|above|under|below|exceeding)\s+$/i, '');
    // `does not exceed MOP1 million`: the denial is the bound's own (at most), no instruction denied.
    if (!OWN_DENIAL.test(beforeBound) && (VERB_DENIED.test(beforeBound) || ZH_DENIED.test(before))) {
      if (denial) denial.turned = fact.bound === 'over' ? 'under' : 'over';
      return undefined;
    }
    // `49.1 yuan, slightly lower than 52.4 yuan a year ago`: a value of another time that a value before
    // it is compared with, no bound on either.
    if (fact.lang === 'en' && /\d/.test(before) && (/\bthan\s*$/i.test(before) || /^[a-z]+\s+than\b/i.test(fact.raw)) && COMPARED_THEN.test(after ?? '')) return undefined;
    // `caps written homework at 60 minutes`: a ceiling the qualifier read across the words it caps, stated outright.
    return BOUND_WORDS.test(text) || CAPPED_AT.test(before) || OR_BOUND_AFTER.test(after ?? '') ? fact.bound : undefined;
  }
  // A rank is near nothing (`as the mine nears first shipment`: the shipment draws near, not a count).
  if (q.cls !== 'ordinal' && (NEAR_WORDS.test(before) || NEAR_WORDS.test(fact.raw.slice(0, 2)) || nearOpening(q))) return 'under';
  // 接近2000年的十倍, 超过去年的两倍, 略多于总数的十分之一: a multiple or a fraction of a thing named between the bound and the value
  if (/倍$|分之|一半$/.test(fact.raw)) {
    const of = MULTIPLE_OF_BOUND.exec(before);
    if (of) return OVER_OF_BOUND.test(of[1]!) ? 'over' : 'under';
    // 约为2015年的一半, 约十年前的一半: about the share, which a translation words as `nearly` as often;
    // 高达全球平均的六倍: as high as the multiple, which English says as `up to` or plainly.
    if (fact.lang === 'zh' && (APPROX_OF_BOUND.test(before) || REACH_OF_BOUND.test(before))) return undefined;
  }
  // `exceeded level 3`, `below grade 2`: a bound on a level named by its number
  const level = fact.lang === 'en' ? LEVEL_BOUND_BEFORE.exec(before) : null;
  if (level) return /^(?:below|under)/i.test(level[1]!) ? 'under' : 'over';
  // `the over-five-year rate`, `under-18s`: a bound glued to the value by a hyphen
  const glued = fact.lang === 'en' ? /\b(over|under)-$/i.exec(before) : null;
  if (glued) return glued[1]!.toLowerCase() === 'over' ? 'over' : 'under';
  if (fact.approx === true) return undefined;
  // 长达8小时, 多达500人, 高达30%: "as long as, as many as, as high as" say `up to` and `as many as` alike
  if (ZH_REACH.test(before)) return undefined;
  // 最大风力达每秒50米, 最高气温为38度: the most a measure reached, which English says as `up to` or plainly
  if (fact.lang === 'zh' && MOST_OF_MEASURE_BEFORE.test(before)) return undefined;
  // 年满18岁, 限额300万元, 可容纳12人, 以365天为限: a limit a translation may state as a bound or not
  if (SOFT_LIMIT_BEFORE.test(before) || LIMIT_ACROSS.test(before) || LIMIT_CHANGED_TO.test(before) || SOFT_LIMIT_AFTER.test(text.slice(lead + fact.end - fact.start))
    || (fact.lang === 'zh' && CAP_OF_AFTER.test(after ?? ''))) return undefined;
  // `up to 10,000 yuan a day and 100,000 yuan a year`: the bound of the list's first value spreads over the values after it
  const spread = fact.lang === 'en' ? BOUND_SPREAD.exec(before) : null;
  // `go up to NT$131,000 for single filers and NT$262,000`: a rise to the first value, no bound to spread.
  if (spread && /^up/i.test(spread[1]!) && MOVED_UP.test(before.slice(0, spread.index))) return undefined;
  if (spread && sameListUnit(spread, fact.raw)) return VERB_DENIED.test(before.slice(0, spread.index)) ? undefined : /^(?:more|over|at\s+least)/i.test(spread[1]!) ? 'over' : 'under';
  // `more than 800 exhibitors and 3,000 products`: over a count of another thing the bound may
  // spread or not, and a translation may read it either way.
  if (spread) return undefined;
  // 1500米（约5000英尺）以上: the bound after a note in brackets on the value
  const noted = after === undefined ? null : BOUND_AFTER_NOTE.exec(after);
  if (noted) return noted[1]!.startsWith('以上') ? 'over' : 'under';
  // 1000勒克斯以上, 500毫升以下: the bound after a unit the number's fact leaves out
  // A share is whole without a unit (`四分之一具有硕士及以上学历`: the bound is the degree's).
  const united = after === undefined || fact.lang !== 'zh' || fact.kind === 'percent' || fact.raw.includes('分之') ? null : BOUND_AFTER_UNIT.exec(after);
  // 五年期以上LPR: the loan prime rate's name for its longest tenor, as `the five-year LPR` is, no bound.
  if (united && RATE_TENOR_NAME.test(after!)) return undefined;
  // 21个地级以上市, 300家规模以上企业: a level of the things counted (prefecture-level and above), no bound on their count.
  if (united && LEVEL_OF_COUNTED.test(after!)) return undefined;
  if (united) return united[1] === '以上' ? 'over' : 'under';
  const notedEn = after === undefined ? null : EN_BOUND_AFTER_NOTE.exec(after);
  if (notedEn) return /^(?:less|fewer|below|under|lower)$/i.test(notedEn[1]!) ? 'under' : 'over';
  // 至少需要存入一千元: the bound stands before the verb of the clause, not next to the value
  // A rank bounds nothing by the clause's words (`至少在第三季度末之前`, at least until the end of the third quarter).
  // 不到交易总额的5%: a bound before what a share is of (not a time's own share, 不到去年的5%).
  const shareOf = q.cls === 'percent' && !REFERENT_FIGURE.test(before) ? SHARE_OF_BOUND.exec(before) : null;
  if (shareOf) return /^(?:[超多]|不(?:得|能|可|应|應|宜)?(?:低|少))/.test(shareOf[0]) ? 'over' : 'under';
  // 低于Model 3: a number after a Latin word is the name's (a model, a product), which the clause's bound compares, not the number.
  if (fact.lang === 'zh' && LATIN_NAME_BEFORE.test(before)) return 'exact';
  // 不低於二年期定期存款利率: a length before 期 names a product's term (a two-year deposit), which the
  // clause's bound leaves alone: it bounds the product's rate.
  const clause = q.cls === 'ordinal' || REFERENT_FIGURE.test(before) || COMPARED_OWNER.test(before) || (fact.kind === 'duration' && TERM_OF_PRODUCT_AFTER.test(after ?? ''))
    ? null : ZH_CLAUSE_BOUND.exec(before);
  // 最早 (as early as) bounds a time, no other value of its clause (`最早可能于下月下调10个基点`).
  if (clause && clause[0].startsWith('最早') && q.cls !== 'duration' && q.cls !== 'year') return 'exact';
  // 至少往返两市一次 (at least once between the two cities): a count of times later in the clause is what the bound counts.
  if (clause && fact.lang === 'zh' && TIMES_LATER.test(after ?? '')) return 'exact';
  if (clause) return ZH_CLAUSE_OVER.test(clause[0]) ? 'over' : 'under';
  return 'exact';
}

/** 期 right after a length, the term of a deposit, a bond or a loan (`二年期`, `10年期国债`); not 期间 or 期内 (during). */
const TERM_OF_PRODUCT_AFTER = /^\s?期(?![间間内內满滿])/;

/** A Latin word right before a number in Chinese text, a space between or not (`Model 3`, `iPhone 15`). */
const LATIN_NAME_BEFORE = /[A-Za-z][ \t]?$/;

/** `over a decade`, `over one year`: `over` before a single length of time, not after `for` (`for over a decade`). */
const OVER_A_SPAN = /(?<!\bfor[ \t]+)\bover[ \t]+(?:an?|one)[ \t]+[a-z]+$/i;
/** Words that tie a length of time to a point or an age (`ago`, `old`, `later`, `earlier`), so `over` before it is more than it. */
const SPAN_TIED_AFTER = /^[ \t]*(?:ago|old|later|earlier|before|after|since)\b/i;

/** A count of times after the value, in its clause (`两市一次`, `三个城市两次`). */
const TIMES_LATER = /^[^，。；！？,;!?\d一二两兩三四五六七八九十]{1,8}(?:\d+|[一二两兩三四五六七八九十]+)\s*[次遍回趟]/;

/**
 * An English word or verb of comparison before a determiner and up to four words that open the noun
 * phrase holding the value (`below the 158.3 billion yuan forecast`, `above its 2019 peak`, `more than
 * last year's 3,000`, `beating the 40 percent target`, `missing its 5% goal`, `close to the "normal"
 * level of 39 million`, a word of it perhaps in quotes): the bound it sets on
 * what the value measures.
 */
const EN_BOUND_ACROSS = /\b(?:(below|under|beneath|short\s+of|close\s+to|near(?:ly)?|almost|approaching|miss(?:ing|es|ed)?|(?:less|fewer|lower|smaller)\s+than)|(above|over|beyond|exceed(?:ing|s|ed)?|beat(?:ing|s)?|surpass(?:ing|es|ed)?|top(?:ping|s|ped)|(?:more|greater|higher|larger|bigger)\s+than))\s+(?:the|its|their|his|her|our|this|that|a|an|last\s+year's|the\s+previous)\s+(?:["“]?[A-Za-z'-]+["”]?\s+){0,4}$/i;

/** The bound `EN_BOUND_ACROSS` sets on an English value, or undefined. */
function boundAcross(q: Quantity, window: FactWindow): 'over' | 'under' | undefined {
  const m = EN_BOUND_ACROSS.exec(window(q).before);
  return m ? (m[1] ? 'under' : 'over') : undefined;
}

/** A Chinese bound before the verb of the value's clause: 几乎, 将近, 接近 (under); 至少, 最少, 起码 (over); 最多, 至多 (under). */
const ZH_BOUND_BEFORE_VERB = /(几乎|幾乎|将近|將近|接近|近乎|差不多|最多|至多)[^，。；！？,;!?\d]{0,12}$|(至少|最少|起码|起碼)[^，。；！？,;!?\d]{0,12}$/;

/**
 * The bound a Chinese clause sets before its verb, a few words before the value
 * (`ZH_BOUND_BEFORE_VERB`): read only to excuse a bound the English states, never to set one.
 */
function zhClauseBound(before: string): 'over' | 'under' | undefined {
  const m = ZH_BOUND_BEFORE_VERB.exec(before);
  return m ? (m[1] ? 'under' : 'over') : undefined;
}

/** A bound that one side states and the other drops (`dropped`) or turns round (`changed`). */
export interface BoundSlip {
  en: Quantity;
  zh: Quantity;
  how: 'dropped' | 'changed';
  /** The side that bounds the value, for a dropped bound. */
  bounded?: 'EN' | 'ZH';
  bound?: 'over' | 'under';
  /** The sides whose bound a verb denies, each with the bound turned round (`VERB_DENIED`). */
  denied?: { side: 'EN' | 'ZH'; turned: 'over' | 'under' }[];
}

/**
 * Pairs of equal values whose bound differs: one side bounds the value and the other states it
 * plainly (`more than 90%` against `90%`: a dropped bound), or the two bound it in opposite
 * directions (`more than 500` against `近500`). An approximate side (`about`, `约`) binds nothing
 * and is never a slip of this kind.
 */
export function boundSlips(equal: readonly [Quantity, Quantity][], window: FactWindow, sides?: { en: readonly Quantity[]; zh: readonly Quantity[] }): BoundSlip[] {
  const out: BoundSlip[] = [];
  const bounds = new Map<Quantity, ReturnType<typeof boundOf>>();
  const denials = new Map<Quantity, Denial>();
  const boundOfQ = (q: Quantity) => {
    if (!bounds.has(q)) {
      const denial: Denial = {};
      bounds.set(q, boundOf(q, window, denial));
      denials.set(q, denial);
    }
    return bounds.get(q);
  };
  // Each side's quantities the equal pairs leave, by kind, value and bound, gathered for the first bound turned round;
  // the quantities the pairs hold, gathered once for both questions.
  let unmatched: { en: Set<string>; zh: Set<string> } | undefined;
  let matched: Set<Quantity> | undefined;
  for (const [en, zh] of rematchedByBound(equal, boundOfQ)) {
    if (en.cls === 'year' || zh.cls === 'year' || en.cls === 'code' || zh.cls === 'code') continue;
    const a = boundOfQ(en);
    const b = boundOfQ(zh);
    // `fewer than 300` against `300多`: a value some way over it (a suffix's bound, which binds no
    // looser wording) against a bound under it in words.
    if ((a === undefined && b === 'under' && suffixOver(en) && zh.fact?.bound === 'under')
      || (b === undefined && a === 'under' && suffixOver(zh) && en.fact?.bound === 'under')) {
      out.push({ en, zh, how: 'changed' });
      continue;
    }
    if (a === undefined || b === undefined) {
      // `will no longer be allowed to charge more than 5,000 yuan` against `不得低于5000元`: a bound a
      // verb denies is the bound turned round, against a bound the other side states or denies too.
      const ta = a ?? denials.get(en)!.turned;
      const tb = b ?? denials.get(zh)!.turned;
      // A side that states its bound with a word of denial in the clause before it may deny it beyond
      // the reach of `VERB_DENIED` (`are not supposed to sell packages lasting more than 12 months`):
      // only a bound stated with no denial near it is weighed against one turned round.
      // The `not` of the bound phrase itself (`should be not more than 60 euros`) is the bound's, already read.
      const plainOf = (q: Quantity, bound: typeof a) => bound === undefined || (q.fact?.lang === 'zh'
        ? !ZH_NEGATION_NEAR.test(window(q).before) : !EN_NEGATION_NEAR.test(window(q).before.replace(NOT_COMPARED, '').replace(OWN_DENIAL, '')));
      if ((ta === 'over' || ta === 'under') && (tb === 'over' || tb === 'under') && ta !== tb && plainOf(en, a) && plainOf(zh, b)) {
        const denied: NonNullable<BoundSlip['denied']> = [];
        if (a === undefined) denied.push({ side: 'EN', turned: ta });
        if (b === undefined) denied.push({ side: 'ZH', turned: tb });
        out.push({ en, zh, how: 'changed', denied });
      }
      continue;
    }
    if (a === b) continue;
    // `its 10 millionth passenger` against `客量突破1,000萬人次`: to reach the Nth of a count in the
    // thousands or more is to pass N.
    if ((a === 'exact' && b === 'over' && milestone(en)) || (b === 'exact' && a === 'over' && milestone(zh))) continue;
    // `reaches 10 million users` against `用户突破1000万`: a round figure a count reaches is one it
    // breaks through, as Chinese says a milestone.
    if (a === 'exact' && b === 'over' && reachedRoundFigure(en, zh, window)) continue;
    // `less than 21 days` against `21天内`: within the length, which is at most it.
    if (a === 'under' && b === 'exact' && WITHIN_AFTER.test(window(zh).after ?? '')) continue;
    // `within a two-hour drive` against `不到两小时车程`, `两小时车程以内`: the same, the other way round.
    if (a === 'exact' && b === 'under' && WITHIN_BEFORE.test(window(en).before)) continue;
    // `the first 260 kWh` against `260千瓦时以内`: the first of a count or an amount is all up to it.
    if (a === 'exact' && b === 'under' && FIRST_BEFORE.test(window(en).before)) continue;
    // `strengthened past 7.0 per dollar` against `升破7.0`: a level crossed on each side, which way
    // told by the verb and by what the value measures (a rate per dollar falls as the yuan rises).
    if (crossedLevel(en, zh, window)) continue;
    // A bound that holds the other side's exact value (`more than 360` against `363`): no slip.
    if (en.lo !== zh.lo && (a === 'exact' || b === 'exact')) continue;
    // A range against one of its ends bounded inward (`between 2,000 and 10,000 yuan` against
    // `2000元以上1万元以下`): the range told by its two bounds.
    if (endOfRange(en, zh, b) || endOfRange(zh, en, a)) continue;
    // 近 opening a value tells against a bound the other way (`more than 18,000` against `近一萬八千`);
    // against a plain value it is the loose wording translators add or drop.
    if ((a === 'exact' && nearOpening(zh)) || (b === 'exact' && nearOpening(en))) continue;
    // `slightly below the 158.3 billion yuan forecast` against `略低于1583亿元的预期`: the English
    // compares with a thing the value measures, as the Chinese does, across the thing's determiner.
    if (a === 'exact' && b !== 'exact' && boundAcross(en, window) === b) continue;
    // `almost a quarter` against `几乎吃掉了四分之一`, `at least twice a day` against `每天至少可…拍摄两次`:
    // Chinese puts the bound before the verb of its clause, a few words from the value.
    if (b === 'exact' && a !== 'exact' && zhClauseBound(window(zh).before) === a) continue;
    // `over 800 km … shorter routes` against `800公里以下…800公里以上`: the value again on one side
    // with the other side's bound, in a clause of its own, which the match took the other way.
    if (a !== 'exact' && b !== 'exact' && sides) {
      unmatched ??= unmatchedBounds(sides, matched ??= matchedIn(equal), boundOfQ);
      if (unmatched.zh.has(boundKey(zh, a)) || unmatched.en.has(boundKey(en, b))) continue;
    }
    // `to total NT$100 billion` against `將達1,000億元，連續第3年突破千億大關`: the bounded side states the
    // value plainly too, in a quantity no pair holds; the match took the bounded one.
    if ((a === 'exact') !== (b === 'exact') && sides) {
      const held = matched ??= matchedIn(equal);
      const bounded = a === 'exact' ? zh : en;
      // Plain: no bound, or a word of reaching (`將達`) that binds nothing.
      if ((a === 'exact' ? sides.zh : sides.en).some((q) => !held.has(q) && q.lo === bounded.lo && q.hi === bounded.hi && boundOfQ(q) !== 'over' && boundOfQ(q) !== 'under')) continue;
    }
    if (a !== 'exact' && b !== 'exact') out.push({ en, zh, how: 'changed' });
    else out.push({ en, zh, how: 'dropped', bounded: a === 'exact' ? 'ZH' : 'EN', bound: a === 'exact' ? (b as 'over' | 'under') : a });
  }
  return out;
}

/** `the first` right before an English value (`for the first 260 kWh`, `the first 3,000 yuan of income`). */
const FIRST_BEFORE = /\b(?:the|its|their|his|her)[ \t]+first[ \t]+(?:[A-Z]{1,3}\$|[$£€¥])?$/i;

/** `内` right after a Chinese value (`21天内`), not opening a word of its own (`内地`, `内容`, `内部`). */
const WITHIN_AFTER = /^[内內](?![地容部外阁閣陆陸蒙需销銷科衣存政务務在])/;

/** `within` right before an English value, an article between or not (`within a two-hour drive`, `within 30 km`). */
const WITHIN_BEFORE = /\bwithin[ \t]+(?:(?:a|an|the)[ \t]+)?$/i;

/** A verb of reaching right before a value (`reaches`, `hit`, `marks`, `crossed the`). */
const REACHED_BEFORE = /\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|mark(?:s|ed|ing)?|cross(?:es|ed|ing)?)[ \t]+(?:the[ \t]+|a[ \t]+(?:record[ \t]+)?)?$/i;

/** Whether the English reaches a round figure (`reaches 10 million`) that the Chinese breaks through (`突破1000万`). */
function reachedRoundFigure(en: Quantity, zh: Quantity, window: FactWindow): boolean {
  if (en.lo !== en.hi || en.lo < 100 || !/^(?:突破|破)/.test(zh.fact?.raw ?? '')) return false;
  // Two significant figures at most: 10 million, 1.5 billion, 300.
  const digits = String(en.lo).replace(/0+$/, '').replace('.', '');
  if (digits.length > 2) return false;
  const around = window(en);
  // `handles 50 million TEUs for the first time` against `首破5000万`: a figure first reached.
  return REACHED_BEFORE.test(around.before) || FIRST_TIME_AFTER.test(around.after ?? '');
}

/** `for the first time` after a value in its clause: a figure first reached (`handles 50 million for the first time`). */
const FIRST_TIME_AFTER = /^[^.;!?]{0,40}?\bfor[ \t]+the[ \t]+first[ \t]+time\b/i;

/** The Nth of a count of a thousand or more (`the 10 millionth passenger`, `第1億名`): a milestone reached. */
function milestone(q: Quantity): boolean {
  return q.cls === 'ordinal' && q.lo === q.hi && q.lo >= 1000;
}

/** A value over which a suffix says the quantity lies (`300多`, `500余`, `300-plus`, `300-odd`), said exactly otherwise. */
function suffixOver(q: Quantity): boolean {
  return q.fact?.bound === 'over' && q.lo === q.hi && OVER_SUFFIX.test(q.fact.raw) && !BOUND_WORDS.test(q.fact.raw);
}
/** A suffix that puts a value some way over it: `多`, `余` after a figure, `-plus`, `+`, `-odd`. */
const OVER_SUFFIX = /[\d十百千万萬亿億](?:多|余|餘)|[\d\s-]plus\b|\d\+|-odd\b/i;

/** A quantity's kind and value with a bound, as `unmatchedBounds` keys them. */
function boundKey(q: Quantity, bound: ReturnType<typeof boundOf>): string {
  return `${q.cls} ${q.lo} ${q.hi} ${bound}`;
}

/** The kinds, values and bounds of each side's quantities that no equal pair holds (`matched`). */
function unmatchedBounds(sides: { en: readonly Quantity[]; zh: readonly Quantity[] }, matched: ReadonlySet<Quantity>, boundOfQ: (q: Quantity) => ReturnType<typeof boundOf>): { en: Set<string>; zh: Set<string> } {
  const keys = (side: readonly Quantity[]): Set<string> => {
    const out = new Set<string>();
    for (const q of side) if (!matched.has(q)) out.add(boundKey(q, boundOfQ(q)));
    return out;
  };
  return { en: keys(sides.en), zh: keys(sides.zh) };
}

/** The quantities of equal pairs. */
function matchedIn(equal: readonly (readonly [Quantity, Quantity])[]): Set<Quantity> {
  const out = new Set<Quantity>();
  for (const [a, b] of equal) out.add(a).add(b);
  return out;
}

/**
 * Equal pairs of one value and kind, the Chinese of two of them traded where that pairs each with
 * the same bound (`over 800 km … shorter routes` against `800公里（含）以下…800公里以上`: the
 * clauses in the other order, each value with its own bound). Others stay as matched.
 */
function rematchedByBound(equal: readonly [Quantity, Quantity][], boundOfQ: (q: Quantity) => ReturnType<typeof boundOf>): (readonly [Quantity, Quantity])[] {
  const out: (readonly [Quantity, Quantity])[] = [...equal];
  // Only values matched more than once can trade: most pairs hold none.
  const seen = new Map<string, number[]>();
  for (let k = 0; k < out.length; k++) {
    const [en] = out[k]!;
    const key = `${en.cls} ${en.lo} ${en.hi}`;
    const list = seen.get(key);
    if (list) list.push(k);
    else seen.set(key, [k]);
  }
  for (const list of seen.values()) {
    if (list.length < 2 || list.length > REMATCH_MOST) continue;
    for (const x of list) {
      for (const y of list) {
        if (x === y) continue;
        const [enX, zhX] = out[x]!;
        const [enY, zhY] = out[y]!;
        if (boundOfQ(enX) === boundOfQ(zhX) || boundOfQ(enY) === boundOfQ(zhY)) continue;
        if (boundOfQ(enX) !== boundOfQ(zhY) || boundOfQ(enY) !== boundOfQ(zhX)) continue;
        out[x] = [enX, zhY];
        out[y] = [enY, zhX];
      }
    }
  }
  return out;
}

/** Pairs of one value past which `rematchedByBound` leaves them as matched (a table repeating a value). */
const REMATCH_MOST = 8;

/** Whether `range` runs from `end` up (`end` bounded over) or down to it (bounded under): `end` is one of its two ends, told as a bound. */
function endOfRange(range: Quantity, end: Quantity, bound: 'over' | 'under' | 'exact'): boolean {
  if (range.lo === range.hi || end.lo !== end.hi) return false;
  return (bound === 'over' && end.lo === range.lo) || (bound === 'under' && end.lo === range.hi);
}

/**
 * A measure's most named before its value in its clause (`最大风力达每秒`, `最高气温为`); not 最多
 * before a modal, a bound on what is done (`最多得辞退6名工人`, at most six workers let go).
 */
const MOST_OF_MEASURE_BEFORE = /(?:最大|最高|最多(?![会會能可得要将將只])|最长|最長|峰值)[^，。；！？,;!?\d]{0,8}$/;

/** A word of bound before a level named by its number (`exceeded level 3`, `above category 2`). */
const LEVEL_BOUND_BEFORE = /\b(exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|above|over|tops|topped|below|under)[ \t]+(?:the[ \t]+)?(?:level|grade|category|tier|stage|signal|scale)[ \t]+$/i;

/**
 * After a count, the rest of a phrase that owns a figure: up to ten Chinese characters, 的, then the
 * figure (`間公司所申請的9.8%`); 零 only before more of a number (`的零售` is retail, no figure).
 */
const OWNERS_OF_FIGURE_AFTER = /^(?:(?!的)\p{Script=Han}){1,10}的(?:[\d〇一二两兩三四五六七八九十百千万萬亿億]|零(?=[\d〇零一二两兩三四五六七八九十点點.]))/u;

/** The message of a bound slip: `EN gives a lower bound (more than) that the Chinese drops`. */
export function boundMessage(slip: BoundSlip): string {
  if (slip.how === 'changed') {
    const denied = (slip.denied ?? []).map((d) => `${d.side} denies its bound: ${d.turned === 'over' ? 'at least' : 'at most'}`);
    return `the two sides bound the value in opposite directions${denied.length ? ` (${denied.join('; ')})` : ''}`;
  }
  const word = slip.bound === 'over' ? 'a lower bound (more than, at least)' : 'an upper bound (less than, up to, nearly)';
  return `${slip.bounded} gives ${word} that the ${slip.bounded === 'EN' ? 'Chinese' : 'English'} drops`;
}

/** How far before a fact its window's words reach (`short of the department's earlier forecast of` before its value). */
const BEFORE_REACH = 56;
/** How far after a fact its window's `after` reaches (a note in brackets, then its bound). */
const AFTER_REACH = 32;

/**
 * A `FactWindow` over the blocks of a check context: up to `BEFORE_REACH` characters before the
 * fact, in its block, the fact with 16 characters before it (`lead` of them) and 4 after it, and
 * `AFTER_REACH` characters after it.
 */
export function factWindow(blockText: (blockId: string) => { text: string; start: number } | undefined): FactWindow {
  return (q) => {
    const fact = q.fact;
    const block = fact ? blockText(fact.block) : undefined;
    if (!fact || !block) return { before: '', text: q.raw, lead: 0 };
    const at = fact.start - block.start;
    const end = fact.end - block.start;
    // The words before reach back to a verb that denies a bound (`do not take this syrup for more than`).
    const from = Math.max(0, at - 16);
    return { before: block.text.slice(Math.max(0, at - BEFORE_REACH), at), text: block.text.slice(from, end + 4), lead: at - from, after: block.text.slice(end, end + AFTER_REACH) };
  };
}

/** Marks the tokens a matched quantity was written with as spoken for. */
function consume(tokens: Spender, q: Quantity): void {
  if (q.fact) {
    tokens.spendValue(q.lo);
    if (q.hi !== q.lo) tokens.spendValue(q.hi);
  }
  if (q.digits !== undefined) {
    tokens.spendDigits(q.digits.replace(/^0+(?=\d)/, ''));
    return;
  }
  const raw = asciiDigits(q.raw);
  forEachNumber(raw, true, (start, end) => {
    tokens.spendDigits(strippedDigits(raw, start, end));
  });
}

/** The tokens of one key, in their order, and how many at the front are known to be used. */
interface Queue {
  list: Token[];
  at: number;
}

/**
 * A side's tokens by the value they hold (those with no digits of their own) and by their digits,
 * each in order: the first token not yet used of a key is found by skipping only those of that
 * key already used (a token, once used, stays so), not by scanning the side from its start, which
 * a pair of long blocks made a scan of thousands for each match.
 */
class Spender {
  private readonly byValue = new Map<number, Queue>();
  private readonly byDigits = new Map<string, Queue>();

  constructor(tokens: readonly Token[]) {
    const values = groupBy(tokens.filter((t) => t.digits === undefined), (t) => t.value);
    for (const [value, list] of values) this.byValue.set(value, { list, at: 0 });
    const digits = groupBy(tokens.filter((t) => t.digits !== undefined), (t) => t.digits!);
    for (const [written, list] of digits) this.byDigits.set(written, { list, at: 0 });
  }

  /** Marks the first token not yet used that holds `value` (and no digits of its own) as used. */
  spendValue(value: number): void {
    // No token's value equals NaN (the scan this replaces compared with ===).
    if (!Number.isNaN(value)) spendFirst(this.byValue.get(value));
  }

  /** Marks the first token not yet used that was written with `digits` as used. */
  spendDigits(digits: string): void {
    spendFirst(this.byDigits.get(digits));
  }
}

function spendFirst(queue: Queue | undefined): void {
  if (!queue) return;
  while (queue.at < queue.list.length && queue.list[queue.at]!.used) queue.at++;
  if (queue.at < queue.list.length) queue.list[queue.at++]!.used = true;
}
