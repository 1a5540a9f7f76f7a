import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { cli } from '../helpers.js';

/** A short page of our own with one figure changed in translation (an error-level finding). */
const PAGE = [
  'Harbour Report',
  '港口报告',
  'The harbour handled 4.2 million containers last year, up 8% on the year before.',
  '该港口去年处理集装箱420万个，比前一年增长9%。',
  'Three new berths will open in May. Officials expect more traffic from the east coast.',
  '三个新泊位将于5月启用。官员们预计来自东海岸的运输量会增加。',
  'Rainfall on the coast was light.',
].join('\n\n');

describe('corpus exports that no exit code rides on', () => {
  it('write the same pairs and sentences whether or not facts and checks are worked out', async () => {
    for (const format of ['tsv', 'tmx', 'jsonl']) {
      for (const extra of [[], ['--sentences'], ['--min-score', '0.9']]) {
        const checked = await cli(['-', '-f', format, ...extra], { stdin: PAGE });
        const bare = await cli(['-', '-f', format, '--fail-on', 'never', ...extra], { stdin: PAGE });
        expect(checked.code).toBe(1); // the changed percentage is an error
        expect(bare.code).toBe(0);
        expect(bare.stdout).toBe(checked.stdout);
        expect(bare.stdout.length).toBeGreaterThan(0);
      }
    }
  });

  it('still check the pairs when the exit code asks for findings', async () => {
    expect((await cli(['-', '-f', 'tsv'], { stdin: PAGE })).code).toBe(1);
    expect((await cli(['-', '-f', 'tsv', '--fail-on', 'warning'], { stdin: PAGE })).code).toBe(1);
    // Reports that print findings compute them whatever the exit code.
    const json = JSON.parse((await cli(['-', '--json', '--fail-on', 'never'], { stdin: PAGE })).stdout);
    expect(json.files[0].findings.length).toBeGreaterThan(0);
    expect(json.files[0].facts.length).toBeGreaterThan(0);
  });
});

describe('align with facts: false', () => {
  it('gives the blocks, pairs and sentences of a whole run, and no facts or findings', () => {
    const whole = align(PAGE);
    const bare = align(PAGE, { facts: false });
    expect(bare.blocks).toEqual(whole.blocks);
    expect(bare.pairs).toEqual(whole.pairs);
    expect(bare.pairs.some((p) => (p.sentences?.length ?? 0) > 1)).toBe(true);
    expect(whole.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(bare.facts).toEqual([]);
    expect(bare.findings).toEqual([]);
    expect(bare.summary).toEqual({ ...whole.summary, findings: { error: 0, warning: 0, info: 0 } });
  });

  it('leaves the sentences out too with sentences: false', () => {
    const bare = align(PAGE, { facts: false, sentences: false });
    expect(bare.pairs.every((p) => p.sentences === undefined)).toBe(true);
    expect(bare.pairs.map((p) => [p.en, p.zh])).toEqual(align(PAGE).pairs.map((p) => [p.en, p.zh]));
  });
});
