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

/** How much more than leaving both alone a link of two list items held between two links may cost. */
const SANDWICH_ALLOWANCE = 8;

/** The mark that opens a list item: a bullet sign, or a number with its stop (`3.`, `(3)`, `3、`, `三、`). */
const ITEM_MARK = /^[ \t]*(?:([•·▪‣◦●○■□◆◇*\-–—])|[(（]?(\d{1,2}|[一二三四五六七八九十]{1,3})[.)）．、])/;

/** The mark of a list item (`•`, or its number as digits), or undefined for a block that opens none. */
function itemMark(text: string): string | undefined {
  const m = ITEM_MARK.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined) return '•';
  const n = m[2]!;
  if (/^\d/.test(n)) return String(Number(n));
  // 一 to 十 by their value; a longer Chinese number as written
  const k = '一二三四五六七八九十'.indexOf(n);
  return k >= 0 ? String(k + 1) : n;
}

/** Most list items a side that `linkSandwiched` links between two links. */
const MOST_SANDWICHED = 6;

/**
 * Links the English and the Chinese list items left alone between the same two links, as many a
 * side (`• Pre-existing illness` and `• 投保前已患疾病；` among bullets paired around them): in the
 * order of the text they can only translate each other in turn, unless a link costs far more than
 * leaving its two blocks alone. So are two headings of lists (`What you will do` and `岗位职责`,
 * each before the bullets it heads). Items of different marks (a bullet against a number, `3.` against `4.`), or
 * an item against a heading, stay apart.
 */
export function linkSandwiched(beads: Bead[], en: Item[], zh: Item[], cost: BeadCost): Bead[] {
  let out: Bead[] | undefined;
  let headings: { en: Uint16Array; zh: Uint16Array } | undefined;
  const heading = (side: 'en' | 'zh', k: number): boolean => {
    headings ??= { en: flags(en, cutOff(en)), zh: flags(zh, cutOff(zh)) };
    return (headings[side][k]! & HEADING) !== 0;
  };
  let lastLinked = -1;
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k]!;
    if (b.enCount === 0 || b.zhCount === 0) continue;
    const between = k - lastLinked - 1;
    if (lastLinked >= 0 && between >= 2 && between <= 2 * MOST_SANDWICHED) {
      const lone = beads.slice(lastLinked + 1, k);
      const es = lone.filter((x) => x.enCount === 1).sort((x, y) => x.enStart - y.enStart);
      const zs = lone.filter((x) => x.zhCount === 1).sort((x, y) => x.zhStart - y.zhStart);
      const links = es.length === zs.length && es.length + zs.length === lone.length ? sandwichLinks(es, zs, en, zh, cost, heading) : undefined;
      if (links) {
        out ??= beads.slice();
        for (let q = 0; q < lone.length; q++) out[lastLinked + 1 + q] = links[Math.min(q, links.length - 1)]!;
      }
    }
    lastLinked = k;
  }
  return out ? out.filter((b, k) => k === 0 || b !== out[k - 1]) : beads;
}

/** Whether two blocks are headings of lists: heading-like, each followed by a list item of one mark. */
function listHeadings(en: Item[], e: number, zh: Item[], z: number, heading: (side: 'en' | 'zh', k: number) => boolean): boolean {
  const next = en[e + 1] && itemMark(en[e + 1]!.block.text);
  return next !== undefined && next === (zh[z + 1] && itemMark(zh[z + 1]!.block.text)) && heading('en', e) && heading('zh', z);
}

/** The links of list items `es[q]` with `zs[q]`, or undefined when a pair of them has no matching marks or costs too much. */
function sandwichLinks(es: Bead[], zs: Bead[], en: Item[], zh: Item[], cost: BeadCost, heading: (side: 'en' | 'zh', k: number) => boolean): Bead[] | undefined {
  const links: Bead[] = [];
  for (let q = 0; q < es.length; q++) {
    const e = es[q]!.enStart;
    const z = zs[q]!.zhStart;
    const mark = itemMark(en[e]!.block.text);
    if (mark !== itemMark(zh[z]!.block.text) || (mark === undefined && !listHeadings(en, e, zh, z, heading))) return undefined;
    const c = cost(e, 1, z, 1);
    if (c >= cost(e, 1, 0, 0) + cost(0, 0, z, 1) + SANDWICH_ALLOWANCE) return undefined;
    links.push({ enStart: e, enCount: 1, zhStart: z, zhCount: 1, cost: c, margin: 0 });
  }
  return links;
}
