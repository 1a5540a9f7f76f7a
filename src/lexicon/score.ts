/**
 * A lexical translation score for an English/Chinese text pair: Chinese dictionary words
 * mapped to their glosses and matched against English lemmas, both ways, each word weighted
 * by its rarity in the document, plus names matched by pinyin, numbers, `?`, `!` and quotes.
 */
import { contentLemmas, englishWords, lemma, STOP_WORDS } from './english.js';
import { pinyinOf, segmentChinese } from './chinese.js';
import type { Lexicon } from './load.js';
import { loadReadings } from './readings.js';

/** What the score reads of one English text. */
export interface EnglishBag {
  /** Distinct content lemmas. */
  lemmas: string[];
  /** Capitalized words (lower case), candidates for names written in pinyin. */
  names: string[];
  /** Pseudo-words: numbers (`#12`), `?`, `!`, `"`. */
  marks: string[];
}

/** What the score reads of one Chinese text. */
export interface ChineseBag {
  /** Distinct dictionary words with their glosses (words the lexicon lacks are left out). */
  words: { text: string; glosses: readonly string[] }[];
  /** Toneless pinyin of the text's characters, run together. */
  pinyin: string;
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
const NAME_WEIGHT = 3;

function digitKeys(text: string): string[] {
  const out: string[] = [];
  const folded = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const key = m[0].replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
    out.push(`#${key}`);
  }
  return out;
}

/** The bag of an English text. */
export function englishBag(text: string): EnglishBag {
  const lemmas = [...new Set(contentLemmas(text))];
  const names = new Set<string>();
  for (const w of englishWords(text)) {
    if (/^[A-Z][a-z]+$/.test(w) && w.length >= 3 && !STOP_WORDS.has(w.toLowerCase())) names.add(w.toLowerCase());
  }
  const marks = new Set(digitKeys(text));
  if (text.includes('?')) marks.add('?');
  if (text.includes('!')) marks.add('!');
  if (/["“”]/.test(text)) marks.add('"');
  return { lemmas, names: [...names], marks: [...marks] };
}

/** The bag of a Chinese text. */
export function chineseBag(text: string, lexicon: Lexicon): ChineseBag {
  const seen = new Set<string>();
  const words: ChineseBag['words'] = [];
  for (const w of segmentChinese(text, lexicon)) {
    if (w.glosses.length === 0 || seen.has(w.text)) continue;
    seen.add(w.text);
    words.push({ text: w.text, glosses: w.glosses });
  }
  const marks = new Set(digitKeys(text));
  if (/[?？]/.test(text)) marks.add('?');
  if (/[!！]/.test(text)) marks.add('!');
  if (/[“”"「」『』]/.test(text)) marks.add('"');
  return { words, pinyin: pinyinOf(text, loadReadings()).join(''), marks: [...marks] };
}

/**
 * Inverse document frequencies (`log(1 + n / df)`) of the lemmas of English texts and the
 * words of Chinese texts, from their bags.
 */
export function idfOfBags(en: readonly EnglishBag[], zh: readonly ChineseBag[]): Idf {
  const count = <T>(bags: readonly T[], keys: (b: T) => Iterable<string>) => {
    const df = new Map<string, number>();
    for (const b of bags) for (const k of keys(b)) df.set(k, (df.get(k) ?? 0) + 1);
    const n = Math.max(1, bags.length);
    const out = new Map<string, number>();
    for (const [k, d] of df) out.set(k, Math.log(1 + n / d));
    return out;
  };
  const n = Math.max(1, en.length, zh.length);
  return {
    en: count(en, (b) => b.lemmas),
    zh: count(zh, (b) => b.words.map((w) => w.text)),
    unseen: Math.log(1 + n),
  };
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
  const unseen = idf?.unseen ?? 1;
  const enWeight = (l: string) => idf?.en.get(l) ?? unseen;
  const zhWeight = (w: string) => idf?.zh.get(w) ?? unseen;
  const lemmas = new Set<string>();
  for (const b of en) for (const l of b.lemmas) lemmas.add(l);
  const glosses = new Set<string>();
  const zhWords = new Map<string, readonly string[]>();
  for (const b of zh) {
    for (const w of b.words) {
      zhWords.set(w.text, w.glosses);
      for (const g of w.glosses) glosses.add(g);
    }
  }
  let matched = 0;
  let total = 0;
  const named = new Set<string>();
  for (const b of en) {
    for (const n of b.names) {
      const l = lemma(n);
      if (named.has(l) || glosses.has(l)) continue;
      if (zh.some((z) => z.pinyin.includes(n))) named.add(l);
    }
  }
  for (const l of lemmas) {
    const w = enWeight(l);
    total += w;
    if (glosses.has(l)) matched += w;
    else if (named.has(l)) {
      matched += w + NAME_WEIGHT;
      total += NAME_WEIGHT;
    }
  }
  for (const [text, g] of zhWords) {
    const w = zhWeight(text);
    total += w;
    if (g.some((x) => lemmas.has(x))) matched += w;
  }
  const enMarks = new Set<string>();
  for (const b of en) for (const m of b.marks) enMarks.add(m);
  const zhMarks = new Set<string>();
  for (const b of zh) for (const m of b.marks) zhMarks.add(m);
  for (const m of enMarks) {
    total += MARK_WEIGHT;
    if (zhMarks.has(m)) matched += 2 * MARK_WEIGHT;
  }
  total += MARK_WEIGHT * zhMarks.size;
  return { matched, total };
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
