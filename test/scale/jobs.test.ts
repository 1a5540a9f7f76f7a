import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.js';
import { ALIGN, writeCorpus } from './corpus.js';
import { encodeBig5 } from '../cli/big5.js';

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

  it('reads files and standard input with the --encoding given, as --jobs 1 does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-jobs-'));
    try {
      const en = 'The harbour office in Keelung counted 4,300 ships in the third quarter.';
      const zh = '基隆港務處第三季統計進出港船舶四千三百艘，較去年同期增加一成。';
      const big5 = Buffer.concat([Buffer.from(`${en}\n\n`), encodeBig5(zh), Buffer.from('\n')]);
      const files = ['a.txt', 'b.txt'].map((name) => join(dir, name));
      for (const file of files) writeFileSync(file, big5);
      const args = (jobs: string, encoding: string[]) => [...files, '-', '--json', '--fail-on', 'never', '--jobs', jobs, ...encoding];
      const runIn = (jobs: string, encoding: string[]) => spawnSync(process.execPath, [ALIGN, ...args(jobs, encoding)], { encoding: 'utf8', input: big5, maxBuffer: 1 << 28 });
      // Told to read Big5 bytes as GB18030, every file reads the same wrong text, on one thread or two.
      const one = runIn('1', ['--encoding', 'gb18030']);
      const two = runIn('2', ['--encoding', 'gb18030']);
      expect(one.stderr).toBe('');
      expect(two.stdout).toBe(one.stdout);
      const texts = (out: string) => JSON.parse(out).files.map((f: { blocks: { text: string }[] }) => f.blocks.map((b) => b.text).join('|'));
      expect(new Set(texts(two.stdout)).size).toBe(1);
      expect(texts(two.stdout)[0]).not.toContain('基隆');
      // Left to guess, they read as Big5.
      expect(texts(runIn('2', []).stdout)[0]).toContain('基隆港');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('tells of stray bytes in each file, in file order, as --jobs 1 does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-jobs-'));
    try {
      const zh = Buffer.from('高雄港三月貨櫃裝卸量達八十五萬個，創下歷史新高。\n', 'utf8');
      const files = [0x93, 0x96].map((stray, k) => {
        const file = join(dir, `${k}.txt`);
        writeFileSync(file, Buffer.concat([Buffer.from('Kaohsiung handled 850,000 containers in March '), Buffer.of(stray), Buffer.from(' a record.\n\n'), zh]));
        return file;
      });
      const one = run([...files, '--json', '--jobs', '1']);
      const two = run([...files, '--json', '--jobs', '2']);
      expect(one.stderr.split('\n').filter(Boolean).map((line) => line.split(':')[1]!.trim())).toEqual(files);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports the first unreadable file in file order, in one line', () => {
    const res = run([FILES[0]!, 'no-such-file.txt', '--jobs', '2', '--json']);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('align: cannot read no-such-file.txt: no such file\n');
    expect(run(['--jobs', '0', FILES[0]!]).stderr).toMatch(/^align: --jobs takes a whole number/);
  }, 60_000);

  it('--stream --jobs 2 writes the lines of --stream, in input order, malformed lines included', () => {
    const { dir, input } = writeCorpus(40);
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
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
