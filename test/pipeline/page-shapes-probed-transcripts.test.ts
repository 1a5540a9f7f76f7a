import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';
import { streams } from '../../src/pipeline/pair/streams.js';
import { flags, RUNS_ON } from '../../src/pipeline/pair/costs.js';
import { linksOf, page } from './page-shapes.pages.js';

/**
 * Pages written for the tests in the shapes that speeches, talks, interviews and press releases
 * take when pasted from bilingual pages, each with its expected links by line.
 */
const PAGES = [
  page('speech, Chinese first a line each, no blank lines: each person addressed on a line, the Chinese ending on a comma', [
    '尊敬的市财政局局长陈刚先生,',
    'Dear Director of the City Finance Bureau Mr. Chen Gang',
    '尊敬的市教育局原副局长 刘芳女士',
    'Dear Former Deputy Director of the City Education Bureau, Ms. Liu Fang',
  ], ['2 => 1', '4 => 3']),
];

describe('probed transcript pages: each pairs as its translation runs', () => {
  for (const p of PAGES) {
    it(p.name, () => {
      expect(linksOf(align(p.text), p).sort()).toEqual([...p.links].sort());
    });
  }
});

describe('probed transcript pages: a Chinese line ending on a comma', () => {
  const runsOn = (text: string) => {
    const { zh } = streams(split(text));
    return [...flags(zh)].map((f) => (f & RUNS_ON) !== 0);
  };

  it('is no sentence surely broken when it opens with a word of address: a salutation names one person a line', () => {
    expect(runsOn('尊敬的市长王明先生,\n\nMayor Wang Ming\n\n尊敬的各位来宾:\n')[0]).toBe(false);
    expect(runsOn('亲爱的同学们,\n\nDear students,\n\n今天是开学的日子。\n')[0]).toBe(false);
  });

  it('runs on when it opens otherwise, or runs long', () => {
    expect(runsOn('今年夏天,\n\nThis summer the city built three parks.\n\n市里新建了三座公园。\n')[0]).toBe(true);
    expect(runsOn('尊敬的各位代表,今年以来我们在市委的坚强领导下团结一心、攻坚克难、扎实推进各项工作并取得了显著成效,\n\nDelegates, this year we made progress.\n\n成绩来之不易。\n')[0]).toBe(true);
  });
});
