import type { Finding } from '../types.js';
import { excerpt } from './describe.js';
import { isCopyOfAnother, isInOtherLanguageFile, pastedAmongOther } from './untranslated.js';
import { partnerlessBlocks } from './unpaired-block.js';
import { hanCount } from './length-ratio.js';
import { blockTarget, makeFinding, numberOption, type Rule } from './rule.js';

/**
 * `missing-translation`: an English or Chinese block of body text without a partner, in a
 * document whose other blocks are paired. Blocks that look like datelines, bylines, sources,
 * URLs, lists or headings are `unpaired-block` instead, and a block that repeats another is
 * `untranslated`. Short blocks (under `minLengthEn`/`minLengthZh` characters, 10 for English and 4 Chinese
 * characters by default) are warnings, longer ones errors.
 */
export const missingTranslation: Rule = {
  id: 'missing-translation',
  severity: 'error',
  description: 'A paragraph without a translation among paired ones.',
  check(context) {
    if (!context.pairs.some((p) => p.en.length > 0 && p.zh.length > 0)) return [];
    const minEn = numberOption(context.options, 'minLengthEn', 10);
    const minZh = numberOption(context.options, 'minLengthZh', 4);
    const findings: Finding[] = [];
    for (const { block, pair, kind } of partnerlessBlocks(context)) {
      // A source pasted into the translation's half is told once, by `untranslated`, on the copy.
      if (kind || block.lang === 'und' || isCopyOfAnother(block, context) || isInOtherLanguageFile(block, context)
        || pastedAmongOther(block, context, true) || pastedAmongOther(block, context, false)) continue;
      const long = block.lang === 'zh'
        ? hanCount(block.text) >= minZh
        : block.text.trim().length >= minEn;
      const other = block.lang === 'zh' ? 'English' : 'Chinese';
      findings.push(makeFinding(context, missingTranslation, long ? 'error' : 'warning', pair,
        `${block.lang.toUpperCase()} paragraph "${excerpt(block.text)}" has no ${other} counterpart`,
        blockTarget(block)));
    }
    return findings;
  },
};
