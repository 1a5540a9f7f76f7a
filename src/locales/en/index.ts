import type { Extractor, FactCandidate } from '../../types.js';
import { resolveOverlaps } from '../../pipeline/overlap.js';
import { extractCounts } from './counts.js';
import { extractDates } from './dates.js';
import { extractDurations } from './durations.js';
import { extractMoney } from './money.js';
import { scanNumbers } from './numbers.js';
import { extractOrdinals } from './ordinals.js';
import { extractPercent } from './percent.js';
import type { ScanExtractor } from './scan.js';

export { scanNumbers } from './numbers.js';
export type { NumberToken } from './numbers.js';

/**
 * The English extractors, most specific first: where two candidates cover the same
 * length the earlier wins (a year `2003` is a date before it is a number).
 */
export const extractors: readonly ScanExtractor[] = [
  extractDates, extractMoney, extractPercent, extractDurations, extractOrdinals, extractCounts,
];

const FULL_WIDTH = /[\uff10-\uff19\uff05\uff0e]/g;

/** Full-width digits, `％` and `．` to ASCII; one code unit each, so offsets stay the same. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '\uff05' ? '%' : c === '\uff0e' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
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
    // A bare number loses to any fact with a unit that covers it (`more than 20` in `more than 20 years`).
    all.push(...(extractor === extractCounts ? found.filter((c) => !all.some((a) => c.start < a.end && a.start < c.end)) : found));
  }
  return resolveOverlaps(all);
};
