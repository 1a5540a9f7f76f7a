import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const DATED = 'Filed 3 September 2025\n\n2025年9月3日发\n\n';
const dateFindings = (en: string, zh: string): string[] =>
  align(`${DATED}${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'date-mismatch').map((f) => f.message);

describe('上半年 against the first half', () => {
  it('finds nothing where the English says the first half without its year', () => {
    expect(dateFindings('Net profit doubled in the first half.', '上半年净利润翻了一番。')).toEqual([]);
    expect(dateFindings('Exports slowed in the second half.', '下半年出口放缓。')).toEqual([]);
  });

  it('still notes the half the English does not name', () => {
    expect(dateFindings('Net profit doubled in the second half.', '上半年净利润翻了一番。')).not.toEqual([]);
  });
});
