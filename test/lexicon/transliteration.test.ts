import { describe, expect, it } from 'vitest';
import { SAME_ENTITY_THRESHOLD, transliterationMatch } from '../../src/entities/match.js';
import { entityKey } from '../../src/entities/key.js';
import { sameEntity } from '../../src/entities/match.js';

describe('transliterated names', () => {
  it.each([
    ['肖尔茨', 'Scholz'],
    ['莫拉维茨基', 'Morawiecki'],
    ['马泰乌什·莫拉维茨基', 'Mateusz Morawiecki'],
    ['达姆施塔特', 'Darmstadt'],
    ['马泰乌什', 'Mateusz'],
    ['泽连斯基', 'Zelensky'],
    ['马克龙', 'Macron'],
    ['奥拉夫·肖尔茨', 'Olaf Scholz'],
    ['安格拉·默克尔', 'Angela Merkel'],
    ['斯德哥尔摩', 'Stockholm'],
    ['杜塞尔多夫', 'Düsseldorf'],
    ['卡托维兹', 'Katowice'],
  ])('%s ~ %s', (zh, en) => {
    expect(transliterationMatch(zh, en)).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  it.each([
    ['肖尔茨', 'Schmidt'],
    ['莫拉维茨基', 'Moravec'],
    ['达姆施塔特', 'Dortmund'],
    ['马克龙', 'Merkel'],
    ['泽连斯基', 'Zurich'],
    ['奥拉夫·肖尔茨', 'Olaf Palme'],
    ['斯德哥尔摩', 'Strasbourg'],
  ])('%s is not %s', (zh, en) => {
    expect(transliterationMatch(zh, en)).toBeLessThan(SAME_ENTITY_THRESHOLD);
  });

  it('meets through entity keys of people', () => {
    const zh = { value: entityKey('马泰乌什·莫拉维茨基', 'zh', 'person'), type: 'person' as const };
    const en = { value: entityKey('Mateusz Morawiecki', 'en', 'person'), type: 'person' as const };
    expect(sameEntity(zh, en)).toBe(true);
    expect(sameEntity({ value: entityKey('肖尔茨', 'zh', 'person'), type: 'person' }, { value: entityKey('Scholz', 'en', 'person'), type: 'person' })).toBe(true);
  });
});

describe('CC-CEDICT proper nouns in entity keys', () => {
  it.each([
    ['华沙', 'Warsaw', 'place'],
    ['慕尼黑', 'Munich', 'place'],
    ['默克尔', 'Merkel', 'person'],
  ] as const)('%s ~ %s', (zh, en, type) => {
    expect(sameEntity({ value: entityKey(zh, 'zh', type), type }, { value: entityKey(en, 'en', type), type })).toBe(true);
  });

  it('keeps other places apart', () => {
    expect(sameEntity({ value: entityKey('华沙', 'zh', 'place'), type: 'place' }, { value: entityKey('Krakow', 'en', 'place'), type: 'place' })).toBe(false);
  });
});
