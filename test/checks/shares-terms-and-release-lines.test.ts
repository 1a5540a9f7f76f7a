import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { partnerlessKind } from '../../src/checks/block-kind.js';
import type { Block } from '../../src/types.js';

const told = (en: string, zh: string, rule?: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info' && (rule === undefined || f.ruleId === rule)).map((f) => `${f.ruleId} ${f.message}`);

describe('bounds', () => {
  it('a threshold passed in words of scale (`pass half a billion`) is the lower bound 突破 states', () => {
    expect(told('Subscribers pass half a billion as profit climbs', '用户突破5亿 利润攀升')).toEqual([]);
    expect(told('The firm now has half a billion subscribers', '该公司用户突破5亿')).toHaveLength(1);
  });

  it('a bound before the whole a share is of, and its 的, bounds the share (略超总量的一半, 不低於月薪的6%)', () => {
    expect(told('The terminal handled just over half of the total.', '该码头的吞吐量略超总量的一半。')).toEqual([]);
    expect(told('Employers must pay at least 6 percent of the monthly wage.', '雇主須提繳不低於勞工月薪的6%。')).toEqual([]);
    expect(told('Employers must pay 6 percent of the monthly wage.', '雇主須提繳不低於勞工月薪的6%。')).toHaveLength(1);
  });

  it('`add up to another` bounds the value added, no sum', () => {
    expect(told('Workers may add up to another 6 percent of their wage.', '勞工可另自願提繳最多6%。')).toEqual([]);
    expect(told('The fees add up to 6 percent of the wage.', '各项费用合计占工资的6%。')).toEqual([]);
  });

  it('a clause\'s bound leaves a product\'s term alone (不低於二年期定期存款利率)', () => {
    expect(told('Returns are guaranteed to be no lower than the two-year deposit rate of local banks.', '保證收益不低於當地銀行二年期定期存款利率。')).toEqual([]);
  });
});

describe('the year a part of it is of', () => {
  it('is the last one where the part has not passed on the page\'s day', () => {
    const page = (en: string, zh: string) => align(`Published: 8 January 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
      .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
    expect(page('Members withdrew HK$15.7 billion in the first 11 months of the year.', '去年首11個月，成員提取157億港元。')).toEqual([]);
    expect(page('Members withdrew HK$15.7 billion in the first 11 months of this year.', '去年首11個月，成員提取157億港元。')).toHaveLength(1);
  });
});

describe('three digits before 年', () => {
  it('are a year after a dynasty\'s name (初唐642年), a length elsewhere', () => {
    const dates = (zh: string) => align(`The murals are old.\n\n${zh}\n`, { entities: false }).facts.filter((f) => f.lang === 'zh').map((f) => `${f.kind} ${String(f.value)}`);
    expect(dates('壁画绘于初唐642年。')).toEqual(['date 0642']);
    expect(dates('壁画已保存642年。')).toEqual(['duration P642Y']);
  });
});

describe('Taiwan\'s words of a change and its basis (年增, 月增)', () => {
  it('are told against the other basis, and the month named before `to` and an amount', () => {
    expect(told('Revenue climbed 2.9 percent from September to NT$16.8 billion.', '營收年增2.9%，達168億元。', 'basis-mismatch')).toHaveLength(1);
    expect(told('Revenue rose 2.9 percent year on year.', '營收月增2.9%。', 'basis-mismatch')).toHaveLength(1);
    expect(told('Revenue rose 2.9 percent year on year.', '營收年增2.9%。', 'basis-mismatch')).toEqual([]);
    // 年 of another word
    expect(told('Revenue rose 2.9 percent from a month earlier.', '今年增長2.9%。', 'basis-mismatch')).toEqual([]);
    expect(told('Revenue climbed 2.9 percent from September to December.', '營收9月至12月年增2.9%。', 'basis-mismatch')).toEqual([]);
  });
});

describe('lines of a page that are no translation unit', () => {
  const kind = (text: string) => partnerlessKind({ id: 'b5', index: 4, text, start: 0, end: text.length, lang: 'en' } as Block);

  it('a dateline beside a release named by its issuer', () => {
    expect(kind('Lisbon, 3 March 2025 | Port Authority of Lisbon press release (Chinese translation: Tagus Review)')).toBe('byline');
  });

  it('a hotline with its opening hours in both languages', () => {
    expect(kind('Hotline 热线: 2800 1234 (Mon–Fri 9am–5pm | 星期一至五上午9时至下午5时)')).toBe('byline');
    expect(kind('Call 2800 1234 after 9am to book one of the 300 places still open this week.')).toBeUndefined();
  });
});
