import { describe, expect, it } from 'vitest';
import { peopleIn } from './people.js';
import { entityKey, sameEntity } from '../../src/entities/index.js';
import { isRomanizedSyllable, pinyinSyllableCount, splitPinyin } from '../../src/entities/romanize.js';
import type { EntityType } from '../../src/types.js';

describe('isRomanizedSyllable', () => {
  it.each(['Tsai', 'ing', 'wen', 'Hsu', 'hsien', 'loong', 'Leung', 'cheuk', 'tzu', 'chih', 'Kwok', 'Yeung', 'Wing', 'shek', 'Ng', 'jen', 'hsueh', 'wah', 'Kah'])(
    '%s is one syllable',
    (w) => expect(isRomanizedSyllable(w)).toBe(true),
  );
  it.each(['Coca', 'Cola', 'well', 'known', 'Wi', 'Fi', 'Hi', 'Rolls', 'based', 'Macau', 'op', 'TsaiIng', 'wen2', ''])(
    '%s is not',
    (w) => expect(isRomanizedSyllable(w)).toBe(false),
  );
});

describe('splitPinyin', () => {
  it('cuts a pinyin word into as many syllables as asked', () => {
    expect(splitPinyin('yingwen', 2)).toEqual(['ying', 'wen']);
    expect(splitPinyin('xian', 2)).toEqual(['xi', 'an']);
    expect(splitPinyin('xian', 1)).toEqual(['xian']);
    expect(splitPinyin('kinman', 3)).toBeUndefined();
    expect(splitPinyin('smith', 1)).toBeUndefined();
  });
});

const people = (text: string): [string, string][] => peopleIn(text, 'en');

describe('hyphenated romanized names in English text', () => {
  it.each([
    ['Legislator Lin Chia-hao said the bill would pass.', 'Lin Chia-hao', 'lin chia-hao'],
    ['The prize went to Chen Yi-ting of Kaohsiung.', 'Chen Yi-ting', 'chen yi-ting'],
    ['Taichung councillor Hsu Mei-ling’s office confirmed it.', 'Hsu Mei-ling', 'hsu mei-ling'],
    ['District officer Leung Ka-wai opened the market on Friday.', 'Leung Ka-wai', 'leung ka-wai'],
    ['Mei-ling Hsu, a nurse, spoke first.', 'Mei-ling Hsu', 'hsu mei-ling'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toContainEqual([name, key]);
  });

  it.each([
    'The café sells Coca-Cola and offers free Wi-Fi to guests.',
    'A well-known chef said Wi-Fi was slow.',
    'He said Wi-Fi access was free at Taoyuan airport.',
    'Rolls-Royce said the engines were fine.',
    'The Hong Kong-based firm said profits rose.',
  ])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

/** [English name, Chinese name]: one person. */
const SAME: [string, string][] = [
  ['Lin Chia-hao', '林家豪'],
  ['Chen Yi-ting', '陳怡婷'],
  ['Hsu Mei-ling', '許美玲'],
  ['Chou Tzu-hsuan', '周子萱'],
  ['Wu Chih-wei', '吳志偉'],
  ['Ko Wen-chieh', '柯文傑'],
  ['Mei-ling Hsu', '许美玲'],
  ['Sun Wen-long', '孙文龙'],
  ['Leung Ka-wai', '梁家偉'],
];

/** Different people. */
const DIFFERENT: [string, string][] = [
  ['Lin Chia-hao', '林家明'],
  ['Chen Yi-ting', '程怡婷'],
  ['Hsu Mei-ling', '徐志强'],
  ['Wu Chih-wei', '吴志明'],
  ['Sun Wen-long', '宋文龙'],
];

describe('romanized names against Chinese names by sound', () => {
  const key = (name: string, lang: 'en' | 'zh'): { value: string; type: EntityType } => ({ value: entityKey(name, lang, 'person'), type: 'person' });
  it.each(SAME)('%s = %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(true));
  it.each(DIFFERENT)('%s ≠ %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(false));
});

/** Hong Kong spellings of Cantonese against the Chinese names (invented). */
const HONG_KONG_SAME: [string, string][] = [
  ['Lam Cheuk-man', '林卓文'],
  ['Chan Kwok-ki', '陳國基'],
  ['Wong Yuk-ming', '黃玉明'],
  ['Cheung Kin-chung', '張建中'],
  ['Ng Wing-ka', '吳永嘉'],
  ['Tsang Chi-hung', '曾志雄'],
  ['Yeung Siu-fai', '楊少輝'],
  ['Leung Hoi-yan', '梁海仁'],
];

const HONG_KONG_DIFFERENT: [string, string][] = [
  ['Chan Kwok-ki', '陳國強'],
  ['Chan Kwok-ki', '陳家琪'],
  ['Lam Cheuk-man', '林志明'],
  ['Wong Yuk-ming', '黃玉文'],
  ['Cheung Kin-chung', '張建國'],
  ['Ng Wing-ka', '吳永強'],
  ['Tsang Chi-hung', '曾志明'],
  ['Yeung Siu-fai', '楊少華'],
];

describe('Hong Kong Cantonese spellings against Chinese names, syllable by syllable', () => {
  const key = (name: string, lang: 'en' | 'zh'): { value: string; type: EntityType } => ({ value: entityKey(name, lang, 'person'), type: 'person' });
  it.each(HONG_KONG_SAME)('%s = %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(true));
  it.each(HONG_KONG_DIFFERENT)('%s ≠ %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(false));
});

describe('an English given name before a Hong Kong name', () => {
  const key = (name: string, lang: 'en' | 'zh'): { value: string; type: EntityType } => ({ value: entityKey(name, lang, 'person'), type: 'person' });
  it.each([
    ['Martin Wong Kam-ming', '黃錦明'],
    ['Grace Chan Wai-ling', '陳慧玲'],
    ['Kenneth Lau Tat-wing', '劉達榮'],
  ])('%s = %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(true));
  it.each([
    ['Martin Wong Kam-ming', '陳慧玲'],
    ['Grace Chan Wai-ling', '陳國明'],
    ['Martin Wong', '黃錦明'],
  ])('%s ≠ %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(false));
});

describe('offices that stand before a name in Hong Kong, Macao and Taiwan news and elsewhere', () => {
  it.each([
    ['財政司司長黃錦明星期三表示', '黃錦明'],
    ['行政長官陳慧玲出席典禮', '陳慧玲'],
    ['央行行长刘达荣说', '刘达荣'],
    ['主教练王建国表示', '王建国'],
  ])('%s', (text, name) => expect(peopleIn(text, 'zh').map(([found]) => found)).toEqual([name]));
  it.each(['公司长期亏损。', '银行长期贷款利率下调。', '团队长期驻守。'])('no person in %s', (text) => expect(peopleIn(text, 'zh')).toEqual([]));
});

describe('a name after a title of two departments', () => {
  it('is the romanized name, not a department word and the surname', () => {
    expect(peopleIn('Secretary for Economy and Finance Lei Wai Lun opened the new pier on Monday.', 'en').map(([name]) => name)).toEqual(['Lei Wai Lun']);
  });

  it('takes a given name of one or two pinyin syllables apart from its surname, and no English word of three', () => {
    expect(pinyinSyllableCount('weinong')).toBe(2);
    expect(pinyinSyllableCount('finance')).toBe(3);
    expect(pinyinSyllableCount('smith')).toBe(0);
    expect(peopleIn('Secretary for Security and Finance Guo Tingting met the delegation.', 'en').map(([name]) => name)).toEqual(['Guo Tingting']);
  });
});
