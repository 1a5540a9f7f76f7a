import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/pipeline/extract.js';
import { align } from '../../src/index.js';
import type { Lang } from '../../src/types.js';

/** A piece dated Monday 28 October 2024: dates without a year take 2024 unless told otherwise. */
const CONTEXT = { referenceDate: '2024-10-28', referenceYear: 2024 };

const dates = (text: string, lang: Lang): [string, unknown][] =>
  extractCandidates(text, lang, CONTEXT).filter((c) => c.kind === 'date').map((c) => [text.slice(c.start, c.end), c.value]);

describe('the weekday written with a date tells its year when no year is written', () => {
  it.each([
    ['The ferry restarts on Thursday, 2 January.', 'en', [['Thursday, 2 January', '2025-01-02']]],
    ['渡轮于1月2日（星期四）复航。', 'zh', [['1月2日（星期四）', '2025-01-02']]],
    ['Applications close at 5 pm on Friday, 4 April.', 'en', [['5 pm on Friday, 4 April', '2025-04-04T17:00']]],
  ] as const)('%s', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });

  it('moves a day to the year before when the piece speaks from early in the next one', () => {
    const text = 'The first talks were on Friday, 13 December.';
    const found = extractCandidates(text, 'en', { referenceDate: '2025-02-10', referenceYear: 2025 }).filter((c) => c.kind === 'date');
    expect(found.map((c) => c.value)).toEqual(['2024-12-13']);
  });

  it.each([
    // the weekday fits the reference year: the date stays in it
    ['The market opened on Monday, 28 October.', 'en', [['Monday, 28 October', '2024-10-28']]],
    // a year written keeps the date where it is, whatever its weekday
    ['The hall opened on Friday, 2 October 2024.', 'en', [['Friday, 2 October 2024', '2024-10-02']]],
    ['2024年10月2日（星期五）开馆。', 'zh', [['2024年10月2日（星期五）', '2024-10-02']]],
    // no weekday, no change
    ['The ferry restarts on 2 October.', 'en', [['2 October', '2024-10-02']]],
    // a weekday that fits the day only a year off (11 months ahead, 10 months back): a slip of
    // the weekday, not another year
    ['The ferry restarts on Thursday, 2 October.', 'en', [['Thursday, 2 October', '2024-10-02']]],
    ['渡轮于10月2日（星期四）复航。', 'zh', [['10月2日（星期四）', '2024-10-02']]],
    ['The first talks were on Friday, 8 December.', 'en', [['Friday, 8 December', '2024-12-08']]],
  ] as const)('keeps %s', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });
});

describe('a year written at the end of a range or a list of dates is its earlier dates\' too', () => {
  it.each([
    ['Entries are open between 2 June and 29 August 2025.', [['between 2 June and 29 August 2025', '2025-06-02/2025-08-29']]],
    ['The festival runs from 20 December to 4 January 2025.', [['from 20 December to 4 January 2025', '2024-12-20/2025-01-04']]],
    ['Hearings on 4 March, 11 March and 18 March 2025.', [['4 March', '2025-03-04'], ['11 March', '2025-03-11'], ['18 March 2025', '2025-03-18']]],
  ])('%s', (text, expected) => {
    expect(dates(text, 'en')).toEqual(expected);
  });

  it.each([
    // a list without any year keeps the reference year
    ['Hearings on 4 March and 11 March.', [['4 March', '2024-03-04'], ['11 March', '2024-03-11']]],
    // a year that is a date of its own is no date's year
    ['He joined on 4 March, and left in 2025.', [['4 March', '2024-03-04'], ['2025', '2025']]],
  ])('keeps %s', (text, expected) => {
    expect(dates(text, 'en')).toEqual(expected);
  });
});

describe('the weekdays in brackets after a range or a list of days are the days\'', () => {
  it.each([
    ['Classes run from 3 to 5 March 2025 (Monday to Wednesday).', 'en', [['from 3 to 5 March 2025 (Monday to Wednesday)', '2025-03-03/2025-03-05']]],
    ['The plays are on 9 and 10 May (Friday and Saturday).', 'en', [['9 and 10 May (Friday and Saturday)', '2025-05-09/2025-05-10']]],
    ['课程于2025年3月3日至5日（星期一至星期三）举行。', 'zh', [['2025年3月3日至5日（星期一至星期三）', '2025-03-03/2025-03-05']]],
    ['演出定于5月9日、10日（星期五、星期六）。', 'zh', [['5月9日、10日（星期五、星期六）', '2025-05-09/2025-05-10']]],
    ['考试于2025年3月8日（星期六）及9日（星期日）举行。', 'zh', [['2025年3月8日（星期六）及9日（星期日）', '2025-03-08/2025-03-09']]],
  ] as const)('%s', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });

  it('leaves a day before an earlier one alone', () => {
    expect(dates('3月9日和2日', 'zh')).toEqual([['3月9日', '2024-03-09'], ['2日', '---02']]);
  });
});

describe('in a document', () => {
  const page = (en: string, zh: string) => `MACAU, 28 October 2024\n\n澳门，2024年10月28日\n\n${en}\n\n${zh}\n`;
  const dateFindings = (text: string) => align(text, { entities: false }).findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message);

  it.each([
    ['The expo runs between 2 June and 29 August 2025.', '博览会于2025年6月2日至8月29日举行。'],
    ['Classes run from 3 to 5 March 2025 (Monday to Wednesday).', '课程于2025年3月3日至5日（星期一至星期三）举行。'],
    ['Exams are on Saturday, 8 March and Sunday, 9 March 2025.', '考试于2025年3月8日（星期六）及9日（星期日）举行。'],
    ['The holiday falls on Wednesday, 1 October.', '假期为10月1日（星期三）。'],
  ])('finds nothing wrong with %s', (en, zh) => {
    expect(dateFindings(page(en, zh))).toEqual([]);
  });

  it('still tells a weekday slip', () => {
    expect(dateFindings(page('The holiday falls on Wednesday, 1 October.', '假期为10月1日（星期四）。'))).toEqual([expect.stringMatching(/weekday differs/)]);
  });
});
