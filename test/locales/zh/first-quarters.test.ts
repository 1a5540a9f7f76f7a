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
