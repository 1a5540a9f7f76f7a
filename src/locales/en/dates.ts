import type { ExtractContext, FactCandidate } from '../../types.js';
import { MONTHS } from './words.js';
import { readsAsYear, yearLike } from './years.js';
import { candidate, holdsDigit, lowerHolds, type Scan } from './scan.js';
import { daysInMonth, endInNextYear, pad2, startInYearBefore, eraCentury, eraYear, intervalValue, readReference, spanning, splitYear } from '../calendar.js';
import { holdsAny } from '../needs.js';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])\\.?';
const DAY = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\w])';
const YEAR = '(1[5-9]\\d\\d|2[01]\\d\\d)(?![\\w])';
const JOIN = '[ \\t]*(?:-|\u2013|\u2014|to|through|until|till|and)[ \\t]*';

/** Where a month name may start: the regexes below run only there (sticky), for speed. */
const MONTH_HIT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;
/** `Long` before `March`: the Long March, a name (`Long March-5`, `长征五号`). */
const LONG_BEFORE = /\bLong[ \t]$/;
/** What MONTH_HIT needs one of, in lower case. */
const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Month first: `January 10-11th`, `Jan 4, 2019`, `january 12th, 2016`, `Jan 30 to Feb 2`. */
const MONTH_FIRST = new RegExp(
  `${MONTH}[ \\t]*(?:the[ \\t]+)?${DAY}(?:${JOIN}(?:${MONTH}[ \\t]+)?${DAY}(?![ \\t]*(?:[ap]\\.?[ \\t]?m\\b|o'?clock\\b|[:.]\\d)))?(?:(?:[ \\t]*,?[ \\t]*|[ \\t]+of[ \\t]+)${YEAR})?`, 'iy');
/** Days of a list before two days joined by `and` (`7, 14, ` before `21 and 28 September`). */
const LIST_OF_DAYS_BEFORE = /\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,[ \t]*$/i;
/** The whole run of those days (at most six). */
const LIST_DAYS_HEAD = /(?<![\w.,/-])(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,[ \t]*){1,6}$/i;
/** One day of that run, its digits and ordinal suffix in group 1, its number in group 2. */
const LIST_DAY = /(((?:3[01]|[12]\d|0?[1-9]))(?:st|nd|rd|th)?),/gi;
/** `and` between the two days of MONTH_FIRST (`August 31 and January 15`). */
const LIST_AND = /[ \t]+and[ \t]+/i;
/** A weekday before a date (`monday january 12th`, `Thursday, the`). */
const WEEKDAY_BEFORE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+(?:the[ \t]+)?$/i;
/** Day first, the day part before the month: `11 `, `04th `, `10-11 `, `2nd of `. */
const DAY_BEFORE = new RegExp(`(?<![\\w.,/-])${DAY}(?:${JOIN}${DAY})?[ \\t]+(?:of[ \\t]+)?$`, 'i');
/** The month and optional year after a day (`January 2024`, `Sept`). */
const MONTH_OPT_YEAR = new RegExp(`${MONTH}(?:,?[ \\t]*${YEAR})?`, 'iy');
/** Month and year: `January 2024`, `Aug. 2019`, `June of 2014`. */
const MONTH_YEAR = new RegExp(`${MONTH},?[ \\t]+(?:of[ \\t]+)?${YEAR}`, 'iy');
/** Month then day with a hyphen or slash: `Oct-2`, `Oct/2`, `Jan-1`. */
const MONTH_DASH_DAY = new RegExp(`${MONTH}[-/]${DAY}(?:[-/]${YEAR})?`, 'iy');
/** A month name between digits: `17/Oct/2021`, `2022-feb-3`, `2022/feb/03`. */
const NUMERIC_MONTH_NAME = new RegExp(
  `(?<![\\w./-])(?:(3[01]|[12]\\d|0?[1-9])([-/])${MONTH}\\2${YEAR}|${YEAR}([-/])${MONTH}\\6(3[01]|[12]\\d|0?[1-9])(?![\\w/-]))`, 'gi');
/** A month named on its own after a time word: `in January`, `since March`, `early May`, `after Feb`, `in the april`. */
const MONTH_NAME = /(January|February|March|April|May|June|July|August|September|October|November|December)\b/y;
const ANY_MONTH_NAME = new RegExp(MONTH, 'iy');
const MONTH_WORD_BEFORE = /(?:\b(?:in|since|until|till|by|before|after|during|early|late|mid-?|last|next|this|from|through|of)[ \t]+|\bmid-)(?:the[ \t]+)?$/i;
/** A month named alone: a capitalized full name that is no everyday word (not `May`, `March`). */
const MONTH_ALONE = /(January|February|April|June|July|August|September|October|November|December)\b/y;
/** A month named alone in lower case: only the names that are no everyday word (not `may`, `march`, `august`). */
const LOWER_MONTH_ALONE = /(january|february|april|june|july|september|october|november|december)\b(?![-'’])/y;
/** Month names that are also given names (`April Ryan`, `June Carter`, `August Wilson`). */
const NAME_MONTHS = /^(?:April|June|August)$/;
/**
 * Two months joined into a range: `Aug to Oct`, `Mar-Apr 2022`, `the January-to-March period`, `july in 2013 to March in 2015`
 * (groups: month, its year, the joiner, month, its year, a year after both); not before a day
 * (`Aug to Oct 5` is read by the day rules).
 */
const MONTH_RANGE = new RegExp(
  `${MONTH}(?:[ \\t]+(?:in|of)[ \\t]+${YEAR})?([ \\t]+(?:to|through|thru|until|till|and)[ \\t]+|-(?:to|through|until)-|[ \\t]*[-\\u2013][ \\t]*)`
  + `${MONTH}(?:[ \\t]+(?:in|of)[ \\t]+${YEAR})?(?:,?[ \\t]+${YEAR})?(?![ \\t]*(?:the[ \\t]+)?\\d)`, 'iy');
/** Another month in capitals listed after a month (`May and June`, `March, April`). */
const LIST_AFTER = /^[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A month listed after another (`April, May and June`, `July to October`). */
const LIST_BEFORE = new RegExp(`\\b${MONTH}[ \\t]*(?:,|,?[ \\t]+(?:and|or|to|through|until|till))[ \\t]+$`, 'i');
/** A month before a spelled day (`Jan first`, `May twenty one`, `September the twenty-first`). */
const MONTH_BEFORE = new RegExp(`\\b${MONTH}[ \\t]+(?:the[ \\t]+)?$`, 'i');
/** A month after a spelled day (`twenty second of June`, `tenth of September, 2000`). */
const MONTH_AFTER = new RegExp(`^[ \\t]+(?:of[ \\t]+)?${MONTH}(?:,?[ \\t]*${YEAR})?`, 'i');
const YEAR_AFTER = new RegExp(`^,?[ \\t]*${YEAR}`);
/** Quarters and halves of a year: `Q3 2016`, `2016 H2`, `1H 2026` (before its year), `the third quarter of 2016`, `first half of 2024`. */
const PERIOD = new RegExp(
  `\\b(?:(?:${YEAR}[ \\t-]?)?([Qq][1-4]|H[12]|[12]H(?=[ \\t]+(?:FY)?\\d{4}\\b))(?![\\w])(?:[ \\t]+${YEAR})?|(?:the[ \\t]+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)[ \\t]+(quarter|half)(?:[ \\t]+(?:of|in)[ \\t]+${YEAR}|[ \\t]+of[ \\t]+(?:the[ \\t]+)?year|[ \\t]+(?:of[ \\t]+)?(this|next|last)[ \\t]+year)?)`, 'g');
/** A half year's code written against its year, as results and analysts print it: `1H2025`, `2H25` (two digits are this century's, to 2039: `1H50` is a gauge's code, no half of 2050). */
const HALF_AGAINST_YEAR = /(?<![\w.])([12])H((?:1[5-9]|2[01])\d\d|[0-3]\d)(?![\w%]|[.,]\d)/g;
const PERIOD_INDEX: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
/** Numeric dates: `2010-01-29`, `2010/01/29`. */
const ISO_DATE = /(?<![\w./]|\d-)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/]|-\d|\.\d)/g;
/** A year, month and day with spaces, zero-padded: `2019 05 21`, `2013 09 04`. */
const SPACED_DATE = /(?<![\w.,])(1[5-9]\d\d|2[01]\d\d) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?![\w.,]\d|\d)/g;
/** What SPACED_DATE needs (a digit, a space, two digits, a space, a digit), asked first: a pattern this small compiles for next to nothing. */
const SPACED_DIGITS = /\d \d\d \d/;
/** Numeric dates, day and month first: `21/04/2016`, `10/31/74`, `10.31.1974`. */
const DMY = /(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d\d)(?![\w/-]|\.\d)/g;
/** Day and month with a slash: `22/04`, `2/15` (not fractions such as `1/4`). */
const DM = /(?<![\w./-])(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)/g;
/** Clock times: `10:26 PM`, `16:00`, `4:00pm`, `7 am`. */
const TIME = /(?<![\w:.])(?:([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?:[ \t]*([ap])\.?[ \t]?m\b\.?)?|(1[0-2]|0?[1-9])(?:[ \t]*([ap])\.?m\b\.?|[ \t]*o'?clock\b)|\b(noon|midday|midnight)\b|(1[0-2]|0?[1-9])(?:\.|(?=\d\d[ \t]*[ap]\.?[ \t]?m\b))([0-5]\d)[ \t]*([ap])\.?[ \t]?m\b\.?)/gi;
/**
 * Military times: four digits with a leading zero (`0430`, `at 0500`), or any valid hour after
 * `at` with `hours` (`at 1430 hours`); not in codes or phone numbers (`0800-123`, `0800 123`).
 */
const MILITARY = /(?<![\w.,:$£€#+/-]|\d[ \t])(?:(0\d)([0-5]\d)|(?<=\bat[ \t]+)([01]\d|2[0-3])([0-5]\d)(?=[ \t]*(?:hours|hrs)\b)|([01]\d|2[0-3])([0-5]\d)(?=[ \t]*(?:GMT|UTC)\b))(?![\w%]|[.,:/-]\d|[ \t]\d|\.[A-Z]{1,2}\b)(?:[ \t]*(?:hours|hrs)\b)?/gi;
/** What MILITARY needs: four digits, the first a zero and the third under 6, or `hours` / `hrs`, `GMT` / `UTC` after them. */
const ZERO_HOUR_MINUTES = /0\d[0-5]\d/;
const HOURS_WORDS = ['hours', 'hrs', 'gmt', 'utc'];

/** Whether a text may hold a time MILITARY reads (its lookbehind makes the pattern slow to run over a whole text). */
function mayHoldMilitary(text: string, holds: (words: readonly string[]) => boolean): boolean {
  return holds(HOURS_WORDS) || ZERO_HOUR_MINUTES.test(text);
}

/** A year and a month in digits: `2016-11`, `2016/11`, `11/2016`, `11-2016`. */
const YEAR_MONTH = /(?<![\w./-])(?:(1[5-9]\d\d|2[01]\d\d)[ \t]?([-/])(0?[1-9]|1[0-2])|(0?[1-9]|1[0-2])[ \t]?([-/])[ \t]?(1[5-9]\d\d|2[01]\d\d))(?![\w%]|[./-]\d)/g;
/** Two days of months with slashes joined into a range: `2/27-3/2`, `6/3-6/9, 2023` (month first). */
const DM_RANGE = /(?<![\w./-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[ \t]*[-\u2013][ \t]*(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?:,[ \t]*(1[5-9]\d\d|2[01]\d\d))?(?![\w/]|\.\d)/g;
/** A year, then a month name: `2016 November`, `2016 june`. */
const YEAR_THEN_MONTH = new RegExp(`(?<![\\w.])(1[5-9]\\d\\d|2[01]\\d\\d)[ \\t]+${MONTH}`, 'gi');
/** A year named with `mid-` (`mid-2023`), which the number scan leaves as a code. */
const MID_YEAR = /\bmid-(1[5-9]\d\d|2[01]\d\d)(?![\w])/gi;
/** A season or fiscal year over two calendar years: `2022-23`, `2023/24`, `2021/2022` (the second year whole after a slash). */
const SPLIT_YEAR = /(?<![\w.,/-])(1[5-9]\d\d|2[01]\d\d)(?:[-\u2013/](\d\d)|\/(?:1[5-9]|2[01])(\d\d))(?![\w%]|[.,/-]\d)/g;
/** A fiscal year by its code: `FY2023`, `FY 2024`, `FY24` (two digits are this century's), `FY2023/24` over two years. */
const FISCAL_YEAR = /\bFY[ \t]?'?((?:1[5-9]|2[01])\d\d|\d\d)(?:[-\u2013/](\d\d))?(?![\w%]|[.,/-]\d)/g;
const FISCAL_YEAR_NEEDS = ['fy'];
/** The age of Chinese history named by its annals, around either of its seasons. */
const SPRING_AND_AUTUMN = /Spring[ \t]+and[ \t]+Autumn[ \t]+(?:[Pp]eriod|[Ee]ra|Annals)\b/;
/** Decades: `the 1990s`; of a round hundred, centuries (`the 1800s`). */
const DECADE = /(?:\bthe[ \t]+)?(?<![\w.])(1[5-9]\d0|20\d0)['’]?s\b/g;
/** Decades in two digits: `the 80s`, `the '90s`, `’60s`, `late 90s`, `the 00s` (2000s); not `the 20s`, ambiguous. */
/** The second year of a split year right after a first (`-27` of `2026-27`, `/27`). */
const SPLIT_YEAR_END = /^[-–/]\d{2}(?!\d)/;
/** A year after a quarter or a half: `of this year`, `next year`, `of 2016`. */
const YEAR_FOLLOWS = /^(?:[ \t]+of)?[ \t]+(?:(?:this|next|last|the[ \t]+(?:next|previous|following|same|current))[ \t]+year|(?:1[5-9]|2[01])\d\d(?!\d))/i;

/** `Q1.`, `Q2:`, `Q3)` opening a line: the number of a question, as interviews and exams print it. */
const QUESTION_LABEL = /(?:^|\n)[ \t]*Q\d[.:：)]$/;

/** What PERIOD needs, in lower case: a quarter or half code or word. */
const HALF_CODES = ['1h', '2h'];
const PERIOD_NEEDS = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', '1h', '2h', 'quarter', 'half'];
/** The season words SEASON needs one of. */
const SEASON_WORDS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
/** What DECADE and SHORT_DECADE need: a decade's `0` before `s` or an apostrophe. */
const DECADE_ENDS = ['0s', "0'", '0’'];
const SHORT_DECADE = /(?:\bthe[ \t]+['’]?|(?<=\b(?:early|mid|late)-?[ \t]*)['’]?|(?<![\w'’])['’])(00|[3-9]0)['’]?s\b/gi;
/** A possessive before a decade without its century, perhaps with `early`, `mid` or `late`: an age (`in her mid-40s`). */
const AGE_BEFORE_DECADE = /\b(?:his|her|their|my|your|our|its)[ \t]+(?:(?:early|mid|late)-?[ \t]*)?$/i;
/** A unit after a decade without its century: a measure's range (`mid-40s percent`, `30s Celsius`). */
const MEASURE_AFTER_DECADE = /^[ \t]*(?:%|percent|per[ \t]+cent|percentage|degrees?|°|celsius|fahrenheit)/i;
/** What WEEK_OF_YEAR, ISH, MID_YEAR and CENTURY need, in lower case; NUMERIC_MONTH_NAME needs a hyphen or a slash, DM_RANGE and DM a slash. */
const WEEK_NEEDS = ['week'];
const ISH_NEEDS = ['ish'];
const MID_YEAR_NEEDS = ['mid-'];
const CENTURY_NEEDS = ['century'];
const CENTURY_RANGE_NEEDS = ['century', 'centuries'];
const DASH_OR_SLASH = ['-', '/'];
const SLASH_NEEDS = ['/'];
/** Two years in brackets (`(618–907)`), read as years after a name (`NAME_BEFORE`). */
const BRACKETED_YEARS = /\((\d{3,4})[ \t]*(?:-|\u2013|\u2014)[ \t]*(\d{3,4})\)/g;
/** A capitalized word right before a bracket, or before the word for an age: the name of a dynasty, a reign or a person. */
const NAME_BEFORE = /\b[A-Z][a-z][A-Za-z'’.-]*(?:[ \t]+(?:[Dd]ynasty|[Ee]ra|[Pp]eriod|[Rr]eign|[Kk]ingdom|[Ee]mpire))?[ \t]*$/;
/** Year ranges: `2003-2022`, `2003 to 2022`. */
const YEAR_RANGE = /(?<![\w.,-])(1\d\d\d|2[01]\d\d)[ \t]*(?:-|\u2013|~|to|through|and)[ \t]*(1\d\d\d|2[01]\d\d)(?![\w%]|[.,]\d)/g;
/** What may follow a range of years with no word of years before it: a phrase's end or a word that is no counted noun. */
const YEARS_END_PHRASE = /^(?:[ \t]*(?:[.,;:!?)\]]|$)|[ \t]*\n|[ \t]+(?:and|or|but|when|while|in|on|at|for|with|as|was|were|is|are|has|had|have|saw|will|from|by|period|seasons?|shows?|showed|rose|fell|grew|according)\b)/i;
/** A month name right before a year (`May 2015`, `Sept. 2015`). */
const MONTH_BEFORE_YEAR = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?[ \t]+$/i;
/** The ways English writes the era before year 1 (longest first where one holds another). */
const BEFORE_ERA = String.raw`BCE|B\.C\.E\.|BC|B\.C\.`;
/**
 * Years of an era: `221 BC`, `221 B.C.`, `44 BCE`, `79 AD`, `AD 79`, `A.D. 79`, `220 CE`, and a range
 * before its era, each end with it or the last alone (`221–206 BC`, `141 BC to 87 BC`; a day of the last
 * end's year left out of the value: `156 BC – 29 March 87 BC` is the years). Capitals only (`ad` is no era).
 */
const ERA_YEAR = new RegExp(String.raw`(?<![\w.,-])(?:(?:AD|A\.D\.)[ \t]?(\d{1,4})(?![\w,]|\.\d)|(\d{1,4})(?:(?:[ \t]?(?:${BEFORE_ERA})(?![A-Za-z]))?[ \t]*(?:-|\u2013|\u2014|to)[ \t]*(?:\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)?(\d{1,4}))?[ \t]?(${BEFORE_ERA}|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z]))`, 'g');
/** What ERA_YEAR needs, in lower case. */
const ERA_NEEDS = ['bc', 'b.c', 'ad', 'a.d', 'ce', 'c.e'];
/** An era after a century: `the 3rd century BC`. */
const ERA_AFTER_CENTURY = new RegExp(String.raw`^[ \t]?(?:${BEFORE_ERA})(?![A-Za-z])`);

/** Centuries: `the 16th century`, `21st-century`, `the nineteenth century` → `1500/1599`. */
const CENTURY = /(?:\bthe[ \t]+)?\b(\d{1,2})(?:st|nd|rd|th)[ \t-]+century\b|(?:\bthe[ \t]+)?\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty[ \t]+first|twenty-second)[ \t-]+century\b/gi;
/** Ranges of centuries in figures: `the 13th–11th century BC`, `16th to 18th centuries`, `the 5th and 6th centuries`. */
const CENTURY_RANGE = /(?:\bthe[ \t]+)?\b(\d{1,2})(?:st|nd|rd|th)[ \t]*(?:-|\u2013|\u2014|to|and)[ \t]*(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)[ \t-]+centur(?:y|ies)\b/gi;
const CENTURY_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];

/** A week of a year by its ISO number: `week 14 of 2023`. */
const WEEK_OF_YEAR = new RegExp(`\\bweek[ \\t]+(\\d{1,2})[ \\t]+(?:of|in)[ \\t]+${YEAR}`, 'gi');

/**
 * Seasons (northern meteorological: spring March–May, summer June–August, autumn September–
 * November, winter December to February), with a year or a word that makes them a time:
 * `summer of 2012`, `2012 summer`, `winter 2021`, `this summer`, `next spring`, `in the fall`,
 * `during winter`, `mid winter`. `spring` and `fall` need one (`hot spring`, prices `fall`); a
 * season before a noun names a thing (`Spring Festival`, `summer camp`: no date).
 * Groups: 1 the relative word, 2 the time word, 3 the season, 4 the year after, 5 the year before.
 */
const SEASON = new RegExp(
  `(?:\\b(this|next|last|coming|previous|past)[ \\t]+|\\b(in|during|by|until|till|since|before|after|through|throughout|early|late|mid|the|whole)(?:[ \\t]+the(?:[ \\t]+whole)?)?[ \\t-]+|(?<![\\w-]))`
  + `(spring|summer|autumn|fall|winter)(?:time)?(?:s(?![\\w]))?(?![\\w-])(?:,?[ \\t]+(?:of[ \\t]+)?${YEAR})?`, 'gi');
/** The next season joined on to a season (`autumn and winter`, `spring-summer`, `summer to autumn`). */
const NEXT_SEASON = /^(?:[ \t]+(?:and|to|through)[ \t]+|[ \t]*[-–/][ \t]*)(spring|summer|autumn|fall|winter)\b(?!-)(?:,?[ \t]+(?:of[ \t]+)?((?:1[5-9]|2[01])\d\d)\b)?/i;
const SEASON_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** Nouns a season word names a thing before (`summer camp`, `Spring Festival`, `spring water`). */
const SEASON_NOUN = /^[ \t]+(?:festival|water|roll|onion|break|camp|school|olympics|games|session|semester|term|collection|wheat|crops?|harvest|league|palace|davos|of[ \t]+(?!(?:1[5-9]|2[01])\d\d))/i;

const SEASON_END = /^(?:[ \t]*(?:[.,;:!?)"”]|$)|[ \t]+(?:of|in|and|or|when|as|is|was|were|will|would|has|had|months?|season|to|before|after|until|with|at|on|for|that|this|the|a|an|we|he|she|they|it|i)\b)/i;

/** A season's year (undefined where none is known) and its first month, as `SEASON` reads them. */
interface Season {
  year: number | undefined;
  first: number;
}

function seasonOf(text: string, m: RegExpExecArray, context: ExtractContext): Season | undefined {
  const [whole, which, word, name, yearText] = m;
  const season = name!.toLowerCase();
  const after = text.slice(m.index + whole.length, m.index + whole.length + 24);
  if (!yearText && SEASON_NOUN.test(after)) return undefined;
  const yearBefore = /(?<![\w.])(1[5-9]\d\d|2[01]\d\d)[ \t]+$/.exec(text.slice(Math.max(0, m.index - 5), m.index));
  const w = word?.toLowerCase();
  // `the fall`, `the spring` alone are other words; `spring`/`fall` need a time word or a year.
  if (!yearText && !yearBefore && !which) {
    // A season alone is a time only before a stop or a word that cannot be its noun (`the winter
    // was`, `in the fall.`); before other words it names a thing (`the winter run`, `summer camp`).
    if (!SEASON_END.test(after)) return undefined;
    if ((season === 'spring' || season === 'fall') && (!w || w === 'the' || w === 'whole')) return undefined;
    if (!w && /^[A-Z]/.test(name!) && /[A-Z][\w'’-]*[ \t]+$/.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
  }
  const ref = readReference(context.referenceDate);
  let year = yearText ? Number(yearText) : yearBefore ? Number(yearBefore[1]) : context.referenceYear;
  if (which) {
    if (!ref) return undefined;
    const k = which.toLowerCase();
    year = ref.year + (k === 'next' || k === 'coming' ? 1 : k === 'last' || k === 'previous' || k === 'past' ? -1 : 0);
  }
  return { year, first: SEASON_MONTH[season]! };
}

/**
 * The months from the season opening on month `first` to the end of the one opening on `through`
 * (the same season, or the next: `autumn and winter`, September to February), in `year`, whose end
 * falls in the next year where it runs over the year's end.
 */
function seasonSpan(year: number | undefined, first: number, through: number): string {
  const last = through === 12 ? 2 : through + 2;
  const head = year === undefined ? '-' : String(year);
  const tail = year === undefined ? '-' : String(last < first ? year + 1 : year);
  return `${head}-${pad2(first)}/${tail}-${pad2(last)}`;
}

/** The days of a month, of a leap year's where no year is given (the 29th of February may be written). */
function daysIn(month: number, year?: number): number {
  return daysInMonth(year ?? 2000, month);
}

/** The days from the first of month `first` to the last of month `last` of one year (a quarter, a half). */
function monthsSpan(first: number, last: number, year: number | undefined, context: ExtractContext): string | undefined {
  const a = iso(first, 1, year, context);
  const b = iso(last, daysIn(last, year), year, context);
  return a && b ? `${a}/${b}` : undefined;
}

/** ISO date from parts; the year from the text, else the context's, else `--MM-DD`. */
function iso(month: number, day: number | undefined, year: number | undefined, context: ExtractContext): string | undefined {
  const y = year ?? context.referenceYear;
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > 31 || (y !== undefined && day > daysIn(month, y) && month !== 2))) return undefined;
  const md = day === undefined ? pad2(month) : `${pad2(month)}-${pad2(day)}`;
  return y === undefined ? `--${md}` : `${y}-${md}`;
}

/**
 * 1 when a month name's match ends with a full stop that ends the sentence rather than
 * abbreviating the name (`in the april.`, `to Nov.` at the end of a sentence), else 0.
 */
function stopAfter(text: string, end: number, word: string): number {
  if (text[end - 1] !== '.') return 0;
  if (word.length > 4 || /^(?:may|june|july)$/i.test(word)) return 1;
  return /^(?:\s*$|\s+[A-Z"“])/.test(text.slice(end, end + 2)) ? 1 : 0;
}

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Short month names that are everyday words or names need a capital (`May`, `Mar`, `Jan`). */
function monthWordOk(word: string, followedByDay: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower === 'may' || lower === 'march' || lower === 'mar') return followedByDay || /^[A-Z]/.test(word);
  return true;
}

function push(out: FactCandidate[], start: number, end: number, value: string | undefined): void {
  if (value) out.push(candidate('date', { start, end }, value));
}

/** Reads every date that uses the month name starting at `at` (`January 10-11th`, `11 January 2024`, …). */
/**
 * Whether the month word at `at` (its ASCII letters, as MONTH ends where they do) is followed by a
 * hyphen or slash, after its full stop or not: what MONTH_DASH_DAY needs there.
 */
function dashAfterMonth(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && ((text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122)) end++;
  const next = text[end] === '.' ? text.charAt(end + 1) : text.charAt(end);
  return next === '-' || next === '/';
}

function readMonthAt(text: string, at: number, context: ExtractContext, out: FactCandidate[]): void {
  let m: RegExpExecArray | null;
  const before = text.slice(Math.max(0, at - 40), at);
  MONTH_FIRST.lastIndex = at;
  if ((m = MONTH_FIRST.exec(text)) && monthWordOk(m[1]!, true)) {
    const [, mw, d1, mw2, d2, y] = m;
    const lead = d2 ? RANGE_LEAD.exec(before) : null;
    // `August 31 and January 15`: two days of two months joined by `and` are a list, not a range,
    // unless `between` opens them; the first is read here, the second where its month stands.
    const listed = mw2 !== undefined && !/^between/i.test(lead?.[0] ?? '') ? LIST_AND.exec(m[0]) : null;
    const year = y && !listed ? Number(y) : undefined;
    const a = iso(monthOf(mw!), Number(d1), year, context);
    const b = d2 && !listed ? iso(mw2 ? monthOf(mw2) : monthOf(mw!), Number(d2), year, context) : undefined;
    const weekday = WEEKDAY_BEFORE.exec(before);
    if (listed) push(out, at - (weekday ? weekday[0].length : 0), at + listed.index, a);
    else {
      const start = at - (weekday ? weekday[0].length : lead ? lead[0].length : 0);
      // Two months a year apart (`December 28 to January 3`): the end in the year after, or the start in the year before the written one.
      const range = a && b ? (!mw2 ? `${a}/${b}` : year === undefined ? endInNextYear(`${a}/${b}`) : startInYearBefore(`${a}/${b}`)) : undefined;
      push(out, start, at + m[0].length, a && (d2 ? range : a));
    }
  }
  const day = DAY_BEFORE.exec(before);
  MONTH_OPT_YEAR.lastIndex = at;
  // `the 9th of may`, `9th may`: a day before `may`/`march` makes it the month; a bare `9 may` does not.
  if (day && (m = MONTH_OPT_YEAR.exec(text)) && monthWordOk(m[1]!, /st|nd|rd|th|\bof\b/i.test(day[0]))) {
    const [, d1, d2] = day;
    const [, mw, y] = m;
    const year = y ? Number(y) : undefined;
    const a = iso(monthOf(mw!), Number(d1), year, context);
    const b = d2 ? iso(monthOf(mw!), Number(d2), year, context) : undefined;
    let start = at - day[0].length;
    const prefix = text.slice(Math.max(0, start - 24), start);
    const weekday = WEEKDAY_BEFORE.exec(prefix);
    const lead = d2 ? RANGE_LEAD.exec(prefix) : null;
    // `7, 14, 21 and 28 September`: the last two days of a list, each a day of its own, as the list's others are.
    const listed = d2 !== undefined && LIST_OF_DAYS_BEFORE.test(prefix) ? LIST_AND.exec(day[0]) : null;
    start -= weekday ? weekday[0].length : lead ? lead[0].length : 0;
    // `since 12 December.`: the full stop ends the sentence, not the month's name
    const dot = y ? 0 : stopAfter(text, at + m[0].length, mw!);
    if (listed) {
      // The list's days before, each a day of the month (`7, 14, ` of `7, 14, 21 and 28 September`).
      const dayStart = at - day[0].length;
      const head = LIST_DAYS_HEAD.exec(text.slice(Math.max(0, dayStart - 60), dayStart));
      if (head) {
        const from = dayStart - head[0].length;
        for (const d of head[0].matchAll(LIST_DAY)) push(out, from + d.index, from + d.index + d[1]!.length, iso(monthOf(mw!), Number(d[2]), year, context));
      }
      push(out, start, start + listed.index, a);
      push(out, start + listed.index + listed[0].length, at + m[0].length - dot, b);
      return;
    }
    push(out, start, at + m[0].length - dot, a && (d2 ? (b ? `${a}/${b}` : undefined) : a));
  }
  MONTH_YEAR.lastIndex = at;
  if ((m = MONTH_YEAR.exec(text)) && monthWordOk(m[1]!, true)) {
    push(out, at, at + m[0].length, `${m[2]}-${pad2(monthOf(m[1]!))}`);
  }
  MONTH_DASH_DAY.lastIndex = at;
  if (dashAfterMonth(text, at) && (m = MONTH_DASH_DAY.exec(text))) {
    push(out, at, at + m[0].length, iso(monthOf(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : undefined, context));
  }
  MONTH_RANGE.lastIndex = at;
  // After `from`/`between`, a range's lowercase end `march`/`may` is the month (`from nov to march`).
  if ((m = MONTH_RANGE.exec(text)) && monthWordOk(m[1]!, false) && monthWordOk(m[4]!, RANGE_LEAD.test(before))) {
    const a = monthOf(m[1]!);
    const b = monthOf(m[4]!);
    const lead = RANGE_LEAD.exec(before);
    const joiner = m[3]!.trim().toLowerCase();
    const yearA = m[2] ? Number(m[2]) : undefined;
    const yearB = m[5] ? Number(m[5]) : undefined;
    const shared = m[6] ? Number(m[6]) : undefined;
    // `and` joins two months into a range only after `between` (`May and June` is a list); a
    // range needs a lead word, a dash, a year or a capital (`may to march` is no date).
    const joins = joiner === 'and' ? /between/i.test(lead?.[0] ?? '') : true;
    const named = lead !== null || /^[-\u2013]$/.test(joiner) || yearA !== undefined || shared !== undefined || /^[A-Z]/.test(m[1]!);
    if (a !== b && joins && named) {
      const y1 = yearA ?? (shared !== undefined && b < a ? shared - 1 : shared) ?? context.referenceYear;
      const y2 = yearB ?? shared ?? (y1 !== undefined && b < a ? y1 + 1 : y1);
      const head = (y: number | undefined): string => (y === undefined ? '-' : String(y));
      if (!(y1 !== undefined && y2 !== undefined && y2 * 12 + b <= y1 * 12 + a)) {
        const dot = !m[6] && !m[5] ? stopAfter(text, at + m[0].length, m[4]!) : 0;
        push(out, at - (lead ? lead[0].length : 0), at + m[0].length - dot, `${head(y1)}-${pad2(a)}/${head(y2)}-${pad2(b)}`);
      }
    }
  }
  MONTH_NAME.lastIndex = at;
  ANY_MONTH_NAME.lastIndex = at;
  // A month in capitals before another it is listed with (`for May and June`) is the month too,
  // not after a name in capitals (`Theresa May and June`).
  const capital = MONTH_NAME.exec(text);
  const listedAhead = capital !== null && LIST_AFTER.test(text.slice(at + capital[0].length, at + capital[0].length + 16))
    && !/[A-Z][\w.'’-]*[ \t]+$/.test(before);
  if ((MONTH_WORD_BEFORE.test(before) || LIST_BEFORE.test(before) || listedAhead) && (m = capital ?? ANY_MONTH_NAME.exec(text))
    && monthWordOk(m[1]!, false)) {
    // A full month name does not take the full stop after it (`in the april.`).
    const dot = stopAfter(text, at + m[0].length, m[1]!);
    push(out, at, at + m[0].length - dot, iso(monthOf(m[1]!), undefined, undefined, context));
  } else {
    MONTH_ALONE.lastIndex = at;
    LOWER_MONTH_ALONE.lastIndex = at;
    // A month alone: not beside another capitalized word, which makes it part of a name.
    if ((m = MONTH_ALONE.exec(text) ?? LOWER_MONTH_ALONE.exec(text)) && !/[A-Z][\w.'’-]*[ \t]+$/.test(before)
      && !(NAME_MONTHS.test(m[1]!) && /^[ \t]+[A-Z]/.test(text.slice(at + m[0].length, at + m[0].length + 2)))) {
      push(out, at, at + m[0].length, iso(monthOf(m[1]!), undefined, undefined, context));
    }
  }
}

/** An hour with `-ish` (`11ish`, `noonish`); a number of 13 or more is an age or amount (`30ish`). */
const ISH = /\b(\d{1,2}|noon|midnight)-?ish\b(?![ \t-]+(?:years?|months?|weeks?|days?|hours?|minutes?|people|percent|per|points?|kg|km|miles?|pounds?|dollars?|inch(?:es)?|feet|foot)\b)/gi;

/**
 * Dates and times in ISO 8601: `January 10-11th` → `2024-01-10/2024-01-11` (year from the
 * context, else `--01-10/--01-11`), `11 January 2024`, `in 2003` → `2003` (a bare year only
 * after a year word, otherwise it stays a number), `the 1990s` → `1990/1999`, `2010-01-29`,
 * `21/04/2016`, `10:26 PM` → `T22:26`, `3 o'clock`, `noon`, `0430` → `T04:30`, `the 80s` → `1980/1989`. Weekday names alone are not dates (`Sun Wenlong`).
 */
export function extractDates(scan: Scan): FactCandidate[] {
  const { text, numbers, context } = scan;
  const out: FactCandidate[] = [];
  let m: RegExpExecArray | null;
  MONTH_HIT.lastIndex = 0;
  let monthName = false;
  const holds = lowerHolds(scan);
  // Gates: a text without what a pattern needs neither runs nor compiles it (see `../needs.ts`);
  // `digit`: the text holds a digit, which every pattern written with `\d` needs.
  const digit = holdsDigit(scan);
  if (holds(MONTH_STARTS)) while ((m = MONTH_HIT.exec(text))) {
    monthName = true;
    // `the Long March-10 rocket`, `the Long March in 1934`: the name of China's rockets and of the Red Army's march, no month
    if (LONG_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) && /^mar/i.test(m[0])) continue;
    readMonthAt(text, m.index, context, out);
  }
  for (const t of numbers) {
    if (t.form !== 'words' || !Number.isInteger(t.value) || t.value < 1 || t.value > 31) continue;
    const before = MONTH_BEFORE.exec(text.slice(Math.max(0, t.start - 16), t.start));
    if (before && monthWordOk(before[1]!, false)) {
      const y = YEAR_AFTER.exec(text.slice(t.end, t.end + 7));
      push(out, t.start - before[0].length, t.end + (y ? y[0].length : 0),
        iso(monthOf(before[1]!), t.value, y ? Number(y[1]) : undefined, context));
      continue;
    }
    const after = MONTH_AFTER.exec(text.slice(t.end, t.end + 24));
    if (after && (t.ordinal || /of/i.test(after[0])) && monthWordOk(after[1]!, /of/i.test(after[0]))) {
      push(out, t.start, t.end + after[0].length, iso(monthOf(after[1]!), t.value, after[2] ? Number(after[2]) : undefined, context));
    }
  }
  PERIOD.lastIndex = 0;
  // PERIOD needs `Q1`–`Q4`, `H1`/`H2`, `quarter` or `half`.
  if (holds(PERIOD_NEEDS)) while ((m = PERIOD.exec(text))) {
    const [, y1, code, y2, word, kind, y3, which] = m;
    const half = code ? code.includes('H') : kind === 'half';
    const index = code ? Number(code.replace(/[QqH]/, '')) : word!.toLowerCase() === 'last' ? (kind === 'half' ? 2 : 4) : PERIOD_INDEX[word!.toLowerCase()]!;
    if (half && index > 2) continue;
    const yearText = y1 ?? y2 ?? y3;
    if (!code && !yearText && !m[0].includes('year')) continue;
    // A quarter of a split year (`the first quarter of 2026-27`): a financial year's, which starts
    // where its body says (April in Hong Kong), no calendar quarter; the split year is read alone.
    if ((y2 ?? y3) !== undefined && SPLIT_YEAR_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // A quarter or a half without its year is the ordinal `the first quarter` is, as Chinese 一季度
    // is (`Q1`, `H2`); one whose year follows (`Q2 of this year`, `Q3 of 2016`) is a date.
    if (code && !yearText && !YEAR_FOLLOWS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 32))) {
      // `Q1.` opening a line numbers a question (an interview's `Q1. Tell us…`): no quarter.
      if (!QUESTION_LABEL.test(text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 1))) {
        out.push(candidate('ordinal', { start: m.index, end: m.index + m[0].length }, index));
      }
      continue;
    }
    const refYear = context.referenceYear ?? readReference(context.referenceDate)?.year;
    const step = which ? (/^next$/i.test(which) ? 1 : /^last$/i.test(which) ? -1 : 0) : 0;
    if (which && refYear === undefined) continue;
    const year = yearText ? Number(yearText) : which ? refYear! + step : context.referenceYear;
    const first = half ? (index - 1) * 6 + 1 : (index - 1) * 3 + 1;
    push(out, m.index, m.index + m[0].length, monthsSpan(first, first + (half ? 5 : 2), year, context));
  }
  HALF_AGAINST_YEAR.lastIndex = 0;
  if (holds(HALF_CODES)) while ((m = HALF_AGAINST_YEAR.exec(text))) {
    const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    const first = m[1] === '1' ? 1 : 7;
    push(out, m.index, m.index + m[0].length, monthsSpan(first, first + 5, year, context));
  }
  NUMERIC_MONTH_NAME.lastIndex = 0;
  // A month name where MONTH_HIT finds one (after `-`, `/` or a space, at a word's start) and a hyphen or slash.
  if (digit && monthName && holds(DASH_OR_SLASH)) while ((m = NUMERIC_MONTH_NAME.exec(text))) {
    const [day, month, year] = m[1] ? [m[1], m[3]!, m[4]!] : [m[8]!, m[7]!, m[5]!];
    push(out, m.index, m.index + m[0].length, iso(monthOf(month), Number(day), Number(year), context));
  }
  SEASON.lastIndex = 0;
  if (holds(SEASON_WORDS)) while ((m = SEASON.exec(text))) {
    // `the Spring and Autumn period` (770–476 BC) names an age of Chinese history, no seasons.
    const at = m.index + m[0].search(/(?:spring|summer|autumn|fall|winter)/i);
    if (SPRING_AND_AUTUMN.test(text.slice(Math.max(0, at - 11), at + 30))) continue;
    const season = seasonOf(text, m, context);
    if (!season) continue;
    let { year } = season;
    let through = season.first;
    // `autumn and winter`, `spring-summer`: the next season joined on makes one span (September to February).
    const next = NEXT_SEASON.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    let joined = 0;
    const second = next ? SEASON_MONTH[next[1]!.toLowerCase()]! : 0;
    if (next && second === (season.first === 12 ? 3 : season.first + 3)) {
      through = second;
      // A year after both seasons is the first's too (`the autumn and winter of 2025`), where it has none of its own.
      if (next[2] !== undefined && !m[4]) year = Number(next[2]);
      joined = next[0].length;
      SEASON.lastIndex = m.index + m[0].length + joined;
    }
    // The span: the relative word or `early`/`mid`/`late` with the season (`this summer`,
    // `mid winter`), a year before it (`2012 summer`), else the season and its year.
    const yearBefore = /(?<![\w.])(?:1[5-9]\d\d|2[01]\d\d)[ \t]+$/.exec(text.slice(Math.max(0, at - 5), at));
    const start = m[1] ? m.index : m[2] && /^(?:early|late|mid)$/i.test(m[2]) ? m.index : yearBefore ? at - yearBefore[0].length : at;
    push(out, start, m.index + m[0].length + joined, seasonSpan(year, season.first, through));
  }
  WEEK_OF_YEAR.lastIndex = 0;
  if (digit && holds(WEEK_NEEDS)) while ((m = WEEK_OF_YEAR.exec(text))) {
    const week = Number(m[1]);
    if (week >= 1 && week <= 53) push(out, m.index, m.index + m[0].length, `${m[2]}-W${pad2(week)}`);
  }
  ISO_DATE.lastIndex = 0;
  while (digit && (m = ISO_DATE.exec(text))) {
    push(out, m.index, m.index + m[0].length, iso(Number(m[3]), Number(m[4]), Number(m[1]), context));
  }
  SPACED_DATE.lastIndex = 0;
  if (digit && SPACED_DIGITS.test(text)) while ((m = SPACED_DATE.exec(text))) push(out, m.index, m.index + m[0].length, iso(Number(m[2]), Number(m[3]), Number(m[1]), context));
  DMY.lastIndex = 0;
  while (digit && (m = DMY.exec(text))) {
    const [, p, , q, yy] = m;
    // two-digit years in the window 1930–2029 (the Windows and .NET default, as Recognizers-Text reads them)
    const year = yy!.length === 2 ? (Number(yy) < 30 ? 2000 : 1900) + Number(yy) : Number(yy);
    const [month, day] = Number(p) > 12 ? [Number(q), Number(p)] : [Number(p), Number(q)];
    push(out, m.index, m.index + m[0].length, iso(month, day, year, context));
  }
  // `11ish`, `noonish`, `7-ish`: an hour given roughly
  ISH.lastIndex = 0;
  if (holds(ISH_NEEDS)) while ((m = ISH.exec(text))) {
    const hour = /^noon/i.test(m[1]!) ? 12 : /^midnight/i.test(m[1]!) ? 0 : Number(m[1]);
    if (!(hour >= 0 && hour <= 12)) continue;
    out.push(candidate('date', { start: m.index, end: m.index + m[0].length }, `T${String(hour).padStart(2, '0')}:00`, { approx: true }));
  }
  DM_RANGE.lastIndex = 0;
  // DM_RANGE and DM need a slash.
  const slash = digit && holds(SLASH_NEEDS);
  if (slash) while ((m = DM_RANGE.exec(text))) {
    const year = m[5] ? Number(m[5]) : undefined;
    const a = iso(Number(m[1]), Number(m[2]), year, context);
    const b = iso(Number(m[3]), Number(m[4]), year, context);
    const lead = RANGE_LEAD.exec(text.slice(Math.max(0, m.index - 9), m.index));
    if (a && b && (year !== undefined || b >= a)) push(out, m.index - (lead ? lead[0].length : 0), m.index + m[0].length, `${a}/${b}`);
  }
  DM.lastIndex = 0;
  if (slash) while ((m = DM.exec(text))) {
    const p = Number(m[1]);
    const q = Number(m[2]);
    if (p < q && q <= 10) continue;
    const [month, day] = p > 12 ? [q, p] : [p, q];
    push(out, m.index, m.index + m[0].length, iso(month, day, undefined, context));
  }
  YEAR_MONTH.lastIndex = 0;
  while (digit && (m = YEAR_MONTH.exec(text))) {
    const year = m[1] ?? m[6]!;
    const month = Number(m[3] ?? m[4]);
    // 2011-12 is a season over two years (read below), not December
    if (m[1] && (Number(m[1]) + 1) % 100 === month) continue;
    push(out, m.index, m.index + m[0].length, `${year}-${pad2(month)}`);
  }
  YEAR_THEN_MONTH.lastIndex = 0;
  if (digit && monthName) while ((m = YEAR_THEN_MONTH.exec(text))) {
    if (!monthWordOk(m[2]!, false)) continue;
    push(out, m.index, m.index + m[0].length, `${m[1]}-${pad2(monthOf(m[2]!))}`);
  }
  MID_YEAR.lastIndex = 0;
  if (digit && holds(MID_YEAR_NEEDS)) while ((m = MID_YEAR.exec(text))) push(out, m.index + 4, m.index + m[0].length, m[1]);
  SPLIT_YEAR.lastIndex = 0;
  while (digit && (m = SPLIT_YEAR.exec(text))) {
    const value = splitYear(m[1]!, m[2] ?? m[3]!);
    if (value) push(out, m.index, m.index + m[0].length, value);
  }
  // The ranges of centuries read, in order: a century inside one is its end, not a date of its own.
  const ranges: number[] = [];
  CENTURY_RANGE.lastIndex = 0;
  if (digit && holds(CENTURY_RANGE_NEEDS)) while ((m = CENTURY_RANGE.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < 1 || a > 22 || b < 1 || b > 22) continue;
    const era = ERA_AFTER_CENTURY.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    // Before the era the centuries count down (`13th–11th century BC`), in it up (`16th to 18th centuries`).
    if (era ? a <= b : a >= b) continue;
    push(out, m.index, m.index + m[0].length + (era ? era[0].length : 0), spanning(eraCentury(a, era !== null), eraCentury(b, era !== null)));
    ranges.push(m.index, m.index + m[0].length);
  }
  let range = 0;
  CENTURY.lastIndex = 0;
  // The pattern needs the word: a text without it neither runs nor compiles it.
  if (holds(CENTURY_NEEDS)) while ((m = CENTURY.exec(text))) {
    const n = m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf(m[2]!.toLowerCase().replace(/[ \t]+/, '-')) + 1;
    while (range < ranges.length && ranges[range + 1]! <= m.index) range += 2;
    if (n < 1 || n > 22 || (range < ranges.length && ranges[range]! <= m.index)) continue;
    // `the 3rd century BC`: 300 to 201 BC.
    const era = ERA_AFTER_CENTURY.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    push(out, m.index, m.index + m[0].length + (era ? era[0].length : 0), eraCentury(n, era !== null));
  }
  ERA_YEAR.lastIndex = 0;
  if (digit && holds(ERA_NEEDS)) while ((m = ERA_YEAR.exec(text))) {
    if (m[1] !== undefined) {
      push(out, m.index, m.index + m[0].length, eraYear(Number(m[1]), false));
      continue;
    }
    const bc = m[4]!.startsWith('B');
    const a = eraYear(Number(m[2]), bc);
    if (m[3] === undefined) {
      push(out, m.index, m.index + m[0].length, a);
      continue;
    }
    const b = eraYear(Number(m[3]), bc);
    const [lo, hi] = bc === Number(m[2]) > Number(m[3]) ? [a, b] : [b, a];
    push(out, m.index, m.index + m[0].length, `${lo}/${hi}`);
  }
  FISCAL_YEAR.lastIndex = 0;
  if (digit && holds(FISCAL_YEAR_NEEDS)) while ((m = FISCAL_YEAR.exec(text))) {
    const year = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    const next = m[2] !== undefined && Number(m[2]) === (year + 1) % 100;
    if (m[2] !== undefined && !next) continue;
    push(out, m.index, m.index + m[0].length, next ? `${year}/${year + 1}` : String(year));
  }
  DECADE.lastIndex = 0;
  // DECADE and SHORT_DECADE need a `0` before `s` or an apostrophe.
  const decade = holds(DECADE_ENDS);
  if (decade) while ((m = DECADE.exec(text))) {
    // `the 1800s` is the century as English most often means it (as `the 19th century`); `the 2000s` the decade.
    const century = m[1]!.endsWith('00') && m[1] !== '2000';
    push(out, m.index, m.index + m[0].length, `${m[1]}/${Number(m[1]) + (century ? 99 : 9)}`);
  }
  SHORT_DECADE.lastIndex = 0;
  if (decade) while ((m = SHORT_DECADE.exec(text))) {
    // An age (`in her mid-40s`) or a measure's range (`a mid-40s percentage`, `the mid-30s Celsius`) is no decade.
    if (AGE_BEFORE_DECADE.test(text.slice(Math.max(0, m.index - 16), m.index)) || MEASURE_AFTER_DECADE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const from = (m[1] === '00' ? 2000 : 1900) + Number(m[1]);
    push(out, m.index, m.index + m[0].length, `${from}/${from + 9}`);
  }
  YEAR_RANGE.lastIndex = 0;
  const byStart = new Map<number, (typeof numbers)[number]>();
  for (const t of numbers) if (yearLike(t)) byStart.set(t.start, t);
  while (digit && (m = YEAR_RANGE.exec(text))) {
    const token = byStart.get(m.index);
    // `May 2015 to 2018`: the first year is the month's, and the range runs from that month.
    if (!token || Number(m[2]) <= Number(m[1]) || MONTH_BEFORE_YEAR.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const joined = m[0].slice(4).trim();
    // `and` joins two years into a range only after `between`; else they are two years (`in 2010 and 2019-2020`).
    if (/^and$/i.test(joined.slice(0, -4).trim()) && !/between[ \t]+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) {
      // The second a year as the first is (`in 2015 and 2018.`), unless a range opens on it (`2019-2020`).
      const end = m.index + m[0].length;
      if (readsAsYear(text, token) && !/^[ \t]*[-\u2013~]/.test(text.slice(end, end + 2))) push(out, end - 4, end, m[2]);
      YEAR_RANGE.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // Joined by a word, or before 1500 (`1200-1500 workers`), the first end needs a word of years before it.
    // Years of this age close together at a phrase's end need none (`the report covers 2015 to 2018.`).
    if ((/^(?:to|through|and)$/i.test(joined.slice(0, -4).trim()) || Number(m[1]) < 1500) && !readsAsYear(text, token)
      && !(Number(m[1]) >= 1900 && Number(m[2]) - Number(m[1]) <= 50 && YEARS_END_PHRASE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) continue;
    const lead = RANGE_LEAD.exec(text.slice(Math.max(0, m.index - 9), m.index));
    push(out, lead ? m.index - lead[0].length : m.index, m.index + m[0].length, `${m[1]}/${m[2]}`);
  }
  // `the Tang dynasty (618–907)`: the years of an age or a life in brackets after its name.
  BRACKETED_YEARS.lastIndex = 0;
  if (digit && text.includes('(')) while ((m = BRACKETED_YEARS.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= 100 && a < b && NAME_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) push(out, m.index + 1, m.index + m[0].length - 1, `${eraYear(a, false)}/${eraYear(b, false)}`);
  }
  for (const t of numbers) {
    if (yearLike(t) && readsAsYear(text, t)) push(out, t.start, t.end, String(t.value));
  }
  const times = readTimes(text, holds, digit);
  if (times.length === 0) return joinRanges(text, out);
  const byEnd = new Map<number, FactCandidate>();
  for (const d of out) {
    if (typeof d.value !== 'string' || d.value.includes('/') || !/\d-\d\d$/.test(d.value)) continue;
    // Of the dates ending where a time's gap starts, the longest: `14 March 2025` rather than the `March 2025` in it.
    const known = byEnd.get(d.end);
    if (!known || d.start < known.start) byEnd.set(d.end, d);
  }
  for (const time of times) {
    const gap = /,?[ \t]+(?:at[ \t]+)?$/i.exec(text.slice(Math.max(0, time.start - 6), time.start));
    // After a comma, a time that opens a range of times (`26 February to 3 March, 6 p.m. to 11 p.m.`) is the days' hours.
    const opensRange = gap !== null && gap[0].includes(',') && TIME_RANGE_AFTER.test(text.slice(time.end, time.end + 8));
    const date = gap && !opensRange ? byEnd.get(time.start - gap[0].length) : undefined;
    if (date) out.push({ ...date, end: time.end, value: `${date.value}${time.value}` });
    out.push(time);
  }
  return joinRanges(text, out);
}

/** A connector of a range right after a time (`6 p.m. to`, `9:00-`). */
const TIME_RANGE_AFTER = /^[ \t]*(?:-|\u2013|to|until|till)[ \t]*\d/i;

/** What joins two dates into one interval (`January 12, 2016 - 01/22/2016`, `10am to 12pm`). */
const RANGE_GAP = /^[ \t]*(?:-|\u2013|\u2014|~|to|until|till|through|thru|and)[ \t]*$/i;
const RANGE_LEAD = /\b(?:from|between)[ \t]+$/i;

/**
 * Joins two single dates or times written as an interval into one fact `a/b`, with a leading
 * `from` / `between` in its span. Keeps the single dates too; the longer span wins later.
 */
function joinRanges(text: string, found: FactCandidate[]): FactCandidate[] {
  const singles = found
    .filter((d) => typeof d.value === 'string' && !d.value.includes('/'))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const byStart = new Map<number, FactCandidate>();
  for (const d of singles) if (!byStart.has(d.start)) byStart.set(d.start, d);
  const out = [...found];
  for (const a of singles) {
    const gap = /^[ \t]*(?:-|\u2013|\u2014|~|to|until|till|through|thru|and)[ \t]*/i.exec(text.slice(a.end, a.end + 12));
    if (!gap || !RANGE_GAP.test(gap[0])) continue;
    const b = byStart.get(a.end + gap[0].length);
    if (!b) continue;
    const va = a.unit === undefined && b.unit === undefined ? yearOfEnd(text.slice(a.start, a.end), a.value as string, text.slice(b.start, b.end), b.value as string) : a.value as string;
    // An end without its year that falls before the start is in the year after (`from 1 November to 31 March`).
    const vb = YEAR_WRITTEN.test(text.slice(b.start, b.end)) || b.unit !== undefined ? b.value as string : endInNextYear(`${va}/${b.value as string}`).split('/')[1]!;
    if (va.startsWith('T') !== vb.startsWith('T') || vb < va && !va.startsWith('--') && !va.startsWith('T')) continue;
    if (/^and$/i.test(gap[0].trim()) && !/between[ \t]+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
    const lead = RANGE_LEAD.exec(text.slice(Math.max(0, a.start - 9), a.start));
    // Ends of different grains meet at the finer one (`between 2011 and Aug 2013` = 2011-01/2013-08).
    out.push(candidate('date', { start: lead ? a.start - lead[0].length : a.start, end: b.end },
      intervalValue(va, vb) ?? `${va.startsWith('T') ? startInMeridiem(text.slice(a.start, a.end), va, text.slice(b.start, b.end), vb) : va}/${vb}`));
  }
  return out;
}

/** A year written in a date's text: four digits or `'24`. */
const YEAR_WRITTEN = /\d{4}|'\d\d\b/;
/** A day or a month, its year written or not: `2024-05-01`, `--05-01`, `2024-05`. */
const DAY_OR_MONTH = /^(?:\d{4}|-)(-\d\d(?:-\d\d)?)$/;

/**
 * The first end of a range written without its year, when the last end writes one (`between 1 May
 * and 31 July 2025`, `from 12 December to 3 January 2025`): in that year, or the year before when
 * it falls later in the year than the last end. Other first ends are as they were read.
 */
export function yearOfEnd(rawA: string, va: string, rawB: string, vb: string): string {
  const a = DAY_OR_MONTH.exec(va);
  const b = /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(vb);
  if (!a || !b || YEAR_WRITTEN.test(rawA) || !YEAR_WRITTEN.test(rawB)) return va;
  const year = Number(b[1]);
  return `${a[1]!.slice(0, b[2]!.length) > b[2]! ? year - 1 : year}${a[1]}`;
}

/**
 * The start of a range of clock times in the half of the day its end names when it names none
 * itself (`from 2:00 to 2:30 pm` = 14:00 to 14:30; `from 10 am to 2 pm`, `9:00 to 1 pm` keep
 * theirs): a start after 12 hours would end before it began.
 */
function startInMeridiem(rawA: string, va: string, rawB: string, vb: string): string {
  const ha = Number(va.slice(1, 3));
  const later = `T${pad2(ha + 12)}${va.slice(3)}`;
  if (!/[ap]\.?[ \t]?m\b|noon|midnight/i.test(rawA) && /p\.?[ \t]?m\b/i.test(rawB) && ha < 12 && later < vb) return later;
  return va;
}

/** ` to 3`, ` and 11`: a bare hour that closes a range of clock times (no am/pm, minutes or noun after it). */
const BARE_HOUR_AFTER = /^[ \t]*(-|\u2013|to|until|till|and)[ \t]*(1[0-2]|0?[1-9])(?=[ \t]*(?:[.,;:!?)](?!\d)|$)|[ \t]+(?:on|at|in|tomorrow|today|tonight|yesterday|this|next|last|and|or|for|with|when|we|i|you|he|she|they|it|mon|tues?|wed|thu|fri|sat|sun)\b)/i;
/** `from 8 to`, `between 9 and`: a bare hour that opens a range of clock times. */
const BARE_HOUR_BEFORE = /\b(?:from|between)[ \t]+(2[0-3]|1\d|0?\d)[ \t]*(?:-|\u2013|to|and|until|till)[ \t]*$/i;
/** An hour before a time with am/pm: `5 to 6pm`, `3-8pm`, `1-3 pm`. */
const HOUR_BEFORE_TIME = /(?:\b(from|between)[ \t]+)?(?<![\w:.])(1[0-2]|0?[1-9])[ \t]*(-|\u2013|to|until|till|and)[ \t]*$/i;

/** What TIME needs one of, in lower case, beside a digit before `a` or `p` (`7 pm`, `7.30am`). */
const TIME_WORDS = ['clock', 'noon', 'midday', 'midnight'];
/** What TIME's other alternatives need: a digit, then a colon and a digit, or am/pm after blanks. */
const TIME_DIGITS = /\d(?::\d|[ \t]*[ap]\.?[ \t]?m)/i;

/**
 * Whether a text may hold a time TIME reads: `o'clock`, `noon`, `midday`, `midnight`, a digit
 * before a colon and a digit, or before am/pm, as every alternative of it needs one (a colon
 * alone stands in every heading and quote, `14 activities` has its digit before an `a`).
 */
function mayHoldTime(text: string, holds: (words: readonly string[]) => boolean, digit: boolean): boolean {
  return holds(TIME_WORDS) || (digit && TIME_DIGITS.test(text));
}

/** How HOUR_MINUTE_WORDS's minutes open after the hour: a space, tab or hyphen, then a minute word or `o`. */
const MINUTE_STARTS = [' ', '\t', '-'].flatMap((gap) => [
  ...['twenty', 'thirty', 'forty', 'fifty', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
    'seventeen', 'eighteen', 'nineteen', 'oh', 'o ', 'o\t'].map((w) => gap + w),
]);

/** The clock times of a text; `holds` and `digit` as in `extractDates`. */
function readTimes(text: string, holds: (words: readonly string[]) => boolean, digit: boolean): FactCandidate[] {
  const out: FactCandidate[] = [];
  TIME.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (mayHoldTime(text, holds, digit)) while ((m = TIME.exec(text))) {
    if (m[6]) {
      out.push(candidate('date', { start: m.index, end: m.index + m[0].length }, /^midn/i.test(m[6]) ? 'T00:00' : 'T12:00'));
      continue;
    }
    let hour = Number(m[1] ?? m[4] ?? m[7]);
    const minute = m[2] ? Number(m[2]) : m[8] ? Number(m[8]) : 0;
    const half = (m[3] ?? m[5] ?? m[9])?.toLowerCase();
    if (half && hour > 12) continue;
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    // Seconds are kept when written and not zero (`6:41:15 pm` → T18:41:15).
    const seconds = /^\d\d?:\d\d:(\d\d)/.exec(m[0])?.[1];
    const time = `T${pad2(hour)}:${pad2(minute)}${seconds && seconds !== '00' ? `:${seconds}` : ''}`;
    // `pm.` ends a sentence: the full stop is not part of the time (`p.m.` keeps its own).
    const stop = /(?<!\.)[ap]m\.$/i.test(m[0]) ? 1 : 0;
    out.push(candidate('date', { start: m.index, end: m.index + m[0].length - stop }, time));
    const hourLead = half ? HOUR_BEFORE_TIME.exec(text.slice(Math.max(0, m.index - 22), m.index)) : null;
    // `between 2 and 4 pm` takes its `between`; `and` joins only after it.
    // `June 3 to 4 pm`: the first number is the month's day, not an hour.
    const afterMonth = hourLead ? MONTH_BEFORE.test(text.slice(Math.max(0, m.index - hourLead[0].length - 16), m.index - hourLead[0].length)) : false;
    const lead = hourLead && !afterMonth && (/^and$/i.test(hourLead[3]!) ? /^between$/i.test(hourLead[1] ?? '') : true) ? hourLead : null;
    if (lead) {
      let first = Number(lead[2]);
      if (half === 'p' && first < 12 && first + 12 <= hour) first += 12;
      out.push(candidate('date', { start: m.index - lead[0].length, end: m.index + m[0].length }, `T${pad2(first)}:00/${time}`));
    } else if (m[2] && !half) {
      // `from 10:30 to 3`, `between 9:15 and 11`: a bare hour closes the range, the first one after
      // its start on the 12-hour clock (3 after 10:30 is 15:00).
      const opened = /\b(?:from|between)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      const close = opened ? BARE_HOUR_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null;
      if (close && (/^and$/i.test(close[1]!) === /between[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))) {
        let last = Number(close[2]);
        if (last <= hour && last + 12 > hour && last < 12) last += 12;
        if (last > hour) {
          const start = m.index - /(?:from|between)[ \t]+$/i.exec(text.slice(Math.max(0, m.index - 8), m.index))![0].length;
          out.push(candidate('date', { start, end: m.index + m[0].length + close[0].length }, `${time}/T${pad2(last)}:00`));
        }
      }
    }
    if (m[2] && !lead) {
      // `from 8 to 8:45`, `between 9 and 11:15`: a bare hour after `from`/`between` opens the range.
      const bare = BARE_HOUR_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      if (bare && Number(bare[1]) <= hour) {
        out.push(candidate('date', { start: m.index - bare[0].length, end: m.index + m[0].length }, `T${pad2(Number(bare[1]))}:00/${time}`));
      }
    }
  }
  MILITARY.lastIndex = 0;
  if (digit && mayHoldMilitary(text, holds)) while ((m = MILITARY.exec(text))) {
    const time = `T${m[1] ?? m[3] ?? m[5]}:${m[2] ?? m[4] ?? m[6]}`;
    out.push(candidate('date', { start: m.index, end: m.index + m[0].length }, time));
  }
  CLOCK_IN_PART.lastIndex = 0;
  if (holds(CLOCK_PART_NEEDS)) while ((m = CLOCK_IN_PART.exec(text))) {
    // A time needs its part of the day, `o'clock` or am/pm; `half past seven` alone needs a word
    // before it (looked for last: the pattern also stops at every bare `one`, `two`, `ten`).
    if (!m[4] && !m[5] && !m[6] && !m[7] && !(m[2] && CLOCK_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index)))) continue;
    // digits with am/pm alone are read by the clock pattern above (`7 pm`)
    if (m[5] && !m[1] && !m[4] && /^\d/.test(m[3]!)) continue;
    let hour = CLOCK_HOUR_WORDS.indexOf(m[3]!.toLowerCase()) + 1 || Number(m[3]);
    if (!(hour >= 1 && hour <= 12)) continue;
    let minute = 0;
    if (m[1]) {
      const amount = m[1].toLowerCase().replace(/^a[ \t]+/, '');
      minute = amount === 'half' ? 30 : amount === 'quarter' ? 15 : /^\d+$/.test(amount) ? Number(amount) : minuteWords(amount);
      // Counting down to the hour takes a round amount or the word minutes (`ten to nine`; `two to nine` is a range).
      const down = /^(?:to|before)$/i.test(m[2]!);
      if (!(minute >= 1 && minute <= 59) || (down && (amount === 'half' || (minute % 5 !== 0 && !/minute/i.test(m[0])) || minute < 10))) continue;
      // A bounded length before a time is a wait or a lead, not the time (`under 30 minutes before 1 p.m.`).
      if (LENGTH_BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      if (/^(?:to|before)$/i.test(m[2]!)) {
        hour = hour === 1 ? 12 : hour - 1;
        minute = 60 - minute;
      }
    }
    const part = (m[6] ?? m[7])?.toLowerCase();
    if (part && (part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6)) && hour < 12) hour += 12;
    if ((part === 'morning' || m[5]?.toLowerCase() === 'a') && hour === 12) hour = 0;
    if (m[5]?.toLowerCase() === 'p' && hour < 12) hour += 12;
    out.push(candidate('date', { start: m.index, end: m.index + m[0].length }, `T${pad2(hour)}:${pad2(minute)}`));
    // `5 to seven in the morning`, `from 9 to 11 in the evening`: a bare hour before it opens a range in the same part
    const opening = (m[5] || part) && !m[1] ? HOUR_BEFORE_PART.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
    if (opening && (opening[3]!.toLowerCase() !== 'and' || opening[1]?.toLowerCase() === 'between')) {
      let first = CLOCK_HOUR_WORDS.indexOf(opening[2]!.toLowerCase()) + 1 || Number(opening[2]);
      if (hour >= 12 && first < 12 && first + 12 < hour) first += 12;
      if (first < hour) out.push(candidate('date', { start: m.index - opening[0].length, end: m.index + m[0].length }, `T${pad2(first)}:00/T${pad2(hour)}:${pad2(minute)}`));
    }
  }
  HOUR_MINUTE_WORDS.lastIndex = 0;
  // HOUR_MINUTE_WORDS needs its minutes after a space, tab or hyphen.
  if (!holds(MINUTE_STARTS)) return out;
  while ((m = HOUR_MINUTE_WORDS.exec(text))) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const lead = /\b(?:at|by|around|about|circa|until|till|before|after|from|back)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (!m[3] && !lead && !TIME_WORD_AFTER.test(after)) continue;
    let hour = CLOCK_HOUR_WORDS.indexOf(m[1]!.toLowerCase()) + 1;
    const minute = minuteWords(m[2]!.replace(/^o h?[ \t]+|^oh[ \t]+|^o[ \t]+/i, ''));
    if (!(minute >= 1 && minute <= 59)) continue;
    if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
    out.push(candidate('date', { start: m.index, end: m.index + m[0].length }, `T${pad2(hour)}:${pad2(minute)}`));
  }
  return out;
}

/** A bare hour and a range word before a clock time in its part of the day (`5 to `, `from nine until `, `between 2 and `). */
const HOUR_BEFORE_PART = new RegExp(`(?:\\b(from|between)[ \\t]+)?(?<![\\w:.])(1[0-2]|0?[1-9]|${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].join('|')})[ \\t]*(-|\u2013|to|until|till|and)[ \\t]*$`, 'i');

/** A word before a clock time that makes `half past seven` one without its part of the day. */
const CLOCK_LEAD = /\b(?:at|by|around|about|circa|until|till|before|after|from)[ \t]+$/i;

/** What may follow an hour and minutes in words that makes them a time: a day or its part (`tomorrow`, `in the morning`). */
const TIME_WORD_AFTER = /^[ \t]+(?:tomorrow|today|tonight|(?:this|that)[ \t]+(?:morning|afternoon|evening)|that[ \t]+night|in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night)\b/i;

const CLOCK_HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTE_WORDS = '(?:(?:twenty|thirty|forty|fifty)(?:[ \\t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** A word that bounds a length right before it (`under`, `within`, `up to`, `more than`): the minutes after it are a length. */
const LENGTH_BOUND_BEFORE = /\b(?:under|over|within|about|around|nearly|almost|roughly|up[ \t]+to|at[ \t]+least|at[ \t]+most|(?:more|less|fewer)[ \t]+than)[ \t]+$/i;

/**
 * What a time CLOCK_IN_PART reads needs one of (in lower case): `o'clock`, am/pm, a part of the day,
 * or `past`/`to` (its groups 4, 5, 6, 7 and 2). The pattern also stops at every bare `one`, `two`,
 * `3`, and a text without any of these words gives nothing but those: it is not run over it.
 */
const CLOCK_PART_NEEDS = [
  'clock', ...['a', 'p'].flatMap((half) => ['', '.', ' ', '\t', '. ', '.\t'].map((gap) => `${half}${gap}m`)),
  'morning', 'afternoon', 'evening', 'night', 'past', 'after', 'to', 'before',
];
/**
 * A clock time in words or digits with its part of the day or `o'clock`: `six in the evening`,
 * `ten past six in the morning`, `a quarter to nine`, `half past 7`, `10 o'clock at night`.
 * Groups: 1 the minutes, 2 past/to, 3 the hour, 4 o'clock, 5 a/p of am/pm, 6 and 7 the part of the day. A noun
 * after the part keeps it out (`two in the morning papers`).
 */
const CLOCK_IN_PART = new RegExp(
  `\\b(?=[\\dotfsenhqaOTFSENHQA])(?:(half|(?:a[ \\t]+)?quarter|\\d{1,2}(?=[ \\t]+(?:minutes?|past)\\b)|${MINUTE_WORDS})(?:[ \\t]+minutes?)?[ \\t]+(past|after|to|before)[ \\t]+)?`
  + `(${CLOCK_HOUR_WORDS.join('|')}|1[0-2]|0?[1-9])(?![\\w:]|\\.\\d)(?:[ \\t]+(o'?clock|oclock))?(?:[ \\t]*([ap])\\.?[ \\t]?m\\b(?:\\.(?![ \\t]*$))?)?`
  + `(?:[ \\t]+(?:(?:in[ \\t]+the|that|the[ \\t]+same)[ \\t]+(morning|afternoon|evening)|(?:at|that|the[ \\t]+same)[ \\t]+(night))`
  + `(?![ \\t]+(?!(?:in|at|on|and|or|to|from|until|till|by|when|while|the|a|an|we|i|he|she|they|it|was|were|is|will|tomorrow|today|yesterday|of|for|with)\\b)[a-z]))?`, 'gi');

/**
 * An hour and its minutes in words: `eight thirty`, `six forty-five pm`, `twelve oh five a.m.`,
 * `five-thirty`; a time with am/pm, after a word of clock time (`at`, `by`, `until`) or before a
 * day or its part (`seven thirty tomorrow morning`). Groups: 1 the hour, 2 the minutes, 3 a/p.
 */
const HOUR_MINUTE_WORDS = new RegExp(
  `\\b(${CLOCK_HOUR_WORDS.join('|')})[ \\t-]+((?:oh|o)[ \\t]+(?:one|two|three|four|five|six|seven|eight|nine)|(?:twenty|thirty|forty|fifty)(?:[ \\t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`
  + `(?![\\w-])(?:[ \\t]*([ap])\\.?[ \\t]?m\\b(?:\\.(?![ \\t]*$))?)?`, 'gi');

function minuteWords(words: string): number {
  const all = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
    'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['twenty', 'thirty', 'forty', 'fifty'];
  return words.toLowerCase().split(/[ \t-]+/).reduce((n, w) => n + (all.indexOf(w) + 1 || (tens.includes(w) ? 20 + 10 * tens.indexOf(w) : NaN)), 0);
}

/* Years written in words: `two thousand and nine`, `nineteen ninety one`, `twenty twenty`,
 * `nineteen oh five`, `seventeen hundred`, `one thousand six hundred and sixty six`, and the
 * decades `the nineteen twenties`, `the twenty tens`. English number words (any year). */
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const UNIT_W = `(?:${UNIT_WORDS.join('|')})`;
/** 1–99 in words: `seven`, `fifteen`, `sixty two`, `sixty-two`. */
const TWO_DIGITS_W = `(?:(?:${TEN_WORDS.join('|')})(?:[ \\t-]+${UNIT_W})?|${TEEN_WORDS.join('|')}|${UNIT_W})`;
/** 10–99 in words, the first half of a year read in pairs (`nineteen`, `twenty`). */
const PAIR_HEAD_W = `(?:(?:${TEN_WORDS.join('|')})(?:[ \\t-]+${UNIT_W})?|${TEEN_WORDS.join('|')})`;
const AND_W = '[ \\t]+(?:and[ \\t]+)?';
/** A following word that makes the number words a count of things (`two thousand workers`): no year then. */
const NOT_A_NOUN = '(?![ \\t]+(?!(?:in|at|on|and|or|to|from|until|till|by|when|while|the|a|an|we|i|he|she|they|it|was|were|is|will|would)\\b)[a-z])';
const YEAR_WORDS_SOURCE = `(?:${UNIT_W}[ \\t]+thousand(?:${AND_W}${UNIT_W}[ \\t]+hundred)?(?:${AND_W}${TWO_DIGITS_W})?`
  + `|${PAIR_HEAD_W}[ \\t]+(?:hundred(?:${AND_W}${TWO_DIGITS_W})?|(?:oh|o)[ \\t]+${UNIT_W}|${PAIR_HEAD_W}))(?![\\w-])${NOT_A_NOUN}`;
/** A year in words right after a date without its year (`June` + `, two thousand and nine`). */
const YEAR_WORDS_AFTER = new RegExp(`^,?[ \\t]+(?:of[ \\t]+)?(${YEAR_WORDS_SOURCE})`, 'i');
/** A year in words after the word `year` (`the year two thousand`, `year three hundred and twelve`). */
const YEAR_NAMED_WORDS = new RegExp(
  `\\byear[ \\t]+(${YEAR_WORDS_SOURCE}|${UNIT_W}[ \\t]+hundred(?:${AND_W}${TWO_DIGITS_W})?(?![\\w-])${NOT_A_NOUN})`, 'gi');
/**
 * What `YEAR_NAMED_WORDS` needs at the least: `year`, blanks, then the first letter of a number
 * word. Tested first, so a text without it (`Year Plan`, `years`) never compiles the large pattern.
 */
const YEAR_NAMED_START = new RegExp(
  `\\byear[ \\t]+[${[...new Set([...UNIT_WORDS, ...TEEN_WORDS, ...TEN_WORDS].map((w) => w[0]))].join('')}]`, 'i');
/** What YEAR_NAMED_START needs (in lower case): a text without it is not run through it. */
const YEAR_WORD_NEEDS = ['year'];
/**
 * What DECADE_IN_WORDS needs (in lower case): its decade word after a blank or a hyphen. Not `ties`
 * alone, which `activities` and `cities` hold, nearly every paragraph of an article.
 */
const DECADE_IN_WORDS_NEEDS = [' ', '\t', '-'].flatMap((gap) => ['tens', ...DECADE_WORDS].map((word) => gap + word));
/** A decade in words: `the nineteen twenties`, `the twenty tens`. */
const DECADE_IN_WORDS = new RegExp(`\\b(?:the[ \\t]+)?(${TEEN_WORDS.join('|')}|twenty)[ \\t-]+(tens|${DECADE_WORDS.join('|')})\\b`, 'gi');

function wordValue(word: string): number {
  const w = word.toLowerCase();
  const unit = UNIT_WORDS.indexOf(w);
  if (unit >= 0) return unit + 1;
  const teen = TEEN_WORDS.indexOf(w);
  if (teen >= 0) return teen + 10;
  const ten = TEN_WORDS.indexOf(w);
  return ten >= 0 ? 20 + 10 * ten : w === 'oh' || w === 'o' || w === 'and' ? 0 : NaN;
}

/** The value of a year written in words (`nineteen ninety one` → 1991); NaN when it is not one. */
export function yearFromWords(words: string): number {
  const parts = words.toLowerCase().split(/[ \t-]+/).filter((w) => w !== 'and');
  const thousand = parts.indexOf('thousand');
  const hundred = parts.indexOf('hundred');
  const sum = (ws: readonly string[]): number => ws.reduce((n, w) => n + wordValue(w), 0);
  if (thousand >= 0) {
    const head = sum(parts.slice(0, thousand));
    const hundreds = hundred > thousand ? sum(parts.slice(thousand + 1, hundred)) : 0;
    return head * 1000 + hundreds * 100 + sum(parts.slice(hundred > thousand ? hundred + 1 : thousand + 1));
  }
  if (hundred >= 0) return sum(parts.slice(0, hundred)) * 100 + sum(parts.slice(hundred + 1));
  // Read in pairs: the first 10–99 is the century part (`nineteen` `ninety one`, `twenty` `twenty`).
  const first = parts[0] && parts[1] && TEN_WORDS.includes(parts[0]) && UNIT_WORDS.includes(parts[1]) ? 2 : 1;
  return sum(parts.slice(0, first)) * 100 + sum(parts.slice(first));
}

const YEARLESS = /^--\d\d(?:-\d\d)?(?:\/--\d\d(?:-\d\d)?)?$/;

/**
 * Years written in words: a date without its year takes one right after it (`October nineteen
 * ninety one` = 1991-10, `the fourth of June, two thousand` = 2000-06-04), the word `year`
 * makes one a date on its own (`the year two thousand`), and decades in words are their years
 * (`the nineteen twenties` = 1920/1929). The number facts the words also made give way.
 * Takes sorted, non-overlapping candidates and returns them so; `holds` answers whether the text
 * in lower case holds one of some words (`lowerHolds`), for the gates of the patterns.
 */
export function withYearsInWords(
  text: string,
  found: readonly FactCandidate[],
  holds: (words: readonly string[]) => boolean,
): FactCandidate[] {
  const added: FactCandidate[] = [];
  const out: FactCandidate[] = [];
  for (const c of found) {
    if (c.kind === 'date' && typeof c.value === 'string' && YEARLESS.test(c.value)) {
      // A day in words may be the first half of a year in pairs (`October nineteen` `ninety one`).
      const wordDay = /^--\d\d-\d\d$/.test(c.value) ? /^([a-z]+\.?)[ \t]+[a-z \t-]+$/i.exec(text.slice(c.start, c.end)) : null;
      const fromMonth = wordDay ? YEAR_WORDS_AFTER.exec(text.slice(c.start + wordDay[1]!.length, c.start + 100)) : null;
      const asYear = fromMonth ? yearFromWords(fromMonth[1]!) : NaN;
      if (wordDay && fromMonth && c.start + wordDay[1]!.length + fromMonth[0].length > c.end && asYear >= 1000 && asYear <= 2999) {
        const month = `${asYear}${c.value.slice(1, 4)}`;
        // A day in words before the month (`eleven April nineteen oh two`).
        const prev = out[out.length - 1];
        const day = prev?.kind === 'number' && typeof prev.value === 'number' && Number.isInteger(prev.value) && prev.value >= 1 && prev.value <= 31
          && /^[a-z -]+$/i.test(text.slice(prev.start, prev.end)) && /^[ \t]+(?:of[ \t]+)?$/i.test(text.slice(prev.end, c.start)) ? prev : undefined;
        if (day) out.pop();
        const end = c.start + wordDay[1]!.length + fromMonth[0].length;
        added.push({ ...c, start: day ? day.start : c.start, end, value: day ? `${month}-${String(day.value).padStart(2, '0')}` : month });
        continue;
      }
      const m = YEAR_WORDS_AFTER.exec(text.slice(c.end, c.end + 80));
      const year = m ? yearFromWords(m[1]!) : NaN;
      if (m && year >= 1000 && year <= 2999) {
        const value = c.value.split('/').map((v) => `${year}${v.slice(1)}`).join('/');
        added.push({ ...c, end: c.end + m[0].length, value });
        continue;
      }
    }
    out.push(c);
  }
  let m: RegExpExecArray | null;
  YEAR_NAMED_WORDS.lastIndex = 0;
  const named = holds(YEAR_WORD_NEEDS) && YEAR_NAMED_START.test(text);
  while (named && (m = YEAR_NAMED_WORDS.exec(text))) {
    // `a year two hundred miles away`, `each year`: a count of years, not a year's name.
    if (/\b(?:a|an|one|per|each|every|that|this|next|last)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const year = yearFromWords(m[1]!);
    const start = m.index;
    if (year >= 1 && year <= 2999) added.push(candidate('date', { start, end: m.index + m[0].length }, String(year).padStart(4, '0')));
  }
  DECADE_IN_WORDS.lastIndex = 0;
  const decades = holds(DECADE_IN_WORDS_NEEDS);
  while (decades && (m = DECADE_IN_WORDS.exec(text))) {
    const century = wordValue(m[1]!);
    const decade = m[2]!.toLowerCase() === 'tens' ? 10 : 20 + 10 * DECADE_WORDS.indexOf(m[2]!.toLowerCase());
    const first = century * 100 + decade;
    added.push(candidate('date', { start: m.index, end: m.index + m[0].length }, `${first}/${first + 9}`));
  }
  if (!added.length) return found.slice();
  const kept = out.filter((c) => !added.some((a) => a.start < c.end && c.start < a.end));
  const merged = kept.concat(added.filter((a, i) => !added.some((b, j) => j < i && b.start < a.end && a.start < b.end)));
  return merged.sort((a, b) => a.start - b.start);
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Each gated pattern of this file with the lists of words it needs one of each of (in lower case;
 * `DIGITS` for the gate `digit`), as its gate asks them: for the test that checks every gate
 * against its pattern.
 */
export const DATE_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [MONTH_HIT, MONTH_STARTS], [YEAR_NAMED_START, YEAR_WORD_NEEDS], [YEAR_NAMED_WORDS, YEAR_WORD_NEEDS], [DECADE_IN_WORDS, DECADE_IN_WORDS_NEEDS],
  ...[ISO_DATE, SPACED_DATE, DMY, DM_RANGE, DM, YEAR_MONTH, YEAR_THEN_MONTH, MID_YEAR, SPLIT_YEAR, YEAR_RANGE, WEEK_OF_YEAR, NUMERIC_MONTH_NAME, MILITARY]
    .map((pattern) => [pattern, DIGITS] as const),
  [WEEK_OF_YEAR, WEEK_NEEDS], [ISH, ISH_NEEDS], [MID_YEAR, MID_YEAR_NEEDS], [CENTURY, CENTURY_NEEDS], [ERA_YEAR, ERA_NEEDS], [ERA_YEAR, DIGITS], [NUMERIC_MONTH_NAME, DASH_OR_SLASH],
  [DM_RANGE, SLASH_NEEDS], [DM, SLASH_NEEDS], [FISCAL_YEAR, FISCAL_YEAR_NEEDS], [FISCAL_YEAR, DIGITS],
];

/** CLOCK_IN_PART and the words a match that makes a time needs, for the same test. */
export const CLOCK_PART_GATE = { pattern: CLOCK_IN_PART, needs: CLOCK_PART_NEEDS } as const;

/** TIME and its gate, for the same test. */
export const TIME_GATE = {
  pattern: TIME, mayHold: (text: string): boolean => mayHoldTime(text, (words) => holdsAny(text.toLowerCase(), words), /\d/.test(text)),
} as const;

/** SPACED_DATE and the pattern asked before it, for the same test. */
export const SPACED_DATE_GATE = { pattern: SPACED_DATE, shape: SPACED_DIGITS } as const;

/** MILITARY and its second gate, for the same test. */
export const MILITARY_GATE = { pattern: MILITARY, mayHold: (text: string): boolean => mayHoldMilitary(text, (words) => holdsAny(text.toLowerCase(), words)) } as const;
