import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const entityFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a Chinese name in another spelling', () => {
  it.each([
    // Hong Kong's spelling of the surname, a given name as pinyin writes it too
    ['Director of Housing Agnes Wong Fan said the estate would open in May.', '房屋署署長黃帆表示，屋邨將於五月入伙。'],
    // Wade-Giles, the surname first
    ['Chairman Tu Ming said the airline would add six routes.', '董事長杜明表示，航空公司將新增六條航線。'],
    // Wade-Giles with a hyphenated given name
    ['Mayor Chang Chih-wei opened the bridge.', '市長張志偉為大橋揭幕。'],
    // a spelling of the person's own, one syllable as pinyin writes it and the other by its first letter
    ['Chairman Wu Ching-dow said the league would add two teams.', '主席吳清道表示，聯盟將新增兩支球隊。'],
  ])('is one person: %s', (en, zh) => {
    expect(entityFindings(en, zh)).toEqual([]);
  });

  it('still tells another surname', () => {
    expect(entityFindings('Chairman Tu Ming said the airline would add six routes.', '董事長李明表示，航空公司將新增六條航線。'))
      .toEqual([expect.stringMatching(/^error .*different persons/)]);
    expect(entityFindings('Chairman Wu Ching-dow said the league would add two teams.', '主席吳清明表示，聯盟將新增兩支球隊。'))
      .toEqual([expect.stringMatching(/^error .*different persons/)]);
  });
});

describe('a person after a title of a board or a panel', () => {
  it.each([
    ['Chief Financial Officer Song Lihua said costs fell.', '首席财务官宋丽华表示成本下降。', '首席财务官冯丽华表示成本下降。'],
    ['said Gao Jianping, a member of the expert panel.', '专家组成员高建平说。', '专家组成员郑建平说。'],
    // a one-character given name before a verb the lexicon knows
    ['He will be succeeded by vice-president Zhou Qiang.', '他将由副总裁周强接任。', '他将由副总裁周涛接任。'],
  ])('is found and weighed: %s', (en, same, other) => {
    expect(entityFindings(en, same)).toEqual([]);
    expect(entityFindings(en, other)).toEqual([expect.stringMatching(/^error .*different persons/)]);
  });

  it('is no word a title opens', () => {
    expect(align('The chief executive attached great importance to it.\n\n总裁高度重视此事。\n').facts.filter((f) => f.type === 'person')).toEqual([]);
  });
});

describe('bodies of one kind and one country', () => {
  it('are two when their own words differ: a department swapped', () => {
    expect(entityFindings('On Monday the US Department of Commerce announced the rules.', '周一，美国能源部公布了这些规定。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
    // with another organization named beside the Chinese one
    expect(entityFindings('The US Department of Commerce approved a grant to Apex Metals.', '美国能源部批准向顶点金属公司拨款。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it('are of one kind when 部 is a ministry on one side and a department on the other', () => {
    expect(entityFindings('On Monday the US Department of Commerce approved the grant.', '周一，美国农业部批准了这笔拨款。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
    expect(entityFindings('On Monday the US Department of Agriculture approved the grant.', '周一，美国农业部批准了这笔拨款。')).toEqual([]);
  });

  it('are one when the words render each other', () => {
    expect(entityFindings('On Monday the US Department of Commerce approved the grant.', '周一，美国商务部批准了这笔拨款。')).toEqual([]);
    expect(entityFindings('Shares on the Shanghai Stock Exchange rose.', '上海证券交易所股价上涨。')).toEqual([]);
  });

  it('read a British spelling as CC-CEDICT glosses it', () => {
    expect(entityFindings('Harbour Bank raised its dividend.', '港湾银行上调股息。')).toEqual([]);
    expect(entityFindings('The Labour Bureau said so.', '劳工局表示。')).toEqual([]);
  });
});

describe('a hyphenated given name, as Taiwan writes names', () => {
  it.each([
    ['Chairman Chang Chih-wei said the airline would add six routes.', '董事長張志華表示，航空公司將新增六條航線。'],
    ['Mayor Huang Shu-fen opened the bridge.', '市長黃淑玲為大橋揭幕。'],
  ])('tells another person of the surname where one syllable is unlike: %s', (en, zh) => {
    expect(entityFindings(en, zh)).toEqual([expect.stringMatching(/^error .*different persons/)]);
  });

  it.each([
    ['Chairman Chang Chih-wei said the airline would add six routes.', '董事長張志偉表示，航空公司將新增六條航線。'],
    ['Mayor Huang Shu-fen opened the bridge.', '市長黃淑芬為大橋揭幕。'],
    // Gwoyeu Romatzyh's jeou, as the name keeps it
    ['Former president Ma Ying-jeou attended the forum.', '前總統馬英九出席論壇。'],
    // Hong Kong's spellings follow Cantonese sounds (嘉 ka, 欣 yan; 彭 Pang, 佳 kai)
    ['Inspector Tsang Ka-yan led the raid.', '督察曾嘉欣帶領行動。'],
    ['Chairman Pang Yiu-kai opened the fair.', '主席彭耀佳為展覽揭幕。'],
  ])('stays quiet for one name: %s', (en, zh) => {
    expect(entityFindings(en, zh)).toEqual([]);
  });
});
