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
    const firsts = this.firsts;
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (firsts[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= firsts.length || firsts[lo] !== first) return undefined;
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
