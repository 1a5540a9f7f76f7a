import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { facts } from './describe-facts.js';

/** The Chinese paragraphs of the seed article, with every fact they hold. */
const seed = fixture('chengdu-software-2024.txt');
const chinese = seed.split(/\n\s*\n/).filter((b) => /[\u4e00-\u9fff]{4}/.test(b));
const paragraph = (opening: string): string => {
  const found = chinese.find((b) => b.startsWith(opening));
  if (!found) throw new Error(`no seed paragraph starts with ${opening}`);
  return found;
};

const CASES: [string, string[]][] = [
  ['如何促进成都软件产业', []],
  ['1月11日,第二十一届', [
    'date 1月11日 --01-11', 'ordinal 第二十一 21', 'duration 2天 P2D', 'number 五 5', 'number 14 14']],
  ['中国电子信息产业发展研究院,开放原子', ['number 近700 700 ~']],
  ['中国电子信息产业发展研究院院长', [
    'ordinal 首批 1', 'duration 20余年 P20Y ~ over', 'date 2003年 2003', 'ordinal 第21 21']],
  ['四川省经济和信息化厅', [
    'ordinal 十四五 14', 'number 三 3', 'ordinal 一 1', 'ordinal 二 2', 'ordinal 三 3']],
  ['成都市经济和信息化局', [
    'duration 20年 P20Y', 'date 2003年 2003', 'money 66亿元 6600000000 CNY', 'date 2022年 2022',
    'money 6350亿元 635000000000 CNY', 'number 约95倍 95 x ~', 'percent 35.3% 35.3 %']],
  ['开放原子开源基金会理事长', []],
  ['电子科技大学软件学院', ['date 2021年 2021', 'ordinal 首批 1', 'number 33 33']],
  // 俄中两国 is "Russian and Chinese companies" in the English: 两国 is read as a name, not a count
  ['俄罗斯软件行业协会主席', ['ordinal 第二 2']],
  ['大会现场发布了', ['number 5 5', 'number 66 66', 'ordinal 首批 1', 'money 30亿元 3000000000 CNY']],
  ['1月10日,第二十一届', [
    'date 1月10日 --01-10', 'ordinal 第二十一 21', 'number 十 10', 'number 近10 10 ~', 'number 4 4']],
  // 双城 (twin-city), 一系列 (a series): no numbers
  ['据了解,在成渝地区', []],
  // 两地 is "the two places" in the English; 一大批 is "a large number"
  ['在川渝共建世界级', ['number 两 2', 'ordinal 首次 1']],
];

describe('zh extraction on the seed article', () => {
  it.each(CASES)('%s…', (opening, expected) => {
    expect(facts(paragraph(opening))).toEqual(expected);
  });

  it('finds every Chinese paragraph of the seed in the table', () => {
    expect(chinese.length).toBe(CASES.length);
  });

  it('holds 37 facts on the Chinese side', () => {
    expect(chinese.flatMap((b) => facts(b)).length).toBe(37);
  });

  it('dates take the reference year when one is given', () => {
    expect(facts(paragraph('1月11日,第二十一届'), { referenceYear: 2024 })[0]).toBe('date 1月11日 2024-01-11');
    expect(facts(paragraph('1月10日,第二十一届'), { referenceYear: 2024 })[0]).toBe('date 1月10日 2024-01-10');
  });
});
