import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/entities/index.js';
import { matchFacts } from '../../src/format/counterparts.js';
import type { EntityType, Fact, Lang } from '../../src/types.js';

let next = 0;
function entity(raw: string, lang: Lang, type: EntityType): Fact {
  next++;
  return { id: `f${next}`, block: 'b1', kind: 'entity', raw, value: entityKey(raw, lang, type), type, lang, start: next, end: next + 1, line: 1, column: next };
}
function number(raw: string, value: number, lang: Lang): Fact {
  next++;
  return { id: `f${next}`, block: 'b1', kind: 'number', raw, value, lang, start: next, end: next + 1, line: 1, column: next };
}
function money(raw: string, value: number, unit: string, lang: Lang): Fact {
  next++;
  return { id: `f${next}`, block: 'b1', kind: 'money', raw, value, unit, approx: false, lang, start: next, end: next + 1, line: 1, column: next };
}
function year(raw: string, value: string, lang: Lang): Fact {
  next++;
  return { id: `f${next}`, block: 'b1', kind: 'date', raw, value, lang, start: next, end: next + 1, line: 1, column: next };
}
const raws = (couples: [Fact, Fact][]): [string, string][] => couples.map(([a, b]) => [a.raw, b.raw]);

describe('matchFacts', () => {
  it('pairs a year read as a number with the year read as a date, and no other number', () => {
    const en = [number('2026', 2026, 'en'), number('2,026', 2026, 'en')];
    const zh = [year('2026年', '2026', 'zh'), year('2026年', '2026', 'zh')];
    const { matched, enOnly, zhOnly } = matchFacts(en, zh);
    expect(raws(matched)).toEqual([['2026', '2026年']]);
    expect(enOnly.map((f) => f.raw)).toEqual(['2,026']);
    expect(zhOnly).toHaveLength(1);
  });

  it('pairs names whose keys differ but match (a romanized name and its characters)', () => {
    const en = [entity('Lin Chia-hao', 'en', 'person'), number('12', 12, 'en'), entity('Taichung', 'en', 'place')];
    const zh = [entity('臺中市', 'zh', 'place'), number('12', 12, 'zh'), entity('林家豪', 'zh', 'person')];
    const { matched, enOnly, zhOnly } = matchFacts(en, zh);
    expect(raws(matched)).toEqual([['Lin Chia-hao', '林家豪'], ['12', '12'], ['Taichung', '臺中市']]);
    expect(enOnly).toEqual([]);
    expect(zhOnly).toEqual([]);
  });

  it('pairs the better-matching name first', () => {
    const en = [entity('Chen Yi-ting', 'en', 'person')];
    const zh = [entity('程怡婷', 'zh', 'person'), entity('陳怡婷', 'zh', 'person')];
    const { matched, zhOnly } = matchFacts(en, zh);
    expect(raws(matched)).toEqual([['Chen Yi-ting', '陳怡婷']]);
    expect(zhOnly.map((f) => f.raw)).toEqual(['程怡婷']);
  });

  it('leaves apart names that do not match, and entities of different types', () => {
    const en = [entity('Wu Chih-wei', 'en', 'person'), entity('Kaohsiung', 'en', 'place'), entity('Hsu Mei-ling', 'en', 'person')];
    const zh = [entity('吳志明', 'zh', 'person'), entity('台南市', 'zh', 'place'), { ...entity('許美玲', 'zh', 'person'), type: 'org' as const }];
    const { matched, enOnly, zhOnly } = matchFacts(en, zh);
    expect(matched).toEqual([]);
    expect(enOnly.map((f) => f.raw)).toEqual(['Wu Chih-wei', 'Kaohsiung', 'Hsu Mei-ling']);
    expect(zhOnly.map((f) => f.raw)).toEqual(['吳志明', '台南市', '許美玲']);
  });

  it('still pairs numbers by equal value only', () => {
    const { matched, enOnly, zhOnly } = matchFacts([number('12', 12, 'en')], [number('13', 13, 'zh')]);
    expect(matched).toEqual([]);
    expect(enOnly).toHaveLength(1);
    expect(zhOnly).toHaveLength(1);
  });

  it('pairs a bare $ with a bare 元 of the same amount where the Chinese is a Hong Kong or Taiwan text', () => {
    const en = [money('$350', 350, 'USD', 'en'), money('$2.4 billion', 2.4e9, 'USD', 'en')];
    const zh = [money('24億元', 2.4e9, 'CNY', 'zh'), money('350元', 350, 'CNY', 'zh')];
    expect(raws(matchFacts(en, zh, true).matched)).toEqual([['$350', '350元'], ['$2.4 billion', '24億元']]);
    // in simplified text 元 is the yuan: no dollar
    expect(matchFacts(en, zh, false).matched).toEqual([]);
  });

  it('pairs a bare $ with any dollar, never amounts that differ or named currencies that differ', () => {
    const en = [money('$80', 80, 'USD', 'en'), money('$90', 90, 'USD', 'en'), money('€5', 5, 'EUR', 'en')];
    const zh = [money('80港元', 80, 'HKD', 'zh'), money('95港元', 95, 'HKD', 'zh'), money('5英镑', 5, 'GBP', 'zh')];
    const { matched, enOnly } = matchFacts(en, zh, true);
    expect(raws(matched)).toEqual([['$80', '80港元']]);
    expect(enOnly.map((f) => f.raw)).toEqual(['$90', '€5']);
  });
});
