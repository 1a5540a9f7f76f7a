import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const REF = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, string[]][] = [
  ['国庆节期间景区游客爆满。', ['date 国庆节 --10-01']],
  ['聖誕節前夕商場促銷。', ['date 聖誕節 --12-25']],
  ['今年植树节全市种树十万棵。', ['date 今年植树节 2021-03-12', 'number 十万 100000']],
  ['自2019年元旦起施行。', ['date 自2019年元旦起 2019-01-01 over']],
  ['2019年元旦起飞', ['date 2019年元旦 2019-01-01']],
  ['复活节当天教堂人满为患。', ['date 复活节 2021-04-04']],
  ['去年復活節假期很短。', ['date 去年復活節 2020-04-12']],
];

const negatives: [string, string[]][] = [
  ['游客乘船前往复活节岛。', []],
  // 清明 after a word is clarity, not the solar term
  ['力求政治清明。', []],
  // 元宵 alone is the dumpling
  ['他们一起吃元宵。', []],
];

// Lunar feasts: their lunar month and day, marked `lunar` (清明: a solar term).
const lunar: [string, string[]][] = [
  ['春节前后客流高峰。', ['date 春节 --01-01 lunar']],
  ['中秋节吃月饼。', ['date 中秋节 --08-15 lunar']],
  ['端午假期出游人数创新高。', ['date 端午 --05-05 lunar']],
  ['2019年重阳节前夕', ['date 2019年重阳节 2019-09-09 lunar']],
  ['清明节前后多雨。', ['date 清明节 --04-04 solar-term']],
  // the eve of the lunar new year, the last day of the twelfth month
  ['除夕全家吃年夜饭。', ['date 除夕 --12-30 lunar']],
  ['大年三十晚上8点开始直播。', ['date 大年三十晚上8点 --12-30T20:00 lunar']],
];

describe('Chinese fixed-date holidays', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
  it.each(negatives)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
  it.each(lunar)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
});

describe('Chinese relative dates: one unit of a span, half a year, 以来, recurring weekdays', () => {
  const REF2 = { referenceDate: '2021-03-03' };
  it.each<[string, string[]]>([
    ['过去一周股价下跌。', ['date 过去一周 2021-02-24/2021-03-03']],
    ['半年前他离开了公司。', ['date 半年前 2020-09-03']],
    ['2015年以来累计投资增长。', ['date 2015年以来 2015 over']],
  ])('%s', (input, expected) => expect(facts(input, REF2).filter((f) => f.startsWith('date'))).toEqual(expected));
  it('每周一 recurs: a weekday alone, no date', () => {
    expect(facts('商店每周一休息。', REF2).filter((f) => f.startsWith('date'))).toEqual(['date 每周一 -W-1']);
  });
});

describe('Chinese: ranges take 之间 and 间, 周末 alone', () => {
  const REF2 = { referenceDate: '2021-03-03' };
  it.each<[string, string[]]>([
    ['凌晨两点到四点之间停电。', ['date 凌晨两点到四点之间 T02:00/T04:00']],
    ['2012年至2016年间产量翻番。', ['date 2012年至2016年间 2012/2016']],
    ['周末有雨。', ['date 周末 2021-03-06/2021-03-07']],
  ])('%s', (input, expected) => expect(facts(input, REF2).filter((f) => f.startsWith('date'))).toEqual(expected));
  it('间谍 after a date is no 间; 每个周末 recurs', () => {
    expect(facts('3月5日到3月8日间谍案开庭，每个周末休庭。', REF2).filter((f) => f.startsWith('date'))).toEqual(['date 3月5日到3月8日 --03-05/--03-08']);
  });
});
