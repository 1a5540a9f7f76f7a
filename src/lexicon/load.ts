/**
 * The compiled CC-CEDICT lexicon (`data/lexicon.json`, written by `scripts/build-lexicon.ts`):
 * loaded on first use, once per process, and only by stages that need it.
 */
import { createRequire } from 'node:module';

/** The compiled data as the build step writes it. */
interface LexiconData {
  source: string;
  licence: string;
  words: string;
  readings: string;
  names: string;
}

/** A Chinese–English lexicon: glosses of Chinese words, pinyin of characters, proper nouns. */
export interface Lexicon {
  /** English content lemmas of a Chinese word (simplified or traditional), or undefined. */
  glosses(word: string): readonly string[] | undefined;
  /** True when `word` is a headword. */
  has(word: string): boolean;
  /** Toneless pinyin of one Chinese character (`重` → `zhong`), or undefined. */
  reading(char: string): string | undefined;
  /** English form of a Chinese proper noun (`柏林` → `Berlin`), or undefined. */
  name(word: string): string | undefined;
  /** Length in characters of the longest headword. */
  readonly maxWordLength: number;
  /** Where the data comes from and its licence. */
  readonly source: string;
}

const require = createRequire(import.meta.url);
/** From `src/lexicon/` and from `dist/src/lexicon/`. */
const CANDIDATES = ['../../data/lexicon.json', '../../../data/lexicon.json'];

let cached: Lexicon | undefined;

/**
 * The lexicon compiled from CC-CEDICT (CC BY-SA 4.0). The first call reads and indexes it
 * (tens of milliseconds); later calls return the same object.
 */
export function loadLexicon(): Lexicon {
  if (!cached) cached = lexiconFromData(readData());
  return cached;
}

/** True once `loadLexicon` has run in this process. */
export function isLexiconLoaded(): boolean {
  return cached !== undefined;
}

function readData(): LexiconData {
  let last: unknown;
  for (const path of CANDIDATES) {
    try {
      return require(path) as LexiconData;
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`the compiled lexicon (data/lexicon.json) is missing: run npm run build (${String(last)})`);
}

/**
 * Builds a lexicon from compiled data (the build step's format). The word list stays one
 * string: an index of line starts by first character, then binary search within it, so
 * loading costs one pass over the string and no map of every headword.
 */
export function lexiconFromData(data: LexiconData): Lexicon {
  const text = data.words;
  const starts: number[] = [];
  const buckets = new Map<number, [number, number]>();
  let maxWordLength = 1;
  for (let at = 0; at < text.length;) {
    const tab = text.indexOf('\t', at);
    if (tab < 0) break;
    const code = text.charCodeAt(at);
    const k = starts.length;
    const bucket = buckets.get(code);
    if (bucket) bucket[1] = k + 1;
    else buckets.set(code, [k, k + 1]);
    starts.push(at);
    if (tab - at > maxWordLength) maxWordLength = tab - at;
    const nl = text.indexOf('\n', tab);
    at = nl < 0 ? text.length : nl + 1;
  }
  const find = (word: string): string | undefined => {
    const bucket = buckets.get(word.charCodeAt(0));
    if (!bucket) return undefined;
    let lo = bucket[0];
    let hi = bucket[1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = starts[mid]!;
      const tab = text.indexOf('\t', at);
      const key = text.slice(at, tab);
      if (key === word) {
        const nl = text.indexOf('\n', tab);
        return text.slice(tab + 1, nl < 0 ? text.length : nl);
      }
      if (key < word) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  };
  const found = new Map<string, readonly string[] | null>();
  let readings: Map<string, string> | undefined;
  let names: Map<string, string> | undefined;
  const table = (lines: string) => {
    const m = new Map<string, string>();
    for (const line of lines.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return m;
  };
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
  return {
    glosses,
    has: (word) => glosses(word) !== undefined,
    reading(char) {
      readings ??= table(data.readings);
      return readings.get(char);
    },
    name(word) {
      names ??= table(data.names);
      return names.get(word);
    },
    maxWordLength,
    source: `${data.source}; ${data.licence}`,
  };
}
