import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../src/checks/entity-mismatch.js';
import { brief, pairDoc, run, type SideSpec } from './helpers.js';
import { align } from '../../src/index.js';

const person = (raw: string, key: string): [string, 'entity', string, { type: 'person' }] => [raw, 'entity', key, { type: 'person' }];
const place = (raw: string, key: string): [string, 'entity', string, { type: 'place' }] => [raw, 'entity', key, { type: 'place' }];
const org = (raw: string, key: string): [string, 'entity', string, { type: 'org' }] => [raw, 'entity', key, { type: 'org' }];

const zhangEn = (name = 'Zhang Li', key = 'zhang li'): SideSpec => ({
  text: `${name}, president of the China Electronic Information Industry Development Research Institute, said in his speech at the conference that Chengdu has a good industrial foundation.`,
  facts: [person(name, key), org('China Electronic Information Industry Development Research Institute', 'ccid'), place('Chengdu', 'chengdu')],
});
const zhangZh = (name = '张立', key = 'zhang li'): SideSpec => ({
  text: `中国电子信息产业发展研究院院长${name}在大会致辞中说,成都产业基础好。`,
  facts: [org('中国电子信息产业发展研究院', 'ccid'), person(name, key), place('成都', 'chengdu')],
});
const citiesEn = (city = 'Wuhan', key = 'wuhan'): SideSpec => ({
  text: `Representatives of the competent departments of brother cities such as Chongqing and ${city} participated in the meeting.`,
  facts: [place('Chongqing', 'chongqing'), place(city, key)],
});
const citiesZh = (city = '武汉', key = 'wuhan'): SideSpec => ({
  text: `重庆、${city}等兄弟城市工业和信息化主管部门的代表参加大会。`,
  facts: [place('重庆', 'chongqing'), place(city, key)],
});

describe('entity-mismatch: valid pairs stay quiet', () => {
  const valid: [string, SideSpec, SideSpec][] = [
    ['the same person, organization and city', zhangEn(), zhangZh()],
    ['the same cities', citiesEn(), citiesZh()],
    ['a transliterated name spelled another way', {
      text: 'Valentin Makarov, president of RUSSOFT, came to Chengdu for the second time.',
      facts: [person('Valentin Makarov', 'valentin makarov'), org('RUSSOFT', 'russoft'), place('Chengdu', 'chengdu')],
    }, {
      text: '俄罗斯软件行业协会主席瓦伦汀•马卡洛夫是第二次来成都参加软洽会。',
      facts: [org('俄罗斯软件行业协会', 'russoft'), person('瓦伦汀•马卡洛夫', 'walunting makaluofu'), place('成都', 'chengdu')],
    }],
    ['a foreign name whose transliteration the keys do not meet', {
      text: 'On January 4th farmers prevented Robert Habeck, the economy minister, from disembarking.',
      facts: [person('Robert Habeck', 'robert habeck')],
    }, { text: '1月4日，农民阻止经济部长罗伯特·哈贝克下船。', facts: [person('罗伯特·哈贝克', 'luobote habeike')] }],
    ['a city inside the region the translation names', {
      text: 'In the automobile industry cluster between Sichuan and Chongqing, the two places have played their role.',
      facts: [place('Chongqing', 'chongqing')],
    }, { text: '在川渝共建世界级汽车产业集群中,两地有力发挥了作用。', facts: [place('川渝', 'sichuan-chongqing')] }],
    ['a place the translator generalizes', {
      text: 'Most people in Wales share this family history.', facts: [place('Wales', 'wales')],
    }, { text: '大多数英国人都有这样的家族史。', facts: [place('英国', 'united kingdom')] }],
    ['a name copied as written', {
      text: 'RUSSOFT signed a cooperation agreement.', facts: [org('RUSSOFT', 'russoft')],
    }, { text: 'RUSSOFT签署了合作协议。' }],
    ['a name left out of the translation', zhangEn(), {
      text: '中国电子信息产业发展研究院院长在大会致辞中说,成都产业基础好。',
      facts: [org('中国电子信息产业发展研究院', 'ccid'), place('成都', 'chengdu')],
    }],
    ['a Hong Kong name in its Cantonese spelling', {
      text: 'Legislator Lam Cheuk-man said on Monday that the bill would pass.', facts: [person('Lam Cheuk-man', 'lam cheuk-man')],
    }, { text: '立法會議員林卓文周一表示，條例草案將獲通過。', facts: [person('林卓文', 'lin zhuowen')] }],
    ['a Hong Kong surname with a Cantonese given name', {
      text: 'District councillor Wong Yuk-ming opened the new library.', facts: [person('Wong Yuk-ming', 'wong yuk-ming')],
    }, { text: '區議員黃玉明為新圖書館揭幕。', facts: [person('黃玉明', 'huang yuming')] }],
  ];
  it.each(valid)('%s', (_, en, zh) => {
    expect(run(entityMismatch, pairDoc(en, zh)).map(brief)).toEqual([]);
  });
});

describe('entity-mismatch: invalid pairs are flagged', () => {
  const invalid: [string, SideSpec, SideSpec, string[]][] = [
    ['a surname changed in the Chinese', zhangEn(), zhangZh('王立', 'wang li'),
      ['error p1: EN "Zhang Li" (person zhang li) vs ZH "王立" (person wang li): different persons']],
    ['a given name changed in the English', zhangEn('Zhang Wei', 'zhang wei'), zhangZh(),
      ['error p1: EN "Zhang Wei" (person zhang wei) vs ZH "张立" (person zhang li): different persons']],
    ['a transliterated surname replaced', {
      text: 'On January 4th farmers prevented Robert Habeck, the economy minister, from disembarking.',
      facts: [person('Robert Habeck', 'robert habeck')],
    }, { text: '1月4日，农民阻止经济部长罗伯特·施密特下船。', facts: [person('罗伯特·施密特', 'luobote shimite')] },
    ['error p1: EN "Robert Habeck" (person robert habeck) vs ZH "罗伯特·施密特" (person luobote shimite): different persons']],
    ['a city changed in the Chinese', citiesEn(), citiesZh('西安', "xi'an"),
      ['error p1: EN "Wuhan" (place wuhan) vs ZH "西安" (place xi\'an): different places']],
    ['a city changed in the English', citiesEn('Nanjing', 'nanjing'), citiesZh(),
      ['error p1: EN "Nanjing" (place nanjing) vs ZH "武汉" (place wuhan): different places']],
  ];
  it.each(invalid)('%s', (_, en, zh, expected) => {
    expect(run(entityMismatch, pairDoc(en, zh)).map(brief)).toEqual(expected);
  });

  it('reports names on one side only when asked', () => {
    const d = pairDoc(zhangEn(), { text: '研究院院长在大会致辞中说,成都产业基础好。', facts: [place('成都', 'chengdu')] });
    expect(run(entityMismatch, d, { oneSided: 'info' }).map(brief)).toEqual([
      'info p1: EN "Zhang Li" (person zhang li) is not named in the Chinese',
      'info p1: EN "China Electronic Information Industry Development Research Institute" (organization ccid) is not named in the Chinese',
    ]);
  });
});

describe('entity-mismatch: swaps for a name the pair names elsewhere, and demonyms', () => {
  it('a city swapped for one the other side repeats is caught', () => {
    const d = pairDoc({ text: 'Talks moved from Nanjing to Hangzhou.', facts: [['Nanjing', 'entity', 'nanjing', { type: 'place' }], ['Hangzhou', 'entity', 'hangzhou', { type: 'place' }]] },
      { text: '会谈从杭州移至杭州。', facts: [['杭州', 'entity', 'hangzhou', { type: 'place' }], ['杭州', 'entity', 'hangzhou', { type: 'place' }]] });
    expect(run(entityMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
  it('a name both sides repeat is no swap', () => {
    const d = pairDoc({ text: 'Hangzhou grew; Hangzhou hired, unlike Nanjing.', facts: [['Hangzhou', 'entity', 'hangzhou', { type: 'place' }], ['Hangzhou', 'entity', 'hangzhou', { type: 'place' }], ['Nanjing', 'entity', 'nanjing', { type: 'place' }]] },
      { text: '杭州增长，杭州招聘。', facts: [['杭州', 'entity', 'hangzhou', { type: 'place' }], ['杭州', 'entity', 'hangzhou', { type: 'place' }]] });
    expect(run(entityMismatch, d)).toEqual([]);
  });
  it('a demonym is no place to compare', () => {
    const d = pairDoc({ text: 'A Frenchman won the race in Lyon.', facts: [['Frenchman', 'entity', 'france', { type: 'place' }], ['Lyon', 'entity', 'lyon', { type: 'place' }]] },
      { text: '一名法国籍选手在里昂夺冠。', facts: [['里昂', 'entity', 'lyon', { type: 'place' }]] });
    expect(run(entityMismatch, d)).toEqual([]);
  });
});

describe('names romanized with hyphens, as Taiwan writes them', () => {
  const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.severity);

  it('holds another person put in as an error', () => {
    expect(findings('Premier Su Tseng-chang inspected the dam.', '行政院长苏贞昌视察了水坝。')).toEqual([]);
    expect(findings('Premier Su Tseng-chang inspected the dam.', '行政院长王美花视察了水坝。')).toEqual(['error']);
  });
});

describe('a foreign surname rendered by the sound it opens with', () => {
  it.each([
    ['The analyst Mike Hawes expects a rebound.', '分析师迈克·霍斯预计将出现反弹。'],
    ['Coach Ellen Owens praised the squad.', '教练埃伦·欧文斯称赞了全队。'],
  ])('is no other person: %s', (en, zh) => {
    expect(align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });

  it('still tells another surname', () => {
    expect(align('The analyst Mike Hawes expects a rebound.\n\n分析师迈克·琼斯预计将出现反弹。\n').findings
      .filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.message)).toEqual([expect.stringContaining('different persons')]);
  });
});

describe('a Chinese name against an English given name with its surname', () => {
  const persons = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
    .filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error').map((f) => f.message);

  it.each([
    ['The pianist Maria Deng returns to Wuhan in May.', '钢琴家邓雨欣5月重返武汉。'],
    ['The designer Kevin Luo opened a studio in Wuhan.', '设计师罗志豪在武汉开设了工作室。'],
    // a given name that pinyin could also spell, and a surname spelled by its Cantonese sound
    ['The principal, Dr Alan Tsoi, opened the new hall.', '校长蔡家明博士为新礼堂揭幕。'],
    ['Board chair Winnie Lau signed the deal.', '董事会主席劉詠詩簽署了協議。'],
  ])('is the name the person goes by: %s', (en, zh) => {
    expect(persons(en, zh)).toEqual([]);
  });

  it('leaves a foreign name rendered by its surname alone', () => {
    expect(persons('The poet Rajiv Menon read from his new book.', '诗人梅农朗读了他的新书。')).toEqual([]);
  });

  it('tells another surname behind the English given name', () => {
    expect(persons('The principal, Dr Alan Tsoi, opened the new hall.', '校长郑家明博士为新礼堂揭幕。')).toEqual([expect.stringMatching(/different persons/)]);
  });

  it.each([
    // surnames spelled by their Hokkien, Teochew or Cantonese sound, given names too
    ['Sales fell, said Goh Siew Lan, the shop\'s manager.', '店铺经理吴秀兰表示，销量下降。'],
    ['Sales fell, said Chan Yuet Ming, the shop\'s manager.', '店铺经理陈月明表示，销量下降。'],
    // a given name's syllables written apart
    ['Sales fell, said Zhang Xiao Ming, the shop\'s manager.', '店铺经理张晓明表示，销量下降。'],
  ])('is one person spelled another way: %s', (en, zh) => {
    expect(persons(en, zh)).toEqual([]);
  });

  it.each([
    // Macao's spellings: i for y, v for w, eo for eu, after a title's field
    ['Director of Public Works Iong Wai Leong opened the new hall.', '工務局局長容偉良為新禮堂揭幕。'],
    ['Sales fell, said Vong Kuok Chao, the shop\'s manager.', '店舖經理黃國洲表示，銷量下降。'],
  ])('is one person in a Macao spelling: %s', (en, zh) => {
    expect(persons(en, zh)).toEqual([]);
  });

  it('tells another surname against a Macao spelling', () => {
    expect(persons('Director of Public Works Iong Wai Leong opened the new hall.', '工務局局長陳偉良為新禮堂揭幕。')).toEqual([expect.stringMatching(/different persons/)]);
  });

  it('tells a southern spelling of another surname', () => {
    expect(persons('Sales fell, said Goh Siew Lan, the shop\'s manager.', '店铺经理林秀兰表示，销量下降。')).toEqual([expect.stringMatching(/different persons/)]);
  });

  it('still tells two Chinese names apart', () => {
    expect(persons('The singer Zhang Wei will open her tour in Wuhan.', '歌手张丽将在武汉开启巡演。')).toEqual([expect.stringMatching(/different persons/)]);
  });
});

describe('a Chinese place inside a title in 《》', () => {
  const places = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
    .filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error').map((f) => f.message);

  it('is left out of the comparison when the English gives the title in its own words', () => {
    expect(places('The study of 2,400 children in southern China was published in JAMA Pediatrics.', '这项研究发表在《美国医学会杂志·儿科学》上，覆盖2400名儿童。')).toEqual([]);
  });

  it('leaves a place outside the title compared', () => {
    expect(places('The study of 2,400 children in Japan was published on Monday.', '这项研究覆盖美国2400名儿童，于周一发表。')).toEqual([expect.stringMatching(/different places/)]);
  });
});

describe('the European Union against a country', () => {
  const told = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
  it('is told against a country outside it', () => {
    expect(told('The vaccine won approval from European Union regulators on Monday.', '该疫苗周一获日本监管机构批准。')).toHaveLength(1);
  });
  it('is not told against a member a translation may name for it, nor against itself', () => {
    expect(told('The vaccine won approval from European Union regulators on Monday.', '该疫苗周一获法国监管机构批准。')).toEqual([]);
    expect(told('The vaccine won approval from European Union regulators on Monday.', '该疫苗周一获欧盟监管机构批准。')).toEqual([]);
  });
});

describe('a body whose Chinese name opens on its country', () => {
  const told = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
  it('meets the English name that leaves the country out', () => {
    expect(told('Clinics treated 12,000 patients last week, the Ministry of Public Health said.', '泰國衞生部表示，診所上週共診治1.2萬名病人。')).toEqual([]);
  });
  it('is still told against a ministry of another field', () => {
    expect(told('Clinics treated 12,000 patients last week, the Ministry of Finance said.', '泰國衞生部表示，診所上週共診治1.2萬名病人。')).toHaveLength(1);
  });
});
