import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

describe('a part of a text named by its number is an ordinal', () => {
  it.each([
    ['Article 12 The employer shall pay wages monthly.', ['ordinal', '12', 12]],
    ['See chapter 7 for the details.', ['ordinal', '7', 7]],
    ['Season 3 opens in May.', ['ordinal', '3', 3]],
  ])('%s', (text, want) => {
    expect(facts(text)[0]).toEqual(want);
  });

  it.each([
    ['The article cited 12 studies.'],
    ['Section 4.5 lists the exceptions.'],
  ])('no ordinal in %s', (text) => {
    expect(facts(text).some((f) => f[0] === 'ordinal')).toBe(false);
  });

  it('meets 第十二条 with no finding', () => {
    const result = align('Article 12 The employer shall pay wages monthly.\n\n第十二条 用人单位应当按月支付工资。\n', { entities: false });
    expect(result.findings).toEqual([]);
    expect(result.facts.map((f) => `${f.kind} ${f.value}`)).toEqual(['ordinal 12', 'ordinal 12']);
  });
});
