import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const findings = (en: string, zh: string, entities = false) => align(`${en}\n\n${zh}\n`, { entities }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);

describe('names written the Hong Kong and Singapore way', () => {
  it('keep a surname in a southern spelling wherever they stand', () => {
    const people = (text: string) => extractEntities(text, 'en').filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));
    expect(people('By Ng Wei Ming')).toEqual(['Ng Wei Ming']);
    expect(people('The survey was led by Ng Wei Ming and Lim Boon Heng')).toEqual(['Ng Wei Ming', 'Lim Boon Heng']);
    // not three words of which the last two are no syllables of a Chinese name
    expect(people('By Ng Harbour View')).toEqual([]);
  });

  it('keep an English given name with the Chinese name after a title', () => {
    expect(findings('Board Chairman Peter Ho Kwok-keung said sales rose 8%.', '董事局主席何國強表示，銷售額上升8%。', true)).toEqual([]);
    expect(findings('Board Chairman Peter Ho Kwok-keung said sales rose 8%.', '董事局主席梁國強表示，銷售額上升8%。', true))
      .toEqual([expect.stringMatching(/^error entity-mismatch .*different persons/)]);
  });

  it('find a person after an occupation', () => {
    expect(findings('Prices will ease, said Chen Hao, an analyst at the market.', '市场分析师刘浩说，价格将回落。', true))
      .toEqual([expect.stringMatching(/^error entity-mismatch .*different persons/)]);
  });
});

describe('foreign names', () => {
  it('whose surnames begin alike but first names not are two people', () => {
    expect(findings('Karim Wassef opened the show.', '扎希·哈瓦斯为展览揭幕。', true)).toEqual([expect.stringMatching(/^error entity-mismatch .*different persons/)]);
  });

  it('rendered family name first, as Hungarian writes its own, are one person', () => {
    expect(findings('Minister Gábor Kovács opened the show.', '部长科瓦奇·加博尔为展览揭幕。', true)).toEqual([]);
    expect(findings('Minister Gábor Kovács opened the show.', '部长瓦尔加·米哈伊为展览揭幕。', true)).toEqual([expect.stringMatching(/^error entity-mismatch .*different persons/)]);
  });
});

describe('one name twice', () => {
  it('trades no values', () => {
    expect(findings('More than 420 objects from the Danish Museum in Aarhus and 9 other Danish museums are on show.',
      '来自奥胡斯丹麦博物馆及其他9家丹麦博物馆的420余件展品正在展出。', true)).toEqual([]);
  });
});

describe('a body by its full name against one CC-CEDICT names in English', () => {
  it('is another body where nothing of their own names meets', () => {
    expect(findings('The China Earthquake Administration said the quake was of magnitude 5.1.', '据水利部消息，此次地震为5.1级。', true))
      .toEqual([expect.stringMatching(/^warning entity-mismatch .*different organizations$/)]);
  });

  it('is the same body where a word renders the other, or the English names a part of it', () => {
    expect(findings('The Ministry of Commerce said exports rose 5.1%.', '商务部表示，出口增长5.1%。', true)).toEqual([]);
    expect(findings('The Urban Department of the NBS said prices rose 0.4%.', '国家统计局表示，价格上涨0.4%。', true)).toEqual([]);
  });
});

describe('two well-known bodies', () => {
  it('are not told apart where each side names the other somewhere', () => {
    expect(findings('Microsoft and Tencent Holdings raised prices by 4%, while Lenovo held them.', '微软及腾讯控股将价格上调4%，联想集团则维持不变。', true)).toEqual([]);
  });
});

describe('a body whose name holds `of the`', () => {
  it('is one name after its head word', () => {
    const orgs = (text: string) => extractEntities(text, 'en').filter((e) => e.type === 'org').map((e) => text.slice(e.start, e.end));
    expect(orgs('Figures from the Ministry of the Environment and the Bank of the Pacific.')).toEqual(['Ministry of the Environment', 'Bank of the Pacific']);
    expect(findings('Figures from the Ministry of the Environment show a 3% fall.', '据财政部数据，下降3%。', true))
      .toEqual([expect.stringMatching(/^warning entity-mismatch .*different organizations of one kind/)]);
  });

  it('still cuts a name of a person or a place at `of the`', () => {
    const found = (text: string) => extractEntities(text, 'en').map((e) => `${text.slice(e.start, e.end)}:${e.type}`);
    expect(found('The President of the United States spoke.')).toEqual(['United States:place']);
  });
});

describe('a Chinese person named by the surname alone in the English', () => {
  const personFindings = (en: string, zh: string) => findings(en, zh, true).filter((f) => f.includes('entity-mismatch'));

  it.each([
    ['"Safety comes first. Hong Kong-registered ferries passed every check this year," Chan said.', '陳嘉慧說：「安全第一。香港註冊渡輪今年全部通過檢查。」'],
    ['Chan noted that Hong Kong ranked third in the survey.', '陳嘉慧指出，香港在調查中排名第三。'],
  ])('is the person the Chinese names in full: %s', (en, zh) => {
    expect(personFindings(en, zh)).toEqual([]);
  });

  it('is still another person where the English names someone in full', () => {
    expect(personFindings('Chan noted that Tsang Wing-kit led the survey.', '陳嘉慧指出，曾志明主持了調查。')).not.toEqual([]);
  });

  it('reads no person in a place of two words before a hyphen', () => {
    expect(personFindings('"Hong Kong-registered ships passed every check," the director said.', '陳嘉慧說：「香港註冊船舶全部通過檢查。」')).toEqual([]);
  });
});
