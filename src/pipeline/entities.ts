/**
 * The entity stage: people, places and organizations in English and Chinese, each with a
 * language-independent key so the same entity matches across languages. The extractors live
 * with their language (`src/locales/en`, `src/locales/zh`); the names, keys and matching they
 * share live in `src/entities`.
 *
 * The heavy machinery (segmentit, compromise) loads on the first call
 * that needs it, never on import.
 */
import type { FactCandidate, Lang } from '../types.js';
import { extractEntities as extractEnglish } from '../locales/en/entities.js';
import { extractEntities as extractChinese } from '../locales/zh/entities.js';
import { withPlainSpaces } from '../typeset-spaces.js';

/** How hard to look for entities. */
export interface EntityOptions {
  /**
   * Also ask the taggers: segmentit's proper-noun tags and word boundaries for Chinese,
   * compromise for English names the rules leave open. Finds a few more names on unseen
   * text and costs about 1 s of loading on first use. Default false: rules, the gazetteer,
   * the organization table and pinyin only.
   */
  deep?: boolean;
  /**
   * The end of the longest dictionary word of more than one character that starts at `from` in
   * `text` and ends by `to`, or 0 (the lexicon's `longestWord`). Where given, a transliterated
   * Chinese name gives back its last character when that character opens a word with the next
   * one (`约翰·史密斯达成协议` names 约翰·史密斯, not 约翰·史密斯达: 达成, reach); without it a name
   * runs to the end of its transliteration characters.
   */
  longestWord?: (text: string, from: number, to: number) => number;
}

/**
 * Finds the people, places and organizations of `text` in language `lang` (`und` reads
 * as English). Returns entity candidates (kind `entity`, `type` person/place/org, `value`
 * the key, `start`/`end` offsets into `text`), non-overlapping and sorted by start.
 */
export function extractEntities(text: string, lang: Lang, options: EntityOptions = {}): FactCandidate[] {
  // Names set apart by a page's no-break space (`Xi&nbsp;Jinping`, `New&nbsp;York`) read as set apart by a space.
  const plain = withPlainSpaces(text);
  return lang === 'zh' ? extractChinese(plain, options) : extractEnglish(plain, options);
}
