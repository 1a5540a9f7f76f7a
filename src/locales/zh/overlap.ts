/**
 * Overlap removal for one text, in linear time over the covered characters: the same
 * rule as `resolveOverlaps` in the pipeline (longer wins, ties to the one listed first),
 * without comparing every pair, so a whole book stays fast.
 */
import type { FactCandidate } from '../../types.js';

/** Keeps the longer candidate where candidates overlap; returns them sorted by start. */
export function keepLongest(candidates: readonly FactCandidate[], textLength: number): FactCandidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .filter(({ candidate }) => candidate.end > candidate.start)
    .sort((a, b) =>
      (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start) || a.order - b.order);
  const taken = new Uint8Array(textLength + 1);
  const kept: FactCandidate[] = [];
  for (const { candidate } of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
