import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

/** The links of a page of four lines: a title, a line of the other language, then a pair. */
const linksOf = (...lines: string[]) => links(align([...lines, ''].join('\n')));

describe('pair: an untranslated title beside a sentence of the other language', () => {
  it('leaves an English title apart from a Chinese request below it', () => {
    expect(linksOf(
      'Notes From a Mountain Village',
      '请问这段英文应该怎么翻译？',
      'The bridge was built in 1998 and repaired after the flood of 2016.',
      '这座桥建于1998年，2016年洪水后进行了修复。',
    )).toEqual(['- => 2', '1 => -', '3 => 4']);
  });

  it('leaves a Chinese title apart from an English instruction below it', () => {
    expect(linksOf(
      '秋日随笔：山城的小巷',
      'Read the passage and answer the questions.',
      'The old town has more than 200 lanes, and some are only a metre wide.',
      '老城有200多条小巷，有的只有一米宽。',
    )).toEqual(['- => 1', '2 => -', '3 => 4']);
  });

  it('still pairs a title rendered as a question that shares its words', () => {
    expect(linksOf(
      'Why do cats love boxes',
      '猫为什么喜欢纸箱？',
      'A box gives a cat a safe place to hide.',
      '纸箱给猫提供了一个安全的藏身之处。',
    )).toEqual(['1 => 2', '3 => 4']);
    expect(linksOf(
      'Feeling the heat',
      '今年夏天为何这么热？',
      'Temperatures passed 40 degrees in 12 cities last week.',
      '上周有12座城市气温超过40度。',
    )).toEqual(['1 => 2', '3 => 4']);
  });

  it('still pairs a one-word exclamation with its rendering, stop and all', () => {
    expect(linksOf(
      'Hooray',
      '太好了！',
      'The team won the final 3-1 on Sunday.',
      '周日，球队以3比1赢得决赛。',
    )).toEqual(['1 => 2', '3 => 4']);
  });
});
