import type { FileResult } from '../types.js';
import { OUTPUT_VERSION } from '../version.js';
import { arrayItems, nested } from '../format/json-items.js';

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
      yield* arrayItems(value as unknown[], inner);
      yield `\n${inner}]`;
    } else {
      yield nested(value, depth);
    }
    yield e < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * Joins small pieces into chunks of about `size` characters, so a writer sees few large writes.
 * A piece of `size` or more goes out alone, as it is: joining it to its neighbours would copy it once more.
 * 16K characters by default: a chunk stays well under the 128 KB a flat string is made in pages
 * of its own from (see `PIECE_MOST`).
 */
export function* chunked(pieces: Iterable<string>, size = 1 << 14): Generator<string> {
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
