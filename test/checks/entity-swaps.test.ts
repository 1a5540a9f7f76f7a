import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.severity !== 'info' && f.ruleId === 'entity-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a city swapped beside a wider place the translation leaves out', () => {
  it('is told against the other side\'s city', () => {
    expect(findings('The tour left Turin for Geneva, drawing fans from all over Europe.', '巡演从罗马前往日内瓦，吸引了各地的乐迷。'))
      .toEqual([expect.stringMatching(/^error .*different places/)]);
  });

  it('stays quiet when the city is the same', () => {
    expect(findings('The tour left Turin for Geneva, drawing fans from all over Europe.', '巡演从都灵前往日内瓦，吸引了各地的乐迷。')).toEqual([]);
  });
});

describe('an organization of one kind with another name', () => {
  it('is a warning', () => {
    expect(findings('The award went to a team from Keio University.', '该奖项颁给了早稻田大学的一个团队。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it('stays quiet where only the head words differ, as each government renders 局', () => {
    expect(findings('In Malaysia, the Department of Environment reported 12 unhealthy readings.', '在马来西亚，环境局报告说，有12个读数不健康。')).toEqual([]);
    expect(findings('The Bureau of Fisheries said catches fell.', '渔业署表示，渔获量下降。')).toEqual([]);
  });

  it.each([
    // one syllable the same, the other far: the keys' letters are near, the names two
    ['The award went to a team from Nankai University.', '该奖项颁给了南京大学的一个团队。'],
    ['The award went to a team from Fudan University.', '该奖项颁给了复兴大学的一个团队。'],
    // two cities, the country named apart in the English
    ['Dr Marc Roux, a chemist at the University of Nantes in France, led the work.', '法国里尔大学化学家马克·鲁领导了这项工作。'],
    // a country against a city for the name, a field word the lexicon joins to the suffix (业大)
    ['The seed was bred with China Agricultural University.', '该品种由公司与南京农业大学共同培育。'],
    // two points of the compass
    ['China Southern Airlines will add a route to Rome in May.', '中国东方航空将于5月开通罗马航线。'],
  ])('is a warning when the names are other syllables or places: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it.each([
    ['The award went to a team from Fudan University.', '该奖项颁给了复旦大学的一个团队。'],
    // spellings of one name: postal, Wade-Giles, Cantonese, or a name read in Japanese
    ['The award went to a team from Peking University.', '该奖项颁给了北京大学的一个团队。'],
    ['The award went to a team from Nanking University.', '该奖项颁给了南京大学的一个团队。'],
    ['The award went to a team from Tunghai University.', '该奖项颁给了東海大學的一个团队。'],
    ['Kowloon Hospital admitted 40 patients.', '九龍醫院收治了40名病人。'],
    ['The award went to a team from Keio University.', '该奖项颁给了庆应大学的一个团队。'],
    // a place the English names apart, the same city
    ['Dr Marc Roux, a chemist at the University of Nantes in France, led the work.', '法国南特大学化学家马克·鲁领导了这项工作。'],
    // a name translated, not romanized
    ['The Yunqi campus of Westlake University in Hangzhou opened in 2022.', '杭州西湖大学云谷校区于2022年启用。'],
    ['The bank lent the money through its Taiwan arm.', '该银行通过台湾分行放贷。'],
    ['The seed was bred with China Agricultural University.', '该品种由公司与中国农业大学共同培育。'],
    // a word cut short to the letters that open it
    ['The story first ran in Jiangsu Agri Daily on Monday.', '该报道周一首发于江苏农业日报。'],
    ['China Eastern Airlines will add a route to Rome in May.', '中国东方航空将于5月开通罗马航线。'],
    // the name left as pinyin of the Chinese
    ['The award went to a team from Renmin University.', '该奖项颁给了人民大学的一个团队。'],
    // a place's name across a company's short name (海南航空 holds no 南航)
    ['Hainan Airlines will add a route to Rome in May.', '海南航空将于5月开通罗马航线。'],
    // A name by its initials: the Chinese renders the words they stand for.
    ['The KCR Corporation said trains would run every four minutes.', '九廣鐵路公司表示，列車將每四分鐘一班。'],
  ])('is not told of a body rendered as itself: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('an organization of one kind named word by word', () => {
  it('is a warning for a general administration of another field', () => {
    expect(findings('The National Immigration Administration said 1.8 million trips were made.', '海关总署表示，出入境180万人次。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it('is a warning for a body CC-CEDICT names after the city the Chinese opens on', () => {
    expect(findings('The museum will work with the Victoria and Albert Museum in London on the show.', '博物馆将与伦敦大英博物馆合作举办展览。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations/)]);
    expect(findings('The museum will work with the British Museum in London on the show.', '博物馆将与伦敦大英博物馆合作举办展览。')).toEqual([]);
  });

  it('is a warning when no word of the two names renders the other', () => {
    expect(findings('The Ministry of Agriculture and Rural Affairs said grain output rose.', '水利部表示，粮食产量有所增长。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it.each([
    // transport and transportation: one stem
    ['The Ministry of Transportation issued the plan on Monday.', '交通运输部周一发布了该计划。'],
    // agriculture and agricultural
    ['The Ministry of Agriculture and Rural Affairs said grain output rose.', '农业部表示，粮食产量有所增长。'],
    // a name left as pinyin shows nothing of the words of the other
    ['Students of Beijing Jiaotong University won the contest.', '北京交通大学的学生赢得了比赛。'],
    // 證券 is securities or stock
    ['Shares on the Taiwan Stock Exchange rose.', '台灣證券交易所股價上漲。'],
    // another head: an authority is no bureau
    ['The Hospital Authority said waits were shorter.', '醫院管理局表示，輪候時間縮短。'],
    // 国家 is State in some official names and National in others
    ['The State Taxation Administration said refunds reached 540 billion yuan.', '国家税务总局表示，退税额达5400亿元。'],
    // 监督管理 is regulation
    ['The National Financial Regulatory Administration said loans rose 7.9%.', '国家金融监督管理总局表示，贷款增长7.9%。'],
  ])('is not told of a body rendered in other words: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('a short name before the full name that holds it', () => {
  it('leaves the full name its own rendering: no term rendered two ways', () => {
    const result = align([
      'Posted 15 June 2024', '',
      'In Taipei, the health bureau said New Taipei City would open 12 more stations.', '',
      '台北市卫生局表示，新北市将再开设12个站点。', '',
      'Officials in Taipei will follow in July.', '',
      '台北市将于7月跟进。', '',
    ].join('\n'));
    expect(result.findings.filter((f) => f.ruleId === 'inconsistent-term')).toEqual([]);
  });
});

describe('places with the province they lie in', () => {
  it('weighs province against province and city against city, two on each side', () => {
    expect(findings('The firm will open a design centre in Wuxi, Jiangsu province, next year.', '该公司明年将在浙江宁波开设设计中心。'))
      .toEqual([expect.stringMatching(/^error .*Wuxi.*宁波.*different places/), expect.stringMatching(/^error .*Jiangsu.*浙江.*different places/)]);
    expect(findings('The firm will open a design centre in Wuxi, Jiangsu province, next year.', '该公司明年将在江苏无锡开设设计中心。')).toEqual([]);
  });

  it('weighs no province of the other side\'s one city as a place of its own', () => {
    expect(findings('Under the Guangdong jobs drive, a fair will be held in Foshan on June 6.', '在广东就业行动中，招聘会将于6月6日在肇庆举办。'))
      .toEqual([expect.stringMatching(/^error .*Foshan.*肇庆.*different places/)]);
  });

  it('tells no city against its own province', () => {
    expect(findings('A fair will be held in Foshan on June 6.', '招聘会将于6月6日在广东举办。')).toEqual([]);
  });
});

describe('a region and a part of it named by its words', () => {
  it('are one place, so the other places left are weighed', () => {
    expect(findings('Exports to south-east Asia rose, led by shipments to Vietnam.', '对东南亚的出口增长，其中对泰国的出货领涨。'))
      .toEqual([expect.stringMatching(/^error .*Vietnam.*泰国.*different places/)]);
    expect(findings('Exports to south-east Asia rose, led by shipments to Vietnam.', '对东南亚的出口增长，其中对越南的出货领涨。')).toEqual([]);
  });
});

describe('a bureau named by one word of its field', () => {
  it('is told against another bureau, and not against its own English name', () => {
    expect(findings('Separately, the Lands Bureau said it would sell two sites.', '另外，房屋局表示將出售兩幅土地。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
    expect(findings('Separately, the Housing Bureau said it would sell two sites.', '另外，房屋局表示將出售兩幅土地。')).toEqual([]);
  });
});

describe('a place said twice on one side', () => {
  it('is one place weighed against the other side\'s one', () => {
    expect(findings('Hubei: Hubei province opened 120 day-care centres for the elderly last year, the provincial civil affairs department said.',
      '湖南：湖南省民政厅表示，去年全省新开设日间照料中心120家。')).toEqual([expect.stringMatching(/^error .*"Hubei".*"湖南.*different places/)]);
  });

  it('stays quiet when it is the same place', () => {
    expect(findings('Hubei: Hubei province opened 120 day-care centres for the elderly last year, the provincial civil affairs department said.',
      '湖北：湖北省民政厅表示，去年全省新开设日间照料中心120家。')).toEqual([]);
  });
});
