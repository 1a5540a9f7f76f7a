import type { FileResult } from '../types.js';
import { OUTPUT_VERSION } from '../version.js';

/**
 * The JSON contract (`--json`) in pieces: the same bytes as `formatJson(results)`, but
 * never held as one string, so a large document's output streams out a batch of items at a time.
 */
export function* jsonPieces(results: readonly FileResult[]): Generator<string> {
  yield `{\n  "version": ${JSON.stringify(OUTPUT_VERSION)},\n  "files": `;
  if (results.length === 0) {
    yield '[]\n}\n';
    return;
  }
  yield '[\n';
  for (let f = 0; f < results.length; f++) {
    yield* filePieces(results[f]!, '    ');
    yield f < results.length - 1 ? ',\n' : '\n';
  }
  yield '  ]\n}\n';
}

/** Array items printed together: few large pieces, each still small. */
const BATCH = 256;

/** One file result as `JSON.stringify(file, null, 2)` would print it at `indent`, array items a batch at a time. */
function* filePieces(file: FileResult, indent: string): Generator<string> {
  const inner = `${indent}  `;
  const depth = inner.length / 2;
  const entries: [string, unknown][] = Object.entries(file).filter(([, value]) => value !== undefined && typeof value !== 'function');
  if (entries.length === 0) {
    yield `${indent}{}`;
    return;
  }
  yield `${indent}{\n`;
  for (let e = 0; e < entries.length; e++) {
    const [key, value] = entries[e]!;
    yield `${inner}${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (let from = 0; from < value.length; from += BATCH) {
        const to = Math.min(value.length, from + BATCH);
        // A batch printed as an array at `inner`, less its brackets: its items at `inner` plus two, one after the other.
        const json = nested(value.slice(from, to), depth);
        yield json.slice(2, json.length - inner.length - 2);
        yield to < value.length ? ',\n' : '\n';
      }
      yield `${inner}]`;
    } else {
      yield nested(value, depth);
    }
    yield e < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * `value` as `JSON.stringify(value, null, 2)` prints it `depth` levels deep, its first line unindented:
 * stringified inside `depth` arrays, so the indentation comes out of one native call with no copy to re-indent.
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  // Each wrapping array adds `[`, a newline and the indent of its level before the value, and the same after it.
  const before = depth * (depth + 3);
  const after = depth * (depth + 1);
  return json.slice(before, json.length - after);
}

/**
 * Joins small pieces into chunks of about `size` characters, so a writer sees few large writes.
 * A piece of `size` or more goes out alone, as it is: joining it to its neighbours would copy it once more.
 */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (piece.length >= size) {
      if (length > 0) yield buffer.join('');
      buffer = [];
      length = 0;
      yield piece;
      continue;
    }
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
