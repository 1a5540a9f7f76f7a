/**
 * The candidates of a long text read on worker threads while the main thread pairs its blocks
 * (`AlignOptions.extractor`). The blocks go out in chunks; each helper claims the next chunk from
 * a counter in shared memory, reads it and posts its candidates back; the main thread, once its
 * pairs are made, claims chunks from the same counter and reads them itself until none is left,
 * then takes the helpers' from its port without waiting on its event loop. A block's candidates
 * are `blockCandidates` of its text whichever thread reads them, so the result is the one-thread
 * run's, byte for byte.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { blockCandidates } from '../index.js';
import type { Block, CandidateReading, CandidateSource, ExtractContext, FactCandidate, Lang } from '../types.js';
import { startWorker, type WorkerStart } from './jobs.js';

/** The blocks of a chunk hold about this many characters (the last block of a chunk may pass it). */
const CHUNK_CHARS = 32 * 1024;
/**
 * How long the main thread waits for a chunk a helper holds before it reads the chunk itself:
 * a chunk takes milliseconds, so only a helper that stopped makes it wait this long.
 */
const STALLED_MS = 10_000;

/** Indices into the shared counters. */
const NEXT = 0;
const POSTED = 1;

/** What a helper is handed for one text. */
export interface ExtractJob {
  port: MessagePort;
  shared: SharedArrayBuffer;
  texts: string[];
  langs: Lang[];
  /** The end (exclusive) of each chunk in `texts`. */
  ends: Int32Array;
  context: ExtractContext;
  reading: CandidateReading;
}

/** The candidates of one chunk (`encodeChunk`). */
export interface EncodedChunk {
  chunk: number;
  /** How many candidates each block of the chunk has. */
  counts: Int32Array;
  /** `SLOTS` numbers a candidate (`encodeChunk`). */
  numbers: Float64Array;
  strings: string[];
}

/** Numbers a candidate takes in `EncodedChunk.numbers`. */
const SLOTS = 10;
const BOUNDS = ['over', 'under'] as const;

/**
 * The candidates of blocks `from` to `to` (exclusive) of `texts`, in a form that crosses threads
 * as one buffer and a list of strings: per candidate its kind (a string's number), start, end, value
 * as a number or -1, value as a string's number or -1, max (NaN for none), unit (-1 for none),
 * approx (-1 none, 0 false, 1 true), bound (-1 none, 0 over, 1 under) and type (-1 for none).
 */
export function encodeChunk(chunk: number, texts: readonly string[], langs: readonly Lang[], from: number, to: number, context: ExtractContext, reading: CandidateReading): EncodedChunk {
  const lists = chunkCandidates(texts, langs, from, to, context, reading);
  const counts = Int32Array.from(lists, (list) => list.length);
  let total = 0;
  for (const list of lists) total += list.length;
  const numbers = new Float64Array(total * SLOTS);
  const strings: string[] = [];
  const numberOf = new Map<string, number>();
  const string = (s: string): number => {
    let n = numberOf.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      numberOf.set(s, n);
    }
    return n;
  };
  let at = 0;
  for (const list of lists) {
    for (const c of list) {
      numbers[at] = string(c.kind);
      numbers[at + 1] = c.start;
      numbers[at + 2] = c.end;
      numbers[at + 3] = typeof c.value === 'number' ? c.value : 0;
      numbers[at + 4] = typeof c.value === 'string' ? string(c.value) : -1;
      numbers[at + 5] = c.max ?? Number.NaN;
      numbers[at + 6] = c.unit === undefined ? -1 : string(c.unit);
      numbers[at + 7] = c.approx === undefined ? -1 : c.approx ? 1 : 0;
      numbers[at + 8] = c.bound === undefined ? -1 : BOUNDS.indexOf(c.bound);
      numbers[at + 9] = c.type === undefined ? -1 : string(c.type);
      at += SLOTS;
    }
  }
  return { chunk, counts, numbers, strings };
}

/** The candidates of blocks `from` to `to` (exclusive) of `texts`, a list a block (`blockCandidates`). */
function chunkCandidates(texts: readonly string[], langs: readonly Lang[], from: number, to: number, context: ExtractContext, reading: CandidateReading): FactCandidate[][] {
  const lists: FactCandidate[][] = [];
  for (let k = from; k < to; k++) lists.push(blockCandidates(texts[k]!, langs[k]!, context, reading));
  return lists;
}

/** Where chunk `chunk` starts among the blocks, by the chunks' ends. */
function chunkStart(ends: Int32Array, chunk: number): number {
  return chunk === 0 ? 0 : ends[chunk - 1]!;
}

/** The candidates of each block of an encoded chunk, as `blockCandidates` returned them. */
export function decodeChunk({ counts, numbers, strings }: EncodedChunk): FactCandidate[][] {
  const out: FactCandidate[][] = [];
  let at = 0;
  for (const count of counts) {
    const list: FactCandidate[] = [];
    for (let k = 0; k < count; k++, at += SLOTS) {
      const c = {
        kind: strings[numbers[at]!]!,
        start: numbers[at + 1]!,
        end: numbers[at + 2]!,
        value: numbers[at + 4]! >= 0 ? strings[numbers[at + 4]!]! : numbers[at + 3]!,
      } as FactCandidate;
      if (!Number.isNaN(numbers[at + 5]!)) c.max = numbers[at + 5]!;
      if (numbers[at + 6]! >= 0) c.unit = strings[numbers[at + 6]!]!;
      if (numbers[at + 7]! >= 0) c.approx = numbers[at + 7] === 1;
      if (numbers[at + 8]! >= 0) c.bound = BOUNDS[numbers[at + 8]!]!;
      if (numbers[at + 9]! >= 0) c.type = strings[numbers[at + 9]!]! as FactCandidate['type'];
      list.push(c);
    }
    out.push(list);
  }
  return out;
}

/**
 * A helper's side of a job: claims chunks until none is left, posting each one's candidates on
 * the job's port and counting it in the shared counters.
 */
export function serveJob(job: ExtractJob): void {
  const counters = new Int32Array(job.shared);
  for (;;) {
    const chunk = Atomics.add(counters, NEXT, 1);
    if (chunk >= job.ends.length) break;
    const encoded = encodeChunk(chunk, job.texts, job.langs, chunkStart(job.ends, chunk), job.ends[chunk]!, job.context, job.reading);
    job.port.postMessage(encoded, [encoded.numbers.buffer as ArrayBuffer]);
    Atomics.add(counters, POSTED, 1);
    Atomics.notify(counters, POSTED);
  }
  job.port.close();
}

/** Cuts `blocks` into chunks of about `CHUNK_CHARS` characters; returns each chunk's end. */
function chunkEnds(blocks: readonly Block[]): Int32Array {
  const ends: number[] = [];
  let chars = 0;
  for (let k = 0; k < blocks.length; k++) {
    chars += blocks[k]!.text.length;
    if (chars >= CHUNK_CHARS || k === blocks.length - 1) {
      ends.push(k + 1);
      chars = 0;
    }
  }
  return Int32Array.from(ends);
}

/** Who read the chunks of a text's candidates. */
export interface ChunkCount {
  /** The text's number among those handed to the pool, from 1. */
  text: number;
  chunks: number;
  /** Read and posted by a helper thread so far (the main thread reads the rest). */
  byHelpers: number;
}

/** Helper threads that read the candidates of long texts, and the source of candidates that uses them. */
export interface ExtractPool {
  extractor: CandidateSource;
  /** Who has read the chunks of the last text handed to `extractor`, so far. */
  lastCount(): ChunkCount | undefined;
  close(): Promise<void>;
}

/** Starts `helpers` worker threads (from `start` when given) for the candidates of long texts. */
export async function extractPool(helpers: number, start?: WorkerStart): Promise<ExtractPool> {
  const workers: Worker[] = [];
  for (let k = 0; k < helpers; k++) {
    const worker = await startWorker('extract', {}, start);
    // A helper that fails leaves its chunks to the main thread (`STALLED_MS`); the run goes on.
    worker.on('error', () => undefined);
    worker.unref();
    workers.push(worker);
  }
  let texts = 0;
  let last: (() => ChunkCount) | undefined;
  const extractor: CandidateSource = (blocks, context, reading) => {
    const ends = chunkEnds(blocks);
    const shared = new SharedArrayBuffer(8);
    const counters = new Int32Array(shared);
    const text = ++texts;
    last = () => ({ text, chunks: ends.length, byHelpers: Atomics.load(counters, POSTED) });
    const blockTexts = blocks.map((b) => b.text);
    const langs = blocks.map((b) => b.lang);
    const ports: MessagePort[] = [];
    for (const worker of workers) {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      worker.postMessage({ port: port2, shared, texts: blockTexts, langs, ends, context, reading } satisfies ExtractJob, [port2]);
    }
    const place = new Map<string, number>();
    for (let k = 0; k < blocks.length; k++) place.set(blocks[k]!.id, k);
    const chunkOf = new Int32Array(blocks.length);
    for (let c = 0, k = 0; c < ends.length; c++) for (; k < ends[c]!; k++) chunkOf[k] = c;
    const read = Array.from({ length: ends.length }, (): FactCandidate[][] | undefined => undefined);
    const ready = (chunk: number): boolean => read[chunk] !== undefined;
    const take = (): void => {
      for (const port of ports) {
        for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
          const encoded = message.message as EncodedChunk;
          read[encoded.chunk] ??= decodeChunk(encoded);
        }
      }
    };
    // This thread's own chunks need no trip through a buffer.
    const readHere = (chunk: number): void => {
      read[chunk] = chunkCandidates(blockTexts, langs, chunkStart(ends, chunk), ends[chunk]!, context, reading);
    };
    const ensure = (chunk: number): void => {
      take();
      // Chunks no helper has claimed yet are read here, in turn, until the one asked for is read.
      while (!ready(chunk)) {
        const next = Atomics.add(counters, NEXT, 1);
        if (next >= ends.length) break;
        readHere(next);
      }
      // The one asked for is a helper's: wait until it is posted.
      const since = Date.now();
      while (!ready(chunk)) {
        const posted = Atomics.load(counters, POSTED);
        take();
        if (ready(chunk)) break;
        if (Date.now() - since > STALLED_MS) {
          readHere(chunk);
          break;
        }
        Atomics.wait(counters, POSTED, posted, 100);
      }
    };
    return (block) => {
      const k = place.get(block.id);
      if (k === undefined || blocks[k] !== block) return blockCandidates(block.text, block.lang, context, reading);
      const chunk = chunkOf[k]!;
      if (!ready(chunk)) ensure(chunk);
      return read[chunk]![k - chunkStart(ends, chunk)]!;
    };
  };
  return {
    extractor,
    lastCount: () => last?.(),
    close: async () => { await Promise.all(workers.map((worker) => worker.terminate())); },
  };
}
