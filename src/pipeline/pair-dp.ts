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
  /**
   * How much more the best alignment that does not use this bead costs (0: a tie).
   * Set on the beads of the final search.
   */
  margin?: number;
}

/** The moves the search allows, as `[en items, zh items]`. */
export const MOVES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
];

/**
 * Cost of a bead of `enCount` items from `enStart` and `zhCount` from `zhStart`;
 * `Infinity` forbids it. `floor`, when given, is a cheaper bound no higher than the cost of a
 * bead that links both sides: the search asks the cost only of beads whose bound could still
 * better a cell (the same path and margins, fewer costs worked out).
 */
export type BeadCost = ((enStart: number, enCount: number, zhStart: number, zhCount: number) => number) & {
  floor?: (enStart: number, enCount: number, zhStart: number, zhCount: number) => number;
};

/**
 * Which side of a linking bead comes first in the input (0: English, 1: Chinese);
 * consecutive links whose sides come in a different order pay `flip`.
 */
export interface Orientation {
  of: (enStart: number, enCount: number, zhStart: number, zhCount: number) => 0 | 1;
  flip: number;
}

/**
 * Finds the cheapest monotonic alignment of `nEn` with `nZh` items.
 * `center(i)` is the expected Chinese position when `i` English items are consumed;
 * only cells within `width` of it are searched; the band is widened where needed to keep
 * a path, and doubled (and the search repeated) when the best path runs along its edge, up
 * to `bandBudget` cells. With `orientation`, a change of which side comes first between
 * consecutive links costs `orientation.flip` (the search keeps both orientations per cell).
 * With `pilot`, a cheaper cost, a first band whose path runs along its edge is not doubled
 * at once: the band, as wide, is laid along the path of a search by `pilot` (itself widened as
 * it needs), and only the search of that band is widened further if its path runs along its edge;
 * on a long pair (`PILOT_FIRST_ITEMS`) the pilot searches first, and the full cost is asked only
 * along its path (`GUIDED_WIDTH` items either side where the path kept off the edge).
 * Returns the beads in order.
 */
export function alignMonotonic(...search: Parameters<typeof searchMonotonic>): Bead[] {
  const found = searchMonotonic(...search);
  found.addMargins();
  return found.beads;
}

/**
 * `alignMonotonic` without the margins: the beads, and `addMargins` to set them later. A search
 * whose path only guides the next one (or teaches it the length ratio) skips their backward pass.
 */
export function searchMonotonic(
  nEn: number,
  nZh: number,
  cost: BeadCost,
  center: (i: number) => number,
  width: number,
  moves: readonly (readonly [number, number])[] = MOVES,
  orientation?: Orientation,
  budget: number = bandBudget(nEn, nZh),
  pilot?: BeadCost,
): { beads: Bead[]; addMargins: () => void } {
  // The pilot's searches only place a band: no margins follow them, so they keep no bead costs for those.
  const search = (by: BeadCost, around: (i: number) => number, w: number, extent?: (i: number) => number) =>
    alignInBand(nEn, nZh, by, around, w, moves, orientation, extent, by !== pilot);
  // `found` (a search of the band `from` cells either side of `around`, or its path alone), or,
  // while its path runs along the band's edge, the search of a band twice as wide, up to `budget` cells.
  const widened = <F extends Path>(by: BeadCost, around: (i: number) => number, extent: ((i: number) => number) | undefined, found: F, from = width): F | ReturnType<typeof search> => {
    let w = from;
    let last: F | ReturnType<typeof search> = found;
    while (last.touched && w < Math.max(nEn, nZh) && band(nEn, nZh, around, w * 2, extent).size <= budget) {
      w *= 2;
      last = search(by, around, w, extent);
    }
    return last;
  };
  if (width >= Math.max(nEn, nZh) || !pilot) return widened(cost, center, undefined, search(cost, center, width));
  // The cheaper search first, on a long document: when its path runs along the edge of the band
  // too, the band is laid along its path at once, rather than after a search at the full cost
  // that only shows the band misplaced (a third of the pairing time of 5,000 Bible verses against
  // 6,301, and the memory of its beads' word evidence). Its search is the one the full search's
  // touching the edge would ask for, so that search is not made twice.
  // Kept as its path and whether it touched, not its tables: the full search need not run with them held.
  const guide = nEn + nZh >= PILOT_FIRST_ITEMS ? pathOf(search(pilot, center, width)) : undefined;
  const alongPilot = (found: Path = search(pilot, center, width)) => {
    // The path ran along the edge: a cheaper search, widened as far as it needs, finds where the
    // band should lie, and the band of the same width follows its path before it is made wider.
    const rows = pathRows(widened(pilot, center, undefined, found).beads, nEn);
    const along = (i: number) => rows.lo[i]!;
    const extent = (i: number) => rows.hi[i]! - rows.lo[i]!;
    return widened(cost, along, extent, search(cost, along, width, extent));
  };
  if (guide?.touched) return alongPilot(guide);
  if (guide) {
    // The pilot's path kept off its band's edge: word evidence moves a path a few items off the
    // path lengths alone find, so the full cost is asked over a band `GUIDED_WIDTH` items either
    // side of that path (widened as the band of any search is), not over the length diagonal's
    // band of `width` (a third less time on a pair of line files of 4,209 lines, the same links).
    const rows = pathRows(guide.beads, nEn);
    const along = (i: number) => rows.lo[i]!;
    const extent = (i: number) => rows.hi[i]! - rows.lo[i]!;
    const w = Math.min(width, GUIDED_WIDTH);
    return widened(cost, along, extent, search(cost, along, w, extent), w);
  }
  const first = search(cost, center, width);
  return first.touched ? alongPilot(guide) : first;
}

/** A search's path and whether it ran along its band's edge. */
interface Path {
  beads: Bead[];
  touched: boolean;
}

/** A search's `Path`, without the tables its margins read. */
function pathOf(found: Path): Path {
  return { beads: found.beads, touched: found.touched };
}

/**
 * Items either side of a path a band laid along it holds at first: the width a search guided by
 * an earlier path starts from (as the pairing's second search, along its first's path, does).
 */
export const GUIDED_WIDTH = 8;

/**
 * Items (both sequences) from which a search with a cheaper pilot runs the pilot first (see
 * `searchMonotonic`): below it a search at the full cost is cheap, and its band often holds the
 * whole grid.
 */
export const PILOT_FIRST_ITEMS = 2000;

/**
 * The first and last Chinese position a path of beads stands at in each row (each count of
 * English items); `hi` is the position the path leaves the row from.
 */
export function pathRows(beads: readonly Bead[], nEn: number): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(nEn + 1);
  const hi = new Int32Array(nEn + 1);
  let i = 0;
  let j = 0;
  for (const b of beads) {
    // The rows a merge of English items passes over stand where the path would cross them.
    for (let k = 1; k < b.enCount; k++) lo[i + k] = hi[i + k] = j + Math.round((k * b.zhCount) / b.enCount);
    i += b.enCount;
    j += b.zhCount;
    if (b.enCount > 0) lo[i] = j;
    hi[i] = j;
  }
  return { lo, hi };
}

/** Cells a widened band may hold for each item of the two sequences (see `bandBudget`). */
export const BAND_CELLS_PER_ITEM = 512;

/** Cells a widened band may always hold: a search of 255 items a side may widen to the whole grid. */
export const BAND_CELLS_LEAST = 1 << 16;

/** Cells a widened band may hold at most, about 400 MB of search tables, whatever the items. */
export const BAND_CELLS_MOST = 1 << 22;

/**
 * The most cells a search may widen its band to when its path runs along the edge. A translation
 * drifts from the length diagonal by a few hundred items at most (sentences split and joined over
 * a book); two sequences that do not translate each other (text of one language only beside the
 * other's, an appendix, junk) have a path that runs along any band, and widening it to the whole
 * grid would cost their product in time and memory. So the budget is `BAND_CELLS_PER_ITEM` cells
 * an item, at least `BAND_CELLS_LEAST` and at most `BAND_CELLS_MOST`. The first band is always
 * searched, however large; past the budget the path found runs along the edge of the widest band
 * that fits.
 */
export function bandBudget(nEn: number, nZh: number): number {
  return Math.min(BAND_CELLS_MOST, Math.max(BAND_CELLS_LEAST, BAND_CELLS_PER_ITEM * (nEn + nZh + 2)));
}

/**
 * One search within a band; `touched` tells whether the path ran along the band's edge. With
 * `keepCosts`, the costs the search asks are kept for the margins' backward pass (a search whose
 * margins are never asked spares their table, 64 bytes a cell; its margins, asked all the same,
 * would ask the costs again).
 */
function alignInBand(
  nEn: number,
  nZh: number,
  cost: BeadCost,
  center: (i: number) => number,
  width: number,
  moves: readonly (readonly [number, number])[],
  orientation?: Orientation,
  extent?: (i: number) => number,
  keepCosts = true,
): { beads: Bead[]; touched: boolean; addMargins: () => void } {
  const { lo, hi, offset, size } = band(nEn, nZh, center, width, extent);
  // Two states per cell: the orientation of the last link.
  const best = new Float64Array(size * 2).fill(Infinity);
  const back = new Int8Array(size * 2).fill(-1);
  const backState = new Int8Array(size * 2);
  const beadCost = new Float64Array(size * 2);
  // Each bead's cost, by its end cell and move, asked once: the margins' backward pass asks again.
  const costs = keepCosts ? new Float64Array(size * moves.length).fill(NaN) : undefined;
  const flip = orientation?.flip ?? 0;
  const floor = cost.floor;
  best[0] = 0;
  best[1] = orientation ? 0 : Infinity;
  // Row `i`'s cells are `rowBase[i] + j`, read from an array of plain numbers, and a cell's two
  // best costs are kept in locals while its moves are tried: a run spends most of its time in
  // V8's interpreter, where each read of a Float64Array makes a new number object.
  const rowBase: number[] = [];
  for (let i = 0; i <= nEn; i++) rowBase.push(offset[i]! - lo[i]!);
  const nMoves = moves.length;
  for (let i = 0; i <= nEn; i++) {
    const base = rowBase[i]!;
    const jHi = hi[i]!;
    for (let j = lo[i]!; j <= jHi; j++) {
      const cell = base + j;
      if (i === 0 && j === 0) continue;
      let b0 = best[cell * 2]!;
      let b1 = best[cell * 2 + 1]!;
      for (let m = 0; m < nMoves; m++) {
        const move = moves[m]!;
        const di = move[0];
        const dj = move[1];
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prevCell = rowBase[pi]! + pj;
        const p0 = best[prevCell * 2]!;
        const p1 = best[prevCell * 2 + 1]!;
        if (p0 === Infinity && p1 === Infinity) continue;
        // A cell no move has reached yet takes any bead: no bound to ask then.
        if (floor && di > 0 && dj > 0 && (b0 !== Infinity || b1 !== Infinity)) {
          // A bead whose bound cannot better the cell is left unasked: its cost could not either.
          const f = floor(pi, di, pj, dj);
          if (orientation) {
            const o = orientation.of(pi, di, pj, dj);
            if (o === 0 ? Math.min(p0, p1 + flip) + f >= b0 : Math.min(p1, p0 + flip) + f >= b1) continue;
          } else if (p0 + f >= b0 && p1 + f >= b1) continue;
        }
        const c = cost(pi, di, pj, dj);
        if (costs) costs[cell * nMoves + m] = c;
        if (c === Infinity) continue;
        if (di === 0 || dj === 0 || !orientation) {
          const v0 = p0 + c;
          if (v0 < b0) {
            b0 = v0;
            best[cell * 2] = v0;
            back[cell * 2] = m;
            backState[cell * 2] = 0;
            beadCost[cell * 2] = c;
          }
          const v1 = p1 + c;
          if (v1 < b1) {
            b1 = v1;
            best[cell * 2 + 1] = v1;
            back[cell * 2 + 1] = m;
            backState[cell * 2 + 1] = 1;
            beadCost[cell * 2 + 1] = c;
          }
        } else {
          const o = orientation.of(pi, di, pj, dj);
          const stay = o === 0 ? p0 : p1;
          const change = (o === 0 ? p1 : p0) + flip;
          const from = stay <= change ? o : 1 - o;
          const v = Math.min(stay, change) + c;
          if (v < (o === 0 ? b0 : b1)) {
            if (o === 0) b0 = v;
            else b1 = v;
            best[cell * 2 + o] = v;
            back[cell * 2 + o] = m;
            backState[cell * 2 + o] = from;
            beadCost[cell * 2 + o] = c;
          }
        }
      }
    }
  }
  const beads: Bead[] = [];
  let i = nEn;
  let j = nZh;
  const last = offset[nEn]! + nZh - lo[nEn]!;
  let state = best[last * 2]! <= best[last * 2 + 1]! ? 0 : 1;
  while (i > 0 || j > 0) {
    const cell = offset[i]! + j - lo[i]!;
    const m = back[cell * 2 + state]!;
    if (m < 0) throw new Error('alignment: no path (band too narrow)');
    const [di, dj] = moves[m]!;
    beads.push({ enStart: i - di, enCount: di, zhStart: j - dj, zhCount: dj, cost: beadCost[cell * 2 + state]! });
    state = backState[cell * 2 + state]!;
    i -= di;
    j -= dj;
  }
  beads.reverse();
  const touched = runsAlongEdge(beads, lo, hi, nEn, nZh);
  let marked = touched;
  return {
    beads,
    touched,
    addMargins: () => {
      if (marked) return;
      marked = true;
      addMargins(beads, best, { nEn, nZh, lo, hi, offset, moves, cost, costs, orientation });
    },
  };
}

/**
 * Whether a path runs along its band's edge, so that the band may have kept it from a better
 * one: a cell of it on the edge (the first Chinese position of a row but 0, the last but `nZh`).
 * A run of skips (1-0, 0-1 beads) costs the same in any order, so where the search drew it says
 * nothing of the band: its cells count only when the run cannot be drawn off the edge either with
 * all its English skips first or with all its Chinese skips first. (A page's Chinese tail with no
 * English left to link would otherwise widen the band to the whole grid for nothing.)
 */
function runsAlongEdge(beads: readonly Bead[], lo: Int32Array, hi: Int32Array, nEn: number, nZh: number): boolean {
  const edge = (i: number, j: number): boolean => (j === lo[i]! && j > 0 && i < nEn) || (j === hi[i]! && j < nZh && i > 0);
  // Whether the staircase from (i0, j0) to (i1, j1), down first or across first, keeps inside the band and off its edge between its ends.
  const offEdge = (i0: number, j0: number, i1: number, j1: number, downFirst: boolean): boolean => {
    let i = i0;
    let j = j0;
    for (;;) {
      if (downFirst ? i < i1 : j >= j1) i++;
      else j++;
      if (i > i1 || j > j1 || (i === i1 && j === j1)) return true;
      if (j < lo[i]! || j > hi[i]! || edge(i, j)) return false;
    }
  };
  let i = 0;
  let j = 0;
  for (let k = 0; k < beads.length;) {
    const b = beads[k]!;
    if (b.enCount > 0 && b.zhCount > 0) {
      i += b.enCount;
      j += b.zhCount;
      if (edge(i, j)) return true;
      k++;
      continue;
    }
    // A run of skips, from bead k to bead r - 1: its inner cells, then its last.
    let r = k;
    let i1 = i;
    let j1 = j;
    let along = false;
    while (r < beads.length && (beads[r]!.enCount === 0 || beads[r]!.zhCount === 0)) {
      if (r > k && edge(i1, j1)) along = true;
      i1 += beads[r]!.enCount;
      j1 += beads[r]!.zhCount;
      r++;
    }
    if (along && !offEdge(i, j, i1, j1, true) && !offEdge(i, j, i1, j1, false)) return true;
    if (edge(i1, j1)) return true;
    i = i1;
    j = j1;
    k = r;
  }
  return false;
}

/** The band and search of one `alignInBand` call, for the margin computation. */
interface Search {
  nEn: number;
  nZh: number;
  lo: Int32Array;
  hi: Int32Array;
  offset: Float64Array;
  moves: readonly (readonly [number, number])[];
  cost: BeadCost;
  /** Costs the forward pass asked, by end cell and move (`NaN`: not asked), when it kept them. */
  costs?: Float64Array;
  orientation?: Orientation;
}

/**
 * Sets each bead's `margin`: a backward pass gives, for every bead the band allows, the
 * cost of the best whole alignment through it; a bead's margin is the cheapest such total
 * over the other beads sharing one of its items, less the optimum.
 */
function addMargins(beads: Bead[], forward: Float64Array, search: Search): void {
  const { nEn, nZh, lo, hi, offset, moves, cost, costs, orientation } = search;
  const flip = orientation?.flip ?? 0;
  const size = offset[nEn + 1]!;
  const backward = new Float64Array(size * 2).fill(Infinity);
  const last = offset[nEn]! + nZh - lo[nEn]!;
  backward[last * 2] = 0;
  backward[last * 2 + 1] = 0;
  const optimum = Math.min(forward[last * 2]!, forward[last * 2 + 1]!);
  const chosenEn = new Int32Array(nEn);
  const chosenZh = new Int32Array(nZh);
  beads.forEach((b, k) => {
    for (let x = b.enStart; x < b.enStart + b.enCount; x++) chosenEn[x] = k;
    for (let x = b.zhStart; x < b.zhStart + b.zhCount; x++) chosenZh[x] = k;
  });
  const otherEn = new Float64Array(nEn).fill(Infinity);
  const otherZh = new Float64Array(nZh).fill(Infinity);
  const same = (b: Bead, i: number, di: number, j: number, dj: number) =>
    b.enStart === i && b.enCount === di && b.zhStart === j && b.zhCount === dj;
  const floor = cost.floor;
  // What a bead of cost `c` into a cell whose backward costs are `n0`, `n1` offers, from a cell
  // whose forward costs are `fw0`, `fw1`: the cell's backward cost in each state (`via0`,
  // `via1`) and the best whole alignment through the bead (`via2`). Locals rather than a
  // Float64Array, as the cell's costs below: a run spends most of its time in V8's interpreter,
  // where each read of a Float64Array makes a new number object.
  let via0 = 0;
  let via1 = 0;
  let via2 = 0;
  const through = (c: number, i: number, di: number, j: number, dj: number, n0: number, n1: number, fw0: number, fw1: number): void => {
    if (di === 0 || dj === 0 || !orientation) {
      via0 = c + n0;
      via1 = c + n1;
      via2 = Math.min(fw0 + c + n0, fw1 + c + n1);
    } else {
      const o = orientation.of(i, di, j, dj);
      const after = c + (o === 0 ? n0 : n1);
      if (o === 0) {
        via0 = after;
        via1 = after + flip;
      } else {
        via1 = after;
        via0 = after + flip;
      }
      via2 = Math.min(o === 0 ? fw0 : fw1, (o === 0 ? fw1 : fw0) + flip) + after;
    }
  };
  const rowBase: number[] = [];
  for (let i = 0; i <= nEn; i++) rowBase.push(offset[i]! - lo[i]!);
  const nMoves = moves.length;
  for (let i = nEn; i >= 0; i--) {
    const base = rowBase[i]!;
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const cell = base + j;
      const fw0 = forward[cell * 2]!;
      const fw1 = forward[cell * 2 + 1]!;
      let k0 = backward[cell * 2]!;
      let k1 = backward[cell * 2 + 1]!;
      for (let m = 0; m < nMoves; m++) {
        const move = moves[m]!;
        const di = move[0];
        const dj = move[1];
        const ni = i + di;
        const nj = j + dj;
        if (ni > nEn || nj > nZh || nj < lo[ni]! || nj > hi[ni]!) continue;
        const next = rowBase[ni]! + nj;
        const b0 = backward[next * 2]!;
        const b1 = backward[next * 2 + 1]!;
        if (b0 === Infinity && b1 === Infinity) continue;
        let c = costs ? costs[next * nMoves + m]! : NaN;
        if (c !== c) {
          // Whether a bead of cost `floor` or more could lower a backward cost or a bead's best
          // alternative below what they hold now: if not, its cost is left unasked.
          if (floor && di > 0 && dj > 0 && (k0 !== Infinity || k1 !== Infinity)) {
            through(floor(i, di, j, dj), i, di, j, dj, b0, b1, fw0, fw1);
            let better = via0 < k0 || via1 < k1;
            for (let x = i; !better && x < ni; x++) if (via2 < otherEn[x]!) better = true;
            for (let x = j; !better && x < nj; x++) if (via2 < otherZh[x]!) better = true;
            if (!better) continue;
          }
          c = cost(i, di, j, dj);
        }
        if (c === Infinity) continue;
        through(c, i, di, j, dj, b0, b1, fw0, fw1);
        k0 = Math.min(k0, via0);
        k1 = Math.min(k1, via1);
        backward[cell * 2] = k0;
        backward[cell * 2 + 1] = k1;
        const total = via2;
        if (total === Infinity) continue;
        for (let x = i; x < ni; x++) if (!same(beads[chosenEn[x]!]!, i, di, j, dj) && total < otherEn[x]!) otherEn[x] = total;
        for (let x = j; x < nj; x++) if (!same(beads[chosenZh[x]!]!, i, di, j, dj) && total < otherZh[x]!) otherZh[x] = total;
      }
    }
  }
  for (const b of beads) {
    let other = Infinity;
    for (let x = b.enStart; x < b.enStart + b.enCount; x++) other = Math.min(other, otherEn[x]!);
    for (let x = b.zhStart; x < b.zhStart + b.zhCount; x++) other = Math.min(other, otherZh[x]!);
    b.margin = Math.max(0, other - optimum);
  }
}

/**
 * For each count of English items, the count of Chinese items that covers the same share
 * of the total length: the diagonal a search follows when nothing better guides it.
 */
export function lengthDiagonal(en: readonly number[], zh: readonly number[]): Int32Array {
  const out = new Int32Array(en.length + 1);
  let totalEn = 0;
  let totalZh = 0;
  for (const x of en) totalEn += x + 1;
  for (const x of zh) totalZh += x + 1;
  let j = 0;
  let cumZh = 0;
  let cumEn = 0;
  for (let i = 0; i <= en.length; i++) {
    const share = totalEn ? cumEn / totalEn : 0;
    while (j < zh.length && (cumZh + (zh[j]! + 1) / 2) / totalZh < share) {
      cumZh += zh[j]! + 1;
      j++;
    }
    out[i] = j;
    if (i < en.length) cumEn += en[i]! + 1;
  }
  out[en.length] = zh.length;
  return out;
}

/** The cells of a banded search: for each English position `i`, Chinese positions `lo[i]..hi[i]`. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
  /** Index of row `i`'s first cell in a flat array of all cells; `offset[nEn + 1]` = `size`. */
  offset: Float64Array;
  size: number;
}

/**
 * The band of a monotonic search over `nEn` × `nZh` positions: `width` cells either side of
 * `center(i)` (up to `center(i) + extent(i)`, when given), clamped to the grid, widened so that
 * every row meets the next (a path from (0, 0) to (nEn, nZh) always exists inside it).
 */
export function band(nEn: number, nZh: number, center: (i: number) => number, width: number, extent?: (i: number) => number): Band {
  const lo = new Int32Array(nEn + 1);
  const hi = new Int32Array(nEn + 1);
  for (let i = 0; i <= nEn; i++) {
    const c = Math.round(center(i));
    lo[i] = Math.max(0, Math.min(nZh, c - width));
    hi[i] = Math.max(0, Math.min(nZh, c + (extent ? extent(i) : 0) + width));
  }
  lo[0] = 0;
  hi[nEn] = nZh;
  for (let i = nEn - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= nEn; i++) {
    hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  }
  // The last row holds only skips of the Chinese items left, as the first row those before any
  // English: a path may enter it below any cell of the row above, not only at that row's edge.
  if (nEn > 0) lo[nEn] = lo[nEn - 1]!;
  const offset = new Float64Array(nEn + 2);
  for (let i = 0; i <= nEn; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  return { lo, hi, offset, size: offset[nEn + 1]! };
}
