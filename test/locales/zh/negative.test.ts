import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** Text that holds numeral characters, Latin digits or currency-like words but no fact. */
const NOTHING: string[] = [
  // numerals fused into words (the seed has 一系列, 一道, 一大批, 这一类, 双城)
  '取得了一系列的突出成就', '一切', '国家统一部署', '城市之一', '与成都市一道', '一大批智能网联汽车', '这一类合作',
  '一带一路', '万一', '一些', '一起', '一样', '唯一', '第一时间', '一直', '一定', '进一步', '不一', '一体化',
  '双城经济圈', '十分重要', '千万不要', '老百姓', '百度', '一方面', '一国两制', '千家万户', '一般', '一致', '一度',
  '统一思想', '万物', '九一八', '我一看你就笑', '成都是座充满活力的城市', '俄中两国',
  '汽车零部件出口增长', '零件短缺', '找零头', '零配件供应',
  // bare scale words, pairs and rough neighbours
  '万', '亿', '萬', '两两', '三三两两', '二三十个百分点',
  // financial numerals that are ordinary characters
  '陆地上有许多动物', '小明每天收拾房间', '我準備要退伍了', '这个人很放肆', '四川', '五角大楼发表了一份声明',
  // idioms with 成 and 折, and words starting with 首
  '一成不变', '一波三折', '百折不挠', '首都', '首先', '打造',
  // technology names, codes and addresses
  '6G技术', '5G网络', 'CAD/CAM/CAE/PLM技术', 'MP3', 'www.cqcb.com', '访问 http://a.com/x?id=305%20', '联系 user2024@mail.example.cn',
  // 一 as the article "a" (一个问题 is "a problem"); 四周 "all around"
  '这是一个问题', '他递给我一张纸', '这一天', '新的一年', '在过去的一周里', '四周变得漆黑', '非二元身份',
  '人数众多', '以下三点：', '四处走动', '二次元', '与坛接连一块，用铜包裹',
  // deltas and triangles named with 三角
  '长三角，', '珠三角、京津冀', '金三角。',
];

describe('zh negative cases', () => {
  it.each(NOTHING)('%s yields nothing', (text) => {
    expect(facts(text)).toEqual([]);
  });

  it.each([
    ['签约4个重点产业', ['number 4 4']], // 签约 is "sign", not 约 "about"
    ['最近3年', ['duration 3年 P3Y']], // 最近 is "recent", not 近 "nearly"
    ['纽约2家', ['number 2 2']],
  ])('%s is not approximate', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
