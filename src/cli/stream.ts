import { formatJsonl, type CorpusOptions } from '../format/corpus.js';
import type { AlignOptions, FileResult, Severity } from '../types.js';
import { startWorker, type WorkerStart } from './jobs.js';

/** One document of a JSON Lines stream: an interleaved text, or a translation in two texts. */
export type StreamDocument =
  | { id: string; text: string }
  | { id: string; en: string; zh: string };

/** What one input line turned into: a document to align, or the reason it cannot be read. */
export type StreamItem =
  | { line: number; document: StreamDocument }
  | { line: number; id?: string; error: string };

/** The output line of an input line that could not be aligned. */
export interface StreamError {
  id?: string;
  line: number;
  error: string;
}

/** How a stream run ended. */
export interface StreamTotals {
  /** Documents aligned. */
  documents: number;
  /** Input lines that gave an error line instead of a result. */
  malformed: number;
  /** Aligned documents' results, for the exit code: whether any has a finding at or above the threshold. */
  failing: boolean;
}

/**
 * Splits a byte stream into lines (`\n`, with or without `\r` before it) without holding
 * more than the current line: each line is yielded with its 1-based number. A last line
 * without a newline counts too.
 */
export async function* readLines(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let parts: Buffer[] = [];
  let number = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (;;) {
      const newline = buffer.indexOf(10, from);
      if (newline < 0) break;
      const piece = buffer.subarray(from, newline);
      let bytes = piece;
      if (parts.length) {
        parts.push(piece);
        bytes = Buffer.concat(parts);
        parts = [];
      }
      yield { line: ++number, bytes: trimCr(bytes) };
      from = newline + 1;
    }
    // Copy the tail: the chunk's buffer may be reused by the reader.
    if (from < buffer.length) parts.push(Buffer.from(buffer.subarray(from)));
  }
  if (parts.length) yield { line: number + 1, bytes: trimCr(Buffer.concat(parts)) };
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one input line: `{"id", "text"}` or `{"id", "en", "zh"}`. Blank lines are skipped
 * (`undefined`); anything else that is not such an object is an error item.
 */
export function parseLine(line: number, bytes: Uint8Array): StreamItem | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { line, error: 'not UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `not JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { line, error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : undefined;
  if (id === undefined) return { line, error: rawId === undefined ? 'no "id"' : '"id" is not a string' };
  const has = (key: string): boolean => record[key] !== undefined;
  if (has('text')) {
    if (has('en') || has('zh')) return { line, id, error: 'give "text", or "en" and "zh", not both' };
    if (typeof record.text !== 'string') return { line, id, error: '"text" is not a string' };
    return { line, document: { id, text: record.text } };
  }
  if (has('en') || has('zh')) {
    if (typeof record.en !== 'string' || typeof record.zh !== 'string') return { line, id, error: '"en" and "zh" must both be strings' };
    return { line, document: { id, en: record.en, zh: record.zh } };
  }
  return { line, id, error: 'no "text", nor "en" and "zh"' };
}

/** The functions that align one document (injected, so a worker can hold its own copy). */
export interface Aligners {
  align(text: string, options: AlignOptions): FileResult;
  alignFiles(en: { text: string; path?: string }, zh: { text: string; path?: string }, options: AlignOptions): FileResult;
}

/**
 * What a stream writes for each document: the file result of the JSON contract (undefined), or
 * with `jsonl` the corpus export's lines, one a pair with both sides (none for a document without
 * one), `corpus` choosing which.
 */
export interface StreamOutput {
  format?: 'jsonl';
  corpus?: CorpusOptions;
}

/**
 * Aligns one document and returns its output, newline included: the file result with `path` set
 * to the id (or its pairs' lines, by `output`), or an error line if aligning failed.
 */
export function alignDocument(document: StreamDocument, line: number, options: AlignOptions, aligners: Aligners, output: StreamOutput = {}): { text: string; result?: FileResult } {
  try {
    const result = 'text' in document
      ? aligners.align(document.text, { ...options, path: document.id })
      : { ...aligners.alignFiles({ text: document.en, path: 'en' }, { text: document.zh, path: 'zh' }, options), path: document.id };
    return { text: output.format === 'jsonl' ? formatJsonl([result], output.corpus) : `${JSON.stringify(result)}\n`, result };
  } catch (error) {
    return { text: errorLine({ id: document.id, line, error: `internal error: ${(error as Partial<Error>).message ?? String(error)}` }) };
  }
}

/** The output line of an error item, newline included. */
export function errorLine(error: StreamError): string {
  return `${JSON.stringify(error.id === undefined ? { line: error.line, error: error.error } : { id: error.id, line: error.line, error: error.error })}\n`;
}

/**
 * Runs the stream: reads JSON Lines from `source`, aligns each document in turn and writes
 * its output line as soon as it is done, in input order. `failing` tells whether a result
 * trips the exit threshold. Memory holds one document at a time.
 */
export async function runStream(
  source: AsyncIterable<Uint8Array | string>,
  options: AlignOptions,
  aligners: Aligners,
  write: (text: string) => void | Promise<void>,
  failing: (result: FileResult) => boolean,
  output: StreamOutput = {},
): Promise<StreamTotals> {
  const totals: StreamTotals = { documents: 0, malformed: 0, failing: false };
  for await (const { line, bytes } of readLines(source)) {
    const item = parseLine(line, bytes);
    if (!item) continue;
    if ('error' in item) {
      totals.malformed++;
      await write(errorLine(item));
      continue;
    }
    const { text, result } = alignDocument(item.document, line, options, aligners, output);
    if (result) {
      totals.documents++;
      if (!totals.failing && failing(result)) totals.failing = true;
    } else {
      totals.malformed++;
    }
    if (text) await write(text);
  }
  return totals;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a result has a finding at or above `failOn` (the exit code 1 of the CLI). */
export function failsAt(result: FileResult, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && result.findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}

/**
 * `runStream` on `jobs` worker threads: documents go to the next free worker, and output
 * lines are written in input order as soon as every line before them is done. At most a few
 * documents a worker are in flight, so memory stays flat whatever the input size.
 */
export async function runStreamInWorkers(
  source: AsyncIterable<Uint8Array | string>,
  options: AlignOptions,
  failOn: Severity | 'never',
  jobs: number,
  write: (text: string) => void | Promise<void>,
  output: StreamOutput = {},
  start?: WorkerStart,
): Promise<StreamTotals> {
  const totals: StreamTotals = { documents: 0, malformed: 0, failing: false };
  const workers = [];
  for (let k = 0; k < jobs; k++) workers.push(await startWorker('stream', { options, failOn, output }, start));
  const idle = [...workers];
  const done = new Map<number, string>();
  let nextSeq = 0;
  let nextWrite = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const worker of workers) {
    worker.on('message', (reply: { seq: number; text: string; ok: boolean; failing: boolean }) => {
      done.set(reply.seq, reply.text);
      if (reply.ok) totals.documents++;
      else totals.malformed++;
      if (reply.failing) totals.failing = true;
      idle.push(worker);
      signal();
    });
    worker.on('error', (error: Error) => { failure = error; signal(); });
  }
  const flush = async (): Promise<void> => {
    while (done.has(nextWrite)) {
      const text = done.get(nextWrite)!;
      done.delete(nextWrite++);
      if (text) await write(text);
    }
  };
  // Waits for the next reply. Checked and armed with no await in between, so no reply is missed.
  const nextReply = (): Promise<void> => {
    if (failure) throw failure;
    return new Promise<void>((resolve) => { wake = resolve; });
  };
  // Lines finished ahead of the one being written wait in `done`: at most this many.
  const window = jobs * 16;
  try {
    for await (const { line, bytes } of readLines(source)) {
      const item = parseLine(line, bytes);
      if (!item) continue;
      const seq = nextSeq++;
      if ('error' in item) {
        totals.malformed++;
        done.set(seq, errorLine(item));
        await flush();
        continue;
      }
      while (idle.length === 0 || seq - nextWrite > window) {
        if (done.has(nextWrite)) await flush();
        else await nextReply();
      }
      if (failure) throw failure;
      idle.pop()!.postMessage({ seq, line, document: item.document });
    }
    while (nextWrite < nextSeq) {
      if (done.has(nextWrite)) await flush();
      else await nextReply();
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return totals;
}
