import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/pipeline/extract.js';

/** A piece dated Friday 14 March 2025. */
const context = { referenceDate: '2025-03-14', referenceYear: 2025 };
const dates = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, context)
  .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);

describe('a date since which something holds lies before the writing', () => {
  it.each<[string, 'en' | 'zh', string]>([
    ['Rents have risen since October.', 'en', 'since October 2024-10'],
    ['Rents have risen since 12 December.', 'en', 'since 12 December 2024-12-12'],
    ['Rents have risen since February.', 'en', 'since February 2025-02'],
    ['10月以来租金持续上涨。', 'zh', '10月以来 2024-10'],
    ['2月以来租金持续上涨。', 'zh', '2月以来 2025-02'],
  ])('%s', (text, lang, want) => {
    expect(dates(text, lang)).toEqual([want]);
  });

  it.each<[string, 'en' | 'zh', string]>([
    ['Rents have risen since October 2023.', 'en', 'since October 2023 2023-10'],
    ['The new rent applies from October.', 'en', 'October 2025-10'],
    ['2023年10月以来租金持续上涨。', 'zh', '2023年10月以来 2023-10'],
  ])('keeps a written year, and a date not bounded by since: %s', (text, lang, want) => {
    expect(dates(text, lang)).toEqual([want]);
  });
});

describe('a day told from the reference day', () => {
  it('keeps since tomorrow where it is', () => {
    expect(dates('I will be away since tomorrow.', 'en')).toEqual(['since tomorrow 2025-03-15']);
  });
});
