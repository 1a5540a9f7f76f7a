import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const YEAR = { referenceYear: 2021 };

const cases: [string, string[]][] = [
  ['该市常住人口上亿。', ['number 上亿 100000000 ~ over']],
  ['项目总投资过亿元。', ['money 过亿元 100000000 CNY ~ over']],
  ['全年接待游客近万人次。', ['number 近万 10000 ~ under']],
  ['营收较三季度增长。', ['ordinal 三 3']],
  ['维修需要半个月。', ['duration 半个月 P2W']],
  ['天宫二号顺利升空。', []],
  ['三月、四月和五月销量最高。', ['date 三月 2021-03', 'date 四月 2021-04', 'date 五月 2021-05']],
];

describe('Chinese rough scales, quarters, a fortnight, numbered names, month lists', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, YEAR)).toEqual(expected));
});

describe('Chinese look-alikes: negative cases', () => {
  it('a day written with 号 stays a date', () => {
    expect(facts('会议定于3月5号召开。', YEAR)).toEqual(['date 3月5号 2021-03-05']);
  });
  it('a scale after a numeral is read with it', () => {
    expect(facts('投资三亿元。')).toEqual(['money 三亿元 300000000 CNY']);
  });
});
