import { describe, expect, it } from 'vitest';
import { sameEntity } from '../../src/entities/index.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { peopleIn } from './people.js';

const people = (text: string): string[] => peopleIn(text, 'zh').map(([name]) => name);

describe('dotted foreign names with a character the transliteration tables leave out', () => {
  it.each([
    ['电动车公司首席执行官埃隆·马斯克参观了工厂。', ['埃隆·马斯克']],
    ['埃隆·马斯克说', ['埃隆·马斯克']],
    ['前总统路易斯·伊纳西奥·卢拉·达席尔瓦表示', ['伊纳西奥·卢拉·达席尔瓦']],
    ['瓦伦汀•马卡洛夫出席', ['瓦伦汀•马卡洛夫']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // a verb after a name is no part of it, and a name dot is no name without a part of two on each side
    ['埃隆·马斯克抵达巴西', ['埃隆·马斯克']],
    ['马斯克抵达码头', ['马斯克']],
    ['码头抵达时间', []],
    ['第一·二季度', []],
    ['理·论', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keys one as the English spelling of the same name', () => {
    const [zh] = people('首席执行官埃隆·马斯克说');
    const en = englishEntities('Chief executive Elon Musk said').find((c) => c.type === 'person');
    expect(zh).toBe('埃隆·马斯克');
    const key = peopleIn('首席执行官埃隆·马斯克说', 'zh')[0]![1];
    expect(sameEntity({ type: 'person', value: key }, { type: 'person', value: String(en!.value) })).toBe(true);
  });
});
