import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.js';
import { ALIGN, writeCorpus } from './corpus.js';

const FILES = ['chengdu-software-2024.dropped.txt', 'slips/money-zh-yi.txt', 'slips/date-en-day.txt']
  .map(fixturePath);

const run = (args: string[]) => spawnSync(process.execPath, [ALIGN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('--jobs N', () => {
  it('aligns many files on worker threads with the output and exit code of --jobs 1', () => {
    const one = run([...FILES, '--json', '--jobs', '1']);
    const three = run([...FILES, '--json', '--jobs', '3']);
    expect(three.stderr).toBe(one.stderr);
    expect(three.status).toBe(one.status);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(three.stdout).files.map((f: { path: string }) => f.path)).toEqual(FILES);
  }, 120_000);

  it('reports the first unreadable file in file order, in one line', () => {
    const res = run([FILES[0]!, 'no-such-file.txt', '--jobs', '2', '--json']);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('align: cannot read no-such-file.txt: no such file\n');
    expect(run(['--jobs', '0', FILES[0]!]).stderr).toMatch(/^align: --jobs takes a whole number/);
  }, 60_000);

  it('--stream --jobs 2 writes the lines of --stream, in input order, malformed lines included', () => {
    const { input } = writeCorpus(40);
    const lines = readFileSync(input, 'utf8').split('\n');
    lines.splice(7, 0, '{"id": "cut short", "te');
    writeFileSync(input, lines.join('\n'));
    const one = run(['--stream', input, '--fail-on', 'warning']);
    const two = run(['--stream', input, '--fail-on', 'warning', '--jobs', '2']);
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n')[7]).toMatch(/^\{"line":8,"error":"not JSON/);
  }, 120_000);
});
