import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIGN, ROOT, onPath, pythonWith, writeCorpus } from './corpus.js';

// `.ci/run` installs GNU parallel and Dask (Debian: parallel, python3-distributed); on a machine
// without them these tests are skipped with the reason in their name.
const hasParallel = onPath('parallel');
const python = pythonWith('distributed');
const hasDask = python !== undefined;

let dir = '';
let input = '';
let serial = '';
/** The serial run's pairs alone (`-f jsonl --fail-on never`). */
let pairs = '';

beforeAll(() => {
  ({ dir, input } = writeCorpus(120));
  const run = spawnSync(process.execPath, [ALIGN, '--stream', input, '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  serial = run.stdout;
  expect(serial.split('\n').filter(Boolean)).toHaveLength(120);
  const bare = spawnSync(process.execPath, [ALIGN, '--stream', input, '-f', 'jsonl', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(bare.status).toBe(0);
  pairs = bare.stdout;
  expect(pairs.split('\n').filter(Boolean).length).toBeGreaterThan(120);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasParallel)(`GNU parallel${hasParallel ? '' : ' (skipped: parallel is not installed; apt-get install parallel)'}`, () => {
  it('parallel --pipe -k -N 50 -j 2 align --stream gives the serial output byte for byte', () => {
    const run = spawnSync('sh', ['-c', `parallel --will-cite --pipe -k -N 50 -j 2 ${ALIGN} --stream --fail-on never < ${input}`], {
      encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, HOME: dir },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(serial);
  }, 120_000);

  it('and with -f jsonl the serial run\'s pairs, byte for byte', () => {
    const run = spawnSync('sh', ['-c', `parallel --will-cite --pipe -k -N 50 -j 2 ${ALIGN} --stream -f jsonl --fail-on never < ${input}`], {
      encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, HOME: dir },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(pairs);
  }, 120_000);
});

describe.skipIf(!hasDask)(`Dask distributed${hasDask ? '' : ' (skipped: python3 with dask.distributed is not installed; apt-get install python3-distributed)'}`, () => {
  it('examples/dask_align.py on a local cluster writes the serial run\'s lines', () => {
    const output = join(dir, 'dask.jsonl');
    const run = spawnSync(python!, [join(ROOT, 'examples/dask_align.py'), input, output, '--align', `${process.execPath} ${ALIGN}`, '--blocksize', '64kB', '--fail-on', 'never'], {
      encoding: 'utf8', env: { ...process.env, HOME: dir },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    const expected = serial.split('\n').filter(Boolean);
    expect(lines).toHaveLength(expected.length);
    expect([...lines].sort()).toEqual([...expected].sort());
  }, 180_000);

  it('and with --pairs the serial run\'s pair lines', () => {
    const output = join(dir, 'dask-pairs.jsonl');
    const run = spawnSync(python!, [join(ROOT, 'examples/dask_align.py'), input, output, '--align', `${process.execPath} ${ALIGN}`, '--blocksize', '64kB', '--fail-on', 'never', '--pairs'], {
      encoding: 'utf8', env: { ...process.env, HOME: dir },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    expect([...lines].sort()).toEqual(pairs.split('\n').filter(Boolean).sort());
  }, 180_000);
});
