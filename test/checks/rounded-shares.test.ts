import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a share written to fewer decimals on one side', () => {
  it.each([
    ['Turnout reached 64%, the commission said.', '选举委员会表示，投票率达63.8%。'],
    ['The bank kept 18.5% of deposits in reserve.', '该行将18.46%的存款留作准备金。'],
    ['Exports grew 7.25% while imports grew 11%.', '出口增长7.3%，进口增长10.96%。'],
    ['Its stake fell by 1.6 percentage points.', '其持股比例下降1.58个百分点。'],
  ])('is the same share rounded: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    // one significant digit left is no rounding to trust
    ['Rents rose 4%.', '租金上涨4.4%。'],
    // rounded the wrong way, or the same decimals
    ['Turnout reached 63%.', '投票率达63.8%。'],
    ['Turnout reached 63.7%.', '投票率达63.8%。'],
    // a share against percentage points is no rounding
    ['Its stake fell by 1.6%.', '其持股比例下降1.58个百分点。'],
  ])('still differs where it is not: %s', (en, zh) => {
    expect(numberFindings(en, zh).filter((f) => !f.startsWith('info'))).not.toEqual([]);
  });
});
