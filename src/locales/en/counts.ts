import type { FactCandidate } from '../../types.js';
import { tidy, type NumberToken } from './numbers.js';
import { qualify, rangeAt } from './qualifiers.js';
import { readsAsYear } from './years.js';
import { candidate, plain, rangeLow, type Scan } from './scan.js';
import { unitSymbolAt } from '../unit-symbols.js';

/** A fraction spelled with `over` / `out of` (`1 over three`, `two out of five hundred`). */
const OVER = /^[ \t]+(?:over|out[ \t]+of)[ \t]+$/i;

/** A ratio spelled with `in` (`one in four adults`, `1 in every 5`, `3 of every 10`): a share, as `out of` is. */
const IN_EVERY = /^[ \t]+(?:in[ \t]+(?:every[ \t]+)?|of[ \t]+every[ \t]+)$/i;

/** The whole a share is of, after its second figure (`one in four adults`): without it (`more than 2 in 5`) no share is read, unless `every` says so. */
const WHOLE_AFTER = /^[ \t][A-Za-z]/;

/** Units of time or of a match after `in N`: a span or a tally (`2 in 90 minutes`, `3 in 5 games`), no share. */
const SPAN_AFTER = /^[ \t]*(?:-[ \t]*)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|games?|matches?|attempts?|innings|rounds?|races?|starts?|appearances?|tries)\b/i;

/** A number that is part of a name rather than a count (`Five-Year Plan`); it starts with a hyphen, tested first. */
const NAME_AFTER = /^-Year[ \t]+Plan\b/;

/** Words of a game before its score (`dropped the opening game 9-11`, `beat Japan 4-2`). */
const SCORE_BEFORE = /\b(?:game|games|set|sets|match|frame|round|rubber|beat|beats|beaten|won|win|wins|lost|lose|loses|losing|dropped|drew|draw|defeated|edged|trailed|led|leading|score|scores|scored|scoreline|victory|defeat)\b[^.;:!?\n\d]{0,24}$/i;
/** Another score beside one, in a list of a match's games (`11-6, 11-8`). */
const SCORE_AFTER = /^[ \t]*(?:,|and)[ \t]*\d{1,3}[-–]\d{1,3}\b/;
const SCORE_BEFORE_LIST = /\b\d{1,3}[-–]\d{1,3}[ \t]*(?:,|and)[ \t]*$/;

/**
 * Whether two whole numbers joined by a dash alone are a score (`9-11`, a game lost): after a word
 * of a game, or beside another score in a list. A score is two numbers, no range.
 */
function isScore(text: string, low: NumberToken, high: NumberToken): boolean {
  const joint = text.slice(low.end, high.start);
  if (joint !== '-' && joint !== '–') return false;
  if (!Number.isInteger(low.value) || !Number.isInteger(high.value) || low.value > 999 || high.value > 999) return false;
  const before = text.slice(Math.max(0, low.start - 40), low.start);
  const after = text.slice(high.end, high.end + 16);
  if (SCORE_AFTER.test(after) || SCORE_BEFORE_LIST.test(before)) return true;
  // `won 3-5 games`: a range of what the dash counts, no score.
  return SCORE_BEFORE.test(before) && !COUNTED_AFTER.test(after);
}

/** A plural noun right after two numbers, which they count (`3-5 games`), not a word after a score (`4-2 as`, `9-11 before`). */
const COUNTED_AFTER = /^[ \t]+(?!(?:as|is|was|its|this|thus|has|plus|across|versus)\b)[a-z]+s\b/;

/**
 * Plain numbers, the fallback for every number no other extractor claimed: counts
 * (`14 activities`, `five aspects`, `a dozen`), decimals, fractions, scaled numbers
 * (`3.5m`), ranges (`10-11`, `between 20 and 30`) and bounds (`more than 30`).
 * Not numbers with unknown letters glued on (`5G`, `6G`); a unit's symbol glued on is no
 * unknown letter (`29km`, `4.8GHz`: the number, whose unit the checks read after it).
 */
export function extractCounts({ text, numbers }: Scan): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    if (!plain(low) && !withUnitSymbol(text, low)) continue;
    if (text.charCodeAt(low.end) === 0x2d && NAME_AFTER.test(text.slice(low.end, low.end + 12))) continue;
    const high = numbers[i + 1];
    if (high && plain(high) && high.value !== 0 && Math.abs(low.value) < Math.abs(high.value)
      && (OVER.test(text.slice(low.end, high.start)) || inEvery(text, low, high))) {
      out.push(candidate('number', qualify(text, low.start, high.end), tidy(low.value / high.value), {}));
      i++;
      continue;
    }
    const range = high && isScore(text, low, high) ? undefined : rangeAt(text, numbers, i, (a, b) => plain(b) && !readsAsYear(text, a) && !a.fraction && !b.fraction);
    if (range) {
      const high = numbers[range.high]!;
      out.push(candidate('number', qualify(text, range.start, range.end), rangeLow(low, high), { max: high.value }));
      i = range.high;
      continue;
    }
    // A unit's symbol glued on is part of what is written (`50MP`), as a scale is.
    const span = qualify(text, low.start, low.glued === undefined ? low.end : low.end + low.glued.length);
    out.push(candidate('number', span, low.value, span.exact ? { max: low.value } : {}));
  }
  return joinBounds(text, out);
}

/** Whether a number has a unit's symbol glued to it (`1.2kg`), and nothing else that makes it no plain number. */
function withUnitSymbol(text: string, token: NumberToken): boolean {
  return !token.ordinal && token.glued !== undefined && unitSymbolAt(text, token.end);
}

/** `greater than 100 and smaller than 300`, `at most 100 and at least 20`: two bounds make a range. */
function joinBounds(text: string, found: FactCandidate[]): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    if (b && a.bound && b.bound && a.bound !== b.bound && a.max === undefined && b.max === undefined
      && /^[ \t]+and[ \t]+$/i.test(text.slice(a.end, b.start))) {
      const [low, high] = a.bound === 'over' ? [a, b] : [b, a];
      if ((low.value as number) <= (high.value as number)) {
        out.push({ kind: 'number', start: a.start, end: b.end, value: low.value, max: high.value as number });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * `one in four adults`, `1 in every 10,000`: a share, as Chinese writes it (`四分之一`, `万分之一`).
 * Whole numbers, the first the smaller and at least one, the second no year and followed by the
 * whole it counts (or after `every`); not a span or a tally (`scored 2 in 90 minutes`, `won 3 in
 * 5 games`).
 */
function inEvery(text: string, low: Scan['numbers'][number], high: Scan['numbers'][number]): boolean {
  return low.value >= 1 && Number.isInteger(low.value) && Number.isInteger(high.value) && !low.fraction && !high.fraction
    && IN_EVERY.test(text.slice(low.end, high.start)) && !readsAsYear(text, high)
    && !SPAN_AFTER.test(text.slice(high.end, high.end + 14))
    && (/every/i.test(text.slice(low.end, high.start)) || WHOLE_AFTER.test(text.slice(high.end, high.end + 3)));
}
