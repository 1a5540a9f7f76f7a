import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldPairs, readCedict, tableSource, TABLE_PATH } from '../../scripts/build-traditional.js';
import { entityKey } from '../../src/entities/index.js';
import { foldTraditional } from '../../src/entities/traditional.js';
import { SIMPLIFIED, TRADITIONAL } from '../../src/entities/traditional-table.js';

describe('the traditional → simplified table', () => {
  it('is what scripts/build-traditional.ts writes from CC-CEDICT', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(tableSource(foldPairs(readCedict())));
  }, 30_000);

  it('pairs one code unit with one, sorted by code, and folds each character once', () => {
    expect(SIMPLIFIED.length).toBe(TRADITIONAL.length);
    expect(TRADITIONAL.length).toBeGreaterThan(2500);
    for (let i = 1; i < TRADITIONAL.length; i++) expect(TRADITIONAL.charCodeAt(i)).toBeGreaterThan(TRADITIONAL.charCodeAt(i - 1));
    expect(foldTraditional(SIMPLIFIED)).toBe(SIMPLIFIED);
  });
});

describe('foldTraditional', () => {
  it.each([
    ['颱風警報：中央氣象署說，颱風將於週三登陸。', '台风警报：中央气象署说，台风将于周三登陆。'],
    ['總統府發佈新聞稿，獎勵計畫今年擴大。', '总统府发布新闻稿，奖励计画今年扩大。'],
    ['樂透彩頭獎累積至3億元，稅後約2.4億。', '乐透彩头奖累积至3亿元，税后约2.4亿。'],
    ['香港特區政府統計處', '香港特区政府统计处'],
    // Variants CEDICT lists under their own headword: Hong Kong writes 衞 for 衛.
    ['衞生署及食物及衞生局', '卫生署及食物及卫生局'],
    ['関西空港の豊田', '关西空港の丰田'],
  ])('folds %s', (traditional, simplified) => {
    const folded = foldTraditional(traditional);
    expect(folded).toBe(simplified);
    expect(folded.length).toBe(traditional.length);
  });

  it.each([
    '为什么要这么做？',
    '沈阳市政府召开会议，沈先生出席。',
    '后来他在里面发现了这份文件。',
    '从双方的角度看，姜汤和叁万元都不变。',
    'Taipei, Oct. 3 — 12.5% of 1,200 voters',
    '',
  ])('leaves simplified or Latin text as it is: %s', (text) => {
    expect(foldTraditional(text)).toBe(text);
  });
});

describe('keys of traditional names', () => {
  it.each([
    ['賴建謙', '赖建谦', 'person'],
    ['鄺綺雯', '邝绮雯', 'person'],
    ['臺灣銀行', '台湾银行', 'org'],
    ['經濟部標準檢驗局', '经济部标准检验局', 'org'],
    ['衞生防護中心', '卫生防护中心', 'org'],
  ] as const)('%s keys as %s', (traditional, simplified, type) => {
    expect(entityKey(traditional, 'zh', type)).toBe(entityKey(simplified, 'zh', type));
  });
});
