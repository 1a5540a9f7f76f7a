import { GUIDED_WIDTH, lengthDiagonal, pathRows, searchMonotonic } from '../pair-dp.js';
import { beadCost, wordEvidence, type LengthModel } from './bead-cost.js';
import { confidences } from './confidence.js';
import { COST, INTERLEAVED_COST, SENTENCE_COST, type CostProfile } from './costs.js';
import { learnRatio, lengthRatio } from './length-ratio.js';
import { repairMoves } from './move-repair.js';
import { linkSandwiched, relinkMoved } from './relink.js';
import { linkDatedLines } from './dated-lines.js';
import { joinAroundCaptions } from './caption-split.js';
import { growLongMerges } from './long-merge.js';
import { joinHeadingLabels } from './heading-label.js';
import { chromeJoins, type ChromeJoin } from './chrome-join.js';
import { countsBefore, isInterleaved, mostlySentences, type Item } from './streams.js';
import type { PairOptions } from './index.js';

/** A link found by the search: blocks of each stream, confidence, and where it stands in the input. */
export interface Link {
  en: Item[];
  zh: Item[];
  score: number;
  /** Position of its first block in the input. */
  order: number;
}

/** English blocks a long interleaved document's ratio is learned from. */
const RATIO_SAMPLE = 1000;

/** The cost profile for two streams: sentence costs for pre-split line files outside interleaved documents. */
export function profileFor(en: Item[], zh: Item[], interleaved: boolean): CostProfile {
  if (interleaved) return INTERLEAVED_COST;
  return mostlySentences(en) && mostlySentences(zh) ? SENTENCE_COST : COST;
}

/**
 * Aligns the English and the Chinese stream: a banded monotonic search (guided by the
 * interleaving order, or by the length diagonal and then by a first path), with the length
 * ratio learned from a first pass; then out-of-order links of leftovers and, outside
 * interleaved documents, the repair of a paragraph moved in one stream only.
 * Returns the links with their confidence.
 */
export function alignStreams(en: Item[], zh: Item[], options: PairOptions, twoFiles: boolean): Link[] {
  const interleaved = !twoFiles && isInterleaved(en, zh);
  const profile = profileFor(en, zh, interleaved);
  const zhBefore = countsBefore(en, zh).zh;
  const length: LengthModel = { ratio: options.ratio ?? lengthRatio(en, zh), sigma: profile.sigma };
  // One block a side needs no word evidence to be paired: the lexicon is not loaded for it.
  const lexicon = options.lexicon && (en.length > 1 || zh.length > 1) ? (typeof options.lexicon === 'function' ? options.lexicon() : options.lexicon) : undefined;
  const evidence = lexicon ? wordEvidence(en, zh, lexicon, options.chinese) : undefined;
  const cost = beadCost({ en, zh, profile, length, interleaved, ...(evidence ? { evidence } : {}) });
  // Without word evidence, a bead costs a tenth as much: the search that finds where a wide band should lie.
  const pilot = evidence && !interleaved ? beadCost({ en, zh, profile, length, interleaved }) : undefined;
  const orientation = interleaved ? {
    of: (i: number, _di: number, j: number, _dj: number): 0 | 1 => (en[i]!.position < zh[j]!.position ? 0 : 1),
    flip: profile.flip,
  } : undefined;
  const byOrder = (i: number) => (i < en.length ? zhBefore[en[i]!.position]! : zh.length);
  // Order (interleaving) or a first path predicts the partner closely; the length diagonal less so.
  const run = (nEn: number, nZh: number, path?: Int32Array) => {
    const diagonalOnly = !path && !interleaved;
    const diagonal = path ?? (interleaved ? undefined : lengthDiagonal(en.map((x) => x.signals.length), zh.map((x) => x.signals.length)));
    const center = diagonal ? (i: number) => diagonal[i]! : byOrder;
    const width = options.band ?? (path || interleaved ? GUIDED_WIDTH : 40);
    // Along the length diagonal, a band the path runs along is first laid along the path of a
    // search without word evidence before it is made wider: a translation that drifts far from
    // the diagonal (5,000 Bible sentences against 6,301) widened it to 320 items at the full
    // cost, most of a run's minute.
    return searchMonotonic(nEn, nZh, cost, center, width, undefined, orientation, undefined, diagonalOnly ? pilot : undefined);
  };
  // A search that only teaches the ratio and guides the next one needs no margins.
  let found: ReturnType<typeof run>;
  if (options.ratio !== undefined) {
    found = run(en.length, zh.length);
  } else if (interleaved && en.length > RATIO_SAMPLE * 1.5) {
    // Order already guides the search: learn the ratio on the start of a long document only.
    const learned = learnRatio(run(RATIO_SAMPLE, byOrder(RATIO_SAMPLE)).beads, en, zh);
    if (learned) length.ratio = learned;
    found = run(en.length, zh.length);
  } else {
    found = run(en.length, zh.length);
    const learned = learnRatio(found.beads, en, zh);
    if (learned) {
      length.ratio = learned;
      found = run(en.length, zh.length, pathRows(found.beads, en.length).hi);
    }
  }
  found.addMargins();
  let beads = found.beads;
  const monotonic = new Set(beads);
  // Parts of a translation that chrome keeps apart join their link (see `chromeJoins`), and no other.
  const joins = twoFiles ? [] : chromeJoins(beads, en, zh, profile, length, lexicon);
  beads = relinkMoved(beads, en, zh, cost, !twoFiles, new Set(joins.map((j) => j.alone)));
  if (!interleaved && profile === COST) {
    beads = repairMoves(beads.filter((b) => monotonic.has(b)), en, zh, cost, beads.filter((b) => !monotonic.has(b)), !twoFiles);
  }
  beads = linkSandwiched(beads, en, zh, cost);
  // Datelines and release times told in both languages, which the search holds apart from the text.
  beads = linkDatedLines(beads, en, zh, cost);
  const scores = confidences(beads, en, zh, cost, evidence);
  const links = beads.map((b, k): Link => {
    const e = en.slice(b.enStart, b.enStart + b.enCount);
    const z = zh.slice(b.zhStart, b.zhStart + b.zhCount);
    let order = Infinity;
    for (const x of e) order = Math.min(order, x.position);
    for (const x of z) order = Math.min(order, x.position);
    return { en: e, zh: z, score: scores[k]!, order };
  });
  const rejoined = joins.length ? joinParts(links, joins, en, zh) : links;
  const joined = joinAroundCaptions(rejoined, en, zh, profile, length, lexicon);
  return joinHeadingLabels(growLongMerges(joined, en, zh, profile, length, lexicon), en, zh, lexicon);
}

/**
 * Moves each block of a chrome join from its link alone into the link of its translation's other
 * part, where both links are still as the search left them.
 */
function joinParts(links: Link[], joins: ChromeJoin[], en: Item[], zh: Item[]): Link[] {
  const linkOf = new Map<Item, Link>();
  for (const l of links) {
    for (const x of l.en) linkOf.set(x, l);
    for (const x of l.zh) linkOf.set(x, l);
  }
  const dropped = new Set<Link>();
  for (const { alone, into, after } of joins) {
    const enSide = alone.enCount === 1;
    const y = enSide ? en[alone.enStart]! : zh[alone.zhStart]!;
    const from = linkOf.get(y);
    const first = enSide ? en[into.enStart] : zh[into.zhStart];
    const to = first && linkOf.get(first);
    if (!from || !to || from === to || from.en.length + from.zh.length !== 1) continue;
    const side = enSide ? to.en : to.zh;
    if (side.length !== (enSide ? into.enCount : into.zhCount)) continue;
    if (after) side.push(y);
    else side.unshift(y);
    to.order = Math.min(to.order, y.position);
    to.score = Math.min(to.score, from.score);
    dropped.add(from);
  }
  return dropped.size ? links.filter((l) => !dropped.has(l)) : links;
}
