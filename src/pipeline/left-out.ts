/**
 * Candidates found in a text made by leaving characters out of another, taken back to the other:
 * `kept[i]` is where character `i` of the shorter text stands in it, `length` its length. A span
 * keeps what was left out inside it.
 */
export function inText<T extends { start: number; end: number }>(candidates: readonly T[], kept: ArrayLike<number>, length: number): T[] {
  return candidates.map((c) => ({
    ...c,
    start: kept[c.start] ?? length,
    end: c.end > c.start ? kept[c.end - 1]! + 1 : kept[c.start] ?? length,
  }));
}
