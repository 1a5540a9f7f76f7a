/**
 * Pinyin readings compiled from CC-CEDICT (`data/readings.bin`, written by
 * `scripts/build-lexicon.ts`): a character's commonest toneless reading, surname readings,
 * and words that read otherwise than their characters. A file of their own, so romanizing
 * names does not load the dictionary's words. Characters are a table indexed by code point
 * and words a sorted table searched in place (`packed.ts`): loading parses a small header.
 */
import { readDataFile } from './data-file.js';
import { bytesReader, parseHeader, sectionOf, tableOf, uint16s, type PackedHeader, type ReadBytes } from './packed.js';

/** Toneless pinyin readings of Chinese characters and words. */
export interface Readings {
  /** Toneless pinyin of one Chinese character (`重` → `zhong`), or undefined. */
  reading(char: string): string | undefined;
  /** Toneless pinyin of one character read as a surname (`曾` → `zeng`), or undefined. */
  surnameReading(char: string): string | undefined;
  /** Toneless pinyin of one character in a person's given name (`娜` → `na`), or undefined. */
  givenNameReading?(char: string): string | undefined;
  /** Syllables of a word of two to four characters that reads otherwise than its characters (`重庆` → `chong qing`). */
  wordReading(word: string): string | undefined;
  /** Whether some word with a reading of its own starts with this character (false: no need to look its words up). */
  startsWord?(char: string): boolean;
  /** Whether some word with a reading of its own starts with these characters (false: none of their words need looking up). */
  startsWordWith?(prefix: string): boolean;
}

/** The header of `data/readings.bin`. */
interface ReadingsHeader {
  /** Syllables by number; a character's entry in `chars` is its syllable's number plus one. */
  syllables: string[];
  /** Code points `[from, to)` covered by `chars`, each with where its entries start there. */
  ranges: [from: number, to: number, at: number][];
  /** Characters read otherwise as a surname, and that reading. */
  surnames: Record<string, string>;
  /** Characters read otherwise in given names, and that reading (absent in files built before it). */
  givenNames?: Record<string, string>;
}

/** Bit of a character's entry: some word with a reading of its own starts with it. */
export const STARTS_WORD = 0x8000;

let cached: Readings | undefined;

/** The compiled readings (`data/readings.bin`, about 0.2 MB), read on first call. */
export function loadReadings(): Readings {
  if (!cached) {
    const { parsed, read } = readDataFile<ReadingsHeader>('readings.bin');
    cached = readingsOf(parsed, read);
  }
  return cached;
}

/** Readings from the bytes of `data/readings.bin`. */
export function readingsFromBuffer(bytes: Uint8Array): Readings {
  return readingsOf(parseHeader<ReadingsHeader>(bytes), bytesReader(bytes));
}

function readingsOf(parsed: PackedHeader<ReadingsHeader>, read: ReadBytes): Readings {
  const { syllables, ranges, surnames: surnameList, givenNames: givenNameList } = parsed.header;
  const entries = uint16s(sectionOf(parsed, read, 'chars'));
  const words = tableOf(parsed, read, 'words');
  const surnames = new Map(Object.entries(surnameList));
  const givenNames = new Map(Object.entries(givenNameList ?? {}));
  /** The entry of a one-character string, 0 when it has none. */
  const entry = (c: string): number => {
    const code = c.codePointAt(0);
    if (code === undefined || c.length !== (code > 0xffff ? 2 : 1)) return 0;
    for (const [from, to, at] of ranges) if (code >= from && code < to) return entries[at + code - from]!;
    return 0;
  };
  const reading = (c: string): string | undefined => {
    const n = entry(c) & ~STARTS_WORD;
    return n === 0 ? undefined : syllables[n - 1];
  };
  return {
    reading,
    surnameReading: (c) => surnames.get(c) ?? reading(c),
    givenNameReading: (c) => givenNames.get(c) ?? reading(c),
    wordReading: (w) => words.get(w),
    startsWord: (c) => (entry(c) & STARTS_WORD) !== 0,
    startsWordWith: (prefix) => words.hasPrefix(prefix),
  };
}

/**
 * Readings from text lines (`char<TAB>syllable`, `char<TAB>syllable<TAB>*` for surnames,
 * `char<TAB>syllable<TAB>given` for given names, `word<TAB>syllables`).
 */
export function readingsFromText(text: string): Readings {
  const chars = new Map<string, string>();
  const surnames = new Map<string, string>();
  const givenNames = new Map<string, string>();
  const words = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [head, spoken, mark] = line.split('\t');
    if (!head || !spoken) continue;
    if (mark === '*') surnames.set(head, spoken);
    else if (mark === 'given') givenNames.set(head, spoken);
    else if (spoken.includes(' ')) words.set(head, spoken);
    else chars.set(head, spoken);
  }
  const firsts = new Set<string>();
  for (const word of words.keys()) firsts.add(String.fromCodePoint(word.codePointAt(0)!));
  return {
    reading: (c) => chars.get(c),
    surnameReading: (c) => surnames.get(c) ?? chars.get(c),
    givenNameReading: (c) => givenNames.get(c) ?? chars.get(c),
    wordReading: (w) => words.get(w),
    startsWord: (c) => firsts.has(c),
  };
}
