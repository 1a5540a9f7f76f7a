/**
 * Speed and memory figures: `npm run bench` (add `--100` for the 100 MB point, `--runs N`;
 * `--startup` stops after the two whole-run comparisons on the seed).
 * - start-up: the seed, all default stages, as a spawned binary (`bin/align.js`, which `npm
 *   install -g` links as `align`), against a bare `node -e 0`;
 * - against Microsoft Recognizers-Text (numbers, ordinals, percentages, currency, dimensions,
 *   dates) over the seed's paragraphs in a child process: whole run against whole run;
 * - throughput and peak RSS of `align BIG --json` at 1, 10 (and 100) MB, of a TMX export at 10 MB
 *   (`--fail-on never`: pairs alone), of `--stream`, and of two line files (one sentence a line);
 * - extraction alone per language, in-process.
 * Every child reports its own CPU time and peak RSS through a preloaded exit hook.
 * Reads only the repository's own fixtures; big inputs are built from the seed in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCandidates, split } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = join(root, 'fixtures/chengdu-software-2024.txt');
const seed = readFileSync(seedPath, 'utf8');
const align = join(root, 'bin/align.js');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const sizes = args.includes('--100') ? [1, 10, 100] : [1, 10];
const work = mkdtempSync(join(tmpdir(), 'align-bench-'));

/**
 * A preloaded script that adds a line with the process's CPU time and peak RSS to $BENCH_USAGE
 * at exit: CommonJS, so that it loads no module loader that the measured command would not load.
 * A line a process: a run of big files goes on in a child Node.js (`bin/align.js`), which loads
 * the script too; the run's CPU is their sum, its peak the larger.
 */
const hook = join(work, 'usage-hook.cjs');
writeFileSync(hook, `process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').appendFileSync(process.env.BENCH_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: u.maxRSS / 1024 }) + '\\n');
});
`);

interface Usage { wall: number; cpu: number; rssMb: number }

/** Runs `node ARGS` once; returns wall seconds, CPU seconds and peak RSS. */
function measure(nodeArgs: string[], input?: string): Usage {
  const usageFile = join(work, 'usage.jsonl');
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const res = spawnSync(process.execPath, ['--require', hook, ...nodeArgs], {
    cwd: root, input, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    env: { ...process.env, BENCH_USAGE: usageFile },
  });
  const wall = (performance.now() - started) / 1000;
  if (res.status !== 0 && res.status !== 1) throw new Error(`node ${nodeArgs.join(' ')}: exit ${res.status}\n${res.stderr.toString()}`);
  let cpu = 0;
  let rssMb = 0;
  for (const line of readFileSync(usageFile, 'utf8').trim().split('\n')) {
    const u = JSON.parse(line) as { cpu: number; rssMb: number };
    cpu += u.cpu;
    rssMb = Math.max(rssMb, u.rssMb);
  }
  return { wall, cpu, rssMb };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** A and B in turn, `n` times each after a warm-up; the median of each and of the pairwise ratios. */
function versus(a: () => Usage, b: () => Usage, n: number): { a: Usage; b: Usage; wallRatio: number; cpuRatio: number } {
  a(); b();
  const as: Usage[] = [];
  const bs: Usage[] = [];
  for (let i = 0; i < n; i++) { as.push(a()); bs.push(b()); }
  const pick = (us: Usage[]): Usage => ({ wall: median(us.map((u) => u.wall)), cpu: median(us.map((u) => u.cpu)), rssMb: median(us.map((u) => u.rssMb)) });
  return {
    a: pick(as), b: pick(bs),
    wallRatio: median(as.map((u, i) => u.wall / bs[i]!.wall)),
    cpuRatio: median(as.map((u, i) => u.cpu / bs[i]!.cpu)),
  };
}

const rows: [string, string][] = [];
const print = (): void => {
  let width = 0;
  for (const [k] of rows) width = Math.max(width, k.length);
  for (const [k, v] of rows.splice(0)) console.log(`${k.padEnd(width)}  ${v}`);
};
const s = (x: number): string => `${x.toFixed(3)} s`;

// Start-up: the whole seed run of the installed command (`bin/align.js`, the README's first
// example) against a bare Node.js start.
const start = versus(() => measure([align, seedPath]), () => measure(['-e', '0']), runs);
rows.push(['start-up: align seed vs node -e 0 (median)',
  `${start.wallRatio.toFixed(2)}x wall, ${start.cpuRatio.toFixed(2)}x CPU (${s(start.a.wall)} vs ${s(start.b.wall)} wall; ${start.a.rssMb.toFixed(0)} MB peak)`]);
print();

// Microsoft Recognizers-Text over the seed's paragraphs, whole run against whole run.
const recognizers = `
import { readFileSync } from 'node:fs';
import * as R from '@microsoft/recognizers-text-suite';
const text = readFileSync(process.argv[1], 'utf8');
let found = 0;
for (const p of text.split(/\\n\\s*\\n/).map((x) => x.trim()).filter(Boolean)) {
  const culture = /[\\u4e00-\\u9fff]/.test(p) ? R.Culture.Chinese : R.Culture.English;
  for (const f of [R.recognizeNumber, R.recognizeOrdinal, R.recognizePercentage, R.recognizeCurrency, R.recognizeDimension, R.recognizeDateTime]) found += f(p, culture).length;
}
`;
try {
  const rec = versus(() => measure(['--input-type=module', '-e', recognizers, seedPath]), () => measure([align, seedPath, '--json']), runs);
  rows.push(['Recognizers-Text vs align on the seed (whole runs)',
    `align ${rec.wallRatio.toFixed(1)}x faster wall, ${rec.cpuRatio.toFixed(1)}x CPU (${s(rec.a.wall)} vs ${s(rec.b.wall)})`]);
} catch (error) {
  rows.push(['Recognizers-Text vs align on the seed', `not run: ${(error as Error).message.split('\n')[0]} (npm install the devDependencies)`]);
}
print();
if (args.includes('--startup')) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// Throughput and peak memory on big interleaved articles built from the seed.
for (const mb of sizes) {
  const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(seed));
  const big = join(work, `article-${mb}mb.txt`);
  writeFileSync(big, Array.from({ length: copies }, () => seed).join('\n\n'));
  const bytes = Buffer.byteLength(readFileSync(big));
  const u = measure([align, big, '--json', '-o', join(work, 'out.json')]);
  rows.push([`align ${mb} MB article --json`, `${(bytes / 1e6 / u.wall).toFixed(2)} MB/s wall, ${(bytes / 1e6 / u.cpu).toFixed(2)} MB/s CPU, ${u.rssMb.toFixed(0)} MB peak RSS (${s(u.wall)})`]);
  print();
  if (mb === 10) {
    // A corpus export with no exit code riding on findings: pairs alone, no facts or checks.
    const t = measure([align, big, '-f', 'tmx', '--fail-on', 'never', '-o', join(work, 'out.tmx')]);
    rows.push([`align ${mb} MB article -f tmx --fail-on never`, `${(bytes / 1e6 / t.wall).toFixed(2)} MB/s wall, ${(bytes / 1e6 / t.cpu).toFixed(2)} MB/s CPU, ${t.rssMb.toFixed(0)} MB peak RSS (${s(t.wall)})`]);
    print();
  }
  rmSync(big);
}

// The stream: 10 MB of documents of the seed's size.
{
  const line = JSON.stringify({ id: 'doc', text: seed });
  const count = Math.ceil(10e6 / Buffer.byteLength(line));
  const input = join(work, 'corpus.jsonl');
  writeFileSync(input, Array.from({ length: count }, (_, i) => line.replace('"doc"', `"doc-${i}"`)).join('\n') + '\n');
  const bytes = Buffer.byteLength(readFileSync(input));
  const u = measure([align, '--stream', input, '-o', join(work, 'out.jsonl')]);
  rows.push([`align --stream, ${(bytes / 1e6).toFixed(0)} MB in ${count} documents`, `${(bytes / 1e6 / u.wall).toFixed(2)} MB/s wall, ${(bytes / 1e6 / u.cpu).toFixed(2)} MB/s CPU, ${u.rssMb.toFixed(0)} MB peak RSS (${s(u.wall)})`]);
  print();
  // The same stream on worker threads, one a core of this machine (output as with one thread).
  const jobs = availableParallelism();
  if (jobs > 1) {
    const w = measure([align, '--stream', input, '--jobs', String(jobs), '-o', join(work, 'out-jobs.jsonl')]);
    const same = readFileSync(join(work, 'out.jsonl')).equals(readFileSync(join(work, 'out-jobs.jsonl')));
    rows.push([`align --stream --jobs ${jobs}, the same documents`, `${(bytes / 1e6 / w.wall).toFixed(2)} MB/s wall, ${w.rssMb.toFixed(0)} MB peak RSS (${s(w.wall)}); output ${same ? 'identical to' : 'DIFFERENT from'} one thread's`]);
    print();
  }
}

// The seed's blocks, which the line files and the extraction figures below are built from.
const blocks = split(seed);

// Two line files, one sentence a line (a sentence-aligned corpus), 1 MB in all: the seed's
// sentences, each side on its own, repeated.
{
  const sentencesOf = (lang: 'en' | 'zh'): string[] => blocks.filter((b) => b.lang === lang)
    .flatMap((b) => b.text.split(lang === 'en' ? /(?<=[.!?])\s+(?=["“]?[A-Z0-9])/ : /(?<=[。！？])/))
    .map((x) => x.trim()).filter(Boolean);
  const en = sentencesOf('en');
  const zh = sentencesOf('zh');
  const once = Buffer.byteLength(en.join('\n')) + Buffer.byteLength(zh.join('\n'));
  const copies = Math.ceil(1e6 / once);
  const enFile = join(work, 'sentences.en');
  const zhFile = join(work, 'sentences.zh');
  writeFileSync(enFile, Array.from({ length: copies }, () => en.join('\n')).join('\n') + '\n');
  writeFileSync(zhFile, Array.from({ length: copies }, () => zh.join('\n')).join('\n') + '\n');
  const bytes = Buffer.byteLength(readFileSync(enFile)) + Buffer.byteLength(readFileSync(zhFile));
  const u = measure([align, '--en', enFile, '--zh', zhFile, '--json', '-o', join(work, 'out-lines.json')]);
  rows.push([`align --en --zh, line files of ${(bytes / 1e6).toFixed(1)} MB (${copies * en.length} against ${copies * zh.length} lines)`, `${(bytes / 1e6 / u.wall).toFixed(2)} MB/s wall, ${(bytes / 1e6 / u.cpu).toFixed(2)} MB/s CPU, ${u.rssMb.toFixed(0)} MB peak RSS (${s(u.wall)})`]);
  print();
}

// Extraction alone, in-process, per language.
for (const lang of ['en', 'zh'] as const) {
  const text = blocks.filter((b) => b.lang === lang).map((b) => b.text).join('\n\n');
  const paragraphs = Array.from({ length: Math.ceil(2_000_000 / text.length) }, () => text).join('\n\n').split('\n\n');
  for (const p of paragraphs.slice(0, 50)) extractCandidates(p, lang);
  const started = performance.now();
  let bytes = 0;
  for (const p of paragraphs) { extractCandidates(p, lang); bytes += Buffer.byteLength(p); }
  rows.push([`extraction ${lang} in-process (${(bytes / 1e6).toFixed(1)} MB)`, `${(bytes / 1e6 / ((performance.now() - started) / 1000)).toFixed(1)} MB/s`]);
}
print();
rmSync(work, { recursive: true, force: true });
