import { describe, expect, it } from 'vitest';
import { entityKey, sameEntity } from '../../src/entities/index.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { extractEntities as chineseEntities } from '../../src/locales/zh/entities.js';
import { extractEntities } from '../../src/pipeline/entities.js';
import { loadLexicon } from '../../src/index.js';

const places = (found: { start: number; end: number; value: unknown; type?: string }[], text: string): [string, string][] =>
  found.filter((c) => c.type === 'place').map((c) => [text.slice(c.start, c.end), String(c.value)]);

describe('Taiwan and Hong Kong divisions in Chinese text', () => {
  it.each([
    ['臺中市政府今天宣布，南投縣將與台東縣合作。', [['南投縣', 'nantou'], ['台東縣', 'taitung']]],
    ['彰化縣和雲林縣的農民', [['彰化縣', 'changhua'], ['雲林縣', 'yunlin']]],
    ['嘉義市與嘉義縣分屬兩個行政區', [['嘉義市', 'chiayi city'], ['嘉義縣', 'chiayi county']]],
    ['新北市、桃園市、高雄市的人口', [['新北市', 'new taipei'], ['桃園市', 'taoyuan'], ['高雄市', 'kaohsiung']]],
    ['住在沙田和荃灣的居民', [['沙田', 'sha tin'], ['荃灣', 'tsuen wan']]],
    ['香港島、九龍及新界', [['香港島', 'hong kong island'], ['九龍', 'kowloon'], ['新界', 'new territories']]],
    ['九龍城的舊樓', [['九龍城', 'kowloon city']]],
  ] as const)('%s', (text, expected) => {
    expect(places(chineseEntities(text), text)).toEqual(expected);
  });

  it.each([
    ['臺中市長林家豪昨天表示', [['臺中', 'taichung']]],
    ['南投縣長出席典禮', [['南投', 'nantou']]],
    ['北京市长王明表示', [['北京', 'beijing']]],
  ] as const)('a head of the place keeps its suffix: %s', (text, expected) => {
    expect(places(chineseEntities(text), text)).toEqual(expected);
  });

  it.each(['台中的天氣很好。', '南投的茶很有名。', '新北部的山區下雨', '台南的小吃', '台东部沿海', '台中長期合作'])('no place in %s: the short form is an ordinary word', (text) => {
    expect(places(chineseEntities(text), text)).toEqual([]);
  });
});

describe('Taiwan and Hong Kong divisions in English text', () => {
  it.each([
    ['Officials from Taichung and New Taipei City met in Nantou County.', [['Taichung', 'taichung'], ['New Taipei City', 'new taipei'], ['Nantou County', 'nantou']]],
    ['Flats in Sha Tin and Kowloon City cost more.', [['Sha Tin', 'sha tin'], ['Kowloon City', 'kowloon city']]],
    ['Chiayi County lies south of Yunlin.', [['Chiayi County', 'chiayi county'], ['Yunlin', 'yunlin']]],
  ] as const)('%s', (text, expected) => {
    expect(places(englishEntities(text), text)).toEqual(expected);
  });
});

describe('keys across languages', () => {
  const key = (name: string, lang: 'en' | 'zh'): { value: string; type: 'place' } => ({ value: entityKey(name, lang, 'place'), type: 'place' });
  it.each([
    ['Taichung', '臺中市'], ['Taichung City', '台中市'], ['Kaohsiung', '高雄'], ['Nantou County', '南投縣'],
    ['Hualien County', '花蓮縣'], ['Sha Tin District', '沙田區'], ['Tsuen Wan', '荃灣'], ['New Territories', '新界'],
    ['Hsinchu City', '新竹市'], ['Keelung', '基隆市'],
  ])('%s = %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(true));
  it.each([
    ['Chiayi County', '嘉義市'], ['Hsinchu County', '新竹市'], ['Tuen Mun', '元朗'], ['Taichung', '台南市'],
  ])('%s ≠ %s', (en, zh) => expect(sameEntity(key(en, 'en'), key(zh, 'zh'))).toBe(false));
});

describe('short forms of Taiwan\'s divisions that are also ordinary words', () => {
  const placesIn = (text: string): string[] => extractEntities(text, 'zh', { longestWord: (t: string, from: number, to: number) => loadLexicon().longestWord?.(t, from, to) ?? from })
    .filter((e) => e.type === 'place').map((e) => text.slice(e.start, e.end));

  it.each([
    ['新制度10月已在台中試辦。', ['台中']],
    ['航班將改飛台中國際機場。', ['台中']],
    ['他在臺南出生。', ['臺南']],
    // after 以 that sets the scene, and opening a sentence before the particle 的
    ['电影以台南为背景。', ['台南']],
    ['小说以台中一个渔村为背景。', ['台中']],
    ['台中的房价去年上涨。', ['台中']],
  ])('are read after a word that goes before places: %s', (text, expected) => {
    expect(placesIn(text)).toEqual(expected);
  });

  it.each([['演员站在舞台中央。'], ['平台中的数据很多。'], ['南投资者的信心'], ['王台中说'], ['所以台中央的决定']])('are pieces of other words in %s', (text) => {
    expect(placesIn(text)).toEqual([]);
  });
});
