import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts as enFacts } from '../locales/en/helpers.js';
import { facts as zhFacts } from '../locales/zh/describe-facts.js';

const findings = (en: string, zh: string, dateline = 'Posted 9 April 2025') => align(`${dateline}\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info' && f.ruleId !== 'missing-translation').map((f) => `${f.severity} ${f.message}`);
const context = { referenceDate: '2025-04-09' };

describe('the days of a working week named with no week', () => {
  it.each([
    ['The service desk is staffed 8:30 a.m. to 5 p.m., Monday to Friday.', '服务台周一至周五上午8:30至下午5时有人值守。'],
    ['The archive opens Mon-Sat, 10am-4pm.', '档案馆每周一至周六上午10时至下午4时开放。'],
    ['The gallery opens 10 am to 6 pm, Tuesday to Sunday.', '美术馆周二至周日上午10时至下午6时开放。'],
    ['The ferry runs Wed-Sun, 7am-7pm.', '渡轮周三至周日早7时至晚7时运营。'],
  ])('are no dates: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('still tells the hours apart', () => {
    expect(findings('The service desk is staffed 8:30 a.m. to 5 p.m., Monday to Friday.', '服务台周一至周五上午8:30至下午4时有人值守。')).toHaveLength(1);
  });

  it.each([
    ['The inspectors visit Monday to Friday next week.', '2025-04-14/2025-04-18'],
    ['The fair runs from Friday to Sunday.', '2025-04-04/2025-04-06'],
    ['Talks run Tuesday to Thursday.', '2025-04-08/2025-04-10'],
  ])('keeps a named week or other days dates: %s', (text, value) => {
    expect(enFacts(text, context).filter((f) => f[0] === 'date').map((f) => f[2])).toEqual([value]);
  });

  it('keeps 下周一至周五 a date', () => {
    expect(zhFacts('下周一至周五召开会议', context)).toEqual(['date 下周一至周五 2025-04-14/2025-04-18']);
  });
});

describe('a weekday and the words after it in its clause', () => {
  it('reads a future word after a comma as of what was said, not of the day', () => {
    expect(findings('The carrier said on Tuesday it would raise rates from May.', '该航运公司周二表示，将从5月起上调运价。')).toEqual([]);
  });

  it('still reads a future word in the clause', () => {
    expect(zhFacts('周五将召开会议', context)).toEqual(['date 周五 2025-04-11']);
  });
});

describe('a part of the day, then about, then the hour', () => {
  it('reads 晚约11时30分 as 23:30', () => {
    expect(findings('The count ended at about 11:30 pm on Sunday.', '计票于周日晚约11时30分结束。')).toEqual([]);
    expect(zhFacts('下午大约三点')).toEqual(['date 下午大约三点 T15:00 ~']);
  });
});

describe('the first of a kind and the most one may borrow', () => {
  it('reads 首间 as first', () => {
    expect(findings('The first clinic will open in the third quarter.', '首间诊所将于第三季度开业。')).toEqual([]);
    expect(zhFacts('首間診所')).toEqual(['ordinal 首間 1']);
  });

  it.each([
    ['最高可贷180万元', 'money 最高可贷180万元 1800000 CNY ~ under'],
    ['每人最多可借10本', 'number 最多可借10 10 ~ under'],
  ])('reads %s as an upper bound', (text, want) => {
    expect(zhFacts(text)).toEqual([want]);
  });

  it('agrees with up to', () => {
    expect(findings('Buyers may borrow up to 1.8 million yuan.', '购房者最高可贷180万元。')).toEqual([]);
  });
});

describe('a bound after the unit of measure', () => {
  it.each([
    ['Stations logged readings of 38°C or above.', 38, 'over'],
    ['Pupils weighing 30 kg or more take one tablet.', 30, 'over'],
    ['Sections of 5 metres or less need no permit.', 5, 'under'],
  ])('%s', (text, value, bound) => {
    expect(enFacts(text).filter((f) => f[0] === 'number' && f[2] === value)).toEqual([['number', String(value), value, { approx: true, bound }]]);
  });

  it('agrees with 及以上', () => {
    expect(findings('Pupils weighing 30 kg or more take one tablet.', '体重30公斤及以上的学生服用一片。')).toEqual([]);
  });

  it('leaves a bound of a later number to it', () => {
    expect(enFacts('a 40 kg sack or more than 50 kg of loose grain').filter((f) => f[3]?.bound).map((f) => f[2])).toEqual([50]);
  });
});

describe('a weekday slip in a date with its time', () => {
  it('is told once', () => {
    expect(findings('Entries close at 5 p.m. on Friday, October 24, 2025.', '报名于2025年10月24日（周四）下午5点截止。')).toEqual([
      'error EN "5 p.m. on Friday, October 24, 2025" (24 October 2025 17:00) vs ZH "2025年10月24日（周四）下午5点" (24 October 2025 17:00): weekday differs',
    ]);
  });
});

describe('a weekday in brackets after an English date', () => {
  it('is the date’s, compared with the Chinese weekday', () => {
    expect(findings('Registration opens on April 15, 2025 (Tuesday).', '登记于2025年4月15日（星期二）开始。')).toEqual([]);
    expect(findings('Registration opens on April 15, 2025 (Tuesday).', '登记于2025年4月15日（星期三）开始。')).toEqual([
      expect.stringContaining('weekday differs'),
    ]);
  });
});

describe('words that look like bounds and bounds that stand apart', () => {
  it('reads 附近 before a number as near a place, no bound', () => {
    expect(findings('The first phase, a 4.2-km stretch near the port, opens in 2028.', '一期工程为港口附近4.2公里路段，2028年通车。')).toEqual([]);
  });

  it('reads a bound before 零下', () => {
    expect(zhFacts('温度降至低于零下170摄氏度')).toEqual(['number 低于零下170 -170 ~ under']);
    expect(findings('The probe cools to below minus 170 °C.', '探测器温度降至低于零下170摄氏度。')).toEqual([]);
  });

  it('reads an approximation before 零下, and 低至 (as low as) as one', () => {
    expect(zhFacts('夜间气温约为零下35摄氏度')).toEqual(['number 约为零下35 -35 ~']);
    expect(zhFacts('月球背面温度可低至零下180摄氏度')).toEqual(['number 低至零下180 -180 ~']);
    expect(findings('Night-time temperatures on the far side can fall below minus 180 °C.', '月球背面夜间温度可低至零下180摄氏度。')).toEqual([]);
    expect(findings('Night-time temperatures fall to about minus 35 °C.', '夜间气温约为零下35摄氏度。')).toEqual([]);
  });

  it('keeps a value lowered to (降低至) exact', () => {
    expect(zhFacts('存款利率降低至1.5%')).toEqual(['percent 1.5% 1.5 %']);
  });
});
