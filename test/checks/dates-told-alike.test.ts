import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { toldPair } from '../helpers.js';

/** Date findings above info of a pair written on Monday 2 June 2025. */
const alarms = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false, referenceDate: '2025-06-02' }).findings
  .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('dates both sides tell alike', () => {
  it.each([
    // a weekday alone on each side, whichever way each side's tense placed it
    ['The squad flew in on Tuesday and will train until the final.', '球队周二飞抵，将一直训练到决赛。'],
    ['Fans queued for taxis after Sunday\'s final.', '周日决赛后，球迷排队等候的士。'],
    // a bounded wait before a time is a length, not the time
    ['The wait is usually under 20 minutes before 11 a.m.', '上午11点前通常排队不到20分钟。'],
    // 两月 is two months, not February
    ['Prices have fallen for the past two months.', '过去两月楼价持续下跌。'],
    // a range of years told as its two years
    ['Four more kilns were found in 2018 and 2019.', '2018年和2019年又发现了四座窑址。'],
  ])('%s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it.each([
    ['The squad flew in on Tuesday.', '球队周三飞抵。'],
    ['The squad flew in last Tuesday.', '球队下周二飞抵。'],
    ['Four more kilns were found in 2018 and 2020.', '2018年和2019年又发现了四座窑址。'],
  ])('%s against %s is still told', (en, zh) => {
    expect(alarms(en, zh).length).toBeGreaterThan(0);
  });
});

describe('an edge of a year named by the year or by its month', () => {
  it.each([
    ['By the end of 2023, installed capacity had reached 500 GW.', '截至2023年12月底，装机容量达到5亿千瓦。'],
    ['Sales had doubled by late 2022.', '截至2022年12月底，销量翻了一番。'],
    ['Work began in early 2024.', '工程于2024年1月初开工。'],
  ])('agree: %s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it.each([
    ['By the end of 2023, sales had reached 300 units.', '截至2023年11月底，销量达到300台。'],
    ['Work began in early 2024.', '工程于2024年12月初开工。'],
    ['Work began at the end of 2024.', '工程于2024年1月初开工。'],
  ])('%s against %s is still told', (en, zh) => {
    expect(alarms(en, zh).length).toBeGreaterThan(0);
  });
});

describe('a weekday alone against a day written with its weekday', () => {
  it.each([
    // the text's date is a Monday: the lone Tuesday was placed in the week before
    ['Ministers adopted the plan at the closing session on Tuesday afternoon.', '与会部长于10日（星期二）下午的闭幕会议上通过了计划。'],
    ['The talks ended on Friday, June 6.', '会谈于星期五结束。'],
  ])('agree: %s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it.each([
    ['Ministers adopted the plan at the closing session on Wednesday afternoon.', '与会部长于10日（星期二）下午的闭幕会议上通过了计划。'],
    ['Ministers adopted the plan at the closing session last Tuesday.', '与会部长于10日（星期二）的闭幕会议上通过了计划。'],
    // 12 June 2025 is a Thursday: the day was changed and its weekday kept
    ['The deal was signed on Tuesday evening.', '协议于2025年6月12日（星期二）晚间签署。'],
  ])('%s against %s is still told', (en, zh) => {
    expect(alarms(en, zh).length).toBeGreaterThan(0);
  });
});

describe('a year written in Chinese numerals with a white circle for zero', () => {
  it('is a year written on the Chinese side', () => {
    const infos = align('The office opened on July 1, 2022.\n\n辦事處於二○二二年七月一日開幕。\n', { entities: false, referenceDate: '2025-06-02' }).findings
      .filter((f) => f.ruleId === 'date-mismatch');
    expect(infos).toEqual([]);
  });
});

describe('a day of this year against a day the Chinese gives no year, with 今年 apart', () => {
  it('is the same day', () => {
    expect(alarms('The fair opened on April 21 this year, two days early.', '今年的展会于4月21日开幕，提前了两天。')).toEqual([]);
  });

  it('tells another day', () => {
    expect(alarms('The fair opened on April 21 this year, two days early.', '今年的展会于4月12日开幕，提前了两天。'))
      .toEqual([expect.stringMatching(/^error .*April 21 this year.*4月12日.*day differs/)]);
  });
});

describe('a day in digits that reads either way round', () => {
  const dates = (en: string, zh: string) => toldPair(en, zh, 'date-mismatch');
  const en = (day: string) => `The lantern fair opens at the harbour front on ${day}, organisers said.`;
  it('agrees with the day read the other way', () => {
    expect(dates(en('05/09/2025'), '主办方表示，灯会将于2025年9月5日在海滨开幕。')).toEqual([]);
    expect(dates(en('05/09/2025'), '主办方表示，灯会将于2025年5月9日在海滨开幕。')).toEqual([]);
  });
  it('is still told against another day', () => {
    expect(dates(en('05/09/2025'), '主办方表示，灯会将于2025年9月6日在海滨开幕。')).toHaveLength(1);
    // a day past 12 reads one way only
    expect(dates(en('25/09/2025'), '主办方表示，灯会将于2025年9月5日在海滨开幕。')).toHaveLength(1);
  });
});
