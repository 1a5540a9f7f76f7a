import { describe, expect, it } from 'vitest';
import { align, alignFiles } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';

const blocks = (input: string) => split(input).map((b) => [b.lang, b.line]);

describe('split: a page converted from print, without blank lines, its lines broken at the width', () => {
  // An exam handout converted from a PDF: a Chinese passage broken at about forty characters, its
  // English rendering broken at a wider width (too wide to read as wrapped at a terminal's
  // width), then the next passage. No blank line anywhere.
  const handout = [
    '段落翻译',
    '07',
    '在长江下游的平原上,茶叶种植已有一千多年的历史。每年清明前后,茶农们天不亮就上山采摘嫩',
    '芽,再经过杀青、揉捻和烘干等工序(withering and rolling),制成各种名茶。近年来,当地',
    '政府鼓励茶农开设网店,把新茶直接卖给城里的顾客,许多村庄的收入因此翻了一番。',
    'On the plains of the lower Yangtze, tea has been grown for more than a thousand years. Around the Qingming festival each year,',
    'growers climb the hills before dawn to pick the tender buds, which are then withered, rolled and dried to make a range of fine',
    'teas. In recent years the local government has encouraged growers to open online shops and sell new tea straight to the',
    'customers in the cities, and the income of many villages has doubled as a result.',
    '石拱桥是中国古代桥梁的代表。这类桥用石块砌成,桥身呈弧形,既坚固又美观。许多石拱桥至今',
    '仍在使用,其中有的已有八百年以上的历史。',
  ].join('\n');

  it('reads each passage as one block, in Chinese and in English', () => {
    expect(blocks(handout)).toEqual([
      ['zh', 1],
      ['und', 2],
      ['zh', 3],
      ['en', 6],
      ['zh', 10],
    ]);
  });

  it('carries an English line ending on an article into the next line, whatever case that line opens in', () => {
    const en = split(handout).find((b) => b.lang === 'en')!;
    expect(en.text.endsWith('doubled as a result.')).toBe(true);
  });

  it('pairs the first passage with its rendering and leaves the second alone', () => {
    const result = align(handout);
    const linked = result.pairs.filter((p) => p.en.length > 0 && p.zh.length > 0);
    expect(linked).toHaveLength(1);
    const zh = result.blocks.find((b) => b.id === linked[0]!.zh[0]);
    expect(zh?.line).toBe(3);
  });

  // Negative cases: pages written a paragraph a line keep each line a block.
  it('keeps a Chinese title with a comma above its paragraph a block of its own', () => {
    const page = [
      '河水上涨,沿岸村庄连夜转移',
      '连日暴雨使河水上涨了两米多,沿岸七个村庄的一千二百名村民连夜转移到了安全地带。',
      'Heavy rain over several days raised the river by more than two metres, and 1,200 people from seven riverside villages were moved to safety overnight.',
      '当地政府表示,目前没有人员伤亡。',
      'The local government said no one had been hurt.',
    ].join('\n');
    expect(blocks(page)).toEqual([['zh', 1], ['zh', 2], ['en', 3], ['zh', 4], ['en', 5]]);
  });

  it('keeps two files of subtitle lines a line each, though their Chinese lines hold commas and end on no stop', () => {
    const zh = ['我们明天,一早出发', '先去河边,看日出', '然后回村里,吃早饭', '下午再去,山上的茶园', '晚上在镇上,住一夜', '第二天,坐早班车回城'].join('\n');
    const en = ['We leave early tomorrow.', 'First we watch the sunrise by the river,', 'Then back to the village for breakfast.', 'In the afternoon, up to the tea gardens.', 'We spend the night in town,', 'And take the first bus back the next day.'].join('\n');
    const result = alignFiles({ text: en }, { text: zh });
    expect(result.blocks).toHaveLength(12);
    expect(result.pairs.filter((p) => p.en.length === 1 && p.zh.length === 1)).toHaveLength(6);
  });
});
