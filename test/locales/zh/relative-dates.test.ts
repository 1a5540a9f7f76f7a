import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** A piece dated Tuesday 26 January 2021. */
const TUESDAY = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, string[]][] = [
  ['渡轮周日在沿海沉没。', ['date 周日 2021-01-24']],
  // 前后 after a day of the month is around it, not days before the reference day
  ['水位预计28日前后达到峰值。', ['date 28日 ---28']],
  ['工程于12日前完工。', ['date 12日前 2021-01-14']],
  ['谈判将于周五恢复。', ['date 周五 2021-01-29']],
  // 将 of the object before a verb of changing to another: what was done, not what will be
  ['气象台周一将暴雨蓝色预警改发橙色预警。', ['date 周一 2021-01-25']],
  ['主办方周一将改用室内场地。', ['date 周一 2021-02-01']],
  ['昨天股市下跌，后天恢复交易。', ['date 昨天 2021-01-25', 'date 后天 2021-01-28']],
  ['理事会下周一开会。', ['date 下周一 2021-02-01']],
  ['警方上星期五拘留了一名男子。', ['date 上星期五 2021-01-22']],
  ['本月物价上涨，去年则下降。', ['date 本月 2021-01', 'date 去年 2020']],
  // 以后 and 此前 before 年: later years, the years before, no year after next nor before last
  ['以後年度的預算將逐年增加，后年完工。', ['date 后年 2023']],
  ['此前年均增长5%，前年则下降。', ['percent 5% 5 %', 'date 前年 2019']],
  ['新厂今年9月投产。', ['date 今年9月 2021-09']],
  // 年内 alone: the rest of the year, as English says it; after a count, a length of years
  ['年内货币政策将保持宽松。', ['date 年内 2021-01-26/2021-12-31']],
  ['工程将在三年内完成。', ['duration 三年 P3Y']],
  ['年内容丰富的展览吸引了观众。', []],
  ['大桥两周前关闭。', ['date 两周前 2021-01-12']],
  // years counted back, past a century the year alone; 距今 with its count
  ['这座窑2300年前烧制。', ['date 2300年前 -0279']],
  ['遗址距今约五千年。', ['date 距今约五千年 -2979 ~']],
  ['这口井距今150年。', ['date 距今150年 1871']],
  // a range of counts after 距今 is a length of years, as `3,000 to 4,500 years old` is
  ['这批器物距今3200年至4800年。', ['duration 3200年至4800年 P3200Y..4800']],
  // four digits that may be a year of the calendar stay that year; a length of history stays a length
  ['力争2030年前完成改造。', ['date 2030年前 2030 under']],
  ['古城距今已有800多年历史。', ['duration 800多年 P800Y ~ over']],
  ['过去15年产量大幅增长。', ['date 过去15年 2006-01-26/2021-01-26']],
  ['过去20余年里成就突出。', ['date 过去20余年 2001-01-26/2021-01-26 ~']],
  ['投票于2021年1月23日(星期六)举行。', ['date 2021年1月23日(星期六) 2021-01-23']],
  ['禮拜天休市。', ['date 禮拜天 2021-01-24']],
  ['三天后复会。', ['date 三天后 2021-01-29']],
  ['两周之后公布结果。', ['date 两周之后 2021-02-09']],
  // a year written with its leading zero is a year, not a count of years
  ['他07年以后没再回来。', ['date 07年以后 2007 over']],
  // the year words of reports and statistics
  ['财政收入比上年增长6.4%。', ['date 上年 2020', 'percent 6.4% 6.4 %']],
  ['本年度预算已获通过。', ['date 本年 2021']],
  ['上年12月出口回升。', ['date 上年12月 2020-12']],
];

describe('Chinese relative dates, read against the reference day', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
});

describe('Chinese relative dates: negative cases', () => {
  it.each(['以上年份的数据均为初步统计。', '上年纪的人多在清晨散步。'])('no year word in %s', (text) => {
    expect(facts(text, TUESDAY).filter((f) => f.startsWith('date'))).toEqual([]);
  });

  it('without a reference day, 昨天 is no date, and 周日 a weekday alone, no number', () => {
    expect(facts('昨天和周日都下了雨。')).toEqual(['date 周日 -W-7']);
    expect(facts('周一')).toEqual(['date 周一 -W-1']);
    expect(facts('本星期三开会。')).toEqual(['date 本星期三 -W-3']);
  });
  it('without a reference day, a weekday of the week before or after is the weekday alone, as one of every week is', () => {
    expect(facts('上周一和下星期三都下了雨。')).toEqual(['date 上周一 -W-1', 'date 下星期三 -W-3']);
    expect(facts('上上周一下了雨。')).toEqual([]);
    expect(facts('每周三开放。')).toEqual(['date 每周三 -W-3']);
  });
  it('a person surnamed 周 is no weekday', () => {
    expect(facts('周一鸣表示，项目进展顺利。', TUESDAY)).toEqual([]);
  });
});

describe('Chinese halves and quarters of a year', () => {
  it.each([
    ['2019年上半年出口增长。', ['date 2019年上半年 2019-01-01/2019-06-30']],
    ['今年下半年将有所回落。', ['date 今年下半年 2021-07-01/2021-12-31']],
    ['2019年第三季度利润下降。', ['date 2019年第三季度 2019-07-01/2019-09-30']],
    ['营收较三季度增长。', ['ordinal 三 3']],
    ['从2019年3月1日至3月9日', ['date 从2019年3月1日至3月9日 2019-03-01/2019-03-09']],
  ])('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
});

describe('Chinese seasons, as the English ones (northern meteorological)', () => {
  it.each([
    ['今年夏天气温偏高。', ['date 今年夏天 2021-06/2021-08']],
    ['2020年春季，疫情暴发。', ['date 2020年春季 2020-03/2020-05']],
    ['去年冬天雪少。', ['date 去年冬天 2020-12/2021-02']],
    ['工厂明年的秋季投产。', ['date 明年的秋季 2022-09/2022-11']],
    ['春天到了。', ['date 春天 --03/--05']],
    // the summer holidays are the summer
    ['今年暑假游客增多。', ['date 今年暑假 2021-06/2021-08']],
    ['暑期档票房创新高。', ['date 暑期 --06/--08']],
    // a season before a noun it names a thing of, and the Spring Festival, are no seasons
    ['北京举办冬季奥运会。', []],
    ['秋季学期开学。', []],
    // two seasons in a row are one span; two apart are none
    ['秋冬季用电需求上升。', ['date 秋冬季 --09/--02']],
    ['今年春夏两季雨水偏多。', ['date 今年春夏两季 2021-03/2021-08']],
    ['冬春季气候干燥。', ['date 冬春季 --12/--05']],
    ['春秋季各举办一次。', []],
  ])('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
});
