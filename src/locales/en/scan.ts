import type { ExtractContext, FactCandidate } from '../../types.js';
import type { NumberToken } from './numbers.js';
import type { Qualified } from './qualifiers.js';
import { readReference, type RefDay } from '../calendar.js';
import { textHolds } from '../needs.js';

/** A text read once for numbers, shared by the extractors of one call. */
export interface Scan {
  text: string;
  numbers: readonly NumberToken[];
  context: ExtractContext;
  /** `text` in lower case, made on first use by `lowerText`. */
  lower?: string;
  /** `textHolds` of `lower`, made on first use by `lowerHolds`. */
  holds?: (words: readonly string[]) => boolean;
  /** Whether `text` holds an ASCII digit, found on first use by `holdsDigit`. */
  digit?: boolean;
  /** `readReference` of the context's reference date (null for none), read on first use by `referenceDay`. */
  reference?: RefDay | null;
}

/** The reference day of the scan's context, read once for the extractors of one call. */
export function referenceDay(scan: Scan): RefDay | undefined {
  scan.reference ??= readReference(scan.context.referenceDate) ?? null;
  return scan.reference ?? undefined;
}

/** The scan's text in lower case, made once for the extractors of one call. */
export function lowerText(scan: Scan): string {
  scan.lower ??= scan.text.toLowerCase();
  return scan.lower;
}

/** Whether the scan's text in lower case holds one of `words` (`holdsAny`), with one index for the extractors of one call. */
export function lowerHolds(scan: Scan): (words: readonly string[]) => boolean {
  if (scan.holds) return scan.holds;
  const lower = lowerText(scan);
  scan.holds = lower.length < SHORT_TEXT ? shortTextHolds(lower) : textHolds(lower);
  return scan.holds;
}

/** Texts shorter than this are indexed by `shortTextHolds`; `textHolds` indexes the longer ones. */
const SHORT_TEXT = 64;

/** The slot of a pair of character codes in the 256 bits of `shortTextHolds`'s set. */
function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 24;
}

/**
 * `holdsAny(text, words)` for many lists of words over one short text. The extractors of one call
 * ask some 250 words of a text, nearly all of which it lacks: a word is looked for only when the
 * text holds its first and its last pair of characters (hashed into 256 bits, so a pair the text
 * lacks may pass, never the other way round, and the answer is the same).
 */
export function shortTextHolds(text: string): (words: readonly string[]) => boolean {
  const pairs = new Int32Array(8);
  for (let k = 1; k < text.length; k++) {
    const p = pairSlot(text.charCodeAt(k - 1), text.charCodeAt(k));
    pairs[p >> 5]! |= 1 << (p & 31);
  }
  const mayHold = (word: string): boolean => {
    if (word.length < 2) return true;
    const first = pairSlot(word.charCodeAt(0), word.charCodeAt(1));
    if ((pairs[first >> 5]! & (1 << (first & 31))) === 0) return false;
    const last = pairSlot(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1));
    return (pairs[last >> 5]! & (1 << (last & 31))) !== 0;
  };
  return (words) => {
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per word
    for (let k = 0; k < words.length; k++) if (mayHold(words[k]!) && text.includes(words[k]!)) return true;
    return false;
  };
}

const DIGIT = /[0-9]/;

/**
 * Whether the scan's text holds an ASCII digit, found once for the extractors of one call. A
 * pattern without the `u` flag that needs `\d` cannot match a text without one (nearly half of
 * the paragraphs of an article), and is then not run over it.
 */
export function holdsDigit(scan: Scan): boolean {
  scan.digit ??= DIGIT.test(scan.text);
  return scan.digit;
}

/** One English extractor: candidates of its kinds (they may overlap other extractors'). */
export type ScanExtractor = (scan: Scan) => FactCandidate[];

/** Builds a candidate from a qualified span. */
export function candidate(
  kind: FactCandidate['kind'],
  span: Qualified,
  value: number | string,
  extra?: Partial<FactCandidate>,
): FactCandidate {
  // The keys in the order a spread of `extra`, then of `approx` and `bound`, gives them (facts are
  // printed in it), set one by one: no object made for each flag and spread.
  const out: FactCandidate = { kind, start: span.start, end: span.end, value };
  if (extra) Object.assign(out, extra);
  if (span.approx) out.approx = true;
  if (span.bound) out.bound = span.bound;
  return out;
}

/** True when a token can carry a unit: not an ordinal, no unknown letters glued to it. */
export function plain(token: NumberToken): boolean {
  return !token.ordinal && token.glued === undefined;
}

/** Scales the lower end of `3 to 5 million` like its upper end. */
export function rangeLow(low: NumberToken, high: NumberToken): number {
  return high.scaled && !low.scaled && low.value < 1000 ? low.value * high.scaled : low.value;
}
