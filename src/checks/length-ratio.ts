import type { Finding, Pair } from '../types.js';
import { fullPairs, isBlankCode, makeFinding, numberOption, sideText, type CheckContext, type Rule } from './rule.js';

/** Characters of English text per character of its Chinese translation in news text, before a document teaches its own. */
const PRIOR_RATIO = 3.2;
/** How many pairs the prior counts for in the document's median. */
const PRIOR_WEIGHT = 2;

/** The length that matters for the ratio: characters without spaces (UTF-16 code units not in `\s`). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) n++;
  return n;
}

/** A Han character (a code point of the Han script). */
const HAN = /\p{Script=Han}/gu;

/** How many Han characters `text` holds, counted without making a list of them. */
function hanCount(text: string): number {
  let n = 0;
  HAN.lastIndex = 0;
  while (HAN.test(text)) n++;
  return n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * `length-ratio` (warning): a pair whose English-to-Chinese length ratio is far from the
 * document's own (its median over pairs long enough to count, steadied by the ratio of news
 * text), a sign that a sentence was left out on the shorter side. A pair is reported when its
 * ratio is more than `factor` (default 2.2) times off and the side expected to be longer
 * has at least `minLength` characters (default 120 for English, scaled for Chinese). Pairs whose
 * Chinese side is mostly not Chinese (URLs, handles, code) are left out.
 */
export const lengthRatio: Rule = {
  id: 'length-ratio',
  severity: 'warning',
  description: "A pair whose length ratio is far outside the document's own: possible omission.",
  check(context) {
    const factor = numberOption(context.options, 'factor', 2.2);
    const minLength = numberOption(context.options, 'minLength', 120);
    const lengths = fullPairs(context).map((pair) => sideLengths(context, pair));
    const counted = lengths.filter((l) => l.en >= 40 && l.han >= 12 && l.han >= l.zh / 3).map((l) => l.en / l.zh);
    const documentRatio = median([...counted, ...Array<number>(PRIOR_WEIGHT).fill(PRIOR_RATIO)]);
    const findings: Finding[] = [];
    for (const { pair, en, zh, han } of lengths) {
      if (han < Math.max(10, zh / 3)) continue;
      const expectedEn = zh * documentRatio;
      if (Math.max(en, expectedEn) < minLength || zh === 0) continue;
      const off = en / zh / documentRatio;
      if (off < factor && off > 1 / factor) continue;
      const shorter = off > 1 ? 'Chinese' : 'English';
      const times = off > 1 ? off : 1 / off;
      findings.push(makeFinding(context, lengthRatio, 'warning', pair,
        `The ${shorter} is ${times.toFixed(1)}x shorter than the document's ratio expects (EN ${en} vs ZH ${zh} characters, `
        + `document ${documentRatio.toFixed(1)}:1): possible omission`));
    }
    return findings;
  },
};

/** The pair with its lengths, in one object (not one spread into another per pair). */
function sideLengths(context: CheckContext, pair: Pair): { pair: Pair; en: number; zh: number; han: number } {
  const zhText = sideText(context, pair.zh);
  return {
    pair,
    en: visibleLength(sideText(context, pair.en)),
    zh: visibleLength(zhText),
    han: hanCount(zhText),
  };
}
