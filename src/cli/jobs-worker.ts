/**
 * A worker thread of `--jobs`: reads and aligns the files the main thread hands it, one
 * message each, and posts back the file result (or the error, as one line).
 */
import { parentPort } from 'node:worker_threads';
import { align } from '../index.js';
import type { AlignOptions } from '../types.js';
import { UsageError } from './errors.js';
import { readInput, strayNote } from './read.js';
import type { JobReply, JobRequest } from './jobs.js';

const noStdin: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() { /* standard input is read by the main thread */ } };

parentPort?.on('message', (message: JobRequest) => {
  void handle(message).then((reply) => parentPort?.postMessage(reply));
});

async function handle(request: JobRequest): Promise<JobReply> {
  try {
    const input = request.text === undefined ? await readInput(request.path, noStdin, request.read) : undefined;
    const options: AlignOptions = { ...request.options, path: request.path };
    const result = align(request.text ?? input!.text, options);
    const note = input && strayNote(input);
    return note === undefined ? { index: request.index, result } : { index: request.index, result, note };
  } catch (error) {
    return { index: request.index, error: (error as Partial<Error>).message ?? String(error), usage: error instanceof UsageError };
  }
}
