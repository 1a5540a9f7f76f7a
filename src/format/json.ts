import type { FileResult } from '../types.js';
import { OUTPUT_VERSION } from '../version.js';

/** The versioned JSON contract: `{"version": 1, "files": [...]}`, indented. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify({ version: OUTPUT_VERSION, files: results }, null, 2) + '\n';
}
