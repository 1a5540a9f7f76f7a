import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../src/index.js';

describe('Singles\' Day in English', () => {
  it.each([["The Singles' Day sales ended on a record."], ['Double 11 orders rose again.'], ['Retailers geared up for Double Eleven.']])('is 11 November: %s', (text) => {
    expect(extractCandidates(text, 'en').filter((f) => f.kind === 'date').map((f) => f.value)).toEqual(['--11-11']);
  });

  it('matches 双十一, so a range beside it is weighed against the Chinese range', () => {
    const result = align([
      'Posted 15 June 2024', '',
      "This year's Singles' Day festival ran from October 20 to November 11.", '',
      '今年"双十一"购物节从10月2日持续至11月11日。', '',
    ].join('\n'), { entities: false });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['date-mismatch']);
  });
});
