import { createRequire } from 'node:module';

/**
 * Lazy loaders for the heavy modules behind entity extraction. Nothing here loads
 * until a getter is first called, so the rest of the pipeline never pays for them.
 * `createRequire` keeps the API synchronous (all three ship CommonJS builds).
 */

const load = createRequire(import.meta.url);

/** One token of segmentit's output: the word and its part-of-speech bit set. */
export interface SegmentToken {
  w: string;
  p?: number;
}

/** segmentit's part-of-speech bits for proper nouns. */
export const POS = { person: 0x80, place: 0x40, org: 0x20, other: 0x08 } as const;

interface Segmenter {
  doSegment(text: string, options?: Record<string, boolean>): SegmentToken[];
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

type Pinyin = (text: string, options: Record<string, unknown>) => string[];

let segmenter: Segmenter | undefined;
let nlp: Nlp | undefined;
let pinyinFn: Pinyin | undefined;

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
  if (!nlp) nlp = load('compromise') as Nlp;
  return nlp;
}

/** pinyin-pro's `pinyin`, always returning one toneless syllable per character. */
export function getPinyin(): Pinyin {
  if (!pinyinFn) {
    const { pinyin } = load('pinyin-pro') as { pinyin: (t: string, o: Record<string, unknown>) => string[] };
    pinyinFn = (text, options) => pinyin(text, { toneType: 'none', type: 'array', v: true, ...options });
  }
  return pinyinFn;
}

/**
 * Splits Chinese text into segmentit tokens with offsets into `text`.
 * segmentit trims and drops whitespace, so each token is found again from a cursor.
 */
export function segmentWithOffsets(text: string): Array<SegmentToken & { start: number; end: number }> {
  const tokens = getSegmenter().doSegment(text);
  const out: Array<SegmentToken & { start: number; end: number }> = [];
  let cursor = 0;
  for (const token of tokens) {
    const window = text.slice(cursor, cursor + 64 + token.w.length);
    const found = window.indexOf(token.w);
    if (found < 0) continue;
    const at = cursor + found;
    out.push({ ...token, start: at, end: at + token.w.length });
    cursor = at + token.w.length;
  }
  return out;
}
