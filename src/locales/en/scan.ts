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
  scan.holds ??= textHolds(lowerText(scan));
  return scan.holds;
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
