import type { BeadCost } from '../pair-dp.js';
import { anchorCost } from '../pair-signals.js';
import {
  ANCHORS, BOILERPLATE, HEADING, HOPELESS, LEXICON_REWARD, SHAPES, UND, anchorWeights, flags, gapInside, glossMatches,
  lengthCost, prefixLengths, sameText, skipCost, type CostProfile,
} from './costs.js';
import { cutOff, type Item } from './streams.js';

/** The length model of a search: English characters per Chinese one, and the spread of its log. */
export interface LengthModel {
  ratio: number;
  sigma: number;
}

/** What the cost of a bead depends on. */
export interface BeadCostInput {
  en: Item[];
  zh: Item[];
  profile: CostProfile;
  /** Read at each call: a search may learn a better model between passes. */
  length: LengthModel;
  /** The languages alternate through one file: blocks standing between a bead's blocks cost. */
  interleaved: boolean;
  /** English glosses of each Chinese block, from a lexicon. */
  glosses?: Set<string>[];
}

/**
 * The cost of linking `en[i, i + di)` with `zh[j, j + dj)` (or of leaving one block alone):
 * bead shape, length against the document's ratio, shared anchors, lexicon glosses and, in
 * interleaved documents, the blocks standing in between. `Infinity` forbids a bead.
 */
export function beadCost(input: BeadCostInput): BeadCost {
  const { en, zh, profile, length, interleaved, glosses } = input;
  // Streams blocks counted before each input position, to measure gaps inside a bead.
  let maxPos = 2;
  for (const x of en) maxPos = Math.max(maxPos, x.position + 2);
  for (const x of zh) maxPos = Math.max(maxPos, x.position + 2);
  const before = new Int32Array(maxPos + 1);
  for (const x of en) if (!x.signals.boilerplate) before[x.position + 1] = 1;
  for (const x of zh) if (!x.signals.boilerplate) before[x.position + 1] = 1;
  for (let p = 1; p <= maxPos; p++) before[p] = before[p]! + before[p - 1]!;
  const enLength = prefixLengths(en);
  const zhLength = prefixLengths(zh);
  const enSignals = en.map((x) => x.signals);
  const zhSignals = zh.map((x) => x.signals);
  const enWeight = anchorWeights(en, true);
  const zhWeight = anchorWeights(zh, false);
  const enCut = cutOff(en);
  const zhCut = cutOff(zh);
  const enFlags = flags(en, enCut);
  const zhFlags = flags(zh, zhCut);
  const shape = SHAPES.map((k) => profile.shape[k] ?? Infinity);
  return (i, di, j, dj) => {
    if (di === 0) return skipCost(zh[j]!, profile);
    if (dj === 0) return skipCost(en[i]!, profile);
    let any = 0;
    for (let k = i; k < i + di; k++) any |= enFlags[k]!;
    for (let k = j; k < j + dj; k++) any |= zhFlags[k]!;
    if (any & UND) return di + dj > 2 || !sameText(en[i]!, zh[j]!) ? Infinity : -8;
    if (di + dj === 2 && sameText(en[i]!, zh[j]!)) return -8;
    let c = shape[di * 4 + dj]!;
    if (any & BOILERPLATE) {
      if (di + dj > 2) return Infinity;
      if (enFlags[i]! & BOILERPLATE) c += profile.linkBoilerplate;
      if (zhFlags[j]! & BOILERPLATE) c += profile.linkBoilerplate;
    }
    if (di + dj > 3 && any & HEADING) c += profile.headingInMerge;
    let le = enLength[i + di]! - enLength[i]!;
    let lz = zhLength[j + dj]! - zhLength[j]!;
    // A paragraph cut off by the excerpt's end may be any shorter than its partner.
    if (di === 1 && dj === 1 && i === enCut) le = Math.max(le, length.ratio * lz);
    if (di === 1 && dj === 1 && j === zhCut) lz = Math.max(lz, le / length.ratio);
    c += lengthCost(le, lz, length.ratio, length.sigma, profile);
    if (any & ANCHORS) {
      // Anchors can only lower the cost by their matched weight: skip them where that cannot matter.
      let reward = 0;
      for (let k = i; k < i + di; k++) reward += enWeight[k]!;
      let zhReward = 0;
      for (let k = j; k < j + dj; k++) zhReward += zhWeight[k]!;
      if (c - profile.anchorMatch * Math.min(reward, zhReward) < (di + dj) * profile.skip + HOPELESS) {
        c += anchorCost(enSignals, zhSignals, profile.anchorMatch, profile.anchorMiss, i, di, j, dj);
      }
    }
    if (glosses) c -= LEXICON_REWARD * glossMatches(enSignals, i, di, glosses, j, dj);
    if (interleaved) c += profile.gap * Math.min(3, gapInside(en, i, di, zh, j, dj, before));
    return c;
  };
}

