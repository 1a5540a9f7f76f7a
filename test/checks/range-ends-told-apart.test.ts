import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/index.js';

const findings = (text: string) => align(text, { entities: false, referenceDate: '2025-06-01' }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`);

describe('a range of months told as its two months', () => {
  it('agrees with the range on the other side', () => {
    expect(findings('Dengue cases tend to peak in July and August.\n\n登革热个案通常在7至8月达到高峰。\n')).toEqual([]);
    expect(findings('Dengue cases tend to peak in 7月和8月.\n\n登革热个案通常在7至8月达到高峰。\n')).toEqual([]);
  });

  it('does not where the second month is another', () => {
    expect(findings('Dengue cases tend to peak in July and September.\n\n登革热个案通常在7至8月达到高峰。\n').length).toBeGreaterThan(0);
  });
});

describe('隔年 opening the end of a range is the year after', () => {
  it('reads the range across the new year', () => {
    const text = '旺季一般在11月至隔年3月。';
    const dates = extractCandidates(text, 'zh').filter((c) => c.kind === 'date');
    expect(dates.map((c) => text.slice(c.start, c.end))).toEqual(['11月至隔年3月']);
  });

  it('meets the English range with no finding', () => {
    expect(findings('The busy season runs between November and March.\n\n旺季一般在11月至隔年3月。\n')).toEqual([]);
  });
});

describe('an age and a bound after it', () => {
  it.each([
    ['Residents aged 70 and over last year got a free check.', 'over'],
    ['Children aged 6 and under next term ride free.', 'under'],
    ['People aged 60 and older can apply.', 'over'],
  ])('%s', (text, bound) => {
    const numbers = extractCandidates(text, 'en').filter((c) => c.kind === 'number');
    expect(numbers[0]?.bound).toBe(bound);
  });

  it('leaves a number that is no age to the words after it', () => {
    const numbers = extractCandidates('Prices rose 4 and over the summer fell back.', 'en').filter((c) => c.kind === 'number');
    expect(numbers[0]?.bound).toBeUndefined();
  });

  it('meets 以上 on the Chinese side with no finding', () => {
    expect(findings('Among residents aged 70 and over last year, 40 cases were reported.\n\n去年70岁以上居民中共通报40宗个案。\n')).toEqual([]);
  });
});

describe('a share rounded on one side', () => {
  it('rounds a half up', () => {
    expect(findings('Growth was 80.5 per cent of the target.\n\n增长达到目标的81%。\n')).toEqual([]);
    expect(findings('The jobless rate is targeted at around 4.5 per cent.\n\n失业率目标为4%左右。\n')).toHaveLength(1);
    expect(findings('The jobless rate is targeted at around 4.5 per cent.\n\n失业率目标为5%左右。\n')).toEqual([]);
  });
});

describe('a range between parts of two months told as its two parts', () => {
  it('agrees with the range', () => {
    expect(findings('Picking runs through late June and early August.\n\n采摘期为6月下旬至8月上旬。\n')).toEqual([]);
  });

  it('does not where the second part is of another month', () => {
    expect(findings('Picking runs through late June and early September.\n\n采摘期为6月下旬至8月上旬。\n').length).toBeGreaterThan(0);
  });
});
