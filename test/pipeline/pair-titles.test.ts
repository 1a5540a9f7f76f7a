import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

/** The links of a page of the given lines: a title, a line of the other language, then pairs. */
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

describe('pair: an untranslated Chinese title beside an English kicker or label', () => {
  it('leaves a Chinese title apart from a one-word English kicker over a title pair', () => {
    expect(linksOf(
      '山居笔记',
      'TRAVEL',
      'Mountain railway reopens after storm',
      '山区铁路在暴风雨后恢复运营',
      'The line reopened on Tuesday after two weeks of repairs.',
      '经过两周的抢修，该线路于周二恢复运营。',
    )).toEqual(['- => 1', '2 => -', '3 => 4', '5 => 6']);
  });

  it('still pairs short title pairs, and counts only the Han characters of a title holding a Latin name', () => {
    expect(linksOf('Oh no', '糟糕', 'The train left without us.', '火车丢下我们开走了。')).toEqual(['1 => 2', '3 => 4']);
    expect(linksOf('Open Day', '开放日', 'The lab opens its doors to visitors on Saturday.', '实验室周六向公众开放。')).toEqual(['1 => 2', '3 => 4']);
    expect(linksOf('The GitHub guide', 'GitHub指南', 'The guide explains how to open a pull request.', '该指南介绍了如何提交拉取请求。')).toEqual(['1 => 2', '3 => 4']);
  });
});
