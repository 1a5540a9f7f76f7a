import { describe, expect, it } from 'vitest';
import { namesIn } from './people.js';
import { align, loadLexicon } from '../../src/index.js';
import { extractEntities } from '../../src/pipeline/entities.js';

describe('an organization, a title and a name in one capitalized run', () => {
  it.each([
    ['Port Authority Director-General Daniel Reyes said the berth would reopen.', [['Port Authority', 'org'], ['Daniel Reyes', 'person']]],
    ['Department of Transport Secretary Helen Moss visited the site.', [['Department of Transport', 'org'], ['Helen Moss', 'person']]],
    ['Statistics Bureau Chief Economist Zhao Ming said prices rose.', [['Statistics Bureau', 'org'], ['Zhao Ming', 'person']]],
  ])('%s', (text, expected) => {
    const found = [...namesIn(text, 'en', 'org').map(([name]) => [name, 'org']), ...namesIn(text, 'en', 'person').map(([name]) => [name, 'person'])];
    expect(found).toEqual(expected);
  });

  it('keeps a name whose words after the title name no person', () => {
    expect(namesIn('The Council of Chief State School Officers met in May.', 'en', 'person')).toEqual([]);
  });
});

describe('company names by the endings company law gives them', () => {
  it('reads Holdings Limited and 控股有限公司', () => {
    expect(namesIn('Silver Tide Holdings Limited said revenue rose.', 'en', 'org').map(([name]) => name)).toEqual(['Silver Tide Holdings Limited']);
    expect(namesIn('银潮控股有限公司表示收入上升。', 'zh', 'org').map(([name]) => name)).toEqual(['银潮控股有限公司']);
  });
});

/** The Chinese organizations of a text, read with the lexicon's words. */
function orgs(text: string): string[] {
  const lexicon = loadLexicon();
  const longestWord = (t: string, from: number, to: number): number => lexicon.longestWord?.(t, from, to) ?? 0;
  return extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'org').map((c) => text.slice(c.start, c.end));
}

describe('suffixes that are no organization\'s (with the lexicon)', () => {
  it.each([
    // 部分 (part of), 部门 (departments), 局面 (a situation)
    ['山西部分地区将有大雪。', []],
    ['各地交通部门加强巡查。', []],
    // 本公司 (this company), 附属公司 (a subsidiary)
    ['董事会宣布本公司及其附属公司的业绩。', []],
    // a company in a country, counted (一家): the country is no part of a name
    ['他曾在德国一家软件公司任职三年。', []],
    ['她在杭州一所大学任教。', []],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    ['中国外交部发言人表示', ['中国外交部']],
    ['山西省交通厅发布通知', ['山西省交通厅']],
    ['国家统计局局长说', ['国家统计局']],
  ])('%s keeps its organization', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('bodies of the state named by their field (with the lexicon)', () => {
  it.each([
    // a general administration, with the state's word or alone
    ['国家税务总局周二发布新规。', ['国家税务总局']],
    ['海关总署公布前十个月进出口数据。', ['海关总署']],
    ['國家稅務總局表示', ['國家稅務總局']],
    ['市场监管总局通报抽检结果。', ['市场监管总局']],
    // the state, a field word no glossary holds, then field words and the suffix
    ['国家移民管理局介绍，口岸通关顺畅。', ['国家移民管理局']],
    ['国家知识产权局授权发明专利。', ['国家知识产权局']],
    // a ministry or a bureau of field words alone, after a word of grammar
    ['根據經濟部統計，出口成長。', ['經濟部']],
    ['据生态环境部介绍，水质改善。', ['生态环境部']],
    // an agency of a country, 厅 after a field word of the lexicon
    ['日本观光厅表示，访日游客持续增加。', ['日本观光厅']],
    ['日本氣象廳發布大雨特別警報。', ['日本氣象廳']],
    // a bureau named by one word of its field, after a boundary
    ['另外，房屋局今日公布最新數字。', ['房屋局']],
    ['運輸署表示，新路線下月開通。', ['運輸署']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    // 当局 (the authorities), 总部 (headquarters), 西部 (the west): a place and a word, no body
    ['香港当局表示将加强检查。', []],
    ['公司北京总部迁往新址。', []],
    ['美国西部天气炎热。', []],
    // a hall after a place: 展厅 and 餐厅 are no agencies
    ['上海展厅本周开放。', []],
    ['北京餐厅推出新菜单。', []],
    // a word of the lexicon that ends in the suffix
    ['他去邮局寄了一封信。', []],
    ['比赛以平局结束。', []],
    // 管理局 alone names no field; a numeral is no field word
    ['管理局表示将延长开放时间。', []],
    ['全国首个数据局挂牌。', []],
    // a word of grammar between the state and the suffix
    ['国家将由该局负责。', []],
  ])('%s names no body', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('和 opening a Chinese body\'s name', () => {
  it.each([
    ['中标者是和丰电讯有限公司。', ['和丰电讯有限公司']],
    ['中标名单：和丰电讯有限公司。', ['和丰电讯有限公司']],
  ])('is its first character where no noun stands before it to join: %s', (text, expected) => {
    expect(namesIn(text, 'zh', 'org').map(([name]) => name)).toEqual(expected);
  });

  it.each([
    ['他和银行公司谈判。', ['银行公司']],
    ['华为和小米公司表示。', ['小米公司']],
  ])('is `and` after a noun or a pronoun: %s', (text, expected) => {
    expect(namesIn(text, 'zh', 'org').map(([name]) => name)).toEqual(expected);
  });
});

describe('a title, of or for, its field and a name', () => {
  it.each([
    ['Minister of Finance Paul Chan presented the budget.', ['Paul Chan']],
    ['Vice-Minister of Commerce Wang Shouwen met the delegation.', ['Wang Shouwen']],
    ['Vice-Minister of Ecology and Environment Zhai Qing told reporters the campaign would go on.', ['Zhai Qing']],
    ['Secretary for Home and Youth Affairs Alice Mak opened the centre.', ['Alice Mak']],
    // field words of two words, then `and the`; a given name and a surname of any origin
    ['Minister for Trade Policy and the Economy Karen Tam said the scheme would open in May.', ['Karen Tam']],
    ['Minister of Culture and the Arts Helen Brandt opened the fair.', ['Helen Brandt']],
    // the field after the title is no one's name
    ['Secretary for Development Affairs attended the ceremony.', []],
  ])('keeps the field out of the name: %s', (text, expected) => {
    expect(namesIn(text, 'en', 'person').map(([name]) => name)).toEqual(expected);
  });

  it('reads no person where no name ends the run', () => {
    expect(namesIn('The Minister of Finance Affairs Office said.', 'en', 'person')).toEqual([]);
  });
});

describe('a Chinese body named after its parent', () => {
  it.each([
    ['专家来自中国科学院东北地理农业生态研究所。', ['中国科学院', '东北地理农业生态研究所']],
    ['该项目由华东大学海洋科学研究院牵头。', ['华东大学', '海洋科学研究院']],
  ])('is a body of its own after the parent: %s', (text, expected) => {
    expect(namesIn(text, 'zh', 'org').map(([name]) => name)).toEqual(expected);
  });

  it.each([
    ['中国铁建集团公司宣布中标。', ['中国铁建集团公司']],
    ['中信集团有限公司发布公告。', ['中信集团有限公司']],
  ])('leaves a group company one name: %s', (text, expected) => {
    expect(namesIn(text, 'zh', 'org').map(([name]) => name)).toEqual(expected);
  });
});

describe('a chamber of commerce named by its place', () => {
  it('is one body, keyed as its English name', () => {
    const result = align('The Macao General Chamber of Commerce said exports rose 5%.\n\n澳门总商会表示，出口增长5%。\n');
    expect(result.facts.filter((f) => f.type === 'org').map((f) => `${f.lang} ${f.value}`))
      .toEqual(['en chamber commerce general macao', 'zh chamber commerce general macao']);
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});

describe('bodies of Hong Kong, Macao and of health, by the words of their English names', () => {
  it('reads bureaus of affairs and of fields joined by 及, and a centre for disease control', () => {
    const orgs = (text: string) => namesIn(text, 'zh', 'org').map(([name]) => name);
    expect(orgs('交通事務局今日公布新的巴士路線。')).toEqual(['交通事務局']);
    expect(orgs('政制及內地事務局表示將檢討安排。')).toEqual(['政制及內地事務局']);
    expect(orgs('勞工及福利局局長出席活動。')).toEqual(['勞工及福利局']);
    expect(orgs('另外，海事及水務局表示渡輪停航。')).toEqual(['海事及水務局']);
    expect(orgs('浙江省疾病预防控制中心发布提示。')).toEqual(['浙江省疾病预防控制中心']);
  });

  it('reads Macao\'s bodies of two fields joined by 暨, keyed as their English names', () => {
    const orgs = (text: string) => namesIn(text, 'zh', 'org').map(([name]) => name);
    expect(orgs('澳門統計暨普查局公布最新數據。')).toEqual(['澳門統計暨普查局']);
    expect(orgs('地圖繪製暨地籍局發出通告。')).toEqual(['地圖繪製暨地籍局']);
    const told = align('The Statistics and Census Service said arrivals rose 5%.\n\n統計暨普查局表示，入境旅客上升5%。\n')
      .findings.filter((f) => f.ruleId === 'entity-mismatch');
    expect(told).toEqual([]);
  });

  it('reads a federation and a guild named by their place and field (聯會, 公會)', () => {
    const orgs = (text: string) => namesIn(text, 'zh', 'org').map(([name]) => name);
    expect(orgs('香港保險業聯會的一項調查顯示，保費上升。')).toEqual(['香港保險業聯會']);
    expect(orgs('香港投資基金公會周三公布數據。')).toEqual(['香港投資基金公會']);
    expect(orgs('他们成立了工会。')).toEqual([]);
  });

  it('reads a bureau named by a field word before the words of its work (藥物監督管理局)', () => {
    const orgs = (text: string) => align(`Health officials spoke.\n\n${text}\n`).facts.filter((f) => f.lang === 'zh' && f.type === 'org').map((f) => f.raw);
    expect(orgs('衛生局又表示，藥物監督管理局接手藥物註冊工作。')).toEqual(['衛生局', '藥物監督管理局']);
  });

  it('tells a bureau of Macao against another of one kind, the place in the Chinese name no word of pinyin', () => {
    const told = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(told('The Financial Services Bureau said reserves rose.', '澳門金融管理局表示，儲備上升。')).toHaveLength(1);
    expect(told('The Monetary Authority of Macao said reserves rose.', '澳門金融管理局表示，儲備上升。')).toEqual([]);
  });

  it('reads a body written with a variant character Hong Kong uses (衞 for 衛)', () => {
    const orgs = (text: string) => namesIn(text, 'zh', 'org').map(([name]) => name);
    expect(orgs('食物及衞生局今日公布新的措施。')).toEqual(['食物及衞生局']);
    expect(orgs('食物及衛生局今日公布新的措施。')).toEqual(['食物及衛生局']);
  });

  it('tells a provincial centre against the national one', () => {
    const told = align('The advice came from the Chinese Center for Disease Control and Prevention, officials said.\n\n官员表示，该建议来自浙江省疾病预防控制中心。\n')
      .findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(told).toHaveLength(1);
  });
});

describe('a customs district named by its place', () => {
  it('is a body on each side', () => {
    expect(namesIn('Xiamen Customs said imports of fruit fell.', 'en', 'org').map(([name]) => name)).toEqual(['Xiamen Customs']);
    expect(namesIn('厦门海关表示，水果进口下降。', 'zh', 'org').map(([name]) => name)).toEqual(['厦门海关']);
  });
  it('is no body where customs is a word of the clause', () => {
    expect(namesIn('海关数据显示，水果进口下降。', 'zh', 'org')).toEqual([]);
    expect(namesIn('Customs data showed imports of fruit fell.', 'en', 'org')).toEqual([]);
  });
});
