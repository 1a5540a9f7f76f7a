import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run, type Io } from '../src/cli/main.js';
import { align, extractCandidates, type AlignOptions } from '../src/index.js';

/** Absolute path of a file in fixtures/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** The text of a file in fixtures/. */
export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(
  argv: string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; tty?: boolean; cwd?: string; columns?: number } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin ?? '';
  const io: Io = {
    stdout: { write: (s: string) => { stdout += s; }, isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (s: string) => { stderr += s; } },
    stdin: (async function* () { yield typeof input === 'string' ? Buffer.from(input) : input; })(),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The findings at warning or error on a text (entities off unless asked), as `rule message`, of one rule if given. */
export function told(text: string, rule?: string, options: AlignOptions = { entities: false }): string[] {
  return align(text, options).findings
    .filter((f) => f.severity !== 'info' && (rule === undefined || f.ruleId === rule))
    .map((f) => `${f.ruleId} ${f.message}`);
}

/** `told` on one English paragraph and its Chinese translation. */
export function toldPair(en: string, zh: string, rule?: string, options?: AlignOptions): string[] {
  return told(`${en}\n\n${zh}\n`, rule, options);
}

/** The `entity-mismatch` findings at warning or error of a pair, entities on. */
export function toldNames(en: string, zh: string): string[] {
  return toldPair(en, zh, 'entity-mismatch', {});
}

/** The values read in a text as `span=value`, `span=value-max`, with the bound after a space. */
export function readValues(text: string, lang: 'en' | 'zh', referenceDate?: string, withKind = false): string[] {
  return extractCandidates(text, lang, referenceDate ? { referenceDate } : {})
    .map((c) => `${withKind ? `${c.kind}:` : ''}${text.slice(c.start, c.end)}=${String(c.value)}${c.max === undefined ? '' : `-${c.max}`}${c.bound ? ` ${c.bound}` : ''}`);
}
