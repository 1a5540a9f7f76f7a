import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a cold run of the command costs, counted instead of timed (wall time on a shared
 * machine would make a flaky test): the packages it loads and the bytes of compiled data it
 * reads. `npm run bench` measures the time.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = 'fixtures/chengdu-software-2024.txt';
let work: string;

/**
 * A preload that records, at exit, every package the process required and how many bytes it
 * read from each compiled data file (`data/*.bin`), as one JSON line on standard error.
 */
const RECORDER = `
const Module = module.constructor; // not node:module, which the command itself does not load
const fs = require('node:fs');
const packages = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const out = load.apply(this, arguments);
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    const at = file.lastIndexOf('node_modules/');
    if (at >= 0) packages.add(file.slice(at + 13).split('/').slice(0, file.slice(at + 13).startsWith('@') ? 2 : 1).join('/'));
  } catch {}
  return out;
};
const names = new Map();
const bytes = {};
const count = (name, n) => { bytes[name] = (bytes[name] ?? 0) + n; };
const dataName = (path) => { const m = /data[\\\\/]([\\w.-]+\\.bin)$/.exec(String(path instanceof URL ? path.pathname : path)); return m && m[1]; };
const { openSync, readSync, readFileSync, closeSync } = fs;
fs.openSync = function (path) { const fd = openSync.apply(this, arguments); const name = dataName(path); if (name) names.set(fd, name); return fd; };
fs.closeSync = function (fd) { names.delete(fd); return closeSync.apply(this, arguments); };
let wholeFile = 0;
fs.readSync = function (fd) { const n = readSync.apply(this, arguments); if (names.has(fd) && wholeFile === 0) count(names.get(fd), n); return n; };
fs.readFileSync = function (path) {
  wholeFile++;
  try { const out = readFileSync.apply(this, arguments); const name = dataName(path); if (name) count(name, out.length); return out; } finally { wholeFile--; }
};
process.on('exit', () => fs.writeSync(2, 'RECORD ' + JSON.stringify({ packages: [...packages].sort(), bytes, builtins: process.moduleLoadList }) + '\\n'));
`;

interface RunRecord {
  packages: string[];
  bytes: Partial<Record<string, number>>;
  /** Node's own modules the process loaded (`process.moduleLoadList`). */
  builtins: string[];
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}

function recorded(args: string[], stdout: 'pipe' | 'ignore' | number = 'pipe'): { record: RunRecord; stdout: string; stderr: string; status: number | null } {
  const res = spawnSync(process.execPath, ['--require', join(work, 'recorder.cjs'), join(root, 'bin/align.js'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', stdout, 'pipe'],
  });
  const line = res.stderr.split('\n').find((l) => l.startsWith('RECORD '));
  if (!line) throw new Error(`no record: ${res.stderr}`);
  return { record: JSON.parse(line.slice(7)) as RunRecord, stdout: res.stdout, stderr: res.stderr.replace(`${line}\n`, ''), status: res.status };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/src/cli/main.bundle.cjs'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }
  work = mkdtempSync(join(tmpdir(), 'align-startup-'));
  writeFileSync(join(work, 'recorder.cjs'), RECORDER);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a cold run of the seed', () => {
  let json: ReturnType<typeof recorded>;
  beforeAll(() => {
    json = recorded([seed, '--json']);
  });

  it('loads no package: segmentit, compromise, franc, chardet and the rest stay unread', () => {
    for (const { record, status, stderr } of [recorded([seed]), json]) {
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(record.packages).toEqual([]);
    }
  });

  it('reads a fraction of the compiled lexicon and little of the names', () => {
    const { record } = json;
    const size = (name: string) => readFileSync(join(root, 'data', name)).length;
    // The seed meets about 550 characters: their words are about a quarter of the lexicon.
    expect(record.bytes['lexicon.bin']).toBeGreaterThan(0);
    expect(record.bytes['lexicon.bin']).toBeLessThan(size('lexicon.bin') * 0.4);
    expect(record.bytes['names.bin'] ?? 0).toBeLessThan(size('names.bin') * 0.2);
    expect(record.bytes['readings.bin']).toBeLessThanOrEqual(size('readings.bin'));
  });

  it('starts no ES module loader: the command is CommonJS and so is the bundle', () => {
    const { record } = json;
    expect(record.builtins).toContain('NativeModule vm');
    expect(record.builtins.filter((m) => /esm\/(module_job|translators)/.test(m))).toEqual([]);
  });

  it('reads its config and input synchronously: no fs/promises (nor the readline and watcher modules it brings)', () => {
    const { record } = json;
    expect(record.builtins).not.toContain('NativeModule fs/promises');
    expect(record.builtins).not.toContain('NativeModule internal/readline/interface');
  });

  it('writes to a pipe, a file or /dev/null without making a Node stream (no stream modules loaded)', () => {
    const file = join(work, 'seed.json');
    const fd = openSync(file, 'w');
    try {
      for (const { record, status } of [json, recorded([seed, '--json'], fd), recorded([seed, '--json'], 'ignore')]) {
        expect(status).toBe(0);
        expect(record.builtins.filter((m) => /^NativeModule (stream|net|tty|internal\/streams\/(readable|writable|duplex)|internal\/fs\/sync_write_stream)$/.test(m))).toEqual([]);
      }
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe(json.stdout);
  });

  it('loads neither node:module (the ES module loader pieces it brings) nor node:v8 (the stream modules)', () => {
    expect(json.record.builtins).not.toContain('NativeModule module');
    expect(json.record.builtins).not.toContain('NativeModule internal/modules/esm/loader');
  });

  it('sets V8 flags without loading node:v8 (nor the stream modules it brings) and prints no deprecation', () => {
    expect(json.stderr).toBe('');
    expect(json.record.builtins).not.toContain('NativeModule v8');
    for (const flag of ['--pending-deprecation', '--throw-deprecation']) {
      const res = spawnSync(process.execPath, [flag, join(root, 'bin/align.js'), seed, '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      expect(res.stdout).toBe(json.stdout);
    }
  });

  it('does not read the lexicon with --no-lexicon', () => {
    const { record, status } = recorded([seed, '--no-lexicon']);
    expect(status).toBe(0);
    expect(record.bytes['lexicon.bin'] ?? 0).toBe(0);
  });

  it('still colours the table (the colour package is inside the bundle)', () => {
    const res = run(join(root, 'bin/align.js'), [seed, '--color'], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('\u001b[1m');
  });
});

describe('the tiers a short run compiles with', () => {
  it('hands few functions to the optimizing compiler in a seed run (the command raises the interrupt budget)', () => {
    // V8's default budget marks about fifty of the pipeline's functions for optimization in a
    // seed run, work a process that ends a moment later never gets back.
    const at = mkdtempSync(join(work, 'tiers-'));
    cpSync(join(root, 'bin'), join(at, 'bin'), { recursive: true });
    mkdirSync(join(at, 'dist/src/cli'), { recursive: true });
    cpSync(join(root, 'dist/src/cli/main.bundle.cjs'), join(at, 'dist/src/cli/main.bundle.cjs'));
    symlinkSync(join(root, 'data'), join(at, 'data'));
    symlinkSync(join(root, 'node_modules'), join(at, 'node_modules'));
    const res = spawnSync(process.execPath, ['--trace-opt', join(at, 'bin/align.js'), seed], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(res.status).toBe(0);
    const marked = res.stdout.split('\n').filter((line) => line.includes('marking') && line.includes('for optimization'));
    expect(marked.length).toBeLessThan(15);
  });

  it('compiles regular expressions to machine code at their first use (no interpreter run first)', () => {
    // With V8's default, a seed run compiles about four hundred patterns twice: to the regexp
    // interpreter's bytecode, then to machine code on their second use (V8 traces each of these
    // as 'needs tier-up compilation'; patterns a replace or a global search runs start native).
    const res = spawnSync(process.execPath, ['--trace-regexp-tier-up', join(root, 'bin/align.js'), seed], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(res.status).toBe(0);
    expect(res.stdout.split('\n').filter((line) => line.includes('needs tier-up compilation')).length).toBe(0);
  });
});

describe('the memory a short run touches', () => {
  /** The young generation's size when the command starts and when it ends. */
  function youngGeneration(args: string[]): { first: number; last: number } {
    const probe = join(work, 'young.cjs');
    writeFileSync(probe, `
const v8 = require('node:v8');
const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const first = size();
process.on('exit', () => process.stderr.write('YOUNG ' + JSON.stringify({ first, last: size() }) + '\\n'));
`);
    const res = spawnSync(process.execPath, ['--require', probe, join(root, 'bin/align.js'), ...args], {
      cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    expect(res.status).toBe(0);
    const line = res.stderr.split('\n').find((l) => l.startsWith('YOUNG '));
    return JSON.parse(line!.slice(6)) as { first: number; last: number };
  }

  it('keeps the young generation at the size it starts with', () => {
    // Each fresh page costs a page fault; a young generation that doubled as objects survived
    // made a seed run touch about 6 MB more. The second half of the young generation is
    // committed at the first collection: at most twice the size at start (eight times without).
    // A run first, so that the one measured finds the bundle's code cache: the run that writes
    // the cache (the first after a build, whichever test runs it) sets V8's own flags back to
    // make it at exit, and the young generation may grow then, after the run's work.
    youngGeneration([seed]);
    const { first, last } = youngGeneration([seed]);
    expect(last).toBeLessThanOrEqual(2 * first);
  });

  it('lets it grow in a long run (a big file), where a small one would cost more than it saves', () => {
    const big = join(work, 'big.txt');
    const text = readFileSync(join(root, seed), 'utf8');
    writeFileSync(big, Array.from({ length: Math.ceil(300_000 / text.length) }, () => text).join('\n\n'));
    const { first, last } = youngGeneration([big, '--json']);
    expect(last).toBeGreaterThan(2 * first);
  });
});

describe('the code cache of the bundle', () => {
  /** A copy of the installed command: its bin and bundle, with the data and packages linked. */
  function install(): { bin: string; cache: string; bundle: string } {
    const at = mkdtempSync(join(work, 'install-'));
    mkdirSync(join(at, 'dist/src/cli'), { recursive: true });
    cpSync(join(root, 'bin'), join(at, 'bin'), { recursive: true });
    cpSync(join(root, 'dist/src/cli/main.bundle.cjs'), join(at, 'dist/src/cli/main.bundle.cjs'));
    writeFileSync(join(at, 'package.json'), '{"type": "module"}\n');
    symlinkSync(join(root, 'data'), join(at, 'data'));
    symlinkSync(join(root, 'node_modules'), join(at, 'node_modules'));
    return { bin: join(at, 'bin/align.js'), cache: join(at, 'dist/src/cli/main.bundle.cache'), bundle: join(at, 'dist/src/cli/main.bundle.cjs') };
  }

  let seedJson: string | undefined;
  const expected = () => (seedJson ??= run(join(root, 'bin/align.js'), [seed, '--json']).stdout);

  it('is written by a first run and used by the next, with the same output', () => {
    const { bin, cache } = install();
    const first = run(bin, [seed, '--json']);
    expect(first.stderr).toBe('');
    expect(existsSync(cache)).toBe(true);
    const written = readFileSync(cache);
    const second = run(bin, [seed, '--json']);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toBe(expected());
    // A cache that was used is not written again.
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('is written only by a run that aligns text, not by --help, --version, --list-rules or a usage error', () => {
    const { bin, cache } = install();
    for (const args of [['--help'], ['--version'], ['-V'], ['--list-rules'], [seed, '--format', 'nope'], ['no-such-file.txt']]) {
      run(bin, args);
      expect(existsSync(cache), args.join(' ')).toBe(false);
    }
    expect(run(bin, [seed, '--json']).stdout).toBe(expected());
    expect(existsSync(cache)).toBe(true);
  });

  it('serves short and long runs alike (the young generation is set after the bundle is compiled)', () => {
    const { bin, cache } = install();
    run(bin, [seed]);
    const written = readFileSync(cache);
    const big = join(work, 'long.txt');
    const text = readFileSync(join(root, seed), 'utf8');
    writeFileSync(big, Array.from({ length: Math.ceil(300_000 / text.length) }, () => text).join('\n\n'));
    expect(run(bin, [big, '--json', '-o', join(work, 'long.json')]).status).toBe(0);
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('is not used once the bundle changes, and is written anew', () => {
    const { bin, cache, bundle } = install();
    run(bin, [seed]);
    const before = readFileSync(cache);
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}\n// rebuilt\n`);
    const res = run(bin, [seed, '--json']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(expected());
    expect(readFileSync(cache).equals(before)).toBe(false);
  });

  it('is not used for other contents of the same size and time (files in a package share one time)', () => {
    const { bin, cache, bundle } = install();
    run(bin, [seed]);
    const before = readFileSync(cache);
    const { mtime } = statSync(bundle);
    const source = readFileSync(bundle, 'utf8');
    const digest = source.lastIndexOf('//# alignBundle=') + 16;
    expect(digest).toBeGreaterThan(16);
    writeFileSync(bundle, `${source.slice(0, digest)}${source[digest] === '0' ? '1' : '0'}${source.slice(digest + 1)}`);
    utimesSync(bundle, mtime, mtime);
    expect(run(bin, [seed, '--json']).stdout).toBe(expected());
    expect(readFileSync(cache).equals(before)).toBe(false);
  });

  /**
   * A preload that prints, for each script compiled with cached data, which thread compiled it
   * and whether V8 used the data (`CACHE main used`, `CACHE worker rejected`).
   */
  const CACHE_PROBE = `
const vm = require('node:vm');
const { writeSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    if (options && options.cachedData) writeSync(2, 'CACHE ' + (isMainThread ? 'main' : 'worker') + ' ' + (this.cachedDataRejected ? 'rejected' : 'used') + '\\n');
  }
};
`;

  it('serves the worker threads of --jobs and --stream --jobs too (an install holds the bundle alone, no module of dist/)', () => {
    const { bin } = install();
    run(bin, [seed]);
    const probe = join(work, 'cache-probe.cjs');
    writeFileSync(probe, CACHE_PROBE);
    const probed = (args: string[]) => spawnSync(process.execPath, ['--require', probe, bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const other = 'fixtures/chengdu-software-2024.dropped.txt';
    const jobs = probed([seed, other, '--json', '--jobs', '2']);
    expect(jobs.stderr.split('\n').filter(Boolean).sort()).toEqual(['CACHE main used', 'CACHE worker used', 'CACHE worker used']);
    expect(jobs.stdout).toBe(run(join(root, 'bin/align.js'), [seed, other, '--json']).stdout);
    // A stream is a long run: the main thread has set its flags by the time the workers compile.
    const lines = join(work, 'two.jsonl');
    writeFileSync(lines, [seed, other].map((file, k) => JSON.stringify({ id: String(k), text: readFileSync(join(root, file), 'utf8') })).join('\n'));
    const streamed = probed(['--stream', lines, '--jobs', '2']);
    expect(streamed.stderr.split('\n').filter(Boolean).sort()).toEqual(['CACHE main used', 'CACHE worker used', 'CACHE worker used']);
    expect(streamed.stdout).toBe(run(join(root, 'bin/align.js'), ['--stream', lines]).stdout);
  }, 60_000);

  it('is compiled from the file as it is: ASCII, already wrapped as a CommonJS module', () => {
    const source = readFileSync(join(root, 'dist/src/cli/main.bundle.cjs'));
    expect(source.every((byte) => byte < 0x80)).toBe(true);
    expect(source.toString('latin1', 0, 61)).toBe('(function (exports, require, module, __filename, __dirname) {');
  });

  it('runs a bundle of an older build that is neither (UTF-8, not wrapped) the same', () => {
    const { bin, bundle } = install();
    const source = readFileSync(bundle, 'utf8');
    const body = source.slice(source.indexOf('{') + 1, source.lastIndexOf('\n})\n'));
    writeFileSync(bundle, `${body.replace(/\\u4e00-\\u9fff/g, '\u4e00-\u9fff')}\n`);
    expect(readFileSync(bundle).some((byte) => byte >= 0x80)).toBe(true);
    const res = run(bin, [seed, '--json']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(expected());
  });

  it('keeps its data at a multiple of eight bytes, so V8 reads it in place', () => {
    const { bin, cache } = install();
    run(bin, [seed]);
    const bytes = readFileSync(cache);
    const stampEnd = bytes.indexOf(10, bytes.indexOf(10) + 1);
    const lengthEnd = bytes.indexOf(10, stampEnd + 1);
    expect(Number(bytes.toString('latin1', stampEnd + 1, lengthEnd))).toBe(bytes.length - lengthEnd - 1);
    expect((lengthEnd + 1) % 8).toBe(0);
  });

  it('survives a damaged cache: no crash, the same output, a sound cache after', () => {
    const { bin, cache } = install();
    run(bin, [seed]);
    const damaged = readFileSync(cache);
    for (const at of [damaged.length - 5000, Math.floor(damaged.length / 2), damaged.length - 1]) damaged[at] = damaged[at]! ^ 0x5a;
    writeFileSync(cache, damaged);
    const res = run(bin, [seed, '--json']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(expected());
    writeFileSync(cache, readFileSync(cache).subarray(0, 1000));
    expect(run(bin, [seed, '--json']).stdout).toBe(expected());
  });
});
