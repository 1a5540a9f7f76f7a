import { describe, expect, it } from 'vitest';
import { align, entityKey } from '../../src/index.js';

const orgs = (en: string, zh: string) => {
  const result = align(`${en}\n\n${zh}\n`);
  return result.facts.filter((f) => f.kind === 'entity' && f.type === 'org').map((f) => f.value);
};

describe('companies by the English name CC-CEDICT gives their own name', () => {
  it.each([
    ['Tencent Holdings Limited reported its results on Wednesday.', '腾讯控股有限公司周三公布业绩。'],
    ['Baidu Inc. opened an office in Wuhan.', '百度公司在武汉设立了办事处。'],
    ['Xiaomi Corp. shipped more phones.', '小米公司的手机出货量增加。'],
  ])('%s', (en, zh) => {
    const keys = orgs(en, zh);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('keys the name by pinyin where CEDICT gives none', () => {
    expect(entityKey('华星光电公司', 'zh', 'org')).toContain('huaxing');
  });

  it('keeps two companies apart', () => {
    expect(entityKey('Baidu Inc.', 'en', 'org')).not.toBe(entityKey('腾讯公司', 'zh', 'org'));
  });
});

describe('a time noun opening the sentence is no part of a company name', () => {
  const zhOrgs = (zh: string) => align(`${zh}\n`).facts.filter((f) => f.kind === 'entity' && f.type === 'org').map((f) => f.raw);
  it.each(['本季度公司新增客户两千家。', '今年公司营收首次下降。', '本月公司将发布新品。'])('no organization in %s', (zh) => {
    expect(zhOrgs(zh)).toEqual([]);
  });

  it('keeps the name after one', () => {
    expect(zhOrgs('今年小米公司的营收创新高。')).toEqual(['小米公司']);
  });
});
