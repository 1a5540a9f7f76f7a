import { createRequire } from 'node:module';

/**
 * Lazy loaders for the heavy modules behind entity extraction. Nothing here loads
 * until a getter is first called, so the rest of the pipeline never pays for them.
 * `createRequire` keeps the API synchronous (all three ship CommonJS builds).
 */

let required: NodeJS.Require | undefined;
/** Requires a package from here; the require function is made on first use, not when the bundle starts (about 0.3 ms). */
const load = (id: string): unknown => (required ??= createRequire(import.meta.url))(id);

/** One token of segmentit's output: the word and its part-of-speech bit set. */
export interface SegmentToken {
  w: string;
  p?: number;
}

/** segmentit's part-of-speech bits for proper nouns. */
export const POS = { person: 0x80, place: 0x40, org: 0x20, other: 0x08 } as const;

interface Segmenter {
  doSegment(text: string, options?: Record<string, boolean>): SegmentToken[];
  getDict(type: string): unknown;
}

/** What the entity code uses of compromise: a document with people and places. */
export interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
}
interface NlpView {
  json(options: { offset: boolean }): NlpMatch[];
}
interface NlpDoc {
  people(): NlpView;
  places(): NlpView;
}
type Nlp = (text: string) => NlpDoc;

let segmenter: Segmenter | undefined;
let nlp: Nlp | undefined;

/** segmentit with its default dictionaries (about 0.4 s and 65 MB on first call). */
export function getSegmenter(): Segmenter {
  if (!segmenter) {
    const { Segment, useDefault } = load('segmentit') as {
      Segment: new () => Segmenter;
      useDefault: (s: Segmenter) => Segmenter;
    };
    segmenter = useDefault(new Segment());
  }
  return segmenter;
}

/** compromise (about 0.3 s on first call), through its CommonJS build. */
export function getNlp(): Nlp {
  nlp ??= load('compromise') as Nlp;
  return nlp;
}

/**
 * Splits Chinese text into segmentit tokens with offsets into `text`.
 * segmentit trims and drops whitespace, so each token is found again from a cursor.
 */
export function segmentWithOffsets(text: string): (SegmentToken & { start: number; end: number })[] {
  const out: (SegmentToken & { start: number; end: number })[] = [];
  for (const [from, to] of chunks(text)) {
    const chunk = text.slice(from, to);
    const tokens = getSegmenter().doSegment(chunk);
    let cursor = 0;
    for (const token of tokens) {
      const window = chunk.slice(cursor, cursor + 64 + token.w.length);
      const found = window.indexOf(token.w);
      if (found < 0) continue;
      const at = cursor + found;
      out.push({ ...token, start: from + at, end: from + at + token.w.length });
      cursor = at + token.w.length;
    }
  }
  return out;
}

/** Longest piece handed to segmentit at once: its matcher recurses per character and overflows the stack on long unpunctuated runs. */
const MAX_CHUNK = 200;

/**
 * Most segmentations segmentit may enumerate for one piece. It scores every way of cutting
 * a piece into dictionary words, so ambiguous runs cost exponential time (40 characters
 * of `中国中国…` take a minute); pieces with more ways than this are cut smaller first.
 * Real clauses rarely come near it: on the seed and the development articles the median
 * clause has 1 way, the 99th percentile 80, the most 1,536.
 */
const MAX_SEGMENTATIONS = 1000;

/**
 * Cuts text into pieces segmentit can take: after sentence and clause punctuation, at
 * most MAX_CHUNK characters (a hard cut only inside a run with no punctuation at all),
 * and small enough that segmentit's enumeration of segmentations stays bounded.
 */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let lastBreak = -1;
  for (let i = 0; i < text.length; i++) {
    if (/[。！？；，、,.!?;:：\n]/.test(text[i]!)) lastBreak = i + 1;
    if (i + 1 - from >= MAX_CHUNK) {
      const cut = lastBreak > from ? lastBreak : i + 1;
      for (const piece of bounded(text, from, cut)) out.push(piece);
      from = cut;
      lastBreak = -1;
    }
  }
  if (from < text.length) for (const piece of bounded(text, from, text.length)) out.push(piece);
  return out;
}

/**
 * Splits `text[from, to)` in halves (at punctuation or a space when there is one near) until each
 * half is cheap to segment. The pieces wait on a stack, right half below left, so they come out
 * in the text's order.
 */
function bounded(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const pending: [number, number][] = [[from, to]];
  while (pending.length > 0) {
    const [start, end] = pending.pop()!;
    if (end - start < 8 || segmentations(text.slice(start, end)) <= MAX_SEGMENTATIONS) {
      out.push([start, end]);
      continue;
    }
    const cut = halfway(text, start, end);
    pending.push([cut, end], [start, cut]);
  }
  return out;
}

/** Where `bounded` cuts `text[from, to)`: after a mark or space near the middle, else the middle. */
function halfway(text: string, from: number, to: number): number {
  const middle = from + Math.floor((to - from) / 2);
  let cut = middle;
  for (let d = 0; d < (to - from) / 4; d++) {
    if (/[\s。！？；，、,.!?;:：]/.test(text[middle + d] ?? '')) {
      cut = middle + d + 1;
      break;
    }
    if (/[\s。！？；，、,.!?;:：]/.test(text[middle - d] ?? '')) {
      cut = middle - d + 1;
      break;
    }
  }
  return cut <= from || cut >= to ? middle : cut;
}

/**
 * How many ways segmentit's dictionary cuts `piece` into words (its DictTokenizer scores
 * them all), counted by dynamic programming over positions, capped to stay finite.
 */
function segmentations(piece: string): number {
  const table = getSegmenter().getDict('TABLE2') as Record<string, Record<string, unknown>> | undefined;
  if (!table) return 1;
  const lengths = Object.keys(table).map(Number).filter((n) => n > 0);
  const ways = new Float64Array(piece.length + 1);
  ways[piece.length] = 1;
  for (let pos = piece.length - 1; pos >= 0; pos--) {
    let sum = 0;
    let any = false;
    for (const length of lengths) {
      if (pos + length > piece.length) continue;
      if (piece.slice(pos, pos + length) in table[String(length)]!) {
        sum += ways[pos + length]!;
        any = true;
      }
    }
    ways[pos] = Math.min(any ? sum : ways[pos + 1]!, 1e12);
  }
  return ways[0]!;
}
