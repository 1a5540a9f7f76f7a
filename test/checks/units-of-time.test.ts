import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('the same number in another unit of time', () => {
  it.each([
    ['The repairs will take 6 days.', '维修将耗时6小时。'],
    ['The loan runs for 3 years.', '贷款期限为3个月。'],
    ['Visitors may stay for 2 weeks.', '游客可停留2天。'],
  ])('is an error: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(/^error .*the same number in another unit of time$/)]);
  });

  it.each([
    ['The repairs will take 6 days.', '维修将耗时6天。'],
    ['Visitors may stay for 3 weeks.', '游客可停留21天。'],
    ['The course runs for 4 days, with 6 hours of class each day.', '课程为期4天，每天上课6小时。'],
  ])('is no error where the lengths agree: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });
});

describe('the one value left on each side', () => {
  it('is a slip though a year the date check weighs is left on both sides too', () => {
    expect(numberFindings('Each family gets HK$2,000 over 18 months. The scheme was first run in 2021.', '每戶在9個月內可獲2,000港元。該計劃於2021年首次推出。'))
      .toEqual([expect.stringMatching(/^error .*18 months.*9個月.*differ/)]);
    expect(numberFindings('Each family gets HK$2,000 over 18 months. The scheme was first run in 2021.', '每戶在18個月內可獲2,000港元。該計劃於2021年首次推出。'))
      .toEqual([]);
  });
});
