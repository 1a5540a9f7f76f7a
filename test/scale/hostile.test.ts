import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { align, formatTable } from '../../src/index.js';
import { width, wrap } from '../../src/format/text.js';
import { FORMATS, format } from '../../src/format/index.js';
import type { Fact, FileResult } from '../../src/types.js';

const stringWidth = (createRequire(import.meta.url)('string-width') as { default: (s: string) => number }).default;

/** A file result with one pair whose sides hold `n` number facts each, as digit soup gives. */
function manyFacts(n: number): FileResult {
  const facts: Fact[] = [];
  for (let i = 0; i < n; i++) {
    for (const [block, lang] of [['b1', 'en'], ['b2', 'zh']] as const) {
      facts.push({ id: `f${facts.length + 1}`, block, kind: 'number', raw: String(i % 97), value: i % 97, approx: false, lang, start: 0, end: 1, line: 1, column: 1 });
    }
  }
  const text = '1,'.repeat(n);
  return {
    path: 'soup.txt',
    blocks: [
      { id: 'b1', index: 0, lang: 'en', start: 0, end: text.length, line: 1, column: 1, text },
      { id: 'b2', index: 1, lang: 'zh', start: 0, end: text.length, line: 2, column: 1, text },
    ],
    pairs: [{ id: 'p1', en: ['b1'], zh: ['b2'], score: 1 }],
    facts,
    findings: [],
    summary: { blocks: 2, pairs: 1, unpaired: 0, findings: { error: 0, warning: 0, info: 0 } },
  };
}

describe('hostile sizes', () => {
  it('the table prints 100,000 facts a side and a 200 KB token without running out of stack, in seconds', () => {
    const started = performance.now();
    const out = formatTable([manyFacts(100_000)], { columns: 100 });
    expect(out.split('\n').length).toBeGreaterThan(100_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('wraps a long token without blanks a line at a time, as before', () => {
    const soup = '1,'.repeat(50_000);
    const lines = wrap(`abc ${soup}`, 48);
    expect(lines[0]).toBe(`abc ${soup.slice(0, 44)}`);
    expect(lines.slice(1, -1).every((l) => l.length === 48)).toBe(true);
    expect(lines.join('')).toBe(`abc ${soup}`);
  });

  it('counts columns as string-width does', () => {
    const samples = ['plain ASCII', '中文，标点。', 'café → naïve … “quotes” ─│', 'ＡＢＣ１２３', '😀 emoji', 'e\u0301', '〪x', 'soft\u00adhyphen', 'tab\there'];
    for (const s of samples) expect(width(s), s).toBe(stringWidth(s));
  });

  it('digit soup goes through the whole pipeline and every format', () => {
    const result = align('1,'.repeat(20_000), { path: 'soup.txt' });
    expect(result.facts.length).toBeGreaterThan(1000);
    for (const name of FORMATS) expect(typeof format(name, [result])).toBe('string');
  }, 60_000);
});
