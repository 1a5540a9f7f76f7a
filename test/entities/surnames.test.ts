import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { peopleIn } from './people.js';
import { cedictSurnames, surnameTableSource, SURNAME_TABLE_PATH } from '../../scripts/build-surnames.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { sameEntity } from '../../src/entities/index.js';
import { chineseSurnameAt } from '../../src/entities/names.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { extractEntities } from '../../src/locales/zh/entities.js';

type Entry = Parameters<typeof cedictSurnames>[0][number];

const people = (text: string): [string, string][] => peopleIn(text, 'zh');

describe('the surnames CC-CEDICT adds', () => {
  it('are what scripts/build-surnames.ts writes', () => {
    expect(readFileSync(SURNAME_TABLE_PATH, 'utf8')).toBe(surnameTableSource(cedictSurnames(readCedict() as Entry[])));
  }, 30_000);

  it('hold surnames common in Taiwan and Hong Kong, not characters that mostly start words', () => {
    for (const c of ['赖', '洪', '丘', '禤', '傅']) expect(chineseSurnameAt(c + '明德', 0, true)).toBe(c);
    for (const c of ['也', '怕', '港', '清', '达', '中', '三']) expect(chineseSurnameAt(c + '明德', 0, true)).toBeUndefined();
    // Not in running text without `rare`.
    expect(chineseSurnameAt('赖明德', 0)).toBeUndefined();
  });
});

describe('names with a surname CC-CEDICT adds', () => {
  it.each([
    ['總統賴明輝今天表示，經濟將好轉。', '賴明輝', 'lai minghui'],
    ['賴明輝總統出席典禮。', '賴明輝', 'lai minghui'],
    ['立法會副主席洪秀蘭出席會議。', '洪秀蘭', 'hong xiulan'],
    ['議員禤家豪表示支持。', '禤家豪', 'xuan jiahao'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toContainEqual([name, key]);
  });

  it.each([
    '总统也表示支持这项计划。',
    '部长也是如此。',
    '教授怕麻烦。',
    '部长清晰地说，计划不变。',
    '主席达成共识后离开。',
    '市长京港两地奔波。',
    '董事长洪水过后表示关注。',
    '經理賴以生存的是客戶。',
  ])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('a romanized name matches the Chinese one', () => {
    const [en] = englishEntities('President Lai Ming-hui said the economy would improve.').filter((c) => c.type === 'person');
    const [zh] = extractEntities('總統賴明輝今天表示，經濟將好轉。').filter((c) => c.type === 'person');
    expect(en && zh && sameEntity(en, zh)).toBe(true);
  });
});
