/**
 * A small gazetteer of places with their Chinese and English names and a shared key. Each
 * section names its general source; places outside it are left to the rules (a Chinese name
 * before 市/省/县/区, a pinyin word before City/County/District) and to the dictionary.
 */

import { CEDICT_CITIES, CEDICT_CITY_PROVINCES } from './cities-table.js';
import { CEDICT_PLACES_NAMED_TWICE, CEDICT_WORLD_CITIES } from './world-cities-table.js';
import { CEDICT_CITIES_ALSO_WORDS, CEDICT_CITIES_ENGLISH_WORDS } from './cued-cities-table.js';
import { CEDICT_STATES } from './states-table.js';
import { CEDICT_COUNTRY_NAMES } from './country-names-table.js';
import { DISTRICT_EN, DISTRICT_OPENINGS, DISTRICT_SHARED, DISTRICT_ZH } from './districts-table.js';
import { namesTableRows } from './names-table.js';
import { lazyValue } from '../memo.js';

/**
 * Words of printable ASCII without a backquote, one space between two of them and none at either
 * end (`Chengdu`, `Sichuan Province`): text `normalizeEnglish` only lower-cases.
 */
const PLAIN_ASCII = /^(?:[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*)?$/;

/** One place: Chinese names, English names, and the key both resolve to. */
export interface PlaceEntry {
  key: string;
  zh: string[];
  en: string[];
}

/**
 * Taiwan's divisions (ISO 3166-2:TW): special municipalities, counties and cities. Short forms
 * that are also ordinary words (台中 central Taiwan, 台南, 台东, 新北, 南投) only with their suffix;
 * Chiayi and Hsinchu are each a city and a county. With Taipei, the capital.
 */
const TAIWAN_DIVISIONS: [zh: string, en: string][] = [
  ['台北', 'Taipei'],
  ['高雄', 'Kaohsiung'], ['新北市', 'New Taipei|New Taipei City'], ['桃园', 'Taoyuan'], ['台南市', 'Tainan'],
  ['台中市', 'Taichung'], ['彰化', 'Changhua'], ['嘉义县', 'Chiayi County'], ['嘉义市', 'Chiayi City|Chiayi'],
  ['新竹县', 'Hsinchu County'], ['新竹市', 'Hsinchu City|Hsinchu'], ['花莲', 'Hualien'], ['宜兰', 'Yilan|Ilan'],
  ['金门', 'Kinmen|Quemoy'], ['连江县', 'Lienchiang|Matsu'], ['苗栗', 'Miaoli'], ['南投县', 'Nantou'],
  ['澎湖', 'Penghu|Pescadores'], ['屏东', 'Pingtung'], ['台东县', 'Taitung'], ['云林', 'Yunlin'], ['基隆', 'Keelung'],
];

/**
 * Hong Kong's three regions and its District Council districts (the Hong Kong government's list
 * of the 18 districts); 离岛 only as 离岛区; 东区, 南区 and 北区 are left out, ordinary words for
 * any eastern, southern or northern district. Then the new towns of the Planning Department's list
 * that name no district (将军澳, 天水围, 东涌, 粉岭; 上水 is also a word, and is read where a place is named).
 * 港岛 is Hong Kong Island as the government short-names it (港島東, 港島西 districts of its elections).
 */
const HONG_KONG_DISTRICTS: [zh: string, en: string][] = [
  ['香港岛|港岛', 'Hong Kong Island'], ['九龙', 'Kowloon'], ['新界', 'New Territories'],
  ['中西区', 'Central and Western|Central and Western District'], ['湾仔', 'Wan Chai|Wanchai'],
  ['油尖旺', 'Yau Tsim Mong'], ['深水埗', 'Sham Shui Po'], ['九龙城', 'Kowloon City'], ['黄大仙', 'Wong Tai Sin'],
  ['观塘', 'Kwun Tong'], ['荃湾', 'Tsuen Wan'], ['屯门', 'Tuen Mun'], ['元朗', 'Yuen Long'], ['大埔', 'Tai Po'],
  ['西贡', 'Sai Kung'], ['沙田', 'Sha Tin|Shatin'], ['葵青', 'Kwai Tsing'], ['离岛区', 'Islands District'],
  ['将军澳', 'Tseung Kwan O'], ['天水围', 'Tin Shui Wai'], ['东涌', 'Tung Chung'], ['粉岭', 'Fanling'],
];

/**
 * Chinese names that are also pieces of ordinary words are left out on purpose
 * (加纳 in 增加纳税, 中东 in 华中东部, 汉堡 the sandwich).
 *
 * Places as `[Chinese names, English names]`; the key is the lower-cased first English name.
 * Order matters: countries and continents come first, and `Beijing` opens the provinces and
 * cities (the `entity-mismatch` check reads the tiers off that boundary).
 */
const PLACES: [zh: string, en: string][] = [
  // Countries: ISO 3166-1 short names (and common English forms) with the PRC's standard Chinese
  // names of foreign countries; the constituent countries of the UK (ISO 3166-2:GB); the Soviet
  // Union (ISO 3166-3); the European Union (ISO 3166-1 reserved code EU).
  ['中国|中华人民共和国', 'China|PRC|People’s Republic of China'],
  ['俄罗斯|俄罗斯联邦', 'Russia|Russian Federation'],
  ['美国|美利坚合众国', 'United States|USA|US|America|United States of America'],
  ['英国', 'United Kingdom|UK|Britain|Great Britain'],
  ['法国', 'France'], ['德国', 'Germany'], ['日本', 'Japan'], ['韩国|大韩民国', 'South Korea|Korea|Republic of Korea'],
  ['朝鲜|朝鲜民主主义人民共和国', 'North Korea|Democratic People’s Republic of Korea|DPRK'], ['印度', 'India'], ['巴西', 'Brazil'], ['南非', 'South Africa'],
  ['意大利', 'Italy'], ['西班牙', 'Spain'], ['加拿大', 'Canada'], ['澳大利亚', 'Australia'],
  ['新加坡', 'Singapore'], ['马来西亚', 'Malaysia'], ['泰国', 'Thailand'], ['越南', 'Vietnam'],
  ['印度尼西亚|印尼', 'Indonesia'], ['菲律宾', 'Philippines'], ['巴基斯坦', 'Pakistan'],
  ['哈萨克斯坦', 'Kazakhstan'], ['乌兹别克斯坦', 'Uzbekistan'], ['蒙古', 'Mongolia'],
  ['伊朗', 'Iran'], ['沙特阿拉伯|沙特', 'Saudi Arabia'], ['阿联酋', 'United Arab Emirates|UAE'],
  ['土耳其', 'Turkey|Türkiye'], ['埃及', 'Egypt'], ['以色列', 'Israel'], ['乌克兰', 'Ukraine'],
  ['白俄罗斯', 'Belarus'], ['波兰', 'Poland'], ['荷兰', 'Netherlands'], ['比利时', 'Belgium'],
  ['瑞士', 'Switzerland'], ['瑞典', 'Sweden'], ['挪威', 'Norway'], ['芬兰', 'Finland'],
  ['丹麦', 'Denmark'], ['奥地利', 'Austria'], ['希腊', 'Greece'], ['葡萄牙', 'Portugal'],
  ['爱尔兰', 'Ireland'], ['新西兰', 'New Zealand'], ['墨西哥', 'Mexico'], ['阿根廷', 'Argentina'],
  ['智利', 'Chile'], ['秘鲁', 'Peru'], ['尼日利亚', 'Nigeria'], ['肯尼亚', 'Kenya'],
  ['埃塞俄比亚', 'Ethiopia'], ['孟加拉国|孟加拉', 'Bangladesh'], ['卢旺达', 'Rwanda'], ['乌干达', 'Uganda'],
  ['坦桑尼亚', 'Tanzania'], ['摩洛哥', 'Morocco'],
  ['阿尔及利亚', 'Algeria'], ['突尼斯', 'Tunisia'], ['利比亚', 'Libya'], ['苏丹', 'Sudan'], ['安哥拉', 'Angola'],
  ['津巴布韦', 'Zimbabwe'], ['赞比亚', 'Zambia'], ['刚果', 'Congo'], ['塞内加尔', 'Senegal'],
  ['伊拉克', 'Iraq'], ['叙利亚', 'Syria'], ['约旦', 'Jordan'], ['黎巴嫩', 'Lebanon'], ['卡塔尔', 'Qatar'],
  ['科威特', 'Kuwait'], ['阿曼', 'Oman'], ['也门', 'Yemen'], ['阿富汗', 'Afghanistan'], ['尼泊尔', 'Nepal'],
  ['斯里兰卡', 'Sri Lanka'], ['缅甸', 'Myanmar|Burma'], ['柬埔寨', 'Cambodia'], ['老挝', 'Laos'],
  ['吉尔吉斯斯坦', 'Kyrgyzstan'], ['塔吉克斯坦', 'Tajikistan'], ['土库曼斯坦', 'Turkmenistan'],
  ['阿塞拜疆', 'Azerbaijan'], ['格鲁吉亚', 'Georgia'], ['亚美尼亚', 'Armenia'], ['摩尔多瓦', 'Moldova'],
  ['罗马尼亚', 'Romania'], ['保加利亚', 'Bulgaria'], ['匈牙利', 'Hungary'], ['捷克', 'Czech Republic|Czechia'],
  ['斯洛伐克', 'Slovakia'], ['塞尔维亚', 'Serbia'], ['克罗地亚', 'Croatia'], ['立陶宛', 'Lithuania'],
  ['拉脱维亚', 'Latvia'], ['爱沙尼亚', 'Estonia'], ['冰岛', 'Iceland'], ['卢森堡', 'Luxembourg'],
  ['哥伦比亚', 'Colombia'], ['委内瑞拉', 'Venezuela'], ['古巴', 'Cuba'], ['厄瓜多尔', 'Ecuador'],
  ['玻利维亚', 'Bolivia'], ['乌拉圭', 'Uruguay'], ['巴拉圭', 'Paraguay'], ['巴拿马', 'Panama'],
  // Africa, Asia, Europe, the Americas and Oceania: the other UN member states whose Chinese names
  // are no common word or Chinese place besides (not 海地 Haiti: 沿海地区; 中非: China and Africa;
  // 黑山 Montenegro: a county of Liaoning).
  ['加纳', 'Ghana'], ['多哥', 'Togo'], ['科特迪瓦', 'Côte d’Ivoire|Côte d\'Ivoire|Cote d\'Ivoire|Ivory Coast'], ['喀麦隆', 'Cameroon'],
  ['马里', 'Mali'], ['布基纳法索', 'Burkina Faso'], ['尼日尔', 'Niger'], ['贝宁', 'Benin'], ['几内亚', 'Guinea'],
  ['塞拉利昂', 'Sierra Leone'], ['利比里亚', 'Liberia'], ['冈比亚', 'Gambia'], ['毛里塔尼亚', 'Mauritania'],
  ['乍得', 'Chad'], ['加蓬', 'Gabon'], ['莫桑比克', 'Mozambique'], ['马达加斯加', 'Madagascar'], ['纳米比亚', 'Namibia'],
  ['博茨瓦纳', 'Botswana'], ['马拉维', 'Malawi'], ['索马里', 'Somalia'], ['厄立特里亚', 'Eritrea'], ['吉布提', 'Djibouti'],
  ['南苏丹', 'South Sudan'], ['布隆迪', 'Burundi'], ['毛里求斯', 'Mauritius'], ['塞舌尔', 'Seychelles'], ['莱索托', 'Lesotho'],
  ['文莱', 'Brunei'], ['东帝汶', 'Timor-Leste|East Timor'], ['不丹', 'Bhutan'], ['马尔代夫', 'Maldives'],
  ['巴勒斯坦', 'Palestine'], ['巴林', 'Bahrain'], ['塞浦路斯', 'Cyprus'],
  ['斯洛文尼亚', 'Slovenia'], ['阿尔巴尼亚', 'Albania'], ['北马其顿', 'North Macedonia'], ['马耳他', 'Malta'],
  ['摩纳哥', 'Monaco'], ['波黑|波斯尼亚和黑塞哥维那', 'Bosnia and Herzegovina|Bosnia'],
  ['牙买加', 'Jamaica'], ['多米尼加', 'Dominican Republic'], ['哥斯达黎加', 'Costa Rica'], ['危地马拉', 'Guatemala'],
  ['洪都拉斯', 'Honduras'], ['萨尔瓦多', 'El Salvador'], ['尼加拉瓜', 'Nicaragua'], ['巴哈马', 'Bahamas'],
  ['圭亚那', 'Guyana'], ['苏里南', 'Suriname'],
  ['斐济', 'Fiji'], ['巴布亚新几内亚', 'Papua New Guinea'], ['萨摩亚', 'Samoa'], ['汤加', 'Tonga'], ['瓦努阿图', 'Vanuatu'],
  ['苏格兰', 'Scotland'], ['英格兰', 'England'], ['威尔士', 'Wales'], ['北爱尔兰', 'Northern Ireland'],
  ['苏联', 'Soviet Union|USSR'], ['欧盟', 'European Union|EU'],
  // Continents and the UN M49 regions most used in news.
  ['欧洲', 'Europe'], ['亚洲', 'Asia'], ['非洲', 'Africa'], ['北美', 'North America'], ['南美', 'South America'],
  ['东南亚', 'Southeast Asia|South-east Asia|South East Asia'], ['拉丁美洲|拉美', 'Latin America'], ['中美洲', 'Central America'], ['加勒比', 'Caribbean'],
  ['大洋洲', 'Oceania'], ['中亚', 'Central Asia'], ['南亚', 'South Asia'], ['东亚', 'East Asia'], ['东北亚', 'Northeast Asia|North-east Asia'], ['北非', 'North Africa'],
  ['东欧', 'Eastern Europe'], ['西欧', 'Western Europe'], ['北欧', 'Northern Europe'],
  // The PRC's economic regions named by no run of its provinces' abbreviations (京津冀 is read as
  // three places), as CC-CEDICT glosses them (长江三角洲, 珠江三角洲, 大湾区).
  ['长江三角洲|长三角', 'Yangtze River Delta'], ['珠江三角洲|珠三角', 'Pearl River Delta'], ['大湾区', 'Greater Bay Area'],
  // The PRC's provincial-level divisions (GB/T 2260): provinces, autonomous regions,
  // municipalities, special administrative regions, and Taiwan.
  ['北京', 'Beijing|Peking'], ['上海', 'Shanghai'], ['天津', 'Tianjin'], ['重庆', 'Chongqing'],
  ['河北', 'Hebei'], ['山西', 'Shanxi'], ['辽宁', 'Liaoning'], ['吉林', 'Jilin'],
  ['黑龙江', 'Heilongjiang'], ['江苏', 'Jiangsu'], ['浙江', 'Zhejiang'], ['安徽', 'Anhui'],
  ['福建', 'Fujian'], ['江西', 'Jiangxi'], ['山东', 'Shandong'], ['河南', 'Henan'],
  ['湖北', 'Hubei'], ['湖南', 'Hunan'], ['广东', 'Guangdong'], ['海南', 'Hainan'],
  ['四川', 'Sichuan|Szechuan'], ['贵州', 'Guizhou'], ['云南', 'Yunnan'], ['陕西', 'Shaanxi'],
  ['甘肃', 'Gansu'], ['青海', 'Qinghai'], ['台湾', 'Taiwan'], ['内蒙古', 'Inner Mongolia'],
  ['广西', 'Guangxi'], ['西藏', 'Tibet|Xizang'], ['宁夏', 'Ningxia'], ['新疆', 'Xinjiang'],
  ['香港', 'Hong Kong|HK'], ['澳门', 'Macao|Macau'],
  // The capitals of the provincial-level divisions and the sub-provincial cities (GB/T 2260).
  ['成都', 'Chengdu'], ['武汉', 'Wuhan'], ['广州', 'Guangzhou|Canton'], ['深圳', 'Shenzhen'],
  ['杭州', 'Hangzhou'], ['南京', 'Nanjing'], ['西安', 'Xi’an|Xian'], ['长沙', 'Changsha'],
  ['郑州', 'Zhengzhou'], ['济南', 'Jinan'], ['青岛', 'Qingdao'], ['沈阳', 'Shenyang'],
  ['大连', 'Dalian'], ['哈尔滨', 'Harbin'], ['长春', 'Changchun'], ['石家庄', 'Shijiazhuang'],
  ['太原', 'Taiyuan'], ['合肥', 'Hefei'], ['福州', 'Fuzhou'], ['厦门', 'Xiamen|Amoy'],
  ['南昌', 'Nanchang'], ['昆明', 'Kunming'], ['贵阳', 'Guiyang'], ['南宁', 'Nanning'],
  ['兰州', 'Lanzhou'], ['西宁', 'Xining'], ['银川', 'Yinchuan'], ['乌鲁木齐', 'Urumqi'],
  ['拉萨', 'Lhasa'], ['呼和浩特', 'Hohhot'], ['海口', 'Haikou'], ['宁波', 'Ningbo'],
  ...TAIWAN_DIVISIONS,
  ...HONG_KONG_DISTRICTS,
  // Capitals of the countries above (UN member states' capitals).
  ['莫斯科', 'Moscow'], ['伦敦', 'London'], ['巴黎', 'Paris'], ['柏林', 'Berlin'], ['东京', 'Tokyo'],
  ['首尔', 'Seoul'], ['华盛顿', 'Washington'], ['新德里', 'New Delhi'], ['巴西利亚', 'Brasilia|Brasília'],
  ['比勒陀利亚', 'Pretoria'], ['罗马', 'Rome'], ['马德里', 'Madrid'], ['渥太华', 'Ottawa'], ['堪培拉', 'Canberra'],
  ['吉隆坡', 'Kuala Lumpur'], ['曼谷', 'Bangkok'], ['河内', 'Hanoi'], ['雅加达', 'Jakarta'], ['马尼拉', 'Manila'],
  ['伊斯兰堡', 'Islamabad'], ['阿斯塔纳', 'Astana'], ['塔什干', 'Tashkent'], ['乌兰巴托', 'Ulaanbaatar'],
  ['德黑兰', 'Tehran'], ['利雅得', 'Riyadh'], ['阿布扎比', 'Abu Dhabi'], ['安卡拉', 'Ankara'], ['开罗', 'Cairo'],
  ['基辅', 'Kyiv|Kiev'], ['明斯克', 'Minsk'], ['华沙', 'Warsaw'], ['阿姆斯特丹', 'Amsterdam'],
  ['布鲁塞尔', 'Brussels'], ['伯尔尼', 'Bern'], ['斯德哥尔摩', 'Stockholm'], ['奥斯陆', 'Oslo'],
  ['赫尔辛基', 'Helsinki'], ['哥本哈根', 'Copenhagen'], ['维也纳', 'Vienna'], ['雅典', 'Athens'],
  ['里斯本', 'Lisbon'], ['都柏林', 'Dublin'], ['惠灵顿', 'Wellington'], ['墨西哥城', 'Mexico City'],
  ['布宜诺斯艾利斯', 'Buenos Aires'], ['圣地亚哥', 'Santiago'], ['利马', 'Lima'], ['阿布贾', 'Abuja'],
  ['内罗毕', 'Nairobi'], ['亚的斯亚贝巴', 'Addis Ababa'], ['达卡', 'Dhaka'], ['基加利', 'Kigali'],
  ['坎帕拉', 'Kampala'], ['拉巴特', 'Rabat'], ['巴格达', 'Baghdad'], ['大马士革', 'Damascus'], ['安曼', 'Amman'],
  ['贝鲁特', 'Beirut'], ['多哈', 'Doha'], ['喀布尔', 'Kabul'], ['加德满都', 'Kathmandu'], ['金边', 'Phnom Penh'],
  ['万象', 'Vientiane'], ['平壤', 'Pyongyang'], ['巴库', 'Baku'], ['第比利斯', 'Tbilisi'], ['埃里温', 'Yerevan'],
  ['布加勒斯特', 'Bucharest'], ['索非亚', 'Sofia'], ['布达佩斯', 'Budapest'], ['布拉格', 'Prague'],
  ['贝尔格莱德', 'Belgrade'], ['萨格勒布', 'Zagreb'], ['维尔纽斯', 'Vilnius'], ['里加', 'Riga'],
  ['塔林', 'Tallinn'], ['雷克雅未克', 'Reykjavik'], ['波哥大', 'Bogota|Bogotá'], ['加拉加斯', 'Caracas'],
  ['哈瓦那', 'Havana'], ['基多', 'Quito'], ['蒙得维的亚', 'Montevideo'], ['亚松森', 'Asuncion|Asunción'],
  ['爱丁堡', 'Edinburgh'], ['加的夫', 'Cardiff'], ['贝尔法斯特', 'Belfast'],
];

/**
 * The prefecture-level and sub-provincial cities CC-CEDICT glosses (`scripts/build-cities.ts`),
 * after the places above, as `[Chinese name, English name]`: `梅州` = `Meizhou`. A city the list
 * above holds keeps its entry there.
 */
function cedictCityPlaces(listed: readonly [string, string][]): [string, string][] {
  const known = new Set(listed.flatMap(([zh]) => zh.split('|')));
  const out: [string, string][] = [];
  for (const [zh, en] of namesTableRows(CEDICT_CITIES)) {
    const bare = zh.endsWith('市') ? zh.slice(0, -1) : zh;
    if (!known.has(bare) && !known.has(zh)) out.push([zh, en]);
  }
  return out;
}

/** The places of the gazetteer but the cities outside China, which `scripts/build-world-cities.ts` reads them against. */
const OWN_PLACES: readonly [string, string][] = [...PLACES, ...cedictCityPlaces(PLACES)];

/** The English names of the gazetteer's countries (the places before `Beijing`), for `scripts/build-world-cities.ts`. */
export function gazetteerCountries(): Set<string> {
  return new Set(gazetteerCountryNames().keys());
}

/** Each English name of the gazetteer's countries and the country's first one, for `scripts/build-world-cities.ts`. */
export function gazetteerCountryNames(): Map<string, string> {
  const firstCity = PLACES.findIndex(([, en]) => en.split('|')[0] === 'Beijing');
  return new Map(PLACES.slice(0, firstCity).flatMap(([, en]) => en.split('|').map((name): [string, string] => [name, en.split('|')[0]!])));
}

/** The Chinese names of the gazetteer's own places, for `scripts/build-world-cities.ts`. */
export function gazetteerChineseNames(): Set<string> {
  return new Set(OWN_PLACES.flatMap(([zh]) => zh.split('|')));
}

/**
 * The Chinese names and the English ones (in lower case) of the gazetteer's places and of the cities
 * abroad, which the states of `scripts/build-world-cities.ts` may not take.
 */
export function gazetteerNamesBesideStates(): { chinese: Set<string>; english: Set<string> } {
  const places = [...OWN_PLACES, ...WORLD_CITY_PLACES];
  return {
    chinese: new Set(places.flatMap(([zh]) => zh.split('|'))),
    english: new Set(places.flatMap(([, en]) => en.split('|').map((n) => n.toLowerCase()))),
  };
}

/**
 * The cities outside China of CC-CEDICT (`world-cities-table.ts`) whose English name no place of
 * the gazetteer has already (`Victoria` of Canada is also an Australian state).
 */
function worldCityPlaces(own: readonly [string, string][]): [string, string][] {
  const english = new Set(own.flatMap(([, en]) => en.split('|').map((n) => n.toLowerCase())));
  return namesTableRows(CEDICT_WORLD_CITIES).filter(([, en]) => !english.has(en.toLowerCase()));
}

const WORLD_CITY_PLACES = worldCityPlaces(OWN_PLACES);
/**
 * The states and provinces of the United States, Canada and Australia by their names in CC-CEDICT
 * (`states-table.ts`), where no place of the gazetteer or city abroad has the English name
 * (`New York` the city, `Georgia` the country) or the Chinese one: the build leaves those out
 * (`gazetteerNamesBesideStates`), so a run reads the table as it is.
 */
const STATE_PLACES: readonly [string, string][] = namesTableRows(CEDICT_STATES);
/** The keys of those states and provinces (`illinois`, `new south wales`). */
const STATE_KEYS: ReadonlySet<string> = new Set(STATE_PLACES.map(([, en]) => normalizeEnglish(en)));

/** Whether a place key is one of a state or province of the United States, Canada or Australia (`stateKey('ontario')`). */
export function stateKey(key: string): boolean {
  return STATE_KEYS.has(key);
}

/**
 * Whether a place key is one of a city outside China that CC-CEDICT adds, or of a state abroad:
 * such a name is also a given name as often (`Sofia`, `Florence`, `Virginia`), and is read as a
 * place only where no other name in capitals stands beside it.
 */
export function worldCityKey(key: string): boolean {
  return WORLD_CITY_KEYS.has(key) || STATE_KEYS.has(key);
}

/**
 * Other Chinese names of the countries, as Taiwan and Hong Kong write them, from CC-CEDICT
 * (`country-names-table.ts`: `南韩`, `义大利`, `纽西兰`), each under its country's first English name.
 */
const COUNTRY_NAME_PLACES: readonly [string, string][] = namesTableRows(CEDICT_COUNTRY_NAMES);

/**
 * The cities outside China of CC-CEDICT whose Chinese name is also a word (`汉堡`, Hamburg and the
 * sandwich) or whose English name is (`尼斯`, Nice), from `cued-cities-table.ts`: the Chinese names
 * are read only where the text names a place (`cuedCityAt`), the English ones of the first kind
 * as any city's (`Hamburg`), of the second never. A name another place has already keeps that
 * place's key (`雪梨`, Taiwan's Sydney).
 */
const CUED_CITY_ROWS: readonly [string, string][] = namesTableRows(CEDICT_CITIES_ALSO_WORDS);
const ENGLISH_WORD_CITY_ROWS: readonly [string, string][] = namesTableRows(CEDICT_CITIES_ENGLISH_WORDS);
const CUED_CITY_PLACES: readonly PlaceEntry[] = (() => {
  const known = new Set([...COUNTRY_NAME_PLACES, ...OWN_PLACES, ...WORLD_CITY_PLACES, ...STATE_PLACES].flatMap(([, en]) => en.split('|').map(normalizeEnglish)));
  const out = new Map<string, PlaceEntry>();
  for (const [rows, english] of [[CUED_CITY_ROWS, true], [ENGLISH_WORD_CITY_ROWS, false]] as const) {
    for (const [, en] of rows) {
      const key = normalizeEnglish(en);
      if (!known.has(key) && !out.has(key)) out.set(key, { key, zh: [], en: english ? [en] : [] });
    }
  }
  return [...out.values()];
})();

/** Every place of the gazetteer; the other names of countries first, with the countries (see `PLACES`). */
export const PLACE_ENTRIES: readonly PlaceEntry[] = [...COUNTRY_NAME_PLACES, ...OWN_PLACES, ...WORLD_CITY_PLACES, ...STATE_PLACES].map(([zh, en]) => {
  const names = en.split('|');
  return { key: normalizeEnglish(names[0]!), zh: zh.split('|'), en: names };
}).concat(CUED_CITY_PLACES);

/** The keys of the cities outside China that CC-CEDICT adds (`frankfurt`, `hamburg`). */
const WORLD_CITY_KEYS: ReadonlySet<string> = new Set([...WORLD_CITY_PLACES.map(([, en]) => normalizeEnglish(en)), ...CUED_CITY_PLACES.map((e) => e.key)]);

/**
 * The place each of Taiwan's divisions and Hong Kong's regions and districts lies in, by key
 * (`kowloon` → `hong kong`, `kaohsiung` → `taiwan`): a translation may name either.
 */
export function placeParent(key: string): string | undefined {
  return placeParents().get(key);
}

const placeParents = lazyValue(() => {
  const keys = gazetteerKeys();
  return new Map([
    ...TAIWAN_DIVISIONS.map(([, en]): [string, string] => [normalizeEnglish(en.split('|')[0]!), 'taiwan']),
    ...HONG_KONG_DISTRICTS.map(([, en]): [string, string] => [normalizeEnglish(en.split('|')[0]!), 'hong kong']),
    // The mainland's cities in their provinces, as their CC-CEDICT glosses name them.
    ...namesTableRows(CEDICT_CITY_PROVINCES).map(([city, province]): [string, string] => [normalizeEnglish(city), normalizeEnglish(province)])
      .filter(([city, province]) => keys.has(city) && keys.has(province)),
  ]);
});

/** Whether a place key is a province or region of the mainland that holds cities of the gazetteer (`guangdong`). */
export function provinceKey(key: string): boolean {
  return provinceKeys().has(key);
}

const provinceKeys = lazyValue(() => new Set(namesTableRows(CEDICT_CITY_PROVINCES).map(([, province]) => normalizeEnglish(province))));

/** Lower-cases English text, folds accents and curly apostrophes, and collapses spaces. */
export function normalizeEnglish(text: string): string {
  // Printable ASCII words, single spaces between them: nothing to fold, collapse or trim.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const byChinese = new Map<string, string>();
const byEnglish = new Map<string, string>();
/** English names written in capitals alone (`US`, `UK`, `PRC`), lower-cased: read only where the text writes them so (not `About Us`). */
const capitalsOnly = new Set<string>();
for (const entry of PLACE_ENTRIES) {
  for (const name of entry.zh) byChinese.set(name, entry.key);
  for (const name of entry.en) {
    byEnglish.set(normalizeEnglish(name), entry.key);
    if (/^[A-Z]{2,5}$/.test(name)) capitalsOnly.add(name.toLowerCase());
  }
}

/** The places' second names by the Chinese names CC-CEDICT gives two places abroad (`罗得岛`: Rhode Island and Rhodes). */
const placesNamedTwice = lazyValue(() => new Map(namesTableRows(CEDICT_PLACES_NAMED_TWICE).map(([zh, en]) => [zh, cuedCityKey(en)])));

/** The key of the second place a Chinese name (in simplified characters) stands for, when CC-CEDICT gives it two (`罗得岛`: `rhodes`). */
export function secondPlaceKey(name: string): string | undefined {
  return placesNamedTwice().get(name);
}

/** The key of a city of `CUED_CITY_ROWS` or `ENGLISH_WORD_CITY_ROWS` by its English name: another place's of that name (`sydney`), else its own. */
function cuedCityKey(en: string): string {
  const own = normalizeEnglish(en);
  return byEnglish.get(own) ?? own;
}

/** The Chinese names of `CUED_CITY_ROWS` and `ENGLISH_WORD_CITY_ROWS` with their keys, in both scripts. */
const cuedCities = lazyValue(() => {
  const names = new Map<string, string>();
  const firsts = new Set<number>();
  for (const [zh, en] of [...CUED_CITY_ROWS, ...ENGLISH_WORD_CITY_ROWS]) {
    const key = cuedCityKey(en);
    for (const name of zh.split('|')) {
      names.set(name, key);
      firsts.add(name.charCodeAt(0));
    }
  }
  return { names, firsts };
});

/** The English names, by key, of the cities the English is never read for (`nice` → `Nice`). */
const unreadEnglish = lazyValue(() => new Map(ENGLISH_WORD_CITY_ROWS.map(([, en]) => [cuedCityKey(en), en])));

/**
 * The English name of a city abroad whose English name is a word and is never read as a place
 * (`Nice` for the key `nice`), or undefined: a text that writes it in capitals names the city.
 */
export function unreadEnglishCityName(key: string): string | undefined {
  return unreadEnglish().get(key);
}

/**
 * A city abroad whose Chinese name is also a word, or whose English name is (`汉堡`, `尼斯`), at
 * `at` (the longest), with its key; whether the text names a place there is the caller's to tell.
 */
export function cuedCityAt(text: string, at: number): { name: string; key: string } | undefined {
  const { names: table, firsts } = cuedCities();
  // Most characters open no such name: told by the first character's code before any string is made.
  if (!firsts.has(text.charCodeAt(at))) return undefined;
  for (let length = Math.min(5, text.length - at); length >= 2; length--) {
    const name = text.slice(at, at + length);
    const key = table.get(name);
    if (key !== undefined) return { name, key };
  }
  return undefined;
}

/** Whether the English place name `lower` (one word, lower case) is read only in capitals (`US`). */
export function placeInCapitalsOnly(lower: string): boolean {
  return capitalsOnly.has(lower);
}

/**
 * One-character country abbreviations as they pair up in `中俄两国`, `中美关系`: the first
 * character of the Chinese name of the permanent members of the UN Security Council and of
 * the other G7 members, India and the EU. `巴` (Brazil or Pakistan) is ambiguous and left out.
 */
export const ZH_COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['中', 'china'], ['俄', 'russia'], ['美', 'united states'], ['日', 'japan'], ['韩', 'south korea'],
  ['英', 'united kingdom'], ['法', 'france'], ['德', 'germany'], ['意', 'italy'], ['加', 'canada'],
  ['印', 'india'], ['欧', 'european union'],
]);

/**
 * The one-character abbreviations (简称) of the PRC's provincial-level divisions, with the full
 * name each stands for, as the national standard of division codes (GB/T 2260) lists them; they
 * join in the names of regions and routes (`京津冀`, `川渝地区`, `京沪高铁`, `港澳`). Left out where
 * the character stands for something else as often: 宁 (Nanjing in `沪宁`), 蜀 and 秦 (kingdoms
 * and dynasties: `秦晋之好`). The second abbreviations 贵 (Guizhou) and 云 (Yunnan) are kept:
 * `云贵高原`, `云贵川`.
 */
export const ZH_PROVINCE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['京', '北京'], ['津', '天津'], ['沪', '上海'], ['渝', '重庆'], ['冀', '河北'], ['晋', '山西'], ['蒙', '内蒙古'],
  ['辽', '辽宁'], ['吉', '吉林'], ['黑', '黑龙江'], ['苏', '江苏'], ['浙', '浙江'], ['皖', '安徽'], ['闽', '福建'],
  ['赣', '江西'], ['鲁', '山东'], ['豫', '河南'], ['鄂', '湖北'], ['湘', '湖南'], ['粤', '广东'], ['桂', '广西'],
  ['琼', '海南'], ['川', '四川'], ['黔', '贵州'], ['贵', '贵州'], ['滇', '云南'], ['云', '云南'], ['藏', '西藏'],
  ['陕', '陕西'], ['甘', '甘肃'], ['陇', '甘肃'], ['青', '青海'], ['新', '新疆'], ['港', '香港'], ['澳', '澳门'],
  ['台', '台湾'],
]);

/**
 * Nationality adjectives of the gazetteer's countries and continents (as the CIA World Factbook
 * lists them; not those that are also a language most texts mean, `English`, or another place's,
 * `Georgian`, `Nigerien` beside `Nigerian`, nor `Lao`, a surname's spelling), keyed to the place: Chinese text names the country where English uses the
 * adjective (`Russian officials` = `俄罗斯官员`).
 */
export const EN_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['chinese', 'china'], ['russian', 'russia'], ['american', 'united states'], ['british', 'united kingdom'],
  ['french', 'france'], ['german', 'germany'], ['japanese', 'japan'], ['korean', 'south korea'],
  ['south korean', 'south korea'], ['north korean', 'north korea'], ['indian', 'india'], ['brazilian', 'brazil'],
  ['italian', 'italy'], ['spanish', 'spain'], ['canadian', 'canada'], ['australian', 'australia'],
  ['singaporean', 'singapore'], ['malaysian', 'malaysia'], ['thai', 'thailand'], ['vietnamese', 'vietnam'],
  ['indonesian', 'indonesia'], ['filipino', 'philippines'], ['pakistani', 'pakistan'], ['iranian', 'iran'],
  ['saudi', 'saudi arabia'], ['turkish', 'turkey'], ['egyptian', 'egypt'], ['israeli', 'israel'],
  ['ukrainian', 'ukraine'], ['belarusian', 'belarus'], ['polish', 'poland'], ['dutch', 'netherlands'],
  ['belgian', 'belgium'], ['swiss', 'switzerland'], ['swedish', 'sweden'], ['norwegian', 'norway'],
  ['finnish', 'finland'], ['danish', 'denmark'], ['austrian', 'austria'], ['greek', 'greece'],
  ['portuguese', 'portugal'], ['irish', 'ireland'], ['mexican', 'mexico'], ['argentine', 'argentina'],
  ['nigerian', 'nigeria'], ['kenyan', 'kenya'], ['rwandan', 'rwanda'], ['scottish', 'scotland'], ['welsh', 'wales'],
  ['soviet', 'soviet union'], ['european', 'europe'], ['asian', 'asia'], ['african', 'africa'],
  ['south african', 'south africa'], ['kazakh', 'kazakhstan'], ['kazakhstani', 'kazakhstan'], ['uzbek', 'uzbekistan'],
  ['mongolian', 'mongolia'], ['emirati', 'united arab emirates'], ['chilean', 'chile'], ['peruvian', 'peru'],
  ['ethiopian', 'ethiopia'], ['bangladeshi', 'bangladesh'], ['ugandan', 'uganda'], ['tanzanian', 'tanzania'],
  ['moroccan', 'morocco'], ['algerian', 'algeria'], ['tunisian', 'tunisia'], ['libyan', 'libya'], ['sudanese', 'sudan'],
  ['angolan', 'angola'], ['zimbabwean', 'zimbabwe'], ['zambian', 'zambia'], ['congolese', 'congo'], ['senegalese', 'senegal'],
  ['iraqi', 'iraq'], ['syrian', 'syria'], ['jordanian', 'jordan'], ['lebanese', 'lebanon'], ['qatari', 'qatar'],
  ['kuwaiti', 'kuwait'], ['omani', 'oman'], ['yemeni', 'yemen'], ['afghan', 'afghanistan'], ['nepali', 'nepal'],
  ['nepalese', 'nepal'], ['sri lankan', 'sri lanka'], ['burmese', 'myanmar'], ['cambodian', 'cambodia'], ['laotian', 'laos'],
  ['kyrgyz', 'kyrgyzstan'], ['tajik', 'tajikistan'], ['turkmen', 'turkmenistan'], ['azerbaijani', 'azerbaijan'],
  ['armenian', 'armenia'], ['moldovan', 'moldova'], ['romanian', 'romania'], ['bulgarian', 'bulgaria'], ['hungarian', 'hungary'],
  ['czech', 'czech republic'], ['slovak', 'slovakia'], ['serbian', 'serbia'], ['croatian', 'croatia'], ['lithuanian', 'lithuania'],
  ['latvian', 'latvia'], ['estonian', 'estonia'], ['icelandic', 'iceland'], ['colombian', 'colombia'], ['venezuelan', 'venezuela'],
  ['cuban', 'cuba'], ['ecuadorian', 'ecuador'], ['bolivian', 'bolivia'], ['uruguayan', 'uruguay'], ['paraguayan', 'paraguay'],
  ['panamanian', 'panama'], ['ghanaian', 'ghana'], ['togolese', 'togo'], ['ivorian', 'cote d\'ivoire'], ['cameroonian', 'cameroon'],
  ['malian', 'mali'], ['beninese', 'benin'], ['sierra leonean', 'sierra leone'], ['liberian', 'liberia'], ['gambian', 'gambia'],
  ['mauritanian', 'mauritania'], ['chadian', 'chad'], ['gabonese', 'gabon'], ['mozambican', 'mozambique'], ['malagasy', 'madagascar'],
  ['namibian', 'namibia'], ['malawian', 'malawi'], ['somali', 'somalia'], ['eritrean', 'eritrea'], ['djiboutian', 'djibouti'],
  ['south sudanese', 'south sudan'], ['burundian', 'burundi'], ['mauritian', 'mauritius'], ['bruneian', 'brunei'],
  ['timorese', 'timor-leste'], ['bhutanese', 'bhutan'], ['maldivian', 'maldives'], ['palestinian', 'palestine'], ['bahraini', 'bahrain'],
  ['cypriot', 'cyprus'], ['slovenian', 'slovenia'], ['albanian', 'albania'], ['macedonian', 'north macedonia'], ['maltese', 'malta'],
  ['bosnian', 'bosnia and herzegovina'], ['jamaican', 'jamaica'], ['costa rican', 'costa rica'], ['guatemalan', 'guatemala'],
  ['honduran', 'honduras'], ['salvadoran', 'el salvador'], ['nicaraguan', 'nicaragua'], ['bahamian', 'bahamas'], ['guyanese', 'guyana'],
  ['surinamese', 'suriname'], ['fijian', 'fiji'], ['samoan', 'samoa'], ['tongan', 'tonga'],
  // the regions above, by their adjectives
  ['latin american', 'latin america'], ['central american', 'central america'], ['central asian', 'central asia'],
  ['south asian', 'south asia'], ['east asian', 'east asia'], ['southeast asian', 'southeast asia'], ['south-east asian', 'southeast asia'], ['northeast asian', 'northeast asia'], ['south east asian', 'southeast asia'], ['north african', 'north africa'],
  ['eastern european', 'eastern europe'], ['western european', 'western europe'], ['northern european', 'northern europe'],
]);

/** Chinese administrative suffixes that may follow a gazetteer name (`四川省`, `成都市`, `彰化县`). */
export const ZH_PLACE_SUFFIXES = ['特别行政区', '自治区', '省', '市', '县'] as const;

/** English words that may follow a place name and belong to it (`Sichuan Province`, `Nantou County`). */
export const EN_PLACE_SUFFIXES = new Set(['province', 'city', 'municipality', 'region', 'autonomous region', 'county', 'district']);

/** `EN_PLACE_SUFFIXES` as a name ends with them, longest first (` autonomous region` before ` region`). */
const PLACE_ENDINGS: readonly string[] = [...EN_PLACE_SUFFIXES].map((s) => ` ${s}`).sort((a, b) => b.length - a.length);

/** The key of a Chinese place name (with or without `省`/`市`/`县`, or `区` after a district), or undefined. */
export function chinesePlaceKey(name: string): string | undefined {
  const direct = byChinese.get(name);
  if (direct) return direct;
  for (const suffix of ZH_PLACE_SUFFIXES) {
    if (name.endsWith(suffix)) return byChinese.get(name.slice(0, -suffix.length)) ?? districtChineseKey(name);
  }
  // A district by its name alone (`沙田区`): `区` is read off a name, not scanned for after one.
  const district = name.endsWith('区') ? byChinese.get(name.slice(0, -1)) : undefined;
  // A city or a county the gazetteer lists with its 市 or 县, named bare (`新竹`, Hsinchu): that
  // division, before a county-level division of the name keyed by its pinyin.
  return district ?? byChinese.get(`${name}市`) ?? byChinese.get(`${name}县`) ?? districtChineseKey(name);
}

/** The key of an English place name (`Chengdu`, `Sichuan Province`, `Hong Kong`), or undefined. */
export function englishPlaceKey(name: string): string | undefined {
  return normalPlaceKey(normalizeEnglish(name));
}

/** `englishPlaceKey` of a name already normalized (`normalizeEnglish`): a caller that has the normal form does not normalize it again. */
export function normalPlaceKey(normal: string): string | undefined {
  // Tests of the end and slices: most names end otherwise, and a replace would scan each for nothing.
  const n = normal.endsWith("'s") ? normal.slice(0, -2) : normal;
  const direct = byEnglish.get(n);
  if (direct) return direct;
  // A loop, not `find`: asked of most runs of capitals, no closure is made for each.
  // A state abroad before a word of division names a city of its own (`Kansas City`, `Oklahoma City`).
  for (const ending of PLACE_ENDINGS) {
    if (!n.endsWith(ending)) continue;
    const key = byEnglish.get(n.slice(0, -ending.length));
    return key !== undefined && !STATE_KEYS.has(key) ? key : districtEnglishKey(n);
  }
  return districtEnglishKey(n);
}

/**
 * The PRC's county-level divisions CC-CEDICT glosses (`districts-table.ts`: districts, counties,
 * banners, county-level cities; `海淀` Haidian, `朝阳区` Chaoyang District), whose Chinese name no
 * place above holds (`九龙` stays Kowloon). A division whose English name a place above has is
 * keyed as that place (`朝阳区` Chaoyang, a city of Liaoning too), and its key is shared. The build
 * writes them as sorted rows of `name=key` in one string, searched in place (`districtRow`): a
 * table of them, built at a start, took longer than the seed's searches.
 */

/** The key of `name` in `rows` (`|name=key|…`, sorted by the name), found by halving, or undefined. */
function districtRow(rows: string, name: string): string | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const start = rows.lastIndexOf('|', (lo + hi) >>> 1) + 1;
    const end = rows.indexOf('|', start);
    if (end < 0) return undefined;
    const eq = rows.indexOf('=', start);
    const row = rows.slice(start, eq);
    if (row === name) return rows.slice(eq + 1, end);
    if (row < name) lo = end;
    else hi = start - 1;
  }
  return undefined;
}

/**
 * Whether the characters `first` and `second` (codes) are a pair of `pairs`, pairs of characters run
 * together and sorted: a search by codes, with no string made.
 */
function sortedPairIn(pairs: string, first: number, second: number): boolean {
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = pairs.charCodeAt(2 * mid) - first || pairs.charCodeAt(2 * mid + 1) - second;
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The key of a county-level division's Chinese name, with its suffix or without (`海淀`, `海淀区`, `朝阳区`). */
function districtChineseKey(name: string): string | undefined {
  return districtRow(DISTRICT_ZH, name) ?? (/[区县旗市]$/.test(name) ? districtRow(DISTRICT_ZH, name.slice(0, -1)) : undefined);
}

/** The key of a county-level division's English name in lower case (`haidian`, `haidian district`, `chaoyang district`). */
function districtEnglishKey(lower: string): string | undefined {
  // A bare name with its kind after it (`haidian district`); a name listed with its kind is found whole first.
  return districtRow(DISTRICT_EN, lower) ?? (DISTRICT_KIND.test(lower) ? districtRow(DISTRICT_EN, lower.replace(DISTRICT_KIND, '')) : undefined);
}

/** The English words of a division's kind after its name (`chaoyang district`). */
const DISTRICT_KIND = / (?:district|county)$/;

/** The county-level division's name of the gazetteer that starts at `at`, the longest (`海淀`, `朝阳区`), or undefined. */
export function districtNameAt(text: string, at: number): string | undefined {
  // Most characters open no division's name: told by the two codes before any string is made.
  if (!sortedPairIn(DISTRICT_OPENINGS, text.charCodeAt(at), text.charCodeAt(at + 1))) return undefined;
  for (let length = Math.min(7, text.length - at); length >= 2; length--) {
    const name = text.slice(at, at + length);
    if (districtRow(DISTRICT_ZH, name) !== undefined) return name;
  }
  return undefined;
}

/**
 * Taiwan's divisions whose short forms are also ordinary words (`TAIWAN_DIVISIONS`: 台中 central
 * Taiwan, 平台中 on a platform), by their short form in both scripts: read bare only where a place
 * opens (after `在`, `飞`, `从`; at a text's start where no word runs out of them).
 */
const TAIWAN_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['台中', '台中市'], ['臺中', '台中市'], ['台南', '台南市'], ['臺南', '台南市'], ['台东', '台东县'], ['臺東', '台东县'], ['台東', '台东县'],
  ['新北', '新北市'], ['南投', '南投县'],
]);

/** A short form of `TAIWAN_SHORT_FORMS` at `at`, with its division's key, or undefined. */
export function taiwanShortFormAt(text: string, at: number): { name: string; key: string } | undefined {
  const name = text.slice(at, at + 2);
  const full = TAIWAN_SHORT_FORMS.get(name);
  return full === undefined ? undefined : { name, key: byChinese.get(full)! };
}

/** The key of a place name of the gazetteer but the county-level divisions, in Chinese (for `scripts/build-districts.ts`). */
export function listedChineseKey(name: string): string | undefined {
  return byChinese.get(name);
}

/** The key of a place name of the gazetteer but the county-level divisions, in English in lower case (for `scripts/build-districts.ts`). */
export function listedEnglishKey(lower: string): string | undefined {
  return byEnglish.get(lower);
}

/** Whether a place key is a county-level division's of its own (`haidian`), or one it shares with a place above (`baoshan`). */
export function districtTier(key: string): 'own' | 'shared' | undefined {
  const { own, shared } = districtKeys();
  return shared.has(key) ? 'shared' : own.has(key) ? 'own' : undefined;
}

/**
 * Whether a key is a place of the gazetteer's (a county-level division's too): two such keys that
 * differ are two places, however alike they sound (`songjiang`, `shanghai`).
 */
export function gazetteerKey(key: string): boolean {
  if (gazetteerKeys().has(key)) return true;
  // A division's key is its English name, or that name before its kind (`xinhua county`): searched in place.
  for (const kind of ['', ' district', ' county', ' banner', ' city']) if (districtRow(DISTRICT_EN, key + kind) === key) return true;
  return false;
}

const gazetteerKeys = lazyValue(() => new Set(PLACE_ENTRIES.map((e) => e.key)));

/** The keys of the county-level divisions, made when a first pair of places is compared. */
const districtKeys = lazyValue(() => {
  const shared = new Set(DISTRICT_SHARED.split('|'));
  const own = new Set<string>();
  for (const row of DISTRICT_ZH.split('|')) {
    const key = row.slice(row.indexOf('=') + 1);
    if (row !== '' && !shared.has(key)) own.add(key);
  }
  return { own, shared };
});

/**
 * `englishPlaceKey` of one word of ASCII small letters and digits only (`kiev`): such a word is
 * its own normal form, and with no space nor apostrophe no suffix or `'s` comes off it.
 */
export function plainWordPlaceKey(word: string): string | undefined {
  return byEnglish.get(word);
}

/** Chinese gazetteer names, longest first, for scanning text. */
export const CHINESE_PLACE_NAMES: readonly string[] = [...byChinese.keys()].sort((a, b) => b.length - a.length);

/** English gazetteer names as word arrays, longest first, for scanning word runs. */
export const ENGLISH_PLACE_NAMES: readonly string[][] = [...byEnglish.keys()]
  .map((n) => n.split(' '))
  .sort((a, b) => b.length - a.length);
