import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 8 September 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('the wording of notices and rules', () => {
  it('reads a range told by its two bounds as its two ends, whatever the English bounds', () => {
    expect(findings('Violators face a fine of between NT$30,000 and NT$300,000.', '違者處新臺幣3萬元以上30萬元以下罰鍰。')).toEqual([]);
    expect(findings('Violators face a fine of at least 5,000 yuan and at most 50,000 yuan.', '违者处5000元以上5万元以下罚款。')).toEqual([]);
  });

  it('reads 约为 as about and 最低为 as a floor', () => {
    expect(findings('The levy comes to about HK$4.02 billion.', '该项征费约为40亿港元。')).toEqual([]);
    expect(findings('Day passes start at S$8.', '日票最低为8新元。')).toEqual([]);
  });

  it('reads 于 before a year as in, not as a bound', () => {
    const facts = extractCandidates('港大于2027年启用新校园。', 'zh');
    expect(facts.filter((f) => f.bound !== undefined)).toEqual([]);
  });

  it('reads two days of two months joined by and as two days, not a range', () => {
    const dates = extractCandidates('Applications close on March 31 and September 30.', 'en').filter((f) => f.kind === 'date');
    expect(dates.map((f) => f.value)).toEqual(['--03-31', '--09-30']);
    expect(findings('Applications close on March 31 and September 30.', '申请截止日期为3月31日及9月30日。')).toEqual([]);
  });

  it('still reads a range after between', () => {
    const dates = extractCandidates('The office is shut between December 24 and January 2.', 'en').filter((f) => f.kind === 'date');
    expect(dates).toHaveLength(1);
  });

  it('reads a bilingual related-links label as a list head', () => {
    const result = align('Posted 8 September 2025\n\nThe office opens at 9 am.\n\n办事处上午9时开放。\n\n相关链接 Related links：\n');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a bound that holds its own denial', () => {
  it('is told against a bound the other way', () => {
    expect(findings('Firms whose turnover does not exceed MOP2 million file no audit.', '年营业额超过200万澳门元的公司无须审计。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });

  it('agrees with the same bound', () => {
    expect(findings('Firms whose turnover does not exceed MOP2 million file no audit.', '年营业额不超过200万澳门元的公司无须审计。')).toEqual([]);
  });
});
