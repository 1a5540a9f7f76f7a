import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** A piece dated Wednesday 22 March 2017. */
const WEDNESDAY = { referenceDate: '2017-03-22' };

const cases: [string, string[]][] = [
  ['下3个月内完成改造。', ['date 下3个月 2017-03-23/2017-06-23']],
  ['前1周的数据显示回升。', ['date 前1周 2017-03-15/2017-03-22']],
  ['我上半月都不在北京。', ['date 上半月 2017-03-01/2017-03-15']],
  ['工厂今年后半年投产。', ['date 今年后半年 2017-07-01/2017-12-31']],
  ['项目年底前完工。', ['date 年底 2017-09-01/2017-12-31']],
  ['今年年底前完工。', ['date 今年年底 2017-09-01/2017-12-31']],
  ['时间从2016到2018。', ['date 从2016到2018 2016/2018']],
  ['大后天开会。', ['date 大后天 2017-03-25']],
  ['下下周日举行马拉松。', ['date 下下周日 2017-04-09']],
  ['2021年母亲节在周日。', ['date 2021年母亲节 2021-05-09', 'date 周日 2017-03-19']],
  ['感恩节前后客流最大。', ['date 感恩节 2017-11-23']],
  ['会议定于2010 01 29召开。', ['date 2010 01 29 2010-01-29']],
  ['光棍节促销。', ['date 光棍节 --11-11']],
  ['15世纪的欧洲与二十一世纪的中国。', ['date 15世纪 1400/1499', 'date 二十一世纪 2000/2099']],
];

describe('Chinese date grammar, read against the reference day', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('Chinese date grammar: ordinary prose gives no date', () => {
  it.each([
    '春节前3天车票售罄。',
    '从2016到2018人不等。',
    '上半场比分落后。',
    '公元前5世纪的雅典。',
  ])('%s', (input) => expect(facts(input, WEDNESDAY).filter((f) => f.startsWith('date'))).toEqual([]));
});
