#!/usr/bin/env node
// The `align` command: runs the compiled CLI (built into dist/ by `npm install` in a clone, shipped in the package).
// CommonJS (bin/package.json says so): a run starts no ES module loader before the CLI's own script.
'use strict';
/* global require, module, __dirname, __filename, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script imports with require() */
const { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
/**
 * Node's module class, as this script's own module is made by it: its `createRequire` is the one
 * `node:module` exports, without loading `node:module`, which adds the ES module loader's
 * pieces and the source map classes to it (about 1 ms).
 */
const Module = module.constructor;
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/**
 * A binding of Node's own (`process.binding(NAME)`), or undefined where there is none. Fetched
 * with deprecation warnings off: accessing some bindings (`v8`) prints DEP0111, a note about
 * the API's future that says nothing about the run. Under `--pending-deprecation` (a user who
 * asks to see every deprecated access) no binding is used: callers fall back to the public
 * module.
 */
function nodeBinding(name) {
  const options = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (typeof process.binding !== 'function' || options.includes('--pending-deprecation')) return undefined;
  const quiet = Object.getOwnPropertyDescriptor(process, 'noDeprecation');
  try {
    process.noDeprecation = true;
    return process.binding(name);
  } catch {
    return undefined;
  } finally {
    if (quiet) Object.defineProperty(process, 'noDeprecation', quiet);
    else delete process.noDeprecation;
  }
}

/**
 * V8's `setFlagsFromString`, from Node's `v8` binding rather than the `node:v8` module: in
 * Node 20 `node:v8` loads its heap snapshot helpers and with them the whole stream family
 * (readable, writable, duplex, pipeline, string_decoder...), about 4 ms of CPU in a fresh
 * process (30 alternating runs) for a function the binding holds as it is. `node:v8` where the
 * binding is missing.
 */
const setFlagsFromString = (() => {
  const set = nodeBinding('v8')?.setFlagsFromString;
  return typeof set === 'function' ? (flags) => set(flags) : require('node:v8').setFlagsFromString;
})();

/** Input files up to this many bytes in all make a short run (the seed article is 13 KB). */
const SHORT_RUN_BYTES = 256 * 1024;
/**
 * In a short run the young generation keeps the size it starts with (1 MB a half) instead of
 * doubling as objects survive: the run then touches about 6 MB less memory, and each fresh
 * page costs a page fault (a seed run takes about a quarter fewer minor faults, less system
 * time and a 9% smaller peak). A long run keeps V8's growth: with a young generation that
 * small, a 10 MB article promoted so much that it took 1.45x the CPU and a quarter more memory.
 * V8 reads the factor at each growth, so it may be set while the process runs.
 */
const YOUNG_GROWTH_SHORT = 1;
/** V8's own growth factor of the young generation. */
const YOUNG_GROWTH_DEFAULT = 2;
/**
 * In a short run a function is compiled by V8's baseline compiler (Sparkplug) as soon as it has
 * run enough to be worth it, instead of waiting in a batch until the batch holds enough code
 * (V8's default, which suits long sessions): the seed run under callgrind takes 1.449e9-1.452e9
 * instructions instead of 1.470e9 (three runs against one, about 1.3% fewer), output byte for
 * byte the same. Read by V8 whenever a function is due, so it may be set while the process runs.
 */
const SHORT_RUN_FLAGS = [`--semi-space-growth-factor=${YOUNG_GROWTH_SHORT}`, '--no-baseline-batch-compilation'];
/** The interrupt budget every run's bundle is compiled under (see below). */
const INTERRUPT_BUDGET = 4000000;
/**
 * In a long run (a large article, a stream, worker threads) a function is handed to the
 * optimizing compiler after 250,000 bytecode units of work rather than the 4,000,000 a short run
 * waits for: the pipeline's functions run over thousands of blocks, and the sooner the hot ones
 * are optimized the less time the run spends in the interpreter (a 10 MB article: 0.85x the CPU,
 * three runs against three, 10 MB more peak memory). Read by V8 as functions are compiled, so it
 * is set after the bundle is.
 */
const LONG_RUN_FLAGS = ['--interrupt-budget=250000'];
/**
 * A stream holds one document's results at a time, so what survives a full collection is small
 * (20 to 60 MB), but V8 lets the old generation grow to about four times that before the next
 * one (its factor on a machine with memory to spare): 15 documents of 1 MB each peaked at 300 to
 * 400 MB. Doubling at most keeps that stream at about 220 MB (1.05x the wall time, three runs
 * against three) and 15 MB of documents of the seed's size at 145 MB instead of 190 MB (0.93x).
 * An article read whole keeps V8's factor: its results are live until written, and a 10 MB one
 * took 1.06x the time with the heap growing by 60% at most. Read by V8 at each full collection,
 * so it may be set while the process runs.
 */
const STREAM_FLAGS = ['--heap-growing-percent=100'];
/** V8's own values of `SHORT_RUN_FLAGS`, of the budget `LONG_RUN_FLAGS` lowers and of `STREAM_FLAGS`, set back before a code cache is made. */
const DEFAULT_RUN_FLAGS = [`--semi-space-growth-factor=${YOUNG_GROWTH_DEFAULT}`, '--baseline-batch-compilation', `--interrupt-budget=${INTERRUPT_BUDGET}`, '--heap-growing-percent=0'];

/**
 * The flags every run's bundle is compiled under, set by the main thread before it compiles the
 * bundle (a worker thread, which loads this script as a module, finds them set).
 */
function setCompileFlags() {
  setFlagsFromString('--verify-snapshot-checksum');
  // A function is handed to the optimizing compiler after about 60 times more work than V8's
  // default asks (an interrupt budget of 4,000,000 bytecode units instead of 67,584): a short run
  // (one article) then spends its time running the pipeline rather than optimizing functions it
  // leaves a moment later, about half the CPU of the seed run; a long run (a corpus, a 10 MB
  // article) lowers it again once the bundle is compiled (`LONG_RUN_FLAGS`). Set before the bundle
  // is compiled; its code cache is made and checked under the same flags.
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  // Regular expressions compile to machine code at their first use, not after a first run in
  // V8's regexp interpreter: the interpreter compiles a pattern to its own bytecode and then, on
  // the second use, to machine code anyway, twice the compiling for the hundreds of patterns a
  // run uses more than once: a seed run takes about 0.9x the CPU, a 1 MB article 1.02x (within
  // the noise of a loaded machine). No tick before the tier-up rather than `--no-regexp-tier-up`:
  // that flag, changed once patterns have run (a preload's, Node's own), can crash V8, since a
  // pattern compiled for the interpreter is then never compiled again; a count of ticks only
  // applies to the patterns compiled after it. Also set before the bundle is compiled.
  setFlagsFromString('--regexp-tier-up-ticks=0');
}
if (require.main === module) setCompileFlags();

const bundlePath = join(__dirname, '..', 'dist', 'src', 'cli', 'main.bundle.cjs');
const cachePath = bundlePath.replace(/\.cjs$/, '.cache');
const CACHE_MAGIC = 'align code cache 1\n';
/** How the build opens the bundle: a function of the CommonJS module's variables (`scripts/build-bundle.ts`). */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** Options whose value names the file a run writes, not one it reads. */
const OUTPUT_OPTIONS = new Set(['-o', '--output']);

/**
 * The bytes of the files the command line names, or undefined when standard input is read as a
 * document (its size is not known beforehand) or no file is named. Every argument that names a
 * file is counted (an option's value too, but for the output file's), so the count errs on the
 * large side.
 */
function namedBytes(args) {
  let bytes = 0;
  let files = 0;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (OUTPUT_OPTIONS.has(arg)) {
      k++;
      continue;
    }
    if (arg === '-') return undefined;
    if (arg.startsWith('-')) continue;
    try {
      bytes += statSync(arg).size;
      files++;
    } catch {
      // Not a file: an option's value.
    }
  }
  return files === 0 ? undefined : bytes;
}

/** Whether the command line asks for a stream (`--stream`, `--stream=FILE`). */
function asksStream(args) {
  return args.some((arg) => arg === '--stream' || arg.startsWith('--stream='));
}

/**
 * How long a run the command line asks for: `short` for named files (`bytes`, as `namedBytes`
 * counts them) up to `SHORT_RUN_BYTES` in all, `stream` for a stream, `long` for larger files
 * or worker threads, undefined when standard input is read as a document or no file is named.
 */
function runLength(args, bytes) {
  if (asksStream(args)) return 'stream';
  if (args.some((arg) => arg.startsWith('--jobs'))) return 'long';
  if (bytes === undefined) return undefined;
  return bytes <= SHORT_RUN_BYTES ? 'short' : 'long';
}

/** Named input files of more than this many bytes in all run with a larger heap (`bigHeap`). */
const BIG_RUN_BYTES = 64 * 1024 * 1024;
/** The share of the machine's memory a run of big files may let its heap grow to. */
const BIG_HEAP_SHARE = 0.75;

/**
 * The heap limit, in MB, to run big named files (`bytes` in all) under, or undefined to run in this process. A
 * file's results are held until they are written (about 12 bytes of heap a byte of input, more
 * while a document is paired): Node's default limit (about 4 GB on a 64-bit machine) holds a
 * 100 MB article's with little room, and a larger article would end the run with "JavaScript
 * heap out of memory". A run already given a limit (`--max-old-space-size`, in Node's options or
 * by an earlier pass of this script) keeps it; a stream holds one document at a time.
 */
function bigHeap(args, bytes) {
  if (process.env.ALIGN_BIG_HEAP !== undefined) return undefined;
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (given.includes('--max-old-space-size') || asksStream(args)) return undefined;
  if (bytes === undefined || bytes <= BIG_RUN_BYTES) return undefined;
  const limit = Math.floor((require('node:os').totalmem() * BIG_HEAP_SHARE) / 1048576);
  return limit > require('node:v8').getHeapStatistics().heap_size_limit / 1048576 ? limit : undefined;
}

/**
 * Runs this script again in a child Node.js with a heap limit of `megabytes`, standard streams
 * shared; the child's exit code (or its signal, as a shell reports one) is this process's. The
 * signals that stop a command are passed on, so the child never outlives its parent.
 */
function runWithHeap(megabytes, args) {
  if (args.includes('--debug')) process.stderr.write(`align: ${megabytes} MB heap for the named files, in a child process\n`);
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${megabytes}`, __filename, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ALIGN_BIG_HEAP: String(megabytes) },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`align: could not start Node.js again with a larger heap: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (require('node:os').constants.signals[signal] ?? 1)));
}

/**
 * The CLI's modules bundled into one script (`scripts/build-bundle.ts`), compiled with V8's
 * code cache of an earlier run when there is a valid one beside it: the functions that run
 * compiled then are not parsed and compiled again, under the flags of a run of `length`
 * (`runLength`). Returns undefined when there is no bundle.
 *
 * The bundle and then the cache are read into one buffer (each fresh page a process touches
 * costs it a page fault, and these two files are a good part of what a short run touches), and
 * the cache's bytes start at a multiple of eight in it, so V8 reads them in place rather than
 * copying them to an aligned buffer first. *
 * A worker thread of the run (`bin/align-worker.js`) loads the bundle the same way, with the
 * main thread's `lock` on V8's flags, and never writes the cache.
 */
function loadBundle(length, lock) {
  let bundleFd;
  try {
    bundleFd = openSync(bundlePath, 'r');
  } catch (error) {
    if (error?.code === 'ENOENT') return undefined;
    throw error;
  }
  let source;
  let stamp;
  let cachedData;
  try {
    const bundleStat = fstatSync(bundleFd);
    const cacheFd = openCache();
    try {
      const cacheSize = cacheFd === undefined ? 0 : fstatSync(cacheFd).size;
      const buffer = Buffer.allocUnsafeSlow(Math.max(bundleStat.size, cacheSize));
      source = buffer.toString('utf8', 0, readAll(bundleFd, buffer, bundleStat.size));
      stamp = cacheStamp(source, bundleStat);
      if (cacheFd !== undefined) cachedData = cacheData(buffer.subarray(0, readAll(cacheFd, buffer, cacheSize)), stamp);
    } finally {
      if (cacheFd !== undefined) closeSync(cacheFd);
    }
  } finally {
    closeSync(bundleFd);
  }
  const wrapped = source.startsWith(WRAPPER) ? source : `${WRAPPER}${source}\n})`;
  // V8's flags are the process's: a worker thread compiles under the flags the cache was made
  // with and sets its run's back after, one thread at a time (`lock`), or the cache is turned down.
  if (lock) holdFlags(lock);
  let script;
  try {
    if (lock) for (const flag of DEFAULT_RUN_FLAGS) setFlagsFromString(flag);
    script = new vm.Script(wrapped, { filename: bundlePath, cachedData });
    // Set once the bundle is compiled: V8's code cache carries a digest of the flags, and a short
    // run, a long one and one of unknown length must read the same cache (they are set back before
    // a cache is made).
    if (length === 'short') for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);
    else if (length === 'long' || length === 'stream') for (const flag of LONG_RUN_FLAGS) setFlagsFromString(flag);
    if (length === 'stream') for (const flag of STREAM_FLAGS) setFlagsFromString(flag);
  } finally {
    if (lock) releaseFlags(lock);
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return { main: module.exports, saveCache: fresh && !lock ? () => writeCache(script, stamp) : undefined };
}

/** Waits until no other thread sets V8's flags (`lock`, an `Int32Array` on shared memory: 1 while held). */
function holdFlags(lock) {
  while (Atomics.compareExchange(lock, 0, 0, 1) !== 0) Atomics.wait(lock, 0, 1);
}

function releaseFlags(lock) {
  Atomics.store(lock, 0, 0);
  Atomics.notify(lock, 0, 1);
}

/**
 * The bundle's `require`: Node's, from the bundle's folder, except that `node:module` (which the
 * bundle's modules ask for its `createRequire` alone) is Node's module class itself, with the
 * same `createRequire`, so that a run does not load the `node:module` builtin.
 */
function bundleRequire(path) {
  const required = Module.createRequire(path);
  const out = (id) => (id === 'node:module' || id === 'module' ? Module : required(id));
  return Object.assign(out, { resolve: required.resolve, cache: required.cache, main: required.main, extensions: required.extensions });
}

/** Reads up to `length` bytes of an open file from its start into `buffer`; returns how many. */
function readAll(fd, buffer, length) {
  let filled = 0;
  while (filled < length) {
    const n = readSync(fd, buffer, filled, length - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}

/** The cache file, open, or undefined when there is none to read. */
function openCache() {
  try {
    return openSync(cachePath, 'r');
  } catch {
    return undefined;
  }
}

/**
 * What a cache must have been made from: this bundle (the digest the build appends to it, its
 * size and time), this V8, this machine.
 */
function cacheStamp(source, { size, mtimeMs }) {
  const mark = source.lastIndexOf('//# alignBundle=');
  const digest = mark < 0 ? '' : source.slice(mark + 16, mark + 80);
  return JSON.stringify({ digest, size, mtimeMs, v8: process.versions.v8, arch: process.arch });
}

/** The cached data in the cache file's bytes, when it was made from this bundle by this V8 and is whole. */
function cacheData(bytes, stamp) {
  const head = `${CACHE_MAGIC}${stamp}\n`;
  const lengthEnd = bytes.indexOf(10, head.length);
  if (lengthEnd < 0 || bytes.toString('latin1', 0, head.length) !== head) return undefined;
  const data = bytes.subarray(lengthEnd + 1);
  return Number(bytes.toString('latin1', head.length, lengthEnd)) === data.length ? data : undefined;
}

/**
 * Writes the code cache after a run (into a file of its own, renamed into place, so a
 * concurrent run never reads half of one). A folder it cannot write to is left alone.
 */
function writeCache(script, stamp) {
  const temporary = `${cachePath}.${process.pid}.tmp`;
  let fd;
  try {
    fd = openSync(temporary, 'wx');
  } catch {
    return;
  }
  try {
    for (const flag of DEFAULT_RUN_FLAGS) setFlagsFromString(flag);
    const data = script.createCachedData();
    // The length is padded with spaces so that the data starts at a multiple of eight.
    const head = `${CACHE_MAGIC}${stamp}\n`;
    const digits = String(data.length);
    writeSync(fd, `${head}${digits.padStart(digits.length + ((8 - ((Buffer.byteLength(head) + digits.length + 1) % 8)) % 8))}\n`);
    for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, cachePath);
  } catch {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
  }
}

/** The CLI: the bundle, or the compiled modules when there is no bundle. */
async function load(length) {
  try {
    return loadBundle(length) ?? { main: await import('../dist/src/cli/main.js') };
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
    process.stderr.write(`align: the compiled CLI is missing; run \`npm install\` (or \`npm run build\`) in ${dirname(__dirname)}\n`);
    process.exit(2);
  }
}

/**
 * Standard output and error for the CLI: written straight to the file descriptor when it is a
 * file, a pipe, a socket or /dev/null (`src/cli/output.ts`: no stream modules loaded), Node's
 * streams for a terminal. A Node stream is made only when it
 * is written to, with the EPIPE handling of standard output attached.
 */
function standardStreams(main) {
  const stdoutStream = () => {
    process.stdout.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
    return process.stdout;
  };
  if (typeof main.directOutput !== 'function' || !main.writesDirectly(1)) {
    return { stdout: stdoutStream(), stderr: process.stderr, pending: () => process.stdout.writableLength + process.stderr.writableLength };
  }
  const stdout = main.directOutput(1, stdoutStream);
  const stderr = main.writesDirectly(2) ? main.directOutput(2, () => process.stderr) : undefined;
  let stderrUsed = false;
  return {
    stdout,
    stderr: stderr ?? { write: (text) => { stderrUsed = true; return process.stderr.write(text); } },
    pending: () => stdout.writableLength + (stderr ? stderr.writableLength : stderrUsed ? process.stderr.writableLength : 0),
  };
}

/** Options that print something and leave without aligning text. */
const INFO_ONLY = new Set(['-h', '--help', '-V', '--version', '--list-rules']);

/**
 * Whether a run may write the code cache: one that aligned text (exit code 0 or 1). A cache
 * holds the functions its run compiled, and it is used as long as the bundle stays the same:
 * one written by `--help`, `--version` or a usage error left every later run compiling the
 * pipeline's functions itself (a seed run under callgrind: 1.739e9 instructions instead of
 * 1.571e9, 11% more). The package ships no cache, so a user's first run writes it.
 */
function writesCache(code, args) {
  return (code === 0 || code === 1) && !args.some((arg) => INFO_ONLY.has(arg));
}

async function main() {
  const args = process.argv.slice(2);
  const bytes = namedBytes(args);
  const heap = bigHeap(args, bytes);
  if (heap !== undefined) return runWithHeap(heap, args);
  const length = runLength(args, bytes);
  const loaded = await load(length);
  const streams = standardStreams(loaded.main);
  const code = await loaded.main.run(args, {
    stdout: streams.stdout,
    stderr: streams.stderr,
    // Standard input is opened only when a run reads it.
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
    env: process.env,
    cwd: process.cwd(),
    // Worker threads run the bundle too, compiled with its code cache.
    ...(typeof loaded.main.serveWorker === 'function'
      ? { worker: { script: join(__dirname, 'align-worker.js'), data: { length, lock: new Int32Array(new SharedArrayBuffer(4)) } } }
      : {}),
  });
  process.exitCode = code;
  // A run under the larger heap of big files reads a cache made without it (V8's digest of the
  // flags then turns it down) and writes none: it would turn down every later run's in turn.
  if (writesCache(code, args) && process.env.ALIGN_BIG_HEAP === undefined) loaded.saveCache?.();
  // Everything is written: leave now rather than wait for the collector's pending work. A
  // stream that still holds output (a pipe written asynchronously) is left to drain instead.
  if (streams.pending() === 0) process.exit(code);
}

if (require.main === module) main();
else module.exports = { loadBundle };
