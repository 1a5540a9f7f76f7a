import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const read = (text: string): string[] => extractCandidates(text, 'en').filter((c) => c.kind !== 'date').map((c) => `${text.slice(c.start, c.end)} = ${c.kind}:${Number(c.value).toFixed(3)}`);

describe('`a third`, `a fifth`: a fraction where the phrase ends on it, an ordinal before a noun', () => {
  it.each([
    ['Exports fell by a third.', ['a third = number:0.333']],
    ['A fifth of the valley is farmed.', ['A fifth = number:0.200']],
    ['Rents rose by a tenth in spring.', ['a tenth = number:0.100']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['She won a third term.', ['third = ordinal:3.000']],
    ['It was a fifth straight loss.', ['fifth = ordinal:5.000']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
