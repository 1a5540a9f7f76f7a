import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
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

describe('probed pages: the kind of a label or a number standing alone', () => {
  const kinds = (text: string) => split(text).map((b) => b.kind ?? b.lang);

  it('reads a number alone on its line as page chrome outside a subtitle file, as a cue number inside one', () => {
    expect(kinds('01\n\nThe plan has three parts.\n\n计划分为三部分。\n')[0]).toBe('chrome');
    expect(kinds('0\n\nShare this story\n')[0]).toBe('chrome');
    expect(kinds('1\n00:00:01,000 --> 00:00:03,000\nGood morning.\n早上好。\n')[0]).toBe('cue');
  });

  it('reads English words in lenticular brackets as a column label, not a sound; a sound in brackets stays a cue', () => {
    for (const line of ['【Highlights】', '【Cover Story】', '【WORLD】']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['(Laughter)', '[APPLAUSE]', '【掌声】', '（音乐）']) expect(blockKind(line), line).toBe('cue');
  });

  it('reads Chinese in square brackets naming no study section as a topic label, a section label of a study page as vocabulary', () => {
    for (const line of ['[乡村振兴]', '[科技前沿]']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['【講解】', '【重点词汇】', '[Vocabulary]', '【Notes】', '[生词]', '[ˈbʌdʒɪt]']) expect(blockKind(line), line).toBe('vocabulary');
  });
});
