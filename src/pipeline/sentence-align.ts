/**
 * Sentence alignment driven by translation evidence: a banded dynamic program over beads of
 * 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1 sentences, each scored by the lexical
 * translation score of its two sides (CC-CEDICT glosses, names, numbers, marks) and by how
 * far its length ratio strays from the document's own. Work and memory grow linearly with
 * the number of sentences.
 */
import type { Block, Pair } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { chineseBag, englishBag, idfByNumber, numberIn, postings, type ChineseBag, type EnglishBag } from '../lexicon/score.js';
import { lemma } from '../lexicon/english.js';
import { band } from './pair-dp.js';

/** A link of the alignment: indices of English and Chinese texts (either side may be empty). */
export interface TextLink {
  en: number[];
  zh: number[];
  /** Confidence in 0..1. */
  score: number;
}

/** Costs of the search, in nats; exported for tuning scripts. */
export const LEXICAL_ALIGN_COST = {
  /** Leaving one sentence without partner. */
  skip: 2.2,
  /** Extra cost of a bead by shape. */
  shape: { '1-1': 0, '1-2': 1.2, '2-1': 1.2, '2-2': 2.6, '1-3': 2.6, '3-1': 2.6, '2-3': 4, '3-2': 4, '1-4': 4, '4-1': 4 } as Record<string, number>,
  /** Weight of the lexical score (a bead whose words all match gains this much). */
  lexical: 5,
  /** Spread of the log length ratio of a bead around the document's. */
  sigma: 0.45,
  /** Half-width of the search band, in sentences. */
  band: 30,
};

/** Beads the search tries. */
const MOVES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [2, 3], [3, 2], [1, 4], [4, 1],
];
/** The key of each move in `LEXICAL_ALIGN_COST.shape` (`1-2`), made once rather than per search. */
const MOVE_KEYS: readonly string[] = MOVES.map(([di, dj]) => `${di}-${dj}`);

/** Length of a text without blank space. */
function textLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0x3000) n++;
  }
  return n;
}

/**
 * Aligns English texts with Chinese texts (sentences, or paragraphs of two files read line by
 * line) in order (`bags`, `enBags`: the Chinese and the English texts' bags, when the caller has
 * them). Returns every text in exactly one link, links in order.
 */
export function alignTexts(
  en: readonly string[],
  zh: readonly string[],
  lexicon: Lexicon,
  costs: typeof LEXICAL_ALIGN_COST = LEXICAL_ALIGN_COST,
  bags?: readonly ChineseBag[],
  enBags: readonly EnglishBag[] = en.map(englishBag),
): TextLink[] {
  const zhBags = bags ?? zh.map((t) => chineseBag(t, lexicon));
  return alignBags(en.map(textLength), zh.map(textLength), enBags, zhBags, costs);
}

/** `alignTexts` on prepared lengths and bags. */
export function alignBags(
  enLength: readonly number[],
  zhLength: readonly number[],
  enBags: readonly EnglishBag[],
  zhBags: readonly ChineseBag[],
  costs: typeof LEXICAL_ALIGN_COST = LEXICAL_ALIGN_COST,
): TextLink[] {
  const nEn = enLength.length;
  const nZh = zhLength.length;
  if (nEn === 0 || nZh === 0) {
    const out: TextLink[] = [];
    for (let i = 0; i < nEn; i++) out.push({ en: [i], zh: [], score: 1 });
    for (let j = 0; j < nZh; j++) out.push({ en: [], zh: [j], score: 1 });
    return out;
  }
  const enPrefix = prefix(enLength);
  const zhPrefix = prefix(zhLength);
  const ratio = enPrefix[nEn]! > 0 && zhPrefix[nZh]! > 0 ? enPrefix[nEn]! / zhPrefix[nZh]! : 3;
  const sigma2 = costs.sigma * costs.sigma;
  // A plain array: a typed array over 64 bytes takes a buffer outside the heap, dear to make for
  // each short pair's search.
  const shapes = new Array<number>(25).fill(Infinity);
  for (let m = 0; m < MOVES.length; m++) shapes[MOVES[m]![0] * 5 + MOVES[m]![1]] = costs.shape[MOVE_KEYS[m]!] ?? Infinity;
  /**
   * The cost of a bead; Infinity when it is forbidden, or when even a full lexical match could
   * not bring `before + cost` below `beat` (the search would not take it).
   */
  const cost = (i: number, di: number, j: number, dj: number, before: number, beat: number): number => {
    if (di === 0 || dj === 0) return costs.skip * (di + dj);
    const shape = shapes[di * 5 + dj]!;
    if (shape === Infinity) return Infinity;
    const a = enPrefix[i + di]! - enPrefix[i]!;
    const b = zhPrefix[j + dj]! - zhPrefix[j]!;
    const d = Math.log((a + 6) / (ratio * b + 6));
    const base = shape + (d * d) / (2 * sigma2);
    if (before + (base - costs.lexical) >= beat) return Infinity;
    let matched = 0;
    let total = 0;
    for (let k = i; k < i + di; k++) {
      matched += evidence.enMatched(k, j, dj);
      total += evidence.enTotal[k]!;
    }
    for (let k = j; k < j + dj; k++) {
      matched += evidence.zhMatched(k, i, di);
      total += evidence.zhTotal[k]!;
    }
    const s = total > 0 ? Math.min(1, matched / total) : 0;
    return base - costs.lexical * s;
  };
  // Band: around the Chinese position whose length prefix matches the English one.
  const center = new Array<number>(nEn + 1);
  let j = 0;
  for (let i = 0; i <= nEn; i++) {
    const target = enPrefix[i]! / ratio;
    while (j < nZh && zhPrefix[j + 1]! <= target) j++;
    center[i] = i === nEn ? nZh : j;
  }
  const { lo, hi, offset, size } = band(nEn, nZh, (i) => center[i]!, costs.band);
  const evidence = beadEvidence(enBags, zhBags, lo, hi);
  // Plain arrays, as `shapes` (and in the evidence): a pair of a few sentences makes them all.
  const best = new Array<number>(size).fill(Infinity);
  const back = new Array<number>(size).fill(-1);
  const stepCost = new Array<number>(size).fill(0);
  best[0] = 0;
  for (let i = 0; i <= nEn; i++) {
    for (let jj = lo[i]!; jj <= hi[i]!; jj++) {
      if (i === 0 && jj === 0) continue;
      const cell = offset[i]! + jj - lo[i]!;
      for (let m = 0; m < MOVES.length; m++) {
        // Not destructured: an array pattern runs the iterator protocol, objects per move and cell.
        const di = MOVES[m]![0];
        const dj = MOVES[m]![1];
        const pi = i - di;
        const pj = jj - dj;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = best[offset[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        const c = cost(pi, di, pj, dj, prev, best[cell]!);
        if (c === Infinity) continue;
        if (prev + c < best[cell]!) {
          best[cell] = prev + c;
          back[cell] = m;
          stepCost[cell] = c;
        }
      }
    }
  }
  const links: TextLink[] = [];
  let i = nEn;
  let jj = nZh;
  while (i > 0 || jj > 0) {
    const cell = offset[i]! + jj - lo[i]!;
    const m = back[cell]!;
    if (m < 0) throw new Error('sentence alignment found no path');
    const di = MOVES[m]![0];
    const dj = MOVES[m]![1];
    const c = stepCost[cell]!;
    const link: TextLink = { en: [], zh: [], score: Math.round(1000 / (1 + Math.exp(c))) / 1000 };
    for (let k = i - di; k < i; k++) link.en.push(k);
    for (let k = jj - dj; k < jj; k++) link.zh.push(k);
    links.push(link);
    i -= di;
    jj -= dj;
  }
  links.reverse();
  // A skipped pair of neighbours is one link of two unmatched sides; keep each alone.
  const out: TextLink[] = [];
  for (const l of links) {
    if (l.en.length > 0 && l.zh.length > 0) out.push(l);
    else {
      for (const e of l.en) out.push({ en: [e], zh: [], score: l.score });
      for (const z of l.zh) out.push({ en: [], zh: [z], score: l.score });
    }
  }
  return out;
}

function prefix(xs: readonly number[]): number[] {
  const out = new Array<number>(xs.length + 1).fill(0);
  for (let k = 0; k < xs.length; k++) out[k + 1] = out[k]! + xs[k]!;
  return out;
}

/**
 * Pairs the blocks of two files read line by line (a sentence or a paragraph a line, in the
 * same order): the blocks of `zhSource` are the Chinese stream, the others the English one,
 * whatever language detection said of a single line. Every block ends up in one pair;
 * pairs `p1`, `p2`, … in order, scored 0..1.
 */
export function pairLines(blocks: readonly Block[], zhSource: string, lexicon: Lexicon): Pair[] {
  const en = blocks.filter((b) => b.source !== zhSource);
  const zh = blocks.filter((b) => b.source === zhSource);
  const links = alignTexts(en.map((b) => b.text), zh.map((b) => b.text), lexicon);
  return links.map((l, k) => ({
    id: `p${k + 1}`,
    en: l.en.map((i) => en[i]!.id),
    zh: l.zh.map((j) => zh[j]!.id),
    score: l.score,
  }));
}

const MARK_WEIGHT = 1;
const NAME_WEIGHT = 3;

/** The longest bead side the search tries (moves 1-4 and 4-1). */
const LONGEST = 4;

/**
 * The lexical score's parts per sentence, so a bead's score is a sum: each English sentence's
 * matched weight against a window of Chinese sentences (and the reverse), cached; totals per
 * sentence. Words are numbered once per document; a window's words are marked in arrays with
 * the stamp of the computation that reads them, and the cache is an array laid over the band
 * (`lo`, `hi`: the Chinese positions searched at each English position).
 */
function beadEvidence(en: readonly EnglishBag[], zh: readonly ChineseBag[], lo: Int32Array, hi: Int32Array) {
  const { ids, id } = numbering();
  // A sentence's numbers and weights in plain arrays: typed ones this small cost more to make than to read.
  const enIds = en.map((b) => b.lemmas.map((l) => id(l)));
  // The words are numbered here anyway: their idf is counted on the numbers, not in maps of its own.
  const enWeights = idfWeights(enIds, ids.size);
  const enNames = en.map((b) => b.names.map((n) => ({ name: n, lemma: id(lemma(n)) })));
  const enMarks = en.map((b) => b.marks);
  const hasEnMark = markLookup(enMarks);
  const zhWords = numbering();
  const zhWordIds = zh.map((b) => b.words.map((w) => zhWords.id(w.text)));
  const zhWeights = idfWeights(zhWordIds, zhWords.ids.size);
  // Glosses of each Chinese sentence an English word may meet, word after word: word `w`'s are `zhGlosses[k][zhFrom[k][w], zhFrom[k][w + 1])`.
  const zhFrom: number[][] = [];
  const zhGlosses: number[][] = [];
  for (const b of zh) {
    const { from, glosses } = glossesAmong(ids, b.words);
    zhFrom.push(from);
    zhGlosses.push(glosses);
  }
  const zhMarks = zh.map((b) => b.marks);
  const hasZhMark = markLookup(zhMarks);
  const enTotal = en.map((b, k) => sum(enWeights[k]!) + MARK_WEIGHT * b.marks.length);
  const zhTotal = zh.map((b, k) => sum(zhWeights[k]!) + MARK_WEIGHT * b.marks.length);
  const inSentences = postings(zhGlosses, ids.size);
  // Words of the window being read, marked with its stamp.
  const namedSeen = new Array<number>(ids.size).fill(0);
  const lemmaSeen = new Array<number>(ids.size).fill(0);
  let stamp = 0;
  const enFirst = new Array<number>(en.length);
  const enLast = new Array<number>(en.length);
  for (let k = 0; k < en.length; k++) {
    enFirst[k] = lo[Math.max(0, k - LONGEST + 1)]!;
    enLast[k] = hi[Math.min(k, lo.length - 1)]!;
  }
  const enCache = windowCache(enFirst, enLast);
  const zhRows = rowsAround(lo, hi, zh.length);
  const zhCache = windowCache(zhRows.from, zhRows.to);
  /** Matched weight of English sentence `i` against Chinese sentences `[j, j + dj)`. */
  const enMatched = (i: number, j: number, dj: number): number => {
    const at = enCache.at(i, j, dj);
    if (at >= 0 && !Number.isNaN(enCache.values[at]!)) return enCache.values[at]!;
    stamp++;
    for (const n of enNames[i]!) {
      for (let k = j; k < j + dj; k++) {
        if (zh[k]!.pinyin.includes(n.name) && !zhGlosses[k]!.includes(n.lemma)) {
          namedSeen[n.lemma] = stamp;
          break;
        }
      }
    }
    let m = 0;
    const lemmaIds = enIds[i]!;
    const weights = enWeights[i]!;
    for (let w = 0; w < lemmaIds.length; w++) {
      const l = lemmaIds[w]!;
      let hit = namedSeen[l] === stamp;
      if (hit) m += NAME_WEIGHT;
      else hit = inSentences(l, j, j + dj);
      if (hit) m += weights[w]!;
    }
    m = withSharedMarks(m, enMarks[i]!, hasZhMark, j, j + dj);
    if (at >= 0) enCache.values[at] = m;
    return m;
  };
  /** Matched weight of Chinese sentence `j` against English sentences `[i, i + di)`. */
  const zhMatched = (j: number, i: number, di: number): number => {
    const at = zhCache.at(j, i, di);
    if (at >= 0 && !Number.isNaN(zhCache.values[at]!)) return zhCache.values[at]!;
    stamp++;
    for (let k = i; k < i + di; k++) {
      const lemmaIds = enIds[k]!;
      // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per lemma
      for (let w = 0; w < lemmaIds.length; w++) lemmaSeen[lemmaIds[w]!] = stamp;
    }
    let m = 0;
    const from = zhFrom[j]!;
    const glosses = zhGlosses[j]!;
    const weights = zhWeights[j]!;
    for (let w = 0; w < weights.length; w++) {
      for (let g = from[w]!; g < from[w + 1]!; g++) {
        if (lemmaSeen[glosses[g]!] === stamp) {
          m += weights[w]!;
          break;
        }
      }
    }
    m = withSharedMarks(m, zhMarks[j]!, hasEnMark, i, i + di);
    if (at >= 0) zhCache.values[at] = m;
    return m;
  };
  return { enMatched, zhMatched, enTotal, zhTotal };
}

/**
 * A cache of one value per sentence `k`, window start `s` in `[first[k], last[k]]` and window
 * length 1..LONGEST, in one array (NaN: not computed); `at` gives -1 outside those rows.
 */
function windowCache(first: readonly number[], last: readonly number[]) {
  const n = first.length;
  const offset = new Array<number>(n + 1).fill(0);
  for (let k = 0; k < n; k++) offset[k + 1] = offset[k]! + Math.max(0, last[k]! - first[k]! + 1) * LONGEST;
  const values = new Array<number>(offset[n]!).fill(NaN);
  const at = (k: number, s: number, length: number): number => {
    const cell = (s - first[k]!) * LONGEST + length - 1;
    return s >= first[k]! && length >= 1 && length <= LONGEST && offset[k]! + cell < offset[k + 1]! ? offset[k]! + cell : -1;
  };
  return { values, at };
}

/**
 * For each Chinese position `k`, the English rows of the band that hold a window start from
 * which a bead of up to LONGEST Chinese sentences reaches `k`: rows `r` with
 * `lo[r] <= k` and `hi[r] >= k - LONGEST + 1` (both bounds grow with `r`).
 */
function rowsAround(lo: Int32Array, hi: Int32Array, n: number): { from: number[]; to: number[] } {
  const from = new Array<number>(n);
  const to = new Array<number>(n);
  let a = 0;
  let b = -1;
  for (let k = 0; k < n; k++) {
    while (a < hi.length && hi[a]! < k - LONGEST + 1) a++;
    while (b + 1 < lo.length && lo[b + 1]! <= k) b++;
    from[k] = a;
    to[k] = b;
  }
  return { from, to };
}

/**
 * Lists of marks longer than this are looked up through a set, made once a list: a sentence has a
 * few marks, searched faster than hashed, but one long line of figures (a pasted table, a list of
 * counts with no full stop) has thousands, and searching them for each other's took the square.
 */
const MARKS_SEARCHED = 16;

/** Whether list `k` of the sentences' marks holds a mark. */
type MarkLookup = (k: number, mark: string) => boolean;

function markLookup(lists: readonly (readonly string[])[]): MarkLookup {
  const sets: (Set<string> | undefined)[] = [];
  return (k, mark) => {
    const list = lists[k]!;
    if (list.length <= MARKS_SEARCHED) return list.includes(mark);
    let set = sets[k];
    if (!set) sets[k] = set = new Set(list);
    return set.has(mark);
  };
}

/**
 * `matched` plus `MARK_WEIGHT` for each of `marks` (a bag's, each once: `marksOf`) found in at
 * least one of the lists `from..to` of the other side (`has`).
 */
function withSharedMarks(matched: number, marks: readonly string[], has: MarkLookup, from: number, to: number): number {
  let m = matched;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per mark
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    for (let k = from; k < to; k++) {
      if (has(k, mark)) {
        m += MARK_WEIGHT;
        break;
      }
    }
  }
  return m;
}

/**
 * The numbers in `ids` of the glosses of a sentence's words that `ids` holds, word after word: word
 * `w`'s are `glosses[from[w], from[w + 1])`. In plain arrays filled in order, as `numberedGlosses`
 * gives them for a document's bags in typed ones: a pair's few sentences would make typed ones
 * dearer than their reading.
 */
function glossesAmong(ids: ReadonlyMap<string, number>, words: ChineseBag['words']): { from: number[]; glosses: number[] } {
  const from = [0];
  const glosses: number[] = [];
  for (const w of words) {
    const list = w.glosses;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per gloss
    for (let g = 0; g < list.length; g++) {
      const id = ids.get(list[g]!);
      if (id !== undefined) glosses.push(id);
    }
    from.push(glosses.length);
  }
  return { from, glosses };
}

/** Numbers strings 0, 1, 2, … in the order `id` first meets them; `ids` holds the numbers given. */
function numbering(): { ids: Map<string, number>; id: (w: string) => number } {
  const ids = new Map<string, number>();
  return { ids, id: (w) => numberIn(ids, w) };
}

/**
 * The idf weight of each numbered word of each text (`lists`, numbers below `size`; a text's words
 * are distinct), as `idfByNumber` gives it, in plain arrays.
 */
function idfWeights(lists: readonly (readonly number[])[], size: number): number[][] {
  const weight = idfByNumber(lists, size);
  return lists.map((list) => list.map((w) => weight[w]!));
}

/** The sum of `xs`, in order. */
function sum(xs: readonly number[]): number {
  let t = 0;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per value
  for (let k = 0; k < xs.length; k++) t += xs[k]!;
  return t;
}
