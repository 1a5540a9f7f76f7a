import type { Bead } from '../pair-dp.js';
import type { Lexicon } from '../../lexicon/load.js';
import { beadCost, wordEvidence, type LengthModel } from './bead-cost.js';
import { skipCost, type CostProfile } from './costs.js';
import { countsBefore, type Item } from './streams.js';

/** Most chrome blocks (post headers, counters) a translation's parts may stand apart by. */
const CHROME_MOST = 4;
/**
 * How much cheaper than the link and the block alone the link holding the block must be: no
 * more than the search asks of a merge of blocks standing side by side (chrome between two
 * parts tells nothing against their link).
 */
const JOIN_MARGIN = 0;

/** A partnerless block to join to a link, on the side it belongs to. */
export interface ChromeJoin {
  /** The bead of the block alone. */
  alone: Bead;
  /** The link it joins. */
  into: Bead;
  /** The block comes after the link's blocks of its stream (else before). */
  after: boolean;
}

/**
 * Finds the parts of a translation that page chrome keeps apart: a post translated across two
 * replies (`我先翻译前半段：…`, a reply header and counters, `后半段：…`), a paragraph whose
 * rendering runs on past a share bar. The search merges only blocks that stand next to each other
 * in a stream, and chrome (boilerplate) blocks join no merge: a block left alone that stands
 * next to a link's blocks of its stream with only partnerless boilerplate blocks between (at
 * most `CHROME_MOST`, at least one), and no block of the other stream standing between them in
 * the document, and ending as a sentence does (a title above a dateline does not), joins the link when the link holding it costs clearly less (`JOIN_MARGIN`)
 * than the link and the block alone, as the search would weigh it without the chrome. The link
 * must have one block on the other side and at most two on this one.
 */
export function chromeJoins(
  beads: readonly Bead[], en: Item[], zh: Item[], profile: CostProfile, length: LengthModel, lexicon: Lexicon | undefined,
): ChromeJoin[] {
  // Only a partnerless block joins a link: a document whose blocks all have partners has none to join.
  if (!beads.some((b) => b.enCount + b.zhCount === 1)) return [];
  const enBead: (Bead | undefined)[] = new Array<Bead | undefined>(en.length);
  const zhBead: (Bead | undefined)[] = new Array<Bead | undefined>(zh.length);
  for (const b of beads) {
    for (let k = b.enStart; k < b.enStart + b.enCount; k++) enBead[k] = b;
    for (let k = b.zhStart; k < b.zhStart + b.zhCount; k++) zhBead[k] = b;
  }
  // Items of each stream standing before each input position.
  const { en: enBefore, zh: zhBefore } = countsBefore(en, zh);
  const out: ChromeJoin[] = [];
  const taken = new Set<Bead>();
  for (const into of beads) {
    if (!into.enCount || !into.zhCount || taken.has(into)) continue;
    for (const enSide of [true, false]) {
      if ((enSide ? into.zhCount : into.enCount) !== 1) continue;
      const stream = enSide ? en : zh;
      const beadOf = enSide ? enBead : zhBead;
      const start = enSide ? into.enStart : into.zhStart;
      const count = enSide ? into.enCount : into.zhCount;
      const otherBefore = enSide ? zhBefore : enBefore;
      if (count >= 3) continue;
      for (const step of [1, -1]) {
        const edge = step > 0 ? start + count - 1 : start;
        let k = edge + step;
        let chrome = 0;
        while (chrome < CHROME_MOST && isAloneChrome(stream[k], beadOf[k])) {
          k += step;
          chrome++;
        }
        const y = stream[k];
        const alone = beadOf[k];
        if (!chrome || !y || !alone || alone.enCount + alone.zhCount !== 1 || y.signals.boilerplate || taken.has(alone)) continue;
        // A part of a paragraph ends as a sentence does; a title above a dateline does not.
        if (!ENDS_SENTENCE.test(y.block.text)) continue;
        const a = stream[edge]!.position;
        if (otherBefore[Math.max(a, y.position)]! !== otherBefore[Math.min(a, y.position) + 1]!) continue;
        const mine = stream.slice(start, start + count);
        const theirs = enSide ? zh.slice(into.zhStart, into.zhStart + 1) : en.slice(into.enStart, into.enStart + 1);
        const cost = (side: Item[]) => {
          const e = enSide ? side : theirs;
          const z = enSide ? theirs : side;
          const evidence = lexicon ? wordEvidence(e, z, lexicon) : undefined;
          return beadCost({ en: e, zh: z, profile, length, interleaved: false, ...(evidence ? { evidence } : {}) })(0, e.length, 0, z.length);
        };
        const grown = step > 0 ? [...mine, y] : [y, ...mine];
        if (cost(grown) + JOIN_MARGIN < cost(mine) + skipCost(y, profile)) {
          out.push({ alone, into, after: step > 0 });
          taken.add(alone);
          taken.add(into);
          break;
        }
      }
      if (taken.has(into)) break;
    }
  }
  return out;
}

/** Ends with a stop or a closing quote or bracket, as a sentence does. */
const ENDS_SENTENCE = /[.!?。！？…"”’」』)）]\s*$/;

/** A boilerplate block standing alone. */
function isAloneChrome(x: Item | undefined, bead: Bead | undefined): boolean {
  return !!x && !!bead && bead.enCount + bead.zhCount === 1 && x.signals.boilerplate;
}
