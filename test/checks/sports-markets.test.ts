import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 January 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('sports and market wording', () => {
  it('reads the N mark as a milestone, not a currency', () => {
    const facts = extractCandidates('Turnover topped the 2 trillion mark for a third day.', 'en');
    expect(facts.filter((f) => f.kind === 'money')).toEqual([]);
    expect(extractCandidates('The fine was 4 million marks in 1995.', 'en').filter((f) => f.kind === 'money')).toHaveLength(1);
  });

  it('reads a race over its distance as no bound', () => {
    expect(findings('The Derby Trial over 1,800 metres went to Silver Kite.', '1800米打吡試閘由銀鳶勝出。')).toEqual([]);
    const facts = extractCandidates('The sea wall stretches for over 1,800 metres.', 'en');
    expect(facts.filter((f) => f.bound === 'over')).toHaveLength(1);
  });

  it('matches a month of a year with the same month before the year alone', () => {
    expect(findings('Unlike the boom of 2018 and 2019, the club signed only one player in March 2019.',
      '与2018年和2019年的热潮不同，该俱乐部在2019年3月只签下一名球员。')).toEqual([]);
  });

  it('reads a call to follow the site as page chrome', () => {
    const result = align('Posted 15 January 2024\n\nThe index rose 1.2%.\n\n指数上涨1.2%。\n\nScan to follow us\n');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
