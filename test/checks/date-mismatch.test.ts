import { describe, expect, it } from 'vitest';
import { dateMismatch, weekdayOf } from '../../src/checks/date-mismatch.js';
import { brief, pairDoc, run, type SideSpec } from './helpers.js';
import { align } from '../../src/index.js';

const fairEn = (raw = 'January 10-11th', value = '2024-01-10/2024-01-11'): SideSpec => ({
  text: `On ${raw}, the 21st China International Software Cooperation conference was held in Chengdu.`,
  facts: [[raw, 'date', value], ['21st', 'ordinal', 21]],
});
const fairZh = (raw = '1月11日', value = '2024-01-11'): SideSpec => ({
  text: `${raw},第二十一届中国国际软件合作洽谈会主题大会在成都举行。`,
  facts: [[raw, 'date', value], ['第二十一', 'ordinal', 21]],
});
const timeEn = (raw = 'JANUARY 19th, 2:34 PM', value = '--01-19T14:34'): SideSpec => ({
  text: `${raw}, 2543.`, facts: [[raw, 'date', value], ['2543', 'number', 2543]],
});
const timeZh = (time = '下午2点34分', value = 'T14:34'): SideSpec => ({
  text: `1月19日，${time}，2543`,
  facts: [['1月19日', 'date', '--01-19'], [time, 'date', value], ['2543', 'number', 2543]],
});

describe('date-mismatch: valid pairs stay quiet', () => {
  const valid: [string, SideSpec, SideSpec][] = [
    ['the same day', fairEn('January 10th', '2024-01-10'), fairZh('1月10日', '2024-01-10')],
    ['a day given the dateline\'s year against the same day without one', fairEn('January 11', '2024-01-11'), fairZh('1月11日', '--01-11')],
    ['an abbreviated month', fairEn('Jan. 13', '--01-13'), fairZh('1月13日', '--01-13')],
    ['a date with a time against the date and the time written apart', timeEn(), timeZh()],
    ['a year as a date against the year as a bare number', {
      text: 'The Software School was selected in 2021.', facts: [['2021', 'date', '2021']],
    }, { text: '电子科技大学软件学院2021年入选。', facts: [['2021', 'number', 2021]] }],
    ['whole decades against as many years counted from the day', {
      text: 'Over the past two decades the port tripled its traffic.', facts: [['the past two decades', 'date', '1990/2009']],
    }, { text: '过去二十年，港口吞吐量增长了两倍。', facts: [['过去二十年', 'date', '1996-11-07/2016-11-07']] }],
    ['the second half of a month against its last ten days (旬)', {
      text: 'Rice planting starts in late March in Hunan.', facts: [['late March', 'date', '2024-03-16/2024-03-31']],
    }, { text: '湖南的水稻3月下旬开始插秧。', facts: [['3月下旬', 'date', '2024-03-21/2024-03-31']] }],
    ['the first two weeks of a month against its first half', {
      text: 'The first two weeks of May were dry.', facts: [['The first two weeks of May', 'date', '2024-05-01/2024-05-14']],
    }, { text: '5月上半月很干燥。', facts: [['5月上半月', 'date', '2024-05-01/2024-05-15']] }],
    ['mid-May against the middle ten days of May', {
      text: 'The survey closes in mid-May.', facts: [['mid-May', 'date', '--05-10/--05-20']],
    }, { text: '调查于5月中旬结束。', facts: [['5月中旬', 'date', '--05-11/--05-20']] }],
    ['a month given the reference year against last year\'s month, in a January article', {
      text: 'Retail sales grew 3.7 percent in December.', facts: [['December', 'date', '2025-12']],
    }, { text: '去年12月社会消费品零售总额增长3.7%。', facts: [['去年12月', 'date', '2024-12']] }],
    ['a day given the reference year against the same day a year counted from today gives', {
      text: 'The plant opened on March 3.', facts: [['March 3', 'date', '2025-03-03']],
    }, { text: '该工厂于去年3月3日投产。', facts: [['去年3月3日', 'date', '2024-03-03']] }],
    ['a month on one side only', {
      text: 'Retail sales fell short of forecasts in December.', facts: [['December', 'date', '--12']],
    }, { text: '零售额低于市场预期。' }],
  ];
  it.each(valid)('%s', (_, en, zh) => {
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief)).toEqual([]);
  });
});

describe('date-mismatch: invalid pairs are flagged', () => {
  const invalid: [string, SideSpec, SideSpec, string[]][] = [
    ['the seed: a two-day range against its second day', fairEn(), fairZh(),
      ['warning p1: EN "January 10-11th" (10–11 January 2024) vs ZH "1月11日" (11 January 2024): a range against a single day inside it']],
    ['a day changed', fairEn('January 10th', '2024-01-10'), fairZh('1月12日', '2024-01-12'),
      ['error p1: EN "January 10th" (10 January 2024) vs ZH "1月12日" (12 January 2024): day differs']],
    ['a month changed', fairEn('January 11th', '2024-01-11'), fairZh('2月11日', '2024-02-11'),
      ['error p1: EN "January 11th" (11 January 2024) vs ZH "2月11日" (11 February 2024): month differs']],
    ['a year changed', {
      text: 'Germany was the only big economy to shrink in 2023.', facts: [['2023', 'date', '2023']],
    }, { text: '2024年，德国是全球唯一一个出现萎缩的大型经济体。', facts: [['2024年', 'date', '2024']] },
    ['error p1: EN "2023" (2023) vs ZH "2024年" (2024): year differs']],
    ['PM against 上午', timeEn(), timeZh('上午2点34分', 'T02:34'),
      ['error p1: EN "JANUARY 19th, 2:34 PM" (19 January 14:34) vs ZH "上午2点34分" (02:34): AM/PM differ']],
    ['a minute changed', timeEn(), timeZh('下午2点35分', 'T14:35'),
      ['error p1: EN "JANUARY 19th, 2:34 PM" (19 January 14:34) vs ZH "下午2点35分" (14:35): minute differs']],
    ['a weekday changed', fairEn('Wednesday, January 10', '2024-01-10'), fairZh('1月10日（星期四）', '2024-01-10'),
      ['error p1: EN "Wednesday, January 10" (10 January 2024) vs ZH "1月10日（星期四）" (10 January 2024): weekday differs']],
    ['the start of a month against its last ten days', {
      text: 'Rice planting starts in early March in Hunan.', facts: [['early March', 'date', '2024-03-01/2024-03-15']],
    }, { text: '湖南的水稻3月下旬开始插秧。', facts: [['3月下旬', 'date', '2024-03-21/2024-03-31']] },
    ['error p1: EN "early March" (1–15 March 2024) vs ZH "3月下旬" (21–31 March 2024): day differs']],
    ['a year on one side only', fairEn('January 11, 2024', '2024-01-11'), fairZh('1月11日', '2024-01-11'),
      ['info p1: EN "January 11, 2024" (11 January 2024): the year 2024 is not in the Chinese']],
    ['a date on one side only', {
      text: 'On January 4th an aggressive group of them blocked the minister.', facts: [['January 4th', 'date', '--01-04']],
    }, { text: '一群激进的农民阻拦了部长。' },
    ['info p1: EN "January 4th" (4 January) has no counterpart in the Chinese']],
    ['two decades against thirty years', {
      text: 'Over the past two decades the port tripled its traffic.', facts: [['the past two decades', 'date', '1990/2009']],
    }, { text: '过去三十年，港口吞吐量增长了两倍。', facts: [['过去三十年', 'date', '1986-11-07/2016-11-07']] },
    ['error p1: EN "the past two decades" (1990–2009) vs ZH "过去三十年" (7 November 1986 – 7 November 2016): year differs']],
    ['a Chinese date that cannot exist', {
      text: 'Speaker Mike Johnson in Washington on December 12, 2023.', facts: [['December 12, 2023', 'date', '2023-12-12']],
    }, { text: '众议院议长迈克·约翰逊于2023年13月12日在华盛顿。', facts: [['2023', 'number', 2023], ['13', 'number', 13], ['12', 'number', 12]] },
    ['error p1: ZH "13月12日": no such date (month 13, day 12)']],
  ];
  it.each(invalid)('%s', (_, en, zh, expected) => {
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief)).toEqual(expected);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['Wednesday', 3], ['Sun.', 0], ['Wed, Jan 10', 3], ['星期日', 0], ['周六', 6], ['礼拜天', 0], ['Sun Wenlong', undefined], ['January 10', undefined],
  ] as const)('%s → %s', (raw, day) => {
    expect(weekdayOf(raw)).toBe(day);
  });
});

describe('date-mismatch: minutes left out, time zones', () => {
  it('a time without its minute agrees with any minute of the hour', () => {
    const d = pairDoc({ text: 'The quake struck at 11 am.', facts: [['11 am', 'date', 'T11:00']] },
      { text: '地震发生在11時13分。', facts: [['11時13分', 'date', 'T11:13']] });
    expect(run(dateMismatch, d)).toEqual([]);
  });
  it('two minutes that differ still differ', () => {
    const d = pairDoc({ text: 'The quake struck at 11:15 am.', facts: [['11:15 am', 'date', 'T11:15']] },
      { text: '地震发生在11時13分。', facts: [['11時13分', 'date', 'T11:13']] });
    expect(run(dateMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
  it('a day apart across a named time zone is a note', () => {
    const d = pairDoc({ text: 'The probe launched on Aug 6.', facts: [['Aug 6', 'date', '--08-06']] },
      { text: '探测器于北京时间8月7日发射。', facts: [['8月7日', 'date', '--08-07']] });
    expect(run(dateMismatch, d).map(brief)).toEqual(['info p1: EN "Aug 6" (6 August) vs ZH "8月7日" (7 August): a day apart, as across time zones']);
  });
  it('without a time zone a day apart is an error', () => {
    const d = pairDoc({ text: 'The probe launched on Aug 6.', facts: [['Aug 6', 'date', '--08-06']] },
      { text: '探测器于8月7日发射。', facts: [['8月7日', 'date', '--08-07']] });
    expect(run(dateMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('date-mismatch: vague dates are no evidence', () => {
  const quiet: [string, SideSpec, SideSpec][] = [
    ['a period by its unit alone against a year', {
      text: 'Output fell for the year as a whole.', facts: [['the year', 'date', '2021']],
    }, { text: '2020年全年产量下降。', facts: [['2020年', 'date', '2020']] }],
    ['a part of the day alone against a clock time', {
      text: 'The talks began in the morning.', facts: [['in the morning', 'date', 'T08:00/T12:00']],
    }, { text: '会谈于上午10时开始。', facts: [['上午10时', 'date', 'T10:00']] }],
    ['a night against an evening of the same day', {
      text: 'Protests spread on the night of June 4.', facts: [['the night of June 4', 'date', '--06-04T20:00/--06-04T23:59']],
    }, { text: '6月4日晚上抗议蔓延。', facts: [['6月4日晚上', 'date', '--06-04T16:00/--06-04T20:00']] }],
    ['a lunar festival against a Gregorian day', {
      text: 'Families gathered on September 21.', facts: [['September 21', 'date', '--09-21']],
    }, { text: '中秋节家人团聚。', facts: [['中秋节', 'date', '--08-15', { unit: 'lunar' }]] }],
  ];
  it.each(quiet)('%s: no error or warning', (_, en, zh) => {
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief).filter((line) => !line.startsWith('info'))).toEqual([]);
  });
  it('a day of the lunar calendar against a Gregorian day one part apart: no error or warning', () => {
    const en: SideSpec = { text: "The tram runs until midnight on New Year's Eve.", facts: [["New Year's Eve", 'date', '--12-31']] };
    const zh: SideSpec = { text: '缆车于除夕服务至午夜。', facts: [['除夕', 'date', '--12-30', { unit: 'lunar' }]] };
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief).filter((line) => !line.startsWith('info'))).toEqual([]);
  });
  it('two lunar feasts months apart are told; two of one season are not', () => {
    const en: SideSpec = { text: 'Families gather at the Mid-Autumn Festival.', facts: [['Mid-Autumn Festival', 'date', '--08-15', { unit: 'lunar' }]] };
    const zh: SideSpec = { text: '端午节家人团聚。', facts: [['端午节', 'date', '--05-05', { unit: 'lunar' }]] };
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief).join('\n')).toMatch(/^error.*month, day differ/);
    const eve: SideSpec = { text: 'Families gather on the eve of the Lunar New Year.', facts: [['Lunar New Year', 'date', '--01-01', { unit: 'lunar' }]] };
    const zhEve: SideSpec = { text: '除夕家人团聚。', facts: [['除夕', 'date', '--12-30', { unit: 'lunar' }]] };
    expect(run(dateMismatch, pairDoc(eve, zhEve)).map(brief).filter((line) => !line.startsWith('info'))).toEqual([]);
  });
  it('a part of the day on another day is still flagged', () => {
    const en: SideSpec = { text: 'Protests spread on the night of June 4.', facts: [['the night of June 4', 'date', '--06-04T20:00/--06-04T23:59']] };
    const zh: SideSpec = { text: '6月5日晚上抗议蔓延。', facts: [['6月5日晚上', 'date', '--06-05T16:00/--06-05T20:00']] };
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief).join('\n')).toMatch(/day differs/);
  });
  it('a real slip beside a vague date is still flagged', () => {
    const en: SideSpec = { text: 'On March 4 in the morning, the plant shut.', facts: [['March 4', 'date', '--03-04'], ['in the morning', 'date', 'T08:00/T12:00']] };
    const zh: SideSpec = { text: '3月5日上午，工厂关闭。', facts: [['3月5日', 'date', '--03-05'], ['上午', 'date', 'T08:00/T12:00']] };
    expect(run(dateMismatch, pairDoc(en, zh)).map(brief).join('\n')).toMatch(/day differs/);
  });
});

describe('date-mismatch: a year written in Chinese numerals', () => {
  const dates = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message);

  it('is written with figures: a decade apart is a slip of the year', () => {
    expect(dates('The allowance has been paid since 2012, the office said.', '該辦公室表示，該津貼自二○○二年起發放。'))
      .toEqual([expect.stringMatching(/year differs/)]);
    expect(dates('The allowance has been paid since 2012, the office said.', '该办公室表示，该津贴自二〇一二年起发放。')).toEqual([]);
  });
});

describe('date-mismatch: a day of the new year counted in English', () => {
  const told = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
  it('meets 正月初N', () => {
    expect(told('The ferry carried 41,000 riders on the fifth day of the Lunar New Year.', '正月初五，渡轮载客4.1万人次。')).toEqual([]);
  });
  it('is told against another day', () => {
    expect(told('The ferry carried 41,000 riders on the fifth day of the Lunar New Year.', '正月初七，渡轮载客4.1万人次。')).toHaveLength(1);
  });
});

describe('date-mismatch: next month against the month from today', () => {
  const told = (en: string, zh: string) => align(`Harbour Daily, 12 March 2025\n\n港湾日报 2025年3月12日\n\n${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
  it('is one horizon told two ways', () => {
    expect(told('Analysts expect the index to hold near 2,900 points over the coming month.', '分析师预计未来一个月指数将在2900点附近徘徊。')).toEqual([]);
    expect(told('Fares will be reviewed over the next year.', '未来一年将检讨票价。')).toEqual([]);
  });
  it('is still told against a longer span or another month', () => {
    expect(told('Fares will be reviewed next month.', '未来一年将检讨票价。')).toHaveLength(1);
    expect(told('Fares will be reviewed next month.', '票价将于6月检讨。')).toHaveLength(1);
  });
});
