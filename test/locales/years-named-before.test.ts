import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

/** A piece dated Friday 14 March 2025. */
const context = { referenceDate: '2025-03-14', referenceYear: 2025 };
const dates = (text: string) => extractCandidates(text, 'en', context)
  .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);

describe('the previous or following year after a year the text names', () => {
  it.each([
    ['Freight volumes grew 6% in 2022, after a 2% fall the previous year.', ['2022 2022', 'previous year 2021']],
    ['Output rose last year, after a weak harvest the previous year.', ['last year 2024', 'previous year 2023']],
    ['The bridge opened in 2019 and tolls were cut the following year.', ['2019 2019', 'following year 2020']],
  ])('is the year before or after it: %s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it.each([
    // no year named before: told from the writing
    ['Output was higher than the previous year.', ['previous year 2024']],
    // an amount is no year
    ['The fee is $2000, up from the previous year.', ['previous year 2024']],
    ['Its share rose to 2010.5 points, above the previous year.', ['previous year 2024']],
    // without `the` the word is told from the writing
    ['The plan was drafted in 2019 and approved last year.', ['2019 2019', 'last year 2024']],
  ])('leaves a year that names none before it: %s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
});

describe('a report\'s 上年 after a year it names', () => {
  const zhDates = (text: string) => extractCandidates(text, 'zh', context)
    .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);

  it('is the year before that one', () => {
    expect(zhDates('2023年全市粮食产量比上年增长2.4%。')).toEqual(['2023年 2023', '上年 2022']);
  });

  it('is the year before the writing where the text names none, as 去年 is', () => {
    expect(zhDates('全市粮食产量比上年增长2.4%。')).toEqual(['上年 2024']);
    expect(zhDates('2023年产量比去年增长2.4%。')).toEqual(['2023年 2023', '去年 2024']);
  });
});

describe('the year before on both sides', () => {
  const dateFindings = (en: string, zh: string) => align(`BEIJING, March 4, 2025 -\n\n北京2025年3月4日电\n\n${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message);

  it('is one year, whichever year each side counts from', () => {
    // the English names 2023 in its sentence, the Chinese only in its heading
    expect(dateFindings('Grain output at the end of 2023 was 2% above the end of the previous year.', '年末粮食产量比上年末高2%。')).toEqual([]);
  });

  it('still tells a year named against it', () => {
    expect(dateFindings('Output was 2% above the previous year.', '产量比2019年高2%。')).not.toEqual([]);
  });
});
