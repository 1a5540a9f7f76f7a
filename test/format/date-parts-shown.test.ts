import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { matchFacts } from '../../src/format/counterparts.js';
import { formatTable } from '../../src/format/index.js';
import { facts as zhFacts } from '../locales/zh/describe-facts.js';

describe('parts of a month cut in halves and in thirds are shown as one', () => {
  const text = 'Repairs on the east bridge will finish in late November.\n\n东桥维修工程将于11月下旬完工。\n';

  it('couples late November with 11月下旬, as date-mismatch holds them', () => {
    const result = align(text, { entities: false, referenceDate: '2025-06-01' });
    const en = result.facts.filter((f) => f.lang === 'en');
    const zh = result.facts.filter((f) => f.lang === 'zh');
    expect(en.map((f) => f.value)).toEqual(['2025-11-16/2025-11-30']);
    expect(zh.map((f) => f.value)).toEqual(['2025-11-21/2025-11-30']);
    expect(matchFacts(en, zh).matched.map(([a, b]) => [a.raw, b.raw])).toEqual([['late November', '11月下旬']]);
    expect(result.findings).toEqual([]);
    expect(formatTable([result])).toMatch(/= date late November/);
  });

  it('leaves parts of two months apart', () => {
    const result = align('Repairs will finish in late November.\n\n维修工程将于10月下旬完工。\n', { entities: false, referenceDate: '2025-06-01' });
    const en = result.facts.filter((f) => f.lang === 'en');
    const zh = result.facts.filter((f) => f.lang === 'zh');
    expect(matchFacts(en, zh).matched).toEqual([]);
  });
});

describe('the middle of a year and parts of a year written with their year', () => {
  it.each([
    ['新规将于2027年年中实施。', 'date 2027年年中 2027-05-01/2027-08-31'],
    ['2027年中，新规实施。', 'date 2027年中 2027-05-01/2027-08-31'],
    ['7月中，雨季开始。', 'date 7月中 --07-11/--07-20'],
    ['2027年上半年出口增长。', 'date 2027年上半年 2027-01-01/2027-06-30'],
    ['工厂于2027年秋季投产。', 'date 2027年秋季 2027-09/2027-11'],
  ])('%s, with no reference day', (text, want) => {
    expect(zhFacts(text)).toContain(want);
  });

  it.each([['2027年中方代表团访问了非洲。'], ['7月中国出口增长。']])('no middle in %s: 中 opens a word', (text) => {
    expect(zhFacts(text).some((f) => f.includes('-05-01/') || f.includes('-11/'))).toBe(false);
  });

  it('reads a half without its year as the English `the second half of the year` is, and leaves a season alone, when no day is given', () => {
    expect(zhFacts('下半年出口增长。').filter((f) => f.startsWith('date'))).toEqual([expect.stringContaining('--07-01/--12-31')]);
    expect(zhFacts('春天来了。').filter((f) => f.startsWith('date'))).toEqual([]);
  });
});
