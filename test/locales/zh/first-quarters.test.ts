import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { align } from '../../../src/index.js';

describe('前三季度 counts quarters; 三季度 alone is the third', () => {
  it('reads no ordinal in 前三季度', () => {
    expect(facts('前三季度，全省快递业务量增长18%。').filter((f) => f.startsWith('ordinal'))).toEqual([]);
  });

  it('reads no ordinal in 上一季度, the previous quarter', () => {
    expect(facts('增速比上一季度加快0.3个百分点。').filter((f) => f.startsWith('ordinal'))).toEqual([]);
  });

  it('keeps 三季度 alone an ordinal', () => {
    expect(facts('三季度，全省快递业务量增长18%。').filter((f) => f.startsWith('ordinal'))).toEqual(['ordinal 三 3']);
  });

  it('finds nothing wrong against the first nine months', () => {
    const result = align('Parcel volumes in the province grew 18 percent in the first nine months.\n\n前三季度，全省快递业务量增长18%。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});

describe('季 without 度, as Taiwan and Hong Kong write a quarter', () => {
  it.each([
    ['2025年第二季，港口貨櫃量成長4%。', 'date 2025年第二季 2025-04-01/2025-06-30'],
    ['前三季累計貨櫃量為1,120萬標準箱。', 'duration 三季 P9M'],
  ])('%s', (text, expected) => expect(facts(text)).toContain(expected));

  it.each([
    ['2025年季節性需求回升。'],
    ['該劇第三季將於明年開播。'],
  ])('is no quarter in a season or without a year: %s', (text) => expect(facts(text).filter((f) => /^(?:date|duration) .*季/.test(f))).toEqual([]));

  it('finds nothing wrong against the third quarter and the first nine months', () => {
    const result = align('Revenue in the third quarter of 2025 rose to NT$41 billion, and revenue for the first nine months totaled NT$118.2 billion.\n\n'
      + '2025年第三季營收達新台幣410億元，前三季累計營收為1182億元。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('tells another quarter', () => {
    const result = align('Revenue in the third quarter of 2025 rose to NT$41 billion.\n\n2025年第二季營收達新台幣410億元。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual(['date-mismatch']);
  });
});
