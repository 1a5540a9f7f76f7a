import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block, FactCandidate, Finding, Lang, Pair } from '../../src/types.js';
import { check } from '../../src/pipeline/check.js';
import { extractFacts } from '../../src/pipeline/extract.js';
import { LineIndex } from '../../src/pipeline/position.js';
import { datelineYear } from '../../src/pipeline/dateline.js';
import { split } from '../../src/pipeline/split.js';
import { pair } from '../../src/pipeline/pair/index.js';

/**
 * The whole pipeline on the seed article and on copies of it with one slip injected each
 * (`fixtures/slips/`, listed with the pair and rule that must catch them in `slips.json`).
 */
const fixtures = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const entityModule = '../../src/pipeline/entities.js';
const entities = await import(entityModule)
  .then((m: { extractEntities?: (text: string, lang: Lang) => FactCandidate[] }) => m.extractEntities)
  .catch(() => undefined);

interface Run { blocks: Block[]; pairs: Pair[]; findings: Finding[] }

function runPipeline(text: string): Run {
  const blocks = split(text, { mode: 'auto' });
  const pairs = pair(blocks);
  const lines = new LineIndex(text);
  const facts = extractFacts(blocks, () => lines, { referenceYear: datelineYear(blocks) },
    entities ? (b) => (b.lang === 'und' ? [] : entities(b.text, b.lang)) : undefined);
  return { blocks, pairs, findings: check({ blocks, pairs, facts }) };
}

function pairWith(run: Run, anchor: string): string | undefined {
  const block = run.blocks.find((b) => b.text.includes(anchor));
  return block && run.pairs.find((p) => p.en.includes(block.id) || p.zh.includes(block.id))?.id;
}

interface Slip { file: string; what: string; anchor: string; rules: string[] }
const slips = JSON.parse(readFileSync(fixtures('slips/slips.json'), 'utf8')) as Slip[];

describe('the seed article', () => {
  const run = runPipeline(readFileSync(fixtures('chengdu-software-2024.txt'), 'utf8'));

  it('has no error-level finding', () => {
    expect(run.findings.filter((f) => f.severity === 'error').map((f) => `${f.pair} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('reports January 10-11th against 1月11日 as a warning on its pair', () => {
    const pairId = pairWith(run, 'On January 10-11th');
    expect(run.findings.filter((f) => f.pair === pairId && f.ruleId === 'date-mismatch').map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports the dateline, the source URL and the related news as info', () => {
    expect(run.findings.filter((f) => f.ruleId === 'unpaired-block').map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });
});

describe('slips injected into the seed', () => {
  const needsEntities = (slip: Slip) => slip.rules.includes('entity-mismatch') && !entities;
  it.each(slips.map((s) => [s.what, s] as const))('%s', (_, slip) => {
    if (needsEntities(slip)) return;
    const run = runPipeline(readFileSync(fixtures(`slips/${slip.file}`), 'utf8'));
    const pairId = pairWith(run, slip.anchor);
    const caught = run.findings.filter((f) => f.pair === pairId && slip.rules.includes(f.ruleId) && f.severity === 'error');
    expect(caught.length).toBeGreaterThan(0);
  });
});
