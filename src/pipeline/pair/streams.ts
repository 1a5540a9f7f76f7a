import type { Block } from '../../types.js';
import { sameKey, textSignals, type TextSignals } from '../pair-signals.js';
import { splitSentences } from '../sentences.js';
import { isListedHeadline, isStoryListHeading } from '../block-kind.js';

/** A block in one of the two streams, with its signals. */
export interface Item {
  block: Block;
  signals: TextSignals;
  /** Position among all blocks of the input. */
  position: number;
  /** The block is the text of a timed subtitle cue (a timestamp line stands before it). */
  cued?: boolean;
  /** Which timed cue the block belongs to (counting timestamp lines), in a subtitle file. */
  cue?: number;
}

/** The English and the Chinese stream of a document. */
export interface Streams {
  en: Item[];
  zh: Item[];
  /** Each stream is one file (blocks carry two different `source`s). */
  twoFiles: boolean;
  /** Blocks of neither stream that stand alone: a reply's quote of an earlier post. */
  aside?: Item[];
}

/**
 * Splits blocks into the English and the Chinese stream; blocks with a `kind` (no translation
 * units) stay out of both. With blocks from two files, each
 * file is one stream; otherwise blocks go by language, repeated non-Chinese blocks (twins)
 * one to each stream, and `und` blocks of a document written one language after the other
 * to the part they stand in.
 */
export function streams(blocks: readonly Block[]): Streams {
  const sources = new Set(blocks.map((b) => b.source ?? ''));
  const items: Item[] = [];
  let cued = false;
  let cue = -1;
  let comments = false;
  let storyList = false;
  // A timing given again word for word opens the same cue: a translation track pasted as cues of
  // its own (each English cue followed by a Chinese cue of the same timing, or the whole English
  // track then the Chinese one) holds each cue's two languages under one timing.
  const cueOfTiming = new Map<string, number>();
  let cues = 0;
  blocks.forEach((block, position) => {
    if (block.kind === 'cue') {
      const timing = TIMING.exec(block.text);
      if (timing) {
        cued = true;
        const key = `${timing[1]}|${timing[2]}`;
        const known = cueOfTiming.get(key);
        if (known === undefined) cueOfTiming.set(key, (cue = cues++));
        else cue = known;
      }
    } else if (block.kind === 'chrome') {
      if (COMMENT_SECTION.test(block.text.trim())) comments = true;
      storyList = isStoryListHeading(block.text);
    } else if (!block.kind) {
      const signals = textSignals(block.text);
      // Readers' comments under a page's comment heading are no translation units.
      if (comments) signals.boilerplate = true;
      // Nor are the headlines of other stories listed under a related-stories heading (a list
      // keeps to one language: a headline followed by a line of the other language is a subheading and its translation).
      if (storyList && isListedHeadline(block.text) && !translatedNext(blocks, position)) signals.boilerplate = true;
      else storyList = isStoryListHeading(block.text);
      // Cues are counted through one file: the cues of two files are not one another's.
      items.push({ block, signals, position, ...(cued ? { cued } : {}), ...(cued && sources.size < 2 ? { cue } : {}) });
    }
  });
  if (sources.size === 2) {
    const [a, b] = [...sources];
    const zhShare = (s: string) => {
      const of = blocks.filter((x) => (x.source ?? '') === s);
      return of.filter((x) => x.lang === 'zh').length / Math.max(1, of.length);
    };
    const zhSource = zhShare(a!) >= zhShare(b!) ? a : b;
    // Each file is one stream, whatever the language of a block inside it.
    return {
      en: items.filter((x) => (x.block.source ?? '') !== zhSource),
      zh: items.filter((x) => (x.block.source ?? '') === zhSource),
      twoFiles: true,
    };
  }
  const aside = quotesOfEarlier(items);
  if (aside.length) {
    const quoted = new Set(aside);
    const kept = items.filter((x) => !quoted.has(x));
    items.length = 0;
    for (const x of kept) items.push(x);
  }
  markCopies(items);
  const twinOf = twins(items);
  const en = items.filter((x) => (x.block.lang === 'en' && !twinOf.has(x.position)) || twinOf.get(x.position) === 'en');
  const zh = items.filter((x) => x.block.lang === 'zh' || twinOf.get(x.position) === 'zh');
  const extra = aside.length ? { aside } : {};
  if (isInterleaved(en, zh)) return { en, zh, twoFiles: false, ...extra };
  // One language after the other: an `und` block belongs to the part it stands in, where
  // it can meet its twin in the other part.
  let part: 'en' | 'zh' | undefined;
  const undIn = new Map<number, 'en' | 'zh'>();
  for (const x of items) {
    if (x.block.lang !== 'und') part = x.block.lang;
    else if (!twinOf.has(x.position)) undIn.set(x.position, part ?? 'en');
  }
  if (!undIn.size) return { en, zh, twoFiles: false, ...extra };
  const inEn = new Set(en);
  const inZh = new Set(zh);
  return {
    en: items.filter((x) => inEn.has(x) || undIn.get(x.position) === 'en'),
    zh: items.filter((x) => inZh.has(x) || undIn.get(x.position) === 'zh'),
    twoFiles: false,
    ...extra,
  };
}

/** A cue timing (`00:00:01,000 --> 00:00:03,500`): its start and its end, settings left out. */
const TIMING = /([\d:.,]+)\s*-->\s*([\d:.,]+)/;

/**
 * The heading of a page's comment section, as news-site templates print it above readers'
 * comments (`网友评论（23）`, `发表评论`, `Leave a comment`, `Reader comments`); a bare counter
 * (`评论：0`, `Comments (12)`) may stand at the top of an article and opens nothing.
 */
const COMMENT_SECTION = /^(?:网友评论|網友評論|读者评论|讀者評論|用户评论|用戶評論|发表评论|發表評論|我要评论|我要評論|热门评论|熱門評論|最新评论|最新評論|全部评论|全部評論|评论区|評論區|leave a comment|add a comment|reader comments)/i;

/**
 * A heading-like block (no closing stop) repeating an earlier block of its language word for
 * word (a title given again mid-page, a caption repeating a heading), or a paragraph doing so (a
 * reply quoting a post, `COPY_MIN`), is treated as boilerplate: it is left alone rather than
 * paired with its own copy or merged into a neighbour's pair. A subtitle line ending a sentence is never one,
 * nor is a line said again with its translation beside it, itself said again (a song's refrain,
 * `In the rain` and `在雨中` sung a second time: each repeat pairs with its own translation).
 * Repeated paragraphs are copies only in the language that repeats more of them: a text given
 * twice with its translation (two copies of an article, a bilingual post quoted whole) repeats
 * as many paragraphs on each side, and each copy pairs with its own translation.
 */
function markCopies(items: Item[]): void {
  // The items met by the hash of their key, a map a language (see `repeatsMet`).
  const seen = { en: new Map<number, number[]>(), zh: new Map<number, number[]>() };
  const repeats: Item[] = [];
  let enRepeats = 0;
  let zhRepeats = 0;
  // Which items repeat an earlier block, read only once a heading-like repeat asks (most pages have none).
  let echoes: Uint8Array | undefined;
  const refrain = (k: number) => {
    echoes ??= echoesOf(items);
    return [k - 1, k + 1].some((n) => echoes![n] === 1 && items[n]!.block.lang !== items[k]!.block.lang);
  };
  for (let k = 0; k < items.length; k++) {
    const x = items[k]!;
    if (x.block.lang === 'und') continue;
    // The stop first: a paragraph's key is worked out only where it is long enough to count.
    const sentence = /[.!?。！？…]["”’」』)）]?\s*$/.test(x.block.text);
    if (sentence && (x.cued || x.signals.length < COPY_MIN[x.block.lang === 'zh' ? 'zh' : 'en'])) continue;
    if (x.signals.keyDigest.length < 6) continue;
    if (!repeatsMet(seen[x.block.lang], items, k)) continue;
    if (!sentence) {
      if (!refrain(k)) x.signals.boilerplate = true;
    }
    else {
      repeats.push(x);
      if (x.block.lang === 'zh') zhRepeats++;
      else enRepeats++;
    }
  }
  for (const x of repeats) {
    if (x.block.lang === 'zh' ? zhRepeats > enRepeats : enRepeats > zhRepeats) x.signals.boilerplate = true;
  }
}

/**
 * For each item, 1 where it repeats an earlier block of its language word for word (a key of six
 * characters or more, stops and blanks left out), 0 otherwise.
 */
function echoesOf(items: readonly Item[]): Uint8Array {
  const seen = { en: new Map<number, number[]>(), zh: new Map<number, number[]>() };
  const out = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const x = items[k]!;
    if (x.block.lang === 'und' || x.signals.keyDigest.length < 6) continue;
    if (repeatsMet(seen[x.block.lang], items, k)) out[k] = 1;
  }
  return out;
}

/**
 * Whether item `k` has the key of an item `met` holds (indices by the hash of their key), adding
 * it to `met` where it has not. Keys are compared, and built, only where two hashes meet: a
 * paragraph's key is a copy of it, and most paragraphs repeat nothing.
 */
function repeatsMet(met: Map<number, number[]>, items: readonly Item[], k: number): boolean {
  const x = items[k]!;
  const hash = x.signals.keyDigest.hash;
  const same = met.get(hash);
  if (same === undefined) {
    met.set(hash, [k]);
    return false;
  }
  for (const m of same) if (sameKey(items[m]!.signals, x.signals)) return true;
  same.push(k);
  return false;
}

/**
 * Fewest characters of a paragraph (ending with a stop) whose word-for-word repeat is a copy (a
 * reply quoting a post on the line under its quote header, a summary repeating a paragraph):
 * short lines (`Thank you.`, a subtitle's line) are said again and translated again.
 */
const COPY_MIN = { en: 40, zh: 15 };

/**
 * The opening of a reply's quote of an earlier post: a `>` mark, `Quote:`, `引用` (with the quoted
 * user's name before a colon, or not).
 */
const QUOTE_LINE = /^\s*(?:[>＞]+|quote\s*[:：]|quoting\s+\S{1,30}\s*[:：]|(?:引用|引述|引自)(?:\s*\S{1,20}\s*[:：]|\s*[:：]?))\s*/i;
/** How many blocks back a quote looks for the post it repeats. */
const QUOTE_WINDOW = 50;

/**
 * A reply's quotes of an earlier post (`> …`, `Quote: …`, `引用 …：…`) that repeat part of a block
 * of its language a few blocks before: the quoted text is paired where it first stands, and its
 * copy links with nothing (a reply's comment beside it shares its words without translating it).
 */
function quotesOfEarlier(items: Item[]): Item[] {
  const out: Item[] = [];
  items.forEach((x, k) => {
    const quote = QUOTE_LINE.exec(x.block.text);
    if (!quote || x.block.lang === 'und') return;
    const key = textSignals(x.block.text.slice(quote[0].length)).key;
    if (key.length < 6) return;
    for (let m = k - 1; m >= 0 && m >= k - QUOTE_WINDOW; m--) {
      if (items[m]!.block.lang === x.block.lang && items[m]!.signals.key.includes(key)) {
        out.push(x);
        return;
      }
    }
  });
  return out;
}

/** How far apart, in blocks, twins may stand. */
const TWIN_WINDOW = 3;

/**
 * `und` blocks that repeat a nearby one exactly (a URL, a hashtag line): the first of the two joins the English stream, the second the Chinese one,
 * so that they pair with each other. Returns the stream of each twin by position.
 */
function twins(items: Item[]): Map<number, 'en' | 'zh'> {
  const out = new Map<number, 'en' | 'zh'>();
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!;
    if (a.block.lang !== 'und' || out.has(k) || a.signals.key === '') continue;
    for (let m = k + 1; m < items.length && m <= k + TWIN_WINDOW; m++) {
      const b = items[m]!;
      if (b.block.lang === 'und' && !out.has(m) && b.signals.key === a.signals.key) {
        out.set(k, 'en');
        out.set(m, 'zh');
        break;
      }
    }
  }
  return out;
}

/** Four in five items or more hold a single sentence (pre-split line files). */
export function mostlySentences(items: Item[]): boolean {
  let single = 0;
  for (const x of items) if (splitSentences(x.block.text).length <= 1) single++;
  return items.length > 0 && single >= items.length * 0.8;
}

/**
 * The two languages alternate through the document rather than following each other. A line
 * holding both languages (a title run into its translation, a sentence and its rendering) counts
 * the changes inside it, and stands outside the order of the lines around it: one such line above
 * a page written one language after the other does not make the page alternate. Each stream
 * stands in input order, as `streams` makes them: the two are read merged by position.
 */
export function isInterleaved(en: Item[], zh: Item[]): boolean {
  const enLines = new Set<number>();
  for (const x of en) enLines.add(x.block.line);
  const mixed = new Set<number>();
  for (const x of zh) if (enLines.has(x.block.line)) mixed.add(x.block.line);
  let changes = 0;
  let last = -1;
  // The language (0 English, 1 Chinese) and line of the item read before, -1 before the first.
  let before = -1;
  let beforeLine = -1;
  for (let a = 0, b = 0; a < en.length || b < zh.length;) {
    const l = b >= zh.length || (a < en.length && en[a]!.position <= zh[b]!.position) ? 0 : 1;
    const line = (l === 0 ? en[a++]! : zh[b++]!).block.line;
    if (mixed.has(line)) {
      if (before >= 0 && beforeLine === line && before !== l) changes++;
    } else {
      if (last >= 0 && last !== l) changes++;
      last = l;
    }
    before = l;
    beforeLine = line;
  }
  return changes >= Math.max(2, Math.min(en.length, zh.length) * 0.6);
}

/**
 * Whether the next block (past a few blocks with a kind) is in the other language and no heading
 * of a story list: what follows a headline of a list is another headline or another list.
 */
function translatedNext(blocks: readonly Block[], position: number): boolean {
  const lang = blocks[position]!.lang;
  for (let k = position + 1; k < blocks.length && k <= position + 4; k++) {
    const next = blocks[k]!;
    if (next.kind) continue;
    return next.lang !== lang && next.lang !== 'und' && !isStoryListHeading(next.text);
  }
  return false;
}

/** Ends as a sentence or a heading does (a stop, a closing quote or bracket). */
const COMPLETE = /[.!?。！？…"”’」』)）\]】:：;；]\s*$/;

/**
 * Ends on a comma or an enumeration comma, or on an English article, preposition or conjunction
 * (`A total of`): the sentence goes on; no heading or label ends so.
 */
const CONTINUES = /(?:[,，、]|\b(?:of|the|a|an|and|or|to|in|with|for|by|from|at|on|as|that|which|who|whose|was|were|is|are|its|their|his|her|but|than)\b)\s*$/i;

/** Fewest characters of a paragraph the excerpt cut off: a shorter last line is a label or a heading. */
const CUT_MIN = { en: 24, zh: 10 };

/** The stream's last block when the excerpt cut it off mid-sentence (it ends with no stop), else -1. */
export function cutOff(items: Item[]): number {
  const k = items.length - 1;
  const last = items[k];
  if (!last || last.signals.boilerplate || COMPLETE.test(last.block.text)) return -1;
  // A line ending on a comma or a function word stops mid-sentence, however short.
  if (CONTINUES.test(last.block.text)) return k;
  return last.signals.length >= (last.block.lang === 'zh' ? CUT_MIN.zh : CUT_MIN.en) ? k : -1;
}

/**
 * For each input position p, how many items of each stream stand before it: `en[b] - en[a + 1]`
 * counts the English items strictly between positions a and b (none: only blocks of the other
 * language or of no stream stand between them). Sized one past the last position of either stream.
 */
export function countsBefore(en: readonly Item[], zh: readonly Item[]): { en: Int32Array; zh: Int32Array } {
  let size = 2;
  for (const x of en) size = Math.max(size, x.position + 2);
  for (const x of zh) size = Math.max(size, x.position + 2);
  const count = (stream: readonly Item[]) => {
    const out = new Int32Array(size + 1);
    for (const x of stream) out[x.position + 1] = 1;
    for (let p = 1; p <= size; p++) out[p] = out[p]! + out[p - 1]!;
    return out;
  };
  return { en: count(en), zh: count(zh) };
}

/**
 * Whether a link holds a block alone, without a partner: only such a block joins another link
 * (the joins of captions, heading labels and long merges), so a document without one keeps its links.
 */
export function anyPartnerless(links: readonly { en: readonly Item[]; zh: readonly Item[] }[]): boolean {
  return links.some((l) => l.en.length + l.zh.length === 1);
}

/** The link each item belongs to, on either side. */
export function ownersOf<L extends { en: readonly Item[]; zh: readonly Item[] }>(links: readonly L[]): Map<Item, L> {
  const owner = new Map<Item, L>();
  for (const l of links) {
    for (const x of l.en) owner.set(x, l);
    for (const x of l.zh) owner.set(x, l);
  }
  return owner;
}

/**
 * `of` each item, in a typed array of `Type` filled by a loop: `Uint8Array.from(items, of)` walks
 * the items by the iteration protocol at several times the cost, and the pairing of a short
 * document builds a dozen such arrays.
 */
export function perItem<A extends Uint8Array | Uint16Array | Float64Array>(
  Type: new (length: number) => A, items: readonly Item[], of: (x: Item, k: number) => number,
): A {
  const out = new Type(items.length);
  for (let k = 0; k < items.length; k++) out[k] = of(items[k]!, k);
  return out;
}

/** Each item's index in its own stream. */
export function indexInStream(en: readonly Item[], zh: readonly Item[]): Map<Item, number> {
  const at = new Map<Item, number>();
  en.forEach((x, k) => at.set(x, k));
  zh.forEach((x, k) => at.set(x, k));
  return at;
}
