/**
 * English extractors of numbers, money, percentages, ordinals, dates and durations.
 *
 * One pass finds every number (`numbers.ts`: digits, words, scales, fractions); the
 * extractors below attach units and qualifiers to them, and the longest candidate wins
 * where two overlap (ties to the earlier extractor, so a year `2003` is a date first).
 *
 * Choices, where English leaves room:
 * - Qualifiers: `nearly`, `about`, `around`, `approximately`, `some`, `roughly` set `approx`
 *   and stay outside the span. Bounds (`more than`, `over`, `at least`, `under`, `less than`,
 *   `fewer than`, `up to`, `or more`, `+`) set `bound` and also `approx`, as 余/多 do on the
 *   Chinese side; they join the span of a bare number (`more than 30`, a range for
 *   Recognizers) and stay outside it for money, percentages and durations.
 * - `first`, `second` … are ordinals also as adjectives (`the first batch` = 首批 = 1), but not
 *   `at first`, `first of all` nor `for a second.`; `one of` and pronoun `one` (`the one`,
 *   `no one`) are no count; `one day` meaning someday is nothing.
 * - A bare four-digit number is a year only after a year word (`in 2003`, `since 2003`,
 *   `by 2030`, a month name); otherwise it is a number (`2003 participants`).
 * - Digits with letters glued on are codes, not numbers (`5G`, `6G`, `F-16`, `COVID-19`,
 *   `MP3`), except scales (`3.5m` = 3 500 000, `10k`, `2bn`), ordinal suffixes (`21st`),
 *   multiples (`10x`), time units (`3h`) and unit symbols (`29km`, `4.8GHz`: `UNIT_SYMBOLS`).
 * - `May`/`March` are months only with a day or year, or capitalized after a time word
 *   (`in May`); weekday names alone are not dates (`Sun Wenlong`).
 * - Minor currency units are fractions of the major one (`470 pence` = 4.7 GBP); `$` is USD,
 *   `¥` is CNY.
 * - Durations in ISO 8601 with decimals kept (`PT1.5H`); several units joined (`P2Y3M`);
 *   a range of counts keeps its upper count in `max` (`10-15 years` → P10Y, max 15).
 * - Dates without a year take `context.referenceYear`, else `--MM-DD`; intervals are `a/b`
 *   with the written end included (`January 10-11th` → `2024-01-10/2024-01-11`).
 * - Nothing inside web or e-mail addresses.
 */
import { resolveOverlaps } from '../../pipeline/overlap.js';
import { withPlainSpaces } from '../../typeset-spaces.js';
import { composeDates, MONTH_HALVES, type DateWords } from '../compose-dates.js';
import { englishHolidays } from '../holidays.js';
import type { Extractor, FactCandidate } from '../../types.js';
import { extractCounts } from './counts.js';
import { extractDates, withYearsInWords, yearOfEnd } from './dates.js';
import { composeRelativeDates, extractRelativeDates } from './relative-dates.js';
import { extractDurations } from './durations.js';
import { extractMoney } from './money.js';
import { scanNumbers } from './numbers.js';
import { extractOrdinals } from './ordinals.js';
import { extractPercent } from './percent.js';
import { extractRoughScales } from './rough-scales.js';
import { lowerHolds, lowerText, referenceDay, type Scan, type ScanExtractor } from './scan.js';
import { ROMAN, romanValue } from '../roman.js';

export { scanNumbers } from './numbers.js';
export type { NumberToken } from './numbers.js';

/**
 * The English extractors, most specific first: where two candidates cover the same
 * length the earlier wins (a year `2003` is a date before it is a number).
 */
export const extractors: readonly ScanExtractor[] = [
  withWeekdayAfter(extractDates), extractRelativeDates, (scan) => englishHolidays(scan.text, scan.context.referenceDate, lowerText(scan), lowerHolds(scan)), extractMoney, extractPercent, extractDurations, extractOrdinals, romanParts, extractRoughScales, extractCounts,
];

/** A part, phase or stage named by a Roman numeral after its capitalized word (`Phase III`, `Part II`): an ordinal, as `Phase 3` is. */
const ROMAN_PART = new RegExp(`\\b(?:Phase|Stage|Part|Chapter|Volume|Book|Act|Level|Class|Grade|Category|Type)[ \\t](${ROMAN})(?![\\w\\u2160-\\u216b])`, 'g');

function romanParts(scan: Scan): FactCandidate[] {
  const { text } = scan;
  const out: FactCandidate[] = [];
  ROMAN_PART.lastIndex = 0;
  for (let m = ROMAN_PART.exec(text); m; m = ROMAN_PART.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ kind: 'ordinal', start, end: m.index + m[0].length, value: romanValue(m[1]!)!, approx: false });
  }
  return out;
}

/** Marks every offset covered by a candidate. */
function coverage(length: number, candidates: readonly FactCandidate[]): Uint8Array {
  const covered = new Uint8Array(length + 1);
  for (const c of candidates) covered.fill(1, c.start, c.end);
  return covered;
}

function overlapsCovered(covered: Uint8Array, c: FactCandidate): boolean {
  for (let k = c.start; k < c.end; k++) if (covered[k]) return true;
  return false;
}

/** How many candidates `overlapsAny` tests one by one; past that, `coverage` marks the characters they cover. */
const LISTED_CANDIDATES = 16;

/** Whether `c` overlaps one of the first `count` of `candidates` (what `overlapsCovered` answers of their coverage). */
function overlapsAny(candidates: readonly FactCandidate[], count: number, c: FactCandidate): boolean {
  if (c.start >= c.end) return false;
  for (let k = 0; k < count; k++) {
    const a = candidates[k]!;
    if (a.start < a.end && a.start < c.end && c.start < a.end) return true;
  }
  return false;
}

/** Web addresses: the digits in them are not facts. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL_CHAR = /[\w.+-]/;

/** What URL needs one of, in lower case. */
const URL_NEEDS = ['http', 'www.'];
/** URL with the words it needs, for the test that checks every gate against its pattern. */
export const LINK_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [[URL, URL_NEEDS]];

/**
 * A weekday in brackets after a date: ` (Tuesday)`, `（Friday）`; or the weekdays of a range or a
 * list of days (`29 to 31 January (Wednesday to Friday)`, `2 and 3 May (Friday and Saturday)`).
 */
const WEEKDAY_AFTER = /^[ \t]*[(（][ \t]*(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:[ \t]*(?:-|\u2013|to|through|and|&|,)[ \t]*(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[ \t]*[)）]/i;

/**
 * Dates with the weekday written after them in brackets (`April 15, 2025 (Tuesday)`, as Hong Kong
 * releases write them): the span takes the weekday in, so that it is compared with the other side's.
 */
function withWeekdayAfter(extractor: ScanExtractor): ScanExtractor {
  return (scan) => extractor(scan).map((c) => {
    if (c.kind !== 'date' || typeof c.value !== 'string' || !/\d-\d\d(?:T[\d:]+)?$/.test(c.value)) return c;
    const m = WEEKDAY_AFTER.exec(scan.text.slice(c.end, c.end + 32));
    return m ? { ...c, end: c.end + m[0].length } : c;
  });
}

/** Drops candidates inside web or e-mail addresses; `holds` as `lowerHolds` of the text answers (a gate for URL). */
function dropInLinks(text: string, candidates: FactCandidate[], holds: (words: readonly string[]) => boolean): FactCandidate[] {
  let covered: Uint8Array | undefined;
  URL.lastIndex = 0;
  if (holds(URL_NEEDS)) for (let m = URL.exec(text); m; m = URL.exec(text)) {
    covered ??= new Uint8Array(text.length + 1);
    covered.fill(1, m.index, m.index + m[0].length);
  }
  // E-mail addresses: around each `@`, at most 64 address characters either side.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && EMAIL_CHAR.test(text[a - 1]!)) a--;
    let b = at + 1;
    while (b < text.length && b - at < 64 && EMAIL_CHAR.test(text[b]!)) b++;
    if (a === at || !text.slice(at + 1, b).includes('.')) continue;
    covered ??= new Uint8Array(text.length + 1);
    covered.fill(1, a, b);
  }
  return covered ? candidates.filter((c) => !overlapsCovered(covered, c)) : candidates;
}

/** A street's name after a house number (`2-6 Glenmore Street`, `18 Harbour Road`): the number is the address's. */
const STREET_AFTER = /^[ \t]+(?:[A-Z][A-Za-z'’-]*[ \t]+){1,3}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Terrace|Crescent|Place|Square)\b/;
/** What STREET_AFTER needs one of, in lower case. */
const STREET_NEEDS = ['street', 'road', 'avenue', 'lane', 'drive', 'boulevard', 'terrace', 'crescent', 'place', 'square'];

/**
 * Drops house numbers before a street's name, as the Chinese side writes them with no fact
 * (`格伦莫尔街2-6号`): the number names a building, no quantity.
 */
function dropHouseNumbers(text: string, candidates: FactCandidate[], holds: (words: readonly string[]) => boolean): FactCandidate[] {
  if (!holds(STREET_NEEDS)) return candidates;
  return candidates.filter((c) => c.kind !== 'number' || !STREET_AFTER.test(text.slice(c.end, c.end + 60)));
}

const FULL_WIDTH = /[\uff10-\uff19\uff05\uff0e]/g;

/**
 * Full-width digits, `％` and `．` to ASCII, and the spaces of typeset and web text to a space
 * (`withPlainSpaces`: `5&nbsp;million`, `Jan.&nbsp;10`, `10 000`). One code unit each, so offsets
 * stay the same.
 */
function halfWidth(text: string): string {
  return withPlainSpaces(text).replace(FULL_WIDTH, (c) => (c === '\uff05' ? '%' : c === '\uff0e' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * English extractors of numbers, money, percentages, ordinals, dates and durations.
 * Takes a text and its context (a reference year for dates without one); returns
 * non-overlapping candidates sorted by start, offsets into `text`.
 */
export const extract: Extractor = (input, context) => {
  const text = halfWidth(input);
  const numbers = scanNumbers(text);
  const scan = { text, numbers, context };
  const all: FactCandidate[] = [];
  for (const extractor of extractors) {
    const found = extractor(scan);
    if (extractor !== extractCounts) {
      // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator per extractor and text
      for (let k = 0; k < found.length; k++) all.push(found[k]!);
      continue;
    }
    // A bare number loses to any fact with a unit that overlaps it (`more than 20` in `more than 20 years`).
    // A few such facts are each tested; many are marked on the text's characters once.
    const count = all.length;
    const covered = count > LISTED_CANDIDATES ? coverage(text.length, all) : undefined;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- as above
    for (let k = 0; k < found.length; k++) {
      const c = found[k]!;
      if (!(covered ? overlapsCovered(covered, c) : overlapsAny(all, count, c))) all.push(c);
    }
  }
  const found = composeRelativeDates(text, withYearsInWords(text, resolveOverlaps(dropHouseNumbers(text, dropInLinks(text, all, lowerHolds(scan)), lowerHolds(scan))), lowerHolds(scan)), referenceDay(scan));
  return withListYears(text, withDateInBrackets(text, composeDates(text, found, DATE_WORDS, context.referenceDate, lowerHolds(scan))));
};

/** What stands between two dates of a list: a comma, `and`, `or`, `&`. */
const LIST_GAP = /^[ \t]*(?:,[ \t]*)?(?:(?:and|or|&)[ \t]+)?$/i;

/**
 * Dates of a list written without their year before one that writes it (`on 15 February and 16
 * February 2025`, `Saturday, 15 February and Sunday, 16 February 2025`): each in the year of the
 * date after it, as a range's first end is (`yearOfEnd`).
 */
function withListYears(text: string, found: FactCandidate[]): FactCandidate[] {
  let out: FactCandidate[] | undefined;
  // Whether the date after the one weighed took its year from this pass.
  let carried = false;
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k]!;
    const b = (out ?? found)[k + 1]!;
    const bCarried = carried;
    carried = false;
    // A date of another calendar (`the Lantern Festival`, lunar) has no Gregorian year to take.
    if (a.kind !== 'date' || b.kind !== 'date' || typeof a.value !== 'string' || typeof b.value !== 'string' || a.value.includes('/') || a.unit !== undefined || b.unit !== undefined) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length === 0 || gap.length > 8 || !LIST_GAP.test(gap)) continue;
    // A date this pass gave its year passes it on (`3 March, 10 March and 17 March 2025`).
    const first = b.value.split('/')[0]!;
    const value = yearOfEnd(text.slice(a.start, a.end), a.value, bCarried ? first : text.slice(b.start, b.end), first);
    if (value === a.value) continue;
    out ??= found.slice();
    out[k] = { ...a, value };
    carried = true;
  }
  return out ?? found;
}

/** A weekday alone, as a date's text. */
const WEEKDAY_ALONE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/**
 * A weekday with its date in brackets after it (`from Thursday (20 June)`, `on Friday (June 21)`):
 * one date, the one the brackets give; the weekday the text resolved alone may be another week's.
 */
function withDateInBrackets(text: string, found: FactCandidate[]): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    if (b && a.kind === 'date' && b.kind === 'date' && typeof b.value === 'string' && /\d-\d\d$/.test(b.value)
      && /^[ \t]*\($/.test(text.slice(a.end, b.start)) && text[b.end] === ')' && WEEKDAY_ALONE.test(text.slice(a.start, a.end))) {
      out.push({ ...b, start: a.start, end: b.end + 1 });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The English words of the date-composing rules (`8am this morning`, `tomorrow night`, `before 2018`). */
export const DATE_WORDS: DateWords = {
  // A time zone may stand between a time and its day (`10:25 am Beijing time on Monday`, `3 pm EST on Friday`).
  glue: /^[ \t]*(?:(?:(?:Beijing|local|Eastern|Central|Pacific|Mountain|Greenwich|Tokyo|Hong[ \t]+Kong|Moscow|Singapore|Taipei)[ \t]+time|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|JST|KST|HKT|SGT)[ \t]*)?,?[ \t]*(?:(?:at|on|around|by)[ \t]+)?$/i,
  boundGlue: /^[ \t]*,?[ \t]+(before|after|until|till|no[ \t]+later[ \t]+than)[ \t]+$/i,
  partAfter: /^[ \t]+(?:in[ \t]+the[ \t]+|that[ \t]+|the[ \t]+same[ \t]+)?(morning|afternoon|evening|night)\b(?![ \t]+(?:papers?|news|shows?|class(?:es)?|shifts?|prayers?|star|sun)\b)/i,
  partNeeds: ['morning', 'afternoon', 'evening', 'night', 'hours'],
  partOf: (word) => (/hours$/i.test(word) ? 'EM' : ({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as const)[word.toLowerCase() as 'night']),
  boundBefore: /\b(before|after|since|until|till|by|prior[ \t]+to|(?:no[t]?[ \t]+)?(?:earlier|later)[ \t]+than|as[ \t]+(?:late|early)[ \t]+as|(?:starting|beginning)(?:[ \t]+(?:on|from|in|with))?)[ \t]+$/i,
  boundAfter: /^[ \t]+(or[ \t]+(?:later|earlier)|or[ \t]+(?:after|before)(?=[ \t]*(?:[.,;:!?)]|$))|and[ \t]+later|onwards?)\b/i,
  nounAfter: /^[ \t]+[a-z]/,
  periodBefore: /\b(early|mid|late|later|earlier|(?:beginning|start|middle|end)[ \t]+of(?:[ \t]+the)?)(?:[ \t]+|-)$/i,
  monthParts: MONTH_HALVES,
  thirdOf: (word) => (/^(?:later|earlier)$/i.test(word) ? undefined
    : /^(?:early|beginning|start)/i.test(word) ? 0 : /^(?:mid|middle)/i.test(word) ? 1 : 2),
  clockRange: /^(?:(between|from)[ \t]+)?(?:\d{1,2}|[a-z]+)[ \t]*(?:-|\u2013|to|and|till|until)[ \t]*(?:\d{1,2}|[a-z]+)$/i,
  hourAfterDay: /^[ \t]*,?[ \t]+at[ \t]+$/i,
  hourBeforeDayGap: /^[ \t]+(?:on[ \t]+)?$/i,
  relativePeriod: /^(?:this|next|last|coming|previous|current)[ \t]+(?:week|month|quarter|year)$/i,
  relativeYear: /^(?:this|next|last|the[ \t]+(?:next|previous|following))[ \t]+year$/i,
  yearGap: /^,?(?:[ \t]+of)?[ \t]+$/i,
  theBefore: /^\d{1,2}(?:st|nd|rd|th)\b/i,
  isUpper: (word) => /^(?:before|prior|earlier|until|till|by|as[ \t]+late|not?[ \t]+later)|^or[ \t]+(?:earlier|before)/i.test(word),
  dayOfMonthGap: /^[ \t]+(?:day[ \t]+)?of[ \t]+(?:the[ \t]+)?$/i,
  weekdayOf: (raw) => {
    const m = /^(?:(?:last|next|this|coming|previous|past|upcoming)[ \t]+)?(?:(mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun))$/i.exec(raw);
    return m ? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf((m[1] ?? m[2]!).slice(0, 3).toLowerCase()) + 1 : undefined;
  },
  weekdayRange: {
    gap: /^[ \t]*(?:-|\u2013|to|through|thru|till|until)[ \t]*$/i, lead: /\bfrom[ \t]+$/i,
    bare: /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)$/i,
  },
  startFor: {
    leadStartFirst: /\bfrom[ \t]+$/i, gapStartFirst: /^[ \t]+for[ \t]+$/i,
    lead: /\bfor[ \t]+$/i, gapLengthFirst: /^[ \t]*,?[ \t]*(?:starting[ \t]+)?from[ \t]+$/i,
  },
  clockTo: { gap: /^[ \t]*(-|\u2013|to|until|till|and)[ \t]*$/i, lead: /\b(?:from|between)[ \t]+$/i, needsLead: /^and$/i },
  leadingPart: {
    before: /\bthe[ \t]+(first|last|final)[ \t]+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(days|weeks|months|quarters)[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?$/i,
    count: (word) => (/^\d+$/.test(word) ? Number(word)
      : ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].indexOf(word.toLowerCase()) + 1 || undefined),
    unitOf: (word) => ({ d: 'D', w: 'W', m: 'M', q: 'Q' } as const)[word[0]!.toLowerCase() as 'd'],
    isLast: (word) => !/^first$/i.test(word),
  },
  raceTime: { before: /\b(?:in|of|clocked|clocking|timed|times?)[ \t]+(?:(?:just|only)[ \t]+)?$/i },
  rangeJoin: {
    gap: /^[ \t]*(-|\u2013|\u2014|to|until|till|through|thru|and)[ \t]*(?:the[ \t]+)?$/i, lead: /\b(from|between)[ \t]+$/i, needsLead: /^(?:and|between)$/i,
  },
  partBefore: /\b(?:the[ \t]+)?(morning|afternoon|evening|night|(?:early|small|wee)[ \t]+hours)[ \t]+of[ \t]+$/i,
  yearBefore: /(?<!\bthe[ \t]+)\byear[ \t]+$/i,
  aroundBefore: /\b(?:around|circa)[ \t]+$/i,
  partAlone: /\b(?:(?:early[ \t]+)?in[ \t]+(?:the[ \t]+)?|at[ \t]+(?=night)|(?:that|the[ \t]+same)[ \t]+)(morning|afternoon|evening|night)s?\b(?![ \t]+(?:papers?|news|shows?|class(?:es)?|shifts?|prayers?|star|sun|session|trading)\b)/gi,
  dayPartWords: /\b(tonight|tonite|last[ \t]+night|this[ \t]+(?:morning|afternoon|evening))\b/gi,
  dayPartNeeds: ['night', 'tonite', 'morning', 'afternoon', 'evening'],
  partAloneNeeds: ['morning', 'afternoon', 'evening', 'night'],
  dayPartOf: (word) => {
    const w = word.toLowerCase();
    if (w === 'tonight' || w === 'tonite') return [0, 'NI'];
    if (w.startsWith('last')) return [-1, 'NI'];
    return [0, w.endsWith('morning') ? 'MO' : w.endsWith('afternoon') ? 'AF' : 'EV'];
  },
};
