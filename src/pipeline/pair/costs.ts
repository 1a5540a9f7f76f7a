import type { Item } from './streams.js';

/** Costs that shape the search, in nats (negative log-likelihoods): one profile per kind of input. */
export interface CostProfile {
  /** Leaving a block without partner. */
  skip: number;
  /** Leaving a boilerplate block (dateline, byline) without partner. */
  skipBoilerplate: number;
  /** Pairing a boilerplate block at all. */
  linkBoilerplate: number;
  /** Extra cost of a bead by shape (`'1-2'`: one English block with two Chinese ones). */
  shape: Record<string, number>;
  /** Per block of the other streams standing between the blocks of a bead, in interleaved documents. */
  gap: number;
  /** Changing which language comes first between consecutive pairs, in interleaved documents. */
  flip: number;
  /** Reward per unit of matched anchor weight, and cost per unit of unmatched. */
  anchorMatch: number;
  anchorMiss: number;
  /** Spread of the log length ratio of long paragraphs, and the extra variance of short ones (per character). */
  sigma: number;
  shortVariance: number;
  /** Most a length mismatch may cost, so that strong anchors can still win. */
  maxLength: number;
  /** Joining a heading-like block (short, with no stop) with other blocks on its side. */
  headingInMerge: number;
  /** Reward of a link whose words all translate each other (lexicon evidence, share 0..1). */
  lexical: number;
  /** A block of a merge carrying numbers none of which the other side, which has numbers, shares. */
  strangerNumbers: number;
}

/** Costs for paragraphs. Exported for tuning scripts. */
export const COST: CostProfile = {
  skip: 4,
  skipBoilerplate: 0.5,
  linkBoilerplate: 4,
  shape: { '1-1': 0, '1-2': 3.5, '2-1': 3.5, '2-2': 4.4, '1-3': 4.4, '3-1': 4.4 },
  gap: 1.5,
  flip: 1,
  anchorMatch: 1.2,
  anchorMiss: 0.35,
  sigma: 0.1,
  shortVariance: 3,
  maxLength: 14,
  headingInMerge: 4,
  lexical: 8,
  strangerNumbers: 7,
};

/**
 * Costs for documents whose languages alternate block by block: a block's neighbour is its
 * partner so often that a length mismatch (an abridged translation) weighs less.
 */
export const INTERLEAVED_COST: CostProfile = {
  ...COST,
  maxLength: 6,
};

/** Costs for aligning sentences (pre-split line files): links other than 1-1 are common. */
export const SENTENCE_COST: CostProfile = {
  ...COST,
  shape: { '1-1': 0, '1-2': 1.6, '2-1': 1.6, '2-2': 3.2, '1-3': 3.4, '3-1': 3.4 },
  sigma: 0.2,
  shortVariance: 4,
  maxLength: 1000,
  strangerNumbers: 0,
};

/** Cost of leaving one block without partner. */
export function skipCost(x: Item, profile: CostProfile): number {
  return x.signals.boilerplate ? profile.skipBoilerplate : profile.skip;
}

/** Log-ratio of lengths against the document's ratio, as a normal log-likelihood. */
export function lengthCost(le: number, lz: number, ratio: number, sigma: number, profile: CostProfile): number {
  const d = Math.log((le + 4) / (ratio * lz + 4));
  const variance = sigma * sigma + profile.shortVariance / ((le + ratio * lz) / 2 + 1);
  return Math.min(profile.maxLength, (d * d) / (2 * variance)) + 0.5 * Math.log(variance / (sigma * sigma));
}

/** Both blocks have the same normalized text (a URL, a name given for both languages). */
export function sameText(a: Item, b: Item): boolean {
  return a.signals.key !== '' && a.signals.key === b.signals.key;
}

/** Bead shapes by `enCount * 4 + zhCount`. */
export const SHAPES = Array.from({ length: 16 }, (_, k) => `${k >> 2}-${k & 3}`);
/** Item flags: `und` block, boilerplate, has anchors (numbers or Latin words in Chinese), heading-like. */
export const UND = 1;
export const BOILERPLATE = 2;
export const ANCHORS = 4;
export const HEADING = 8;

/** Ends with a stop or a closing quote or bracket, as a sentence does. */
const ENDS_SENTENCE = /[.!?。！？…"”’」』)）]\s*$/;

/** The flags of each item; `cut` is the index of a paragraph the excerpt cut off (not a heading). */
export function flags(items: Item[], cut = -1): Uint8Array {
  return Uint8Array.from(items, (x, k) => (x.block.lang === 'und' ? UND : 0)
    | (x.signals.boilerplate ? BOILERPLATE : 0)
    | (x.signals.numberKeys.length > 0 || (x.block.lang !== 'en' && x.signals.hasWords) ? ANCHORS : 0)
    | (k !== cut && x.signals.length < (x.block.lang === 'zh' ? 30 : 80) && !ENDS_SENTENCE.test(x.block.text) ? HEADING : 0));
}

/** Margin over leaving all its blocks alone above which a bead is never chosen. */
export const HOPELESS = 3;

/** The most anchor weight each item can match: its numbers, and for Chinese its Latin words. */
export function anchorWeights(items: Item[], english: boolean): Float64Array {
  return Float64Array.from(items, (x) => {
    let w = 0;
    for (const n of x.signals.numberWeights) w += n;
    if (english) return w + (x.signals.hasWords ? 1e9 : 0);
    if (x.signals.hasWords) x.signals.words.forEach((n, word) => { w += n * (word.length >= 3 ? 1.5 : 0.8); });
    return w;
  });
}

/** Lengths summed up to each item (`out[k]` is the length of the first `k`). */
export function prefixLengths(items: Item[]): Float64Array {
  const out = new Float64Array(items.length + 1);
  for (let k = 0; k < items.length; k++) out[k + 1] = out[k]! + items[k]!.signals.length;
  return out;
}

/** Non-boilerplate stream blocks lying between the blocks of a bead, outside the bead. */
export function gapInside(en: Item[], i: number, di: number, zh: Item[], j: number, dj: number, before: Int32Array): number {
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
