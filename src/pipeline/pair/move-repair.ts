import type { Bead, BeadCost } from '../pair-dp.js';
import { alignMonotonic } from '../pair-dp.js';
import { ONE_FILE_MOST, RELINK_MARGIN } from './relink.js';
import { cutOff, type Item } from './streams.js';

/** A 1-1 bead costing more than this is weak: it may hold a block that moved. */
const WEAK_COST = 2;
/** Most blocks per side in weak beads that the move repair compares all against all. */
const MAX_WEAK = 300;
/** Most beads between a moved block and its partner that one realigned window spans. */
const MAX_SPAN = 12;
/** Partners far away that the move repair tries per Chinese block, the best fitting first. */
const FAR_TRIES = 2;
/** Beads around a moved block and its partner that are realigned without them. */
const RADIUS = 2;
/** Most margin a bead made by a move gets: a link against the order is never certain. */
const MOVED_SURE = 2;
/** How much a move must lower the total cost to be taken. */
const MOVE_MARGIN = 2;

/** A candidate move: link `e` with `z` across the order and realign the windows around both. */
interface Move {
  e: number;
  z: number;
  link: Bead;
  windows: { from: number; to: number; beads: Bead[] }[];
  delta: number;
}

/**
 * Repairs a paragraph moved out of order in one stream only, which a monotonic path can
 * only absorb into weak merges, skips or a shifted run of wrong links. For two blocks of
 * different beads that fit each other 1-1 better than their beads do (on length and
 * anchors), within a few beads of each other or both in weak beads, it realigns the beads
 * around both without them; when the link plus the realigned windows cost clearly less than
 * the windows did, the link is taken, in the English block's place (in one file, `oneFile`, only
 * a link that costs less than nothing: a paragraph moved in a page shows it by its words). A stream's
 * last paragraph that the excerpt cut off mid-sentence takes part in no move. Work per block is
 * bounded (a fixed neighbourhood, a capped count of weak blocks), so it grows linearly.
 */
export function repairMoves(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost, linked: Bead[], oneFile = false): Bead[] {
  const enBead = new Int32Array(en.length).fill(-1);
  const zhBead = new Int32Array(zh.length).fill(-1);
  const enWeak: number[] = [];
  const zhWeak: number[] = [];
  // A paragraph the excerpt cut off stands at the end, where the other stream's excerpt ends too.
  const enCut = cutOff(en);
  const zhCut = cutOff(zh);
  const usable = (x: Item) => !x.signals.boilerplate && x.block.lang !== 'und' && x !== en[enCut] && x !== zh[zhCut];
  beads.forEach((b, k) => {
    const weak = b.enCount !== 1 || b.zhCount !== 1 || b.cost > WEAK_COST;
    for (let i = b.enStart; i < b.enStart + b.enCount; i++) {
      enBead[i] = k;
      if (weak && usable(en[i]!)) enWeak.push(i);
    }
    for (let j = b.zhStart; j < b.zhStart + b.zhCount; j++) {
      zhBead[j] = k;
      if (weak && usable(zh[j]!)) zhWeak.push(j);
    }
  });
  // Blocks the out-of-order pass linked stay as they are.
  const free = (x: Item, bead: number) => bead >= 0 && usable(x);
  const pairs: [number, number][] = [];
  // Near each other, any two blocks whose link beats both their beads: a short move leaves a shifted run.
  for (let z = 0; z < zh.length; z++) {
    const kz = zhBead[z]!;
    if (!free(zh[z]!, kz)) continue;
    for (let k = Math.max(0, kz - MAX_SPAN); k < Math.min(beads.length, kz + MAX_SPAN + 1); k++) {
      const b = beads[k]!;
      // Inside its own bead only when that bead is a merge on both sides: two swapped blocks.
      if ((k === kz && (b.enCount < 2 || b.zhCount < 2)) || b.enCount === 0) continue;
      for (let e = b.enStart; e < b.enStart + b.enCount; e++) if (free(en[e]!, k)) pairs.push([e, z]);
    }
  }
  // Far apart, blocks of weak beads only, and for each Chinese block its best few partners.
  if (enWeak.length <= MAX_WEAK && zhWeak.length <= MAX_WEAK) {
    for (const z of zhWeak) {
      const best: { e: number; c: number }[] = [];
      for (const e of enWeak) {
        if (Math.abs(enBead[e]! - zhBead[z]!) <= MAX_SPAN) continue;
        const c = cost(e, 1, z, 1);
        if (best.length < FAR_TRIES || c < best[best.length - 1]!.c) {
          best.push({ e, c });
          best.sort((a, b) => a.c - b.c);
          if (best.length > FAR_TRIES) best.pop();
        }
      }
      for (const { e } of best) pairs.push([e, z]);
    }
  }
  const moves: Move[] = [];
  for (const [e, z] of pairs) {
    const ke = enBead[e]!;
    const kz = zhBead[z]!;
    const c = cost(e, 1, z, 1);
    // In one file the moved link must pay for itself, as an out-of-order link of leftovers does.
    if (oneFile && c >= ONE_FILE_MOST) continue;
    if (!(c < cost(e, 1, 0, 0) + cost(0, 0, z, 1) - RELINK_MARGIN)) continue;
    if (!beatsLink(beads[ke]!, c) || !beatsLink(beads[kz]!, c)) continue;
    const spans: [number, number][] = Math.abs(ke - kz) <= MAX_SPAN
      ? [[Math.min(ke, kz) - RADIUS, Math.max(ke, kz) + RADIUS + 1]]
      : [[kz - RADIUS, kz + RADIUS + 1], [ke - RADIUS, ke + RADIUS + 1]];
    let delta = c;
    const windows: Move['windows'] = [];
    for (const [a, b] of spans) {
      const from = Math.max(0, a);
      const to = Math.min(beads.length, b);
      const realigned = realignWithout(beads, from, to, e, z, cost);
      for (let k = from; k < to; k++) delta -= beads[k]!.cost;
      for (const r of realigned) delta += r.cost;
      windows.push({ from, to, beads: realigned });
    }
    if (delta < -MOVE_MARGIN) moves.push({ e, z, link: { enStart: e, enCount: 1, zhStart: z, zhCount: 1, cost: c }, windows, delta });
  }
  moves.sort((a, b) => a.delta - b.delta);
  const taken = new Uint8Array(beads.length);
  const replaced = new Map<number, Move['windows'][number]>();
  const links: Bead[] = [...linked];
  for (const m of moves) {
    if (m.windows.some((w) => taken.subarray(w.from, w.to).some((t) => t))) continue;
    // A realigned bead is only as sure as the move it follows from.
    const sure = (b: Bead, most: number): Bead => ({ ...b, margin: Math.min(b.margin ?? Infinity, -m.delta, most) });
    for (const w of m.windows) {
      taken.fill(1, w.from, w.to);
      replaced.set(w.from, { ...w, beads: w.beads.map((b) => sure(b, MOVED_SURE)) });
    }
    links.push(sure(m.link, MOVED_SURE));
  }
  const out: Bead[] = [];
  for (let k = 0; k < beads.length; k++) {
    const w = replaced.get(k);
    if (w) {
      for (const b of w.beads) out.push(b);
      k = w.to - 1;
    } else out.push(beads[k]!);
  }
  // Each link goes before the first bead of a later English block.
  links.sort((a, b) => a.enStart - b.enStart);
  const merged: Bead[] = [];
  let next = 0;
  for (const b of out) {
    while (next < links.length && b.enCount > 0 && b.enStart > links[next]!.enStart) merged.push(links[next++]!);
    merged.push(b);
  }
  while (next < links.length) merged.push(links[next++]!);
  return merged;
}

/** A link of cost `c` could replace a block of bead `b`: `b` is no 1-1 link, or costs more than `c`. */
function beatsLink(b: Bead, c: number): boolean {
  return b.enCount !== 1 || b.zhCount !== 1 || c < b.cost;
}

/**
 * Realigns the blocks of `beads[from, to)` without English block `e` and Chinese block `z`
 * (a bead may not span a block left out). Returns the new beads, in the original indices.
 */
function realignWithout(beads: Bead[], from: number, to: number, e: number, z: number, cost: BeadCost): Bead[] {
  const enIdx: number[] = [];
  const zhIdx: number[] = [];
  for (let k = from; k < to; k++) {
    const b = beads[k]!;
    for (let i = b.enStart; i < b.enStart + b.enCount; i++) if (i !== e) enIdx.push(i);
    for (let j = b.zhStart; j < b.zhStart + b.zhCount; j++) if (j !== z) zhIdx.push(j);
  }
  enIdx.sort((a, b) => a - b);
  zhIdx.sort((a, b) => a - b);
  const contiguous = (idx: number[], s: number, n: number) => n === 0 || (idx[s + n - 1]! - idx[s]!) === n - 1;
  const at = (idx: number[], s: number) => (s < idx.length ? idx[s]! : idx.length ? idx[idx.length - 1]! + 1 : 0);
  const local: BeadCost = (i, di, j, dj) => {
    if (!contiguous(enIdx, i, di) || !contiguous(zhIdx, j, dj)) return Infinity;
    return cost(at(enIdx, i), di, at(zhIdx, j), dj);
  };
  const nEn = enIdx.length;
  const nZh = zhIdx.length;
  const found = alignMonotonic(nEn, nZh, local, (i) => (nEn ? (i * nZh) / nEn : 0), Math.max(nEn, nZh) + 1);
  return found.map((b) => ({ ...b, enStart: at(enIdx, b.enStart), zhStart: at(zhIdx, b.zhStart) }));
}
