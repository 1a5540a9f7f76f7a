/**
 * The layout of the compiled data files (`data/*.bin`, written by `scripts/build-lexicon.ts`),
 * made to be searched where they lie instead of parsed into maps:
 *
 * - a file: the bytes `ALD1`, the length of a JSON header (32 bits, little-endian), the header
 *   (what the data is, its licence, and where each section lies relative to the body), then the
 *   body, which starts and whose sections start at multiples of four bytes;
 * - a table section: records `key<TAB>value\n` sorted by the bytes of their key, and an index
 *   section: the first code points of the keys in order (32-bit words) followed by where each
 *   one's records start (one more word than code points, the last the records' end). A lookup
 *   finds its first character's bucket by binary search, then its record inside the bucket.
 *
 * A table reads a bucket only when a lookup lands in it, from whole-file bytes or from an open
 * file, so a run touches the records of the characters it meets and no others.
 */

/** Where a section lies in the body: byte offset and length. */
export type SectionSpan = [offset: number, length: number];

/** The parsed start of a compiled file: its JSON header and where its body starts. */
export interface PackedHeader<T> {
  header: T & { sections: Record<string, SectionSpan> };
  body: number;
}

/** Reads `length` bytes at `offset` of the file (fewer at its end). */
export type ReadBytes = (offset: number, length: number) => Uint8Array;

const MAGIC = [0x41, 0x4c, 0x44, 0x31]; // "ALD1"
const TAB = 9;
const NEWLINE = 10;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Bytes before the header: the magic and the header's length. */
export const PREFIX_BYTES = 8;

/** The length of the JSON header, from the file's first `PREFIX_BYTES` bytes. */
export function headerLength(prefix: Uint8Array): number {
  if (prefix.length < PREFIX_BYTES || MAGIC.some((b, k) => prefix[k] !== b)) {
    throw new Error('not a compiled align data file (run npm run build)');
  }
  return (prefix[4]! | (prefix[5]! << 8) | (prefix[6]! << 16) | (prefix[7]! << 24)) >>> 0;
}

/** Parses the header from the first `PREFIX_BYTES + headerLength` bytes of a file (or more). */
export function parseHeader<T>(start: Uint8Array): PackedHeader<T> {
  const length = headerLength(start);
  const end = PREFIX_BYTES + length;
  if (start.length < end) throw new Error('the compiled data file is cut short (run npm run build)');
  const header = JSON.parse(decoder.decode(start.subarray(PREFIX_BYTES, end))) as PackedHeader<T>['header'];
  return { header, body: align4(end) };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** 32-bit little-endian words of `bytes` (viewed in place when aligned on a little-endian machine). */
export function uint32s(bytes: Uint8Array): Uint32Array {
  const count = bytes.length >>> 2;
  if (littleEndian && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
  const out = new Uint32Array(count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k < count; k++) out[k] = view.getUint32(k * 4, true);
  return out;
}

/** 16-bit little-endian words of `bytes` (viewed in place when aligned on a little-endian machine). */
export function uint16s(bytes: Uint8Array): Uint16Array {
  const count = bytes.length >>> 1;
  if (littleEndian && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, count);
  const out = new Uint16Array(count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k < count; k++) out[k] = view.getUint16(k * 2, true);
  return out;
}

/** A `ReadBytes` over a whole file already in memory. */
export function bytesReader(bytes: Uint8Array): ReadBytes {
  return (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length));
}

/** Compares the key `key[0, keyLength)` with the bytes `data[from, to)`. */
function compare(key: Uint8Array, keyLength: number, data: Uint8Array, from: number, to: number): number {
  const n = Math.min(keyLength, to - from);
  for (let k = 0; k < n; k++) {
    const d = key[k]! - data[from + k]!;
    if (d !== 0) return d;
  }
  return keyLength - (to - from);
}

/** A sorted `key<TAB>value\n` table searched in place, its buckets read on first use. */
export class PackedTable {
  private readonly firsts: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly buckets: (Uint8Array | undefined)[];
  private scratch = new Uint8Array(64);

  /**
   * `index` is the table's index section; `read` reads the file, whose records section
   * starts at byte `records`.
   */
  constructor(index: Uint8Array, private readonly read: ReadBytes, private readonly records: number) {
    const words = uint32s(index);
    const count = (words.length - 1) >>> 1;
    this.firsts = words.subarray(0, count);
    this.starts = words.subarray(count, count * 2 + 1);
    this.buckets = new Array<Uint8Array | undefined>(count);
  }

  /** The value of the record whose key is `key`, or undefined. */
  get(key: string): string | undefined {
    const bucket = this.bucketOf(key);
    if (!bucket) return undefined;
    const length = this.encode(key);
    const at = lowerBound(this.scratch, length, bucket);
    if (at >= bucket.length) return undefined;
    const tab = bucket.indexOf(TAB, at);
    if (compare(this.scratch, length, bucket, at, tab) !== 0) return undefined;
    return decoder.decode(bucket.subarray(tab + 1, bucket.indexOf(NEWLINE, tab)));
  }

  /** True when some key starts with `prefix` (a key equal to it included). */
  hasPrefix(prefix: string): boolean {
    const bucket = this.bucketOf(prefix);
    if (!bucket) return false;
    const length = this.encode(prefix);
    const at = lowerBound(this.scratch, length, bucket);
    if (at >= bucket.length) return false;
    const tab = bucket.indexOf(TAB, at);
    return compare(this.scratch, length, bucket, at, Math.min(at + length, tab)) === 0;
  }

  /** Bytes of the records whose key starts with the first character of `key`, or undefined. */
  private bucketOf(key: string): Uint8Array | undefined {
    const first = key.codePointAt(0);
    if (first === undefined) return undefined;
    const lo = indexOfFirst(this.firsts, first);
    if (lo < 0) return undefined;
    let bucket = this.buckets[lo];
    if (!bucket) {
      const from = this.starts[lo]!;
      bucket = this.read(this.records + from, this.starts[lo + 1]! - from);
      this.buckets[lo] = bucket;
    }
    return bucket;
  }

  /** Writes the UTF-8 of `text` into the scratch buffer (grown when short); returns its length. */
  private encode(text: string): number {
    if (text.length * 3 > this.scratch.length) this.scratch = new Uint8Array(text.length * 3);
    return encodeUtf8Into(text, this.scratch);
  }
}

/**
 * Writes the UTF-8 of `text` into `out` (at least three bytes a code unit) and returns how
 * many bytes it wrote: the bytes `TextEncoder.encodeInto` writes (a lone surrogate becomes
 * U+FFFD), without a call into the runtime for each of the few short keys a lookup encodes.
 */
export function encodeUtf8Into(text: string, out: Uint8Array): number {
  let at = 0;
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c < 0x80) {
      out[at++] = c;
      continue;
    }
    if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = k + 1 < text.length ? text.charCodeAt(k + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        out[at++] = 0xf0 | (point >> 18);
        out[at++] = 0x80 | ((point >> 12) & 0x3f);
        out[at++] = 0x80 | ((point >> 6) & 0x3f);
        out[at++] = 0x80 | (point & 0x3f);
        k++;
        continue;
      }
      c = 0xfffd;
    }
    out[at++] = 0xe0 | (c >> 12);
    out[at++] = 0x80 | ((c >> 6) & 0x3f);
    out[at++] = 0x80 | (c & 0x3f);
  }
  return at;
}

/** Offset of the first record in `bucket` whose key is not below `key[0, keyLength)` (the bucket's length if none). */
function lowerBound(key: Uint8Array, keyLength: number, bucket: Uint8Array): number {
  let lo = 0;
  let hi = bucket.length;
  // Invariant: records before lo are below key; records at or after hi are not.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // (A negative start would make lastIndexOf count from the end.)
    const start = mid === 0 ? 0 : Math.max(lo, bucket.lastIndexOf(NEWLINE, mid - 1) + 1);
    const tab = bucket.indexOf(TAB, start);
    if (compare(key, keyLength, bucket, start, tab) > 0) lo = bucket.indexOf(NEWLINE, tab) + 1;
    else hi = start;
  }
  return lo;
}

/** A table section by name from a parsed file: its index and where its records start in the file. */
export function tableOf<T>(parsed: PackedHeader<T>, read: ReadBytes, name: string): PackedTable {
  const index = parsed.header.sections[`${name}.index`];
  const records = parsed.header.sections[`${name}.records`];
  if (!index || !records) throw new Error(`the compiled data file has no table ${name} (run npm run build)`);
  return new PackedTable(read(parsed.body + index[0], index[1]), read, parsed.body + records[0]);
}

/** The bytes of a plain section by name. */
export function sectionOf<T>(parsed: PackedHeader<T>, read: ReadBytes, name: string): Uint8Array {
  const span = parsed.header.sections[name];
  if (!span) throw new Error(`the compiled data file has no section ${name} (run npm run build)`);
  return read(parsed.body + span[0], span[1]);
}

/** The two sections of a table built from `[key, value]` entries (keys unique, without TAB or newline). */
export function packTable(entries: Iterable<readonly [string, string]>): { index: Uint8Array; records: Uint8Array } {
  const rows = [...entries].map(([key, value]) => {
    if (/[\t\n]/.test(key) || value.includes('\n')) throw new Error(`packTable: a key or value holds a tab or newline: ${key}`);
    return { key: encoder.encode(key), first: key.codePointAt(0) ?? 0, record: encoder.encode(`${key}\t${value}\n`) };
  });
  rows.sort((a, b) => compareBytes(a.key, b.key));
  const firsts: number[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const row of rows) {
    if (firsts[firsts.length - 1] !== row.first) {
      firsts.push(row.first);
      starts.push(length);
    }
    length += row.record.length;
  }
  starts.push(length);
  const records = new Uint8Array(length);
  let at = 0;
  for (const row of rows) {
    records.set(row.record, at);
    at += row.record.length;
  }
  return { index: wordsLE([...firsts, ...starts], 4), records };
}

/** Compares two byte strings (shorter first on a common prefix). */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return compare(a, a.length, b, 0, b.length);
}

/** Little-endian words of `size` bytes (2 or 4). */
export function wordsLE(values: readonly number[], size: 2 | 4): Uint8Array {
  const out = new Uint8Array(values.length * size);
  const view = new DataView(out.buffer);
  values.forEach((v, k) => {
    if (size === 4) view.setUint32(k * size, v, true);
    else view.setUint16(k * size, v, true);
  });
  return out;
}

/** A whole compiled file: the prefix, the header (with where each section lies added), the aligned body. */
export function packFile(header: object, sections: Record<string, Uint8Array>): Uint8Array {
  const spans: Record<string, SectionSpan> = {};
  let length = 0;
  for (const [name, bytes] of Object.entries(sections)) {
    spans[name] = [length, bytes.length];
    length = align4(length + bytes.length);
  }
  const json = encoder.encode(JSON.stringify({ ...header, sections: spans }));
  const body = align4(PREFIX_BYTES + json.length);
  const out = new Uint8Array(body + length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, PREFIX_BYTES);
  for (const [name, bytes] of Object.entries(sections)) out.set(bytes, body + spans[name]![0]);
  return out;
}

/*
 * A word table: a lexicon's headwords and their values laid out for the two questions word
 * segmentation asks at each position of a text, "is this a word" and "does a word start with
 * this". Per first character of the words (a bucket):
 *
 * - `.firsts`: the first code points in order (32-bit words), and `.starts`: where each one's
 *   bucket starts in `.buckets` (one more word than code points, the last the section's end);
 * - a bucket in `.buckets` (at a multiple of four bytes): 16-bit words, G, the counts of its
 *   words by the length of their rest in UTF-16 code units (0 for the one-character word, up
 *   to G - 1), the rests of each length in code-unit order, and where each word's value starts
 *   in the values that follow, in the same order (one more than words, the last their end);
 *   then the values, UTF-8, with nothing between them.
 *
 * A lookup compares code units of the question as it is (sorted `key<TAB>value` records had it
 * encoded to UTF-8 and searched bytes for tabs and newlines at each step), and a bucket is one
 * read of the file: a read costs about as much as a fresh page of memory here, so a bucket
 * keeps its values beside its words (the values apart, each read when asked for, made the seed
 * run twice as many reads). A bucket is about 0.7x the bytes of the same records.
 */

/** A word table searched in place, its buckets read on first use. */
export class WordTable {
  private readonly firsts: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly buckets: (Uint16Array | undefined)[];
  /** The bytes of each bucket read (its values are decoded from them). */
  private readonly bytes: (Uint8Array | undefined)[];
  /** The index of the bucket `bucketOf` found last. */
  private last = 0;

  /**
   * `firsts` and `starts` are the table's index sections; `read` reads the file, whose
   * `.buckets` section starts at byte `at`.
   */
  constructor(firsts: Uint8Array, starts: Uint8Array, private readonly read: ReadBytes, private readonly at: number) {
    this.firsts = uint32s(firsts);
    this.starts = uint32s(starts);
    this.buckets = new Array<Uint16Array | undefined>(this.firsts.length);
    this.bytes = new Array<Uint8Array | undefined>(this.firsts.length);
  }

  /** The value of the word `word`, or undefined. */
  get(word: string): string | undefined {
    const bucket = this.bucketOf(word);
    if (!bucket || !wellFormed(word)) return undefined;
    const groups = bucket[0]!;
    const rest = word.length - (word.codePointAt(0)! > 0xffff ? 2 : 1);
    if (rest >= groups) return undefined;
    const count = bucket[1 + rest]!;
    let entry = 0;
    let total = 0;
    let at = 1 + groups;
    let offsets = 1 + groups;
    for (let length = 0; length < groups; length++) {
      const n = bucket[1 + length]!;
      if (length < rest) {
        entry += n;
        at += n * length;
      }
      total += n;
      offsets += n * length;
    }
    const from = word.length - rest;
    let found = -1;
    if (rest === 0) found = count > 0 ? 0 : -1;
    else {
      const k = lowerBoundUnits(bucket, at, rest, count, word, from, rest);
      if (k < count && compareUnits(bucket, at + k * rest, word, from, rest) === 0) found = k;
    }
    if (found < 0) return undefined;
    const values = 2 * (offsets + total + 1);
    return decoder.decode(this.bytes[this.last]!.subarray(values + bucket[offsets + entry + found]!, values + bucket[offsets + entry + found + 1]!));
  }

  /** True when some word starts with `prefix` (a word equal to it included). */
  hasPrefix(prefix: string): boolean {
    const bucket = this.bucketOf(prefix);
    if (!bucket || !wellFormed(prefix)) return false;
    const rest = prefix.length - (prefix.codePointAt(0)! > 0xffff ? 2 : 1);
    if (rest === 0) return true;
    const groups = bucket[0]!;
    const from = prefix.length - rest;
    let at = 1 + groups;
    for (let length = 0; length < groups; length++) {
      const count = bucket[1 + length]!;
      if (length >= rest && count > 0) {
        const k = lowerBoundUnits(bucket, at, length, count, prefix, from, rest);
        if (k < count && compareUnits(bucket, at + k * length, prefix, from, rest) === 0) return true;
      }
      at += count * length;
    }
    return false;
  }

  /**
   * The ends of the words of `text` that start at `from` and end by `to` and are longer than
   * its first character, longest first, written into `ends`; returns how many. What
   * `hasPrefix` and `get` asked of each slice `text[from, end)` in turn, asked of the text in
   * place: one bucket, one binary search a length, no string made.
   */
  wordEndsAt(text: string, from: number, to: number, ends: number[]): number {
    const first = text.codePointAt(from);
    if (first === undefined) return 0;
    const bucket = this.bucketAt(first);
    if (!bucket) return 0;
    const start = from + (first > 0xffff ? 2 : 1);
    const groups = bucket[0]!;
    const longest = Math.min(groups - 1, to - start);
    let found = 0;
    let at = 1 + groups;
    for (let rest = 1; rest <= longest; rest++) at += bucket[1 + rest]! * rest;
    for (let rest = longest; rest >= 1; rest--) {
      const count = bucket[1 + rest]!;
      at -= count * rest;
      if (count === 0) continue;
      const k = lowerBoundUnits(bucket, at, rest, count, text, start, rest);
      if (k < count && compareUnits(bucket, at + k * rest, text, start, rest) === 0) ends[found++] = start + rest;
    }
    return found;
  }

  /** The bucket of the words that start with the first character of `word`, or undefined. */
  private bucketOf(word: string): Uint16Array | undefined {
    const first = word.codePointAt(0);
    return first === undefined ? undefined : this.bucketAt(first);
  }

  /** The bucket of the words that start with the code point `first`, or undefined. */
  private bucketAt(first: number): Uint16Array | undefined {
    const lo = indexOfFirst(this.firsts, first);
    if (lo < 0) return undefined;
    this.last = lo;
    let bucket = this.buckets[lo];
    if (!bucket) {
      const from = this.starts[lo]!;
      const bytes = this.read(this.at + from, this.starts[lo + 1]! - from);
      bucket = uint16s(bytes);
      this.buckets[lo] = bucket;
      this.bytes[lo] = bytes;
    }
    return bucket;
  }
}

/** Where the code point `first` stands in a table's sorted first characters, or -1 when no key starts with it. */
function indexOfFirst(firsts: Uint32Array, first: number): number {
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (firsts[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < firsts.length && firsts[lo] === first ? lo : -1;
}

/** Whether a string holds no lone surrogate (UTF-8 would write U+FFFD for one, which no word holds). */
function wellFormed(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff || k + 1 >= text.length) return false;
    const next = text.charCodeAt(k + 1);
    if (next < 0xdc00 || next > 0xdfff) return false;
    k++;
  }
  return true;
}

/**
 * Compares the first `length` code units of the rest at `units[at]` with `text[from, from +
 * length)` (the rest is at least that long).
 */
function compareUnits(units: Uint16Array, at: number, text: string, from: number, length: number): number {
  for (let k = 0; k < length; k++) {
    const d = units[at + k]! - text.charCodeAt(from + k);
    if (d !== 0) return d;
  }
  return 0;
}

/** The first of `count` rests of `stride` units from `units[at]` whose first `length` units are not below `text[from, from + length)`. */
function lowerBoundUnits(units: Uint16Array, at: number, stride: number, count: number, text: string, from: number, length: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareUnits(units, at + mid * stride, text, from, length) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A word table by name from a parsed file. */
export function wordTableOf<T>(parsed: PackedHeader<T>, read: ReadBytes, name: string): WordTable {
  const span = (part: string): SectionSpan => {
    const found = parsed.header.sections[`${name}.${part}`];
    if (!found) throw new Error(`the compiled data file has no word table ${name} (run npm run build)`);
    return found;
  };
  const [firsts, starts, buckets] = [span('firsts'), span('starts'), span('buckets')];
  return new WordTable(read(parsed.body + firsts[0], firsts[1]), read(parsed.body + starts[0], starts[1]), read, parsed.body + buckets[0]);
}

/**
 * The three sections of a word table built from `[word, value]` entries (words unique and
 * well formed, none holding U+FFFD; a bucket's values under 64 KB).
 */
export function packWords(entries: Iterable<readonly [string, string]>): Record<'firsts' | 'starts' | 'buckets', Uint8Array> {
  const byFirst = new Map<number, [string, string][]>();
  for (const [word, value] of entries) {
    if (word.length === 0 || !wellFormed(word) || word.includes('\ufffd')) throw new Error(`packWords: not a word: ${JSON.stringify(word)}`);
    const first = word.codePointAt(0)!;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push([word, value]);
  }
  const firsts = [...byFirst.keys()].sort((a, b) => a - b);
  const starts: number[] = [];
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const first of firsts) {
    const firstLength = first > 0xffff ? 2 : 1;
    const words = byFirst.get(first)!.map(([word, value]) => ({ rest: word.slice(firstLength), value: encoder.encode(value) }));
    // By the length of the rest, then by code units (JavaScript's string order).
    words.sort((a, b) => a.rest.length - b.rest.length || (a.rest < b.rest ? -1 : a.rest > b.rest ? 1 : 0));
    let groups = 1;
    for (const w of words) groups = Math.max(groups, w.rest.length + 1);
    const counts = new Array<number>(groups).fill(0);
    for (const w of words) counts[w.rest.length]!++;
    if (counts.some((n) => n > 0xffff)) throw new Error('packWords: a bucket holds too many words');
    const units: number[] = [groups];
    for (const n of counts) units.push(n);
    for (const w of words) for (let k = 0; k < w.rest.length; k++) units.push(w.rest.charCodeAt(k));
    let offset = 0;
    units.push(0);
    for (const w of words) {
      offset += w.value.length;
      if (offset > 0xffff) throw new Error('packWords: the values of a bucket exceed 64 KB');
      units.push(offset);
    }
    starts.push(length);
    const head = wordsLE(units, 2);
    const bucket = new Uint8Array(align4(head.length + offset));
    bucket.set(head, 0);
    let at = head.length;
    for (const w of words) {
      bucket.set(w.value, at);
      at += w.value.length;
    }
    parts.push(bucket);
    length += bucket.length;
  }
  starts.push(length);
  const buckets = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    buckets.set(part, at);
    at += part.length;
  }
  return { firsts: wordsLE(firsts, 4), starts: wordsLE(starts, 4), buckets };
}
