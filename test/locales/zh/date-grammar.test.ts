import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** A piece dated Wednesday 22 March 2017. */
const WEDNESDAY = { referenceDate: '2017-03-22' };

const cases: [string, string[]][] = [
  ['下2个月内完成改造。', ['date 下2个月 2017-03-23/2017-05-23']],
  ['前2周的数据显示回升。', ['date 前2周 2017-03-08/2017-03-22']],
  ['他下半月去上海出差。', ['date 下半月 2017-03-16/2017-03-31']],
  ['工厂明年前半年投产。', ['date 明年前半年 2018-01-01/2018-06-30']],
  ['项目年底前完工。', ['date 年底 2017-09-01/2017-12-31']],
  ['今年年底前完工。', ['date 今年年底 2017-09-01/2017-12-31']],
  ['产量从2011到2014逐年上升。', ['date 从2011到2014 2011/2014']],
  ['大后天开会。', ['date 大后天 2017-03-25']],
  ['下下周六举行马拉松。', ['date 下下周六 2017-04-08']],
  ['2021年母亲节在周日。', ['date 2021年母亲节 2021-05-09', 'date 周日 2017-03-19']],
  ['感恩节前后客流最大。', ['date 感恩节 2017-11-23']],
  ['会议定于2013 09 04召开。', ['date 2013 09 04 2013-09-04']],
  ['光棍节促销。', ['date 光棍节 --11-11']],
  ['16世纪的欧洲与二十一世纪的中国。', ['date 16世纪 1500/1599', 'date 二十一世纪 2000/2099']],
  ['代表团今晨7点抵达。', ['date 今晨7点 2017-03-22T07:00']],
  ['昨夜11点发生余震。', ['date 昨夜11点 2017-03-21T23:00']],
  ['明早六点半出发。', ['date 明早六点半 2017-03-23T06:30']],
  ['港府公布2024-25财政年度预算。', ['date 2024-25 2024/2025']],
  ['2023/24学年招生人数创新高。', ['date 2023/24 2023/2024']],
  ['球队在1999-00赛季夺冠。', ['date 1999-00 1999/2000']],
  ['2017-18年度的开支', ['date 2017-18年度 2017/2018']],
  // days of one month joined by 和 or 、, as `January 10 and 11` is read
  ['博览会于1月10日和11日举行。', ['date 1月10日和11日 --01-10/--01-11']],
  ['5月3日、4日停电。', ['date 5月3日、4日 --05-03/--05-04']],
  // a century before the common era, not the fifth century after it
  ['公元前5世纪的雅典。', ['date 公元前5世纪 -0499/-0400']],
];

describe('Chinese date grammar, read against the reference day', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('Chinese date grammar: ordinary prose gives no date', () => {
  it.each([
    '从2016到2018人不等。',
    '报名者有2016-17人。',
    '编号2016-25的文件',
    '上半场比分落后。',
    '他提出三点建议，晚些时候再议。',
  ])('%s', (input) => expect(facts(input, WEDNESDAY).filter((f) => f.startsWith('date'))).toEqual([]));
});

describe('Chinese date grammar: a day counted from a feast is not counted from today', () => {
  it('春节前3天: the feast (lunar) and a length, no day three days before today', () => {
    expect(facts('春节前3天车票售罄。', WEDNESDAY).filter((f) => f.startsWith('date'))).toEqual(['date 春节 --01-01 lunar']);
  });
});

describe('Chinese date grammar: minutes and hours from the reference moment', () => {
  const AFTERNOON = { referenceDate: '2017-03-22T15:20' };
  it.each<[string, string[]]>([
    ['渡轮20分钟后靠岸。', ['date 20分钟后 2017-03-22T15:40']],
    ['快递员三个小时以前来过。', ['date 三个小时以前 2017-03-22T12:20']],
    ['过去两小时气温骤降。', ['date 过去两小时 2017-03-22T13:20/2017-03-22T15:20']],
    ['未来十分钟有阵雨。', ['date 未来十分钟 2017-03-22T15:20/2017-03-22T15:30']],
    ['会议开了两个小时。', []],
    ['他8点10分前到了。', ['date 8点10分前 T08:10 under']],
  ])('%s', (input, expected) => expect(facts(input, AFTERNOON).filter((f) => f.startsWith('date'))).toEqual(expected));
});

const eraAndLunar: [string, string[]][] = [
  ['乾隆四十五年三月，皇帝第五次南巡。', ['date 乾隆四十五年三月 1780-03', 'ordinal 第五 5']],
  ['此碑立于光绪元年。', ['date 光绪元年 1875']],
  ['他生于民國38年10月。', ['date 民國38年10月 1949-10']],
  ['贞观四年正月初八，使团抵达长安。', ['date 贞观四年正月初八 0630-01-08']],
  ['庙会定在农历二月十九举行。', ['date 农历二月十九 --02-19 lunar']],
  ['腊月廿八全家大扫除。', ['date 腊月廿八 --12-28 lunar']],
  ['阴历2020年八月初三是她的生日。', ['date 阴历2020年八月初三 2020-08-03 lunar']],
  ['六月初六晚上八点开席。', ['date 六月初六晚上八点 --06-06T20:00 lunar']],
  ['晚上七点四十在门口见。', ['date 晚上七点四十 T19:40']],
  // no era year without its 年, no era in other words, no lunar day without a lunar word
  ['康熙字典收字四万多个。', ['number 四万多 40000 ~ over']],
  ['民国时期的建筑保存完好。', []],
  ['三月初一直在下雨。', ['date 三月初 --03-01/--03-10']],
  ['八月二十日开学。', ['date 八月二十日 --08-20']],
  ['2012年与2016年间，产量大增。', ['date 2012年与2016年间 2012/2016']],
  ['4月和6月之间雨水最多。', ['date 4月和6月之间 --04/--06']],
  // two dates without 之间 stay two dates
  ['2012年和2016年的产量相同。', ['date 2012年 2012', 'date 2016年 2016']],
  ['合同于15/3/2019签署。', ['date 15/3/2019 2019-03-15']],
  ['截止日期是12/25/19。', ['date 12/25/19 2019-12-25']],
  // both parts 12 or under: the order is not certain
  ['会议定于1/2/2020举行。', ['number 1 1', 'number 2 2', 'number 2020 2020']],
  ['利率为三点二五。', ['number 三点二五 3.25']],
];

describe('Chinese era years and lunar days', () => {
  it.each(eraAndLunar)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('Chinese date grammar: a month or a year after a word of comparison is a date', () => {
  it.each([
    ['零售额增速低于11月的4.1%。', 'date 11月'],
    ['出口高于3月的水平。', 'date 3月'],
    ['人口高于2024年的82亿。', 'date 2024年'],
    ['销量低于2019年同期。', 'date 2019年'],
  ])('%s', (input, month) => {
    const found = facts(input, WEDNESDAY);
    expect(found.some((f) => f.startsWith(month))).toBe(true);
    expect(found.filter((f) => f.startsWith('number') && !f.startsWith('number 82亿'))).toEqual([]);
  });

  it('keeps more than 2,000 years of history a bounded number', () => {
    expect(facts('拥有超过2000年的历史。', WEDNESDAY).filter((f) => f.startsWith('date'))).toEqual([]);
  });
});
