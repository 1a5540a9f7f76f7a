import type { Lexicon } from '../../lexicon/load.js';
import { textSignals } from '../pair-signals.js';
import { wordEvidence } from './bead-cost.js';
import type { Link } from './search.js';
import { anyPartnerless, countsBefore, indexInStream, ownersOf, type Item } from './streams.js';

/**
 * The label a paragraph opens with before a colon (`申请方法：…`, `How to apply: …`): a translation
 * that runs a heading and the paragraphs under it into one paragraph keeps the heading so.
 */
const LABEL = { zh: /^\s*([\p{Script=Han}]{2,8})\s*[：:]/u, en: /^\s*([A-Z][A-Za-z' -]{2,40}?)\s*:\s/ };

/** Longest heading (characters) read as one: a line without a stop above paragraphs. */
const HEADING_MOST = { en: 60, zh: 20 };

/** Ends as a sentence does. */
const STOP = /[.!?。！？…"”’」』)）;；]\s*$/;

/**
 * Joins a heading left alone to the link standing right under it when the link's one block on
 * the other side opens with that heading's translation as a label (`How to apply` over three
 * English paragraphs, `申请方法：…` one Chinese paragraph rendering them all): the translation
 * ran the heading into its paragraph. The heading must be partnerless, short and without a stop,
 * stand right before the link's first block of its stream with no block of the other stream in
 * between, and share a translated word with the label.
 */
export function joinHeadingLabels(links: Link[], en: Item[], zh: Item[], lexicon: Lexicon | undefined): Link[] {
  if (!lexicon) return links;
  if (!anyPartnerless(links)) return links;
  const owner = ownersOf(links);
  const at = indexInStream(en, zh);
  // Items of each stream standing before each input position.
  const { en: enBefore, zh: zhBefore } = countsBefore(en, zh);
  const dropped = new Set<Link>();
  for (const link of links) {
    for (const enSide of [true, false]) {
      const mine = enSide ? link.en : link.zh;
      const theirs = enSide ? link.zh : link.en;
      if (theirs.length !== 1 || !mine.length) continue;
      const other = theirs[0]!.block.text;
      // Both labels end at a colon (`：` or `:` after a Chinese one, `:` after an English one): a
      // text without one is no label, and the pattern (23 KB of machine code for the Chinese one)
      // is not compiled for it.
      if (!other.includes(':') && !(enSide && other.includes('：'))) continue;
      const label = (enSide ? LABEL.zh : LABEL.en).exec(other);
      if (!label) continue;
      const stream = enSide ? en : zh;
      const heading = stream[at.get(mine[0]!)! - 1];
      const headingLink = heading && owner.get(heading);
      if (!heading || !headingLink || headingLink.en.length + headingLink.zh.length !== 1 || dropped.has(headingLink)) continue;
      const text = heading.block.text.trim();
      if (heading.signals.boilerplate || STOP.test(text) || heading.signals.length > (enSide ? HEADING_MOST.en : HEADING_MOST.zh)) continue;
      // Nothing of the other stream stands between the heading and the link.
      const otherBefore = enSide ? zhBefore : enBefore;
      if (otherBefore[mine[0]!.position]! !== otherBefore[heading.position + 1]!) continue;
      const labelItem: Item = { ...theirs[0]!, block: { ...theirs[0]!.block, text: label[1]! }, signals: textSignals(label[1]!) };
      const evidence = enSide ? wordEvidence([heading], [labelItem], lexicon) : wordEvidence([labelItem], [heading], lexicon);
      if (evidence.share(0, 1, 0, 1) <= 0) continue;
      mine.unshift(heading);
      dropped.add(headingLink);
      owner.set(heading, link);
      link.order = Math.min(link.order, heading.position);
    }
  }
  return dropped.size ? links.filter((l) => !dropped.has(l)) : links;
}
