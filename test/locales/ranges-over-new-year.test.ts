import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/pipeline/extract.js';

const REF = { referenceDate: '2025-10-01', referenceYear: 2025 };
const dates = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, REF)
  .filter((c) => c.kind === 'date').map((c) => `${text.slice(c.start, c.end)} ${String(c.value)}`);

describe('a range whose end falls in an earlier month runs into the next year', () => {
  it.each([
    ['Winter hours run from 1 November to 31 March.', 'en', 'from 1 November to 31 March 2025-11-01/2026-03-31'],
    ['The fair runs from December 28 to January 3.', 'en', 'from December 28 to January 3 2025-12-28/2026-01-03'],
    // the written year closes the range: its start is in the year before
    ['The fair runs December 28 to January 3, 2026.', 'en', 'December 28 to January 3, 2026 2025-12-28/2026-01-03'],
    ['冬季开放时间为11月1日至3月31日。', 'zh', '11月1日至3月31日 2025-11-01/2026-03-31'],
    ['庙会于2025年12月28日至1月3日举行。', 'zh', '2025年12月28日至1月3日 2025-12-28/2026-01-03'],
  ] as const)('%s', (text, lang, want) => {
    expect(dates(text, lang)).toContain(want);
  });

  it.each([
    // an end in the same month, or two years written, stay as written: a slip to tell
    ['from 5 May to 3 May', 'en'],
    ['2025年12月28日至2025年1月3日', 'zh'],
  ] as const)('leaves %s as written', (text, lang) => {
    expect(dates(text, lang).some((d) => d.includes('2026'))).toBe(false);
  });
});

describe('amounts from one to a smaller one', () => {
  it('are a change, not a range', () => {
    const text = 'The fee was cut from HK$4,500 to HK$100.';
    expect(extractCandidates(text, 'en', REF).filter((c) => c.kind === 'money').map((c) => text.slice(c.start, c.end))).toEqual(['HK$4,500', 'HK$100']);
  });
  it('a rising range stays one', () => {
    const text = 'Rooms cost from HK$900 to HK$2,400.';
    expect(extractCandidates(text, 'en', REF).filter((c) => c.kind === 'money').map((c) => text.slice(c.start, c.end))).toEqual(['HK$900 to HK$2,400']);
  });
});

describe('a range of times after a comma', () => {
  it('is the days\' hours, not the start of the last day', () => {
    expect(dates('The fair runs 26 February to 3 March, 6 p.m. to 11 p.m.', 'en')).toEqual(['26 February to 3 March 2025-02-26/2025-03-03', '6 p.m. to 11 p.m. T18:00/T23:00']);
  });
  it('a lone time after a comma is the day\'s', () => {
    expect(dates('The fair opens on 3 March, 6 p.m.', 'en')).toEqual(['3 March, 6 p.m. 2025-03-03T18:00']);
  });
});
