import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixture } from '../helpers.js';

/** The repository's `align` command, by absolute path (what the engines run as `align`). */
export const ALIGN = fileURLToPath(new URL('../../bin/align.js', import.meta.url));

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A JSON Lines corpus cut from the repository's own fixtures: windows of the interleaved
 * seed as `{"id","text"}` documents and windows of its two-file form as `{"id","en","zh"}`,
 * `count` documents in all, small enough to align quickly.
 */
export function corpusLines(count: number): string[] {
  const seed = fixture('chengdu-software-2024.txt').split(/\n\s*\n/).filter((b) => b.trim());
  const en = fixture('chengdu-software-2024.en.txt').split(/\n\s*\n/).filter((b) => b.trim());
  const zh = fixture('chengdu-software-2024.zh.txt').split(/\n\s*\n/).filter((b) => b.trim());
  const lines: string[] = [];
  for (let i = 0; lines.length < count; i++) {
    if (i % 3 === 2) {
      const at = i % Math.max(1, Math.min(en.length, zh.length) - 2);
      lines.push(JSON.stringify({ id: `two-${i}`, en: en.slice(at, at + 2).join('\n\n'), zh: zh.slice(at, at + 2).join('\n\n') }));
    } else {
      const at = (i * 2) % Math.max(1, seed.length - 4);
      lines.push(JSON.stringify({ id: `doc-${i}`, text: seed.slice(at, at + 4).join('\n\n') }));
    }
  }
  return lines;
}

/** Writes the corpus to a new temporary folder; returns the folder and the input path. */
export function writeCorpus(count: number): { dir: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), 'align-scale-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, corpusLines(count).join('\n') + '\n');
  return { dir, input };
}

/** Whether a command is on PATH. */
export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * A Python that can import `module`: `python3` on PATH, else the system's `/usr/bin/python3`
 * (where Debian's python3-* packages land when PATH starts with another Python).
 */
export function pythonWith(module: string): string | undefined {
  return ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
}
