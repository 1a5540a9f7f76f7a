/**
 * The compiled CC-CEDICT lexicon (`data/lexicon.bin`, written by `scripts/build-lexicon.ts`):
 * read on first use, once per process, and only by stages that need it. The words stay one
 * buffer of sorted records; a lookup is a binary search among the records of the word's
 * first character, so loading reads the file and parses only its small header.
 */
import { readFileSync } from 'node:fs';
import { properNoun } from './proper-nouns.js';

/** The header of the compiled file. */
interface LexiconHeader {
  source: string;
  licence: string;
  maxWordLength: number;
  words: [number, number];
  /** Byte ranges of each first character's records, relative to the words section. */
  index: Record<string, [number, number]>;
}

/** A Chinese–English lexicon: glosses of Chinese words, pinyin of characters, proper nouns. */
export interface Lexicon {
  /** English content lemmas of a Chinese word (simplified or traditional), or undefined. */
  glosses(word: string): readonly string[] | undefined;
  /** True when some headword starts with `prefix` (a headword itself included). */
  hasPrefix(prefix: string): boolean;
  /** English form of a Chinese proper noun (`柏林` → `Berlin`), or undefined. */
  name(word: string): string | undefined;
  /** Length in characters of the longest headword. */
  readonly maxWordLength: number;
  /** Where the data comes from and its licence. */
  readonly source: string;
}

/** From `src/lexicon/` and from `dist/src/lexicon/`. */
const CANDIDATES = ['../../data/lexicon.bin', '../../../data/lexicon.bin'];

let cached: Lexicon | undefined;

/**
 * The lexicon compiled from CC-CEDICT (CC BY-SA 4.0). The first call reads it (a few
 * milliseconds: one file read, no parsing of the words); later calls return the same object.
 */
export function loadLexicon(): Lexicon {
  cached ??= lexiconFromBuffer(readData());
  return cached;
}

/** True once `loadLexicon` has run in this process. */
export function isLexiconLoaded(): boolean {
  return cached !== undefined;
}

function readData(): Uint8Array {
  let last: unknown;
  for (const path of CANDIDATES) {
    try {
      return readFileSync(new URL(path, import.meta.url));
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`the compiled lexicon (data/lexicon.bin) is missing: run npm run build (${String(last)})`);
}

const NEWLINE = 10;
const SPACE = 32;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Compares `key` with the bytes `data[from, to)`. */
function compare(key: Uint8Array, data: Uint8Array, from: number, to: number): number {
  const n = Math.min(key.length, to - from);
  for (let k = 0; k < n; k++) {
    const d = key[k]! - data[from + k]!;
    if (d !== 0) return d;
  }
  return key.length - (to - from);
}

/** Builds a lexicon from the compiled file's bytes. */
export function lexiconFromBuffer(data: Uint8Array): Lexicon {
  const headerEnd = data.indexOf(NEWLINE);
  const header = JSON.parse(decoder.decode(data.subarray(0, headerEnd))) as LexiconHeader;
  /** Offset of the first record in the word's bucket whose key is not below `key`, and the bucket end. */
  const lowerBound = (key: Uint8Array, first: string): [number, number] | undefined => {
    const bucket = header.index[first];
    if (!bucket) return undefined;
    const base = header.words[0];
    let lo = base + bucket[0];
    let hi = base + bucket[1];
    const bucketEnd = hi;
    // Invariant: records before lo are below key; records at or after hi are not.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = Math.max(lo, data.lastIndexOf(NEWLINE, mid - 1) + 1);
      const space = data.indexOf(SPACE, start);
      const end = data.indexOf(NEWLINE, space);
      if (compare(key, data, start, space) > 0) lo = end + 1;
      else hi = start;
    }
    return [lo, bucketEnd];
  };
  const firstOf = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);
  const find = (word: string): string | undefined => {
    const key = encoder.encode(word);
    const at = lowerBound(key, firstOf(word));
    if (!at || at[0] >= at[1]) return undefined;
    const space = data.indexOf(SPACE, at[0]);
    if (compare(key, data, at[0], space) !== 0) return undefined;
    return decoder.decode(data.subarray(space + 1, data.indexOf(NEWLINE, space)));
  };
  const found = new Map<string, readonly string[] | null>();
  const glosses = (word: string): readonly string[] | undefined => {
    let out = found.get(word);
    if (out === undefined) {
      let raw = find(word);
      if (raw?.startsWith('=')) raw = find(raw.slice(1));
      out = raw === undefined ? null : raw.split(' ');
      found.set(word, out);
    }
    return out ?? undefined;
  };
  const prefixes = new Map<string, boolean>();
  const hasPrefix = (prefix: string): boolean => {
    let out = prefixes.get(prefix);
    if (out === undefined) {
      const key = encoder.encode(prefix);
      const at = lowerBound(key, firstOf(prefix));
      out = !!at && at[0] < at[1] && compare(key, data, at[0], Math.min(at[0] + key.length, data.indexOf(SPACE, at[0]))) === 0;
      prefixes.set(prefix, out);
    }
    return out;
  };
  return {
    glosses,
    hasPrefix,
    name: properNoun,
    maxWordLength: header.maxWordLength,
    source: `${header.source}; ${header.licence}`,
  };
}
