import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { extractEntities as chineseEntities } from '../../src/locales/zh/entities.js';

/** The people one language's rules find in a text, as [the span's text, its key]. */
export function peopleIn(text: string, lang: 'en' | 'zh'): [string, string][] {
  return (lang === 'en' ? englishEntities(text) : chineseEntities(text))
    .filter((c) => c.type === 'person')
    .map((c) => [text.slice(c.start, c.end), String(c.value)]);
}
