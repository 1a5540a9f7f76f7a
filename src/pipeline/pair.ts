import type { Block, Pair } from '../types.js';
import { alignMonotonic, lengthDiagonal, type Bead, type BeadCost } from './pair-dp.js';
import { anchorCost, textSignals, type TextSignals } from './pair-signals.js';
import { splitSentences } from './sentences.js';

/** Options of `pair`. */
export interface PairOptions {
  /**
   * English characters per Chinese character; learned from the document when absent
   * (news text runs about 3 to 5).
   */
  ratio?: number;
  /**
   * Half-width of the search band, in blocks: default 8 around the position that order
   * predicts (interleaved input, second pass), 40 around the length diagonal (two files).
   * The band doubles wherever the best path meets its edge.
   */
  band?: number;
  /**
   * Word translation evidence from a bilingual lexicon: the English words (lower case)
   * that translate the words of a Chinese text. Called once per Chinese block; each
   * English word of a bead found among its Chinese side's glosses lowers the bead's cost.
   */
  lexicon?: (zh: string) => Iterable<string>;
}

/** A block in one of the two streams, with its signals. */
interface Item {
  block: Block;
  signals: TextSignals;
  /** Position among all blocks of the input. */
  position: number;
}

/** Costs that shape the search, in nats (negative log-likelihoods). Exported for tuning scripts. */
export const COST = {
  /** Leaving a block without partner. */
  skip: 4,
  /** Leaving a boilerplate block (dateline, byline) without partner. */
  skipBoilerplate: 0.5,
  /** Pairing a boilerplate block at all. */
  linkBoilerplate: 4,
  /** Extra cost of a bead by shape. */
  shape: { '1-1': 0, '1-2': 3.5, '2-1': 3.5, '2-2': 4.4, '1-3': 4.4, '3-1': 4.4 } as Record<string, number>,
  /** Per block of the other streams standing between the blocks of a bead, in interleaved documents. */
  gap: 1.5,
  /** Changing which language comes first between consecutive pairs, in interleaved documents. */
  flip: 1,
  /** Reward per unit of matched anchor weight, and cost per unit of unmatched. */
  anchorMatch: 1.2,
  anchorMiss: 0.35,
  /** Spread of the log length ratio of long paragraphs, and the extra variance of short ones (per character). */
  sigma: 0.1,
  shortVariance: 3,
  /** Most a length mismatch may cost, so that strong anchors can still win. */
  maxLength: 14,
};

/** Costs for aligning sentences (pre-split line files): links other than 1-1 are common. */
export const SENTENCE_COST: typeof COST = {
  ...COST,
  shape: { '1-1': 0, '1-2': 1.6, '2-1': 1.6, '2-2': 3.2, '1-3': 3.4, '3-1': 3.4 },
  sigma: 0.2,
  shortVariance: 4,
  maxLength: 1000,
};

/** The cost profile of the running search (`pair` is synchronous, so one at a time). */
let active = COST;


/**
 * Pairs English blocks with their Chinese translations.
 * Runs a banded monotonic alignment over the English and the Chinese blocks as two
 * streams (so interleaving in either order and partnerless blocks anywhere do not
 * matter), scored by the document's own length ratio, shared anchors (numbers, Latin
 * words inside Chinese, text identical on both sides), and closeness in the document;
 * then pairs leftovers that moved out of order when the evidence is strong, and, outside
 * interleaved documents, repairs a paragraph moved in one stream only (links may cross).
 * With blocks from two files (`source` differs), each file is one stream.
 * Every `en` and `zh` block ends up in exactly one pair; `und` blocks pair only with a twin.
 * Returns pairs `p1`, `p2`, … in document order, each with a confidence `score` in 0..1.
 */
export function pair(blocks: readonly Block[], options: PairOptions = {}): Pair[] {
  const { en, zh, twoFiles } = streams(blocks);
  const links: { en: Item[]; zh: Item[]; score: number; order: number }[] = [];
  const aligned = alignStreams(en, zh, options, twoFiles);
  for (const link of aligned) {
    // `und` blocks (URLs, codes) enter the streams of two files only to meet a twin.
    const sides = [...link.en, ...link.zh];
    if (sides.length === 1 && sides[0]!.block.lang === 'und') continue;
    links.push(link);
  }
  if (twoFiles) links.forEach((l, k) => { l.order = k; });
  links.sort((a, b) => a.order - b.order);
  return links.map((l, k) => ({
    id: `p${k + 1}`,
    en: l.en.map((x) => x.block.id),
    zh: l.zh.map((x) => x.block.id),
    score: round(l.score),
  }));
}

/** Splits blocks into the English and the Chinese stream. */
function streams(blocks: readonly Block[]): { en: Item[]; zh: Item[]; twoFiles: boolean } {
  const sources = new Set(blocks.map((b) => b.source ?? ''));
  const items = blocks.map((block, position): Item => ({ block, signals: textSignals(block.text), position }));
  if (sources.size === 2) {
    const [a, b] = [...sources];
    const zhShare = (s: string) => {
      const of = blocks.filter((x) => (x.source ?? '') === s);
      return of.filter((x) => x.lang === 'zh').length / Math.max(1, of.length);
    };
    const zhSource = zhShare(a!) >= zhShare(b!) ? a : b;
    // Each file is one stream, whatever the language of a block inside it.
    return {
      en: items.filter((x) => (x.block.source ?? '') !== zhSource),
      zh: items.filter((x) => (x.block.source ?? '') === zhSource),
      twoFiles: true,
    };
  }
  const twinOf = twins(items);
  const en = items.filter((x) => (x.block.lang === 'en' && !twinOf.has(x.position)) || twinOf.get(x.position) === 'en');
  const zh = items.filter((x) => x.block.lang === 'zh' || twinOf.get(x.position) === 'zh');
  if (isInterleaved(en, zh)) return { en, zh, twoFiles: false };
  // One language after the other: an `und` block belongs to the part it stands in, where
  // it can meet its twin in the other part.
  let part: 'en' | 'zh' | undefined;
  const undIn = new Map<number, 'en' | 'zh'>();
  for (const x of items) {
    if (x.block.lang !== 'und') part = x.block.lang;
    else if (!twinOf.has(x.position)) undIn.set(x.position, part ?? 'en');
  }
  if (!undIn.size) return { en, zh, twoFiles: false };
  const inEn = new Set(en);
  const inZh = new Set(zh);
  return {
    en: items.filter((x) => inEn.has(x) || undIn.get(x.position) === 'en'),
    zh: items.filter((x) => inZh.has(x) || undIn.get(x.position) === 'zh'),
    twoFiles: false,
  };
}

/** How far apart, in blocks, twins may stand. */
const TWIN_WINDOW = 3;

/**
 * Blocks without Chinese that repeat a nearby block exactly (a URL, a hashtag line, a
 * name): the first of the two joins the English stream, the second the Chinese one,
 * so that they pair with each other. Returns the stream of each twin by position.
 */
function twins(items: Item[]): Map<number, 'en' | 'zh'> {
  const out = new Map<number, 'en' | 'zh'>();
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!;
    if (a.block.lang === 'zh' || out.has(k) || a.signals.key === '') continue;
    for (let m = k + 1; m < items.length && m <= k + TWIN_WINDOW; m++) {
      const b = items[m]!;
      if (b.block.lang !== 'zh' && !out.has(m) && b.signals.key === a.signals.key) {
        out.set(k, 'en');
        out.set(m, 'zh');
        break;
      }
    }
  }
  return out;
}

function alignStreams(
  en: Item[],
  zh: Item[],
  options: PairOptions,
  twoFiles: boolean,
): { en: Item[]; zh: Item[]; score: number; order: number }[] {
  const interleaved = !twoFiles && isInterleaved(en, zh);
  active = !interleaved && mostlySentences(en) && mostlySentences(zh) ? SENTENCE_COST : COST;
  // Streams blocks counted before each input position, to measure gaps inside a bead.
  let maxPos = 2;
  for (const x of en) maxPos = Math.max(maxPos, x.position + 2);
  for (const x of zh) maxPos = Math.max(maxPos, x.position + 2);
  const before = new Int32Array(maxPos + 1);
  for (const x of [...en, ...zh]) if (!x.signals.boilerplate) before[x.position + 1] = 1;
  for (let p = 1; p <= maxPos; p++) before[p] = before[p]! + before[p - 1]!;
  const zhBefore = new Int32Array(maxPos + 1);
  for (const x of zh) zhBefore[x.position + 1] = 1;
  for (let p = 1; p <= maxPos; p++) zhBefore[p] = zhBefore[p]! + zhBefore[p - 1]!;

  let ratio = options.ratio ?? lengthRatio(en, zh);
  let sigma = active.sigma;
  const enLength = prefixLengths(en);
  const zhLength = prefixLengths(zh);
  const enSignals = en.map((x) => x.signals);
  const zhSignals = zh.map((x) => x.signals);
  const enWeight = anchorWeights(en, true);
  const zhWeight = anchorWeights(zh, false);
  const glosses = options.lexicon ? zh.map((x) => new Set(options.lexicon!(x.block.text))) : undefined;
  const enFlags = flags(en);
  const zhFlags = flags(zh);
  const shape = SHAPES.map((k) => active.shape[k] ?? Infinity);
  const cost = (i: number, di: number, j: number, dj: number): number => {
    if (di === 0) return skipCost(zh[j]!);
    if (dj === 0) return skipCost(en[i]!);
    let any = 0;
    for (let k = i; k < i + di; k++) any |= enFlags[k]!;
    for (let k = j; k < j + dj; k++) any |= zhFlags[k]!;
    if (any & UND) return di + dj > 2 || !sameText(en[i]!, zh[j]!) ? Infinity : -8;
    if (di + dj === 2 && sameText(en[i]!, zh[j]!)) return -8;
    let c = shape[di * 4 + dj]!;
    if (any & BOILERPLATE) {
      if (di + dj > 2) return Infinity;
      if (enFlags[i]! & BOILERPLATE) c += active.linkBoilerplate;
      if (zhFlags[j]! & BOILERPLATE) c += active.linkBoilerplate;
    }
    c += lengthCost(enLength[i + di]! - enLength[i]!, zhLength[j + dj]! - zhLength[j]!, ratio, sigma);
    if (any & ANCHORS) {
      // Anchors can only lower the cost by their matched weight: skip them where that cannot matter.
      let reward = 0;
      for (let k = i; k < i + di; k++) reward += enWeight[k]!;
      let zhReward = 0;
      for (let k = j; k < j + dj; k++) zhReward += zhWeight[k]!;
      if (c - active.anchorMatch * Math.min(reward, zhReward) < (di + dj) * active.skip + HOPELESS) {
        c += anchorCost(enSignals, zhSignals, active.anchorMatch, active.anchorMiss, i, di, j, dj);
      }
    }
    if (glosses) c -= LEXICON_REWARD * glossMatches(enSignals, i, di, glosses, j, dj);
    if (interleaved) c += active.gap * Math.min(3, gapInside(en, i, di, zh, j, dj, before));
    return c;
  };
  const orientation = interleaved ? {
    of: (i: number, _di: number, j: number, _dj: number): 0 | 1 => (en[i]!.position < zh[j]!.position ? 0 : 1),
    flip: active.flip,
  } : undefined;
  const byOrder = (i: number) => (i < en.length ? zhBefore[en[i]!.position]! : zh.length);
  // Order (interleaving) or a first path predicts the partner closely; the length diagonal less so.
  const run = (nEn: number, nZh: number, path?: Int32Array) => {
    const diagonal = path ?? (interleaved ? undefined : lengthDiagonal(en.map((x) => x.signals.length), zh.map((x) => x.signals.length)));
    const center = diagonal ? (i: number) => diagonal[i]! : byOrder;
    const width = options.band ?? (path || interleaved ? 8 : 40);
    return alignMonotonic(nEn, nZh, cost, center, width, undefined, orientation);
  };
  let beads: Bead[];
  if (options.ratio !== undefined) {
    beads = run(en.length, zh.length);
  } else if (interleaved && en.length > RATIO_SAMPLE * 1.5) {
    // Order already guides the search: learn the ratio on the start of a long document only.
    const learned = learnRatio(run(RATIO_SAMPLE, byOrder(RATIO_SAMPLE)), en, zh);
    if (learned) ratio = learned.ratio;
    beads = run(en.length, zh.length);
  } else {
    beads = run(en.length, zh.length);
    const learned = learnRatio(beads, en, zh);
    if (learned) {
      ratio = learned.ratio;
      sigma = learned.sigma;
      beads = run(en.length, zh.length, pathOf(beads, en.length));
    }
  }
  const monotonic = new Set(beads);
  beads = relinkMoved(beads, en, zh, cost);
  if (!interleaved && active === COST) {
    beads = repairMoves(beads.filter((b) => monotonic.has(b)), en, zh, cost, beads.filter((b) => !monotonic.has(b)));
  }
  const scores = confidences(beads, en, zh, cost);
  return beads.map((b, k) => {
    const e = en.slice(b.enStart, b.enStart + b.enCount);
    const z = zh.slice(b.zhStart, b.zhStart + b.zhCount);
    let order = Infinity;
    for (const x of e) order = Math.min(order, x.position);
    for (const x of z) order = Math.min(order, x.position);
    return { en: e, zh: z, score: scores[k]!, order };
  });
}

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
 * the windows did, the link is taken, in the English block's place. Work per block is
 * bounded (a fixed neighbourhood, a capped count of weak blocks), so it grows linearly.
 */
function repairMoves(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost, linked: Bead[]): Bead[] {
  const enBead = new Int32Array(en.length).fill(-1);
  const zhBead = new Int32Array(zh.length).fill(-1);
  const enWeak: number[] = [];
  const zhWeak: number[] = [];
  const usable = (x: Item) => !x.signals.boilerplate && x.block.lang !== 'und';
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
      if (k === kz || b.enCount === 0) continue;
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
    if (!(c < skipCost(en[e]!) + skipCost(zh[z]!) - RELINK_MARGIN)) continue;
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
      out.push(...w.beads);
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
  const contiguous = (idx: number[], s: number, n: number) => n === 0 || n - 1 === idx[s + n - 1]! - idx[s]!;
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

/** Most partnerless blocks per side that the out-of-order pass compares all against all. */
const MAX_LEFTOVERS = 300;

/**
 * Pairs partnerless blocks whose partner moved out of order (a paragraph moved in one
 * file only): each English leftover is linked 1-1 with the Chinese leftover it fits best,
 * when that link costs clearly less than leaving both alone (on length and anchors, the
 * signals that do not depend on position). The linked bead takes the English block's place.
 */
function relinkMoved(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost): Bead[] {
  const lonelyEn = beads.filter((b) => b.zhCount === 0 && !en[b.enStart]!.signals.boilerplate && en[b.enStart]!.block.lang !== 'und');
  const lonelyZh = beads.filter((b) => b.enCount === 0 && !zh[b.zhStart]!.signals.boilerplate && zh[b.zhStart]!.block.lang !== 'und');
  if (!lonelyEn.length || !lonelyZh.length || lonelyEn.length > MAX_LEFTOVERS || lonelyZh.length > MAX_LEFTOVERS) return beads;
  const candidates: { e: Bead; z: Bead; c: number }[] = [];
  for (const e of lonelyEn) {
    for (const z of lonelyZh) {
      const c = cost(e.enStart, 1, z.zhStart, 1);
      if (c < skipCost(en[e.enStart]!) + skipCost(zh[z.zhStart]!) - RELINK_MARGIN) candidates.push({ e, z, c });
    }
  }
  candidates.sort((a, b) => a.c - b.c);
  const used = new Set<Bead>();
  const linked = new Map<Bead, Bead>();
  for (const { e, z, c } of candidates) {
    if (used.has(e) || used.has(z)) continue;
    used.add(e);
    used.add(z);
    linked.set(e, { enStart: e.enStart, enCount: 1, zhStart: z.zhStart, zhCount: 1, cost: c });
  }
  if (!linked.size) return beads;
  return beads.filter((b) => !used.has(b) || linked.has(b)).map((b) => linked.get(b) ?? b);
}

/** How much cheaper than two partnerless blocks an out-of-order link must be. */
const RELINK_MARGIN = 4;

/**
 * Confidence of each bead as the logistic of a cost difference in nats: the margin by which
 * the best alignment without this bead loses (0.5 for a tie, 0.95 for 3 nats). Beads the
 * out-of-order pass made have no margin: for a link, its cost against leaving its blocks
 * unpaired; for a partnerless block, the cheapest way of linking it 1-1 with a neighbour
 * of the other stream against leaving it alone.
 */
function confidences(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost): number[] {
  const enBead = new Int32Array(en.length);
  const zhBead = new Int32Array(zh.length);
  beads.forEach((b, k) => {
    for (let i = b.enStart; i < b.enStart + b.enCount; i++) enBead[i] = k;
    for (let j = b.zhStart; j < b.zhStart + b.zhCount; j++) zhBead[j] = k;
  });
  const skipOf = (b: Bead) => {
    let skip = 0;
    for (let k = 0; k < b.enCount; k++) skip += skipCost(en[b.enStart + k]!);
    for (let k = 0; k < b.zhCount; k++) skip += skipCost(zh[b.zhStart + k]!);
    return skip;
  };
  return beads.map((b) => {
    if (b.margin !== undefined) return sigmoid(b.margin);
    if (b.enCount > 0 && b.zhCount > 0) return sigmoid(skipOf(b) - b.cost);
    let alternative = Infinity;
    for (let d = -1; d <= 1; d++) {
      const k = b.enCount > 0 ? b.zhStart + d : b.enStart + d;
      const other = b.enCount > 0 ? zh : en;
      if (k < 0 || k >= other.length) continue;
      const link = b.enCount > 0 ? cost(b.enStart, 1, k, 1) : cost(k, 1, b.zhStart, 1);
      const owner = beads[(b.enCount > 0 ? zhBead : enBead)[k]!]!;
      // The neighbour leaves its bead; the rest of that bead is left unpaired.
      const rest = owner.enCount + owner.zhCount > 1 ? skipOf(owner) - skipCost(other[k]!) : 0;
      alternative = Math.min(alternative, link + rest - owner.cost);
    }
    return alternative === Infinity ? 1 : sigmoid(alternative - b.cost);
  });
}

function sameText(a: Item, b: Item): boolean {
  return a.signals.key !== '' && a.signals.key === b.signals.key;
}

function skipCost(x: Item): number {
  return x.signals.boilerplate ? active.skipBoilerplate : active.skip;
}

/** Log-ratio of lengths against the document's ratio, as a normal log-likelihood. */
function lengthCost(le: number, lz: number, ratio: number, sigma: number): number {
  const d = Math.log((le + 4) / (ratio * lz + 4));
  const variance = sigma * sigma + active.shortVariance / ((le + ratio * lz) / 2 + 1);
  return Math.min(active.maxLength, (d * d) / (2 * variance)) + 0.5 * Math.log(variance / (sigma * sigma));
}

/** Bead shapes by `enCount * 4 + zhCount`. */
const SHAPES = Array.from({ length: 16 }, (_, k) => `${k >> 2}-${k & 3}`);
/** Item flags: `und` block, boilerplate, has anchors (numbers or Latin words in Chinese). */
const UND = 1;
const BOILERPLATE = 2;
const ANCHORS = 4;

function flags(items: Item[]): Uint8Array {
  return Uint8Array.from(items, (x) => (x.block.lang === 'und' ? UND : 0)
    | (x.signals.boilerplate ? BOILERPLATE : 0)
    | (x.signals.numberKeys.length > 0 || (x.block.lang !== 'en' && x.signals.hasWords) ? ANCHORS : 0));
}

/** The Chinese position of a path at each count of English items. */
function pathOf(beads: Bead[], nEn: number): Int32Array {
  const out = new Int32Array(nEn + 1);
  for (const b of beads) {
    for (let k = 0; k <= b.enCount; k++) out[b.enStart + k] = b.zhStart + (b.enCount ? Math.round((k * b.zhCount) / b.enCount) : b.zhCount);
  }
  return out;
}

/** English blocks a long interleaved document's ratio is learned from. */
const RATIO_SAMPLE = 1000;

/** Margin over leaving all its blocks alone above which a bead is never chosen. */
const HOPELESS = 3;

/** The most anchor weight each item can match: its numbers, and for Chinese its Latin words. */
function anchorWeights(items: Item[], english: boolean): Float64Array {
  return Float64Array.from(items, (x) => {
    let w = 0;
    for (const n of x.signals.numberWeights) w += n;
    if (english) return w + (x.signals.hasWords ? 1e9 : 0);
    if (x.signals.hasWords) x.signals.words.forEach((n, word) => { w += n * (word.length >= 3 ? 1.5 : 0.8); });
    return w;
  });
}

/** Lengths summed up to each item (`out[k]` is the length of the first `k`). */
function prefixLengths(items: Item[]): Float64Array {
  const out = new Float64Array(items.length + 1);
  for (let k = 0; k < items.length; k++) out[k + 1] = out[k]! + items[k]!.signals.length;
  return out;
}

/** Reward per English word of a bead that a lexicon gives as a translation of its Chinese side. */
const LEXICON_REWARD = 0.3;

/** English word types of `en[i, i + di)` found among the glosses of `zh[j, j + dj)`. */
function glossMatches(en: TextSignals[], i: number, di: number, glosses: Set<string>[], j: number, dj: number): number {
  let n = 0;
  for (let k = i; k < i + di; k++) {
    en[k]!.words.forEach((_, word) => {
      for (let g = j; g < j + dj; g++) {
        if (glosses[g]!.has(word)) {
          n++;
          break;
        }
      }
    });
  }
  return n;
}

/** Non-boilerplate stream blocks lying between the blocks of a bead, outside the bead. */
function gapInside(en: Item[], i: number, di: number, zh: Item[], j: number, dj: number, before: Int32Array): number {
  let first = Infinity;
  let last = -Infinity;
  let inside = 0;
  for (let k = 0; k < di + dj; k++) {
    const x = k < di ? en[i + k]! : zh[j + k - di]!;
    if (x.position < first) first = x.position;
    if (x.position > last) last = x.position;
    if (!x.signals.boilerplate) inside++;
  }
  return Math.max(0, before[last + 1]! - before[first]! - inside);
}

/** Four in five items or more hold a single sentence (pre-split line files). */
function mostlySentences(items: Item[]): boolean {
  let single = 0;
  for (const x of items) if (splitSentences(x.block.text).length <= 1) single++;
  return items.length > 0 && single >= items.length * 0.8;
}

/** The two languages alternate through the document rather than following each other. */
function isInterleaved(en: Item[], zh: Item[]): boolean {
  const all = [...en.map((x) => ({ p: x.position, l: 0 })), ...zh.map((x) => ({ p: x.position, l: 1 }))]
    .sort((a, b) => a.p - b.p);
  let changes = 0;
  for (let k = 1; k < all.length; k++) if (all[k]!.l !== all[k - 1]!.l) changes++;
  return changes >= Math.max(2, Math.min(en.length, zh.length) * 0.6);
}

/** English characters per Chinese character in translated news and prose (the dev articles run 1.9 to 3.0). */
const PRIOR_RATIO = 2.6;
/** How many blocks the prior ratio counts as. */
const PRIOR_WEIGHT = 3;

/** A first guess of the length ratio: total English length over total Chinese length. */
function lengthRatio(en: Item[], zh: Item[]): number {
  let le = 0;
  let lz = 0;
  for (const x of en) if (!x.signals.boilerplate) le += x.signals.length;
  for (const x of zh) if (!x.signals.boilerplate) lz += x.signals.length;
  if (le === 0 || lz === 0) return PRIOR_RATIO;
  // Few blocks say little: shrink towards the usual ratio of news and prose.
  const n = Math.min(en.length, zh.length);
  const ratio = Math.exp((n * Math.log(le / lz) + PRIOR_WEIGHT * Math.log(PRIOR_RATIO)) / (n + PRIOR_WEIGHT));
  return Math.min(8, Math.max(1, ratio));
}

/** Ratio learned from the 1-1 beads of a first alignment (median of their log-ratios). */
function learnRatio(beads: Bead[], en: Item[], zh: Item[]): { ratio: number; sigma: number } | undefined {
  const logs: number[] = [];
  for (const b of beads) {
    if (b.enCount !== 1 || b.zhCount !== 1) continue;
    const le = en[b.enStart]!.signals.length;
    const lz = zh[b.zhStart]!.signals.length;
    if (le < 20 || lz < 8) continue;
    logs.push(Math.log(le / lz));
  }
  if (logs.length < 3) return undefined;
  logs.sort((a, b) => a - b);
  const median = logs[logs.length >> 1]!;
  return { ratio: Math.exp(median), sigma: active.sigma };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
