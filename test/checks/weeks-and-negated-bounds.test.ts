import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const dated = (en: string, zh: string, rule: string) => findings(`Posted 2025-06-18\n\n${en}`, zh, rule);

describe('a calendar week', () => {
  it('is told from a month of other days', () => {
    expect(dated('The ferry company said last month that fares would rise.', '渡轮公司上周表示，票价将上调。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "last month" \(May 2025\) vs ZH "上周" \(2025-W24\): month differs/)]);
    expect(dated('The ferry company said last week that fares would rise.', '渡轮公司上月表示，票价将上调。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*month differs/)]);
  });

  it('is told from another week', () => {
    expect(dated('The ferry company will raise fares next week.', '渡轮公司本周将上调票价。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*week differs/)]);
  });

  it('meets the same week, the span up to today and a day inside it', () => {
    expect(dated('The ferry company said last week that fares would rise.', '渡轮公司上周表示，票价将上调。', 'date-mismatch')).toEqual([]);
    expect(dated('Over the past week, fares rose twice.', '过去一周，票价两度上调。', 'date-mismatch')).toEqual([]);
    expect(dated('Fares rose this month, the company said last week.', '公司上周表示，本月票价已上调。', 'date-mismatch')).toEqual([]);
  });
});

describe('a bound a verb denies', () => {
  it('is turned round against a bound the other side states', () => {
    expect(findings('Landlords will no longer be allowed to charge more than 3,000 yuan a month.', '房东每月收费不得低于3000元。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions \(EN denies its bound: at most; ZH denies its bound: at least\)$/)]);
    expect(findings('Tenants said they would not pay more than $5 a week for parking.', '租户表示，他们每周停车费用超过5美元。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions \(EN denies its bound: at most\)$/)]);
  });

  it('agrees with the same bound, denied or stated, and binds nothing against a plain value', () => {
    expect(findings('Landlords are not allowed to charge more than 3,000 yuan a month.', '房东每月收费不得超过3000元。', 'money-mismatch')).toEqual([]);
    expect(findings('Landlords are not allowed to charge more than 3,000 yuan a month.', '房东每月收费最多3000元。', 'money-mismatch')).toEqual([]);
    expect(findings('Landlords are not allowed to charge more than 3,000 yuan a month.', '房东每月收费3000元。', 'money-mismatch')).toEqual([]);
    expect(findings('Rents will rise by no more than 3 per cent.', '租金涨幅不会超过3%。', 'number-mismatch')).toEqual([]);
  });

  it('is not weighed against a bound with a denial of its own further back in its clause', () => {
    expect(findings('Clubs are not supposed to sell season tickets lasting more than 12 months.', '俱乐部不应出售超过12个月的季票。', 'number-mismatch')).toEqual([]);
  });

  it('`不会超过` is a bound turned round as `不得超过` is', () => {
    expect(findings('Rents will rise by at least 3 per cent.', '租金涨幅不会超过3%。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions \(ZH denies its bound: at most\)$/)]);
  });
});

describe('Chinese counts and bounds after a measure', () => {
  it('reads a numeral before 群, 罐, 桶 as a count', () => {
    expect(findings('Each orchard keeps not more than three colonies per acre.', '每个果园每英亩放置超过三群蜂。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
    expect(findings('Each orchard keeps three colonies per acre.', '每个果园每英亩放置三群蜂。', 'number-mismatch')).toEqual([]);
  });

  it('reads 以外 after a distance as beyond it, and not after a count (除…以外, besides)', () => {
    expect(findings('The nearest clinic is often more than 30 kilometers away.', '最近的诊所往往在30公里以外。', 'number-mismatch')).toEqual([]);
    expect(findings('Apart from 2 staff, everyone left.', '除2名员工以外，所有人都离开了。', 'number-mismatch')).toEqual([]);
  });
});

describe('one length of time or one share left on each side', () => {
  it('is a slip of the other beside values of other classes left', () => {
    expect(findings('The plan would cut plastic waste by half by 2035 and clean the beaches within ten years.', '该计划将在2035年前把塑料垃圾减少一半，并在五年内清理海滩。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "ten years" .* vs ZH "五年" .*differ/)]);
    expect(findings('Teams of 2025 that finish inside the 48-hour cutoff get a medal.', '2025年在36小時限時內完成的隊伍可獲獎牌，每隊4人。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "48-hour" .* vs ZH "36小時" .*differ/)]);
  });

  it('is no slip where the lengths agree', () => {
    expect(findings('The plan would cut plastic waste by half by 2035 and clean the beaches within five years.', '该计划将在2035年前把塑料垃圾减少一半，并在五年内清理海滩。', 'number-mismatch')).toEqual([]);
  });
});

describe('two ranges of days', () => {
  it('are weighed against each other before either is taken for the year the other side names', () => {
    expect(dated('The kite festival will run from September 12 to 16 this year.', '今年的风筝节将于9月12日至18日举行。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "from September 12 to 16 this year" .* vs ZH "9月12日至18日" .*day differs/)]);
    expect(dated('The kite festival will run from September 12 to 16 this year.', '今年的风筝节将于9月12日至16日举行。', 'date-mismatch')).toEqual([]);
  });
});

describe('a number in words before a unit', () => {
  it('is the same number in another unit where the other side keeps it with another unit', () => {
    expect(findings('Drivers must know every street within six miles of the station.', '司机须熟记车站方圆六公里内的每条街道。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "6 mile" vs ZH "6 km": the same number in another unit/)]);
    expect(findings('The trail climbs for twenty-five kilometres.', '步道全长二十五英里。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "25 km" vs ZH "25 mile"/)]);
  });

  it('agrees with the same unit, and with the amount converted', () => {
    expect(findings('Drivers must know every street within six miles of the station.', '司机须熟记车站方圆六英里内的每条街道。', 'number-mismatch')).toEqual([]);
    expect(findings('The trail climbs for twenty-five kilometres.', '步道全长二十五公里。', 'number-mismatch')).toEqual([]);
  });
});

describe('a year with a note in brackets before its figure', () => {
  it('is a year, not a count a bound before it holds', () => {
    expect(findings('Ridership fell to 3 million, less than half the 6.4 million recorded in 2015, the year the line opened.', '客流量降至300万人次，不到2016年（该线开通当年）640万人次的一半。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "2015" .* vs ZH "2016年" .*year differs/)]);
    expect(findings('Ridership fell to 3 million, less than half the 6.4 million recorded in 2015, the year the line opened.', '客流量降至300万人次，不到2015年（该线开通当年）640万人次的一半。', 'number-mismatch')).toEqual([]);
  });
});

describe('至少 with a verb of being before the value', () => {
  it('is a lower bound (至少为, 至少是, 至少达)', () => {
    expect(findings('Returns could reach up to 12 percent.', '回报率至少为12%。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*"至少为12%" \(>12%\): the two sides bound the value in opposite directions/)]);
    expect(findings('Returns are at least 12 percent.', '回报率至少是12%。', 'number-mismatch')).toEqual([]);
  });
});

describe('a weekday named alone beside a day named without one', () => {
  it('is told against the other side\'s day named with another weekday', () => {
    expect(findings('OSAKA, Mar 12 -- Visitor numbers rose, the city said on Wednesday.', '大阪市周四（3月12日）公布，游客人数上升。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Wednesday" .* vs ZH "周四（3月12日）" .*weekday differs/)]);
    expect(findings('OSAKA, Mar 12 -- Visitor numbers rose, the city said on Thursday.', '大阪市周四（3月12日）公布，游客人数上升。', 'date-mismatch')).toEqual([]);
  });
});
