import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

describe('a part of a text named by its number is an ordinal', () => {
  it.each([
    ['Article 12 The employer shall pay wages monthly.', ['ordinal', '12', 12]],
    ['See chapter 7 for the details.', ['ordinal', '7', 7]],
    ['Season 3 opens in May.', ['ordinal', '3', 3]],
    ['Lesson 8: Ordering food', ['ordinal', '8', 8]],
    ['Round 4 of the talks ended without a deal.', ['ordinal', '4', 4]],
    ['Day 2 of the festival drew bigger crowds.', ['ordinal', '2', 2]],
  ])('%s', (text, want) => {
    expect(facts(text)[0]).toEqual(want);
  });

  it.each([
    ['The article cited 12 studies.'],
    ['Section 4.5 lists the exceptions.'],
    ['She lives in unit 5 on the top floor.'],
    ['The trip takes a day 3 times a year.'],
  ])('no ordinal in %s', (text) => {
    expect(facts(text).some((f) => f[0] === 'ordinal')).toBe(false);
  });

  it('meets 第十二条 with no finding', () => {
    const result = align('Article 12 The employer shall pay wages monthly.\n\n第十二条 用人单位应当按月支付工资。\n', { entities: false });
    expect(result.findings).toEqual([]);
    expect(result.facts.map((f) => `${f.kind} ${f.value}`)).toEqual(['ordinal 12', 'ordinal 12']);
  });

  it('meets 第八课 in a lesson title with no finding', () => {
    const result = align('Lesson 8: Ordering food\n\n第八课：点餐\n', { entities: false });
    expect(result.facts.map((f) => `${f.kind} ${f.value}`)).toEqual(['ordinal 8', 'ordinal 8']);
  });
});
