import { describe, expect, it } from 'vitest';
import { entityKey, entityMatch, sameEntity } from '../../src/entities/index.js';
import { sortWords } from '../../src/entities/key.js';
import type { EntityType } from '../../src/types.js';

/** [English name, Chinese name, type]: the same entity on both sides. */
const SAME: [string, string, EntityType][] = [
  ['Zhang Li', '张立', 'person'],
  ['Sun Wenlong', '孙文龙', 'person'],
  ['Wenlong Sun', '孙文龙', 'person'],
  ['Sun Wen-long', '孙文龙', 'person'],
  ['Peng Lan', '彭岚', 'person'],
  ['Valentin Makarov', '瓦伦汀•马卡洛夫', 'person'],
  ['Chongqing', '重庆', 'place'],
  ['Chongqing', '重庆市', 'place'],
  ['Changsha', '长沙', 'place'],
  ['Sichuan Province', '四川省', 'place'],
  ['China', '中国', 'place'],
  ['Russia', '俄罗斯', 'place'],
  ['Hong Kong', '香港', 'place'],
  ['Industrial and Commercial Bank of China', '中国工商银行', 'org'],
  ['ICBC', '中国工商银行', 'org'],
  ['Russian Software Industry Association', '俄罗斯软件行业协会', 'org'],
  ['Hong Kong Software Industry Association', '香港软件行业协会', 'org'],
  ['Open Atom Open Source Foundation', '开放原子开源基金会', 'org'],
  ['University of Electronic Science and Technology', '电子科技大学', 'org'],
  ['China Electronic Information Industry Development Research Institute', '中国电子信息产业发展研究院', 'org'],
  ['Sichuan Provincial Department of Economy and Information Technology', '四川省经济和信息化厅', 'org'],
  ['Chengdu Municipal Bureau of Economy and Information Technology', '成都市经济和信息化局', 'org'],
  ['Sichuan Provincial Party Committee', '四川省委', 'org'],
  ['Justin Trudeau', '贾斯廷·特鲁多', 'person'],
  ['Olaf Scholz', '奥拉夫·朔尔茨', 'person'],
  ['Scholz', '奥拉夫·朔尔茨', 'person'],
  ['German Foreign Ministry', '德国外交部', 'org'],
  ['Mianyang City', '绵阳市', 'place'],
  ['Kyiv', '基辅', 'place'],
  // 娜 reads nuo in most words and na in given names (CC-CEDICT: used esp. in female names).
  ['Fang Lina', '方丽娜', 'person'],
  ['Natasha', '娜塔莎', 'person'],
];

/** Pairs that must not match. */
const DIFFERENT: [string, string, EntityType][] = [
  ['Zhang Li', '张力伟', 'person'],
  ['Sun Wenlong', '宋文龙', 'person'],
  ['Wang Li', '张立', 'person'],
  ['Valentin Makarov', '弗拉基米尔•普京', 'person'],
  ['Chengdu', '重庆', 'place'],
  ['Russian Software Industry Association', '香港软件行业协会', 'org'],
  ['RUSSOFT', '俄罗斯软件行业协会', 'org'],
  ['Mianyang City', '德阳市', 'place'],
  ['Fang Lina', '方文龙', 'person'],
  ['Chengdu Municipal Bureau of Economy and Information Technology', '四川省经济和信息化厅', 'org'],
];

describe('entity keys across languages', () => {
  it.each(SAME)('%s = %s', (en, zh, type) => {
    const a = { value: entityKey(en, 'en', type), type };
    const b = { value: entityKey(zh, 'zh', type), type };
    expect(sameEntity(a, b)).toBe(true);
  });

  it.each(DIFFERENT)('%s ≠ %s', (en, zh, type) => {
    const a = { value: entityKey(en, 'en', type), type };
    const b = { value: entityKey(zh, 'zh', type), type };
    expect(sameEntity(a, b)).toBe(false);
  });

  it.each([
    ['张立', 'person', 'zhang li'],
    ['孙文龙', 'person', 'sun wenlong'],
    ['重庆', 'place', 'chongqing'],
    ['长沙', 'place', 'changsha'],
    ['单雄信', 'person', 'shan xiongxin'],
    ['欧阳修', 'person', 'ouyang xiu'],
    ['方丽娜', 'person', 'fang lina'],
    ['中国工商银行', 'org', 'icbc'],
  ] as const)('keys %s as %s', (name, type, key) => {
    expect(entityKey(name, 'zh', type)).toBe(key);
  });

  it('keys English names without a type by guessing it', () => {
    expect(entityKey('Industrial and Commercial Bank of China', 'en')).toBe('icbc');
    expect(entityKey('Chongqing', 'en')).toBe('chongqing');
    expect(entityKey('Zhang Li', 'en')).toBe('zhang li');
    expect(entityKey('Wenlong Sun', 'en')).toBe('sun wenlong');
    expect(entityKey('Green Climate Fund', 'en')).toBe('climate fund green');
    expect(entityKey('重庆市', 'zh')).toBe('chongqing');
  });

  it('scores transliterations high and unrelated names low', () => {
    expect(entityMatch('valentin makarov', entityKey('瓦伦汀•马卡洛夫', 'zh', 'person'))).toBeGreaterThanOrEqual(0.9);
    expect(entityMatch('zhang li', 'zhang li')).toBe(1);
    expect(entityMatch('valentin makarov', 'zhang li')).toBeLessThan(0.5);
    expect(sameEntity({ value: 'chongqing', type: 'place' }, { value: 'chongqing', type: 'org' })).toBe(false);
  });
});

describe('organization keys across head nouns', () => {
  const same = (zh: string, en: string): boolean =>
    sameEntity({ value: entityKey(zh, 'zh', 'org'), type: 'org' }, { value: entityKey(en, 'en', 'org'), type: 'org' });

  it.each([
    ['中国社会科学研究院', 'Chinese Academy of Social Sciences'],
    ['国家能源委员会', 'National Energy Commission'],
    ['上海旅游研究中心', 'Shanghai Tourism Research Center'],
    ['上海旅游研究中心', 'Shanghai Tourism Center'],
  ])('%s = %s', (zh, en) => {
    expect(same(zh, en)).toBe(true);
  });

  it('a one-word place in the name meets its other spelling', () => {
    expect(entityKey('Kiev Economic Institute', 'en', 'org')).toBe(entityKey('Kyiv Economic Institute', 'en', 'org'));
  });

  it.each([
    ['中国旅游研究院', 'China Tourism Group'],
    ['国家能源委员会', 'National Health Commission'],
  ])('%s is not %s', (zh, en) => {
    expect(same(zh, en)).toBe(false);
  });
});

describe('acronyms against the names they stand for', () => {
  const key = (name: string, lang: 'en' | 'zh') => entityKey(name, lang, 'org');
  it.each([
    ['NBS', '国家统计局', 'zh'],
    ['ONS', 'Office for National Statistics', 'en'],
    ['WWF', 'World Wildlife Fund', 'en'],
  ] as const)('%s ~ %s', (acronym, name, lang) => {
    expect(entityMatch(key(acronym, 'en'), key(name, lang))).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['NBS', 'National Broadcasting Service Authority'],
    ['NBA', 'Office for National Statistics'],
    ['LIU', 'Liu Yang'],
  ])('%s is not %s', (acronym, name) => {
    expect(entityMatch(key(acronym, 'en'), key(name, 'en'))).toBeLessThan(0.8);
  });
});

describe('sortWords', () => {
  it.each([
    [[]],
    [['software']],
    [['software', 'association', 'hong', 'kong', 'industry', 'hong']],
    [['b2', 'b10', 'a', 'B', 'z9', '1st', 'a']],
    // Past the insertion limit: a shouting run of capitals read as one name.
    [Array.from({ length: 40 }, (_, k) => `w${(k * 7) % 13}`)],
  ])('orders %j as sort() does', (words) => {
    const expected = [...words].sort();
    expect(sortWords([...words])).toEqual(expected);
  });
});
