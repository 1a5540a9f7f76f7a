/**
 * CC-CEDICT's proper nouns (`data/names.bin`, written by `scripts/build-lexicon.ts`): places,
 * people and organizations whose pinyin CEDICT capitalizes, in both scripts, with the English
 * name of their first sense (`柏林` Berlin, `華沙` Warsaw, `默克尔` Angela Merkel). A file of its
 * own, so entity keys can use it without loading the dictionary's words; a sorted table
 * searched in place (`packed.ts`), of which a run reads the buckets of the names it looks up.
 */
import { openDataFile } from './data-file.js';
import { tableOf, type PackedTable } from './packed.js';

let table: PackedTable | undefined;
/** Answers already looked up: a text asks for the same candidates again and again (a cache of static data). */
const known = new Map<string, string | null>();
/** Answers kept at most, so that a corpus of many distinct candidates does not grow the cache without end. */
const KNOWN_LIMIT = 100_000;

/** The English name CC-CEDICT gives a Chinese proper noun, or undefined; opens the list on first call. */
export function properNoun(chinese: string): string | undefined {
  let out = known.get(chinese);
  if (out === undefined) {
    if (!table) {
      const { parsed, read } = openDataFile('names.bin');
      table = tableOf(parsed, read, 'names');
    }
    out = table.get(chinese) ?? null;
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(chinese, out);
  }
  return out ?? undefined;
}
