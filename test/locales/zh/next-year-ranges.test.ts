import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { align } from '../../../src/index.js';

const dates = (text: string, referenceYear?: number): string[] =>
  facts(text, referenceYear ? { referenceYear } : {}).filter((f) => f.startsWith('date'));

describe('a range that ends in the next year (次年, 翌年)', () => {
  it.each([
    ['供暖期为11月15日至次年3月15日', undefined, ['date 11月15日至次年3月15日 --11-15/--03-15']],
    ['供暖期为11月15日至次年3月15日', 2023, ['date 11月15日至次年3月15日 2023-11-15/2024-03-15']],
    ['禁渔期从2023年12月至翌年2月', undefined, ['date 从2023年12月至翌年2月 2023-12/2024-02']],
  ])('%s (%s)', (text, year, expected) => {
    expect(dates(text, year)).toEqual(expected);
  });

  it('agrees with the English range', () => {
    const result = align('The heating season runs from November 15 to March 15.\n供暖期为11月15日至次年3月15日。\n');
    expect(result.findings.filter((f) => f.ruleId === 'date-mismatch')).toEqual([]);
  });

  it('reads 次年 alone after a range word as no end', () => {
    expect(dates('从1月起至次年')).toEqual(['date 从1月起 --01 over']);
  });
});
