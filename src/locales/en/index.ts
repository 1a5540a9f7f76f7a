import type { Extractor, FactCandidate } from '../../types.js';
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

/**
 * Keeps the longer candidate where two overlap, ties to the one listed first, as
 * `resolveOverlaps` does, in time linear in the text for non-pathological input.
 */
function keepLongest(length: number, candidates: readonly FactCandidate[]): FactCandidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start) || a.order - b.order);
  const covered = new Uint8Array(length + 1);
  const kept: FactCandidate[] = [];
  for (const { candidate } of ranked) {
    if (candidate.end <= candidate.start || overlapsCovered(covered, candidate)) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Web addresses: the digits in them are not facts. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL_CHAR = /[\w.+-]/;

/** Drops candidates inside web or e-mail addresses. */
function dropInLinks(text: string, candidates: FactCandidate[]): FactCandidate[] {
  let covered: Uint8Array | undefined;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) {
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
  return covered ? candidates.filter((c) => !overlapsCovered(covered!, c)) : candidates;
}

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
    if (extractor !== extractCounts) {
      all.push(...extractor(scan));
      continue;
    }
    // A bare number loses to any fact with a unit that overlaps it (`more than 20` in `more than 20 years`).
    const covered = coverage(text.length, all);
    for (const c of extractor(scan)) if (!overlapsCovered(covered, c)) all.push(c);
  }
  return keepLongest(text.length, dropInLinks(text, all));
};
