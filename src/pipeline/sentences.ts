import type { Block, SentenceLink, SentenceSpan } from '../types.js';
import { alignMonotonic, lengthDiagonal } from './pair-dp.js';
import { LineIndex } from './position.js';
import { anchorCost, textSignals, type TextSignals } from './pair-signals.js';
import type { Lexicon } from '../lexicon/load.js';
import { alignTexts } from './sentence-align.js';
import { chineseBagWithin, englishBagWithin, type ChineseBlockCache } from '../lexicon/score.js';
import { isBlankCode } from '../checks/rule.js';

/** Words after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set(('mr mrs ms dr prof sr jr st mt vs etc inc ltd co corp no gen col lt sgt capt rev gov sen rep '
  + 'jan feb mar apr jun jul aug sep sept oct nov dec fig vol pp approx est dept univ e.g i.e a.m p.m u.s u.k u.n').split(' '));
/**
 * What `splitSentences` reads of a character, one bit each, by UTF-16 code (every character
 * it acts on is one code unit): the characters are told apart without a string made of each.
 */
const KIND = new Uint8Array(0x10000);
/** A line break. */
const BREAK = 1;
/** Quotes and brackets that open, and those that close, a stretch a sentence does not end in. */
const OPENER = 2;
const PAIRED_CLOSER = 4;
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSER = 8;
/** Marks that may follow a sentence's final mark: `?!`, `……`, `...`. */
const TERMINAL = 16;
/** Marks that end a sentence: wide ones always, narrow ones (`.`, `!`) before blank space or Chinese. */
const WIDE_STOP = 32;
const NARROW_STOP = 64;
for (const [chars, kind] of [
  ['\n\r', BREAK], ['«“「『（(【《', OPENER], ['»”」』）)】》', PAIRED_CLOSER], ['"\'”’」』）)]】》〉»', CLOSER],
  ['。！？!?.…．', TERMINAL], ['。！？…', WIDE_STOP], ['!?.．', NARROW_STOP],
] as const) {
  for (let k = 0; k < chars.length; k++) KIND[chars.charCodeAt(k)]! |= kind;
}
/** The characters `splitSentences` acts on where it meets them: breaks, openers, closers, stops. */
const ACTS_ON = BREAK | OPENER | PAIRED_CLOSER | WIDE_STOP | NARROW_STOP;

/** Characters after which an unclosed quote no longer holds sentences together. */
const MAX_QUOTE = 400;

/** A Han character of the unified block or extension A (not the compatibility ideographs `isHanCode` of the lexicon also takes). */
function isUnifiedHanCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `[A-Za-z.]` */
function isLetterOrDot(c: number): boolean {
  return isLowerCode(c) || isUpperCode(c) || c === 46;
}

/** The full stop at `i` ends an abbreviation, an initial (`J.`) or a dotted acronym (`U.S.`). */
function isAbbreviation(text: string, i: number): boolean {
  let w = i;
  while (w > 0 && isLetterOrDot(text.charCodeAt(w - 1)) && i - w < 12) w--;
  const word = text.slice(w, i).toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

/**
 * A stop glued to the next sentence, as pasted text often has (`three aspects.The first`):
 * a lower-case word of two or more letters, the stop, then a capital and a lower-case letter.
 * `U.S.A`, `e.g.The` and `Node.js` stay whole.
 */
function gluedSentence(text: string, i: number, end: number): boolean {
  return i >= 2 && isLowerCode(text.charCodeAt(i - 2)) && isLowerCode(text.charCodeAt(i - 1))
    && isUpperCode(text.charCodeAt(end)) && isLowerCode(text.charCodeAt(end + 1)) && !isAbbreviation(text, i);
}

/** A sentence as offsets into its block's text. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Cuts a block's text into sentences: after `。！？!?…` (and `.` in English unless it
 * ends an abbreviation, an initial or a number), keeping closing quotes and brackets with
 * the sentence; line breaks inside a block also end a sentence when the next line starts
 * a new one. Returns ranges into `text`, blank space at the ends excluded.
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isBlankCode(text.charCodeAt(s))) s++;
    while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  let depth = 0;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)]!;
    if ((kind & ACTS_ON) === 0) continue;
    if (kind & BREAK) {
      push(i);
      depth = 0;
      continue;
    }
    if (kind & OPENER) {
      if (depth === 0) openedAt = i;
      depth++;
      continue;
    }
    if (kind & PAIRED_CLOSER) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    let end = i + 1;
    while (end < text.length && KIND[text.charCodeAt(end)]! & TERMINAL) end++;
    let closing = depth;
    while (end < text.length && KIND[text.charCodeAt(end)]! & CLOSER) {
      if (KIND[text.charCodeAt(end)]! & PAIRED_CLOSER) closing = Math.max(0, closing - 1);
      end++;
    }
    if (end === text.length) break;
    const next = text.charCodeAt(end);
    // Inside quotes or brackets a sentence goes on (unless they were left open long ago).
    if (closing > 0 && i - openedAt < MAX_QUOTE) continue;
    if (kind & NARROW_STOP) {
      if (!isBlankCode(next) && !isUnifiedHanCode(next) && !gluedSentence(text, i, end)) continue;
      if (text.charCodeAt(i) === 46 && isAbbreviation(text, i)) continue;
      let k = end;
      while (k < text.length && isBlankCode(text.charCodeAt(k))) k++;
      if (isLowerCode(text.charCodeAt(k))) continue;
    }
    depth = closing;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** A sentence for alignment; its signals are read only by the search without a lexicon. */
interface Unit {
  span: SentenceSpan;
  text: string;
  /** The block's text, and where the sentence is in it. */
  blockText: string;
  from: number;
}

/** A sentence with its signals. */
interface SignalUnit extends Unit {
  signals: TextSignals;
}

/** Options of `alignSentences`. */
export interface SentenceOptions {
  /**
   * The lexicon, or a function that loads it (called only when a pair has more than one
   * sentence on a side): its translation evidence drives the alignment. Without it, length
   * and numbers do.
   */
  lexicon?: Lexicon | (() => Lexicon);
  /** What pairing read of the blocks in this run: their sentences' words (and Chinese pinyin) are taken from it. */
  chinese?: ChineseBlockCache;
}

/**
 * Aligns the sentences of the English blocks of a pair with those of its Chinese blocks:
 * a monotonic search over 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1 links, scored by
 * length ratio (learned from the pair itself), the lexicon's translation evidence when
 * `options.lexicon` is given, and shared anchors.
 * Returns the links in order, with spans into the original text and a confidence
 * (the logistic of the margin by which the best alignment without the link loses).
 */
export function alignSentences(en: readonly Block[], zh: readonly Block[], options: SentenceOptions = {}): SentenceLink[] {
  const enUnits = units(en);
  const zhUnits = units(zh);
  if (enUnits.length === 0 || zhUnits.length === 0) {
    if (enUnits.length === 0 && zhUnits.length === 0) return [];
    return [{ en: enUnits.map((u) => u.span), zh: zhUnits.map((u) => u.span), score: 0 }];
  }
  if (enUnits.length === 1 && zhUnits.length === 1) {
    return [{ en: [enUnits[0]!.span], zh: [zhUnits[0]!.span], score: 1 }];
  }
  if (options.lexicon) {
    const lexicon = typeof options.lexicon === 'function' ? options.lexicon() : options.lexicon;
    const bags = zhUnits.map((u) => chineseBagWithin(u.blockText, u.from, u.from + u.text.length, lexicon, options.chinese));
    const enBags = enUnits.map((u) => englishBagWithin(u.blockText, u.from, u.from + u.text.length, options.chinese));
    return alignTexts(enUnits.map((u) => u.text), zhUnits.map((u) => u.text), lexicon, undefined, bags, enBags).map((l) => ({
      en: l.en.map((k) => enUnits[k]!.span),
      zh: l.zh.map((k) => zhUnits[k]!.span),
      score: l.score,
    }));
  }
  return alignUnits(withSignals(enUnits), withSignals(zhUnits));
}

/** Sentences of blocks as spans with signals. */
function units(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  for (const b of blocks) {
    const lines = new LineIndex(b.text);
    for (const r of splitSentences(b.text)) {
      const text = b.text.slice(r.start, r.end);
      const at = lines.span(r.start, r.end);
      const column = at.line === 1 ? b.column + r.start : at.column;
      out.push({
        span: { block: b.id, start: b.start + r.start, end: b.start + r.end, line: b.line + at.line - 1, column },
        text,
        blockText: b.text,
        from: r.start,
      });
    }
  }
  return out;
}

function withSignals(units: readonly Unit[]): SignalUnit[] {
  return units.map((u) => ({ ...u, signals: textSignals(u.text) }));
}

const SENTENCE_COST = {
  skip: 4,
  shape: { '1-1': 0, '1-2': 1.6, '2-1': 1.6, '2-2': 3.2, '1-3': 3.4, '3-1': 3.4 } as Record<string, number>,
};

/** Aligns sentence units with the banded search; the ratio comes from their totals. */
function alignUnits(en: SignalUnit[], zh: SignalUnit[]): SentenceLink[] {
  let le = 0;
  let lz = 0;
  for (const u of en) le += u.signals.length;
  for (const u of zh) lz += u.signals.length;
  const ratio = le > 0 && lz > 0 ? le / lz : 3;
  const sigma = 0.3;
  const enSignals = en.map((u) => u.signals);
  const zhSignals = zh.map((u) => u.signals);
  const cost = (i: number, di: number, j: number, dj: number): number => {
    if (di === 0 || dj === 0) return SENTENCE_COST.skip;
    let a = 0;
    let b = 0;
    for (let k = i; k < i + di; k++) a += en[k]!.signals.length;
    for (let k = j; k < j + dj; k++) b += zh[k]!.signals.length;
    const d = Math.log((a + 4) / (ratio * b + 4));
    const variance = sigma * sigma + 4 / (a + ratio * b + 1);
    let c = SENTENCE_COST.shape[`${di}-${dj}`]! + (d * d) / (2 * variance) + 0.5 * Math.log(variance / (sigma * sigma));
    let anchored = false;
    for (let k = i; k < i + di && !anchored; k++) anchored = enSignals[k]!.numberKeys.length > 0;
    for (let k = j; k < j + dj && !anchored; k++) anchored = zhSignals[k]!.numberKeys.length > 0 || zhSignals[k]!.hasWords;
    if (anchored) c += anchorCost(enSignals, zhSignals, 1.0, 0.3, i, di, j, dj);
    return c;
  };
  const diagonal = lengthDiagonal(en.map((u) => u.signals.length), zh.map((u) => u.signals.length));
  const beads = alignMonotonic(en.length, zh.length, cost, (i) => diagonal[i]!, 20);
  return beads.map((b) => ({
    en: en.slice(b.enStart, b.enStart + b.enCount).map((u) => u.span),
    zh: zh.slice(b.zhStart, b.zhStart + b.zhCount).map((u) => u.span),
    score: Math.round(1000 / (1 + Math.exp(-(b.margin ?? 0)))) / 1000,
  }));
}
