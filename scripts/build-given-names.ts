/**
 * Writes `src/entities/given-names.ts`, English-script given names, from the name lexicon of the
 * npm package `compromise` (MIT; its `MaleName`, `FemaleName` and `FirstName` lists):
 *
 *     npm run build:given-names
 *
 * A name that is also a common English word is left out: one that CC-CEDICT (CC BY-SA 4.0) gives
 * in lower case as a gloss word (`rose`, `hope`, `will`, `mark`, `grace`), since at the head of a
 * sentence or a title such a word is more often the word than the name. Names of one or two
 * letters are left out too. The table is one string of the names in lower case, sorted and set
 * apart by spaces; `test/entities/given-names.test.ts` checks that the committed file is what this
 * script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCedict } from './build-traditional.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const GIVEN_NAMES_PATH = join(root, 'src', 'entities', 'given-names.ts');

/** The given names of compromise's lexicon, lower case. */
export async function compromiseGivenNames(): Promise<string[]> {
  const dir = dirname(fileURLToPath(import.meta.resolve('compromise')));
  const lexicon = join(dir, '..', 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js');
  const data = (await import(lexicon)) as { default: Record<string, string> };
  const efrt = (await import(join(dirname(fileURLToPath(import.meta.resolve('efrt'))), '..', 'src', 'index.js'))) as { unpack: (packed: string) => Record<string, unknown> };
  const names = new Set<string>();
  for (const tag of ['MaleName', 'FemaleName', 'FirstName']) for (const name of Object.keys(efrt.unpack(data.default[tag] ?? ''))) names.add(name);
  return [...names];
}

/** Lower-case words CC-CEDICT's glosses use (in the senses `keep` takes, all by default): common English words. */
export function glossWords(entries: readonly Entry[], keep: (sense: string) => boolean = () => true): Set<string> {
  const words = new Set<string>();
  for (const [, , , glosses] of entries) {
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    for (const sense of senses) if (keep(sense)) for (const w of sense.match(/\b[a-z]+\b/g) ?? []) words.add(w);
  }
  return words;
}

/** The names kept: three letters or more, of letters only, no common English word; sorted. */
export function keptNames(names: readonly string[], common: ReadonlySet<string>): string[] {
  return names.filter((n) => /^[a-z]{3,}$/.test(n) && !common.has(n)).sort();
}

/** The names left out as common English words (`peter`, `heather`): three letters or more, of letters only; sorted. */
export function wordNames(names: readonly string[], common: ReadonlySet<string>): string[] {
  return names.filter((n) => /^[a-z]{3,}$/.test(n) && common.has(n)).sort();
}

/** Rows of names for a string constant, twelve a row. */
function nameRows(names: readonly string[]): string {
  const rows: string[] = [];
  for (let i = 0; i < names.length; i += 12) rows.push(`  '${names.slice(i, i + 12).join(' ')}'`);
  return rows.join(" + ' ' +\n");
}

/** The text of `src/entities/given-names.ts`. */
export function givenNamesSource(names: readonly string[], words: readonly string[] = []): string {
  return [
    '/**',
    " * English-script given names from compromise's name lexicon (MIT), less the common English",
    ' * words CC-CEDICT (CC BY-SA 4.0) glosses with; written by `scripts/build-given-names.ts`',
    ` * (\`npm run build:given-names\`); do not edit by hand. ${names.length} names, lower case, sorted, set apart by spaces.`,
    ' */',
    `export const GIVEN_NAMES =\n${nameRows(names)};`,
    '',
    '/**',
    ` * The ${words.length} names of the same lexicon left out above as common English words (\`peter\`, \`heather\`):`,
    ' * a given name only before a Chinese surname (`Peter Lam`), in the same form.',
    ' */',
    `export const GIVEN_NAMES_ALSO_WORDS =\n${nameRows(words)};`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = await compromiseGivenNames();
  const common = glossWords(readCedict() as Entry[]);
  const names = keptNames(all, common);
  writeFileSync(GIVEN_NAMES_PATH, givenNamesSource(names, wordNames(all, common)));
  console.log(`build-given-names: ${names.length} names written to ${GIVEN_NAMES_PATH}`);
}
