import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import { mostlyUtf8 } from './mixed-utf8.js';

/** A decoded input file. */
export interface Input {
  path: string;
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
  /** Bytes of UTF-8 input that were no part of a character, read as Windows-1252 or U+FFFD (see `mostlyUtf8`). */
  stray?: number;
}

/** How to read an input. */
export interface ReadOptions {
  /** Folder relative paths start from (default: the process's). */
  cwd?: string;
  /** Encoding to decode with instead of guessing (`big5`, `gb18030`, `utf-16le`, …). */
  encoding?: string;
}

/** Reads a path (relative to `cwd`), or standard input for `-`, and decodes it. The path reported is the one given. */
export async function readInput(path: string, stdin: AsyncIterable<Uint8Array | string>, options: ReadOptions = {}): Promise<Input> {
  let bytes: Uint8Array;
  if (path === '-') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = readFileSync(options.cwd ? resolve(options.cwd, path) : path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new UsageError(`cannot read ${path}: ${why}`);
    }
  }
  return { path, ...decode(bytes, path, options.encoding) };
}

/** Encoding names the option takes, by what a user may type. */
const ENCODING_ALIASES: Record<string, string> = {
  utf8: 'utf-8', 'utf-8': 'utf-8', utf16: 'utf-16le', 'utf-16': 'utf-16le', utf16le: 'utf-16le', 'utf-16le': 'utf-16le',
  utf16be: 'utf-16be', 'utf-16be': 'utf-16be', gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', cp950: 'big5',
};

/** The encodings `--encoding` accepts. */
export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];

/**
 * Decodes bytes as text. A BOM decides (UTF-8, UTF-16 LE/BE); `encoding`, when given, is
 * used as told; otherwise strict UTF-8, then UTF-16 without a BOM (NUL bytes on one side of
 * each pair only), then UTF-8 with a few stray bytes (`mostlyUtf8`, their count in `stray`),
 * then GB18030 or Big5 as chardet's statistics say (Big5 read as GBK would be mojibake).
 * Binary input is refused.
 */
export function decode(bytes: Uint8Array, path = 'input', encoding?: string): { text: string; encoding: string; stray?: number } {
  const bom = bomOf(bytes);
  if (encoding !== undefined) {
    const label = ENCODING_ALIASES[encoding.toLowerCase()];
    if (!label) throw new UsageError(`unknown encoding "${encoding}" (${ENCODINGS.join(', ')})`);
    const skip = bom?.encoding === label ? bom.length : 0;
    return { text: strict(bytes.subarray(skip), label, path), encoding: label };
  }
  if (bom?.encoding === 'utf-8') {
    const body = bytes.subarray(bom.length);
    const mixed = mostlyUtf8(body, true);
    return mixed ? { text: mixed.text, encoding: 'utf-8', stray: mixed.stray } : { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
  }
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  const utf16 = utf16Without(bytes);
  if (utf16 !== undefined) return { text: utf16, encoding: utf16Label(bytes) ?? 'utf-16le' };
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${path} looks binary (it holds NUL bytes), not text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8 throughout: UTF-8 with a few stray bytes, or a Chinese legacy encoding
  }
  const mixed = mostlyUtf8(bytes);
  if (mixed) return { text: mixed.text, encoding: 'utf-8', stray: mixed.stray };
  for (const label of chineseEncodings(bytes)) {
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
    } catch {
      // try the next
    }
  }
  throw new UsageError(`${path} is neither UTF-8, UTF-16, GB18030 nor Big5 text (name one with --encoding)`);
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function strict(bytes: Uint8Array, label: string, path: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not valid ${label} text`);
  }
}

/**
 * UTF-16 without a BOM: text of an even length, free of control characters once decoded, whose NUL bytes (the high half of every ASCII
 * character) all fall on one side of the byte pairs. Chinese-only UTF-16 has too few NULs to
 * tell, and is left to the other guesses.
 */
function utf16Without(bytes: Uint8Array): string | undefined {
  const label = utf16Label(bytes);
  if (!label) return undefined;
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? undefined : text;
}

function utf16Label(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  // Most input holds no NUL byte at all: found so by a native scan, not counted byte by byte.
  if (!sample.includes(0)) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const pairs = sample.length / 2;
  if (odd >= pairs * 0.1 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.1 && odd === 0) return 'utf-16be';
  return undefined;
}

interface Candidate { name: string; confidence: number }
type Analyse = (bytes: Uint8Array) => Candidate[];
let analyse: Analyse | undefined;

/**
 * GB18030 and Big5, likelier first: chardet's character statistics decide when they tell the two
 * apart; on a tie (short text) the decoding with fewer characters that Chinese prose never holds
 * (kana, Greek, Cyrillic, box drawing, private use: what Big5 read as GBK turns into) wins.
 */
function chineseEncodings(bytes: Uint8Array): string[] {
  analyse ??= (createRequire(import.meta.url)('chardet') as { analyse: Analyse }).analyse;
  const scores = new Map<string, number>();
  for (const c of analyse(bytes)) {
    const name = c.name.toLowerCase();
    const label = name === 'big5' ? 'big5' : name === 'gb18030' || name === 'gbk' || name === 'gb2312' ? 'gb18030' : undefined;
    if (label && !scores.has(label)) scores.set(label, c.confidence);
  }
  const gb = scores.get('gb18030') ?? 0;
  const big5 = scores.get('big5') ?? 0;
  if (Math.abs(gb - big5) >= 20) return gb > big5 ? ['gb18030', 'big5'] : ['big5', 'gb18030'];
  return oddCharacters(bytes, 'big5') < oddCharacters(bytes, 'gb18030') ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
}

/** Characters of `bytes` read as `label` that Chinese prose does not use; Infinity when it does not decode. */
function oddCharacters(bytes: Uint8Array, label: string): number {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return Infinity;
  }
  return (text.match(/[\u0370-\u04ff\u2500-\u259f\u3040-\u30ff\ue000-\uf8ff\ufffd]/g) ?? []).length;
}

/** The line that tells of an input's stray bytes (`Input.stray`), or undefined when it had none. */
export function strayNote(input: Pick<Input, 'path' | 'stray'>): string | undefined {
  const n = input.stray;
  if (!n) return undefined;
  return `align: ${input.path}: ${n} byte${n === 1 ? ' is' : 's are'} not UTF-8, read as Windows-1252 (U+FFFD where a character was cut short)\n`;
}
