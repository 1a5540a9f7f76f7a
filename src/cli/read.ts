import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';

/** A decoded input file. */
export interface Input {
  path: string;
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
}

/** Reads a path, or standard input for `-`, and decodes it. */
export async function readInput(path: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Input> {
  let bytes: Uint8Array;
  if (path === '-') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new UsageError(`cannot read ${path}: ${why}`);
    }
  }
  return { path, ...decode(bytes, path) };
}

/**
 * Decodes bytes as text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * then GB18030 (the superset of GBK/GB2312 common for Chinese files); binary input is refused.
 */
export function decode(bytes: Uint8Array, path = 'input'): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${path} looks binary (it holds NUL bytes), not text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new UsageError(`${path} is neither UTF-8 nor GB18030 text`);
    }
  }
}
