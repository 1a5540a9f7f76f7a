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
