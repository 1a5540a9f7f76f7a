import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { AlignOptions, FileResult } from '../types.js';
import { UsageError } from './errors.js';
import type { ReadOptions } from './read.js';

/** A file for a worker: its path, and its text when the main thread already read it (standard input). */
export interface JobRequest {
  index: number;
  path: string;
  text?: string;
  options: AlignOptions;
  /** How the worker reads the file: the folder its path starts from, the encoding given. */
  read: ReadOptions;
}

/** A worker's answer: the file result, or why the file could not be aligned. */
export type JobReply =
  | { index: number; result: FileResult; note?: string }
  | { index: number; error: string; usage: boolean };

/**
 * A worker script other than the compiled worker module, and what it takes: the command's
 * `bin/align-worker.js`, which runs the CLI bundle (`serveWorker`). Its worker data is the
 * worker's own with `boot` set to `data` and the worker's `kind`.
 */
export interface WorkerStart {
  script: string;
  data: Record<string, unknown>;
}

/** What a worker thread does: align files (`--jobs`), documents of a stream, or read candidates of a long text. */
export type WorkerKind = 'jobs' | 'stream' | 'extract';

/**
 * A worker thread of `kind` with its own `workerData`, started from `start` when given, else from
 * the compiled worker module of its kind (`jobs-worker.js`, `stream-worker.js`, `extract-worker.js`).
 */
export async function startWorker(kind: WorkerKind, workerData: Record<string, unknown>, start?: WorkerStart): Promise<Worker> {
  const { Worker } = await import('node:worker_threads');
  return start
    ? new Worker(start.script, { workerData: { ...workerData, boot: { ...start.data, kind } } })
    : new Worker(workerModule(kind), { workerData });
}

/** The compiled worker module of `kind` (the CLI runs from dist/; run from sources, it still uses dist/). */
function workerModule(kind: WorkerKind): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? here.replace(/[\\/]src[\\/]cli[\\/]jobs\.ts$/, `/dist/src/cli/${kind}-worker.js`)
    : here.replace(/[^\\/]+\.js$/, `${kind}-worker.js`); // jobs.js, or the CLI bundle beside it
}

/**
 * Aligns `files` on `jobs` worker threads, each file read and aligned by one worker, and
 * returns the results in the order of `files`: the same results as aligning them in turn.
 * `texts` holds inputs already read (standard input); the others are read as `read` says, as
 * the serial run reads them, each with the note its reading left (`strayNote`). The first failing
 * file, in file order, is thrown as the serial run would throw it.
 */
export async function alignInWorkers(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
  options: AlignOptions,
  jobs: number,
  start?: WorkerStart,
  read: ReadOptions = {},
): Promise<{ result: FileResult; note?: string }[]> {
  const replies = new Array<JobReply | undefined>(files.length).fill(undefined);
  let next = 0;
  const count = Math.max(1, Math.min(jobs, files.length));
  const workers = [];
  for (let k = 0; k < count; k++) workers.push(await startWorker('jobs', {}, start));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const give = (): void => {
        if (next >= files.length) {
          resolve();
          return;
        }
        const index = next++;
        const path = files[index]!;
        worker.postMessage({ index, path, text: texts.get(path), options, read } satisfies JobRequest);
      };
      worker.on('message', (reply: JobReply) => {
        replies[reply.index] = reply;
        give();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (next < files.length || code !== 0) reject(new Error(`worker stopped (exit code ${code})`)); });
      give();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const results: { result: FileResult; note?: string }[] = [];
  for (const reply of replies) {
    if (!reply) throw new Error('a worker gave no answer');
    if ('error' in reply) throw reply.usage ? new UsageError(reply.error) : new Error(reply.error);
    results.push(reply.note === undefined ? { result: reply.result } : { result: reply.result, note: reply.note });
  }
  return results;
}
