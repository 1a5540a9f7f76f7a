import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunked, jsonPieces } from '../../src/cli/stream-json.js';
import { formatJson } from '../../src/format/json.js';
import { align } from '../../src/index.js';

describe('jsonPieces in batches', () => {
  it('prints the bytes of formatJson across batch boundaries, in pieces far smaller than the whole', () => {
    const seed = readFileSync(new URL('../../fixtures/chengdu-software-2024.txt', import.meta.url), 'utf8');
    const result = align(Array.from({ length: 4 }, () => seed).join('\n\n'), { path: 'article.txt' });
    expect(result.facts.length).toBeGreaterThan(256 * 2);
    const pieces = [...jsonPieces([result, { ...result, path: 'b.txt', facts: result.facts.slice(0, 256) }])];
    const whole = pieces.join('');
    expect(whole).toBe(formatJson([result, { ...result, path: 'b.txt', facts: result.facts.slice(0, 256) }]));
    for (const p of pieces) expect(p.length).toBeLessThan(whole.length / 4);
  }, 30_000);

  it('chunks small pieces together and lets a large piece go out alone, the same text in order', () => {
    const big = 'x'.repeat(100);
    const pieces = ['a', 'b', big, 'c', 'd'.repeat(30), 'e'.repeat(30), 'f'];
    expect([...chunked(pieces, 50)]).toEqual(['ab', big, `c${'d'.repeat(30)}${'e'.repeat(30)}`, 'f']);
  });
});
