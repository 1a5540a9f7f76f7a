import { describe, expect, it } from 'vitest';
import { align, alignFiles } from '../../src/index.js';
import { blockKind, translatedSummaries } from '../../src/pipeline/block-kind.js';
import { split } from '../../src/pipeline/split.js';
import { linksOf, page } from './page-shapes.pages.js';

/**
 * A journal paper's front matter as its web page prints it: the Chinese title, authors,
 * affiliations, abstract and key words, the classification line, then the same in English,
 * then the Chinese body, which has no English.
 */
const PAPER = page('journal paper front matter, Chinese then English: the abstracts labelled in each language are each other\'s translation', [
  '山区县域物流网络布局优化研究——以川西北四县为例',
  '',
  '陈雨桐1，何建平2',
  '',
  '（1. 西华大学 交通运输学院，四川 成都 610039；2. 绵阳师范学院 经济管理学院，四川 绵阳 621000）',
  '',
  '摘要：本文利用2020—2023年川西北四个县的物流站点数据，构建多目标选址模型，对县域物流网络布局进行优化。结果显示，优化后平均配送距离缩短18.5%，站点利用率提高到0.81。文章最后就站点分级建设和运营补贴提出了建议。',
  '',
  '关键词：县域物流；选址模型；网络布局；山区',
  '',
  '中图分类号：F259.27　　文献标识码：A　　文章编号：1671-8755（2024）02-0041-07',
  '',
  'Optimizing the Layout of County Logistics Networks in Mountain Areas: A Case Study of Four Counties in Northwest Sichuan',
  '',
  'CHEN Yutong1, HE Jianping2',
  '',
  '(1. School of Transportation, Xihua University, Chengdu 610039, China; 2. School of Economics and Management, Mianyang Normal University, Mianyang 621000, China)',
  '',
  'Abstract: Using data on logistics stations in four counties of northwest Sichuan from 2020 to 2023, this paper builds a multi-objective location model to optimize the layout of county logistics networks. The results show that the optimized layout cuts the average delivery distance by 18.5% and raises station use to 0.81. Finally, the paper makes suggestions on building stations by grade and on operating subsidies.',
  '',
  'Key words: county logistics; location model; network layout; mountain areas',
  '',
  '一、引言',
  '',
  '近年来，农村电商快速发展，山区县域的物流需求明显增加。',
], ['13 => 1', '15 => 3', '17 => 5', '19 => 7', '- => 23', '- => 25'], [9, 11, 21]);

describe('journal paper pages: abstracts in both languages pair', () => {
  it(PAPER.name, () => {
    expect(linksOf(align(PAPER.text), PAPER).sort()).toEqual([...PAPER.links].sort());
  });

  it('pairs the abstracts of two files, one a language', () => {
    const en = 'Abstract: The study surveys 1,200 households in three towns on how they sort their waste.\n\nThe rest of the paper sets out the method.\n';
    const zh = '摘要：本研究调查了三个镇的1200户家庭的垃圾分类情况。\n\n论文其余部分介绍研究方法。\n';
    const result = alignFiles({ text: en, path: 'en.txt' }, { text: zh, path: 'zh.txt' });
    const abstract = result.pairs.find((p) => p.en.length && p.zh.length && p.en.includes(result.blocks[0]!.id));
    expect(abstract?.zh).toEqual([result.blocks[2]!.id]);
    expect(result.blocks.filter((b) => b.kind)).toEqual([]);
  });

  it('keeps a summary line in one language alone out of pairs: it repeats the story it heads', () => {
    const text = '导读：一项新调查显示，城市居民的通勤时间比五年前缩短了。\n\nA new survey shows that city commuters spend less time on the road than five years ago.\n\n一项新调查显示，城市居民的通勤时间比五年前缩短了。\n';
    const result = align(text);
    expect(result.blocks[0]!.kind).toBe('summary');
    expect(result.pairs.find((p) => p.zh.includes(result.blocks[0]!.id) && p.en.length)).toBeUndefined();
  });

  it('makes summaries text only when each language has one', () => {
    const blocks = split('摘要：本文研究了城市公园的使用情况。\n\nThe parks are busiest on weekend mornings.\n');
    expect(translatedSummaries(blocks)).toBe(blocks);
    expect(blocks[0]!.kind).toBe('summary');
  });

  it('reads a key words line as a tag line in either spelling', () => {
    expect(blockKind('Key words: urban parks; public space; visitor counts')).toBe('chrome');
    expect(blockKind('Keywords: urban parks; public space')).toBe('chrome');
    expect(blockKind('关键词：城市公园；公共空间')).toBe('chrome');
    // A sentence that talks about key words is text.
    expect(blockKind('Key words in the title help readers find the paper.')).toBeUndefined();
  });
});
