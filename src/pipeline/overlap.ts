import type { FactCandidate } from '../types.js';

/**
 * Keeps the longer, more specific match where candidates overlap, as chrono's
 * overlap-removal refiner does: `1月11日` is a date, not the numbers 1 and 11.
 * Takes candidates in any order; ties in length go to the one listed first
 * (so list extractors from most to least specific). Returns them sorted by start.
 */
export function resolveOverlaps(candidates: readonly FactCandidate[]): FactCandidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) =>
      (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start) || a.order - b.order);
  const kept: FactCandidate[] = [];
  for (const { candidate } of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
