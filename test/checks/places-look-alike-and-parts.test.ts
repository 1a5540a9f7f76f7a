import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const entityFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a city beside its province, the province named on both sides', () => {
  it('is weighed against the other side\'s city, not hidden behind the province', () => {
    expect(entityFindings('She bought two tickets home to Changde, Hunan province, on her third try.', '她第三次尝试时买到了两张回湖南怀化的车票。'))
      .toEqual([expect.stringMatching(/^error .*"Changde".*"怀化".*different places/)]);
  });

  it.each([
    ['She bought two tickets home to Changde, Hunan province, on her third try.', '她第三次尝试时买到了两张回湖南常德的车票。'],
    // the city left out: the province stands for it
    ['She bought two tickets home to Changde, Hunan province, on her third try.', '她第三次尝试时买到了两张回湖南的车票。'],
    ['She flew from Wuhan to Changde, Hunan province, on Monday.', '她周一从武汉飞往湖南。'],
  ])('agrees: %s', (en, zh) => {
    expect(entityFindings(en, zh)).toEqual([]);
  });
});

describe('a place whose name is another\'s but for a letter or two', () => {
  it('is the one weighed among several places left on one side', () => {
    expect(entityFindings('The line, linking Henan and Shanxi provinces, passes Jincheng and Luoyang.', '这条连接河南与陕西的线路途经……'))
      .toEqual([expect.stringMatching(/^error .*"Shanxi".*"陕西".*different places/)]);
    expect(entityFindings('Floods hit Hubei, Anhui and Jiangxi last week.', '上周洪水袭击了河北。'))
      .toEqual([expect.stringMatching(/^error .*"Hubei".*"河北".*different places/)]);
  });

  it('leaves several places alone when none looks like the other side\'s', () => {
    expect(entityFindings('The line, linking Jincheng and Luoyang, passes through Jiyuan.', '这条线路连接陕西……')).toEqual([]);
  });
});

describe('a city-state against a city', () => {
  it('is two places of one tier', () => {
    expect(entityFindings('"My parents can fly in," said a student who now studies law in Kuala Lumpur.', '一名目前在新加坡学习法律的学生说："我父母可以飞过来。"'))
      .toEqual([expect.stringMatching(/^error .*"Kuala Lumpur".*"新加坡".*different places/)]);
  });

  it('is the same place on both sides', () => {
    expect(entityFindings('A student who now studies law in Singapore said so.', '一名目前在新加坡学习法律的学生这样说。')).toEqual([]);
  });
});

describe('the English given name and surname a person goes by', () => {
  it('is the Chinese name of that surname, so the other name left is weighed', () => {
    expect(entityFindings('The Secretary for Education, Ms Gloria Tang, and the chairman of the council, Dr Peter Yip, signed the pact.',
      '教育局局长邓雅丽与委员会主席罗志坚博士签署协议。'))
      .toEqual([expect.stringMatching(/^error .*"Peter Yip".*"罗志坚".*different persons/)]);
  });

  it('is a Chinese name of transliteration characters that opens on that surname, in traditional characters too', () => {
    expect(entityFindings('Demand will keep rising, said Simon Lo, chief operating officer of the group.', '集團營運總裁羅德恩說，需求將持續上升。')).toEqual([]);
    expect(entityFindings('Demand will keep rising, said Simon Lo, chief operating officer of the group.', '集團營運總裁陳德恩說，需求將持續上升。'))
      .toEqual([expect.stringMatching(/^error .*different persons/)]);
  });

  it('agrees when both are the same people', () => {
    expect(entityFindings('The Secretary for Education, Ms Gloria Tang, and the chairman of the council, Dr Peter Yip, signed the pact.',
      '教育局局长邓雅丽与委员会主席叶志坚博士签署协议。')).toEqual([]);
  });
});

describe('bodies named by a place, and parts of a body', () => {
  it('tells two centres of one kind in two districts', () => {
    expect(entityFindings('Residents may get the jab at the Sha Tin Community Health Centre on May 3.', '居民可于5月3日在观塘社区健康中心接种。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it('agrees on one centre', () => {
    expect(entityFindings('Residents may get the jab at the Sha Tin Community Health Centre on May 3.', '居民可于5月3日在沙田社区健康中心接种。')).toEqual([]);
  });

  it('takes a department named after its ministry for the English department', () => {
    expect(entityFindings('Li Na, head of the ministry\'s Department of Teacher Affairs, said training would expand.', '教育部教师工作司司长李娜表示，培训将扩大。')).toEqual([]);
  });
});

describe('a ministry named by its initials with `of`', () => {
  it('is the Chinese ministry, so another body of the English is no swap for it', () => {
    expect(entityFindings('MOE will raise the Enrichment Fund grants to schools by 10 per cent.', '教育部将把拨给学校的“充实基金”津贴提高一成。')).toEqual([]);
  });

  it('still tells the body when the English names no initials of the ministry', () => {
    expect(entityFindings('The council will raise the Enrichment Fund grants to schools by 10 per cent.', '教育部将把拨给学校的津贴提高一成。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations/)]);
  });
});

describe('a nationality adjective of the World Factbook', () => {
  it('names its country, so the country the Chinese names for it is no other place', () => {
    expect(entityFindings('China\'s imports of fruit rose, with Peruvian avocados and Thai durians among the best sellers.', '我国水果进口增长，秘鲁牛油果和泰国榴莲热销。')).toEqual([]);
  });
});

describe('bodies by the words of their official English names', () => {
  const orgs = (text: string) => align(`${text}\n`).facts.filter((f) => f.type === 'org').map((f) => `${f.raw}=${f.value}`);
  it('reads 委 after the words of a field as a commission, keyed as the English name is', () => {
    const [en] = orgs('The National Health Commission said so.');
    expect(orgs('国家卫生健康委表示。')).toEqual([`国家卫生健康委=${en!.split('=')[1]}`]);
  });

  it('reads the youth a foundation serves', () => {
    expect(entityFindings('The scheme is run with the China Education Development Foundation.', '该计划与中国青少年发展基金会联合实施。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
    expect(entityFindings('The scheme is run with the China Youth Development Foundation.', '该计划与中国青少年发展基金会联合实施。')).toEqual([]);
  });

  it('leaves a verb of 委 alone', () => {
    expect(orgs('他委托律师处理此事。')).toEqual([]);
  });
});

describe('a province after a comma that qualifies the place before it', () => {
  it('is left out, so the place is weighed against the other side\'s one', () => {
    expect(entityFindings('The band played three shows in Kunming, Yunnan province, last week.', '乐队上周在丽江连开三场演出。'))
      .toEqual([expect.stringMatching(/^error .*"Kunming".*"丽江".*different places/)]);
    expect(entityFindings('The band played three shows in Kunming, Yunnan province, last week.', '乐队上周在昆明连开三场演出。')).toEqual([]);
  });
});

describe('a body named after a word that joins it to another', () => {
  it('is found after 会同, and weighed', () => {
    const orgs = align('应急管理部会同水利部等部门进行了会商。\n').facts.filter((f) => f.type === 'org').map((f) => f.raw);
    expect(orgs).toEqual(['应急管理部', '水利部']);
  });
});

describe('a financial firm whose English name says capital for 金融', () => {
  it('is one body', () => {
    expect(entityFindings('China International Capital Corp is the sole sponsor of the listing.', '中国国际金融股份有限公司担任此次上市的独家保荐人。')).toEqual([]);
  });

  it('still tells two firms of other fields', () => {
    expect(entityFindings('China International Capital Corp is the sole sponsor of the listing.', '中国国际贸易股份有限公司担任此次上市的独家保荐人。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });
});

describe('museums, galleries and libraries', () => {
  const orgs = (text: string) => align(`${text}\n`).facts.filter((f) => f.type === 'org').map((f) => f.raw);
  it('are bodies on both sides', () => {
    expect(orgs('The Suzhou Museum will lend 40 scrolls.')).toEqual(['Suzhou Museum']);
    expect(orgs('苏州博物馆将出借40幅画卷。')).toEqual(['苏州博物馆']);
    expect(orgs('我们周末去参观博物馆。')).toEqual([]);
  });

  it('tells two museums of two cities, a verb that ends in 办 after them no part of theirs', () => {
    expect(entityFindings('Co-organised by the Suzhou Museum, the show opens in May.', '展览由杭州博物馆合办，5月开幕。'))
      .toEqual([expect.stringMatching(/^warning .*"Suzhou Museum".*"杭州博物馆".*different organizations of one kind/)]);
    expect(entityFindings('Co-organised by the Suzhou Museum, the show opens in May.', '展览由苏州博物馆合办，5月开幕。')).toEqual([]);
  });
});

describe('a place inside the name of a body the other side leaves unmatched', () => {
  it('is present there', () => {
    expect(entityFindings('Masks from Guanghan, Sichuan province, go on show at the Musee Cernuschi in Paris on Thursday.', '来自四川广汉的面具将于周四在巴黎赛努奇博物馆展出。')).toEqual([]);
    // no Paris against the other city left
    expect(entityFindings('Masks from Guanghan, Sichuan province, go on show at the Musee Cernuschi in Paris on Thursday.', '来自四川德阳的面具将于周四在巴黎赛努奇博物馆展出。')).toEqual([]);
  });

  it('is no cover for a place swapped beside a body both sides name', () => {
    expect(entityFindings('The show opens in Suzhou, organised by the Suzhou Museum.', '展览在无锡开幕，由苏州博物馆主办。'))
      .toEqual([expect.stringMatching(/^error .*"Suzhou".*"无锡".*different places/)]);
  });
});
