import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/align.js', import.meta.url));

describe('the built binary, spawned as a user runs it', () => {
  it('aligns the seed quickly and exits 0', () => {
    if (!existsSync(`${root}/dist/src/cli/main.js`)) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
    }
    const started = performance.now();
    const res = spawnSync(process.execPath, [bin, 'fixtures/chengdu-software-2024.txt', '--json'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    const elapsed = performance.now() - started;
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).files[0].summary).toMatchObject({ blocks: 29, pairs: 13, unpaired: 3 });
    // A sanity bound only: `npm run bench` measures start-up on a quiet machine.
    expect(elapsed).toBeLessThan(15000);
  });

  it('runs named files of more than 64 MB in a child Node.js whose heap may grow to most of the memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-big-'));
    try {
      // A sparse file: 65 MB long at once, all NUL bytes, which the child refuses as binary.
      const big = join(dir, 'big.txt');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 65 * 1024 * 1024);
      closeSync(fd);
      const res = spawnSync(process.execPath, [bin, big, '--debug'], { cwd: root, encoding: 'utf8' });
      expect(res.status).toBe(2);
      expect(res.stderr).toContain(`align: ${big} looks binary`);
      const raised = totalmem() * 0.75 > getHeapStatistics().heap_size_limit;
      expect(res.stderr.includes('MB heap for the named files, in a child process')).toBe(raised);
      // Without --debug the child's one line is all there is.
      const quiet = spawnSync(process.execPath, [bin, big], { cwd: root, encoding: 'utf8' });
      expect(quiet.status).toBe(2);
      expect(quiet.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not count a large output file of an earlier run as input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-big-'));
    try {
      const out = join(dir, 'out.json');
      // A sparse file of 65 MB where the output goes, as an earlier run on a large article leaves it.
      const grow = () => {
        const fd = openSync(out, 'a');
        ftruncateSync(fd, 65 * 1024 * 1024);
        closeSync(fd);
      };
      grow();
      for (const flag of ['-o', '--output']) {
        const res = spawnSync(process.execPath, [bin, 'fixtures/chengdu-software-2024.txt', '--json', flag, out, '--debug'], { cwd: root, encoding: 'utf8' });
        expect(res.stderr).toBe('');
        expect(res.status).toBe(0);
        expect(JSON.parse(readFileSync(out, 'utf8')).files[0].summary.pairs).toBe(13);
        grow();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line and no stack trace on a missing file', () => {
    const res = spawnSync(process.execPath, [bin, 'missing.txt'], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('align: cannot read missing.txt: no such file\n');
  });
});
