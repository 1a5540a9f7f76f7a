/**
 * A helper thread of a long text's extraction (`extract-pool.ts`): for each text the main thread
 * hands it, reads the chunks of blocks it claims and posts back their candidates.
 */
import { parentPort } from 'node:worker_threads';
import { serveJob, type ExtractJob } from './extract-pool.js';

parentPort?.on('message', (job: ExtractJob) => {
  serveJob(job);
});
