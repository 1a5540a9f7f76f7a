import { describe, expect, it } from 'vitest';
import { align, entityKey } from '../../src/index.js';
import { namesIn } from './people.js';

describe('organizations CC-CEDICT names in English', () => {
  it.each([
    ['据财政部消息，专项债额度将提前下达。', '财政部'],
    ['中国气象局周三发布寒潮预警。', '中国气象局'],
    ['香港金融管理局宣布下调基本利率。', '香港金融管理局'],
  ])('%s', (text, name) => {
    expect(namesIn(text, 'zh', 'org').map(([found]) => found)).toContain(name);
  });

  it.each([
    ['Ministry of Finance', '财政部'],
    ['the China Meteorological Administration', '中国气象局'],
    ['Hong Kong Monetary Authority', '香港金融管理局'],
  ])('keys %s as the English', (en, zh) => {
    expect(entityKey(zh, 'zh', 'org')).toBe(entityKey(en, 'en', 'org'));
  });

  it('pairs the two sides of a release with no entity left alone', () => {
    const result = align('The Ministry of Finance said on Monday that quotas would be issued early.\n\n财政部周一表示，额度将提前下达。\n');
    const orgs = result.facts.filter((f) => f.kind === 'entity' && f.type === 'org').map((f) => f.value);
    expect(orgs).toHaveLength(2);
    expect(orgs[0]).toBe(orgs[1]);
  });

  it.each([['部门负责人表示。'], ['内部管理有待加强。'], ['成都市和中国工商银行签约。']])('no government body in %s', (text) => {
    expect(namesIn(text, 'zh', 'org').map(([found]) => found)).not.toContain(text.slice(0, 3));
  });
});

describe('two fields of one body joined by 和', () => {
  it('reads 北京市文化和旅游局 as one bureau, and keys it without the conjunction', () => {
    expect(namesIn('北京市文化和旅游局发布通知。', 'zh', 'org')).toEqual([['北京市文化和旅游局', 'beijing bureau culture tourism']]);
  });

  it('keeps two names joined by 和 apart', () => {
    expect(namesIn('成都市和中国工商银行签约。', 'zh', 'org').map(([found]) => found)).toEqual(['中国工商银行']);
  });
});
