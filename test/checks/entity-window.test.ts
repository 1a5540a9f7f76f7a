import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { entityWindow } from '../../src/entities/match.js';
import { personName as name } from '../names-by-number.js';

/** One pair naming `n` ministers in turn; the Chinese names another in place of the `swap`th. */
function ministers(n: number, swap: number): string {
  const en = Array.from({ length: n }, (_, i) => `Minister ${name(i).en} spoke.`).join(' ');
  const zh = Array.from({ length: n }, (_, i) => `部长${name(i === swap ? (i + 500) % 1000 : i).zh}讲话。`).join('');
  return `${en}\n\n${zh}`;
}

describe('names in long pairs', () => {
  it('weighs every name against every other up to 250,000 pairs, then those near its place', () => {
    expect(entityWindow(500, 500)(0)).toEqual([0, 500]);
    const near = entityWindow(1000, 2000);
    expect(near(0)).toEqual([0, 65]);
    expect(near(500)).toEqual([937, 1065]);
    expect(near(999)).toEqual([1935, 2000]);
  });

  it.each([[60, 30], [1000, 500]])('reports the one name of %i changed (the %ith), as it does in a short pair', (n, swap) => {
    const result = align(ministers(n, swap), {});
    const found = result.findings.filter((f) => f.ruleId === 'entity-mismatch');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain(name(swap).en);
    expect(found[0]!.message).toContain(name((swap + 500) % 1000).zh);
  });

  it('finds nothing to report where every name is rendered alike', () => {
    expect(align(ministers(1000, -1), {}).findings.filter((f) => f.ruleId === 'entity-mismatch' || f.ruleId === 'inconsistent-term')).toEqual([]);
  });
});
