import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const errors = (en: string, zh: string) => align(`Posted 8 September 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity === 'error').map((f) => f.message);

describe('an approximate value of one digit against the exact one', () => {
  it('agrees when it rounds it closely', () => {
    expect(errors('The scheme will cost HK$4.02 billion next year.', '该计划明年的开支约为40亿港元。')).toEqual([]);
    expect(errors('About 3 million visitors came, the board said.', '旅游局表示，到访旅客有302万人次。')).toEqual([]);
  });

  it('is a slip when it lies further off', () => {
    expect(errors('The scheme will cost HK$4.3 billion next year.', '该计划明年的开支约为40亿港元。')).toHaveLength(1);
  });

  it('is a slip when the exact value is one more in its last digit', () => {
    expect(errors('The firm plans a £5 million-plus expansion.', '该公司计划投资501万英镑扩展业务。')).toHaveLength(1);
  });
});
