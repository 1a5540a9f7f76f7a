/**
 * Cheap tests run before a pattern: a text that holds none of the words a pattern needs cannot
 * match it, and the pattern is then neither run nor compiled for it (V8 compiles a regular
 * expression on its first use, for each string encoding it meets; a run meets hundreds of
 * patterns, most of which the text gives nothing to).
 */

/**
 * Whether `text` holds one of `words`. For a case-insensitive pattern without the `u` flag, pass
 * the text in lower case and the words in lower case: such a pattern matches an ASCII letter of
 * its own only with an ASCII letter of the text, and lower-casing keeps every ASCII letter.
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per word (a run reads this in the interpreter)
  for (let k = 0; k < words.length; k++) if (text.includes(words[k]!)) return true;
  return false;
}

/**
 * What a text that holds `first`, then spaces or tabs, then `second` (`[ \t]+` in a pattern) holds
 * one of: `first` and `second` one space apart, or `first` before a tab, two spaces, or a space
 * and a tab. Tighter than asking for `first` alone, which may stand in many words (`rest` in
 * `interest`), and as sure: the run of blanks starts in one of these four ways.
 */
export function spacedWords(first: string, second: string): string[] {
  return [`${first} ${second}`, `${first}\t`, `${first}  `, `${first} \t`];
}

/**
 * Texts shorter than this are indexed by the pairs of their characters alone (`shortTextHolds`):
 * the set of characters, pairs and triples would cost more than it saves.
 */
const INDEXED_LENGTH = 64;

/**
 * A hash of two or three character codes, all 32 bits of it: a set of 2^n bits takes its top n
 * (`>>> (32 - n)`), so the sets of `textHolds` and of `textHoldsWord` share one mixing.
 */
function pairHash(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
}

function tripleHash(a: number, b: number, c: number): number {
  return pairHash(a, b) ^ Math.imul(c, 0xc2b2ae3d);
}

/** Bits of `textHoldsWord`'s sets of a text's character pairs and triples (powers of two). */
const PAIR_BITS = 1024;
const TRIPLE_BITS = 4096;
const PAIR_SHIFT = 32 - Math.log2(PAIR_BITS);
const TRIPLE_SHIFT = 32 - Math.log2(TRIPLE_BITS);

function pairSlot(a: number, b: number): number {
  return pairHash(a, b) >>> PAIR_SHIFT;
}

function tripleSlot(a: number, b: number, c: number): number {
  return tripleHash(a, b, c) >>> TRIPLE_SHIFT;
}

/**
 * `holdsAny` for many lists of words over one text: `textHolds(text)(words)` is
 * `holdsAny(text, words)`. The text's characters, pairs and triples of characters are hashed into
 * one bit set once, so a word with a character, pair or triple the text lacks is answered without a
 * scan of the text; only the others are looked for (the set may hold a gram the text lacks, never
 * the other way round, so the answer is the same). An extractor tests a paragraph for a dozen lists of words
 * or more, nearly all of which it holds none of.
 */
export function textHolds(text: string): (words: readonly string[]) => boolean {
  if (text.length < INDEXED_LENGTH) return shortTextHolds(text);
  const grams = gramsOf(text);
  return (words) => {
    // The slots of each list's words are found once, not at each test of each text.
    let slots = LIST_SLOTS.get(words);
    if (!slots) {
      slots = listSlots(words);
      LIST_SLOTS.set(words, slots);
    }
    let at = 0;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per word
    for (let k = 0; k < words.length; k++) {
      const count = slots[at++]!;
      let may = true;
      for (let j = at; j < at + count; j++) {
        const slot = slots[j]!;
        if ((grams[slot >> 5]! & (1 << (slot & 31))) === 0) {
          may = false;
          break;
        }
      }
      at += count;
      if (may && text.includes(words[k]!)) return true;
    }
    return false;
  };
}

/** The slot of a pair of character codes in the 256 bits of `shortTextHolds`'s set. */
function shortPairSlot(a: number, b: number): number {
  return pairHash(a, b) >>> 24;
}

/**
 * `holdsAny(text, words)` for many lists of words over one short text. The extractors of one call
 * ask some 250 words of a text, nearly all of which it lacks: a word is looked for only when the
 * text holds its first and its last pair of characters (hashed into 256 bits, so a pair the text
 * lacks may pass, never the other way round, and the answer is the same).
 */
export function shortTextHolds(text: string): (words: readonly string[]) => boolean {
  const pairs = new Int32Array(8);
  for (let k = 1; k < text.length; k++) {
    const p = shortPairSlot(text.charCodeAt(k - 1), text.charCodeAt(k));
    pairs[p >> 5]! |= 1 << (p & 31);
  }
  const mayHold = (word: string): boolean => {
    if (word.length < 2) return true;
    const first = shortPairSlot(word.charCodeAt(0), word.charCodeAt(1));
    if ((pairs[first >> 5]! & (1 << (first & 31))) === 0) return false;
    const last = shortPairSlot(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1));
    return (pairs[last >> 5]! & (1 << (last & 31))) !== 0;
  };
  return (words) => {
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per word
    for (let k = 0; k < words.length; k++) if (mayHold(words[k]!) && text.includes(words[k]!)) return true;
    return false;
  };
}

/**
 * Bits of the one set `textHolds` hashes a text's characters, pairs and triples of characters into
 * (a power of two): a paragraph sets some hundreds of them, so a word's gram the text lacks is
 * seldom taken for one it has (each such mistake costs a scan of the text).
 */
const GRAM_BITS = 1 << 15;
const GRAM_SHIFT = 32 - Math.log2(GRAM_BITS);

function charGram(a: number): number {
  return Math.imul(a ^ 0x5bd1e995, 0x27d4eb2d) >>> GRAM_SHIFT;
}

function pairGram(a: number, b: number): number {
  return pairHash(a, b) >>> GRAM_SHIFT;
}

function tripleGram(a: number, b: number, c: number): number {
  return tripleHash(a, b, c) >>> GRAM_SHIFT;
}

/**
 * For each list `textHolds` has met, its words' slots in the set, one word after the other: how
 * many, then the slots (a word's character, pair, or triples).
 */
const LIST_SLOTS = new WeakMap<readonly string[], Int32Array>();

function listSlots(words: readonly string[]): Int32Array {
  const out: number[] = [];
  for (const word of words) {
    if (word.length === 0) out.push(0);
    else if (word.length === 1) out.push(1, charGram(word.charCodeAt(0)));
    else if (word.length === 2) out.push(1, pairGram(word.charCodeAt(0), word.charCodeAt(1)));
    else {
      out.push(word.length - 2);
      for (let k = 2; k < word.length; k++) out.push(tripleGram(word.charCodeAt(k - 2), word.charCodeAt(k - 1), word.charCodeAt(k)));
    }
  }
  return Int32Array.from(out);
}

/** The set of a text's characters, pairs and triples of characters, hashed (see `textHolds`). */
function gramsOf(text: string): Int32Array {
  const grams = new Int32Array(GRAM_BITS >> 5);
  let a = -1;
  let b = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    let g = charGram(c);
    grams[g >> 5]! |= 1 << (g & 31);
    if (b >= 0) {
      g = pairGram(b, c);
      grams[g >> 5]! |= 1 << (g & 31);
      if (a >= 0) {
        g = tripleGram(a, b, c);
        grams[g >> 5]! |= 1 << (g & 31);
      }
    }
    a = b;
    b = c;
  }
  return grams;
}

/** The sets of a text's pairs and triples of characters, hashed (see `textHoldsWord`). */
function pairsAndTriplesOf(text: string): { pairs: Int32Array; triples: Int32Array } {
  const pairs = new Int32Array(PAIR_BITS >> 5);
  const triples = new Int32Array(TRIPLE_BITS >> 5);
  let a = -1;
  let b = text.charCodeAt(0);
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const p = pairSlot(b, c);
    pairs[p >> 5]! |= 1 << (p & 31);
    if (a >= 0) {
      const t = tripleSlot(a, b, c);
      triples[t >> 5]! |= 1 << (t & 31);
    }
    a = b;
    b = c;
  }
  return { pairs, triples };
}

/**
 * `text.includes(word)` for many words over one text, by the index `textHolds` describes (made
 * when the text is long enough for it to pay).
 */
export function textHoldsWord(text: string): (word: string) => boolean {
  if (text.length < INDEXED_LENGTH) return (word) => text.includes(word);
  const { pairs, triples } = pairsAndTriplesOf(text);
  /** Whether every pair (a word of two characters) or triple (a longer word) of `word` is in the sets. */
  const mayHold = (word: string): boolean => {
    if (word.length < 2) return true;
    if (word.length === 2) {
      const p = pairSlot(word.charCodeAt(0), word.charCodeAt(1));
      return (pairs[p >> 5]! & (1 << (p & 31))) !== 0;
    }
    for (let k = 2; k < word.length; k++) {
      const t = tripleSlot(word.charCodeAt(k - 2), word.charCodeAt(k - 1), word.charCodeAt(k));
      if ((triples[t >> 5]! & (1 << (t & 31))) === 0) return false;
    }
    return true;
  };
  return (word) => mayHold(word) && text.includes(word);
}
