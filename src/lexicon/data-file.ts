/**
 * Finds and opens a compiled data file of `data/` (beside `src/` in a checkout, beside
 * `dist/src/` in the package): read whole, or kept open and read piece by piece, so that a
 * run pays for the bytes its lookups touch. An open file stays open for the process (a
 * cached load of static data, as the maps it replaces were).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { PREFIX_BYTES, bytesReader, headerLength, parseHeader, type PackedHeader, type ReadBytes } from './packed.js';

/** A compiled data file: its header and a reader of its bytes. */
export interface DataFile<T> {
  parsed: PackedHeader<T>;
  read: ReadBytes;
}

/** Where `data/NAME` lies from `src/lexicon/` and from `dist/src/lexicon/` (or the CLI bundle in `dist/src/cli/`). */
function candidates(name: string): URL[] {
  return [new URL(`../../data/${name}`, import.meta.url), new URL(`../../../data/${name}`, import.meta.url)];
}

function missing(name: string, cause: unknown): Error {
  return new Error(`the compiled data file data/${name} is missing: run npm run build (${String(cause)})`);
}

/** Reads `data/NAME` whole. */
export function readDataFile<T>(name: string): DataFile<T> {
  let last: unknown;
  for (const url of candidates(name)) {
    let file: Buffer;
    try {
      file = readFileSync(url);
    } catch (error) {
      last = error;
      continue;
    }
    // A plain view of the file's bytes: searches then run V8's own typed-array `indexOf`, not
    // Buffer's, which calls into Node for each search (the same results).
    const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    return { parsed: parseHeader<T>(bytes), read: bytesReader(bytes) };
  }
  throw missing(name, last);
}

/** Opens `data/NAME` and reads its header; the rest is read when asked for. */
export function openDataFile<T>(name: string): DataFile<T> {
  let last: unknown;
  for (const url of candidates(name)) {
    let fd: number;
    try {
      fd = openSync(url, 'r');
    } catch (error) {
      last = error;
      continue;
    }
    try {
      const read = fdReader(fd);
      const start = read(0, 4096);
      const needed = PREFIX_BYTES + headerLength(start);
      const parsed = parseHeader<T>(needed <= start.length ? start : read(0, needed));
      return { parsed, read };
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }
  throw missing(name, last);
}

/** Reads pieces of an open file (fewer bytes at its end). */
function fdReader(fd: number): ReadBytes {
  return (offset, length) => {
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const n = readSync(fd, out, filled, length - filled, offset + filled);
      if (n === 0) break;
      filled += n;
    }
    return filled === length ? out : out.subarray(0, filled);
  };
}
