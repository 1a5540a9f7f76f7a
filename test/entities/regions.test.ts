import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const places = (text: string, lang: 'en' | 'zh') => extractEntities(text, lang).filter((e) => e.type === 'place').map((e) => `${text.slice(e.start, e.end)}=${String(e.value)}`);
const placeAlarms = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error').map((f) => f.message);

describe('regions of the world, by name and by adjective', () => {
  it.each([
    ['Sales to Latin America rose.', ['Latin America=latin america']],
    ['Latin American buyers came.', ['Latin American=latin america']],
    ['Central Asian traders met in Almaty.', ['Central Asian=central asia', 'Almaty=almaty']],
    ['It covers South-east Asian languages.', ['South-east Asian=southeast asia']],
    ['North-east Asian ports are busy.', ['North-east Asian=northeast asia']],
  ])('%s', (text, expected) => {
    expect(places(text, 'en')).toEqual(expected);
  });

  it.each([
    ['对拉丁美洲出口增长。', ['拉丁美洲=latin america']],
    ['拉美市场需求旺盛。', ['拉美=latin america']],
    ['中亚五国贸易额增长。', ['中亚=central asia']],
    ['马来西亚和印度尼西亚', ['马来西亚=malaysia', '印度尼西亚=indonesia']],
  ])('%s', (text, expected) => {
    expect(places(text, 'zh')).toEqual(expected);
  });

  it('tells a country swapped inside a region', () => {
    expect(placeAlarms('Exports to Latin America rose 9 percent, led by Chile and Peru.', '对拉丁美洲出口增长9%，其中对智利和秘鲁出口领跑。')).toEqual([]);
    expect(placeAlarms('Exports to Latin America rose 9 percent, led by shipments to Chile.', '对拉丁美洲出口增长9%，其中对秘鲁出口领跑。')).toEqual([
      expect.stringMatching(/"Chile".*"秘鲁".*different places/),
    ]);
  });
});

describe('the home country named by a pronoun', () => {
  it('is the English China', () => {
    expect(placeAlarms('China\'s exports of vehicles to Central Asia rose, and imports from the region grew.', '我国对中亚出口汽车增长，自中亚进口也有所增长。')).toEqual([]);
  });
});

describe('a place before 市场', () => {
  it.each([['欧洲市场需求回暖。', ['欧洲=europe']], ['北京市场的蔬菜价格', ['北京=beijing']]])('takes no suffix of the market: %s', (text, expected) => {
    expect(places(text, 'zh')).toEqual(expected);
  });
});

describe('a place swapped for another the pair names elsewhere, each side repeating its own', () => {
  const en = 'Yunnan and Guizhou added 30 GW of solar power. Yunnan alone added 18 GW.';
  it('tells the two repeats apart', () => {
    expect(placeAlarms(en, '云南和贵州新增光伏装机3000万千瓦。仅贵州一地就新增1800万千瓦。')).toEqual([expect.stringMatching(/"Yunnan".*"贵州".*different places/)]);
  });

  it('finds nothing where each side repeats the same place', () => {
    expect(placeAlarms(en, '云南和贵州新增光伏装机3000万千瓦。仅云南一地就新增1800万千瓦。')).toEqual([]);
  });

  it('counts a mention inside the name of a body', () => {
    expect(placeAlarms('The Statistical Office of the Republic of Hungary says trade grew 9 percent. China\'s share of Hungary\'s trade rose to 6 percent, making China Hungary\'s third partner.',
      '据匈牙利共和国统计局数据，两国贸易增长9%。中国在匈牙利贸易中的占比升至6%，成为匈牙利第三大伙伴。')).toEqual([]);
  });
});

describe('cities abroad joined by a hyphen, and one pinyin happens to spell', () => {
  it.each([
    ['The loop calls at Rotterdam and Antwerp-Bruges.', ['Rotterdam=rotterdam', 'Antwerp=antwerp']],
    ['A Taoyuan-Seattle service opens in March.', ['Taoyuan=taoyuan', 'Seattle=seattle']],
  ])('%s', (text, expected) => {
    expect(places(text, 'en')).toEqual(expected);
  });

  it('reads 米兰 as Milan, and tells it from Rome', () => {
    expect(places('恢复飞往米兰的直航航班。', 'zh')).toEqual(['米兰=milan']);
    expect(placeAlarms('Flights to Rome resume in summer.', '飞往米兰的航班将于夏季恢复。')).toEqual([expect.stringMatching(/"Rome".*"米兰".*different places/)]);
  });
});
