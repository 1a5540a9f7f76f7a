import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cedictCountryNames, cedictCuedCities, cedictPlacesNamedTwice, cedictStates, cedictWorldCities, COUNTRY_NAMES_TABLE_PATH, countryNamesTableSource, CUED_CITIES_TABLE_PATH, cuedCitiesTableSource, statesTableSource, STATES_TABLE_PATH, worldCitiesTableSource, WORLD_CITIES_TABLE_PATH } from '../../scripts/build-world-cities.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { EN_DEMONYMS, gazetteerChineseNames, gazetteerCountries, gazetteerCountryNames, gazetteerNamesBesideStates } from '../../src/entities/gazetteer.js';
import { align, extractEntities } from '../../src/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';

type Entry = Parameters<typeof cedictWorldCities>[0][number];

describe('the cities outside China CC-CEDICT glosses', () => {
  it('are what scripts/build-world-cities.ts writes', () => {
    expect(readFileSync(WORLD_CITIES_TABLE_PATH, 'utf8'))
      .toBe(worldCitiesTableSource(cedictWorldCities(readCedict() as Entry[], gazetteerCountries(), gazetteerChineseNames(), new Set(EN_DEMONYMS.keys())), cedictPlacesNamedTwice(readCedict() as Entry[])));
  }, 30_000);

  it('take a city a people\'s adjective or a part of a country places, and one named again after its own name', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tamberg, Ruritanian city on the Vell'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford, city in south Ruritania'],
      ['戊己', '戊己', 'Wu4 ji3', ['Marlowe', 'Marlow (Ruritania)']],
      ['庚辛', '庚辛', 'Geng1 xin1', 'Ostend, Freedonian city'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania']), new Set(), new Set(['ruritanian'])))
      .toEqual([['丙丁', 'Lakeford'], ['戊己', 'Marlow'], ['甲乙', 'Tamberg']]);
  });

  it('take a city a country or a people\'s adjective places in brackets, and leave one placed by other words', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', ['Tamberg (Ruritania city)', 'Tamberg (Freedonia, Ruritanian port city)']],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford (Ruritanian town)'],
      ['戊己', '戊己', 'Wu4 ji3', 'Marlow (Biblical city)'],
      ['庚辛', '庚辛', 'Geng1 xin1', 'Ostend (Ruritanian car brand and city)'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania']), new Set(), new Set(['ruritanian'])))
      .toEqual([['丙丁', 'Lakeford'], ['甲乙', 'Tamberg']]);
  });

  it('take a name that says where it lies, and leave words, people, bodies and Chinese places out', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tamberg, Ruritania'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford, city in Ohio'],
      ['戊己', '戊己', 'Wu4 ji3', 'Marlow (England)'],
      // a name pinyin spells: a Chinese place, unless a country abroad holds it
      ['庚辛', '庚辛', 'Geng1 xin1', 'Gengxin, town in Wujiang'],
      ['午未', '午未', 'Wu3 wei4', 'Wuwei, city in Ruritania'],
      ['壬癸', '壬癸', 'Ren2 gui3', 'Bath, Ruritania'],
      ['壬癸二', '壬癸二', 'Ren2 gui3 er4', 'to take a bath'],
      ['子丑', '子丑', 'Zi3 chou3', 'Ostria, capital of Ruritania'],
      ['子丑', '子丑', 'zi3 chou3', 'a kind of cake'],
      ['寅卯', '寅卯', 'Yin2 mao3', 'Halden University, Ruritania'],
      ['辰巳', '辰巳', 'Chen2 si4', 'Dorn, Nowhere'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania', 'England']), new Set())).toEqual([['丙丁', 'Lakeford'], ['午未', 'Wuwei'], ['戊己', 'Marlow'], ['甲乙', 'Tamberg']]);
  });

  it('take a former capital and a country\'s largest city', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tamberg, previous capital of Ruritania'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford, largest city of Ruritania'],
      ['戊己', '戊己', 'Wu4 ji3', 'Marlow, onetime rival of Ruritania'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania']), new Set())).toEqual([['丙丁', 'Lakeford'], ['甲乙', 'Tamberg']]);
  });

  it('take a city named two ways by the form in plain letters, else the first', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tämberg or Tamberg, capital of Vell, Ruritania'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford or Lakeforde, capital of Ruritania'],
      ['戊己', '戊己', 'Wu4 ji3', 'Marlow or Marlowe (band)'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania']), new Set())).toEqual([['丙丁', 'Lakeford'], ['甲乙', 'Tamberg']]);
  });

  it('take a city whose sense names a division word and closes on another country, not on China', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tamberg, capital city of Tamberg Prefecture in Vell, Ruritania'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford, capital city of Lakeford Prefecture in Hunan, China'],
      ['戊己', '戊己', 'Wu4 ji3', 'Marlow, capital city of Marlow Prefecture in Vell'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania', 'China']), new Set())).toEqual([['甲乙', 'Tamberg']]);
  });
});

describe('cities outside China in running text', () => {
  const places = (text: string, lang: 'en' | 'zh') => extractEntities(text, lang).filter((e) => e.type === 'place').map((e) => text.slice(e.start, e.end));

  it.each<[string, 'en' | 'zh', string[]]>([
    ['The bank moved its treasury desk to Frankfurt.', 'en', ['Frankfurt']],
    ['该行把资金部迁往法兰克福。', 'zh', ['法兰克福']],
    ['Offices in Seattle and Toronto will close.', 'en', ['Seattle', 'Toronto']],
    ['西雅图和多伦多的办事处将关闭。', 'zh', ['西雅图', '多伦多']],
  ])('%s', (text, lang, want) => {
    expect(places(text, lang)).toEqual(want);
  });

  it('leaves a city that is a given name beside a family name a person', () => {
    expect(extractEntities('Pierre Lacombe chaired the panel.', 'en').map((e) => e.type)).toEqual(['person']);
  });

  it('tells two cities apart across the translation', () => {
    const result = align('The firm opened an office in Seattle in May.\n\n该公司5月在芝加哥开设了办事处。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.severity)).toEqual(['error']);
    const same = align('The firm opened an office in Seattle in May.\n\n该公司5月在西雅图开设了办事处。\n');
    expect(same.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});

describe('states and provinces abroad', () => {
  it('are what scripts/build-world-cities.ts writes', () => {
    const beside = gazetteerNamesBesideStates();
    expect(readFileSync(STATES_TABLE_PATH, 'utf8')).toBe(statesTableSource(cedictStates(readCedict() as Entry[], beside.chinese, beside.english)));
  }, 30_000);

  it('take a sense naming a state or province, with the ending Chinese writes it with, and leave cities and other senses out', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Ohio, US state'],
      ['丙丁省', '丙丁省', 'Bing3 ding1 sheng3', 'Ontario province, Canada'],
      ['戊己', '戊己', 'Wu4 ji3', 'Queensland (Australia)'],
      ['庚辛市', '庚辛市', 'Geng1 xin1 shi4', 'Quebec city, capital of Quebec province of Canada'],
      ['壬癸', '壬癸', 'Ren2 gui3', 'Ohio River, tributary of the Mississippi'],
    ];
    expect(cedictStates(entries, new Set())).toEqual([['丙丁省', 'Ontario'], ['戊己', 'Queensland'], ['戊己州', 'Queensland'], ['甲乙', 'Ohio'], ['甲乙州', 'Ohio']]);
  });

  const places = (text: string, lang: 'en' | 'zh') => extractEntities(text, lang).filter((e) => e.type === 'place').map((e) => text.slice(e.start, e.end));

  it.each<[string, 'en' | 'zh', string[]]>([
    ['Two plants, one in Ohio and one in New Jersey, will close.', 'en', ['Ohio', 'New Jersey']],
    ['俄亥俄州和新泽西州的两家工厂将关闭。', 'zh', ['俄亥俄州', '新泽西州']],
    ['The mine in Queensland reopened.', 'en', ['Queensland']],
  ])('%s', (text, lang, want) => {
    expect(places(text, lang)).toEqual(want);
  });

  it('reads no place in a state that is a given name beside a family name', () => {
    expect(extractEntities('Virginia Lowell chaired the panel.', 'en').filter((e) => e.type === 'place')).toEqual([]);
  });

  it('tells two states apart, and a state from a city in it not', () => {
    const entityFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(entityFindings('A plant in Ohio will close in May.', '位于密歇根州的一家工厂将于5月关闭。').map((f) => f.severity)).toEqual(['error']);
    expect(entityFindings('A plant in Ohio will close in May.', '位于俄亥俄州的一家工厂将于5月关闭。')).toEqual([]);
    expect(entityFindings('A plant in Texas will close in May.', '位于休斯敦的一家工厂将于5月关闭。')).toEqual([]);
  });
});

describe('a city abroad before one more character of transliteration', () => {
  const entities = (text: string) => extractEntities(text, 'zh').map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

  it.each([
    ['格拉汉姆在会上发言。', 'person 格拉汉姆'],
    ['伊斯特伍德在会上发言。', 'person 伊斯特伍德'],
  ])('is the start of a longer foreign name in %s', (text, want) => {
    expect(entities(text)).toEqual([want]);
  });

  it.each([
    ['考察船周六抵达奥克兰，结束了科考。', 'place 奥克兰'],
    ['代表团随后前往基督城。', 'place 基督城'],
    ['格拉的老城很小。', 'place 格拉'],
  ])('is the city before a word of ours in %s', (text, want) => {
    expect(entities(text)).toEqual([want]);
  });

  it('is the city where that character opens a word of the lexicon', () => {
    const result = align('The team will play in Sydney next month.\n\n球队下月将在悉尼比赛。\n');
    expect(result.facts.filter((f) => f.lang === 'zh' && f.type === 'place').map((f) => f.raw)).toEqual(['悉尼']);
    expect(extractEntities('球队下月将在悉尼比赛。', 'zh').map((e) => e.type)).toEqual([]);
  });
});

describe('a city abroad of two characters glued to the word before it', () => {
  const places = (text: string) => extractEntities(text, 'zh').filter((e) => e.type === 'place').map((e) => text.slice(e.start, e.end));

  it('is a piece of a local name there', () => {
    expect(places('屯溪老街两旁都是茶叶店。')).not.toContain('老街');
  });

  it.each([
    ['他们前往老街考察口岸。', '老街'],
    ['代表团昨天抵达京都。', '京都'],
    ['这位学者在京都工作。', '京都'],
  ])('opens after a word of its own in %s', (text, place) => {
    expect(places(text)).toContain(place);
  });
});

describe('other Chinese names of countries', () => {
  it('are what scripts/build-world-cities.ts writes', () => {
    expect(readFileSync(COUNTRY_NAMES_TABLE_PATH, 'utf8'))
      .toBe(countryNamesTableSource(cedictCountryNames(readCedict() as Entry[], gazetteerCountryNames(), gazetteerChineseNames())));
  }, 30_000);

  it('take a name Taiwan or Hong Kong uses, under the country\'s first English name, and leave lists, old names and words out', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', '(Tw, HK) Ruritania'],
      ['丙丁戊', '丙丁戊', 'Bing3 ding1 wu4', 'Rurit (abbr. for 甲乙)'],
      ['己庚', '己庚', 'Ji3 geng1', 'Ruritania'],
      ['辛壬癸', '辛壬癸', 'Xin1 ren2 gui3', 'Ruritania, Freedonia and Vell'],
      ['子丑寅', '子丑寅', 'Zi3 chou3 yin2', 'Ruritania (archaic)'],
      ['卯辰巳', '卯辰巳', 'Mao3 chen2 si4', '(Tw) Freedonia'],
      ['午卯辰巳', '午卯辰巳', 'wu3 mao3 chen2 si4', 'a kind of soup'],
      ['卯辰巳面', '卯辰巳面', 'mao3 chen2 si4 mian4', 'noodles of that country'],
    ];
    const countries = new Map([['Ruritania', 'Ruritania'], ['Rurit', 'Ruritania'], ['Freedonia', 'Freedonia']]);
    expect(cedictCountryNames(entries, countries, new Set())).toEqual([['丙丁戊', 'Ruritania'], ['甲乙', 'Ruritania']]);
  });

  it('read the countries Taiwan names otherwise in running text', () => {
    expect(extractEntities('南韓、紐西蘭、義大利及肯亞的旅客增加。', 'zh').filter((e) => e.type === 'place').map((e) => e.value))
      .toEqual(['south korea', 'new zealand', 'italy', 'kenya']);
  });

  it('meet the English country, and tell another', () => {
    const findings = (zh: string) => align(`Visitors from South Korea rose 12 percent.\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.severity);
    expect(findings('來自南韓的旅客增加12%。')).toEqual([]);
    expect(findings('來自北韓的旅客增加12%。')).toEqual(['error']);
  });
});

describe('the two Koreas by their official names', () => {
  it('are two countries', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.severity);
    expect(findings('The Democratic People\'s Republic of Korea launched a rocket on Monday.', '朝鲜周一发射了一枚火箭。')).toEqual([]);
    expect(findings('The Republic of Korea launched a rocket on Monday.', '韩国周一发射了一枚火箭。')).toEqual([]);
    expect(findings('The Democratic People\'s Republic of Korea launched a rocket on Monday.', '韩国周一发射了一枚火箭。')).toEqual(['error']);
  });
});

describe('cities abroad whose names are also words', () => {
  it('are what scripts/build-world-cities.ts writes', () => {
    expect(readFileSync(CUED_CITIES_TABLE_PATH, 'utf8'))
      .toBe(cuedCitiesTableSource(cedictCuedCities(readCedict() as Entry[], gazetteerCountries(), gazetteerChineseNames(), new Set(EN_DEMONYMS.keys()))));
  }, 30_000);

  it('are kept apart from the cities read everywhere, by which of their names is a word', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tamberg, city in Ruritania'],
      ['甲乙', '甲乙', 'jia3 yi3', 'a kind of bread roll'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lakeford, city in Ruritania'],
      ['戊己', '戊己', 'Wu4 ji3', 'Grace, city in Ruritania'],
      ['子丑', '子丑', 'zi3 chou3', 'grace; elegance'],
      ['庚辛', '庚辛', 'Geng1 xin1', 'Bath, city in Ruritania'],
      ['庚辛', '庚辛', 'geng1 xin1', 'bath'],
    ];
    const countries = new Set(['Ruritania']);
    expect(cedictWorldCities(entries, countries, new Set())).toEqual([['丙丁', 'Lakeford']]);
    expect(cedictCuedCities(entries, countries, new Set())).toEqual([['戊己', 'Grace', 'word'], ['甲乙', 'Tamberg', '']]);
  });

  const longestWord = (text: string, from: number, to: number): number => loadLexicon().longestWord?.(text, from, to) ?? 0;
  const places = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((e) => e.type === 'place').map((e) => `${text.slice(e.start, e.end)}=${String(e.value)}`);

  it('are read in Chinese where the text names a place', () => {
    expect(places('貨輪從德國漢堡港出發，十天後抵達鹿特丹。')).toEqual(['德國=germany', '漢堡港=hamburg', '鹿特丹=rotterdam']);
    expect(places('峰会在汉堡举行，随后代表团飞往马赛。')).toEqual(['汉堡=hamburg', '马赛=marseille']);
    expect(places('首站是慕尼黑和汉堡两地。')).toEqual(['慕尼黑=munich', '汉堡=hamburg']);
    expect(places('比赛移师意大利比萨。')).toEqual(['意大利=italy', '比萨=pisa']);
    expect(places('丹佛市政府周一宣布。')).toEqual(['丹佛市=denver']);
    expect(places('他周一抵达尼斯。')).toEqual(['尼斯=nice']);
    expect(places('賽事在雪梨舉行。')).toEqual(['雪梨=sydney']);
  });

  it('are words where no place is named', () => {
    expect(places('他点了一个汉堡和一份比萨。')).toEqual([]);
    expect(places('他在汉堡包里加了两片生菜。').filter((p) => p.startsWith('汉堡'))).toEqual([]);
    expect(places('工人在烈日下连续工作四小时。')).toEqual([]);
    expect(places('汉堡市场本季销量上升。')).toEqual([]);
    expect(places('晚饭后大家去卡拉OK唱歌。')).toEqual([]);
    expect(places('汉堡、比萨和薯条都打八折。')).toEqual([]);
  });

  it('are read in English when the English name is no word, and met by the Chinese', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);
    expect(findings('The freighter left Hamburg on Monday and reached Rotterdam two days later.', '货轮周一从汉堡出发，两天后抵达鹿特丹。')).toEqual([]);
    expect(findings('The freighter left Bremen on Monday and reached Rotterdam two days later.', '货轮周一从汉堡出发，两天后抵达鹿特丹。')).toHaveLength(1);
    expect(findings('The freighter left Hamburg on Monday and reached Rotterdam two days later.', '货轮周一从不莱梅出发，两天后抵达鹿特丹。')).toHaveLength(1);
  });

  it('are there in the English that writes a name which is a word', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);
    expect(findings('The minister flew to Nice on Monday to meet mayors from Provence.', '部长周一飞往尼斯，与当地市长会面。')).toEqual([]);
    expect(findings('The minister flew to Cannes on Monday to meet the mayor.', '部长周一飞往尼斯，与当地市长会面。')).toHaveLength(1);
  });
});

describe('localities of Hong Kong, Macao and Taiwan CC-CEDICT glosses', () => {
  it('go to the cities read only where a place is named where another word holds them, else to the cities', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tam Hang (area in Hong Kong)'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Lok Tin (place in Hong Kong)'],
      ['丙丁', '丙丁', 'bing3 ding1', 'a deep pond'],
      ['戊己', '戊己', 'Wu4 ji3', 'Sai Wan, town in Macau'],
      // a body there is no locality
      ['庚辛', '庚辛', 'Geng1 xin1', 'Tam Hang Hospital (place in Hong Kong)'],
    ];
    expect(cedictWorldCities(entries, new Set(), new Set())).toEqual([['戊己', 'Sai Wan'], ['甲乙', 'Tam Hang']]);
    expect(cedictCuedCities(entries, new Set(), new Set())).toEqual([['丙丁', 'Lok Tin', '']]);
  });

  it('are read after a verb of coming to a place, and before a city centre\'s 市中心', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);
    expect(findings('Residents may apply in person at the counter in Taipa.', '居民可親臨氹仔的服務櫃台申請。')).toEqual([]);
    expect(findings('Residents may apply in person at the counter in Coloane.', '居民可親臨氹仔的服務櫃台申請。')).toHaveLength(1);
    expect(findings('The network went live in central Taipa.', '網絡已在路環市中心開通。')).toHaveLength(1);
    expect(findings('The network went live in central Coloane.', '網絡已在路環市中心開通。')).toEqual([]);
  });

  it('are read where the text names a place, and told apart across the translation', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);
    expect(findings('Police seized the drugs at a flat in Kwai Chung on Friday.', '警方周五在葵涌一個單位檢獲毒品。')).toEqual([]);
    expect(findings('Police seized the drugs at a flat in Kwai Chung on Friday.', '警方周五在荃灣一個單位檢獲毒品。')).toHaveLength(1);
    expect(findings('Travellers queued at Lok Ma Chau on Saturday.', '旅客周六在文錦渡排隊過關。')).toHaveLength(1);
  });

  it('are words where no place is named', () => {
    const longestWord = (text: string, from: number, to: number): number => loadLexicon().longestWord?.(text, from, to) ?? 0;
    const places = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((e) => e.type === 'place').map((e) => text.slice(e.start, e.end));
    expect(places('这口深井有一百米深。')).toEqual([]);
    expect(places('竹园里种了几棵树。')).toEqual([]);
  });
});

describe('islands and peninsulas CC-CEDICT names by a Chinese name closing on 岛', () => {
  it('take the name, leave a Chinese island named in pinyin, a brand and a people\'s adjective', () => {
    const entries: Entry[] = [
      ['甲乙島', '甲乙岛', 'Jia3 yi3 Dao3', 'Tamos'],
      ['丙丁群島', '丙丁群岛', 'Bing3 ding1 Qun2 dao3', 'Lakeford Islands (Ruritania)'],
      ['戊己半島', '戊己半岛', 'Wu4 ji3 Ban4 dao3', 'Marlow Peninsula'],
      // a name pinyin spells: a Chinese island, unless a country abroad holds it
      ['庚辛島', '庚辛岛', 'Geng1 xin1 Dao3', 'Gengxin Island (Zhejiang)'],
      ['午未島', '午未岛', 'Wu3 wei4 Dao3', 'Wuwei (island in Ruritania)'],
      ['壬癸島', '壬癸岛', 'Ren2 gui3 Dao3', 'OSTRO'],
      ['子丑半島', '子丑半岛', 'Zi3 chou3 Ban4 dao3', 'Ruritanian peninsula'],
      ['寅卯島', '寅卯岛', 'Yin2 mao3 Dao3', 'Dorn (old term for Tamos)'],
    ];
    expect(cedictWorldCities(entries, new Set(['Ruritania']), new Set(), new Set(['ruritanian'])))
      .toEqual([['丙丁群岛', 'Lakeford Islands'], ['午未岛', 'Wuwei'], ['戊己半岛', 'Marlow Peninsula'], ['甲乙岛', 'Tamos']]);
  });

  it('are told apart across the translation', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(findings('Ferries to Sardinia were cancelled on Sunday.', '周日前往撒丁岛的渡轮停航。')).toEqual([]);
    expect(findings('Ferries to Sardinia were cancelled on Sunday.', '周日前往科西嘉岛的渡轮停航。')).toHaveLength(1);
  });

  it('meet a Chinese name CC-CEDICT gives two places by either place', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(findings('Fires on Rhodes forced hotels to close on Tuesday.', '罗得岛山火迫使酒店周二关闭。')).toEqual([]);
    expect(findings('Fires on Rhodes forced hotels to close on Tuesday.', '克里特岛山火迫使酒店周二关闭。')).toHaveLength(1);
    expect(cedictPlacesNamedTwice([
      ['甲乙島', '甲乙岛', 'Jia3 yi3 Dao3', ['Tamos, an island of Ruritania', 'Tamford, city in Freedonia']],
      ['丙丁區', '丙丁区', 'Bing3 ding1 Qu1', ['Bingding district of Tamos', 'Bingding district of Lakeford']],
    ] as Entry[])).toEqual([['甲乙岛', 'Tamford']]);
  });
});
