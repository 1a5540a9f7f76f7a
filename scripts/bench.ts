/**
 * Speed and memory figures: `npm run bench`.
 * - the seed run, whole pipeline, in-process (warm) and as a spawned binary (cold start);
 * - extraction throughput per language in MB/s on one core;
 * - pairing a large interleaved article built from the seed (default 10 MB; `--mb N`).
 * Reads only the repository's own fixtures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { align, extractCandidates, split, pair } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = readFileSync(`${root}/fixtures/chengdu-software-2024.txt`, 'utf8');
const mbArg = process.argv.indexOf('--mb');
const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 10;

function time<T>(fn: () => T, runs = 1): { ms: number; value: T } {
  let value!: T;
  const started = performance.now();
  for (let i = 0; i < runs; i++) value = fn();
  return { ms: (performance.now() - started) / runs, value };
}

const rows: [string, string][] = [];

const cold = (args: string[]): number => {
  const started = performance.now();
  const res = spawnSync(process.execPath, [`${root}/bin/align.js`, ...args], { encoding: 'utf8' });
  if (res.status !== 0 && res.status !== 1) throw new Error(res.stderr);
  return performance.now() - started;
};
const coldRuns = [0, 1, 2].map(() => cold([`${root}/fixtures/chengdu-software-2024.txt`, '--json']));
rows.push(['seed, spawned binary (cold start, all stages)', `${Math.min(...coldRuns).toFixed(0)} ms (best of 3)`]);
for (const flag of ['--no-entities', '--deep-entities']) {
  const runs = [0, 1, 2].map(() => cold([`${root}/fixtures/chengdu-software-2024.txt`, '--json', flag]));
  rows.push([`seed, spawned binary, ${flag}`, `${Math.min(...runs).toFixed(0)} ms (best of 3)`]);
}

align(seed);
rows.push(['seed, align() in-process (warm)', `${time(() => align(seed), 20).ms.toFixed(1)} ms`]);

const blocks = split(seed);
const enText = blocks.filter((b) => b.lang === 'en').map((b) => b.text).join('\n\n');
const zhText = blocks.filter((b) => b.lang === 'zh').map((b) => b.text).join('\n\n');
for (const [lang, text] of [['en', enText], ['zh', zhText]] as const) {
  const big = Array.from({ length: Math.ceil(2_000_000 / text.length) }, () => text).join('\n\n');
  const paragraphs = big.split('\n\n');
  extractCandidates(paragraphs[0]!, lang);
  const { ms } = time(() => { for (const p of paragraphs) extractCandidates(p, lang); });
  const mb = Buffer.byteLength(big) / 1e6;
  rows.push([`extraction ${lang}, numbers/money/dates (${mb.toFixed(1)} MB)`, `${(mb / (ms / 1000)).toFixed(1)} MB/s`]);
}

const copies = Math.ceil((targetMb * 1e6) / Buffer.byteLength(seed));
const large = Array.from({ length: copies }, () => seed).join('\n\n');
global.gc?.();
const before = process.memoryUsage().rss;
const largeBlocks = split(large);
const { ms: pairMs, value: pairs } = time(() => pair(largeBlocks));
const after = process.memoryUsage().rss;
rows.push([`split + pair ${(Buffer.byteLength(large) / 1e6).toFixed(1)} MB interleaved (${largeBlocks.length} blocks)`,
  `${(pairMs / 1000).toFixed(2)} s pairing, ${pairs.length} pairs, RSS ${(after / 1e6).toFixed(0)} MB (+${((after - before) / 1e6).toFixed(0)} MB)`]);

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
