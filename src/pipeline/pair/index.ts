import type { Block, Pair } from '../../types.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { ChineseBlockCache } from '../../lexicon/score.js';
import { alignStreams, type Link } from './search.js';
import { textSignals } from '../pair-signals.js';
import { streams } from './streams.js';

export { COST, SENTENCE_COST, type CostProfile } from './costs.js';

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
   * The CC-CEDICT lexicon, or a function that loads it: its word translation evidence (the
   * share of words on both sides of a bead that translate each other) lowers the cost of
   * links whose sides share words. Without it, length, numbers and order decide.
   */
  lexicon?: Lexicon | (() => Lexicon);
  /** Keeps what the word evidence reads of the Chinese blocks, for their sentences later in the run. */
  chinese?: ChineseBlockCache;
}

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
  const { en, zh, twoFiles, aside } = streams(blocks);
  const links: Link[] = [];
  for (const link of alignStreams(en, zh, options, twoFiles)) {
    // `und` blocks (URLs, codes) enter the streams of two files only to meet a twin.
    if (link.en.length + link.zh.length === 1 && (link.en[0] ?? link.zh[0])!.block.lang === 'und') continue;
    links.push(link);
  }
  if (twoFiles) links.forEach((l, k) => { l.order = k; });
  // Blocks that are no translation units stand alone where they are.
  const after = twoFiles ? linkBefore(links, blocks) : undefined;
  blocks.forEach((block, position) => {
    if (!block.kind || block.lang === 'und') return;
    const alone = { block, signals: textSignals(block.text), position };
    const order = after ? after(position) : position;
    links.push({ en: block.lang === 'en' ? [alone] : [], zh: block.lang === 'zh' ? [alone] : [], score: 1, order });
  });
  // A reply's quote of an earlier post stands alone where it is.
  for (const x of aside ?? []) links.push({ en: x.block.lang === 'en' ? [x] : [], zh: x.block.lang === 'zh' ? [x] : [], score: 1, order: x.position });
  links.sort((a, b) => a.order - b.order);
  return links.map((l, k) => ({
    id: `p${k + 1}`,
    en: l.en.map((x) => x.block.id),
    zh: l.zh.map((x) => x.block.id),
    score: round(l.score),
  }));
}

/**
 * Where a partnerless block of two files goes: just after the last link holding a block that
 * stands before it in its own file (each file's blocks are consecutive in the input).
 */
function linkBefore(links: Link[], blocks: readonly Block[]): (position: number) => number {
  const orderAt = new Float64Array(blocks.length).fill(-1);
  for (const l of links) {
    for (const x of l.en) orderAt[x.position] = l.order;
    for (const x of l.zh) orderAt[x.position] = l.order;
  }
  const before = new Float64Array(blocks.length);
  let last = -1;
  for (let p = 0; p < blocks.length; p++) {
    if (p > 0 && blocks[p]!.source !== blocks[p - 1]!.source) last = -1;
    before[p] = last + 0.5;
    if (orderAt[p]! >= 0) last = orderAt[p]!;
  }
  return (position) => before[position]!;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
