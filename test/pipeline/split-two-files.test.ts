import { describe, expect, it } from 'vitest';
import { fileShape, split } from '../../src/pipeline/split.js';
import { alignFiles } from '../../src/index.js';

/** The blocks of each file as `alignFiles` cuts them, by text. */
const both = (en: string, zh: string): [string[], string[]] => {
  const r = alignFiles({ text: en, path: 'en.txt' }, { text: zh, path: 'zh.txt' });
  return [r.blocks.filter((b) => b.source === 'en.txt').map((b) => b.text), r.blocks.filter((b) => b.source === 'zh.txt').map((b) => b.text)];
};

describe('split: a translation held in two files, one paragraph a line', () => {
  it('reads two files of as many lines line for line, a line closing a sentence mid-cue or not', () => {
    const en = 'The ferry left the pier at nine,\nreaching the island an hour later.\nIt carried 300 passengers.\n';
    const zh = '渡轮九点离开码头，\n一小时后抵达海岛。\n船上载有300名乘客。\n';
    expect(both(en, zh)).toEqual([en.trim().split('\n'), zh.trim().split('\n')]);
  });

  it('reads lines without a closing mark line for line, a question list and its answer key', () => {
    const en = '1. Where does the ferry leave from?\n2. How long is the trip?\nAnswers: 1. A  2. C\n';
    const zh = '1. 渡轮从哪里出发？\n2. 航程多长？\n答案：1. A  2. C\n';
    expect(both(en, zh)).toEqual([en.trim().split('\n'), zh.trim().split('\n')]);
  });

  it('keeps a cue broken mid-clause over two lines in both files together', () => {
    const en = 'Some of the fishermen\nhad not seen such a storm in 40 years.\nNo boat was lost.\n';
    const zh = '有些渔民\n四十年来从未见过这样的风暴。\n没有一艘船失踪。\n';
    expect(both(en, zh)).toEqual([
      ['Some of the fishermen\nhad not seen such a storm in 40 years.', 'No boat was lost.'],
      ['有些渔民\n四十年来从未见过这样的风暴。', '没有一艘船失踪。'],
    ]);
  });

  it('cuts a wrapped English file at each line closing a sentence when the Chinese file has no blank lines', () => {
    const en = 'The library will open a reading room for children next spring, the city said,\nbecause the old one is too small for the number of young readers.\nOpening hours will also be longer on weekends\nfrom April, starting at eight in the morning.\n';
    const zh = '市政府表示，由于原有阅览室容纳不下众多小读者，图书馆明年春天将开设儿童阅览室。\n从四月起，周末开放时间也将延长，早上八点开馆。\n';
    const [enBlocks] = both(en, zh);
    expect(enBlocks).toEqual([
      'The library will open a reading room for children next spring, the city said,\nbecause the old one is too small for the number of young readers.',
      'Opening hours will also be longer on weekends\nfrom April, starting at eight in the morning.',
    ]);
    // Alone, the same file reads as one hard-wrapped paragraph.
    expect(split(en)).toHaveLength(1);
  });

  it('keeps paragraphs apart by blank lines as they are', () => {
    const en = 'The library will open a reading room,\nthe city said.\n\nOpening hours will be longer.\n';
    const zh = '市政府表示，图书馆将开设阅览室。\n\n开放时间也将延长。\n';
    expect(both(en, zh)).toEqual([['The library will open a reading room,\nthe city said.', 'Opening hours will be longer.'], ['市政府表示，图书馆将开设阅览室。', '开放时间也将延长。']]);
  });

  it('tells the shape of a file: its lines, blank lines, line ends and lower-case openings', () => {
    expect(fileShape('Title\nSome of the men\nhad left, they said,\nthen came back.\n')).toEqual({
      lines: 4, blank: false, ends: ['open', 'open', 'comma', 'stop'], lower: [false, false, true, true],
    });
    expect(fileShape('<i>One line.</i>\n\n“第二行。”\n').ends).toEqual(['stop', 'stop']);
    expect(fileShape('One.\n\nTwo.\n').blank).toBe(true);
  });
});

describe('split: subtitles pasted with the cue number and timing before the text', () => {
  it('reads the text after the first cue\'s timing as text, not as a cue identifier', () => {
    const blocks = split('1 00:00:01,000 --> 00:00:03,500 The ferry left at nine.\n2 00:00:03,500 --> 00:00:06,000 It reached the island at ten.\n');
    expect(blocks.map((b) => [b.text, b.kind ?? b.lang])).toEqual([
      ['1 00:00:01,000 --> 00:00:03,500', 'cue'], ['The ferry left at nine.', 'en'],
      ['2 00:00:03,500 --> 00:00:06,000', 'cue'], ['It reached the island at ten.', 'en'],
    ]);
  });
});
