import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

  it('exits 2 with one line and no stack trace on a missing file', () => {
    const res = spawnSync(process.execPath, [bin, 'missing.txt'], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('align: cannot read missing.txt: no such file\n');
  });
});
