import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** A piece dated Tuesday 26 January 2021. */
const TUESDAY = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, string[]][] = [
  // 日期与时刻连写为同一时刻
  ['明天上午9点召开发布会。', ['date 明天上午9点 2021-01-27T09:00']],
  // 日期与时段
  ['代表团明天上午抵达。', ['date 明天上午 2021-01-27T08:00/2021-01-27T12:00']],
  ['昨天晚上发生火灾。', ['date 昨天晚上 2021-01-25T16:00/2021-01-25T20:00']],
  ['3月5日早间油价回落。', ['date 3月5日早间 2021-03-05T08:00/2021-03-05T12:00']],
  ['今晚有雪。', ['date 今晚 2021-01-26T20:00/2021-01-26T23:59']],
  ['今晨发生地震。', ['date 今晨 2021-01-26T08:00/2021-01-26T12:00']],
  ['昨晚的比赛', ['date 昨晚 2021-01-25T20:00/2021-01-25T23:59']],
  ['双方今晚8点会谈。', ['date 今晚8点 2021-01-26T20:00']],
  // 月中的日、隔周
  ['会议定于本月10日召开。', ['date 本月10日 2021-01-10']],
  ['下个月的5日开庭。', ['date 下个月的5日 2021-02-05']],
  ['下下周开会。', ['date 下下周 2021-W06']],
  ['上上周末下了雪。', ['date 上上周末 2021-01-16/2021-01-17']],
  // 旬与年初、年底
  ['工程5月下旬完工。', ['date 5月下旬 2021-05-21/2021-05-31']],
  ['上月中旬降温。', ['date 上月中旬 2020-12-11/2020-12-20']],
  ['预计2022年底投产。', ['date 2022年底 2022-09-01/2022-12-31']],
  ['3月初', ['date 3月初 2021-03-01/2021-03-10']],
  // 界限
  ['2020年3月1日或之后提交的申请有效。', ['date 2020年3月1日或之后 2020-03-01 over']],
  ['新规自2021年7月1日起施行。', ['date 自2021年7月1日起 2021-07-01 over']],
  ['截至2020年6月', ['date 截至2020年6月 2020-06 under']],
  ['2020年底', ['date 2020年底 2020-09-01/2020-12-31']],
];

const negatives: [string, string[]][] = [
  // 2020年中国 is no mid-year
  ['2020年中国经济增长2.3%。', ['date 2020年 2020', 'percent 2.3% 2.3 %']],
  // 从…到… 是区间，不是界限
  ['从2015年到2019年', ['date 从2015年到2019年 2015/2019']],
  // 自 without 起 is no bound
  ['数据来自2020年的普查。', ['date 2020年 2020']],
  // 起 of 起飞 (take off) bounds nothing; 年以前 after a year is no `years ago`
  ['航班2021-02-03早上七点起飞。', ['date 2021-02-03早上七点 2021-02-03T07:00']],
  ['2019年以前建成的桥梁', ['date 2019年以前 2019 under']],
  // 早些 is no part of the day
  ['明天早些时候公布。', ['date 明天 2021-01-27']],
];

describe('Chinese dates composed from a day, a time, a part of the day or a bound', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
  it.each(negatives)('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
});
