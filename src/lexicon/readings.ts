/**
 * Pinyin readings compiled from CC-CEDICT (`data/readings.txt`, written by
 * `scripts/build-lexicon.ts`): a character's commonest toneless reading, surname readings,
 * and words that read otherwise than their characters. A file of their own, so romanizing
 * names does not load the dictionary's words.
 */
import { readFileSync } from 'node:fs';

/** Toneless pinyin readings of Chinese characters and words. */
export interface Readings {
  /** Toneless pinyin of one Chinese character (`重` → `zhong`), or undefined. */
  reading(char: string): string | undefined;
  /** Toneless pinyin of one character read as a surname (`曾` → `zeng`), or undefined. */
  surnameReading(char: string): string | undefined;
  /** Syllables of a word of two to four characters that reads otherwise than its characters (`重庆` → `chong qing`). */
  wordReading(word: string): string | undefined;
  /** Whether some word with a reading of its own starts with this character (false: no need to look its words up). */
  startsWord?(char: string): boolean;
}

/** From `src/lexicon/` and from `dist/src/lexicon/`. */
const CANDIDATES = ['../../data/readings.txt', '../../../data/readings.txt'];

let cached: Readings | undefined;

/** The compiled readings, read on first call (about 0.4 MB). */
export function loadReadings(): Readings {
  if (!cached) {
    let text: string | undefined;
    for (const path of CANDIDATES) {
      try {
        text = readFileSync(new URL(path, import.meta.url), 'utf8');
        break;
      } catch {
        // try the next place
      }
    }
    if (text === undefined) throw new Error('the compiled readings (data/readings.txt) are missing: run npm run build');
    cached = readingsFromText(text);
  }
  return cached;
}

/** Readings from the compiled text (`char<TAB>syllable`, `char<TAB>syllable<TAB>*` for surnames, `word<TAB>syllables`). */
export function readingsFromText(text: string): Readings {
  const chars = new Map<string, string>();
  const surnames = new Map<string, string>();
  const words = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [head, spoken, mark] = line.split('\t');
    if (!head || !spoken) continue;
    if (mark === '*') surnames.set(head, spoken);
    else if (spoken.includes(' ')) words.set(head, spoken);
    else chars.set(head, spoken);
  }
  const firsts = new Set<string>();
  for (const word of words.keys()) firsts.add(String.fromCodePoint(word.codePointAt(0)!));
  return {
    reading: (c) => chars.get(c),
    surnameReading: (c) => surnames.get(c) ?? chars.get(c),
    wordReading: (w) => words.get(w),
    startsWord: (c) => firsts.has(c),
  };
}
