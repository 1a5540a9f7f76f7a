/**
 * A lexical translation score for an English/Chinese text pair: Chinese dictionary words
 * mapped to their glosses and matched against English lemmas, both ways, each word weighted
 * by its rarity in the document, plus names matched by pinyin, numbers, `?`, `!` and quotes.
 */
import { englishWords, lemma, STOP_WORDS } from './english.js';
import { isHanCode, pinyinByChar, pinyinOf, segmentChinese } from './chinese.js';
import type { Lexicon } from './load.js';
import { loadReadings } from './readings.js';
import { textHoldsWord } from '../locales/needs.js';

/** What the score reads of one English text. */
export interface EnglishBag {
  /** Distinct content lemmas. */
  lemmas: string[];
  /** Capitalized words (lower case), candidates for names written in pinyin. */
  names: string[];
  /** Pseudo-words, each once: numbers (`#12`), `?`, `!`, `"`. */
  marks: string[];
}

/** What the score reads of one Chinese text. */
export interface ChineseBag {
  /** Distinct dictionary words with their glosses (words the lexicon lacks are left out). */
  words: { text: string; glosses: readonly string[] }[];
  /** Toneless pinyin of the text's characters, run together (worked out on first reading). */
  readonly pinyin: string;
  /** Pseudo-words, as in `EnglishBag`. */
  marks: string[];
}

/** Inverse document frequencies of English lemmas and Chinese words over a document's texts. */
export interface Idf {
  en: Map<string, number>;
  zh: Map<string, number>;
  /** Weight of a word seen in none of the document's texts. */
  unseen: number;
}

const MARK_WEIGHT = 1;
/** Chinese bags around the first one asked whose pinyin matches of an English bag's names are kept in an array. */
const PINYIN_WINDOW = 48;
/** Entries a memo of name look-ups outside that window holds before it is emptied (see `beadMatcher`). */
const MEMO_MOST = 1 << 20;
const NAME_WEIGHT = 3;
/** Chinese sides of beads whose glosses a bead matcher keeps marked (see `beadMatcher`). */
const GLOSS_SIDES = 4;

/**
 * A number of a text: ASCII or full-width digits, groups joined by one `.` or `,` (what
 * `\d+(?:[.,]\d+)*` finds once full-width digits are read as ASCII). Matched in one native scan:
 * a long block holds few numbers, and a loop over its codes in script cost more.
 */
const NUMBER = /[0-9０-９]+(?:[.,][0-9０-９]+)*/g;

/**
 * The marks of a text (`EnglishBag.marks`): each number as `#` and its digits (full-width ones
 * read as ASCII, separators and leading zeros left out), once, in order of first use; then `?`,
 * `!` and `"` when the text holds a character that stands for them (`wide`: a Chinese text, whose
 * `？！` and corner brackets count too).
 */
function marksOf(text: string, wide: boolean): string[] {
  const numbers = text.match(NUMBER) ?? [];
  // A few keys are searched for repeats in place; many go through a set.
  const many = numbers.length > 16;
  let marks: string[] = [];
  for (const number of numbers) {
    const key = `#${digitsOf(number)}`;
    if (many || !marks.includes(key)) marks.push(key);
  }
  if (many) marks = Array.from(new Set(marks));
  if (text.includes('?') || (wide && text.includes('？'))) marks.push('?');
  if (text.includes('!') || (wide && text.includes('！'))) marks.push('!');
  if ((wide ? WIDE_QUOTE : QUOTE).test(text)) marks.push('"');
  return marks;
}

const QUOTE = /["“”]/;
const WIDE_QUOTE = /[“”"「」『』]/;

/** The digits of a number as ASCII, separators and leading zeros (all but the last digit) left out. */
function digitsOf(number: string): string {
  let plain = number.charCodeAt(0) !== 48 || number.length === 1;
  for (let k = 0; k < number.length && plain; k++) plain = number.charCodeAt(k) <= 57 && number.charCodeAt(k) >= 48;
  if (plain) return number;
  let out = '';
  for (let k = 0; k < number.length; k++) {
    const c = number.charCodeAt(k);
    if (c >= 0xff10) out += String.fromCharCode(c - 0xfee0);
    else if (c >= 48) out += number[k]!;
  }
  let zeros = 0;
  while (zeros < out.length - 1 && out.charCodeAt(zeros) === 48) zeros++;
  return zeros > 0 ? out.slice(zeros) : out;
}

/** The bag of an English text. */
export function englishBag(text: string): EnglishBag {
  return englishBlockBag(text);
}

/**
 * The bag of an English block whose sentences `englishBagWithin` reads later: each word's
 * reading is kept in `cache` with where it starts.
 */
export function englishBlockBag(text: string, cache?: ChineseBlockCache): EnglishBag {
  // One reading of the words for both lists: the content lemmas (as `contentLemmas`) and the names,
  // each list in order of first use, with each one's place in it.
  const lemmas: string[] = [];
  const names: string[] = [];
  const lemmaIds = new Map<string, number>();
  const nameIds = new Map<string, number>();
  const all = englishWords(text);
  const kept: EnglishReading | undefined = cache
    ? { at: new Int32Array(all.length), lemmaIds: new Int32Array(all.length).fill(-1), nameIds: new Int32Array(all.length).fill(-1), lemmas, names }
    : undefined;
  // Where the word after the last one starts looking: no letter stands between two words.
  let from = 0;
  for (let k = 0; k < all.length; k++) {
    const word = all[k]!;
    if (kept) {
      from = text.indexOf(word, from);
      kept.at[k] = from;
      from += word.length;
    }
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    if (lower.length >= 2) {
      const l = lemma(lower);
      if (!STOP_WORDS.has(l)) {
        const id = numberIn(lemmaIds, l);
        if (id === lemmas.length) lemmas.push(l);
        if (kept) kept.lemmaIds[k] = id;
      }
    }
    if (word.length >= 3 && CAPITALIZED.test(word)) {
      const id = numberIn(nameIds, lower);
      if (id === names.length) names.push(lower);
      if (kept) kept.nameIds[k] = id;
    }
  }
  if (cache && kept) cache.english.set(text, kept);
  // The reading holds the bag's own lists (no reader changes a bag).
  return { lemmas, names, marks: englishMarks(text) };
}

function englishMarks(text: string): string[] {
  return marksOf(text, false);
}

/**
 * The bag of the piece `[start, end)` of an English block the cache read (else of the piece's
 * text): its lemmas and names are those of the block's words inside it, in order, when no word
 * runs across its ends (a word is a run of letters and apostrophes, which sentences end outside of).
 */
export function englishBagWithin(blockText: string, start: number, end: number, cache?: ChineseBlockCache): EnglishBag {
  const reading = cache?.english.get(blockText);
  const text = blockText.slice(start, end);
  if (!reading || cutsWord(blockText, start) || cutsWord(blockText, end)) return englishBag(text);
  const lemmas: string[] = [];
  const names: string[] = [];
  // The block's lemmas and names met already, by their places in the block's lists: no set of strings.
  const lemmaSeen = new Array<boolean>(reading.lemmas.length).fill(false);
  const nameSeen = new Array<boolean>(reading.names.length).fill(false);
  const at = reading.at;
  // The first word starting at `start` or after, by bisection.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < at.length && at[k]! < end; k++) {
    const l = reading.lemmaIds[k]!;
    if (l >= 0 && !lemmaSeen[l]) {
      lemmaSeen[l] = true;
      lemmas.push(reading.lemmas[l]!);
    }
    const n = reading.nameIds[k]!;
    if (n >= 0 && !nameSeen[n]) {
      nameSeen[n] = true;
      names.push(reading.names[n]!);
    }
  }
  return { lemmas, names, marks: englishMarks(text) };
}

/** Whether a word character (a letter or an apostrophe) stands on both sides of `k` in `text`. */
function cutsWord(text: string, k: number): boolean {
  return k > 0 && k < text.length && isWordCode(text.charCodeAt(k - 1)) && isWordCode(text.charCodeAt(k));
}

function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019;
}

/**
 * An English block's words as `englishBag` read them: where each starts, and the place of its
 * lemma and of its name (-1: a word the bag leaves out) in the block's lists of each, in order
 * of first use.
 */
interface EnglishReading {
  at: Int32Array;
  lemmaIds: Int32Array;
  nameIds: Int32Array;
  lemmas: readonly string[];
  names: readonly string[];
}

const CAPITALIZED = /^[A-Z][a-z]+$/;

/** The bag of a Chinese text; with `cache`, the text is a block whose sentences `chineseBagWithin` reads later. */
export function chineseBag(text: string, lexicon: Lexicon, cache?: ChineseBlockCache): ChineseBag {
  // Each distinct word's place in `words`.
  const seen = new Map<string, number>();
  const words: ChineseBag['words'] = [];
  const kept = cache ? { at: [] as number[], glosses: [] as (readonly string[])[], ids: [] as number[] } : undefined;
  const all = segmentChinese(text, lexicon);
  // An index loop: no iterator result per word.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let k = 0; k < all.length; k++) {
    const w = all[k]!;
    if (w.glosses.length === 0) continue;
    const id = numberIn(seen, w.text);
    if (id === words.length) words.push(w);
    if (kept) {
      kept.at.push(w.start, w.end);
      kept.glosses.push(w.glosses);
      kept.ids.push(id);
    }
  }
  let block: BlockReading | undefined;
  if (cache && kept) {
    block = { words: Int32Array.from(kept.at), glosses: kept.glosses, ids: Int32Array.from(kept.ids), distinct: words.length };
    cache.blocks.set(text, block);
  }
  // Only a capitalized English word that no gloss accounts for is looked for in the pinyin.
  let pinyin: string | undefined;
  return {
    words,
    get pinyin() {
      pinyin ??= block ? blockPinyin(text, block).text : pinyinOf(text, loadReadings()).join('');
      return pinyin;
    },
    marks: chineseMarks(text),
  };
}

function chineseMarks(text: string): string[] {
  return marksOf(text, true);
}

/**
 * What a run read of its blocks while pairing them, kept for their sentences: each Chinese block's
 * dictionary words and the pinyin of its characters (`blocks`), each English block's words
 * (`english`). The run makes one (`chineseBlockCache`) and passes it to the stages; it holds what
 * it read until the run ends.
 */
export interface ChineseBlockCache {
  readonly blocks: Map<string, BlockReading>;
  readonly english: Map<string, EnglishReading>;
}

/**
 * A block's glossed words (`[start, end)` pairs, their glosses, and which of the block's
 * `distinct` words each is, numbered in order of first use) and, once asked, its pinyin.
 */
interface BlockReading {
  words: Int32Array;
  glosses: (readonly string[])[];
  ids: Int32Array;
  distinct: number;
  pinyin?: BlockPinyin;
}

/**
 * A block's toneless pinyin run together; when each character has its syllable (`CharPinyin`'s
 * `inWord` set), where each character's syllable starts in it (`at`, one past the last too) and
 * which characters a word reading holds after its first.
 */
interface BlockPinyin {
  text: string;
  at?: Int32Array;
  inWord?: Uint8Array;
}

/** An empty cache for one run. */
export function chineseBlockCache(): ChineseBlockCache {
  return { blocks: new Map(), english: new Map() };
}

/**
 * The block's pinyin, worked out on first asking: one string and an offset a character rather
 * than an array of syllables, since a run keeps it for every Chinese block until the run ends.
 */
function blockPinyin(text: string, block: BlockReading): BlockPinyin {
  if (block.pinyin === undefined) {
    const { syllables, inWord } = pinyinByChar(text, loadReadings());
    if (inWord) {
      const at = new Int32Array(syllables.length + 1);
      for (let k = 0; k < syllables.length; k++) at[k + 1] = at[k]! + syllables[k]!.length;
      block.pinyin = { text: syllables.join(''), at, inWord };
    } else block.pinyin = { text: syllables.join('') };
  }
  return block.pinyin;
}

/**
 * The bag of the sentence `[start, end)` of a block the cache read (else of the sentence's text):
 * its words are the block's words inside it, since sentences end after a mark that no Han run
 * crosses; its pinyin is the block's characters' when no word reading crosses its ends.
 */
export function chineseBagWithin(blockText: string, start: number, end: number, lexicon: Lexicon, cache?: ChineseBlockCache): ChineseBag {
  const block = cache?.blocks.get(blockText);
  const text = blockText.slice(start, end);
  if (!block || !cutsHanRuns(blockText, start, end)) return chineseBag(text, lexicon);
  // The block's words met already, by their numbers: no set of their texts.
  const seen = new Array<boolean>(block.distinct).fill(false);
  const words: ChineseBag['words'] = [];
  const at = block.words;
  // The first word ending after `start`, by bisection.
  let lo = 0;
  let hi = at.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid * 2 + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < at.length >> 1 && at[k * 2 + 1]! <= end; k++) {
    const id = block.ids[k]!;
    if (seen[id]) continue;
    seen[id] = true;
    words.push({ text: blockText.slice(at[k * 2], at[k * 2 + 1]), glosses: block.glosses[k]! });
  }
  let pinyin: string | undefined;
  return {
    words,
    get pinyin() {
      if (pinyin === undefined) {
        const read = blockPinyin(blockText, block);
        pinyin = read.at && read.inWord && !read.inWord[start] && (end >= blockText.length || !read.inWord[end])
          ? read.text.slice(read.at[start], read.at[end])
          : pinyinOf(text, loadReadings()).join('');
      }
      return pinyin;
    },
    marks: chineseMarks(text),
  };
}

/** Whether `[start, end)` holds whole Han runs of `text` only (no Han character on both sides of an end). */
function cutsHanRuns(text: string, start: number, end: number): boolean {
  const han = (k: number) => k >= 0 && k < text.length && isHanCode(text.charCodeAt(k));
  return !(han(start - 1) && han(start)) && !(han(end - 1) && han(end));
}

/**
 * Inverse document frequencies (`log(1 + n / df)`) of the lemmas of English texts and the
 * words of Chinese texts, from their bags.
 */
export function idfOfBags(en: readonly EnglishBag[], zh: readonly ChineseBag[]): Idf {
  // Document frequencies, then turned into idf in place.
  const idf = (df: Map<string, number>, bags: number) => {
    const n = Math.max(1, bags);
    // `forEach` rather than `for...of`: no entry array per word (setting a key it holds adds none).
    df.forEach((d, k) => df.set(k, Math.log(1 + n / d)));
    return df;
  };
  // Index loops: no iterator result per word.
  /* eslint-disable @typescript-eslint/prefer-for-of */
  const enDf = new Map<string, number>();
  for (let b = 0; b < en.length; b++) {
    const lemmas = en[b]!.lemmas;
    for (let k = 0; k < lemmas.length; k++) enDf.set(lemmas[k]!, (enDf.get(lemmas[k]!) ?? 0) + 1);
  }
  const zhDf = new Map<string, number>();
  for (let b = 0; b < zh.length; b++) {
    const words = zh[b]!.words;
    for (let k = 0; k < words.length; k++) zhDf.set(words[k]!.text, (zhDf.get(words[k]!.text) ?? 0) + 1);
  }
  /* eslint-enable @typescript-eslint/prefer-for-of */
  const n = Math.max(1, en.length, zh.length);
  return { en: idf(enDf, en.length), zh: idf(zhDf, zh.length), unseen: Math.log(1 + n) };
}

/** Inverse document frequencies over the English and Chinese texts of a document. */
export function documentIdf(en: readonly string[], zh: readonly string[], lexicon: Lexicon): Idf {
  return idfOfBags(en.map(englishBag), zh.map((t) => chineseBag(t, lexicon)));
}

/** Matched and total weight of a bead of bags, both sides together. */
export interface BagMatch {
  matched: number;
  total: number;
}

/**
 * Matches English bags against Chinese bags (a bead of sentences on each side):
 * English lemmas found among the Chinese words' glosses, Chinese words with a gloss among
 * the English lemmas, English capitalized words found in the Chinese pinyin, shared marks.
 */
export function matchBags(en: readonly EnglishBag[], zh: readonly ChineseBag[], idf?: Idf): BagMatch {
  return beadMatcher(en, zh, idf)(0, en.length, 0, zh.length);
}

/** The match of every bead of a document's bags: `(i, di, j, dj)` matches `en[i, i + di)` with `zh[j, j + dj)`. */
export type BeadMatcher = ((i: number, di: number, j: number, dj: number) => BagMatch) & {
  /**
   * What block `k` of a bead (of the Chinese side when `zhSide`, else of the English) adds to the
   * bead's matched word weight: its words that the other side translates and the rest of its side
   * does not already cover, each English lemma and Chinese word counted once per bead, by idf
   * (names in pinyin count; numbers and marks do not). 0 for a block adding nothing new.
   */
  gain: (i: number, di: number, j: number, dj: number, k: number, zhSide: boolean) => number;
};

/**
 * Asks `beadMatcher` to weigh words by their rarity in its own bags, as `idfOfBags` of the same
 * bags would, counting each word's bags on its number rather than in maps keyed by the word.
 */
export const OWN_IDF = 'own';

/**
 * Prepares a document's bags for matching many beads of them: every word, gloss and mark is
 * numbered once and weighed once, so a bead is matched by walking arrays of numbers and marking
 * what it has seen with the call's stamp, without a set or a string lookup. Gives what
 * `matchBags` gives on the same bags, added up in the same order.
 */
export function beadMatcher(en: readonly EnglishBag[], zh: readonly ChineseBag[], idf?: Idf | typeof OWN_IDF): BeadMatcher {
  // One numbering for English lemmas and glosses (they are compared), one for Chinese words, one for marks.
  const words = new Map<string, number>();
  const texts = new Map<string, number>();
  const marks = new Map<string, number>();
  // Each bag's lists of numbers and weights are views on shared buffers (`Arena`), not a buffer each.
  const ints = new Arena((n) => new Int32Array(n));
  const floats = new Arena((n) => new Float64Array(n));
  const enLemmas = en.map((b) => numbers(words, b.lemmas, (l) => l, ints));
  const zhTexts = zh.map((b) => numbers(texts, b.words, (w) => w.text, ints));
  // Each word's weight is worked out once, by its number, rather than looked up at each bag holding it.
  const given = idf === OWN_IDF ? undefined : idf;
  const unseen = given?.unseen ?? 1;
  const enWeights = weightsOf(enLemmas, words.size, floats, idf === OWN_IDF ? undefined : (k, b) => given?.en.get(en[b]!.lemmas[k]!) ?? unseen);
  const zhWeights = weightsOf(zhTexts, texts.size, floats, idf === OWN_IDF ? undefined : (k, b) => given?.zh.get(zh[b]!.words[k]!.text) ?? unseen);
  const enNames = en.map((b) => b.names);
  const nameIds = new Map<string, number>();
  const enNameIds = en.map((b) => numbers(nameIds, b.names, (n) => n, ints));
  const enNameLemmas = en.map((b) => numbers(words, b.names, lemma, ints));
  const enMarks = en.map((b) => numbers(marks, b.marks, (m) => m, ints));
  // Glosses of each Chinese bag that some English word may meet (numbered already), word after word.
  const numbered = numberedGlosses(words, ints);
  const zhFrom: Int32Array[] = [];
  const zhGlosses: Int32Array[] = [];
  for (const b of zh) {
    const { from, glosses } = numbered(b.words);
    zhFrom.push(from);
    zhGlosses.push(glosses);
  }
  const zhMarks = zh.map((b) => numbers(marks, b.marks, (m) => m, ints));
  // Whether a capitalized English word is found in a Chinese bag's pinyin: for the names of each
  // English bag, in a window of Chinese bags around the first one asked (1 found, 2 not, 0 not
  // asked yet); outside its window, by name number and bag.
  const windowStart = new Int32Array(en.length).fill(-1);
  const nearby: (Int8Array | undefined)[] = [];
  const farther = new Map<number, boolean>();
  // Each Chinese bag's pinyin with an index of its pairs and triples of letters (`textHoldsWord`),
  // made when a name is first looked for in it: most names are not there.
  const pinyinHolds: ((word: string) => boolean)[] = [];
  const inPinyin = (z: number, name: string): boolean => (pinyinHolds[z] ??= textHoldsWord(zh[z]!.pinyin))(name);
  const foundIn = (b: number, k: number, z: number): boolean => {
    if (windowStart[b] === -1) {
      windowStart[b] = Math.max(0, z - (PINYIN_WINDOW >> 1));
      nearby[b] = new Int8Array(enNames[b]!.length * PINYIN_WINDOW);
    }
    const off = z - windowStart[b]!;
    if (off >= 0 && off < PINYIN_WINDOW) {
      const memo = nearby[b]!;
      const at = k * PINYIN_WINDOW + off;
      if (memo[at] === 0) memo[at] = inPinyin(z, enNames[b]![k]!) ? 1 : 2;
      return memo[at] === 1;
    }
    const key = enNameIds[b]![k]! * zh.length + z;
    let known = farther.get(key);
    if (known === undefined) {
      known = inPinyin(z, enNames[b]![k]!);
      // Only a memo: emptied when full, before a Map's limit (2^24 entries) or memory runs out.
      if (farther.size >= MEMO_MOST) farther.clear();
      farther.set(key, known);
    }
    return known;
  };
  // What a bead holds, marked with the stamp of the call that saw it: the glosses of its
  // Chinese words first, so that an English word is looked up in them by one read.
  const lemmaSeen = new Uint32Array(words.size);
  const namedSeen = new Uint32Array(words.size);
  const textSeen = new Uint32Array(texts.size);
  const enMarkSeen = new Uint32Array(marks.size);
  const zhMarkSeen = new Uint32Array(marks.size);
  let stamp = 0;
  // The glosses of the Chinese sides read last, each side's in an array of its own marked with the
  // stamp of the call that read it (`glossKey`: `j`, `dj` and `skipZh` of the side; `glossUsed`: when
  // it was last read, so the longest unread one gives way): a search asks beads over a few Chinese
  // sides in turn (one cell's moves, a block's neighbours), and `gain` asks a bead again leaving out
  // an English block, over the same Chinese side.
  const glossSeen: Uint32Array[] = [];
  for (let e = 0; e < GLOSS_SIDES; e++) glossSeen.push(new Uint32Array(words.size));
  const glossStamp = new Uint32Array(GLOSS_SIDES);
  const glossKey = new Float64Array(GLOSS_SIDES).fill(-1);
  const glossUsed = new Uint32Array(GLOSS_SIDES);
  // The match of a bead leaving out English block `skipEn` and Chinese block `skipZh` (-1: none);
  // `enMatched` holds the matched weight of the English lemmas and names, `zhMatched` of the
  // Chinese words (marks left out of both).
  let enMatched = 0;
  let zhMatched = 0;
  // Index loops: a run spends most of its time in V8's interpreter, where `for...of` makes an
  // iterator result object for every element. A typed array's length and a loop's end are read
  // once a loop: in V8's baseline code each read of `.length` calls the typed array's getter
  // (about a quarter of a million calls in the seed run, some 10% of its instructions here).
  const core = (i: number, di: number, j: number, dj: number, skipEn: number, skipZh: number): BagMatch => {
    stamp++;
    const key = (j * 8 + dj) * (zh.length + 2) + skipZh + 1;
    let side = 0;
    while (side < GLOSS_SIDES && glossKey[side] !== key) side++;
    if (side === GLOSS_SIDES) {
      side = 0;
      for (let e = 1; e < GLOSS_SIDES; e++) if (glossUsed[e]! < glossUsed[side]!) side = e;
      const marks = glossSeen[side]!;
      for (let b = j; b < j + dj; b++) {
        if (b === skipZh) continue;
        const glosses = zhGlosses[b]!;
        for (let g = 0, n = glosses.length; g < n; g++) marks[glosses[g]!] = stamp;
      }
      glossStamp[side] = stamp;
      glossKey[side] = key;
    }
    glossUsed[side] = stamp;
    const glossMarks = glossSeen[side]!;
    const glossed = glossStamp[side]!;
    for (let b = i; b < i + di; b++) {
      if (b === skipEn) continue;
      const names = enNames[b]!;
      const nameLemmas = enNameLemmas[b]!;
      for (let k = 0; k < names.length; k++) {
        const l = nameLemmas[k]!;
        if (namedSeen[l] === stamp || glossMarks[l] === glossed) continue;
        for (let z = j; z < j + dj; z++) {
          if (z !== skipZh && foundIn(b, k, z)) {
            namedSeen[l] = stamp;
            break;
          }
        }
      }
    }
    let matched = 0;
    let total = 0;
    for (let b = i; b < i + di; b++) {
      if (b === skipEn) continue;
      const lemmas = enLemmas[b]!;
      const weights = enWeights[b]!;
      for (let k = 0, n = lemmas.length; k < n; k++) {
        const l = lemmas[k]!;
        if (lemmaSeen[l] === stamp) continue;
        lemmaSeen[l] = stamp;
        const w = weights[k]!;
        total += w;
        if (glossMarks[l] === glossed) matched += w;
        else if (namedSeen[l] === stamp) {
          matched += w + NAME_WEIGHT;
          total += NAME_WEIGHT;
        }
      }
    }
    enMatched = matched;
    for (let b = j; b < j + dj; b++) {
      if (b === skipZh) continue;
      const ids = zhTexts[b]!;
      const weights = zhWeights[b]!;
      const from = zhFrom[b]!;
      const glosses = zhGlosses[b]!;
      // Where each word's glosses end is where the next one's start: one read a word.
      let end = from[0]!;
      for (let k = 0, n = ids.length; k < n; k++) {
        const start = end;
        end = from[k + 1]!;
        const t = ids[k]!;
        if (textSeen[t] === stamp) continue;
        textSeen[t] = stamp;
        const w = weights[k]!;
        total += w;
        for (let g = start; g < end; g++) {
          if (lemmaSeen[glosses[g]!] === stamp) {
            matched += w;
            break;
          }
        }
      }
    }
    zhMatched = matched - enMatched;
    let zhMarkCount = 0;
    for (let b = j; b < j + dj; b++) {
      if (b === skipZh) continue;
      const bagMarks = zhMarks[b]!;
      for (let k = 0, n = bagMarks.length; k < n; k++) {
        const m = bagMarks[k]!;
        if (zhMarkSeen[m] === stamp) continue;
        zhMarkSeen[m] = stamp;
        zhMarkCount++;
      }
    }
    for (let b = i; b < i + di; b++) {
      if (b === skipEn) continue;
      const bagMarks = enMarks[b]!;
      for (let k = 0, n = bagMarks.length; k < n; k++) {
        const m = bagMarks[k]!;
        if (enMarkSeen[m] === stamp) continue;
        enMarkSeen[m] = stamp;
        total += MARK_WEIGHT;
        if (zhMarkSeen[m] === stamp) matched += 2 * MARK_WEIGHT;
      }
    }
    total += MARK_WEIGHT * zhMarkCount;
    return { matched, total };
  };
  // The whole bead's match, kept for the last bead `gain` was asked of: it is asked for each block
  // of one bead in turn, and a search asks a merge's stranger blocks before its share (`match`).
  let lastBead = -1;
  let lastAll = 0;
  let lastMatch: BagMatch | undefined;
  const beadKey = (i: number, di: number, j: number, dj: number): number => ((i * 8 + di) * (zh.length + 1) + j) * 8 + dj;
  const match = ((i: number, di: number, j: number, dj: number) =>
    (lastMatch !== undefined && beadKey(i, di, j, dj) === lastBead ? lastMatch : core(i, di, j, dj, -1, -1))) as BeadMatcher;
  match.gain = (i, di, j, dj, k, zhSide) => {
    const bead = beadKey(i, di, j, dj);
    if (bead !== lastBead) {
      lastMatch = core(i, di, j, dj, -1, -1);
      lastAll = enMatched + zhMatched;
      lastBead = bead;
    }
    const all = lastAll;
    core(i, di, j, dj, zhSide ? -1 : k, zhSide ? k : -1);
    return Math.max(0, all - enMatched - zhMatched);
  };
  return match;
}

/**
 * The number of `key` in `ids`, which numbers keys 0, 1, 2, … in the order they are first asked
 * for: a key not met before takes the next number.
 */
export function numberIn(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/**
 * The one empty list of numbers and of weights that every bag without names, marks or words
 * shares: most blocks have no name or mark, and a typed array of its own (with its buffer) for
 * each took a few hundred bytes a block. Never written.
 */
const NO_NUMBERS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);

/**
 * Short typed arrays handed out as views on buffers of 4,096 elements: a document of many short
 * blocks needs four or five lists of numbers a block, and a buffer of its own for each (its
 * array buffer, its backing store, its share of the memory V8 counts outside its heap, which
 * brings on full collections) weighed more than the numbers. A list longer than a buffer gets
 * one of its own. Views are never handed out twice, and no list is written after it is filled.
 */
export class Arena<A extends Int32Array | Float64Array> {
  private buffer: A | undefined;
  private used = 0;

  constructor(private readonly make: (length: number) => A) {}

  /** A fresh list of `length` zeros. */
  take(length: number): A {
    if (length > ARENA_SIZE >> 2) return this.make(length);
    if (!this.buffer || this.used + length > this.buffer.length) {
      this.buffer = this.make(ARENA_SIZE);
      this.used = 0;
    }
    const out = this.buffer.subarray(this.used, this.used + length) as A;
    this.used += length;
    return out;
  }
}

/** Elements of each buffer of an `Arena`. */
const ARENA_SIZE = 1 << 12;

/** The numbers (in `ids`, numbering keys not met before) of the keys of `items`. */
function numbers<T>(ids: Map<string, number>, items: readonly T[], keyOf: (item: T) => string, arena?: Arena<Int32Array>): Int32Array {
  if (items.length === 0) return NO_NUMBERS;
  const out = arena ? arena.take(items.length) : new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = numberIn(ids, keyOf(items[k]!));
  return out;
}

/**
 * The weight of each word of each bag (`bags[b][k]`, a number below `size`): by `weigh` (of the
 * word's place and bag), asked once a number; without it, the word's idf over the bags
 * (`idfByNumber`).
 */
function weightsOf(bags: readonly Int32Array[], size: number, arena: Arena<Float64Array>, weigh?: (k: number, b: number) => number): Float64Array[] {
  let weight: ArrayLike<number>;
  if (weigh) {
    const weighed = new Float64Array(size);
    weight = weighed;
    const known = new Uint8Array(size);
    for (let b = 0; b < bags.length; b++) {
      const ids = bags[b]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (known[id]) continue;
        known[id] = 1;
        weighed[id] = weigh(k, b);
      }
    }
  } else weight = idfByNumber(bags, size);
  return bags.map((ids) => {
    if (ids.length === 0) return NO_WEIGHTS;
    const out = arena.take(ids.length);
    for (let k = 0; k < ids.length; k++) out[k] = weight[ids[k]!]!;
    return out;
  });
}

/**
 * The idf of each number below `size` over `bags` (lists of distinct numbers), `log(1 + bags / df)`
 * as `idfOfBags` works it out for words, df counting the bags that hold the number (0 for a number
 * none holds).
 */
export function idfByNumber(bags: readonly ArrayLike<number>[], size: number): number[] {
  const df = new Array<number>(size).fill(0);
  /* eslint-disable @typescript-eslint/prefer-for-of -- index loops: no iterator result per word */
  for (let b = 0; b < bags.length; b++) {
    const ids = bags[b]!;
    for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
  }
  /* eslint-enable @typescript-eslint/prefer-for-of */
  const count = Math.max(1, bags.length);
  const weight = new Array<number>(size).fill(0);
  for (let id = 0; id < size; id++) if (df[id]! > 0) weight[id] = Math.log(1 + count / df[id]!);
  return weight;
}

/**
 * Numbers the glosses of Chinese words with `ids` (the numbers of the English words they may
 * meet), leaving out glosses `ids` lacks, which can match nothing: the glosses of word `k` are
 * `glosses[from[k], from[k + 1])`. A word's gloss list is numbered once (the lexicon gives
 * one list per word).
 */
export function numberedGlosses(ids: ReadonlyMap<string, number>, arena?: Arena<Int32Array>): (words: ChineseBag['words']) => { from: Int32Array; glosses: Int32Array } {
  // Each list's numbers stand in one pool, its count first, and `known` gives where: most lists keep
  // none or one of their glosses, and an array of its own for each would be most of the work.
  const known = new Map<readonly string[], number>();
  let pool = new Int32Array(1024);
  let used = 0;
  const placeOf = (glosses: readonly string[]): number => {
    let at = known.get(glosses);
    if (at === undefined) {
      if (used + 1 + glosses.length > pool.length) {
        const grown = new Int32Array(Math.max(pool.length * 2, used + 1 + glosses.length));
        grown.set(pool);
        pool = grown;
      }
      at = used;
      let size = 0;
      for (let k = 0, n = glosses.length; k < n; k++) {
        const id = ids.get(glosses[k]!);
        if (id !== undefined) pool[at + 1 + size++] = id;
      }
      pool[at] = size;
      used = at + 1 + size;
      known.set(glosses, at);
    }
    return at;
  };
  // Where each word's list stands, kept between calls: no array grown a word.
  let places = new Int32Array(64);
  return (words) => {
    const n = words.length;
    if (places.length < n) places = new Int32Array(n);
    const from = arena ? arena.take(n + 1) : new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      const at = placeOf(words[k]!.glosses);
      places[k] = at;
      from[k + 1] = from[k]! + pool[at]!;
    }
    const glosses = from[n] === 0 ? NO_NUMBERS : arena ? arena.take(from[n]!) : new Int32Array(from[n]!);
    for (let k = 0; k < n; k++) {
      const at = places[k]! + 1;
      for (let g = from[k]!, end = from[k + 1]!, q = at; g < end; g++, q++) glosses[g] = pool[q]!;
    }
    return { from, glosses };
  };
}

/**
 * Where each number stands among lists of numbers: `has(id, from, to)` tells whether one of
 * `lists[from, to)` holds `id`, by a binary search in the sorted indices of the lists that hold it.
 */
export function postings(lists: readonly ArrayLike<number>[], size: number): (id: number, from: number, to: number) => boolean {
  const start = new Array<number>(size + 1).fill(0);
  const last = new Array<number>(size).fill(-1);
  /* eslint-disable @typescript-eslint/prefer-for-of -- index loops: no iterator result per number */
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k]!;
    for (let q = 0; q < list.length; q++) {
      const id = list[q]!;
      if (last[id] === k) continue;
      last[id] = k;
      start[id + 1]!++;
    }
  }
  for (let id = 0; id < size; id++) start[id + 1] = start[id + 1]! + start[id]!;
  const where = new Array<number>(start[size]!);
  const fill = start.slice(0, size);
  last.fill(-1);
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k]!;
    for (let q = 0; q < list.length; q++) {
      const id = list[q]!;
      if (last[id] === k) continue;
      last[id] = k;
      where[fill[id]!++] = k;
    }
  }
  /* eslint-enable @typescript-eslint/prefer-for-of */
  return (id, from, to) => {
    let a = start[id]!;
    const end = start[id + 1]!;
    let b = end;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (where[mid]! < from) a = mid + 1;
      else b = mid;
    }
    return a < end && where[a]! < to;
  };
}

/**
 * Lexical translation score of an English text and a Chinese text, in 0..1: the idf-weighted
 * share of words on both sides that find a translation on the other (a Dice-like overlap),
 * names in pinyin, numbers, `?`, `!` and quotes counting as words. 0 when neither side has
 * any word to weigh. `idf` (from `documentIdf`) weights words by rarity in the document.
 */
export function lexicalScore(en: string, zh: string, lexicon: Lexicon, idf?: Idf): number {
  const m = matchBags([englishBag(en)], [chineseBag(zh, lexicon)], idf);
  return m.total > 0 ? Math.min(1, m.matched / m.total) : 0;
}
