import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { align } from '../../../src/index.js';

describe('突破 and 不止 before a number give a lower bound', () => {
  it.each([
    ['新车上市首月销量突破3万辆。', 'number 突破3万 30000 ~ over'],
    ['他去过那里不止5次。', 'number 不止5 5 ~ over'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('meets more than on the English side with no finding', () => {
    const result = align('More than 30,000 of the new cars were sold in the first month.\n\n首月销量突破3万辆。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves 突破 before a word alone', () => {
    expect(facts('这项技术突破了封锁。')).toEqual([]);
  });
});
