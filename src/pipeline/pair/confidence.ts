import type { Bead, BeadCost } from '../pair-dp.js';
import type { Item } from './streams.js';
import type { WordEvidence } from './bead-cost.js';
import { sameText } from './costs.js';

/**
 * Confidence of each bead: with word evidence, a link is only as sure as its words make it
 * (see `wordConfidence`; a link of the same text on both sides needs no words); otherwise, and at most, the logistic of a cost difference in nats: the margin by which
 * the best alignment without this bead loses (0.5 for a tie, 0.95 for 3 nats). Beads the
 * out-of-order pass made have no margin: for a link, its cost against leaving its blocks
 * unpaired; for a partnerless block, the cheapest way of linking it 1-1 with a neighbour
 * of the other stream against leaving it alone.
 */
export function confidences(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost, evidence?: WordEvidence): number[] {
  const scores = marginConfidences(beads, en, zh, cost);
  if (!evidence) return scores;
  return beads.map((b, k) => {
    if (b.enCount === 0 || b.zhCount === 0) return scores[k]!;
    if (b.enCount === 1 && b.zhCount === 1 && sameText(en[b.enStart]!, zh[b.zhStart]!)) return scores[k]!;
    const weight = evidence.weight(b.enStart, b.enCount, b.zhStart, b.zhCount);
    if (weight < ENOUGH_WORDS) return scores[k]!;
    return Math.min(scores[k]!, wordConfidence(evidence.share(b.enStart, b.enCount, b.zhStart, b.zhCount), weight));
  });
}

/** Weighted words a link needs before its word share may lower its confidence (short texts say little). */
const ENOUGH_WORDS = 20;

/** Word share of a link at which its confidence is one half, and how steeply it rises. */
const SHARE_HALF = 0.05;
const SHARE_SLOPE = 40;

/**
 * Weighted words at which the share says all it can: below, a link's words weigh in proportion
 * and the rest of its confidence is the prior. Right links of a few short sentences often share
 * no word the lexicon knows (rare words, idioms), while long unrelated paragraphs share few.
 */
const FULL_WORDS = 150;
/** Log-odds that a link is right before its words are read (most links of a search are). */
const PRIOR_LOGIT = 2.2;

/**
 * How sure the words of a link make it: translations share a good part of their words
 * through the lexicon (0.3 and more is usual), unrelated paragraphs next to none; the fewer
 * the words (`weight`), the more the confidence leans on the prior.
 */
function wordConfidence(share: number, weight: number): number {
  const k = Math.min(1, weight / FULL_WORDS);
  return sigmoid(k * SHARE_SLOPE * (share - SHARE_HALF) + (1 - k) * PRIOR_LOGIT);
}

function marginConfidences(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost): number[] {
  const enBead = new Int32Array(en.length);
  const zhBead = new Int32Array(zh.length);
  beads.forEach((b, k) => {
    for (let i = b.enStart; i < b.enStart + b.enCount; i++) enBead[i] = k;
    for (let j = b.zhStart; j < b.zhStart + b.zhCount; j++) zhBead[j] = k;
  });
  const skipOf = (b: Bead) => {
    let skip = 0;
    for (let k = 0; k < b.enCount; k++) skip += cost(b.enStart + k, 1, 0, 0);
    for (let k = 0; k < b.zhCount; k++) skip += cost(0, 0, b.zhStart + k, 1);
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
      const rest = owner.enCount + owner.zhCount > 1 ? skipOf(owner) - (b.enCount > 0 ? cost(0, 0, k, 1) : cost(k, 1, 0, 0)) : 0;
      alternative = Math.min(alternative, link + rest - owner.cost);
    }
    return alternative === Infinity ? 1 : sigmoid(alternative - b.cost);
  });
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
