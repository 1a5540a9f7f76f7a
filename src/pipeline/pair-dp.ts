/**
 * A monotonic alignment of two sequences by dynamic programming over beads
 * (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1), banded so that work and memory
 * grow linearly with the length of the sequences.
 */

/** A bead of the alignment: `en` items `[enStart, enStart + enCount)` with `zh` items likewise. */
export interface Bead {
  enStart: number;
  enCount: number;
  zhStart: number;
  zhCount: number;
  /** Cost of the bead as the cost function gave it. */
  cost: number;
}

/** The moves the search allows, as `[en items, zh items]`. */
export const MOVES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
];

/**
 * Cost of a bead of `enCount` items from `enStart` and `zhCount` from `zhStart`;
 * `Infinity` forbids it.
 */
export type BeadCost = (enStart: number, enCount: number, zhStart: number, zhCount: number) => number;

/**
 * Finds the cheapest monotonic alignment of `nEn` with `nZh` items.
 * `center(i)` is the expected Chinese position when `i` English items are consumed;
 * only cells within `width` of it are searched (widened where needed to keep a path).
 * Returns the beads in order.
 */
export function alignMonotonic(
  nEn: number,
  nZh: number,
  cost: BeadCost,
  center: (i: number) => number,
  width: number,
  moves: readonly (readonly [number, number])[] = MOVES,
): Bead[] {
  const lo = new Int32Array(nEn + 1);
  const hi = new Int32Array(nEn + 1);
  for (let i = 0; i <= nEn; i++) {
    const c = Math.round(center(i));
    lo[i] = Math.max(0, Math.min(nZh, c - width));
    hi[i] = Math.max(0, Math.min(nZh, c + width));
  }
  lo[0] = 0;
  hi[nEn] = nZh;
  for (let i = nEn - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= nEn; i++) {
    hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  }
  for (let i = 1; i <= nEn; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  const offset = new Float64Array(nEn + 2);
  for (let i = 0; i <= nEn; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  const size = offset[nEn + 1]!;
  const best = new Float64Array(size).fill(Infinity);
  const back = new Int8Array(size).fill(-1);
  const beadCost = new Float64Array(size);
  best[0] = 0;
  for (let i = 0; i <= nEn; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = offset[i]! + j - lo[i]!;
      if (i === 0 && j === 0) continue;
      let min = Infinity;
      let arg = -1;
      let argCost = 0;
      for (let m = 0; m < moves.length; m++) {
        const di = moves[m]![0];
        const dj = moves[m]![1];
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = best[offset[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        const c = cost(pi, di, pj, dj);
        if (prev + c < min) {
          min = prev + c;
          arg = m;
          argCost = c;
        }
      }
      best[cell] = min;
      back[cell] = arg;
      beadCost[cell] = argCost;
    }
  }
  const beads: Bead[] = [];
  let i = nEn;
  let j = nZh;
  while (i > 0 || j > 0) {
    const cell = offset[i]! + j - lo[i]!;
    const m = back[cell]!;
    if (m < 0) throw new Error('alignment: no path (band too narrow)');
    const [di, dj] = moves[m]!;
    beads.push({ enStart: i - di, enCount: di, zhStart: j - dj, zhCount: dj, cost: beadCost[cell]! });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
