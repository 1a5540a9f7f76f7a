import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';
import { PROBED_FORUM_PAGES } from './page-shapes-probed-forums.pages.js';
import { blocksOf, kindsOf as kinds, testPages } from './page-checks.js';

describe('probed forum, magazine and novel pages: each pairs as its translation runs', () => {
  // Links, and each two-sided link at 0.5 or more.
  testPages(PROBED_FORUM_PAGES);
});

/** The kinds (or languages) of the blocks `split` cuts a text into. */

describe('probed forum pages: a Chinese title with its English title after it on one line', () => {
  it('cuts a title in title case or capitals, a small word of titles among three words or more, from the Chinese before it', () => {
    expect(blocksOf('灯塔看守人 The Keeper of the Lighthouse\n')).toEqual([['zh', '灯塔看守人'], ['en', 'The Keeper of the Lighthouse']]);
    expect(blocksOf('秋天的约定 A PROMISE IN AUTUMN\n')).toEqual([['zh', '秋天的约定'], ['en', 'A PROMISE IN AUTUMN']]);
    expect(blocksOf('一封旧信 An Old Letter From Home\n')).toEqual([['zh', '一封旧信'], ['en', 'An Old Letter From Home']]);
  });

  it('cuts a chapter heading after its number, whatever the length of its English title', () => {
    expect(blocksOf('第三章 序幕 PROLOGUE\n')).toEqual([['zh', '第三章 序幕'], ['en', 'PROLOGUE']]);
    expect(blocksOf('第十二回 归来 THE RETURN\n')).toEqual([['zh', '第十二回 归来'], ['en', 'THE RETURN']]);
  });

  it('leaves a Chinese phrase naming a person, a body or a brand in Latin letters whole', () => {
    for (const line of ['苹果公司首席执行官 Apple CEO Tim Cook', '香港金融管理局 Hong Kong Monetary Authority', '推荐阅读 Harry Potter', '我们采访了 Tim Cook', '他说：我们去看 The Lion King', '第三课 BBC', '欢迎收看，下面是 The Evening News']) {
      expect(split(`${line}\n`), line).toHaveLength(1);
    }
  });
});

describe('probed forum pages: a line of alternating paragraphs', () => {
  it('keeps a Chinese sentence opening with a name in Latin letters on the Chinese run before it', () => {
    expect(blocksOf('The baker opened his shop at six. He sold bread to the whole street. 面包师六点开门。 Tom是他的第一个顾客。 By noon the shelves were empty. 到中午货架就空了。')).toEqual([
      ['en', 'The baker opened his shop at six. He sold bread to the whole street.'],
      ['zh', '面包师六点开门。 Tom是他的第一个顾客。'],
      ['en', 'By noon the shelves were empty.'],
      ['zh', '到中午货架就空了。'],
    ]);
  });

  it('keeps the closing bracket of a Chinese note opening the line on the note', () => {
    expect(blocksOf('(双语对照见下) The rain stopped at noon. The roads were still wet. 雨在中午停了。路面仍然是湿的。 Children ran out to play. 孩子们跑出去玩。')[0]).toEqual(['zh', '(双语对照见下)']);
  });

  it('leaves a Chinese paragraph quoting an English sentence whole', () => {
    expect(split('他说：“Time is money.” 我们都笑了。 Mary却没有笑。\n')).toHaveLength(1);
  });
});

describe('probed forum pages: post headers and glossed terms', () => {
  it('reads a user name alone on its line above a post header as chrome', () => {
    expect(kinds('sky_blue99\n发表于 2024-1-2 10:00 | 只看该作者\n')[0]).toBe('chrome');
    expect(kinds('Moonlight\n#2\n')[0]).toBe('chrome');
  });

  it('leaves a word alone above a sentence or a date line alone', () => {
    expect(kinds('Introduction\nThe report covers the year 2023.\n')[0]).not.toBe('chrome');
    expect(kinds('Taiwan\n\n2024-1-2\n')[0]).not.toBe('chrome');
  });

  it('reads a line of two glossed terms apart by wide blank space as vocabulary, not the sentence above it', () => {
    expect(kinds('2. 许多城市设置了自行车道,鼓励市民骑车上班\n自行车道:bike lane   鼓励 : encourage\n')).toEqual(['zh', 'vocabulary']);
    expect(kinds('The group met at noon:  lunch was late.   Then: a talk.\n')).not.toContain('vocabulary');
  });

  it('reads a path ending on the page\'s title as chrome, not a sentence with arrows', () => {
    expect(kinds('学习论坛 › 翻译练习区 › 【译文】How night markets began\n')).toEqual(['chrome']);
    expect(kinds('Prices went up > 5 percent > the bank said, and stayed there.\n')).not.toContain('chrome');
  });
});
