import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const alarms = (en: string, zh: string, rule = 'entity-mismatch') => align(`Campus news\n\n校园新闻\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const orgs = (text: string) => extractEntities(text, 'en').filter((c) => c.type === 'org').map((c) => text.slice(c.start, c.end));

describe('Hong Kong\'s universities the UGC funds', () => {
  it('are well-known bodies on both sides', () => {
    expect(alarms('Researchers at the Hong Kong Polytechnic University built the camera.', '香港理工大學的研究人員製造了這台相機。')).toEqual([]);
    expect(alarms('Researchers at HKUST built the camera.', '香港科技大學的研究人員製造了這台相機。')).toEqual([]);
  });

  it('are told apart from one another', () => {
    expect(alarms('Researchers at the Hong Kong University of Science and Technology built the camera.', '香港理工大學的研究人員製造了這台相機。'))
      .toEqual([expect.stringMatching(/^warning EN "Hong Kong University of Science and Technology" .* vs ZH "香港理工大學" .*different organizations/)]);
    expect(alarms('Researchers at City University of Hong Kong built the camera.', '香港浸會大學的研究人員製造了這台相機。'))
      .toEqual([expect.stringMatching(/different organizations/)]);
  });
});

describe('a university named by a romanized word against one named by its city', () => {
  it('is another body when none of the syllables is alike (`Tsinghua` against 北京)', () => {
    expect(alarms('Tsinghua University said it would open a campus in the south of the city next year.', '北京大学表示，明年将在城市南部开设校区。'))
      .toEqual([expect.stringMatching(/^warning EN "Tsinghua University" .* vs ZH "北京大学" .*different organizations of one kind/)]);
  });

  it('is the same body when the word spells the city (`Peking`, `Soochow`)', () => {
    expect(alarms('Peking University said it would open a campus in the south of the city next year.', '北京大学表示，明年将在城市南部开设校区。')).toEqual([]);
    expect(alarms('Soochow University said it would open a campus in the south of the city next year.', '苏州大学表示，明年将在城市南部开设校区。')).toEqual([]);
  });
});

describe('a titled surname before `of` and a body', () => {
  it('is no word of the body\'s name', () => {
    expect(orgs('Professor Chan of Tsinghua University spoke first.')).toEqual(['Tsinghua University']);
    expect(orgs('Director Li of Peking University spoke first.')).toEqual(['Peking University']);
  });

  it('leaves a head word\'s own `of` alone (`Bank of China`)', () => {
    expect(orgs('The Bank of China spoke first.')).toEqual(['Bank of China']);
  });
});

describe('two values of one clause each', () => {
  it('do not trade places when one is a part of a whole and the other a count', () => {
    expect(alarms('"New methods cut the building time by a third," said the architect, who is 46.', '46岁的建筑师说："新方法使建造时间缩短了三分之一。"', 'swapped-values')).toEqual([]);
  });
});

describe('a place alone before `and` and a body with its head word after', () => {
  it('are the place and the body, two names', () => {
    expect(orgs('The college in Taichung and National Yang Ming Chiao Tung University tied.')).toEqual(['National Yang Ming Chiao Tung University']);
    expect(alarms('Medical University in Taichung and National Central University tied for 351st.', '台南的醫藥大學與國立中央大學並列第351名。'))
      .toEqual([expect.stringMatching(/^error EN "Taichung" .* vs ZH "台南" .*different places/)]);
  });

  it('leaves a body named by two fields alone (`Ministry of Agriculture and Rural Affairs`)', () => {
    expect(orgs('The Ministry of Agriculture and Rural Affairs said so.')).toEqual(['Ministry of Agriculture and Rural Affairs']);
  });
});

describe('a Chinese person whose name\'s word the English writes alone', () => {
  it('is there on both sides, and the one person left on each is weighed', () => {
    expect(alarms('Lai will take office on May 20, succeeding Chen Shui-bian.', '賴清德將於5月20日就職，接替馬英九。'))
      .toEqual([expect.stringMatching(/^error EN "Chen Shui-bian" .* vs ZH "馬英九" .*different persons/)]);
    expect(alarms('Lai will take office on May 20, succeeding Chen Shui-bian.', '賴清德將於5月20日就職，接替陳水扁。')).toEqual([]);
  });
});

describe('a company CC-CEDICT names with `Corp.`', () => {
  it('goes by its name without it (`Evergreen Marine`)', () => {
    expect(orgs('Evergreen Marine operates four berths.')).toEqual(['Evergreen Marine']);
  });
});

describe('a Chinese name CC-CEDICT gives an English given name (`劉德華`, Andy Lau)', () => {
  it('is another person than an English given name with another surname', () => {
    expect(alarms('Jacky Cheung\'s eight-night residency drew 110,000 people.', '劉德華連續八晚的駐場演出吸引了11萬人次。'))
      .toEqual([expect.stringMatching(/^error EN "Jacky Cheung" .* vs ZH "劉德華" .*different persons/)]);
  });

  it('is the person whose English surname spells the Chinese one', () => {
    expect(alarms('Andy Lau\'s eight-night residency drew 110,000 people.', '劉德華連續八晚的駐場演出吸引了11萬人次。')).toEqual([]);
    expect(alarms('Andy Liu\'s eight-night residency drew 110,000 people.', '劉德華連續八晚的駐場演出吸引了11萬人次。')).toEqual([]);
  });
});

describe('a role opening a run before a given name (`Singer Jacky Cheung`)', () => {
  it('is no part of the name', () => {
    const people = (text: string) => extractEntities(text, 'en').filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));
    expect(people('Singer Jacky Cheung said so.')).toEqual(['Jacky Cheung']);
    expect(orgs('Official Monetary and Financial Institutions Forum met.')).toEqual(['Official Monetary and Financial Institutions Forum']);
  });
});
