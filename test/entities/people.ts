import type { EntityType } from '../../src/types.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { extractEntities as chineseEntities } from '../../src/locales/zh/entities.js';

/** The names of one type one language's rules find in a text, as [the span's text, its key]. */
export function namesIn(text: string, lang: 'en' | 'zh', type: EntityType): [string, string][] {
  return (lang === 'en' ? englishEntities(text) : chineseEntities(text))
    .filter((c) => c.type === type)
    .map((c) => [text.slice(c.start, c.end), String(c.value)]);
}

/** The people one language's rules find in a text, as [the span's text, its key]. */
export function peopleIn(text: string, lang: 'en' | 'zh'): [string, string][] {
  return namesIn(text, lang, 'person');
}
