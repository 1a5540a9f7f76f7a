/**
 * The compiled CC-CEDICT lexicon (`data/lexicon.bin`, written by `scripts/build-lexicon.ts`):
 * opened on first use, once per process, and only by stages that need it. The words stay in
 * the file as a word table (`packed.ts`): a lookup is a binary search among the words of its
 * first character, read from the file the first time that character is met, and a word's
 * glosses are read when first asked for.
 */
import { openDataFile } from './data-file.js';
import { bytesReader, parseHeader, wordTableOf, type PackedHeader, type ReadBytes } from './packed.js';
import { properNoun } from './proper-nouns.js';

/** The header of `data/lexicon.bin`. */
interface LexiconHeader {
  source: string;
  licence: string;
  maxWordLength: number;
}

/** A Chinese–English lexicon: glosses of Chinese words, pinyin of characters, proper nouns. */
export interface Lexicon {
  /** English content lemmas of a Chinese word (simplified or traditional), or undefined. */
  glosses(word: string): readonly string[] | undefined;
  /** True when some headword starts with `prefix` (a headword itself included). */
  hasPrefix(prefix: string): boolean;
  /**
   * The end of the longest headword with glosses that starts at `from` in `text`, ends by `to`
   * and is longer than one character, or 0: what `hasPrefix` and `glosses` tell of each longer
   * slice, asked of the text in place. Optional: without it, segmentation asks slice by slice.
   */
  longestWord?(text: string, from: number, to: number): number;
  /** English form of a Chinese proper noun (`柏林` → `Berlin`), or undefined. */
  name(word: string): string | undefined;
  /** Length in characters of the longest headword. */
  readonly maxWordLength: number;
  /** Where the data comes from and its licence. */
  readonly source: string;
}

let cached: Lexicon | undefined;

/**
 * The lexicon compiled from CC-CEDICT (CC BY-SA 4.0). The first call opens the file and reads
 * its header and index (about 0.1 MB); the words of a character are read when a lookup first
 * needs them, a word's glosses when they are first asked for. Later calls return the same object.
 */
export function loadLexicon(): Lexicon {
  if (!cached) {
    const { parsed, read } = openDataFile<LexiconHeader>('lexicon.bin');
    cached = lexiconOf(parsed, read);
  }
  return cached;
}

/** True once `loadLexicon` has run in this process. */
export function isLexiconLoaded(): boolean {
  return cached !== undefined;
}

/** Builds a lexicon from the compiled file's bytes. */
export function lexiconFromBuffer(data: Uint8Array): Lexicon {
  return lexiconOf(parseHeader<LexiconHeader>(data), bytesReader(data));
}

function lexiconOf(parsed: PackedHeader<LexiconHeader>, read: ReadBytes): Lexicon {
  const { header } = parsed;
  const words = wordTableOf(parsed, read, 'words');
  const found = new Map<string, readonly string[] | null>();
  const glosses = (word: string): readonly string[] | undefined => {
    let out = found.get(word);
    if (out === undefined) {
      let raw = words.get(word);
      if (raw?.startsWith('=')) raw = words.get(raw.slice(1));
      out = raw === undefined ? null : raw.split(' ');
      found.set(word, out);
    }
    return out ?? undefined;
  };
  const prefixes = new Map<string, boolean>();
  const hasPrefix = (prefix: string): boolean => {
    let out = prefixes.get(prefix);
    if (out === undefined) {
      out = words.hasPrefix(prefix);
      prefixes.set(prefix, out);
    }
    return out;
  };
  const ends: number[] = [];
  const longestWord = (text: string, from: number, to: number): number => {
    const count = words.wordEndsAt(text, from, to, ends);
    for (let k = 0; k < count; k++) if (glosses(text.slice(from, ends[k]))) return ends[k]!;
    return 0;
  };
  return {
    glosses,
    hasPrefix,
    longestWord,
    name: properNoun,
    maxWordLength: header.maxWordLength,
    source: `${header.source}; ${header.licence}`,
  };
}
