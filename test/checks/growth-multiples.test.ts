import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch').map((f) => f.severity);

describe('增长了两倍: a multiple of growth read strictly or loosely', () => {
  it.each([
    ['Freight volume tripled.', '货运量增长了两倍。'],
    ['Output rose about fourfold.', '产量提高了约三倍。'],
    ['Freight volume grew twofold.', '货运量增长了两倍。'],
  ])('%s agrees with its Chinese', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['Freight volume grew fivefold.', '货运量增长了两倍。'],
    ['Freight volume tripled.', '货运量是去年的两倍。'],
  ])('%s differs from its Chinese', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual(['error']);
  });
});

describe('a multiple of growth beside another multiple', () => {
  it('is read as the multiple the English gives one more of', () => {
    expect(numberFindings('The plan calls for tripling solar capacity and doubling the rate of efficiency gains.',
      '计划提出将太阳能装机容量增加两倍，并使能效提升速度翻一番。')).toEqual([]);
  });

  it('still differs where the English gives another multiple', () => {
    expect(numberFindings('The plan calls for quadrupling solar capacity and doubling the rate of efficiency gains.',
      '计划提出将太阳能装机容量增加两倍，并使能效提升速度翻一番。')).toEqual(['error']);
  });
});
