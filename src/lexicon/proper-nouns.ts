/**
 * CC-CEDICT's proper nouns (`data/names.txt`, written by `scripts/build-lexicon.ts`): places,
 * people and organizations whose pinyin CEDICT capitalizes, in both scripts, with the English
 * name of their first sense (`柏林` Berlin, `華沙` Warsaw, `默克尔` Angela Merkel). A file of its
 * own, so entity keys can use it without loading the dictionary's words.
 */
import { readFileSync } from 'node:fs';

/** From `src/lexicon/` and from `dist/src/lexicon/`. */
const CANDIDATES = ['../../data/names.txt', '../../../data/names.txt'];

let cached: Map<string, string> | undefined;

/** The English name CC-CEDICT gives a Chinese proper noun, or undefined; reads the list on first call. */
export function properNoun(chinese: string): string | undefined {
  if (!cached) {
    cached = new Map();
    let text = '';
    for (const path of CANDIDATES) {
      try {
        text = readFileSync(new URL(path, import.meta.url), 'utf8');
        break;
      } catch {
        // try the next place
      }
    }
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) cached.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return cached.get(chinese);
}
