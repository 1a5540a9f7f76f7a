import type { Finding, Pair } from '../types.js';
import { fullPairs, isBlankCode, makeFinding, numberOption, type CheckContext, type Rule } from './rule.js';

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

/** A Han character (a code point of the Han script) at a place. */
const HAN_AT = /\p{Script=Han}/uy;

/**
 * How many Han characters `text` holds, as a global `/\p{Script=Han}/gu` counts them: the
 * unified ideographs (U+4E00–U+9FFF, all Han) without asking the pattern, nothing below the
 * radicals (U+2E80) at all, and any other character (a surrogate pair as one) by the pattern.
 */
export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else if (c >= 0x2e80) {
      HAN_AT.lastIndex = i;
      if (HAN_AT.test(text)) {
        n++;
        i = HAN_AT.lastIndex - 1;
      }
    }
  }
  return n;
}

/** How many Latin letters and ASCII digits `text` holds. */
function latinLettersAndDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (code >= 0x30 && code <= 0x39)) n++;
  }
  return n;
}

/** The median of `values`, which it sorts in place. */
function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b);
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
    for (let k = 0; k < PRIOR_WEIGHT; k++) counted.push(PRIOR_RATIO);
    const documentRatio = median(counted);
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

/**
 * The pair with its lengths, in one object (not one spread into another per pair). The lengths
 * of a side are those of its text joined by newlines (`sideText`), summed over its blocks:
 * a newline is blank and no Han character, so the text need not be joined.
 */
function sideLengths(context: CheckContext, pair: Pair): { pair: Pair; en: number; zh: number; han: number } {
  let en = 0;
  let zh = 0;
  let han = 0;
  for (const id of pair.en) {
    const block = context.block(id);
    if (block) en += visibleLength(block.text);
  }
  for (const id of pair.zh) {
    const block = context.block(id);
    if (!block) continue;
    // Latin letters in the Chinese (`(Alice Hancock)`, a name repeated as written) are English text,
    // as long as the English's own, and so are digits (`1150003187`, a figure written alike on both
    // sides): they count as the Chinese that would render them.
    const latin = latinLettersAndDigits(block.text);
    zh += visibleLength(block.text) - latin + latin / PRIOR_RATIO;
    han += hanCount(block.text);
  }
  return { pair, en, zh: Math.round(zh), han };
}
