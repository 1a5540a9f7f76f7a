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
        // A batch printed as an array, less its brackets: its items at `inner` plus two, one after the other.
        const json = reindent(JSON.stringify(value.slice(from, to), null, 2), inner);
        yield json.slice(2, json.length - inner.length - 2);
        yield to < value.length ? ',\n' : '\n';
      }
      yield `${inner}]`;
    } else {
      yield reindent(JSON.stringify(value, null, 2), inner);
    }
    yield e < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Indents every line after the first (JSON strings hold no raw newline, so every `\n` is layout). */
function reindent(json: string, indent: string): string {
  return json.includes('\n') ? json.replaceAll('\n', `\n${indent}`) : json;
}

/** Joins small pieces into chunks of about `size` characters, so a writer sees few large writes. */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
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
