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

/** The English name CC-CEDICT gives a Chinese proper noun, or undefined; opens the list on first call. */
export function properNoun(chinese: string): string | undefined {
  if (!table) {
    const { parsed, read } = openDataFile('names.bin');
    table = tableOf(parsed, read, 'names');
  }
  return table.get(chinese);
}
