import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts } from '../locales/en/helpers.js';
import { facts as zhFacts } from '../locales/zh/describe-facts.js';

const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('how often, a count on both sides', () => {
  it.each([
    ['Rinse the eye three times a day.', [['number', 'three times', 3]]],
    ['The board meets four times a year.', [['number', 'four times', 4]]],
    ['Shuttles run twice an hour.', [['number', 'twice', 2]]],
    ['Water the seedlings twice daily.', [['number', 'twice', 2]]],
  ])('%s', (text, want) => {
    expect(facts(text)).toEqual(want);
  });

  it.each([
    ['Output grew three times as fast.', [['number', 'three times', 3, { unit: 'x' }]]],
    ['The new hall is twice the size.', [['number', 'twice', 2, { unit: 'x' }]]],
  ])('keeps a multiple a multiple: %s', (text, want) => {
    expect(facts(text)).toEqual(want);
  });

  it('reads meetings held as a count, a congress’s session as an order', () => {
    expect(zhFacts('理事会每年举行四次会议')).toEqual(['number 四 4']);
    expect(zhFacts('十四届全国人大二次会议')).toEqual(['ordinal 十四 14', 'ordinal 二 2']);
  });

  it.each([
    ['Rinse the eye three times a day.', '每日冲洗眼睛三次。', 0],
    ['Rinse the eye three times a day.', '每日冲洗眼睛两次。', 1],
    ['The board meets four times a year.', '理事会每年举行三次会议。', 1],
  ])('%s / %s', (en, zh, count) => {
    expect(findings(en, zh)).toHaveLength(count);
  });
});
