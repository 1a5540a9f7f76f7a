import type { Block, ExtractContext, Fact, FactCandidate, Lang } from '../types.js';
import { extract as extractEn } from '../locales/en/index.js';
import { extract as extractZh } from '../locales/zh/index.js';
import type { LineIndex } from './position.js';
import { mergeBehind } from './overlap.js';

/**
 * Finds the numbers, money, percentages, ordinals, dates and durations in one text,
 * with the extractors of its language (`und` text is read as English).
 * Returns non-overlapping candidates sorted by start; offsets are into `text`.
 */
export function extractCandidates(text: string, lang: Lang, context: ExtractContext = {}): FactCandidate[] {
  return lang === 'zh' ? extractZh(text, context) : extractEn(text, context);
}

/**
 * Extracts the facts of every block, numbering them `f1`, `f2`, … in document order.
 * `lines` locates each fact in the original text; `extra` adds candidates from other
 * extractors (entities) for a block, which lose to the value facts where they overlap.
 */
export function extractFacts(
  blocks: readonly Block[],
  lines: (block: Block) => LineIndex,
  context: ExtractContext = {},
  extra?: (block: Block) => FactCandidate[],
): Fact[] {
  const facts: Fact[] = [];
  for (const block of blocks) {
    if (block.kind) continue; // no translation unit (chrome, pinyin, cue, vocabulary…): no facts
    const found = extractCandidates(block.text, block.lang, context);
    const all = extra ? mergeBehind(found, extra(block)) : found;
    const index = lines(block);
    for (const candidate of all) {
      const span = index.span(block.start + candidate.start, block.start + candidate.end);
      facts.push({
        id: `f${facts.length + 1}`,
        block: block.id,
        kind: candidate.kind,
        raw: block.text.slice(candidate.start, candidate.end),
        value: candidate.value,
        ...(candidate.max !== undefined ? { max: candidate.max } : {}),
        ...(candidate.unit !== undefined ? { unit: candidate.unit } : {}),
        ...(candidate.kind === 'entity' ? {} : { approx: candidate.approx ?? false }),
        ...(candidate.bound !== undefined ? { bound: candidate.bound } : {}),
        ...(candidate.type !== undefined ? { type: candidate.type } : {}),
        lang: block.lang,
        ...span,
      });
    }
  }
  return facts;
}
