import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts as enFacts } from '../locales/en/helpers.js';
import { facts as zhFacts } from '../locales/zh/describe-facts.js';

const findings = (en: string, zh: string) => align(`Filed 20 May 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' || f.ruleId === 'date-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('quarters counted, not shares', () => {
  it.each([
    ['Shipments grew in the first three quarters.', 'three quarters', 'P9M'],
    ['Margins narrowed for two quarters in a row.', 'two quarters', 'P6M'],
    ['Orders have fallen three quarters running.', 'three quarters', 'P9M'],
  ])('%s', (text, raw, value) => {
    expect(enFacts(text).filter((f) => f[0] !== 'ordinal')).toEqual([['duration', raw, value]]);
  });

  it.each([
    ['Three quarters of the tenants renewed.', 0.75],
    ['The first three quarters of the budget went on wages.', 0.75],
    ['Water use was cut by three quarters.', 0.75],
  ])('keeps a share of a thing a share: %s', (text, value) => {
    expect(enFacts(text).filter((f) => f[0] === 'number').map((f) => f[2])).toEqual([value]);
  });

  it.each([
    ['连续三个季度亏损', 'duration 三个季度 P9M'],
    ['前两季度出货量上升', 'duration 两季度 P6M'],
    ['预计需要2至3个季度', 'duration 2至3个季度 P6M..9'],
    ['会议开了三刻钟', 'duration 三刻钟 PT45M'],
    ['等了一刻钟', 'duration 一刻钟 PT15M'],
  ])('reads Chinese quarters and quarter hours as lengths: %s', (text, want) => {
    expect(zhFacts(text).filter((f) => f.startsWith('duration'))).toEqual([want]);
  });

  it('keeps 三季度 alone the third quarter', () => {
    expect(zhFacts('三季度营收回升')).toEqual(['ordinal 三 3']);
  });

  it('reads the past quarters in Chinese as whole quarters, as in English', () => {
    const context = { referenceDate: '2025-05-20' };
    expect(zhFacts('过去四个季度', context)).toEqual(['date 过去四个季度 2024-04-01/2025-03-31']);
    expect(enFacts('over the past four quarters', context)).toEqual([['date', 'past four quarters', '2024-04-01/2025-03-31']]);
  });

  it.each([
    ['Shipments grew 6% in the first three quarters.', '前三季度出货量增长6%。'],
    ['Margins narrowed for two quarters in a row.', '利润率连续两个季度收窄。'],
    ['Over the past four quarters, shipments grew 6%.', '过去四个季度，出货量增长6%。'],
  ])('pairs them with their Chinese: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it.each([
    ['Shipments grew 6% in the first three quarters.', '前两季度出货量增长6%。'],
    ['Margins narrowed for two quarters in a row.', '利润率连续三个季度收窄。'],
  ])('tells another count of quarters: %s', (en, zh) => {
    expect(findings(en, zh)).toHaveLength(1);
  });
});

describe('lengths in hours, minutes and seconds compared across the units', () => {
  it.each([
    ['The hearing lasted half an hour.', '听证会持续了30分钟。'],
    ['The hearing lasted three quarters of an hour.', '听证会持续了三刻钟。'],
    ['The hearing lasted 90 minutes.', '听证会持续了1小时30分钟。'],
  ])('%s agrees', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it.each([
    ['The hearing lasted half an hour.', '听证会持续了四十五分钟。'],
    ['The hearing lasted a quarter of an hour.', '听证会持续了三刻钟。'],
  ])('%s differs', (en, zh) => {
    expect(findings(en, zh)).toHaveLength(1);
  });

  it('reads three quarters of an hour as one length', () => {
    expect(enFacts('They argued for three quarters of an hour.')).toEqual([['duration', 'three quarters of an hour', 'PT0.75H']]);
  });
});

describe('fiscal years by their number', () => {
  it.each([
    ['FY2024 sales rose.', '2024'],
    ['Guidance for FY26 was cut.', '2026'],
    ['FY 2023 results', '2023'],
    ['FY2024/25 budget', '2024/2025'],
    ['in the 2023 fiscal year', '2023'],
    ['the 2024 financial year', '2024'],
  ])('%s', (text, value) => {
    expect(enFacts(text).filter((f) => f[0] === 'date').map((f) => f[2])).toEqual([value]);
  });

  it.each(['FY2024/26 budget', 'NFY2024 code', 'FY-24'])('reads no fiscal year in %s', (text) => {
    expect(enFacts(text).filter((f) => f[0] === 'date')).toEqual([]);
  });

  it.each([
    ['2024财年营收', 'date 2024财年 2024'],
    ['2023财政年度预算', 'date 2023财政年度 2023'],
    ['2025會計年度', 'date 2025會計年度 2025'],
    // a school year; three digits are a Republic of China year, as Taiwan's schools count them
    ['2025学年度第一学期', 'date 2025学年度 2025/2026'],
    ['114學年度招生', 'date 114學年度 2025/2026'],
  ])('%s', (text, want) => {
    expect(zhFacts(text).filter((f) => f.startsWith('date'))).toEqual([want]);
  });

  it.each(['共有学生114人，学年结束', '第3114学年度'])('reads no school year in %s', (text) => {
    expect(zhFacts(text).filter((f) => f.startsWith('date'))).toEqual([]);
  });

  it('compares them across the languages', () => {
    expect(findings('FY2024 sales rose 5%.', '2024财年销售额增长5%。')).toEqual([]);
    expect(findings('FY2024 sales rose 5%.', '2025财年销售额增长5%。')).toHaveLength(1);
  });
});

describe('a split year joined by 至 before the word of a fiscal year', () => {
  it('is the English split year', () => {
    expect(findings('Spending will rise in the 2025-26 financial year.', '2025至26財政年度的開支將會增加。')).toEqual([]);
    expect(findings('Fees stay frozen in the 2025/26 school year.', '2025至2026學年的學費維持不變。')).toEqual([]);
  });

  it('tells another year', () => {
    expect(findings('Spending will rise in the 2025-26 financial year.', '2024至25財政年度的開支將會增加。'))
      .toEqual([expect.stringMatching(/^error .*2025-26.*2024至25/)]);
  });
});
