import type { Bead, BeadCost } from '../pair-dp.js';
import { extractCandidates } from '../extract.js';
import type { Item } from './streams.js';

/** Most characters of a line that `linkDatedLines` reads: a dateline or a release's time, not a paragraph. */
const DATED_LINE_MOST = 80;

/** Most partnerless lines a side that `linkDatedLines` reads (a page has a few). */
const DATED_LINES_MOST = 64;

/** The margin a link of two dated lines gets: as sure as their dates are, no surer. */
const DATED_MARGIN = 1.5;

/**
 * Links a partnerless short line of each language that gives the same dates and times and
 * nothing else does on the page: a release's dateline and the time it was issued, told in both
 * languages where the search, which holds datelines and bylines apart from the text, left them
 * alone (`Wednesday, February 28, 2024` = `2024年2月28日（星期三）`, `Issued at HKT 16:30` =
 * `香港時間16時30分`). A line whose dates another line of its side or of the other gives as well is
 * left alone: which one is the partner is not told. The linked bead takes the English block's place.
 */
export function linkDatedLines(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost): Bead[] {
  const lonelyEn = beads.filter((b) => b.zhCount === 0 && b.enCount === 1 && en[b.enStart]!.block.text.length <= DATED_LINE_MOST);
  const lonelyZh = beads.filter((b) => b.enCount === 0 && b.zhCount === 1 && zh[b.zhStart]!.block.text.length <= DATED_LINE_MOST);
  if (!lonelyEn.length || !lonelyZh.length || lonelyEn.length > DATED_LINES_MOST || lonelyZh.length > DATED_LINES_MOST) return beads;
  const enKeys = keysOf(lonelyEn.map((b) => en[b.enStart]!), 'en');
  const zhKeys = keysOf(lonelyZh.map((b) => zh[b.zhStart]!), 'zh');
  const linked = new Map<Bead, Bead>();
  const used = new Set<Bead>();
  for (let k = 0; k < lonelyEn.length; k++) {
    const key = enKeys.keys[k];
    if (key === undefined || enKeys.count.get(key) !== 1 || zhKeys.count.get(key) !== 1) continue;
    const z = lonelyZh[zhKeys.keys.indexOf(key)]!;
    const e = lonelyEn[k]!;
    used.add(e);
    used.add(z);
    linked.set(e, { enStart: e.enStart, enCount: 1, zhStart: z.zhStart, zhCount: 1, cost: cost(e.enStart, 1, z.zhStart, 1), margin: DATED_MARGIN });
  }
  if (!linked.size) return beads;
  return beads.filter((b) => !used.has(b) || linked.has(b)).map((b) => linked.get(b) ?? b);
}

/** Each line's dates and times as one key (undefined for a line with none), and how many lines give each key. */
function keysOf(items: readonly Item[], lang: 'en' | 'zh'): { keys: (string | undefined)[]; count: Map<string, number> } {
  const count = new Map<string, number>();
  const keys = items.map((x) => {
    const found = extractCandidates(x.block.text, lang, {});
    const dates: string[] = [];
    for (const f of found) if (f.kind === 'date' && typeof f.value === 'string') dates.push(f.value);
    // A line of dates and times alone: any other figure says it is more than a dateline.
    if (!dates.length || found.length !== dates.length) return undefined;
    const key = dates.sort().join(' ');
    count.set(key, (count.get(key) ?? 0) + 1);
    return key;
  });
  return { keys, count };
}
