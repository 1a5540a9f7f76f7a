import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateFacts, formatFactTable } from '../../../scripts/eval/facts.js';

/** A tiny facts folder in the public formats, so the harness is tested without the shared data. */
const dir = mkdtempSync(join(tmpdir(), 'align-facts-'));
mkdirSync(join(dir, 'recognizers/Number/English'), { recursive: true });
mkdirSync(join(dir, 'recognizers/NumberWithUnit/English'), { recursive: true });
mkdirSync(join(dir, 'duckling'), { recursive: true });
writeFileSync(join(dir, 'recognizers/Number/English/NumberModel.json'), JSON.stringify([
  { Input: 'set up 14 activities', Results: [{ Text: '14', TypeName: 'number', Resolution: { value: '14' }, Start: 7, End: 8 }] },
  { Input: '10G', Results: [{ Text: '10g', TypeName: 'number', Resolution: { value: '10000000000' }, Start: 0, End: 2 }] },
  { Input: 'one of them', Results: [{ Text: 'one', TypeName: 'number', Resolution: { value: '1' }, Start: 0, End: 2 }] },
  { Input: 'I earn $10000', Results: [{ Text: '10000', TypeName: 'number', Resolution: { value: '10000' }, Start: 7, End: 11 }] },
]));
writeFileSync(join(dir, 'recognizers/NumberWithUnit/English/CurrencyModel.json'), JSON.stringify([
  { Input: 'at 470 pence', Results: [{ Text: '470 pence', TypeName: 'currency', Resolution: { value: '470', unit: 'Pence' }, Start: 3, End: 11 }] },
  { Input: '6.6 billion yuan', Results: [{ Text: '6.6 billion yuan', TypeName: 'currency', Resolution: { value: '6600000000', unit: 'Chinese yuan', isoCurrency: 'CNY' }, Start: 0, End: 15 }] },
]));
writeFileSync(join(dir, 'duckling/Duration_EN.json'), JSON.stringify([
  { value: 'DurationData 90 Minute', inputs: ['1.5 hours', 'an hour and a half'] },
]));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('facts evaluation harness', () => {
  const rows = evaluateFacts({ dataDir: dir, lang: 'en', failures: 5 });
  /** Both parts of a file's cases, summed. */
  const row = (file: string) => {
    const parts = rows.filter((r) => r.file.endsWith(file));
    const cases = parts.reduce((n, r) => n + r.cases, 0);
    return {
      parts,
      cases,
      skipped: parts.reduce((n, r) => n + r.skipped, 0),
      exact: parts.reduce((n, r) => n + r.exact * r.cases, 0) / Math.max(cases, 1),
      failures: parts.flatMap((r) => r.failures),
    };
  };

  it('scores a plain-number file: 10G and `one of` skipped by design, a number inside money not asked', () => {
    const r = row('NumberModel.json');
    expect(r.skipped).toBe(2);
    expect(r.cases).toBe(2);
    expect(r.exact).toBe(1);
    expect(r.failures).toEqual([]);
  });

  it('compares money in major units and ISO codes', () => {
    expect(row('CurrencyModel.json').exact).toBe(1);
  });

  it('compares durations by length (PT1.5H = 90 minutes)', () => {
    expect(row('Duration_EN.json').exact).toBe(1);
  });

  it('scores every file in a tuning and a held-out part', () => {
    expect(row('NumberModel.json').parts.map((r) => r.part)).toEqual(['tuning', 'held-out']);
  });

  it('prints one table row per file and part', () => {
    expect(formatFactTable(rows).split('\n')).toHaveLength(rows.length + 1);
  });
});
