/**
 * Chinese words by longest match over the lexicon, their glosses, and the pinyin of
 * Chinese text from the compiled character readings.
 */
import type { Lexicon } from './load.js';
import type { Readings } from './readings.js';

/** A word of Chinese text with its offsets; `glosses` is empty for a character the lexicon lacks. */
export interface ChineseWord {
  text: string;
  start: number;
  end: number;
  glosses: readonly string[];
}

/** Whether a UTF-16 code is a Han character of the BMP (unified, extension A or compatibility ideograph). */
export function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Splits the Han runs of `text` into dictionary words, longest match first (forward maximum
 * matching); a character no headword starts with stands alone. Other characters are skipped.
 */
export function segmentChinese(text: string, lexicon: Lexicon): ChineseWord[] {
  const out: ChineseWord[] = [];
  const max = lexicon.maxWordLength;
  let i = 0;
  while (i < text.length) {
    if (!isHanCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < text.length && runEnd - i < max && isHanCode(text.charCodeAt(runEnd))) runEnd++;
    let best = 0;
    let bestGlosses: readonly string[] | undefined;
    if (lexicon.longestWord) {
      best = runEnd - i >= 2 ? lexicon.longestWord(text, i, runEnd) : 0;
      if (best > 0) bestGlosses = lexicon.glosses(text.slice(i, best));
    } else {
      for (let end = i + 2; end <= runEnd; end++) {
        const word = text.slice(i, end);
        if (!lexicon.hasPrefix(word)) break;
        const glosses = lexicon.glosses(word);
        if (glosses) {
          best = end;
          bestGlosses = glosses;
        }
      }
    }
    if (bestGlosses) {
      out.push({ text: text.slice(i, best), start: i, end: best, glosses: bestGlosses });
      i = best;
      continue;
    }
    const ch = text[i]!;
    out.push({ text: ch, start: i, end: i + 1, glosses: lexicon.glosses(ch) ?? [] });
    i++;
  }
  return out;
}

/** The English lemmas that translate the words of a Chinese text (for `pair`'s `lexicon` hook). */
export function glossesOf(text: string, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const w of segmentChinese(text, lexicon)) for (const g of w.glosses) out.add(g);
  return out;
}

/**
 * Toneless pinyin of each character of `text` from CC-CEDICT's readings: words that read
 * otherwise than their characters by longest match (`重庆` → `['chong', 'qing']`), other
 * characters by the reading they have most often in words (`重` → `zhong`); with `surname`,
 * the first character as a surname (`曾` → `zeng`). A character without a reading gives `''`.
 */
export function pinyinOf(text: string, readings: Readings, surname = false): string[] {
  if (!SURROGATE.test(text)) return pinyinOfBmp(text, readings, surname);
  const chars = [...text];
  const out: string[] = [];
  const candidates: string[] = [];
  for (let i = 0; i < chars.length;) {
    let matched = 0;
    // Only a character that starts some word reading is looked up with the characters after it.
    if (!(surname && i === 0) && i + 1 < chars.length && (readings.startsWord?.(chars[i]!) ?? true)) {
      const longest = Math.min(4, chars.length - i);
      let word = chars[i]!;
      candidates.length = 0;
      for (let n = 2; n <= longest; n++) candidates.push(word += chars[i + n - 1]!);
      for (let n = longest; n >= 2; n--) {
        const spoken = readings.wordReading(candidates[n - 2]!);
        if (spoken) {
          for (const syllable of spoken.split(' ')) out.push(syllable);
          matched = n;
          break;
        }
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const c = chars[i]!;
    out.push((surname && i === 0 ? readings.surnameReading(c) : readings.reading(c)) ?? '');
    i++;
  }
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Readings and word starts of characters already asked, by UTF-16 code (BMP characters only). */
interface CharMemo {
  /** 0: not asked yet; 1: a reading (in `reading`); 2: no reading. */
  state: Uint8Array;
  reading: string[];
  /** 0: not asked yet; 1: starts a word reading; 2: does not. */
  starts: Uint8Array;
  /** Two characters (`code << 16 | code`) some word reading starts with (true) or none does (false). */
  pairs: Map<number, boolean>;
  /**
   * Words of two to four characters asked for a word reading: the reading, or `''` for none. A
   * document asks a few hundred of them again and again (each a search of the readings' data).
   */
  words: Map<string, string>;
}

/** Most character pairs a memo keeps (beyond them, pairs are looked up each time). */
const MAX_PAIRS = 1 << 18;
/** Most words a memo keeps the word reading of. */
const MAX_WORDS = 1 << 16;

/** One memo per readings object (static data loaded once): lookups by code instead of by string. */
const MEMOS = new WeakMap<Readings, CharMemo>();

function memoOf(readings: Readings): CharMemo {
  let memo = MEMOS.get(readings);
  if (!memo) {
    memo = { state: new Uint8Array(0x10000), reading: [], starts: new Uint8Array(0x10000), pairs: new Map(), words: new Map() };
    MEMOS.set(readings, memo);
  }
  return memo;
}

/** The pinyin of a text's characters, and which characters a word reading holds after its first. */
export interface CharPinyin {
  /** As `pinyinOf` gives them: one a UTF-16 code when `inWord` is set. */
  syllables: string[];
  /** 1 at a character inside a word read as a whole, after its first; absent when syllables are not one a code. */
  inWord?: Uint8Array;
}

/**
 * `pinyinOf(text, readings)` with where its word readings lie: a piece of the text whose ends no
 * word reading crosses reads as the same piece of the syllables.
 */
export function pinyinByChar(text: string, readings: Readings): CharPinyin {
  if (SURROGATE.test(text)) return { syllables: pinyinOf(text, readings) };
  const inWord = new Uint8Array(text.length + 1);
  const syllables = pinyinOfBmp(text, readings, false, inWord);
  return syllables.length === text.length && inWord[text.length] === 0 ? { syllables, inWord } : { syllables };
}

/** The word reading of `word` (undefined for none), asked of the readings once a word while the memo has room. */
function wordReadingOf(word: string, readings: Readings, memo: CharMemo): string | undefined {
  let spoken = memo.words.get(word);
  if (spoken === undefined) {
    spoken = readings.wordReading(word) ?? '';
    if (memo.words.size < MAX_WORDS) memo.words.set(word, spoken);
  }
  return spoken === '' ? undefined : spoken;
}

/**
 * `pinyinOf` for text without characters outside the BMP: a character is one UTF-16 code.
 * With `inWord`, marks the characters of each word reading after its first (and sets
 * `inWord[text.length]` when a word reading has not one syllable a character).
 */
function pinyinOfBmp(text: string, readings: Readings, surname: boolean, inWord?: Uint8Array): string[] {
  const memo = memoOf(readings);
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    let matched = 0;
    const code = text.charCodeAt(i);
    if (!(surname && i === 0) && i + 1 < n) {
      let starts = memo.starts[code]!;
      if (starts === 0) {
        starts = (readings.startsWord?.(text[i]!) ?? true) ? 1 : 2;
        memo.starts[code] = starts;
      }
      if (starts === 1 && readings.startsWordWith) {
        // No word reading starts with the two characters: none of 2 to 4 starting here is asked.
        const pair = code * 0x10000 + text.charCodeAt(i + 1);
        let known = memo.pairs.get(pair);
        if (known === undefined) {
          known = readings.startsWordWith(text.slice(i, i + 2));
          if (memo.pairs.size < MAX_PAIRS) memo.pairs.set(pair, known);
        }
        if (!known) starts = 2;
      }
      if (starts === 1) {
        for (let length = Math.min(4, n - i); length >= 2; length--) {
          const spoken = wordReadingOf(text.slice(i, i + length), readings, memo);
          if (spoken) {
            const before = out.length;
            for (const syllable of spoken.split(' ')) out.push(syllable);
            matched = length;
            if (inWord) {
              for (let k = i + 1; k < i + length; k++) inWord[k] = 1;
              if (out.length - before !== length) inWord[n] = 1;
            }
            break;
          }
        }
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    if (surname && i === 0) out.push(readings.surnameReading(text[i]!) ?? '');
    else {
      let state = memo.state[code]!;
      if (state === 0) {
        const found = readings.reading(text[i]!);
        state = found === undefined ? 2 : 1;
        if (found !== undefined) memo.reading[code] = found;
        memo.state[code] = state;
      }
      out.push(state === 1 ? memo.reading[code]! : '');
    }
    i++;
  }
  return out;
}
