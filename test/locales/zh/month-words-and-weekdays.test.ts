import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const dates = (text: string) => facts(text, { referenceDate: '2025-03-12' }).filter((f) => f.startsWith('date'));

describe('a day after a month named by its relation to the reference day', () => {
  it.each([
    ['下个月20号正式开业', ['date 下个月20号 2025-04-20']],
    ['本月5号起实施', ['date 本月5号 2025-03-05']],
    ['上月28号发布的数据', ['date 上月28号 2025-02-28']],
    ['下个月20日', ['date 下个月20日 2025-04-20']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it.each(['乘坐3号线到市中心', '住在1号楼', '他身穿10号球衣'])('reads no day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('the nth weekday of a month', () => {
  it.each([
    ['工会定于九月的第一个星期一集会', ['date 九月的第一个星期一 2025-09-01']],
    ['2026年5月第二个星期日', ['date 2026年5月第二个星期日 2026-05-10']],
    ['董事会在11月的最后一个星期四开会', ['date 11月的最后一个星期四 2025-11-27']],
    ['展会于10月第3個週五開幕', ['date 10月第3個週五 2025-10-17']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('reads no month where none is written', () => {
    expect(dates('第一个星期一').some((d) => d.includes('第'))).toBe(false);
  });
});

describe('weeks counted back or on with 个星期 and 礼拜', () => {
  it.each([
    ['两个星期前，工厂停产', ['date 两个星期前 2025-02-26']],
    ['三个礼拜后再复查', ['date 三个礼拜后 2025-04-02']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
});

describe('a season or school year written with both years whole', () => {
  it.each([
    ['2022-2023赛季联赛', ['date 2022-2023 2022/2023']],
    ['2025/2026学年招生', ['date 2025/2026 2025/2026']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('reads two years that do not follow each other as no season', () => {
    expect(dates('2022-2024赛季')).toEqual([]);
  });
});

describe('the day before a day the text tells of', () => {
  it.each(['开幕式前一天，记者抵达会场', '比赛后一天公布成绩'])('reads no date of the reference day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('still reads a span of several days', () => {
    expect(dates('前3天')).toEqual(['date 前3天 2025-03-09/2025-03-12']);
  });
});

describe('ranges closed by a later end', () => {
  it.each([
    ['新时刻表自1月14日开始，至2月22日结束', ['date 自1月14日开始，至2月22日结束 --01-14/--02-22']],
    ['从3月1日开始到5月31日', ['date 从3月1日开始到5月31日 --03-01/--05-31']],
    ['公元605年至610年间', ['date 公元605年至610年间 0605/0610']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('keeps two years of the era in the wrong order apart', () => {
    expect(dates('公元610年至605年')).toEqual(['date 公元610年 0610', 'date 605年 0605']);
  });
});

describe('a weekday before a currency\'s name', () => {
  it.each([
    ['周五人民币兑美元汇率小幅走高。', ['date 周五 2025-03-07']],
    ['星期一港元汇率持稳。', ['date 星期一 2025-03-10']],
  ])('is the weekday, no amount: %s', (text, want) => {
    expect(facts(text, { referenceDate: '2025-03-12' }).filter((f) => f.startsWith('date') || f.startsWith('money'))).toEqual(want);
  });

  it('leaves an amount after the weekday an amount', () => {
    expect(facts('周五人民币5元。', { referenceDate: '2025-03-12' }).filter((f) => f.startsWith('money'))).toEqual(['money 人民币5元 5 CNY']);
  });
});

describe('weeks counted before 一次', () => {
  const all = (text: string) => facts(text, { referenceDate: '2025-03-12' });
  it.each([
    ['例会每两周一次', ['duration 两周 P2W']],
    ['巡检改为每三个星期一次', ['duration 三个星期 P3W']],
  ])('%s is a span of weeks, no Monday', (text, want) => {
    expect(all(text)).toEqual(want);
  });

  it('still reads a Monday after a day of the month', () => {
    expect(dates('3月17日周一开工')).toEqual(['date 3月17日周一 --03-17']);
  });
});
