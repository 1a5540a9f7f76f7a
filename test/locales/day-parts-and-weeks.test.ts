import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

/** A piece dated Saturday 15 June 2024. */
const context = { referenceDate: '2024-06-15', referenceYear: 2024 };
const dates = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, context)
  .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);
const dateFindings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('noon, midnight and the small hours after a Chinese day', () => {
  it.each<[string, string]>([
    ['董事会周四中午召开临时会议。', '周四中午 2024-06-13T12:00'],
    ['新年烟花于12月31日午夜燃放。', '12月31日午夜 2024-12-31T00:00'],
    ['检修将于7月2日正午结束。', '7月2日正午 2024-07-02T12:00'],
    ['货轮周二凌晨在港口搁浅。', '周二凌晨 2024-06-11T00:00/2024-06-11T06:00'],
    ['货轮周二凌晨4时在港口搁浅。', '周二凌晨4时 2024-06-11T04:00'],
    ['董事会周四中午1点召开会议。', '周四中午1点 2024-06-13T13:00'],
  ])('%s', (text, want) => {
    expect(dates(text, 'zh')).toEqual([want]);
  });

  it('leaves the words alone where no day stands before them', () => {
    expect(dates('他中午在食堂吃饭，午夜才回家。', 'zh')).toEqual([]);
  });
});

describe('the early hours of an English day', () => {
  it.each<[string, string]>([
    ['The cargo ship ran aground in the early hours of Tuesday.', 'the early hours of Tuesday 2024-06-11T00:00/2024-06-11T06:00'],
    ['Officers searched the warehouse in the small hours of 3 March.', 'the small hours of 3 March 2024-03-03T00:00/2024-03-03T06:00'],
  ])('%s', (text, want) => {
    expect(dates(text, 'en')).toEqual([want]);
  });

  it('reads no part of a day from opening hours', () => {
    expect(dates('Opening hours of Tuesday are short.', 'en')).toEqual(['Tuesday 2024-06-11']);
  });
});

describe('a day with its part compared across the translation', () => {
  it.each([
    ['The board met at noon on Thursday.', '董事会周四中午召开会议。'],
    ['The cargo ship ran aground in the early hours of Tuesday.', '货轮周二凌晨在港口搁浅。'],
    ['The fireworks begin at midnight on 31 December.', '新年烟花于12月31日午夜燃放。'],
  ])('agrees: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['The board met at noon on Thursday.', '董事会周三中午召开会议。'],
    ['The cargo ship ran aground in the early hours of Tuesday.', '货轮周一凌晨在港口搁浅。'],
  ])('tells a wrong day: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([expect.stringMatching(/^error .*weekday differs/)]);
  });
});

describe('a week of a month in Chinese', () => {
  it.each<[string, string]>([
    ['新工厂将于8月第二周投产。', '8月第二周 2024-08-05/2024-08-11'],
    ['审计安排在2025年2月的最后一周。', '2025年2月的最后一周 2025-02-24/2025-03-02'],
    ['培训定在下个月第一周。', '下个月第一周 2024-07-01/2024-07-07'],
  ])('%s', (text, want) => {
    expect(dates(text, 'zh')).toEqual([want]);
  });

  it('leaves a weekday counted in the month to its own rule', () => {
    expect(dates('年会定在8月第二个星期五。', 'zh')).toEqual(['8月第二个星期五 2024-08-09']);
  });

  it('agrees with the English week, and tells another week', () => {
    expect(dateFindings('The new plant starts up in the second week of August.', '新工厂将于8月第二周投产。')).toEqual([]);
    expect(dateFindings('The new plant starts up in the second week of August.', '新工厂将于8月第三周投产。'))
      .toEqual([expect.stringMatching(/^(?:error|warning) /)]);
  });
});

describe('within a span counted from another moment', () => {
  it('is a length of time, not a span from now', () => {
    expect(extractCandidates('Claims must be filed within 72 hours of the incident.', 'en', context)
      .map((f) => `${f.kind} ${String(f.value)}`)).toEqual(['duration PT72H']);
    expect(dates('Claims must be filed within 72 hours.', 'en')).toEqual(['within 72 hours 2024-06-15T00:00/2024-06-18T00:00']);
  });
});

describe('a range between parts of two months', () => {
  it('agrees when one side cuts the months in halves and the other in thirds', () => {
    expect(dateFindings('The fair runs from late May to early July.', '展会于5月下旬至7月上旬举行。')).toEqual([]);
  });

  it('tells another part of a month', () => {
    expect(dateFindings('The fair runs from late May to early July.', '展会于5月上旬至7月上旬举行。'))
      .toEqual([expect.stringMatching(/^error .*day differs/)]);
  });
});

describe('a weekday after a comma inside a date\'s brackets', () => {
  it('is the date\'s, and compared with the English weekday', () => {
    expect(dates('第二天（6月18日，星期二）：参观博物馆。', 'zh')).toEqual(['6月18日，星期二 2024-06-18']);
    expect(dateFindings('Day 2 (Tuesday, 18 June): museum visit.', '第二天（6月18日，星期二）：参观博物馆。')).toEqual([]);
    expect(dateFindings('Day 2 (Tuesday, 18 June): museum visit.', '第二天（6月18日，星期三）：参观博物馆。'))
      .toEqual([expect.stringMatching(/^error .*weekday differs/)]);
  });
});
