import type { Lexicon } from '../../lexicon/load.js';
import { textSignals } from '../pair-signals.js';
import { splitSentences } from '../sentences.js';
import { beadCost, wordEvidence, type LengthModel } from './bead-cost.js';
import type { CostProfile } from './costs.js';
import type { Link } from './search.js';
import { anyPartnerless, countsBefore, indexInStream, ownersOf, type Item } from './streams.js';

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
 * (`EN paragraph`, then four or five Chinese lines for its sentences), or a report's paragraphs
 * that the translation runs together. A link with one block on one side takes the run of
 * partnerless blocks right before or after its blocks on the other side (consecutive in their
 * stream, with no block of the other stream standing between them in the document) when the
 * longer merge reaches more blocks than the search joins (`SEARCH_MOST`) and costs clearly less
 * than the link and those blocks alone (weighed as a merge of three: the first block, the middle
 * ones run together, the last; each block beyond the search's largest costs `EXTRA_BLOCK`). A
 * link the search left smaller than its largest grows so only when every block of the longer
 * side is one sentence sharing a word or a number with the block they render, which holds as
 * many sentences or more (the search chose the smaller link over every merge it could reach: only
 * a count of sentences overrules it; readers' comments of a line each share nothing).
 * Runs are at most `LONG_MOST` blocks, so the work grows linearly.
 */
export function growLongMerges(
  links: Link[], en: Item[], zh: Item[], profile: CostProfile, length: LengthModel, lexicon: Lexicon | undefined,
): Link[] {
  if (!anyPartnerless(links)) return links;
  const owner = ownersOf(links);
  const at = indexInStream(en, zh);
  // Items of each stream standing before each input position.
  const { en: enBefore, zh: zhBefore } = countsBefore(en, zh);
  const sentences = new Map<Item, number>();
  const sentencesOf = (x: Item) => {
    let n = sentences.get(x);
    if (n === undefined) sentences.set(x, n = splitSentences(x.block.text).length);
    return n;
  };
  const alone = (x: Item | undefined): x is Item => {
    const l = x && owner.get(x);
    return !!l && l.en.length + l.zh.length === 1 && !x.signals.boilerplate;
  };
  const dropped = new Set<Link>();
  for (const link of links) {
    if (dropped.has(link) || link.en.length + link.zh.length < 2) continue;
    for (const enSide of [true, false]) {
      const mine = enSide ? link.en : link.zh;
      const theirs = enSide ? link.zh : link.en;
      if (theirs.length !== 1 || mine.length >= LONG_MOST) continue;
      const stream = enSide ? en : zh;
      const otherBefore = enSide ? zhBefore : enBefore;
      const between = (a: number, b: number) => otherBefore[Math.max(a, b)]! - otherBefore[Math.min(a, b) + 1]!;
      // Below the search's largest, every block must be one sentence of the block they render.
      const bySentences = mine.length < SEARCH_MOST;
      for (const step of [1, -1]) {
        const edge = mine[step > 0 ? mine.length - 1 : 0]!;
        // Most links have no partnerless neighbour: nothing to count then.
        if (!alone(stream[at.get(edge)! + step]) || (bySentences && mine.some((x) => sentencesOf(x) !== 1))) continue;
        const run: Item[] = [];
        for (let k = at.get(edge)! + step; run.length + mine.length < LONG_MOST; k += step) {
          const y = stream[k];
          if (!alone(y) || between(edge.position, y.position) > 0 || (bySentences && sentencesOf(y) !== 1)) break;
          run.push(y);
        }
        if (bySentences) {
          while (run.length && mine.length + run.length > sentencesOf(theirs[0]!)) run.pop();
          // Each line renders a sentence of the block: it shares a word or a number with it.
          const sharing = run.findIndex((y) => !sharesWith(theirs[0]!, y, enSide, lexicon));
          if (sharing >= 0) run.length = sharing;
        }
        if (!run.length || mine.length + run.length <= SEARCH_MOST) continue;
        const cost = (side: Item[]) => {
          const e = enSide ? side : theirs;
          const z = enSide ? theirs : side;
          const evidence = lexicon ? wordEvidence(e, z, lexicon) : undefined;
          return beadCost({ en: e, zh: z, profile, length, interleaved: false, ...(evidence ? { evidence } : {}) })(0, e.length, 0, z.length);
        };
        const extra = (n: number) => EXTRA_BLOCK * Math.max(0, n - SEARCH_MOST);
        const base = cost(merged(mine)) + extra(mine.length);
        let best = 0;
        let bestGain = JOIN_MARGIN;
        for (let r = Math.max(1, SEARCH_MOST + 1 - mine.length); r <= run.length; r++) {
          const part = run.slice(0, r);
          const grown = step > 0 ? mine.concat(part) : part.reverse().concat(mine);
          const gain = base + r * profile.skip - cost(merged(grown)) - extra(grown.length);
          if (gain > bestGain) {
            best = r;
            bestGain = gain;
          }
        }
        if (!best) continue;
        const taken = run.slice(0, best);
        for (const y of taken) {
          if (step > 0) mine.push(y);
          else mine.unshift(y);
          dropped.add(owner.get(y)!);
          owner.set(y, link);
          link.order = Math.min(link.order, y.position);
        }
        link.score = Math.min(link.score, 1 / (1 + Math.exp(-bestGain)));
      }
    }
  }
  return dropped.size ? links.filter((l) => !dropped.has(l)) : links;
}

/** Whether `y` (of the English side when `yEnglish`) shares a number or a translated word with `x`. */
function sharesWith(x: Item, y: Item, yEnglish: boolean, lexicon: Lexicon | undefined): boolean {
  if (x.signals.numberKeys.some((k) => y.signals.numberKeys.includes(k))) return true;
  if (!lexicon) return false;
  const [e, z] = yEnglish ? [y, x] : [x, y];
  const evidence = wordEvidence([e], [z], lexicon);
  return evidence.share(0, 1, 0, 1) > 0;
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
