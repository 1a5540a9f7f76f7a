import type { FactCandidate } from '../types.js';

/**
 * Keeps the longer, more specific match where candidates overlap, as chrono's
 * overlap-removal refiner does: `1月11日` is a date, not the numbers 1 and 11.
 * Takes candidates in any order; ties in length go to the one listed first
 * (so list extractors from most to least specific). Returns them sorted by start.
 * Runs in O(n log n + total length of the candidates).
 */
export function resolveOverlaps(candidates: readonly FactCandidate[]): FactCandidate[] {
  // Candidates none of which is empty or overlaps another (facts far apart, as most texts hold
  // them): every one is kept, in order of their starts, without ranking them and sorting them back.
  const apartOnes = apartInOrder(candidates);
  if (apartOnes) return apartOnes;
  // `sort` is stable: candidates of one length stay in the order they are listed.
  const ranked = candidates
    .filter((candidate) => candidate.end > candidate.start)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const taken = new Coverage();
  const kept: FactCandidate[] = [];
  for (const candidate of ranked) {
    if (taken.overlaps(candidate.start, candidate.end)) continue;
    taken.add(candidate.start, candidate.end);
    kept.push(candidate);
  }
  return byStart(kept) ? kept : kept.sort((a, b) => a.start - b.start);
}

/**
 * Drops the candidates of `extra` that overlap any of `kept` (which win), and merges the
 * rest in, sorted by start. Linear in the candidates and the length they cover.
 */
export function mergeBehind(kept: readonly FactCandidate[], extra: readonly FactCandidate[]): FactCandidate[] {
  if (!extra.length) return [...kept];
  const taken = new Coverage();
  for (const k of kept) taken.add(k.start, k.end);
  const rest = extra.filter((e) => !taken.overlaps(e.start, e.end));
  if (!byStart(kept) || !byStart(rest)) return [...kept, ...rest].sort((a, b) => a.start - b.start);
  // Both lists in order, as extractors return them: a merge orders them as the stable sort of one
  // after the other does (on a tie, `kept` first), without sorting.
  const out: FactCandidate[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length && j < rest.length) out.push(rest[j]!.start < kept[i]!.start ? rest[j++]! : kept[i++]!);
  while (i < kept.length) out.push(kept[i++]!);
  while (j < rest.length) out.push(rest[j++]!);
  return out;
}

/** How many candidates `apartInOrder` puts in order by insertion; more are taken only in order as given. */
const ORDERED_CANDIDATES = 32;

/**
 * What `resolveOverlaps` returns for candidates none of which is empty or overlaps another: them
 * in order of their starts, put so by insertion (the few of one text, in runs of each extractor's
 * order). Undefined for candidates that are not so, or for more than `ORDERED_CANDIDATES` not
 * already in order.
 */
export function apartInOrder(candidates: readonly FactCandidate[]): FactCandidate[] | undefined {
  if (candidates.length > ORDERED_CANDIDATES) return apart(candidates) ? candidates.slice() : undefined;
  const out = candidates.slice();
  for (let k = 1; k < out.length; k++) {
    const c = out[k]!;
    let j = k;
    for (; j > 0 && out[j - 1]!.start > c.start; j--) out[j] = out[j - 1]!;
    out[j] = c;
  }
  return apart(out) ? out : undefined;
}

/** Whether candidates are non-empty and in order, none overlapping the one before it. */
function apart(candidates: readonly FactCandidate[]): boolean {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.end <= c.start || (k > 0 && c.start < candidates[k - 1]!.end)) return false;
  }
  return true;
}

/** Whether candidates are in order of their starts. */
function byStart(candidates: readonly FactCandidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (candidates[k]!.start < candidates[k - 1]!.start) return false;
  return true;
}

/** How many spans `Coverage` keeps as a list before it marks characters instead. */
const LISTED_SPANS = 16;

/**
 * Which character offsets are already covered. A text's few facts are kept as a list of spans (a
 * span overlaps one of them if each starts before the other ends), so most texts allocate no
 * array of their length; past `LISTED_SPANS` spans, one byte a character, grown on demand, keeps
 * each test linear in the span's length.
 */
class Coverage {
  private starts: number[] = [];
  private ends: number[] = [];
  private bits: Uint8Array | undefined;

  overlaps(start: number, end: number): boolean {
    const bits = this.bits;
    if (bits) {
      const stop = Math.min(end, bits.length);
      for (let i = start; i < stop; i++) if (bits[i]) return true;
      return false;
    }
    if (start >= end) return false;
    for (let k = 0; k < this.starts.length; k++) if (this.starts[k]! < end && start < this.ends[k]!) return true;
    return false;
  }

  add(start: number, end: number): void {
    if (start >= end) return;
    if (!this.bits) {
      if (this.starts.length < LISTED_SPANS) {
        this.starts.push(start);
        this.ends.push(end);
        return;
      }
      this.bits = new Uint8Array(256);
      for (let k = 0; k < this.starts.length; k++) this.mark(this.starts[k]!, this.ends[k]!);
    }
    this.mark(start, end);
  }

  private mark(start: number, end: number): void {
    if (end > this.bits!.length) {
      const grown = new Uint8Array(Math.max(end, this.bits!.length * 2));
      grown.set(this.bits!);
      this.bits = grown;
    }
    this.bits!.fill(1, start, end);
  }
}
