/**
 * A worker thread of `--stream --jobs N`: aligns the documents the main thread hands it
 * and posts back each output line, with whether its result trips the exit threshold.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { align, alignFiles } from '../index.js';
import type { AlignOptions, Severity } from '../types.js';
import { alignDocument, failsAt, type StreamDocument, type StreamOutput } from './stream.js';

const { options, failOn, output } = workerData as { options: AlignOptions; failOn: Severity | 'never'; output: StreamOutput };

parentPort?.on('message', ({ seq, line, document }: { seq: number; line: number; document: StreamDocument }) => {
  const { text, result } = alignDocument(document, line, options, { align, alignFiles }, output);
  parentPort?.postMessage({ seq, text, ok: result !== undefined, failing: result !== undefined && failsAt(result, failOn) });
});
