import type { Bead, BeadCost } from '../pair-dp.js';
import { cutOff, type Item } from './streams.js';
import { HEADING, flags } from './costs.js';

/** Most partnerless blocks per side that the out-of-order pass compares all against all. */
const MAX_LEFTOVERS = 300;

/** How much cheaper than two partnerless blocks an out-of-order link must be. */
export const RELINK_MARGIN = 4;

/** Highest cost of an out-of-order link in one file: below what the link's shape and length cost alone. */
export const ONE_FILE_MOST = 0;

/** Most margin, in nats, an out-of-order link gets. */
const RELINK_SURE = 2;

/**
 * Pairs partnerless blocks whose partner moved out of order (a paragraph moved in one
 * file only): each English leftover is linked 1-1 with the Chinese leftover it fits best,
 * when that link costs clearly less than leaving both alone (on length and anchors, the
 * signals that do not depend on position); a `claimed` block (the part of a translation that
 * chrome keeps apart from its link) is left out. In one file, a page's title (a heading-like first
 * block of its stream) is not linked so with a block that is no heading: what moves in a page is
 * a paragraph. The linked bead takes the English block's place.
 */
export function relinkMoved(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost, oneFile = false, claimed: ReadonlySet<Bead> = new Set()): Bead[] {
  const lonelyEn = beads.filter((b) => b.zhCount === 0 && !claimed.has(b) && !en[b.enStart]!.signals.boilerplate && en[b.enStart]!.block.lang !== 'und');
  const lonelyZh = beads.filter((b) => b.enCount === 0 && !claimed.has(b) && !zh[b.zhStart]!.signals.boilerplate && zh[b.zhStart]!.block.lang !== 'und');
  if (!lonelyEn.length || !lonelyZh.length || lonelyEn.length > MAX_LEFTOVERS || lonelyZh.length > MAX_LEFTOVERS) return beads;
  const enFlags = oneFile ? flags(en, cutOff(en)) : undefined;
  const zhFlags = oneFile ? flags(zh, cutOff(zh)) : undefined;
  const candidates: { e: Bead; z: Bead; c: number }[] = [];
  for (const e of lonelyEn) {
    for (const z of lonelyZh) {
      if (enFlags && zhFlags && titleAndParagraph(e.enStart, enFlags, z.zhStart, zhFlags)) continue;
      const c = cost(e.enStart, 1, z.zhStart, 1);
      // In one file, what moves is a paragraph, whose words and figures show it: the link must
      // pay for itself (a page's labels, options and keys left alone share nothing of the kind).
      if (oneFile && c >= ONE_FILE_MOST) continue;
      if (c < cost(e.enStart, 1, 0, 0) + cost(0, 0, z.zhStart, 1) - RELINK_MARGIN) candidates.push({ e, z, c });
    }
  }
  candidates.sort((a, b) => a.c - b.c);
  const used = new Set<Bead>();
  const linked = new Map<Bead, Bead>();
  for (const { e, z, c } of candidates) {
    if (used.has(e) || used.has(z)) continue;
    used.add(e);
    used.add(z);
    // A link against the order is never certain: its margin is capped as a moved link's is.
    const margin = Math.min(RELINK_SURE, cost(e.enStart, 1, 0, 0) + cost(0, 0, z.zhStart, 1) - c);
    linked.set(e, { enStart: e.enStart, enCount: 1, zhStart: z.zhStart, zhCount: 1, cost: c, margin });
  }
  if (!linked.size) return beads;
  return beads.filter((b) => !used.has(b) || linked.has(b)).map((b) => linked.get(b) ?? b);
}

/** One block is its stream's first and heading-like (a page's title), the other no heading. */
function titleAndParagraph(e: number, enFlags: Uint16Array, z: number, zhFlags: Uint16Array): boolean {
  const enHeading = (enFlags[e]! & HEADING) !== 0;
  const zhHeading = (zhFlags[z]! & HEADING) !== 0;
  return (enHeading && !zhHeading && e === 0) || (zhHeading && !enHeading && z === 0);
}
