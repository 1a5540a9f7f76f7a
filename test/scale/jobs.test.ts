import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.js';
import { ALIGN } from './corpus.js';

const FILES = ['chengdu-software-2024.txt', 'chengdu-software-2024.dropped.txt', 'slips/money-zh-yi.txt']
  .map(fixturePath);

const run = (args: string[]) => spawnSync(process.execPath, [ALIGN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('--jobs N', () => {
  it('aligns many files on worker threads with the output and exit code of --jobs 1', () => {
    for (const format of [['--json'], ['-f', 'table', '--no-color']]) {
      const one = run([...FILES, ...format, '--jobs', '1']);
      const two = run([...FILES, ...format, '--jobs', '3']);
      expect(one.stderr).toBe(two.stderr);
      expect(two.status).toBe(one.status);
      expect(two.stdout).toBe(one.stdout);
    }
  }, 120_000);

  it('reports the first unreadable file in file order, in one line', () => {
    const res = run([FILES[0]!, 'no-such-file.txt', '--jobs', '2', '--json']);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('align: cannot read no-such-file.txt: no such file\n');
    expect(run(['--jobs', '0', FILES[0]!]).stderr).toMatch(/^align: --jobs takes a whole number/);
  }, 60_000);
});
