import type { Lexicon } from '../../lexicon/load.js';
import { textSignals } from '../pair-signals.js';
import { beadCost, wordEvidence, type LengthModel } from './bead-cost.js';
import type { CostProfile } from './costs.js';
import type { Link } from './search.js';
import type { Item } from './streams.js';

/** Most blocks the search joins on one side of a link (its largest moves are 1-3 and 3-1). */
const SEARCH_MOST = 3;
/** Most blocks a longer merge may reach on one side. */
const LONG_MOST = 8;
/** Shape cost of each block of a merge beyond the search's largest (the step from 2-1 to 3-1). */
const EXTRA_BLOCK = 0.9;
/** How much cheaper than the merge plus the leftover alone the longer merge must be. */
const JOIN_MARGIN = 2;

/**
 * Lets a merge grow beyond the search's largest moves: a paragraph rendered one sentence a line
 * (`EN paragraph`, then four English lines for its four sentences), or a report's heading and
 * its three paragraphs that the translation runs together. A partnerless block standing next to
 * a link that already holds `SEARCH_MOST` blocks of its stream (and one of the other) joins it
 * when the longer merge (weighed as a merge of three: the leftover, the link's blocks nearest it
 * run together, and the farthest) costs clearly less than the link and the leftover alone.
 * Work is constant per partnerless block.
 */
export function growLongMerges(
  links: Link[], en: Item[], zh: Item[], profile: CostProfile, length: LengthModel, lexicon: Lexicon | undefined,
): Link[] {
  const owner = new Map<Item, Link>();
  for (const l of links) for (const x of l.en) owner.set(x, l);
  for (const l of links) for (const x of l.zh) owner.set(x, l);
  const at = new Map<Item, number>();
  en.forEach((x, k) => at.set(x, k));
  zh.forEach((x, k) => at.set(x, k));
  const dropped = new Set<Link>();
  for (const alone of links) {
    if (alone.en.length + alone.zh.length !== 1 || dropped.has(alone)) continue;
    const enSide = alone.en.length === 1;
    const x = (enSide ? alone.en[0] : alone.zh[0])!;
    if (x.signals.boilerplate) continue;
    const stream = enSide ? en : zh;
    const k = at.get(x)!;
    for (const step of [1, -1]) {
      const next = stream[k + step];
      const link = next && owner.get(next);
      if (!link || dropped.has(link)) continue;
      const mine = enSide ? link.en : link.zh;
      const theirs = enSide ? link.zh : link.en;
      if (theirs.length !== 1 || mine.length < SEARCH_MOST || mine.length >= LONG_MOST) continue;
      // The leftover must touch the link's edge in its stream, and stand before or after the whole link.
      if (mine[step > 0 ? 0 : mine.length - 1] !== next) continue;
      const grown = step > 0 ? [x, ...mine] : [...mine, x];
      const before = merged(mine);
      const after = merged(grown);
      const cost = (side: Item[]) => {
        const e = enSide ? side : theirs;
        const z = enSide ? theirs : side;
        const evidence = lexicon ? wordEvidence(e, z, lexicon) : undefined;
        return beadCost({ en: e, zh: z, profile, length, interleaved: false, ...(evidence ? { evidence } : {}) })(0, e.length, 0, z.length);
      };
      const skip = profile.skip;
      const longer = cost(after) + EXTRA_BLOCK * (grown.length - SEARCH_MOST);
      const apart = cost(before) + EXTRA_BLOCK * (mine.length - SEARCH_MOST) + skip;
      if (!(longer < apart - JOIN_MARGIN)) continue;
      if (step > 0) mine.unshift(x);
      else mine.push(x);
      link.order = Math.min(link.order, x.position);
      link.score = Math.min(link.score, 1 / (1 + Math.exp(longer - apart)));
      owner.set(x, link);
      dropped.add(alone);
      break;
    }
  }
  return dropped.size ? links.filter((l) => !dropped.has(l)) : links;
}

/** One side of a merge as three items for a bead cost: its first block, the middle ones run together, its last. */
function merged(side: Item[]): Item[] {
  if (side.length <= SEARCH_MOST) return side;
  return [side[0]!, joinItems(side.slice(1, side.length - 1)), side[side.length - 1]!];
}

/** Items run together as one, for a bead cost. */
function joinItems(items: Item[]): Item {
  const first = items[0]!;
  const text = items.map((x) => x.block.text).join(' ');
  return { ...first, block: { ...first.block, text }, signals: textSignals(text) };
}
