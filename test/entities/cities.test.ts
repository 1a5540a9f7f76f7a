import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cedictCities, cedictCityProvinces, citiesTableSource, CITIES_TABLE_PATH } from '../../scripts/build-cities.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { namesIn } from './people.js';
import { align } from '../../src/index.js';

type Entry = Parameters<typeof cedictCities>[0][number];

describe('the cities CC-CEDICT glosses', () => {
  it('are what scripts/build-cities.ts writes', () => {
    const entries = readCedict() as Entry[];
    expect(readFileSync(CITIES_TABLE_PATH, 'utf8')).toBe(citiesTableSource(cedictCities(entries), cedictCityProvinces(entries)));
  }, 30_000);

  it('give each city its province, and none to a name two provinces share', () => {
    const entries: Entry[] = [
      ['甲乙市', '甲乙市', 'Jia3 yi3 Shi4', 'Jiayi, prefecture-level city in Hebei Province 河北省[He2 bei3 Sheng3]'],
      ['丙丁市', '丙丁市', 'Bing3 ding1 Shi4', 'Bingding, sub-provincial city and capital of Hunan Province 湖南省[Hu2 nan2 Sheng3]'],
      ['戊己市', '戊己市', 'Wu4 ji3 Shi4', 'Wuji, prefecture-level city in Inner Mongolia Autonomous Region 內蒙古自治區'],
      ['庚辛市', '庚辛市', 'Geng1 xin1 Shi4', 'Gengxin, prefecture-level city in Anhui Province'],
      ['更新市', '更新市', 'Geng1 xin1 Shi4', 'Gengxin, prefecture-level city in Jiangsu Province'],
    ];
    expect(cedictCityProvinces(entries)).toEqual([['Bingding', 'Hunan'], ['Jiayi', 'Hebei'], ['Wuji', 'Inner Mongolia']]);
  });

  it('put a city whose gloss names the city above it in that city\'s province', () => {
    const entries: Entry[] = [
      ['甲乙市', '甲乙市', 'Jia3 yi3 Shi4', 'Jiayi, prefecture-level city in Hebei Province 河北省[He2 bei3 Sheng3]'],
      ['壬癸市', '壬癸市', 'Ren2 gui3 Shi4', 'Rengui prefecture-level city in Jiayi 甲乙[Jia3 yi3], south Hebei'],
      ['子丑市', '子丑市', 'Zi3 chou3 Shi4', 'Zichou prefecture-level city in Gengxin 庚辛[Geng1 xin1], north Anhui'],
      ['庚辛市', '庚辛市', 'Geng1 xin1 Shi4', 'Gengxin, prefecture-level city in Anhui Province'],
      ['更新市', '更新市', 'Geng1 xin1 Shi4', 'Gengxin, prefecture-level city in Jiangsu Province'],
      ['寅卯市', '寅卯市', 'Yin2 mao3 Shi4', 'Yinmao, prefecture-level city in Yinmao Province'],
    ];
    expect(cedictCityProvinces(entries)).toEqual([['Jiayi', 'Hebei'], ['Rengui', 'Hebei'], ['Yinmao', 'Yinmao']]);
  });

  it('keep a name without 市 only where no other word holds its characters', () => {
    const entries: Entry[] = [
      ['甲乙市', '甲乙市', 'Jia3 yi3 Shi4', 'Jiayi, prefecture-level city in Hebei Province'],
      ['甲乙', '甲乙', 'Jia3 yi3', 'see 甲乙市[Jia3 yi3 Shi4]'],
      ['甲乙區', '甲乙区', 'Jia3 yi3 Qu1', 'Jiayi district of Jiayi city'],
      ['丙丁市', '丙丁市', 'Bing3 ding1 Shi4', 'Bingding, sub-provincial city in Hunan Province'],
      ['丙丁戊', '丙丁戊', 'bing3 ding1 wu4', 'a kind of cake'],
      ['己庚市', '己庚市', 'Ji3 geng1 Shi4', 'Jigeng county-level city in Hunan Province'],
    ];
    expect(cedictCities(entries)).toEqual([['丙丁市', 'Bingding'], ['甲乙', 'Jiayi']]);
  });

  it('read a common noun of places (port, harbor) as a word that holds the name', () => {
    const entries: Entry[] = [
      ['甲乙市', '甲乙市', 'Jia3 yi3 Shi4', 'Jiayi, prefecture-level city in Hebei Province'],
      ['甲乙', '甲乙', 'jia3 yi3', ['port', 'harbor']],
      ['丙丁市', '丙丁市', 'Bing3 ding1 Shi4', 'Bingding, prefecture-level city in Hunan Province'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Bingding Park, a park of Bingding'],
    ];
    expect(cedictCities(entries)).toEqual([['丙丁', 'Bingding'], ['甲乙市', 'Jiayi']]);
  });

  it('keep it where the other word names the city in its gloss', () => {
    const entries: Entry[] = [
      ['甲乙市', '甲乙市', 'Jia3 yi3 Shi4', 'Jiayi, prefecture-level city in Hebei Province'],
      ['甲乙大學', '甲乙大学', 'Jia3 yi3 Da4 xue2', 'Jiayi University'],
      ['甲乙糕', '甲乙糕', 'Jia3 yi3 gao1', 'Jiayi cake, a pastry of the city'],
      ['丙丁市', '丙丁市', 'Bing3 ding1 Shi4', 'Bingding, prefecture-level city in Hunan Province'],
      ['丙丁戊', '丙丁戊', 'bing3 ding1 wu4', 'sandwich'],
    ];
    expect(cedictCities(entries)).toEqual([['丙丁市', 'Bingding'], ['甲乙', 'Jiayi']]);
  });
});

describe('cities in running text', () => {
  it.each([
    ['Flooding hit Shaoguan and Qingyuan on Sunday.', 'en', ['Shaoguan', 'Qingyuan']],
    ['周日，韶关和清远遭遇洪水。', 'zh', ['韶关', '清远']],
    // CEDICT's 苏州大学 names the city: the bare name stays a place
    ['比赛将于下月在苏州和扬州举行。', 'zh', ['苏州', '扬州']],
    ['Officials in Lu\'an said the dam held.', 'en', ['Lu\'an']],
  ] as const)('%s', (text, lang, expected) => {
    expect(namesIn(text, lang, 'place').map(([name]) => name)).toEqual(expected);
  });

  it.each([
    // a sandwich and guests: the characters of 三明 and 来宾 without 市 are other words
    ['他点了一份三明治。', []],
    ['各位来宾请入座。', []],
    ['来宾市的工厂复工了。', ['来宾市']],
  ])('%s', (text, expected) => {
    expect(namesIn(text, 'zh', 'place').map(([name]) => name)).toEqual(expected);
  });

  it.each([
    // 日照 (sunshine) is listed as 日照市: bare only right after its province
    ['试验船在山东日照附近海域完成测试。', ['山东', '日照']],
    ['山东省日照市新建了港口。', ['山东省', '日照市']],
    ['这片山坡日照充足。', []],
    ['广东日照充足。', ['广东']],
    // 中山 (中山市) as an item of a list of places, not 中山大学 nor a name
    ['专线连接深圳、珠海、东莞及中山）等城市。', ['深圳', '珠海', '东莞', '中山']],
    ['广州和中山。', ['广州', '中山']],
    ['广州和中山大学签约。', ['广州']],
  ])('a city right after its province or in a list of places: %s', (text, expected) => {
    expect(namesIn(text, 'zh', 'place').map(([name]) => name)).toEqual(expected);
  });

  it('reads a county right after a province though a word runs into it from the province (东海 of 山东海阳)', () => {
    const zhPlaces = (text: string) => align(`The race was held there.\n\n${text}\n`).facts.filter((f) => f.lang === 'zh' && f.type === 'place').map((f) => f.raw);
    expect(zhPlaces('比赛在山东海阳举行。')).toEqual(['山东', '海阳']);
    expect(zhPlaces('渔船驶入东海阳光下的港湾。')).toEqual([]);
  });

  it('pairs a city with its English name in a whole run', () => {
    const result = align('The new line links Shaoguan with Ganzhou.\n新线路连接韶关和赣州。\n');
    const places = result.facts.filter((f) => f.kind === 'entity' && f.type === 'place');
    expect(places.map((f) => f.value)).toEqual(['shaoguan', 'ganzhou', 'shaoguan', 'ganzhou']);
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});
