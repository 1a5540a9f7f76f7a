import type { FactCandidate } from '../../types.js';
import { endsPhrase } from './phrase-end.js';
import { CARDINALS, SCALES } from './words.js';
import { qualify, rangeAt } from './qualifiers.js';
import { readsAsYear } from './years.js';
import { candidate, lowerHolds, plain, rangeLow, type Scan } from './scan.js';

/**
 * Percent signs and words after a number (`35.3%`, `240 percent`, `3 percentage points`, `25 basis points`;
 * a currency dealer's `12 pips`, a ten-thousandth of a rate as a basis point is, which Chinese writes `12个基点`).
 */
const PERCENT = /(?:[ \t]*|-(?=[a-z]))(?:(%|％)|(percentage[ \t-]+points?|ppts?|pp)(?![A-Za-z])|(per[ \t]?cents?|percents?|percentage|pct)(?![A-Za-z])|(basis[ \t-]+points?|pips?)(?![A-Za-z]))/iy;

/** `percent of 10`: the percentage named before its number (not `5 percent of 10 people`). */
const PERCENT_OF = /(?<![\d.][ \t]*|\w[ \t])\b(?:per[ \t]?cent|percent(?:age)?)[ \t]+of[ \t]+$/i;

/** Multiples after a number (`95 times`, `3-fold`). */
const TIMES = /(?:[ \t]+times|[ \t]*-?[ \t]*fold)(?![A-Za-z])/iy;

/**
 * `pc` glued to a number at `end`, as British papers write per cent (`rose 5pc.`, `5-7pc in May`):
 * in lower case, ending its phrase on a mark or before a preposition (`endsPhrase`); `a 50pc set`,
 * `5pcs` and `5 PC` are pieces and computers, and a text that ends on it (`an item 50pc`) says
 * neither.
 */
function gluedPc(text: string, end: number): boolean {
  return text.startsWith('pc', end) && end + 2 < text.length && endsPhrase(text, end + 2);
}

/**
 * Percentages (`35.3%` → 35.3 `%`; `3 percentage points` → 3 `pp`; ranges `10-15%`,
 * `10% to 15%`) and multiples (`about 95 times` → 95 `x`, approximate).
 */
export function extractPercent(scan: Scan): FactCandidate[] {
  const { text, numbers } = scan;
  const out: FactCandidate[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    if ((low.glued === 'x' || low.glued === 'X') && !/^[A-Za-z0-9]/.test(text.slice(low.end + 1, low.end + 2))) {
      out.push(candidate('number', qualify(text, low.start, low.end + 1, false), low.value, { unit: 'x' }));
      continue;
    }
    // Basis points glued to the figure (`50bps`, `25bp`) count as `25 basis points` does, as 25个基点 does:
    // hundredths of a percentage point.
    if ((low.glued === 'bps' || low.glued === 'bp') && !/[A-Za-z0-9]/.test(text[low.end + low.glued.length] ?? '')) {
      out.push(candidate('percent', qualify(text, low.start, low.end + low.glued.length, false), low.value / 100, { unit: 'pp' }));
      continue;
    }
    if (low.glued === 'pc' && gluedPc(text, low.end)) {
      out.push(candidate('percent', qualify(text, low.start, low.end + 2, false), low.value, { unit: '%' }));
      continue;
    }
    if (!plain(low)) continue;
    // `5-7pc`: a range whose upper end carries the British papers' `pc`.
    const pcRange = rangeAt(text, numbers, i, (a, b) => b.glued === 'pc' && gluedPc(text, b.end));
    if (pcRange) {
      const high = numbers[pcRange.high]!;
      out.push(candidate('percent', qualify(text, pcRange.start, high.end + 2, false), rangeLow(low, high), { max: high.value, unit: '%' }));
      i = pcRange.high;
      continue;
    }
    PERCENT.lastIndex = low.end;
    const own = PERCENT.exec(text);
    const ownEnd = PERCENT.lastIndex;
    const range = rangeAt(text, numbers, i, (a, b) => plain(b) && !readsAsYear(text, a) && !own)
      ?? (own ? rangeAfterUnit(text, numbers, i, ownEnd) : undefined);
    const last = range ? numbers[range.high]! : low;
    PERCENT.lastIndex = last.end;
    const unitMatch = range ? PERCENT.exec(text) : own;
    if (unitMatch) {
      const unit = unitMatch[2] || unitMatch[4] ? 'pp' : '%';
      // Basis points are hundredths of a percentage point (`25 basis points` = 0.25 pp = 25个基点).
      const per = unitMatch[4] ? 100 : 1;
      const span = qualify(text, range?.start ?? low.start, range ? PERCENT.lastIndex : ownEnd, false);
      out.push(range
        ? candidate('percent', span, rangeLow(low, last) / per, { max: last.value / per, unit })
        : candidate('percent', span, low.value / per, { unit }));
      if (range) i = range.high;
      continue;
    }
    const pointsEnd = !range && low.value < 100 ? pointsOfPercent(text, low.start, low.end) : undefined;
    if (pointsEnd !== undefined) {
      out.push(candidate('percent', qualify(text, low.start, pointsEnd, false), low.value, { unit: 'pp' }));
      continue;
    }
    const lead = PERCENT_OF.exec(text.slice(Math.max(0, low.start - 24), low.start));
    if (lead && !range) {
      out.push(candidate('percent', qualify(text, low.start - lead[0].length, low.end, false), low.value, { unit: '%' }));
      continue;
    }
    if (readsAsYear(text, low)) continue;
    // `3 to 4 times a day`, `2-3 times`: a range read whole
    TIMES.lastIndex = last.end;
    if (TIMES.exec(text)) {
      // `three times a day`: how often, a count (as 每日三次), not a multiple
      const often = HOW_OFTEN.test(text.slice(TIMES.lastIndex, TIMES.lastIndex + 16));
      const extra = range ? { max: last.value } : {};
      out.push(candidate('number', qualify(text, range?.start ?? low.start, TIMES.lastIndex, false), range ? rangeLow(low, last) : low.value, often ? extra : { ...extra, unit: 'x' }));
      if (range) i = range.high;
    }
  }
  ONE_POINT.lastIndex = 0;
  // Each pattern below needs a word (`ONE_POINT_NEEDS`, `FOLD_NEEDS`): a text without it is not run through it.
  const holds = lowerHolds(scan);
  if (holds(ONE_POINT_NEEDS)) for (let m = ONE_POINT.exec(text); m; m = ONE_POINT.exec(text)) {
    const part = PART_OF_POINT.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const value = part ? (part[1] ? 0.5 : part[2] ? 0.75 : 0.25) : 1;
    out.push(candidate('percent', { start: m.index - (part?.[0].length ?? 0), end: m.index + m[0].length }, value, { unit: 'pp' }));
  }
  DECADE_OF_PERCENT.lastIndex = 0;
  if (holds(DECADE_NEEDS)) for (let m = DECADE_OF_PERCENT.exec(text); m; m = DECADE_OF_PERCENT.exec(text)) {
    const tens = Number(m[2]);
    const [lo, hi] = decadePart(m[1]?.toLowerCase(), tens);
    out.push(candidate('percent', { start: m.index, end: m.index + m[0].length, approx: true }, lo, { max: hi, unit: '%' }));
  }
  FOLD.lastIndex = 0;
  if (holds(FOLD_NEEDS)) for (let m = FOLD.exec(text); m; m = FOLD.exec(text)) {
    const value = CARDINALS[m[1]!.toLowerCase()] ?? SCALES[m[1]!.toLowerCase()];
    if (value) out.push(candidate('number', qualify(text, m.index, m.index + m[0].length, false), value, { unit: 'x' }));
  }
  MULTIPLIED.lastIndex = 0;
  if (holds(MULTIPLIED_NEEDS)) for (let m = MULTIPLIED.exec(text); m; m = MULTIPLIED.exec(text)) {
    // Bound or rough as the words before say (`more than doubled`, `nearly tripled`), as `twice` is;
    // a preposition binds no verb (`aged 60 and above doubled`: `above` closes the ages).
    const end = m.index + m[0].length;
    const span = PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ? { start: m.index, end } : qualify(text, m.index, end, false);
    out.push(candidate('number', span, MULTIPLES[m[1]!.toLowerCase()]!, { unit: 'x' }));
  }
  TWICE.lastIndex = 0;
  if (holds(TWICE_NEEDS)) for (let m = TWICE.exec(text); m; m = TWICE.exec(text)) {
    // Bound or rough as the words before say (`more than twice the rate`, `nearly twice as many`).
    out.push(candidate('number', qualify(text, m.index, m.index + 5, false), 2, { unit: 'x' }));
  }
  MULTIPLE_OF.lastIndex = 0;
  if (holds(MULTIPLE_OF_NEEDS)) for (let m = MULTIPLE_OF.exec(text); m; m = MULTIPLE_OF.exec(text)) {
    // Bound or rough as the words before say (`nearly triple the usual level`), as `twice` is.
    out.push(candidate('number', qualify(text, m.index, m.index + m[1]!.length, false), MULTIPLE_WORDS[m[1]!.toLowerCase()]!, { unit: 'x' }));
  }
  TWICE_OFTEN.lastIndex = 0;
  if (holds(TWICE_OFTEN_NEEDS)) for (let m = TWICE_OFTEN.exec(text); m; m = TWICE_OFTEN.exec(text)) {
    if (HOW_OFTEN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) {
      // Bound as the words before say (`at least twice a week`, `no more than twice a day`).
      out.push(candidate('number', qualify(text, m.index, m.index + m[0].length, false), m[0].toLowerCase() === 'twice' ? 2 : 3));
    }
  }
  return out;
}

/** What makes `N times` how often: `a day`, `per week`, `each year`, `daily`. */
const HOW_OFTEN = /^[ \t]+(?:(?:a|an|per|each|every)[ \t]+(?:day|week|month|year|night|hour|season|term|semester|quarter)|daily|weekly|monthly|yearly|annually|nightly|hourly)\b/i;

/** `points` after a number. */
const POINTS = /[ \t]+points?(?![A-Za-z])/iy;
/** A word of change right before a number of points: `up 3.1 points`, `fell by 2 points`. */
const CHANGE_BEFORE = /\b(?:up|down|rose|rise|rising|fell|fall|falling|gain(?:ed|ing|s)?|lost|loses|losing|increas(?:ed|ing)|decreas(?:ed|ing)|dropp(?:ed|ing)|climb(?:ed|ing)|slipp(?:ed|ing)|jump(?:ed|ing)|edg(?:ed|ing)|by)[ \t]+(?:(?:about|nearly|almost|around|some|roughly|over|just|only)[ \t]+)?$/i;
/** A share written before, in the same sentence: `67.4 percent`, `5.2%`. */
const PERCENT_WRITTEN = /%|％|\bper[ \t]?cent\b|\bpercent\b/i;
/** A share as the level a move of points reaches: ` to 52%`, ` to 35 percent`. */
const TO_PERCENT = /^[ \t]+to[ \t]+(?:about[ \t]+|nearly[ \t]+|around[ \t]+)?\d[\d.]*[ \t]*(?:%|％|per[ \t]?cent\b|percent\b)/i;
/** A market's index in the sentence, whose moves are in index points: `the Hang Seng fell 0.6%, or 45 points`. */
const INDEX_WORDS = /\b(?:index|indices|Dow|Nasdaq|S&P|FTSE|DAX|CAC|Hang[ \t]+Seng|Nikkei|Kospi|Sensex|CSI|benchmark|stocks?|shares)\b/i;

/**
 * `up 3.1 points` after a share written earlier in its sentence (`turnout was 67.4 percent, up 3.1
 * points`, `rose by 4 points to 52%`): percentage points, as Chinese writes them (`上升3.1个百分点`). Not an index's points
 * (`the Nikkei fell 0.6%, or 45 points`), nor a score's. The end of `points`, or undefined.
 */
function pointsOfPercent(text: string, start: number, end: number): number | undefined {
  POINTS.lastIndex = end;
  if (!POINTS.test(text)) return undefined;
  const pointsEnd = POINTS.lastIndex;
  if (!CHANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  const head = text.slice(Math.max(0, start - 160), start);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('; '));
  const sentence = head.slice(stop + 1);
  const shared = PERCENT_WRITTEN.test(sentence) || TO_PERCENT.test(text.slice(pointsEnd, pointsEnd + 24));
  return shared && !INDEX_WORDS.test(sentence + text.slice(end, end + 60)) ? pointsEnd : undefined;
}

/** A preposition a bound may be (`above`, `over`, `under`), right before a word. */
const PREPOSITION_BEFORE = /\b(?:above|over|under|below|beyond|exceeding)[ \t]+$/i;

/**
 * Doubling, tripling, quadrupling: `doubled`, `doubling` (two times), as `翻了一番` and `增长一倍` are
 * read; `tripled`, `quadrupled` (three and four times). Chinese says the last two by what was added
 * (`增长了两倍`, three times as much, or two as many writers mean it): `number-mismatch` holds
 * either reading against them. Not `doubled as` (served as), `doubled down`, `doubled over`,
 * `doubled back`.
 */
const MULTIPLIED = /\b(doubl|tripl|quadrupl)(?:ed|ing)\b(?![ \t]+(?:as|down|over|back|up)\b)/gi;
const MULTIPLIED_NEEDS = ['doubl', 'tripl', 'quadrupl'];
/** The times each word of `MULTIPLIED` multiplies by. */
const MULTIPLES: Readonly<Record<string, number>> = { doubl: 2, tripl: 3, quadrupl: 4 };

/**
 * `twice the level`, `twice as many`, `twice that of`: two times, as `两倍` is read; not `twice a
 * week` nor `twice in a row` (how often).
 */
const TWICE = /\btwice[ \t]+(?:as|the|that|this|its|their|his|her|our|what)\b/gi;
const TWICE_NEEDS = ['twice'];
/**
 * `double the rate`, `triple the usual level`, `quadruple that of`: two, three, four times, as
 * `twice the` is (a verb, `plans to double the fleet`, multiplies as much).
 */
const MULTIPLE_OF = /\b(double|triple|quadruple)[ \t]+(?:the|that|this|its|their|his|her|our|what)\b/gi;
const MULTIPLE_OF_NEEDS = ['double', 'triple', 'quadruple'];
/** The times each word of `MULTIPLE_OF` multiplies by. */
const MULTIPLE_WORDS: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4 };
/** `twice a day`, `thrice weekly`: how often (HOW_OFTEN after it), a count as 每日两次 is. */
const TWICE_OFTEN = /\b(?:twice|thrice)\b/gi;
const TWICE_OFTEN_NEEDS = ['twice', 'thrice'];

/** One percentage point named without a digit: `every percentage point`, `a percentage point` (1 pp). */
const ONE_POINT = /\b(?:a|one|each|every|per)[ \t]+percentage[ \t]+point\b(?!s)/gi;
const ONE_POINT_NEEDS = ['percentage'];
/**
 * A share told by its decade (`in the mid-40s percent`, `the high 30s per cent`, `the 20s%`): a
 * range of ten, or its lower, middle or upper part, as pollsters round (`45%左右` lies in it).
 */
const DECADE_OF_PERCENT = /\b(?:(low|lower|mid|middle|high|upper)[ \t-]+)?(?<![\d.])([1-9]0)['’]?s[ \t]*(?:%|％|per[ \t]?cent(?![A-Za-z])|percent(?![A-Za-z]))/gi;
const DECADE_NEEDS = ['0s'];

/** The span a decade's part covers: `low` 40–43, `mid` 43–47, `high` 47–49, none the whole 40–49. */
function decadePart(part: string | undefined, tens: number): [number, number] {
  if (part === undefined) return [tens, tens + 9];
  if (part === 'low' || part === 'lower') return [tens, tens + 3];
  if (part === 'mid' || part === 'middle') return [tens + 3, tens + 7];
  return [tens + 7, tens + 9];
}
/** A part of one percentage point before `a percentage point`: `half a`, `a quarter of a`, `three quarters of a` (the `a` is ONE_POINT's). */
const PART_OF_POINT = /(?:\b(half)[ \t]+|\b(three)[ \t-]+quarters[ \t]+of[ \t]+|\b(?:a|one)[ \t]+quarter[ \t]+of[ \t]+)$/i;

/** `tenfold`, `threefold`, `hundredfold`. */
const FOLD = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand)fold\b/gi;
const FOLD_NEEDS = ['fold'];

/** A verb of ranging before `from` (`ranged from`, `varying from`): the values after it are a range's ends. */
const RANGED_FROM = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))[ \t]+from[ \t]+(?:about |around |some |nearly )?$/i;

/**
 * `10% to 15%`, `10%-15%`, `between 10% and 15%`, `ranged from 10% to 15%`: the unit written on
 * both ends, the same unit. A change (`from 10% to 15%`) and a move in points (`3 percentage points
 * to 12%`) are two values.
 */
function rangeAfterUnit(text: string, numbers: Scan['numbers'], i: number, from: number) {
  const high = numbers[i + 1];
  if (!high || !plain(high)) return undefined;
  const link = /^[ \t]*([-\u2013]|to|and)[ \t]*$/i.exec(text.slice(from, high.start));
  if (!link) return undefined;
  const before = text.slice(Math.max(0, numbers[i]!.start - 28), numbers[i]!.start);
  // `between 5% and 10%`: `and` joins a range's ends only after `between`.
  if (/^and$/i.test(link[1]!) && !/\bbetween[ \t]+(?:about |around |some |nearly )?$/i.test(before)) return undefined;
  // `ranged from 30 percent to 90 percent`: a range after a verb of ranging, else a change.
  if (/\bfrom[ \t]+(?:about |around |some |nearly )?$/i.test(before) && !RANGED_FROM.test(before)) return undefined;
  // Each end's unit as written: points, basis points or per cent (`10 basis points to 3.0 percent` is a move to a level).
  const unitOf = (m: RegExpExecArray | null) => (m?.[2] ? 'pp' : m?.[4] ? 'bp' : '%');
  PERCENT.lastIndex = numbers[i]!.end;
  const lowUnit = unitOf(PERCENT.exec(text));
  PERCENT.lastIndex = high.end;
  // `7 percent to 2,325` is a rise to a count, not a range: the high end needs its own unit.
  const highMatch = PERCENT.exec(text);
  if (!highMatch) return undefined;
  const highUnit = unitOf(highMatch);
  if (lowUnit !== highUnit) return undefined;
  return { start: numbers[i]!.start, end: high.end, high: i + 1 };
}

/**
 * Each gated pattern of this file with the lists of words it needs one of each of (in lower case),
 * as its gate asks them: for the test that checks every gate against its pattern.
 */
export const PERCENT_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [ONE_POINT, ONE_POINT_NEEDS], [FOLD, FOLD_NEEDS], [MULTIPLIED, MULTIPLIED_NEEDS], [TWICE, TWICE_NEEDS], [TWICE_OFTEN, TWICE_OFTEN_NEEDS],
];
