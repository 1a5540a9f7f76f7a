import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const entityFindings = (en: string, zh: string) => findings(en, zh, 'entity-mismatch');

describe('bodies of two kinds', () => {
  const en = 'The mill said it had reported the leak to the National Energy Administration and the Suzhou public security bureau.';

  it('tells a ministry put in for an administration, a body the English gives in lower case aside', () => {
    expect(entityFindings(en, '该厂表示，已向商务部及苏州市公安局报告泄漏情况。'))
      .toEqual([expect.stringMatching(/^warning .*National Energy Administration.*商务部.*different organizations/)]);
  });

  it('lets the body by its own name pass', () => {
    expect(entityFindings(en, '该厂表示，已向国家能源局及苏州市公安局报告泄漏情况。')).toEqual([]);
  });

  it('keeps a ministry the English calls an office or a department', () => {
    expect(entityFindings('The Home Office said 4,000 visas were issued.', '英国内政部表示，已签发4000份签证。')).toEqual([]);
    expect(entityFindings('The Department of Commerce said exports rose.', '美国商务部表示出口增加。')).toEqual([]);
  });

  it('tells a museum put in for a society named by the same city, among two bodies', () => {
    const society = 'The survey, run with the Royal Society of Edinburgh, counted 1,200 nests.';
    expect(entityFindings(society, '调查由世界自然基金会与爱丁堡自然历史博物馆合作开展，共统计1200个鸟巢。'))
      .toEqual([expect.stringMatching(/^warning .*Royal Society of Edinburgh.*爱丁堡自然历史博物馆.*different organizations/)]);
    expect(entityFindings(society, '调查由世界自然基金会与爱丁堡皇家学会合作开展，共统计1200个鸟巢。')).toEqual([]);
  });

  it('reads a zoo as a body on each side', () => {
    const zoo = 'Two red pandas moved to the Hangzhou Zoo in March.';
    expect(entityFindings(zoo, '两只小熊猫于3月迁往南京动物园。'))
      .toEqual([expect.stringMatching(/^warning .*Hangzhou Zoo.*南京动物园/)]);
    expect(entityFindings(zoo, '两只小熊猫于3月迁往杭州动物园。')).toEqual([]);
  });

  it('takes general (综合) out of a research institute\'s name, as its English name does', () => {
    expect(entityFindings('said Kenji Mori, an analyst at the Tokyo Research Institute.', '东京综合研究所分析师森健二说。')).toEqual([]);
  });

  it('tells a country\'s state body against the country the English names as its owner', () => {
    const utility = 'Most of the power will go to Malaysia\'s state utility under a 20-year deal.';
    expect(entityFindings(utility, '大部分电力将根据20年期协议出售给印尼国家电力公司。'))
      .toEqual([expect.stringMatching(/^error .*Malaysia.*different places/)]);
    expect(entityFindings(utility, '大部分电力将根据20年期协议出售给马来西亚国家电力公司。')).toEqual([]);
  });
});

describe('people after the titles of a unit\'s head and of police ranks', () => {
  it.each([
    ['Park director Zhao Minghui said the lake would reopen.', '公园园长赵明辉表示，湖区将重新开放。', '公园园长钱明辉表示，湖区将重新开放。'],
    ['Chief Inspector Ho Ka-wai urged the public to stay alert.', '總督察何家偉呼籲市民保持警惕。', '總督察梁家偉呼籲市民保持警惕。'],
  ])('is read and weighed: %s', (en, same, other) => {
    expect(entityFindings(en, same)).toEqual([]);
    expect(entityFindings(en, other)).toEqual([expect.stringMatching(/^error .*different persons/)]);
  });

  it('leaves a name the Chinese writes as a word no person (a pet\'s) out of the weighing', () => {
    const en = 'Zoo director Tang Lihua said Bao Bao had put on weight.';
    expect(entityFindings(en, '动物园园长方志红表示，宝宝的体重有所增加。')).toEqual([expect.stringMatching(/^error .*Tang Lihua.*different persons/)]);
    expect(entityFindings(en, '动物园园长唐丽华表示，宝宝的体重有所增加。')).toEqual([]);
  });

  it('is no title inside a word', () => {
    expect(entityFindings('The inspection was stepped up.', '加强督察工作。')).toEqual([]);
  });
});

describe('names in Macao\'s spelling and in pinyin', () => {
  it.each([
    ['Secretary for Economy and Finance Leong Sio Kei said on Friday.', '經濟財政司司長梁少基週五表示。'],
    ['Ung Sio Pan, head of the bureau, said visits rose.', '局長吳少斌表示，到訪人次上升。'],
  ])('is one person: %s', (en, zh) => {
    expect(entityFindings(en, zh)).toEqual([]);
  });

  it('tells another surname after Macao\'s Ung', () => {
    expect(entityFindings('Ung Sio Pan, head of the bureau, said visits rose.', '局長陳少斌表示，到訪人次上升。'))
      .toEqual([expect.stringMatching(/^error .*different persons/)]);
  });

  it('weighs a surname before a pinyin given name by pinyin', () => {
    const en = 'Senior Minister of State Sun Xiaoqing said the law took effect.';
    expect(entityFindings(en, '高级政务部长沈文说，该法已经生效。')).toEqual([expect.stringMatching(/^error .*different persons/)]);
    expect(entityFindings(en, '高级政务部长孙晓青说，该法已经生效。')).toEqual([]);
  });
});

describe('years, ranks and caps', () => {
  it('reads two years joined by and as two, and a range after between', () => {
    const zh = '该县曾在2011年以及2017至2018年遭遇洪灾。';
    expect(findings('The county was flooded in 2011 and 2017-2018, officials said.', zh, 'date-mismatch')).toEqual([]);
    expect(findings('The county was flooded between 2011 and 2017, officials said.', '该县在2011年遭遇洪灾。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/range/)]);
  });

  it('reads a rank and those after it', () => {
    const zh = '第四胎及以上的子女每人可获2万元。';
    expect(findings('Parents get 20,000 yuan for their fourth and subsequent children.', zh, 'number-mismatch')).toEqual([]);
    expect(findings('Parents get 20,000 yuan for their fourth or later child.', zh, 'number-mismatch')).toEqual([]);
    expect(findings('Parents get 20,000 yuan for their fourth child.', zh, 'number-mismatch')).toEqual([expect.stringMatching(/lower bound/)]);
  });

  it('reads the value a cap is changed to as capped', () => {
    expect(findings('Workers may now claim up to 20 days of sick pay, up from 14 days.', '员工病假工资的上限从14天增加至20天。', 'number-mismatch')).toEqual([]);
  });
});
