import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cedictPeople, peopleTableSource, PEOPLE_TABLE_PATH } from '../../scripts/build-people.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { sameEntity } from '../../src/entities/index.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { peopleIn } from './people.js';

type Entry = Parameters<typeof cedictPeople>[0][number];

const people = (text: string): [string, string][] => peopleIn(text, 'zh');

describe('the people CC-CEDICT lists', () => {
  it('are what scripts/build-people.ts writes', () => {
    expect(readFileSync(PEOPLE_TABLE_PATH, 'utf8')).toBe(peopleTableSource(cedictPeople(readCedict() as Entry[])));
  }, 30_000);

  it('keep three-character names with an English name of two to four words', () => {
    const entries: Entry[] = [
      ['甲乙丙', '甲乙丙', 'Jia3 Yi3 bing3', ['Jia Yibing (1901-1980), poet']],
      ['甲乙', '甲乙', 'Jia3 Yi3', ['Jia Yi (1901-1980), poet']],
      ['丁戊己', '丁戊己', 'Ding1 Wu4 ji3', ['Emperor Ding of the Later Wu dynasty (reigned 900-910)']],
      ['庚辛壬', '庚辛壬', 'geng1 xin1 ren2', ['a common phrase (1901-1980)']],
    ];
    expect(cedictPeople(entries)).toEqual([['甲乙丙', 'Jia Yibing']]);
  });
});

describe('listed people in running text', () => {
  it.each([
    ['国家主席习近平6日在巴黎举行会谈。', [['习近平', 'xi jinping']]],
    ['習近平表示', [['習近平', 'xi jinping']]],
    ['他研究毛泽东的诗词。', [['毛泽东', 'mao zedong']]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keys a name by the English its gloss gives, as the English side writes it', () => {
    const [[, zh]] = people('利玛窦来到北京。') as [[string, string]];
    const en = englishEntities('Matteo Ricci arrived in Beijing.').find((c) => c.type === 'person')!;
    expect(sameEntity({ type: 'person', value: zh }, { type: 'person', value: String(en.value) })).toBe(true);
  });

  it.each(['学生复习近代史。', '毛泽西路口', '近平均水平'])('no listed person in %s', (text) => {
    expect(people(text).filter(([, key]) => key === 'xi jinping' || key === 'mao zedong')).toEqual([]);
  });
});
