import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockCandidates, candidateReading, split } from '../../src/index.js';
import { decodeChunk, encodeChunk, extractPool } from '../../src/cli/extract-pool.js';
import type { CandidateReading, ExtractContext, Lang } from '../../src/types.js';
import { fixture } from '../helpers.js';
import { ALIGN } from './corpus.js';

/** Lines with every field a candidate may carry: ranges, units, bounds, approximations, dates, names. */
const LINES: [string, Lang][] = [
  ['About 3,200 visitors came on 14 March 2025, up from fewer than 2,000 a year earlier.', 'en'],
  ['Prices rose 4-6% while the fund, led by Ana Ruiz in Lisbon, held more than $1.5 billion.', 'en'],
  ['The ferry takes 45 minutes; the river is 12.5 km wide and the water was -3°C at dawn.', 'en'],
  ['约3200名游客于2025年3月14日到访，比一年前不足2000人有所增加。', 'zh'],
  ['价格上涨4%至6%，由张晓明在杭州领导的基金持有超过15亿美元。', 'zh'],
  ['渡轮航程45分钟；河宽12.5公里，黎明时水温零下3摄氏度。', 'zh'],
  ['', 'und'],
];

const CONTEXT: ExtractContext = { referenceYear: 2025, referenceDate: '2025-03-20' };

describe('candidates read on helper threads', () => {
  it('cross threads as the candidates blockCandidates returned, field for field', () => {
    const texts = LINES.map(([text]) => text);
    const langs = LINES.map(([, lang]) => lang);
    for (const reading of [{ entities: true, lexicon: true }, { entities: false, lexicon: false }] satisfies CandidateReading[]) {
      const decoded = decodeChunk(structuredClone(encodeChunk(3, texts, langs, 0, texts.length, CONTEXT, reading)));
      const direct = texts.map((text, k) => blockCandidates(text, langs[k]!, CONTEXT, reading));
      expect(decoded).toStrictEqual(direct);
      expect(direct.flat().length).toBeGreaterThan(12);
    }
    // Every optional field is carried by some candidate, so the check above covers it.
    const all = texts.flatMap((text, k) => blockCandidates(text, langs[k]!, CONTEXT, { entities: true, lexicon: true }));
    for (const field of ['max', 'unit', 'approx', 'bound', 'type'] as const) expect(all.some((c) => c[field] !== undefined)).toBe(true);
    expect(all.some((c) => typeof c.value === 'string') && all.some((c) => typeof c.value === 'number')).toBe(true);
  });

  it('a text read by a helper and this thread gives each block the candidates it gives alone', async () => {
    const text = Array.from({ length: 24 }, () => fixture('chengdu-software-2024.txt')).join('\n\n');
    const blocks = split(text).filter((b) => !b.kind);
    const reading = candidateReading({});
    const pool = await extractPool(1);
    try {
      const lookup = pool.extractor(blocks, CONTEXT, reading);
      // The helper starts and reads chunks before this thread asks.
      const started = Date.now();
      while (pool.lastCount()!.byHelpers === 0 && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
      for (const block of blocks) expect(lookup(block)).toStrictEqual(blockCandidates(block.text, block.lang, CONTEXT, reading));
      const count = pool.lastCount()!;
      expect(count.chunks).toBeGreaterThan(4);
      expect(count.byHelpers).toBeGreaterThan(0);
      expect(count.byHelpers).toBeLessThanOrEqual(count.chunks);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('the command gives a long text the output of one thread, with a helper reading part of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-pool-'));
    try {
      const file = join(dir, 'long.txt');
      writeFileSync(file, Array.from({ length: 90 }, () => fixture('chengdu-software-2024.txt')).join('\n\n'));
      const run = (jobs: string) => spawnSync(process.execPath, [ALIGN, file, '--json', '--debug', '--jobs', jobs], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const one = run('1');
      const two = run('2');
      expect(two.status).toBe(one.status);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stderr).not.toMatch(/helper threads/);
      const [, chunks, helped] = /candidates read in (\d+) chunks, (\d+) of them on helper threads/.exec(two.stderr) ?? [];
      expect(Number(chunks)).toBeGreaterThan(4);
      expect(Number(helped)).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a short text stays on one thread, and --jobs says so', () => {
    const run = spawnSync(process.execPath, [ALIGN, '-', '--json', '--jobs', '2'], { input: 'Sales rose 5% in May.\n\n5月销售额增长5%。\n', encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/--jobs helps with several files, --stream or a long text/);
  });
});
