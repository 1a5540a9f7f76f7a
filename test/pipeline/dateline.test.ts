import { describe, expect, it } from 'vitest';
import { datelineReference, datelineYear, isDateLine, localCurrency, looksLikeDateline, monthNumber, normalizeReferenceDate, readingContext } from '../../src/pipeline/dateline.js';
import { extractCandidates } from '../../src/pipeline/extract.js';
import { split } from '../../src/pipeline/split.js';
import { fixture } from '../helpers.js';
import { align } from '../../src/index.js';

const year = (text: string) => datelineYear(split(text));

describe('datelineYear', () => {
  it.each([
    ['Title of the piece\n\n11 January 2024\n\n标题', 2024],
    ['重庆发布2023年经济数据\n\n2024年1月20日  来源：新华社\n\nBody.', 2024],
    ['Chengdu, Jan. 11, 2024\n\nBody text follows here.', 2024],
    ['Posted 2023-12-30 08:15\n\nBody.', 2023],
    ['March 2021\n\nBody.', 2021],
  ])('%j → %i', (text, expected) => {
    expect(year(text)).toBe(expected);
  });

  it.each([
    ['重庆发布2023年经济数据\n\n重庆市统计局发布数据。'],
    ['In 2003 the fair began.\n\nIt grew.'],
    ['The 2024 budget\n\nBody.'],
  ])('finds no dateline in %j', (text) => {
    expect(year(text)).toBeUndefined();
  });

  it('reads the seed dateline', () => {
    expect(year(fixture('chengdu-software-2024.txt'))).toBe(2024);
  });
});

describe('the dateline as a reference day', () => {
  const reference = (text: string) => readingContext(split(text)).referenceDate;
  it.each([
    ['Tuesday, 26 January 2021\n\nBody text.', '2021-01-26'],
    ['2021年1月26日 来源：新华社\n\n正文。', '2021-01-26'],
    ['Harbin, Feb. 3, 2019\n\nBody.', '2019-02-03'],
    ['Posted 2023-12-30 08:15\n\nBody.', '2023-12-30'],
    ['March 2021\n\nBody.', '2021-03'],
  ])('%j → %s', (text, expected) => expect(reference(text)).toBe(expected));

  it('a given reference date wins over the dateline', () => {
    const blocks = split('11 January 2024\n\nBody.');
    expect(readingContext(blocks, undefined, '2020-05-04')).toEqual({ referenceYear: 2020, referenceDate: '2020-05-04' });
    expect(readingContext(blocks, undefined, new Date(Date.UTC(2019, 6, 8)))).toEqual({ referenceYear: 2019, referenceDate: '2019-07-08' });
    expect(readingContext(blocks, 2022)).toEqual({ referenceYear: 2022, referenceDate: '2024-01-11' });
  });

  it('rejects what is not an ISO 8601 date', () => {
    expect(normalizeReferenceDate('26/01/2021')).toBeUndefined();
    expect(normalizeReferenceDate('2021-13-01')).toBeUndefined();
    expect(normalizeReferenceDate('2021-01-26T10:00:00Z')).toBe('2021-01-26T10:00');
    expect(() => readingContext([], undefined, 'yesterday')).toThrow(TypeError);
  });
});

describe('date lines and month words', () => {
  it.each([['Sept.', 9], ['september', 9], ['Aug', 8], ['May', 5], ['Mayday', undefined], ['Ma', undefined]])('%s → %s', (w, n) => {
    expect(monthNumber(w)).toBe(n);
  });
  it.each(['11 January 2024', '2024年1月11日 10:26', 'Updated Jan. 5, 2024 at 10:00 GMT'])('%s is a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
    expect(looksLikeDateline(line)).toBe(true);
  });
  it('reads a year in Chinese numerals, as a release closes on its day and hour', () => {
    expect(looksLikeDateline('二〇二五年三月四日（星期二）\n香港时间十时十五分')).toBe(true);
    expect(looksLikeDateline('一九九七年回归以来')).toBe(false);
  });
  it.each(['In 2024 the fair grew by 5 percent.', '重庆发布数据'])('%s is no date line', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('the local currency of a bare 元', () => {
  it.each([
    ['The ticket won NT$3,000.\n\n彩券中了三千元。', 'TWD'],
    ['Fares rise to HK$12.\n\n車費加至12元。', 'HKD'],
    ['Fares rise to 12 yuan.\n\n车费涨至12元。', undefined],
    ['It cost NT$5 and 5 RMB.\n\n花了5元。', undefined],
    ['花了5元。', undefined],
    // a branch of Taiwan's government is no yuan
    ['The Executive Yuan approved NT$2 billion.\n\n行政院核定新臺幣20億元。', 'TWD'],
    ['The Legislative Yuan passed the NT$900 million budget.\n\n立法院通過9億元預算。', 'TWD'],
    ['The Executive Yuan set aside 2 billion yuan.\n\n行政院拨款20亿元。', undefined],
  ])('%j → %s', (text, expected) => expect(localCurrency(split(text))).toBe(expected));

  it('a Taiwanese text reads 元 and 块 as New Taiwan dollars', () => {
    const context = readingContext(split('She won NT$2,000.\n\n她中了兩千塊呢！'));
    expect(extractCandidates('她中了兩千塊呢！', 'zh', context).map((f) => [f.kind, f.value, f.unit])).toEqual([['money', 2000, 'TWD']]);
  });
});

describe('a labelled date line of the page', () => {
  it('wins over a date a title names as the day a rule takes effect', () => {
    const blocks = ['教育局 Education Bureau', '新学年9月1日起实施新课程', 'New curriculum from September 1, 2026', '发布日期 Date：2026-03-02']
      .map((text, index) => ({ id: `b${index + 1}`, index, text, lang: 'und' as const, start: 0, end: text.length, line: index + 1, column: 1 }));
    expect(datelineReference(blocks)).toBe('2026-03-02');
  });
});

describe('a dateline in numbers either way round', () => {
  const reference = (text: string) => datelineReference(split(text));
  it.each([
    ['Port traffic slows\n\n03/07/2026 10:40 AM\n\nKeelung, March 7 (CNA) Container volumes fell.', '2026-03-07'],
    ['港口吞吐放缓\n\n03/07/2026 10:40\n\n（中央社記者基隆7日電）貨櫃量下滑。', '2026-03-07'],
    ['Port traffic slows\n\n03/07/2026\n\nVolumes fell on 3月7日 at Keelung.', '2026-03-07'],
  ])('is read month first when the head names that day: %j', (text, expected) => expect(reference(text)).toBe(expected));
  it.each([
    ['Port traffic slows\n\n03/07/2026\n\nContainer volumes fell at Keelung.', '2026-07-03'],
    ['Port traffic slows\n\n03/07/2026\n\nLondon, 3 July (Reuters) Volumes fell. The March 7 figures were higher.', '2026-07-03'],
    ['Port traffic slows\n\n03/17/2026\n\nVolumes fell.', '2026-03-17'],
  ])('stays day first unless only the other day is named: %j', (text, expected) => expect(reference(text)).toBe(expected));
});

describe('a dateline of a run of days', () => {
  const reference = (text: string) => datelineReference(split(text));
  it.each([
    ['Port briefs\n\nWeek of March 9-13, 2026 | 2026年3月9日至13日\n\nBody.', '2026-03-13'],
    ['Port briefs\n\nWeek of 9–13 March 2026\n\nBody.', '2026-03-13'],
    ['港口简讯\n\n2026年3月9日至13日\n\n正文。', '2026-03-13'],
  ])('is read at its last day, on or before which the days it reports fall: %j', (text, expected) => expect(reference(text)).toBe(expected));
  it('a single day stays that day', () => expect(reference('港口简讯\n\n2026年3月9日 来源：本报\n\n正文。')).toBe('2026-03-09'));

  it('puts a weekday the digest reports inside its week', () => {
    const result = align('Port briefs\n\nWeek of March 9-13, 2026 | 2026年3月9日至13日\n\nThe port said on Wednesday that volumes rose. 港口周三表示，吞吐量上升。\n', {});
    const dates = result.facts.filter((f) => f.kind === 'date' && /三|Wednesday/.test(f.raw)).map((f) => f.value);
    expect(dates).toEqual(['2026-03-11', '2026-03-11']);
  });
});
