import type { FactCandidate } from '../../types.js';
import { resolveOverlaps } from '../../pipeline/overlap.js';
import {
  daysInMonth, intervalValue, isoMonth, pad2, isoWeek, monthsOfYear, nearestWeekday, nthWeekday, quarterOf, quarters, readReference, restOf, shiftDays, shiftedMoment, shiftMonth, shiftMonths, span, weekAround, weekdayAlone, weekEndingOn, weekdayInWeek, weekend, weekOfMonth, yearNamedBefore, yearsAway, type RefDay,
} from '../calendar.js';
import { candidate, lowerHolds, referenceDay, type Scan } from './scan.js';
import { MONTH_HALVES } from '../compose-dates.js';
import { spacedWords } from '../needs.js';

/**
 * English dates relative to the reference day (`ExtractContext.referenceDate`, by default the
 * article's dateline), resolved to ISO 8601: `yesterday`, `the day after tomorrow`, `on Sunday`
 * (the last Sunday on or before the reference day, the next one in a sentence about the future),
 * `next Monday` (Monday of next week), `this month`, `last year`, `this September`,
 * `two weeks ago`, `three days from now`, `the past 15 years` (`2006-01-26/2021-01-26`).
 * Without a reference day they yield only weekdays alone (`Friday`: `-W-5`, see `weekdayAlone`),
 * and a reference year alone resolves years and months.
 */

const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
  // vague counts, as Recognizers-Text reads them: `a few days ago` is three days back
  'a few': 3, 'a couple': 2, 'a couple of': 2, several: 3,
};
const COUNT = '(\\d{1,3}|a[ \\t]+few|a[ \\t]+couple(?:[ \\t]+of)?|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)';
const UNIT = '(days?|weeks?|fortnights?|months?|quarters?|years?|decades?)';
/**
 * One or more counts of units, as an offset is written: `two months`, `1 year 10 days`, `a year
 * and a month` (halves stay out); `a` after a count with no `and` is a rate (`two days a week
 * from tomorrow`: how often, from tomorrow).
 */
const AMOUNT = `${COUNT}[ \\t]+${UNIT}(?:(?:,?[ \\t]+(?:and[ \\t]+|(?!an?[ \\t])))${COUNT}[ \\t]+${UNIT})?`;

/** `yesterday`, `today`, `tomorrow`, `the day before yesterday`, `the day after tomorrow`. */
const NEAR_DAY = /\b(?:(?:the[ \t]+)?day[ \t]+(after[ \t]+tomorrow|before[ \t]+yesterday)|(today|tomorrow|yesterday))\b/gi;
/**
 * A weekday with an optional `last` / `next` / `this` (`on Sunday`, `next Monday`, `this past
 * Friday`), or in the plural (`on Mondays`, a day that recurs).
 */
const WEEKDAY = /\b(?:(last|next|this|coming|previous|past|upcoming|this[ \t]+(?:past|coming|upcoming))[ \t]+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s)?\b/gi;
/** The words before a weekday that make it recur (`every Friday`, `each other Monday`). */
const EVERY_BEFORE = /\b(?:every|each)(?:[ \t]+other)?[ \t]+$/i;
/**
 * A short weekday after a word that makes it a day (`on Tues`, `by Fri.`, `next Thu`, `until Wed`):
 * group 1 `this`/`next`/`last`, group 2 the name.
 */
const SHORT_WEEKDAY = /\b(?:on|by|until|till|from|to|(this|next|last))[ \t]+(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?(?![\w'’-])/gi;
/** `this week`, `last month`, `next year`, `this weekend`, `next quarter`, `last calendar year`, `this working week`. */
const PERIOD = /\b(last|next|this[ \t]+past|this[ \t]+coming|this|previous|coming|current|following)[ \t]+(week|weekend|month|quarter|year|decade|century|calendar[ \t]+year|(?:working|work|business)[ \t]+week)\b/gi;
/** A year named in a text: four digits (not an amount: `$2024`, `2024%`), or `last year`, `this year`, `next year`. */
const YEAR_NAMED = /(?<![$€£¥\d.,])\b(1[6-9]\d\d|20\d\d)\b(?![ \t]*(?:%|per[ \t]?cent\b)|[.,]\d)|\b(last|this|next)[ \t]+year\b/gi;

/** The year a match of YEAR_NAMED gives, `last year` and `next year` told from `referenceYear`. */
function yearOfNamed(m: RegExpExecArray, referenceYear: number): number {
  return m[1] ? Number(m[1]) : referenceYear + (m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0);
}

/** The period after the next one: `the week after next`, `the month after the next`, `the year after next`. */
const AFTER_NEXT = /\b(?:the[ \t]+)?(week|month|year)[ \t]+after[ \t]+(?:the[ \t]+)?next\b/gi;
/** A week named as past or upcoming (`the past week`, `the upcoming weekend`): the last one or the next one. */
const PAST_WEEK = /\b(past|upcoming)[ \t]+(week|weekend)\b/gi;
/** A month of a year by its order: `the 9th month of next year`, `the first month of 2017`, `the last month of the year`. */
const MONTH_OF_YEAR = /\b(?:the[ \t]+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|(?:1[0-2]|[1-9])(?:st|nd|rd|th))[ \t]+month[ \t]+of[ \t]+(?:(this|next|last|the)[ \t]+year|(\d{4}))\b/gi;
const MONTH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** A part of the reference day's month (in halves) or year (in thirds): `the end of the month`, `the start of this year`, `the end of the decade`. */
const PART_OF_THIS = /\b(beginning|start|middle|end)[ \t]+of[ \t]+(?:(?:the|this)[ \t]+)?(month|year|decade)\b/gi;
/** A short weekday with a day of the month: `Tue 15th`, `Sat. the 12th` (a short name alone is no date: `Sun`, `sat`). */
const SHORT_WEEKDAY_DAY = /\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+(?:the[ \t]+)?(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w])/gi;
/** `the weekend`, `that weekend`, `the weekend after next`. */
const THE_WEEKEND = /\b(?:the|that)[ \t]+weekend(?:[ \t]+after[ \t]+(?:the[ \t]+)?next)?\b/gi;
/** A week of a month: `the first week of May`, `the last week of August 2016`, `2nd week of this month`. */
const WEEK_OF_MONTH = new RegExp(`(?:\\bthe[ \\t]+)?\\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)[ \\t]+week[ \\t]+(?:of|in)[ \\t]+`
  + `(?:(this|next|last|the)[ \\t]+month|(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?(?:,?[ \\t]+(\\d{4}))?)\\b`, 'gi');
/** A week of a year by its order: `the fourth week of 2018` (ISO weeks). */
const WEEK_OF_YEAR = /(?:\bthe[ \t]+)?\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)[ \t]+week[ \t]+of[ \t]+(\d{4})\b/gi;
/** A weekday counted in a month: `the first Monday of September`, `the last Friday in this month`, `second tuesday of next month`. */
const NTH_WEEKDAY = new RegExp(`(?:\\bthe[ \\t]+)?\\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)[ \\t]+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \\t]+(?:of|in)[ \\t]+`
  + `(?:(this|next|last|the)[ \\t]+month|(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?(?:,?[ \\t]+(\\d{4}))?)\\b`, 'gi');
/** The week around a day: `the week of June 15th`, `the week beginning June 8`, `w/c Sept 12`; group 1 the lead. */
const WEEK_AROUND = /(?:\bthe[ \t]+)?\b(?:week[ \t]+(?:of|starting|beginning|commencing)(?:[ \t]+on)?|w\/c)[ \t]+$/i;
/** Words before a day that name the seven days ending on it: `the week to March 14`, `the seven days ended June 2`. */
const WEEK_ENDING = /(?:\bthe[ \t]+)?\b(?:week|seven[ \t]+days|7[ \t]+days)[ \t]+(?:to|ending|ended|through)(?:[ \t]+on)?[ \t]+$/i;
/** A week of the year by number, the year the reference day's: `week 14`, `in week 9`. */
const WEEK_NUMBER = /\bweek[ \t]+(\d{1,2})(?![\w.,:]|[ \t]+(?:of|in)[ \t]+\d)/gi;
/** What is left of the reference day's week, month or year: `the rest of the month`, `rest of this week`. */
/**
 * A period named by its unit alone, read as the one the text speaks from (Recognizers-Text's
 * reading): `partner of the month`, `away for the week`, `sales in the year` (the unit closes
 * its phrase, after `of`/`for`/`in`/`during`/`throughout`), and `same year`, `same month` (the
 * period of the reference day; the date check takes these as vague).
 */
const THE_PERIOD = /(?<=\b(?:of|for|in|during|throughout|all)[ \t]+)the[ \t]+(week|fortnight|month|year)(?=[ \t]*(?:[.,;:!?)]|$))|\bsame[ \t]+(week|month|year)\b/gi;
/**
 * The moment the text speaks from, as Recognizers-Text reads it: `now`, `right now`, `at this
 * time`, `to date` (the reference moment, its day when it names no time); `now that` and
 * `up to date` are no time. The date check takes these as vague.
 */
const NOW = /\b(?:(?:right[ \t]+)?now(?![ \t]+(?:that|on)\b|['’])|at[ \t]+this[ \t]+time|(?<!\bup[ \t]+)to[ \t]+date(?![ \t]*[-\w]))\b/gi;
/** The day after or before the one the text speaks from: `the next day`, `the previous day`. */
const NEXT_DAY = /\b(?:the[ \t]+)?(next|previous)[ \t]+day\b/gi;
/** The end of the day the text speaks from: `by end of day`, `the EOD`, `end of the day` (23:59 of it). */
const END_OF_DAY = /\b(?:the[ \t]+)?(?:eod|end[ \t]+of[ \t]+(?:the[ \t]+)?(?:business[ \t]+)?day)\b/gi;
const REST_OF = /\b(?:the[ \t]+)?rest[ \t]+of[ \t]+(?:the|this)[ \t]+(week|month|year)\b/gi;
/** An offset from the reference day: `in two months`, `1 year 10 days later`, `3 weeks from tomorrow`. */
const OFFSET_FROM = new RegExp(`\\b(in[ \\t]+)?${AMOUNT}[ \\t]+(later|(?:from|after|before)[ \\t]+(?:today|tomorrow|yesterday|now))\\b`, 'gi');
const IN_AMOUNT = new RegExp(`\\bin[ \\t]+${AMOUNT}(?![ \\t]+(?:ago|later|time|from|after|before|since|of|in)\\b|['’])`, 'gi');
/** Words after a span that count it from another moment than the reference (`within 30 days of the filing`). */
const FROM_OTHER = String.raw`[ \t]+(?:of|after|from|before|since|following)\b`;

/**
 * A span from the reference day to an amount of time after it: `within 5 days`, `within two
 * weeks`, `within 1 year 3 months` (the reference day through the day the amount reaches, as
 * Recognizers-Text reads it); not `within 30 days of the filing`, counted from another day.
 */
const WITHIN = new RegExp(`\\bwithin[ \\t]+(${COUNT}[ \\t]+${UNIT}(?:,?[ \\t]+(?:and[ \\t]+)?${COUNT}[ \\t]+${UNIT}){0,2})\\b(?!${FROM_OTHER}|['’-])`, 'gi');
/** One count and unit of an amount (`5 years`), global. */
const AMOUNT_PART = new RegExp(`${COUNT}[ \\t]+${UNIT}`, 'gi');
/** An offset of minutes or hours from the reference moment: `30 minutes later`, `2 hours ago`, `in an hour from now`. */
const CLOCK_UNIT = '(minutes?|mins?|hours?|hrs?)';
const CLOCK_OFFSET = new RegExp(`\\b(in[ \\t]+)?${COUNT}[ \\t]+${CLOCK_UNIT}[ \\t]+(later|ago|from[ \\t]+now|hence)\\b`, 'gi');
/** Half an hour or an hour and a half ahead of or before the reference moment: `in half an hour`, `an hour and a half later`, `half an hour ago`. */
const HALF_HOUR = /\b(in[ \t]+)?(half[ \t]+an[ \t]+hour|an[ \t]+hour[ \t]+and[ \t]+a[ \t]+half)\b([ \t]+(?:later|ago|from[ \t]+now))?/gi;
/** `in 5 minutes`, `in two hours`: ahead of the reference moment (in a sentence about the future). */
const IN_CLOCK = new RegExp(`\\bin[ \\t]+${COUNT}[ \\t]+${CLOCK_UNIT}(?![ \\t]+(?:ago|later|time|from|after|before|since|of|in)\\b|['’\\w-])`, 'gi');
/** What follows a span after `within` that counts it from another moment (`within 2 hours of landing`). */
const WITHIN_FROM_OTHER = new RegExp(`^${FROM_OTHER}`, 'i');
/** A span of minutes or hours ending or starting at the reference moment: `the last 5 minutes`, `10 past minutes`, `within 2 hours`. */
const CLOCK_SPAN = new RegExp(`\\b(?:(?:the[ \\t]+)?(past|(?<!\\b(?:to|will|would|can|could|may|might|should|must|shall|'ll|’ll|and|or|which|that|they|usually|typically|often|normally|generally)[ \\t]+)last|next|coming|upcoming|previous|within)[ \\t]+${COUNT}|(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty)[ \\t]+(past|last|next|coming|upcoming|previous))[ \\t]+${CLOCK_UNIT}\\b`, 'gi');
/** A month with `this` / `next` / `last` (`this September`). */
const MONTH = /\b(this|next|last)[ \t]+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
/**
 * `two weeks ago`, `3 days from now`, `2,300 years ago` (a count in thousands with its commas, not
 * the digits after a comma).
 */
const OFFSET = new RegExp(`(?<!\\d[.,])\\b${COUNT.replace('(\\d{1,3}|', '(\\d{1,3}(?:,\\d{3})+|\\d{1,6}|')}[ \\t]+${UNIT}[ \\t]+(ago|from[ \\t]+now|hence)\\b`, 'gi');
/**
 * `the past decade`, `the past year`, `the past month`: the ten years, the year or the month up to
 * the reference day, as `the past ten years` reads and as Chinese writes it (`过去十年`, `过去一年`);
 * `the last decade`, `last year` stay the calendar decade or year before this one (`PERIOD`).
 */
const PAST_DECADE = /\b(?:the[ \t]+)?past[ \t]+(decade|year|month)\b/gi;
/**
 * `over the next decade`, `in the coming decade`: the ten years from the reference day, as `the
 * next ten years` reads and as Chinese writes it (`未来十年`); `next decade` alone stays the calendar
 * decade after this one (`PERIOD`). Group 1: from `the` on.
 */
const NEXT_DECADE = /\b(?:over|in|within|during|throughout|for)[ \t]+(the[ \t]+(?:next|coming)[ \t]+decade)\b/gi;
/** `the past 15 years`, `the next 3 days`, `the last two decades`. */
/**
 * `the past 15 years`, `next two weeks`; not `last` as the verb after `to`, a modal, a subject, an
 * adverb of habit or `and` joining it to another verb (`built to last 100 years`, `which usually last
 * 3 days`, `will begin on Jan. 14 and last 40 days`).
 */
const SPAN = new RegExp(`\\b(?:the[ \\t]+)?(past|(?<!\\b(?:to|will|would|can|could|may|might|should|must|shall|'ll|’ll|and|or|which|that|they|usually|typically|often|normally|generally)[ \\t]+)last|next|coming|upcoming|previous)[ \\t]+${COUNT}[ \\t]+${UNIT}\\b`, 'gi');
/** `the next couple of weeks`, `the past few days` (a couple is two, a few three), `3 next days`, `6 previous weeks`. */
const SPAN_VAGUE = new RegExp(`\\b(past|last|next|coming|previous)[ \\t]+(couple|few)[ \\t]+(?:of[ \\t]+)?${UNIT}\\b`, 'gi');
const SPAN_AFTER = new RegExp(`(?<!\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?[ \\t]+)\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)[ \\t]+(past|last|next|coming|upcoming|previous)[ \\t]+${UNIT}\\b`, 'gi');
/** (SPAN_AFTER: not a month's day before `last year` or `next year`: `Nov 1 last year` is a day.) */
/** A span ahead with its words after the amount: `4 weeks in the future`. */
const SPAN_AHEAD = new RegExp(`\\b${COUNT}[ \\t]+${UNIT}[ \\t]+in[ \\t]+the[ \\t]+future\\b`, 'gi');
/** Words that put a sentence in the future, for a bare weekday. */
const FUTURE = /\b(?:will|shall|'ll|going[ \t]+to|plans?[ \t]+to|(?:is|are|was|were)[ \t]+(?:due|set|scheduled|expected|forecast|likely)[ \t]+to|(?:is|are)[ \t]+(?:forecast|expected|predicted|scheduled|planned)|next|tomorrow)\b/i;

/**
 * Words one of which each pattern above needs (the text in lower case is looked through for them
 * first): a pattern a text cannot match is not run, nor compiled, for it.
 */
const NEEDS_NEAR_DAY = ['today', 'tomorrow', 'yesterday'];
const NEEDS_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const NEEDS_SHORT_WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const NEEDS_MONTH_NAME = MONTH_NAMES;
/** The words of `UNIT`, and `century` of `PERIOD`. */
const NEEDS_UNIT = ['day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade'];
const NEEDS_PERIOD = ['week', 'month', 'quarter', 'year', 'decade', 'century'];
const NEEDS_PAST_DECADE = ['decade', 'year', 'month'];
const NEEDS_DECADE = ['decade'];
const NEEDS_PAST = ['past'];
const NEEDS_THE_PERIOD = ['week', 'fortnight', 'month', 'year'];
const NEEDS_PART_OF = ['month', 'year', 'decade'];
/** PART_OF_THIS's part and its `of` (a bare `end` or `start` stands in many words and sentences). */
const NEEDS_PART = ['beginning', 'start', 'middle', 'end'].flatMap((part) => spacedWords(part, 'of'));
const NEEDS_OFFSET = ['ago', 'now', 'hence'];
const NEEDS_CLOCK_OFFSET = ['later', 'ago', 'now', 'hence'];
/** The words of `CLOCK_UNIT`. */
const NEEDS_CLOCK_UNIT = ['min', 'hour', 'hr'];
/** The words of CLOCK_SPAN before or after its count (`upcoming` holds `coming`). */
const NEEDS_SPAN_WORD = ['past', 'last', 'next', 'coming', 'previous', 'within'];
/** A count of days, hours or times right before `a week`, `a month`: how often (`two days a week`, `three times a month`). */
const RATE_BEFORE = /\b(?:days?|nights?|hours?|times|shifts?|sessions?|classes)[ \t]+$/i;

/** The anchor words OFFSET_FROM needs one of. */
const NEEDS_ANCHOR = ['later', 'today', 'tomorrow', 'yesterday', 'now'];
/** NOW's `now`, `this time` and `to date` (`time` and `date` alone stand in `times` and `update`). */
const NEEDS_NOW = ['now', ...spacedWords('this', 'time'), ...spacedWords('to', 'date')];
const NEEDS_END_OF_DAY = ['eod', ...spacedWords('end', 'of')];
const NEEDS_VAGUE = ['couple', 'few'];
const NEEDS_FUTURE = ['future'];
/** Single words the patterns named after them need: AFTER_NEXT `next`, the week patterns `week`, and so on. */
const NEEDS_NEXT = ['next'];
const NEEDS_NEXT_DECADE = ['next', 'coming'];
const NEEDS_WEEK = ['week'];
const NEEDS_MONTH = ['month'];
const NEEDS_WEEKEND = ['weekend'];
const NEEDS_DAY = ['day'];
const NEEDS_REST = spacedWords('rest', 'of');
const NEEDS_WITHIN = ['within'];
const NEEDS_HOUR = ['hour'];

const ORDINAL_INDEX: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};

/** The first `count` months of the year as numbers: `jan` → 1. */
function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

/** Moves the reference day by an amount: `[[1, 'year'], [10, 'days']]`, forward or back. */
function shifted(ref: RefDay, amounts: readonly [number, string][], sign: number): string | undefined {
  let day: RefDay | undefined = ref;
  for (const [n, word] of amounts) {
    if (!day || !Number.isFinite(n)) return undefined;
    const { unit, times } = unitOf(word);
    const k = sign * n * times;
    const next = unit === 'D' ? shiftDays(day, k) : unit === 'W' ? shiftDays(day, 7 * k) : shiftMonths(day, unit === 'M' ? k : 12 * k);
    day = readReference(next);
  }
  return day ? shiftDays(day, 0) : undefined;
}

/** Minutes in a count of clock units: `2`, `hours` → 120. */
function clockMinutes(amount: string, unitWord: string): number {
  return count(amount) * (/^h/i.test(unitWord) ? 60 : 1);
}

function count(word: string): number {
  return /^\d/.test(word) ? Number(word.replace(/,/g, '')) : SMALL[word.toLowerCase().replace(/[ \t]+/g, ' ')] ?? NaN;
}

/** A unit word as months (a year is 12), days (a week is 7) or decades. */
function unitOf(word: string): { unit: 'D' | 'W' | 'M' | 'Y'; times: number } {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day') return { unit: 'D', times: 1 };
  if (w === 'week') return { unit: 'W', times: 1 };
  if (w === 'fortnight') return { unit: 'W', times: 2 };
  if (w === 'month') return { unit: 'M', times: 1 };
  if (w === 'quarter') return { unit: 'M', times: 3 };
  if (w === 'decade') return { unit: 'Y', times: 10 };
  return { unit: 'Y', times: 1 };
}

/** `since` right before a day: a start in the past. */
const SINCE_BEFORE = /\bsince[ \t]+$/i;

/** The sentence around an offset, bounded by stops (at most 200 characters either side). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  const head = text.slice(from, at);
  const stop = Math.max(lastFullStop(head), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  return stop >= 0 ? head.slice(stop + 1) : head;
}

/** Where the last stop and blank of `head` that ends a sentence stands, not an abbreviation's (`3:30 p.m. on`, `Mr. Lee`); -1 if none. */
function lastFullStop(head: string): number {
  for (let k = head.lastIndexOf('. '); k > 0; k = head.lastIndexOf('. ', k - 1)) {
    if (!ABBREVIATION_END.test(head.slice(Math.max(0, k - 6), k))) return k;
  }
  return head.startsWith('. ') ? 0 : -1;
}

/** The end of an abbreviation before its stop: a letter after a stop (`p.m`, `U.S`), or a title or a month's short form. */
const ABBREVIATION_END = /(?:(?:^|[^A-Za-z])[A-Za-z]\.[A-Za-z]|\b(?:Mr|Ms|Mrs|Dr|St|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Inc|Ltd|Co|vs))$/;

/**
 * Up to `most` characters of `text` from `at`, cut at the end of the sentence (a stop, a blank and
 * a capital): the words after a day that tell its tense are its own sentence's (`passed a medical on
 * Sunday morning. He is expected to…` is last Sunday).
 */
function sentenceAfter(text: string, at: number, most: number): string {
  const tail = text.slice(at, at + most);
  const stop = SENTENCE_END.exec(tail);
  return stop ? tail.slice(0, stop.index + 1) : tail;
}

/**
 * The words before a day named at `at` that tell its tense: its sentence's, cut to its own clause
 * where the sentence joins two (`Pre-sales started on Monday evening, and deliveries will begin on
 * June 6`: the day is the start's, in the past).
 */
function clauseHead(text: string, at: number): string {
  const before = sentenceBefore(text, at);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_JOIN)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The words of a day's own clause from it on, up to 40 characters of its sentence. */
function clauseTail(text: string, at: number): string {
  const after = sentenceAfter(text, at, 40);
  const own = after.search(CLAUSE_JOIN);
  return own < 0 ? after : after.slice(0, own);
}

/**
 * A relative clause set off by commas before a day (`The project, which will carry water to three
 * cities, began trial operations on Friday`): it says something of the subject, not the tense of
 * the verb the day goes with. Only a clause closed by a comma before the day: one the day stands
 * in is its own (`…, which will open on Friday`).
 */
const ASIDE_CLAUSE = /,[ \t]*(?:which|who)\b[^,]*(?=,)/gi;

/** A weekday's close in the possessive (`Friday's closing price`, `Tuesday's close`). */
const CLOSE_OF_DAY = /^[A-Za-z]+day['’]s[ \t]+(?:closing|close)\b/;

/** `that` opening what was said after a day, and all after it. */
const REPORTED_AFTER = /\bthat\b[\s\S]*$/i;

/**
 * Whether a bare weekday at `at` lies ahead: its clause speaks of the future (`FUTURE`), or reports
 * it with `would` before the day (`said the rain would last until Friday`: the future of the day
 * it was said). A `would` after the day is of what was said on it (`said on Monday that the shop
 * would close`). With `duty`, a duty or a possibility before it looks ahead too (`OBLIGED`).
 */
function dayAhead(text: string, at: number, duty = false): boolean {
  // `…, the group said on Tuesday`: a verb in the past right before the day tells it, whatever the clause says ahead.
  if (PAST_VERB_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  // `a 15% premium to Friday's closing price`: a market's close a deal is priced against is one already set.
  if (CLOSE_OF_DAY.test(text.slice(at, at + 30))) return false;
  // `the exam, which begins on Sunday, …, the ministry said`: a verb of a timetable in the present right
  // before the day puts it ahead, whatever its sentence reports.
  if (SCHEDULED_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
  const head = clauseHead(text, at).replace(ASIDE_CLAUSE, '');
  // What follows `that` after the day is what was said on it (`told a press conference on Wednesday
  // that the bank will …`), not the day's own time.
  const tail = clauseTail(text, at).replace(REPORTED_AFTER, '');
  return FUTURE.test(head + tail) || WOULD.test(head) || (duty && OBLIGED.test(head)) || toDoAhead(head);
}

/**
 * An infinitive right before the day, as headlines and plans put what is to come (`Scheme to start
 * Thursday`, `is to begin on Thursday`, `are to be briefed Friday`), in a clause with no verb in
 * the past (`He went to school on Thursday`, `wanted to go home on Thursday`).
 */
const TO_DO_BEFORE = /(?:^|[^A-Za-z])(?:(?:is|are)[ \t]+)?to[ \t]+(?:be[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:on[ \t]+)?$/;
/** A verb in the past (`-ed`, or a common irregular one). */
const PAST_IN_HEAD = /\b(?:[a-z]{2,}ed|went|was|were|had|did|said|came|took|made|got|gave|began|left|told|met|saw|held|ran|spoke)\b/i;

/** Whether a clause's head closes on `TO_DO_BEFORE`, after `is` or `are` or with no verb in the past before it. */
function toDoAhead(head: string): boolean {
  const m = TO_DO_BEFORE.exec(head);
  // `is to begin` says what is to come whatever was done before it (`the publicly funded programme is to begin`).
  return m !== null && (/\b(?:is|are)[ \t]+to\b/.test(m[0]) || !PAST_IN_HEAD.test(head.slice(0, m.index)));
}

/** A verb of a timetable in the present right before a day, perhaps with `on` (`begins on Sunday`, `opens Monday`). */
const SCHEDULED_BEFORE = /\b(?:begins|starts|opens|closes|ends|resumes|kicks[ \t]+off|takes[ \t]+place|gets[ \t]+under[ \t]*way|(?:is|are)[ \t]+due)(?:[ \t]+on)?[ \t]+$/i;

/**
 * A verb in the past right before a day, perhaps with `on` and the place it was done in (`said on
 * Tuesday`, `announced Monday`, `arrived in Wellington on Wednesday`),
 * not a passive after a modal (`will be announced on Tuesday`) nor a plan (`expected on Friday`).
 */
const PAST_VERB_BEFORE = /\b(?<!\b(?:will|would|shall|to|could|may|might|must|'ll)[ \t]+be[ \t]+)(?!(?:expected|scheduled|planned|slated|forecast|predicted|projected|anticipated|needed|proceed|exceed|succeed)\b)(?:[a-z]{3,}ed|said|told|held|met|made|gave|took|won|saw|rose|fell|grew|left|began|sent|spoke|wrote|came|went)(?:[ \t]+(?:in|at|to|from)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?(?:[ \t]+on)?[ \t]+$/;

/** A duty or a possibility, which looks ahead from the text's moment (`must be filed within 72 hours`). */
const OBLIGED = /\b(?:must|should|shall|needs?[ \t]+to|ha(?:ve|s)[ \t]+to|(?:is|are)[ \t]+required[ \t]+to|can|may)\b/i;

/** Reported future: `would`, `'d` is left out (also `had`). */
const WOULD = /\bwould\b/i;

/** Where one clause of a sentence hands over to another: a semicolon, or a comma before `and`, `but`, `while`, `whereas`. */
const CLAUSE_JOIN = /;[ \t]*|,[ \t]+(?:and|but|while|whereas)\b/gi;

/** A sentence's end inside a text: a stop (and a closing quote or bracket), blank space and a capital or an opening quote. */
const SENTENCE_END = /[.!?]["”’)]?[ \t\n]+(?=["“‘(]?[A-Z])/;

/** Years `from` to `from + length - 1` as an interval: `2010/2019`. */
function spanOf(from: number, length: number): string {
  return `${String(from).padStart(4, '0')}/${String(from + length - 1).padStart(4, '0')}`;
}

/** The last month named by its English name in the paragraph before `at` (within `MONTH_BACK` characters), 1 to 12, or undefined. */
function monthNamedBefore(text: string, at: number): number | undefined {
  let from = Math.max(0, at - MONTH_BACK);
  const paragraph = text.lastIndexOf('\n\n', at);
  if (paragraph >= from) from = paragraph;
  let found: number | undefined;
  MONTH_NAMED.lastIndex = 0;
  const before = text.slice(from, at);
  for (let m = MONTH_NAMED.exec(before); m; m = MONTH_NAMED.exec(before)) found = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
  return found;
}
const MONTH_BACK = 300;
const MONTH_NAMED = new RegExp(`\\b(${MONTH_NAMES.map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|')})\\b`, 'g');

/** A forecast of the weather: what it names is ahead. */
const WEATHER_AHEAD = /\bforecast(?:s|ed)?\b[^.;!?]{0,60}\b(?:highs?|lows?|rain|showers?|temperatures?|storms?|snow|degrees?)\b/i;

/** A verb of a trip or a task in the clause before `in 10 minutes` (`cross the strait`, `charge a car`): the time it takes. */
const DONE_IN_BEFORE = /\b(?:cross(?:es|ed|ing)?|travel(?:s|led|ling)?|reach(?:es|ed|ing)?|complete[sd]?|finish(?:es|ed)?|drive|drives|fly|flies|ride|rides|walk|walks|cover(?:s|ed)?|charge[sd]?|recharge[sd]?|commute[sd]?|journey)\b[^.,;:!?]{0,40}$/i;

/** A span's end word right before a part of the year (`through`, `until`, `till`, `into`): the part is the span's horizon. */
const RUNS_TO_BEFORE = /\b(?:through|thru|until|till|into)[ \t]+(?:the[ \t]+)?$/i;

/** Words that put a sentence in the past, for `the weekend`. */
const PAST = /\b(?:was|were|had|did|ago|last|yesterday|\w{3,}ed)\b/i;

/** Resolves every relative date of an English text against the reference day. */
export function extractRelativeDates(scan: Scan): FactCandidate[] {
  const { text, context } = scan;
  const ref: RefDay | undefined = referenceDay(scan) ?? (context.referenceYear !== undefined ? { year: context.referenceYear } : undefined);
  const holds = lowerHolds(scan);
  // Four patterns need `week`: the text is looked through for it once.
  const week = holds(NEEDS_WEEK);
  const out: FactCandidate[] = [];
  const push = (start: number, end: number, value: string | undefined): void => {
    if (value) out.push(candidate('date', { start, end }, value));
  };
  let m: RegExpExecArray | null;
  NEAR_DAY.lastIndex = 0;
  if (ref && holds(NEEDS_NEAR_DAY)) while ((m = NEAR_DAY.exec(text))) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    const days = word.startsWith('after') ? 2 : word.startsWith('before') ? -2 : word === 'today' ? 0 : word === 'tomorrow' ? 1 : -1;
    push(m.index, m.index + m[0].length, shiftDays(ref, days));
  }
  WEEKDAY.lastIndex = 0;
  if (holds(NEEDS_WEEKDAY)) while ((m = WEEKDAY.exec(text))) {
    const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
    // A lowercase weekday is one after a word that makes it a time (`on friday`, `by monday`).
    if (!which && !/^[A-Z]/.test(m[2]!) && !/\b(?:on|by|until|till|since|before|after|from|to|of|and|every|each)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
      && !/^[ \t]*,?[ \t]*(?:the[ \t]+(?:\d|[a-z-]*(?:first|second|third|[a-z]th)\b)|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(?:the[ \t]+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)|(?:in[ \t]+the[ \t]+)?(?:morning|afternoon|evening|night)\b|(?:of[ \t]+)?(?:this|next|last)[ \t]+week\b|after[ \t]+(?:the[ \t]+)?next\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // `every Friday`, `each monday`, `on Mondays`: a day that recurs, no date of the calendar; it is
    // a weekday alone (`-W-5`) whatever the reference day, weighed against the other side's
    // (`每周五`, `逢周一`). `on a Sunday`, `any Monday`: any such day, nothing.
    const every = which ? null : EVERY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (every || (m[3] && !which)) {
      push(every ? m.index - every[0].length : m.index, m.index + m[0].length, weekdayAlone(weekday));
      continue;
    }
    if (m[3] || (!which && /\b(?:any|a)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))) continue;
    let value: string | undefined;
    // `Friday after next`: the weekday of the week after next
    const afterNext = which ? null : /^[ \t]+after[ \t]+(?:the[ \t]+)?next\b/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    // No reference day to count from: `Friday`, `this Friday`, `last Friday`, `next Friday` are a
    // weekday alone (`-W-5`), weighed against the other side's weekday (`上周二` against `last
    // Thursday`); `Friday after next` is nothing.
    if (!ref?.day) {
      if (!afterNext) push(m.index, m.index + m[0].length, weekdayAlone(weekday));
      continue;
    }
    if (afterNext) {
      const the = /\bthe[ \t]+$/i.exec(text.slice(Math.max(0, m.index - 4), m.index));
      push(the ? m.index - the[0].length : m.index, m.index + m[0].length + afterNext[0].length, weekdayInWeek(ref, weekday, 2));
      continue;
    }
    // `since Sunday` starts in the past, whatever the clause says ahead (`has been rising since Sunday and is expected to peak`).
    if (!which) value = nearestWeekday(ref, weekday, SINCE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || !dayAhead(text, m.index));
    else if (which === 'next') value = weekdayInWeek(ref, weekday, 1);
    else if (which === 'last' || which === 'previous') value = weekdayInWeek(ref, weekday, -1);
    else if (which === 'this') value = weekdayInWeek(ref, weekday, 0);
    else if (which === 'this upcoming') value = nearestWeekday(readReference(shiftDays(ref, 1))!, weekday, false);
    else if (which === 'past' || which === 'this past') value = nearestWeekday(readReference(shiftDays(ref, -1))!, weekday, true);
    else value = nearestWeekday(readReference(shiftDays(ref, 1))!, weekday, false);
    push(m.index, m.index + m[0].length, value);
  }
  if (!ref) return out;
  SHORT_WEEKDAY.lastIndex = 0;
  if (holds(NEEDS_SHORT_WEEKDAY)) while ((m = SHORT_WEEKDAY.exec(text))) {
    // `Sat` and `Sun` are words and names too: only before a stop (`on Sat.`, `by Sun,`)
    if (/^s/i.test(m[2]!) && !/^[ \t]*(?:[.,;:!?)]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // `wed` is also a verb (`plans to wed`): in lower case, or after `to`, only a capital makes it a day
    if ((/^wed$/.test(m[2]!) || /^to\b/i.test(m[0])) && !/^[A-Z]/.test(m[2]!)) continue;
    const weekday = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    const which = m[1]?.toLowerCase();
    const value = which === 'next' ? weekdayInWeek(ref, weekday, 1) : which === 'last' ? weekdayInWeek(ref, weekday, -1)
      : which === 'this' ? weekdayInWeek(ref, weekday, 0) : nearestWeekday(ref, weekday, !dayAhead(text, m.index));
    const nameAt = m.index + m[0].toLowerCase().lastIndexOf(m[2]!.toLowerCase());
    push(m[1] ? m.index : nameAt, nameAt + m[2]!.length, value);
  }
  PERIOD.lastIndex = 0;
  if (holds(NEEDS_PERIOD)) while ((m = PERIOD.exec(text))) {
    const which = m[1]!.toLowerCase().replace(/[ \t]+/g, ' ');
    const step = which === 'last' || which === 'previous' || which === 'this past' ? -1 : which === 'next' || which === 'coming' || which === 'following' || which === 'this coming' ? 1 : 0;
    const unit = m[2]!.toLowerCase().replace(/^(?:working|work|business)\s+/, '').replace(/^calendar\s+/, '');
    // `the previous year`, `the following year` after a year the text names: the year before or after that one
    const named = unit === 'year' && (which === 'previous' || which === 'following') && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))
      ? yearNamedBefore(text, m.index, YEAR_NAMED, (y) => yearOfNamed(y, ref.year)) : undefined;
    if (named !== undefined) {
      push(m.index, m.index + m[0].length, String(named + step));
      continue;
    }
    const value = unit === 'week' ? isoWeek(ref, step) : unit === 'weekend' ? weekend(ref, step)
      : unit === 'month' ? shiftMonth(ref, step) : unit === 'quarter' ? quarterOf(ref, step)
        : unit === 'decade' ? spanOf(Math.floor(ref.year / 10) * 10 + 10 * step, 10)
          : unit === 'century' ? spanOf(Math.floor(ref.year / 100) * 100 + 100 * step, 100) : String(ref.year + step);
    push(m.index, m.index + m[0].length, value);
  }
  AFTER_NEXT.lastIndex = 0;
  if (holds(NEEDS_NEXT)) while ((m = AFTER_NEXT.exec(text))) {
    const unit = m[1]!.toLowerCase();
    push(m.index, m.index + m[0].length, unit === 'week' ? isoWeek(ref, 2) : unit === 'month' ? shiftMonth(ref, 2) : String(ref.year + 2));
  }
  PAST_WEEK.lastIndex = 0;
  if (week) while ((m = PAST_WEEK.exec(text))) {
    const step = /^past$/i.test(m[1]!) ? -1 : 1;
    push(m.index, m.index + m[0].length, /^weekend$/i.test(m[2]!) ? weekend(ref, step) : isoWeek(ref, step));
  }
  MONTH_OF_YEAR.lastIndex = 0;
  if (holds(NEEDS_MONTH)) while ((m = MONTH_OF_YEAR.exec(text))) {
    const word = m[1]!.toLowerCase();
    const month = word === 'last' ? 12 : /^\d/.test(word) ? Number.parseInt(word, 10) : MONTH_ORDINALS.indexOf(word) + 1;
    const which = m[2]?.toLowerCase();
    const year = m[3] ?? (which === 'the' ? '-' : String(ref.year + (which === 'next' ? 1 : which === 'last' ? -1 : 0)));
    if (month >= 1 && month <= 12) push(m.index, m.index + m[0].length, `${year}-${String(month).padStart(2, '0')}`);
  }
  MONTH.lastIndex = 0;
  if (holds(NEEDS_MONTH_NAME)) while ((m = MONTH.exec(text))) {
    const which = m[1]!.toLowerCase();
    const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
    if (m[2] === 'may' || m[2] === 'march') continue;
    let year = ref.year;
    if (which === 'next' && ref.month !== undefined && month <= ref.month) year++;
    if (which === 'last' && (ref.month === undefined || month >= ref.month)) year--;
    push(m.index, m.index + m[0].length, isoMonth(year, month));
  }
  OFFSET.lastIndex = 0;
  if (holds(NEEDS_OFFSET)) while ((m = OFFSET.exec(text))) {
    const n = count(m[1]!);
    const { unit, times } = unitOf(m[2]!);
    const sign = /^ago$/i.test(m[3]!) ? -1 : 1;
    const k = sign * n * times;
    const value = unit === 'D' ? shiftDays(ref, k) : unit === 'W' ? shiftDays(ref, 7 * k) : unit === 'M' ? shiftMonths(ref, k) : yearsAway(ref, k);
    push(m.index, m.index + m[0].length, Number.isFinite(n) ? value : undefined);
  }
  SHORT_WEEKDAY_DAY.lastIndex = 0;
  if (holds(NEEDS_SHORT_WEEKDAY)) while ((m = SHORT_WEEKDAY_DAY.exec(text))) {
    const weekday = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    push(m.index, m.index + m[0].length, dayOnWeekday(ref, Number(m[2]), weekday));
  }
  PART_OF_THIS.lastIndex = 0;
  if (holds(NEEDS_PART_OF) && holds(NEEDS_PART)) while ((m = PART_OF_THIS.exec(text))) {
    const third = /^(?:beginning|start)$/i.test(m[1]!) ? 0 : /^middle$/i.test(m[1]!) ? 1 : 2;
    const unit = m[2]!.toLowerCase();
    let value: string | undefined;
    if (unit === 'month' && ref.month !== undefined) {
      // `the month` after a month the paragraph names (`in April … at the end of the month`): that month.
      const named = monthNamedBefore(text, m.index);
      const [y, mo] = named === undefined ? [ref.year, ref.month] : [named > ref.month ? ref.year - 1 : ref.year, named];
      const month = isoMonth(y, mo);
      const lastDay = daysInMonth(y, mo);
      const [a, b] = MONTH_HALVES[third](lastDay);
      value = `${month}-${String(a).padStart(2, '0')}/${month}-${String(b).padStart(2, '0')}`;
    } else if (unit === 'year') {
      const [a, b] = third === 0 ? [1, 4] : third === 1 ? [5, 8] : [9, 12];
      // A part of the year still ahead of the reference day, in a sentence told in the past
      // (`operated 358 stores at the end of the year`, written in January): the year before's.
      const around = sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40).split(/[.!?;]/)[0]!;
      // A span that runs to it (`locked in its needs through the end of the year`) looks ahead whatever the tense.
      const runsTo = RUNS_TO_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
      const year = ref.month !== undefined && a > ref.month && PAST.test(around) && !FUTURE.test(around) && !runsTo ? ref.year - 1 : ref.year;
      value = monthsOfYear(year, a, b);
    } else if (unit === 'decade') {
      // A decade in thirds of years: its first three, the middle four, the last three.
      const d = Math.floor(ref.year / 10) * 10;
      value = third === 0 ? `${d}/${d + 2}` : third === 1 ? `${d + 3}/${d + 6}` : `${d + 7}/${d + 9}`;
    }
    push(m.index, m.index + m[0].length, value);
  }
  THE_WEEKEND.lastIndex = 0;
  if (week && holds(NEEDS_WEEKEND)) while ((m = THE_WEEKEND.exec(text))) {
    const around = sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40);
    // A weather forecast for the weekend looks ahead whatever the tense of its verb (`forecast highs of 32 degrees over the weekend`).
    const step = /after/i.test(m[0]) ? 2 : FUTURE.test(around) || WEATHER_AHEAD.test(around) ? 0 : PAST.test(around) ? -1 : 0;
    push(m.index, m.index + m[0].length, weekend(ref, step));
  }
  WEEK_OF_MONTH.lastIndex = 0;
  if (week) while ((m = WEEK_OF_MONTH.exec(text))) {
    const index = m[1]!.toLowerCase() === 'last' ? 0 : ORDINAL_INDEX[m[1]!.toLowerCase()]!;
    let year = ref.year;
    let month: number | undefined;
    if (m[2]) {
      const step = /^last$/i.test(m[2]) ? -1 : /^next$/i.test(m[2]) ? 1 : 0;
      const shiftedMonth = shiftMonth(ref, step);
      if (!shiftedMonth) continue;
      year = Number(shiftedMonth.slice(0, 4));
      month = Number(shiftedMonth.slice(5, 7));
    } else {
      month = monthNumber(m[3]!);
      if (m[4]) year = Number(m[4]);
      if (/^(?:may|march|mar)$/.test(m[3]!)) continue;
    }
    push(m.index, m.index + m[0].length, weekOfMonth(year, month, index));
  }
  WEEK_OF_YEAR.lastIndex = 0;
  if (week) while ((m = WEEK_OF_YEAR.exec(text))) {
    // The last week of a year is the ISO week holding its 28 December.
    const week = /^last$/i.test(m[1]!) ? isoWeek({ year: Number(m[2]), month: 12, day: 28 }, 0)?.slice(6) : String(ORDINAL_INDEX[m[1]!.toLowerCase()]).padStart(2, '0');
    if (week) push(m.index, m.index + m[0].length, `${m[2]}-W${week}`);
  }
  NTH_WEEKDAY.lastIndex = 0;
  if (holds(NEEDS_WEEKDAY)) while ((m = NTH_WEEKDAY.exec(text))) {
    const nth = m[1]!.toLowerCase() === 'last' ? 0 : ORDINAL_INDEX[m[1]!.toLowerCase()]!;
    const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
    let year = ref.year;
    let month: number;
    if (m[3]) {
      const shiftedMonth = shiftMonth(ref, /^last$/i.test(m[3]) ? -1 : /^next$/i.test(m[3]) ? 1 : 0);
      if (!shiftedMonth) continue;
      year = Number(shiftedMonth.slice(0, 4));
      month = Number(shiftedMonth.slice(5, 7));
    } else {
      if (/^(?:may|march|mar)$/.test(m[4]!)) continue;
      month = monthNumber(m[4]!);
      if (m[5]) year = Number(m[5]);
    }
    push(m.index, m.index + m[0].length, nthWeekday(year, month, weekday, nth));
  }
  WEEK_NUMBER.lastIndex = 0;
  if (week) while ((m = WEEK_NUMBER.exec(text))) {
    const week = Number(m[1]);
    if (week >= 1 && week <= 52) push(m.index, m.index + m[0].length, `${ref.year}-W${String(week).padStart(2, '0')}`);
  }
  THE_PERIOD.lastIndex = 0;
  if (holds(NEEDS_THE_PERIOD)) while ((m = THE_PERIOD.exec(text))) {
    const unit = (m[1] ?? m[2]!).toLowerCase();
    const today = shiftDays(ref, 0);
    const value = unit === 'week' ? isoWeek(ref, 0) : unit === 'month' ? shiftMonth(ref, 0)
      : unit === 'year' ? String(ref.year) : today && `${today}/${shiftDays(ref, 13)}`;
    push(m.index, m.index + m[0].length, value);
  }
  NOW.lastIndex = 0;
  if (holds(NEEDS_NOW)) while ((m = NOW.exec(text))) {
    const moment = /T(?!00:00)\d\d:\d\d/.test(context.referenceDate ?? '') ? shiftedMoment(ref, context.referenceDate, 0) : shiftDays(ref, 0);
    push(m.index, m.index + m[0].length, moment);
  }
  NEXT_DAY.lastIndex = 0;
  if (holds(NEEDS_DAY)) while ((m = NEXT_DAY.exec(text))) push(m.index, m.index + m[0].length, shiftDays(ref, /^next$/i.test(m[1]!) ? 1 : -1));
  END_OF_DAY.lastIndex = 0;
  if (holds(NEEDS_END_OF_DAY)) while ((m = END_OF_DAY.exec(text))) {
    // `at the end of the day` as a figure of speech (`in the end`) is no time: only after `by`/`at`/`until`/`before` or alone.
    const today = shiftDays(ref, 0);
    if (today && (/eod/i.test(m[0]) || /\b(?:by|until|till|before)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)))) push(m.index, m.index + m[0].length, `${today}T23:59`);
  }
  REST_OF.lastIndex = 0;
  if (holds(NEEDS_REST)) while ((m = REST_OF.exec(text))) {
    const rest = restOf(ref, m[1]!.toLowerCase() as 'week' | 'month' | 'year');
    if (rest) push(m.index, m.index + m[0].length, rest);
  }
  OFFSET_FROM.lastIndex = 0;
  // OFFSET_FROM also needs its anchor: `later`, or `today`, `tomorrow`, `yesterday` or `now`.
  if (holds(NEEDS_UNIT) && holds(NEEDS_ANCHOR)) while ((m = OFFSET_FROM.exec(text))) {
    const [, , n1, u1, n2, u2, anchor] = m;
    // `two days a week from tomorrow`: `a week` after a count of days or times is a rate.
    if (!m[1] && /^an?$/i.test(n1!) && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const a = anchor!.toLowerCase();
    const from = a.endsWith("tomorrow") ? shiftDays(ref, 1) : a.endsWith("yesterday") ? shiftDays(ref, -1) : shiftDays(ref, 0);
    const base = readReference(from);
    const amounts: [number, string][] = [[count(n1!), u1!]];
    if (n2 && u2) amounts.push([count(n2), u2]);
    // `in two months later` keeps its `in` out; `N days before tomorrow` counts back.
    let start = m[1] ? m.index + m[1].length : m.index;
    const sign = a.startsWith("before") ? -1 : 1;
    let value = base ? shifted(base, amounts, sign) : undefined;
    // `more than 2 weeks after today` is that day at the earliest; `less than 3 days after
    // tomorrow` the days between the anchor and that day.
    const bound = m[1] ? null : /\b(more|less)[ \t]+than[ \t]+$/i.exec(text.slice(Math.max(0, start - 16), start));
    if (bound && value && from) {
      start -= bound[0].length;
      if (/^less$/i.test(bound[1]!)) value = sign > 0 ? `${from}/${value}` : `${value}/${from}`;
    }
    push(start, m.index + m[0].length, value);
  }
  IN_AMOUNT.lastIndex = 0;
  if (holds(NEEDS_UNIT)) while ((m = IN_AMOUNT.exec(text))) {
    // `in two months` is a day ahead only in a sentence about the future (or alone); elsewhere it
    // says how long something took (`rose 5% in two months`).
    const around = sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40);
    const alone = text.trim().length === m[0].length;
    if (!alone && !FUTURE.test(around)) continue;
    const [, n1, u1, n2, u2] = m;
    const amounts: [number, string][] = [[count(n1!), u1!]];
    if (n2 && u2) amounts.push([count(n2), u2]);
    push(m.index, m.index + m[0].length, shifted(ref, amounts, 1));
  }
  WITHIN.lastIndex = 0;
  if (holds(NEEDS_WITHIN)) while ((m = WITHIN.exec(text))) {
    // In a sentence about the past it says how long something took (`prices doubled within a year`).
    const around = sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40);
    if (PAST.test(around) && !FUTURE.test(around)) continue;
    const amounts: [number, string][] = [];
    AMOUNT_PART.lastIndex = 0;
    for (let p = AMOUNT_PART.exec(m[1]!); p; p = AMOUNT_PART.exec(m[1]!)) amounts.push([count(p[1]!), p[2]!]);
    const today = shiftDays(ref, 0);
    const last = ref.month === undefined ? undefined : shifted(ref, amounts, 1);
    push(m.index, m.index + m[0].length, today && last ? `${today}/${last}` : undefined);
  }
  CLOCK_OFFSET.lastIndex = 0;
  if (holds(NEEDS_CLOCK_OFFSET)) while ((m = CLOCK_OFFSET.exec(text))) {
    const sign = /^ago$/i.test(m[4]!) ? -1 : 1;
    const start = m[1] ? m.index + m[1].length : m.index;
    // The last word of a longer count (`twenty-five minutes later`, `1.5 hours ago`) is no count of its own.
    if (/(?:[\d.,]|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and))[ \t-]*$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    push(start, m.index + m[0].length, shiftedMoment(ref, context.referenceDate, sign * clockMinutes(m[2]!, m[3]!)));
  }
  IN_CLOCK.lastIndex = 0;
  if (holds(NEEDS_CLOCK_UNIT)) while ((m = IN_CLOCK.exec(text))) {
    // As `in two months`: a moment ahead only in a sentence about the future (or alone).
    const around = sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40);
    if (text.trim().length !== m[0].length && !FUTURE.test(around)) continue;
    // `Drivers will cross the strait in 10 minutes`: how long a trip or a task takes, no moment ahead.
    if (DONE_IN_BEFORE.test(clauseHead(text, m.index))) continue;
    push(m.index, m.index + m[0].length, shiftedMoment(ref, context.referenceDate, clockMinutes(m[1]!, m[2]!)));
  }
  HALF_HOUR.lastIndex = 0;
  if (holds(NEEDS_HOUR)) while ((m = HALF_HOUR.exec(text))) {
    const ago = /ago/i.test(m[3] ?? '');
    // `in half an hour` looks ahead only in a sentence about the future (or alone), as `in 5 minutes` does
    const around = sentenceBefore(text, m.index) + text.slice(m.index, m.index + 40);
    if (!m[3] && text.trim().length !== m[0].length && !FUTURE.test(around)) continue;
    if (!m[1] && !m[3]) continue;
    const minutes = /^half/i.test(m[2]!) ? 30 : 90;
    push(m.index, m.index + m[0].length, shiftedMoment(ref, context.referenceDate, ago ? -minutes : minutes));
  }
  CLOCK_SPAN.lastIndex = 0;
  if (holds(NEEDS_CLOCK_UNIT) && holds(NEEDS_SPAN_WORD)) while ((m = CLOCK_SPAN.exec(text))) {
    const word = (m[1] ?? m[4]!).toLowerCase();
    const minutes = clockMinutes(m[2] ?? m[3]!, m[5]!);
    if (/^(?:a|an|one)$/i.test(m[2] ?? '') && word !== 'within') continue;
    // `within 48 hours of the notice` counts from another moment than now, as `WITHIN` reads days
    if (word === 'within' && WITHIN_FROM_OTHER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // `sold out within 30 minutes`, `arrived within 10 minutes`: outside a clause of the future or of
    // a duty the minutes are how long something took (a length, read as one), no time from now.
    if (word === 'within' && !dayAhead(text, m.index, true)) continue;
    const now = shiftedMoment(ref, context.referenceDate, 0);
    const ahead = /^(?:next|coming|upcoming|within)$/.test(word);
    const other = shiftedMoment(ref, context.referenceDate, ahead ? minutes : -minutes);
    if (now && other) push(m.index, m.index + m[0].length, ahead ? `${now}/${other}` : `${other}/${now}`);
  }
  const spans = (re: RegExp, order: 'count-first' | 'word-first' | 'word-last', needs: readonly string[]): void => {
    re.lastIndex = 0;
    if (!holds(needs)) return;
    while ((m = re.exec(text))) {
      const [word, amount, unitWord] = order === 'word-first' ? [m[1]!, m[2]!, m[3]!] : order === 'count-first' ? [m[2]!, m[1]!, m[3]!] : ['next', m[1]!, m[2]!];
      const n = /^couple$/i.test(amount) ? 2 : /^few$/i.test(amount) ? 3 : count(amount);
      const { unit, times } = unitOf(unitWord);
      if (!Number.isFinite(n) || n < 2 && !/^\d/.test(amount)) continue;
      // `2 next weeks` counts; `19 next month` is a day of next month, not nineteen months.
      if (order === 'count-first' && n > 1 && !/s$/i.test(unitWord)) continue;
      const past = !/^(?:next|coming|upcoming)$/i.test(word);
      // Quarters are whole calendar quarters (`the past three quarters`: the three before this one),
      // decades whole decades (`the past 2 decades` in 2016: 1990/2009), as Recognizers-Text reads them.
      const value = /^quarter/i.test(unitWord) ? quarters(ref, n, past)
        : /^decade/i.test(unitWord) ? spanOf(Math.floor(ref.year / 10) * 10 + (past ? -10 * n : 10), 10 * n)
          : span(ref, n * times, unit, past);
      const start = /^quarter/i.test(unitWord) && /^the\s/i.test(m[0]) ? m.index + 4 : m.index;
      push(start, m.index + m[0].length, value);
    }
  };
  PAST_DECADE.lastIndex = 0;
  if (holds(NEEDS_PAST_DECADE) && holds(NEEDS_PAST)) while ((m = PAST_DECADE.exec(text))) {
    const unit = m[1]!.toLowerCase();
    push(m.index, m.index + m[0].length, unit === 'month' ? span(ref, 1, 'M', true) : span(ref, unit === 'year' ? 1 : 10, 'Y', true));
  }
  NEXT_DECADE.lastIndex = 0;
  if (holds(NEEDS_DECADE) && holds(NEEDS_NEXT_DECADE)) while ((m = NEXT_DECADE.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length;
    push(start, start + m[1]!.length, span(ref, 10, 'Y', false));
  }
  spans(SPAN, 'word-first', NEEDS_UNIT);
  spans(SPAN_VAGUE, 'word-first', NEEDS_VAGUE);
  spans(SPAN_AFTER, 'count-first', NEEDS_UNIT);
  spans(SPAN_AHEAD, 'word-last', NEEDS_FUTURE);
  return out;
}

/** An ISO 8601 duration of whole years, months, weeks and days: `P2W` → `[[2, 'weeks']]`. */
function amountsOf(duration: string): [number, string][] | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m || duration === 'P') return undefined;
  const out: [number, string][] = [];
  if (m[1]) out.push([Number(m[1]), 'years']);
  if (m[2]) out.push([Number(m[2]), 'months']);
  if (m[3]) out.push([Number(m[3]), 'weeks']);
  if (m[4]) out.push([Number(m[4]), 'days']);
  return out;
}

const DAY_VALUE = /^(\d{4}|-)-(\d\d)-(\d\d)$/;
/** A weekday name alone, as the text of a candidate. */
const WEEKDAY_TEXT = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const WEEKDAY_START = /^(?:(?:on|this|next|last)\s+)?(?:mon|tue|wed|thu|fri|sat|sun)/i;
/** What follows a day of the month written alone (`on the 5th.`, `the 19th at noon`): no noun. */
const DAY_END = /^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:at|and|or|to|through|till|until|when|from|for|between|by|in|we|i|he|she|they|it)\b)/i;

/** The day `day` of a month near the reference day that falls on ISO weekday `weekday` (the nearest such). */
function dayOnWeekday(ref: RefDay, day: number, weekday: number): string | undefined {
  if (ref.month === undefined) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const today = Date.UTC(ref.year, ref.month - 1, ref.day ?? 1);
  for (let k = -12; k <= 12; k++) {
    const d = new Date(Date.UTC(ref.year, ref.month - 1 + k, day));
    if (d.getUTCDate() !== day) continue;
    const wd = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    const distance = Math.abs(d.getTime() - today);
    if (wd === weekday && distance < bestDistance) {
      best = d.toISOString().slice(0, 10);
      bestDistance = distance;
    }
  }
  return best;
}

/** `for`, `over`, or a verb of lasting, right before a length (`for six days`, `over five days`, `will take eight weeks`, `lasts two days`). */
const LASTING_BEFORE = /\b(?:for|over|across|tak(?:e|es|ing)|took|last(?:s|ed|ing)?|run(?:s|ning)?|ran|need(?:s|ed|ing)?|requir(?:e|es|ed|ing)|span(?:s|ned|ning)?)[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|some[ \t]+)?$/i;

/**
 * Dates composed of the candidates the grammar found, against the reference day:
 * - an amount of time before or after a day (`3 days before June 20 2004`, `3 days after
 *   Christmas`): that day moved;
 * - a weekday with its day of the month (`Saturday the 19th`, `Tue 15th`, `thursday 8/24`): the
 *   day (a day alone resolves to the nearest month where it falls on that weekday);
 * - a day of the month alone after a time word (`on the 5th`, `by the twenty second.`): `---05`.
 * Takes and returns sorted, non-overlapping candidates; `ref` is the context's reference day (`referenceDay`).
 */
export function composeRelativeDates(text: string, found: readonly FactCandidate[], ref: RefDay | undefined): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    // Days of one month written as a range, the month named once (`April 9th through the
    // seventeenth`, `from the 4th to the 22nd of this month`, `between 4 and 22 this month`).
    const days = b ? daysOfMonth(text, a, b) : undefined;
    if (days) {
      out.push(days);
      k++;
      continue;
    }
    // Any two dates of a `from … to …` / `between … and …` interval, and `now` as either end.
    const interval = dateInterval(text, a, b, ref);
    if (interval) {
      out.push(interval.fact);
      k += interval.used - 1;
      continue;
    }
    // An amount of time before or after a day.
    if (b && a.kind === 'duration' && typeof a.value === 'string' && b.kind === 'date' && typeof b.value === 'string') {
      const word = /^[ \t]+(before|after|from|since)[ \t]+$/i.exec(gap);
      // `for six days from August 15`, `over five days from 14 April`, `will take eight weeks from May 5`: a length that starts on the
      // day, no day six days on; nor a range of lengths (`six to eight weeks from May 5`).
      const lasting = (word !== null && /^(?:from|since)$/i.test(word[1]!) && LASTING_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start))) || a.max !== undefined;
      const day = DAY_VALUE.exec(b.value);
      const amounts = amountsOf(a.value);
      const year = day && day[1] !== '-' ? Number(day[1]) : ref?.year;
      if (word && !lasting && day && amounts && year !== undefined) {
        const value = shifted({ year, month: Number(day[2]), day: Number(day[3]) }, amounts, /before/i.test(word[1]!) ? -1 : 1);
        if (value) {
          out.push({ kind: 'date', start: a.start, end: b.end, value: day[1] === '-' && !ref ? `-${value.slice(4)}` : value, approx: false });
          k++;
          continue;
        }
      }
    }
    // The week around a day: `the week of June 15th`; the week ending on it: `the week to March 14`.
    if (a.kind === 'date' && typeof a.value === 'string') {
      const before = text.slice(Math.max(0, a.start - 32), a.start);
      const around = WEEK_AROUND.exec(before);
      const ending = around ? null : WEEK_ENDING.exec(before);
      const lead = around ?? ending;
      const day = DAY_VALUE.exec(a.value);
      const year = day && day[1] !== '-' ? day[1] : ref ? String(ref.year) : undefined;
      if (lead && day && year) {
        const iso = `${year}-${day[2]}-${day[3]}`;
        out.push({ ...a, start: a.start - lead[0].length, value: around ? weekAround(iso) : weekEndingOn(iso) });
        continue;
      }
    }
    // A weekday with its day of the month.
    // Not a list of weekdays: `Friday, Saturday and public holidays` names two days.
    if (b && a.kind === 'date' && WEEKDAY_TEXT.test(text.slice(a.start, a.end).replace(/^(?:on|this|next|last)\s+/i, ''))
      && /^[ \t]*,?[ \t]*(?:the[ \t]+)?$/i.test(gap) && !WEEKDAY_START.test(text.slice(b.start, b.end))) {
      const weekday = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(text.slice(a.start, a.start + 3).toLowerCase()) + 1;
      if (b.kind === 'date' && typeof b.value === 'string' && DAY_VALUE.test(b.value) && weekday > 0) {
        out.push({ ...b, start: a.start });
        k++;
        continue;
      }
      const n = typeof b.value === 'number' ? b.value : NaN;
      if ((b.kind === 'ordinal' || b.kind === 'number') && Number.isInteger(n) && n >= 1 && n <= 31 && ref && weekday > 0
        && DAY_END.test(text.slice(b.end, b.end + 10)) && /^\d{1,2}(?:st|nd|rd|th)?$|^[a-z -]+$/i.test(text.slice(b.start, b.end))) {
        const value = dayOnWeekday(ref, n, weekday);
        if (value) {
          out.push({ kind: 'date', start: a.start, end: b.end, value, approx: false });
          k++;
          continue;
        }
      }
    }
    // A day of the month alone, after a time word: `on the 5th`, `for the 12.`
    if (a.kind === 'ordinal' || (a.kind === 'number' && /^\d{1,2}$/.test(text.slice(a.start, a.end)))) {
      const n = typeof a.value === 'number' ? a.value : NaN;
      // `on the 5th`, `for the 12.`, and without `the` after `on`: `on 21st`, `on 15.`
      const lead = /\b(?:on|by|until|till|since|before|after|from|for)[ \t]+(the[ \t]+)$|\bon[ \t]+()$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const ordinal = a.kind === 'ordinal';
      const after = text.slice(a.end, a.end + 10);
      if (lead && Number.isInteger(n) && n >= 1 && n <= 31 && (ordinal ? DAY_END.test(after) : /^[ \t]*(?:[.!?]|$)/.test(after))) {
        out.push({ kind: 'date', start: a.start - (lead[1] ?? '').length, end: a.end, value: `---${String(n).padStart(2, '0')}`, approx: false });
        continue;
      }
    }
    out.push(a);
  }
  // An interval that took `now` in (`between June 2014 and now`) covers the `now` read alone.
  return resolveOverlaps(out);
}

const FULL_DAY = /^(\d{4}|-)-(\d\d)-(\d\d)$/;
const MONTH_VALUE = /^(?:\d{4}|-)-\d\d$/;
const DAY_GAP = /^[ \t]*(-|\u2013|to|through|thru|till|until|and)[ \t]+(?:the[ \t]+)?$/i;
const DAYS_LEAD = /\b(from|between)[ \t]+(?:the[ \t]+)?$/i;
/** A day of the month alone: `---17`, or an ordinal (`seventeenth`, `the 17th`). */
function dayAlone(text: string, c: FactCandidate): number | undefined {
  const n = c.kind === 'ordinal' && typeof c.value === 'number' ? c.value
    : c.kind === 'date' && typeof c.value === 'string' && /^---\d\d$/.test(c.value) ? Number(c.value.slice(3)) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 31 && !/^\d+$/.test(text.slice(c.start, c.end)) ? n : undefined;
}
/** Two days of one month, the month written at one end or after a range of bare days. */
function daysOfMonth(text: string, a: FactCandidate, b: FactCandidate): FactCandidate | undefined {
  const gap = text.slice(a.end, b.start);
  const lead = DAYS_LEAD.exec(text.slice(Math.max(0, a.start - 14), a.start));
  // A range of bare days, then its month: `4-23 of next month`, `between 4 and 22 this month`.
  if (a.kind === 'number' && a.max !== undefined && typeof a.value === 'number' && b.kind === 'date' && typeof b.value === 'string'
    && MONTH_VALUE.test(b.value) && /^[ \t]+(?:(?:of|in)[ \t]+)?$/i.test(gap) && (lead || /\b(?:of|in)\b/i.test(gap) || /^(?:between|from)\b/i.test(text.slice(a.start, a.end)))) {
    const [d1, d2] = [a.value, a.max];
    if (!Number.isInteger(d1) || !Number.isInteger(d2) || d1 < 1 || d2 > 31 || d1 >= d2) return undefined;
    const start = lead && /^from$/i.test(lead[1]!) ? a.start - lead[0].length : a.start;
    return { kind: 'date', start, end: b.end, value: `${b.value}-${pad2(d1)}/${b.value}-${pad2(d2)}`, approx: false };
  }
  const joint = DAY_GAP.exec(gap);
  if (!joint || (/^and$/i.test(joint[1]!) && !(lead && /^between$/i.test(lead[1]!)))) return undefined;
  const fa = a.kind === 'date' && typeof a.value === 'string' ? FULL_DAY.exec(a.value) : null;
  const fb = b.kind === 'date' && typeof b.value === 'string' ? FULL_DAY.exec(b.value) : null;
  const start = lead ? a.start - lead[0].length : a.start;
  if (fa) {
    const day = dayAlone(text, b);
    if (day === undefined || day <= Number(fa[3]) || !DAY_END.test(text.slice(b.end, b.end + 10))) return undefined;
    return { kind: 'date', start, end: b.end, value: `${a.value as string}/${fa[1]}-${fa[2]}-${pad2(day)}`, approx: false };
  }
  const day = dayAlone(text, a);
  if (fb && day !== undefined && lead && day < Number(fb[3])) {
    return { kind: 'date', start, end: b.end, value: `${fb[1]}-${fb[2]}-${pad2(day)}/${b.value as string}`, approx: false };
  }
  return undefined;
}

const INTERVAL_LEAD = /\b(from|between)[ \t]+$/i;
const INTERVAL_GAP = /^[ \t]*(?:-|\u2013|to|until|till|through|thru|and)[ \t]+$/i;
const NOW_AFTER = /^[ \t]*(?:to|until|till|and)[ \t]+now\b/i;
const NOW_BEFORE = /\b(from|between)[ \t]+now[ \t]+(?:to|until|till|and)[ \t]+$/i;
/** A `from`/`between` interval that starts at `a` (or at `now` before it); how many candidates it used. */
function dateInterval(text: string, a: FactCandidate, b: FactCandidate | undefined, ref: RefDay | undefined): { fact: FactCandidate; used: number } | undefined {
  if (a.kind !== 'date' || typeof a.value !== 'string') return undefined;
  const today = ref ? shiftDays(ref, 0) : undefined;
  const nowBefore = NOW_BEFORE.exec(text.slice(Math.max(0, a.start - 24), a.start));
  if (nowBefore && today) {
    // A day or month without its year, after `now`, is in the reference year (`between now and December 20th`).
    const value = intervalValue(today, a.value.startsWith('--') ? `${ref!.year}${a.value.slice(1)}` : a.value);
    return value ? { fact: { kind: 'date', start: a.start - nowBefore[0].length, end: a.end, value, approx: false }, used: 1 } : undefined;
  }
  const lead = INTERVAL_LEAD.exec(text.slice(Math.max(0, a.start - 9), a.start));
  if (!lead) return undefined;
  const nowAfter = NOW_AFTER.exec(text.slice(a.end, a.end + 12));
  if (nowAfter && today && (lead[1]!.toLowerCase() === 'between') === /\band\b/i.test(nowAfter[0])) {
    const value = intervalValue(a.value, today);
    return value ? { fact: { kind: 'date', start: a.start - lead[0].length, end: a.end + nowAfter[0].length, value, approx: false }, used: 1 } : undefined;
  }
  if (b?.kind !== 'date' || typeof b.value !== 'string') return undefined;
  const gap = text.slice(a.end, b.start);
  if (!INTERVAL_GAP.test(gap) || (lead[1]!.toLowerCase() === 'between') !== /\band\b/i.test(gap)) return undefined;
  const value = intervalValue(a.value, b.value);
  return value ? { fact: { kind: 'date', start: a.start - lead[0].length, end: b.end, value, approx: false }, used: 2 } : undefined;
}

/**
 * Each gated pattern of this file with the lists of words it needs one of each of (in lower case),
 * as its gate asks them: for the test that checks every gate against its pattern.
 */
export const RELATIVE_DATE_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [NEAR_DAY, NEEDS_NEAR_DAY], [WEEKDAY, NEEDS_WEEKDAY], [SHORT_WEEKDAY, NEEDS_SHORT_WEEKDAY], [PERIOD, NEEDS_PERIOD],
  [MONTH, NEEDS_MONTH_NAME], [OFFSET, NEEDS_OFFSET], [SHORT_WEEKDAY_DAY, NEEDS_SHORT_WEEKDAY], [PART_OF_THIS, NEEDS_PART_OF, NEEDS_PART],
  [NTH_WEEKDAY, NEEDS_WEEKDAY], [THE_PERIOD, NEEDS_THE_PERIOD], [NOW, NEEDS_NOW], [END_OF_DAY, NEEDS_END_OF_DAY],
  [OFFSET_FROM, NEEDS_UNIT, NEEDS_ANCHOR], [IN_AMOUNT, NEEDS_UNIT], [CLOCK_OFFSET, NEEDS_CLOCK_OFFSET], [IN_CLOCK, NEEDS_CLOCK_UNIT],
  [CLOCK_SPAN, NEEDS_CLOCK_UNIT, NEEDS_SPAN_WORD], [SPAN, NEEDS_UNIT], [SPAN_VAGUE, NEEDS_VAGUE], [SPAN_AFTER, NEEDS_UNIT], [SPAN_AHEAD, NEEDS_FUTURE],
  [AFTER_NEXT, NEEDS_NEXT], [PAST_WEEK, NEEDS_WEEK], [MONTH_OF_YEAR, NEEDS_MONTH], [THE_WEEKEND, NEEDS_WEEK, NEEDS_WEEKEND],
  [WEEK_OF_MONTH, NEEDS_WEEK], [WEEK_OF_YEAR, NEEDS_WEEK], [WEEK_NUMBER, NEEDS_WEEK], [NEXT_DAY, NEEDS_DAY], [REST_OF, NEEDS_REST],
  [WITHIN, NEEDS_WITHIN], [HALF_HOUR, NEEDS_HOUR], [PAST_DECADE, NEEDS_PAST_DECADE, NEEDS_PAST], [NEXT_DECADE, NEEDS_DECADE, NEEDS_NEXT_DECADE],
];
