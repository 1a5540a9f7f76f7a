import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run, type Io } from '../src/cli/main.js';

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
