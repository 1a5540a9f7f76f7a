import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { align } from '../../../src/index.js';

describe('突破, 不止 and 最低 before a number give a lower bound, 最高 and 最长 an upper one', () => {
  it.each([
    ['新车上市首月销量突破3万辆。', 'number 突破3万 30000 ~ over'],
    ['他去过那里不止5次。', 'number 不止5 5 ~ over'],
    ['对进口钢材加征最高25%的关税。', 'percent 最高25% 25 % ~ under'],
    ['单笔罚款最低5000元。', 'money 最低5000元 5000 CNY ~ over'],
    ['可免签停留最长240小时。', 'duration 最长240小时 PT240H ~ under'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('meets more than on the English side with no finding', () => {
    const result = align('More than 30,000 of the new cars were sold in the first month.\n\n首月销量突破3万辆。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves 突破 before a word alone, and 最高 before a noun', () => {
    expect(facts('这项技术突破了封锁。')).toEqual([]);
    expect(facts('今天最高气温35℃。').some((f) => f.includes('under'))).toBe(false);
  });
});

describe('a fine between two bounds of money', () => {
  it('reads 5万元以上50万元以下 as two amounts of money, as the English writes them', () => {
    expect(facts('处2万元以上20万元以下罚款。')).toEqual(['money 2万元以上 20000 CNY ~ over', 'money 20万元以下 200000 CNY ~ under']);
    const result = align('A fine of not less than 20,000 yuan but not more than 200,000 yuan shall be imposed.\n\n处2万元以上20万元以下罚款。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps two bounds of a count one range', () => {
    expect(facts('样本量大于300并少于900。')).toEqual(['number 大于300并少于900 300..900 ~']);
  });
});

describe('an upper bound before a verb of reaching, and in traditional characters', () => {
  it.each([
    ['每戶最多可獲3萬元補助。', 'money 最多可獲3萬元 30000 TWD ~ under', { localCurrency: 'TWD' }],
    ['奖金最高可达5万元。', 'money 最高可达5万元 50000 CNY ~ under', {}],
    ['簽證最長90天。', 'duration 最長90天 P90D ~ under', {}],
    ['工期最长达18个月。', 'duration 最长达18个月 P18M ~ under', {}],
  ])('%s', (text, want, context) => {
    expect(facts(text, context)).toContain(want);
  });

  it('leaves a word that only holds the characters alone', () => {
    expect(facts('他最长的一次旅行走了3天。')).toContain('duration 3天 P3D');
  });
});

describe('未满, 周岁, and a bound that includes its number in brackets', () => {
  it.each([
    ['未满16周岁的学生须由家长陪同。', 'number 未满16 16 ~ under'],
    ['3周岁以下幼儿免票。', 'number 3周岁以下 3 ~ under'],
    ['70周岁（含）以上老人免票。', 'number 70周岁（含）以上 70 ~ over'],
    ['延误2小时(含)以上可申请补偿。', 'duration 2小时(含)以上 PT2H ~ over'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('leaves 含 in other brackets alone', () => {
    expect(facts('套餐价68元（含）饮料。').some((f) => f.includes('over') || f.includes('under'))).toBe(false);
  });
});

describe('two bounds of a length of time stay two, as two bounds of money do', () => {
  it('reads 3小时以上、6小时以下 as two lengths', () => {
    expect(facts('停电3小时以上、6小时以下的用户可获补偿。')).toEqual(['duration 3小时以上 PT3H ~ over', 'duration 6小时以下 PT6H ~ under']);
  });

  it('still joins two bounds of a bare count', () => {
    expect(facts('大于120并少于300').length).toBe(1);
  });
});

describe('最少 and 起码 before a number give a lower bound, and N日 after a bound is a number of days', () => {
  it.each([
    ['家中积水须清除，驱蚊剂须使用最少10日。', 'duration 最少10日 P10D ~ over'],
    ['隔离期至少7日。', 'duration 至少7日 P7D ~ over'],
    ['申请须最多5日内处理。', 'duration 最多5日 P5D ~ under'],
    ['每场最少有200名观众。', 'number 最少有200 200 ~ over'],
    ['起码3000元才够。', 'money 起码3000元 3000 CNY ~ over'],
    // 多于, 少于 and their negations, in both scripts, as notices write a term's limit
    ['租客須給予不多於30日的通知。', 'duration 不多於30日 P30D ~ under'],
    ['展期少于14日者不予受理。', 'duration 少于14日 P14D ~ under'],
    ['逗留期不得超過21日。', 'duration 不得超過21日 P21D ~ under'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('leaves 最少 before a particle alone, and a day of the month after no bound', () => {
    expect(facts('人数最少的是离岛区。')).toEqual([]);
    expect(facts('展览于本月10日开幕。').some((f) => f.startsWith('duration'))).toBe(false);
  });

  it('tells a bound of days turned round', () => {
    const result = align('Tenants must give not less than 30 days notice.\n\n租客須給予不多於30日的通知。\n', { entities: false });
    expect(result.findings.map((f) => `${f.severity} ${f.ruleId}`)).toContain('warning number-mismatch');
  });

  it('tells a changed number of days after a bound', () => {
    const result = align('Use mosquito repellent for at least 10 days.\n\n驱蚊剂须使用最少12日。\n', { entities: false });
    expect(result.findings.map((f) => f.ruleId)).toContain('number-mismatch');
  });
});

describe('words that cap a number (限流, 限购, 上限)', () => {
  it.each([
    ['景区每日限流3万人次。', 'number 限流3万 30000 ~ under'],
    ['每户限购2套住房。', 'number 限购2 2 ~ under'],
    ['补贴上限为800元。', 'money 上限为800元 800 CNY ~ under'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('meets a cap on the English side with no finding', () => {
    const result = align('The site capped daily visits at 30,000.\n\n景区每日限流3万人次。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('超过 before a noun and then a value', () => {
  it('is how far the value exceeds the noun, not a bound on the value', () => {
    const result = align('The river stood 2.3 metres above the warning level.\n\n河水超过警戒水位2.3米。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('bounds the value after a currency', () => {
    const result = align('Incomes of 80,000 yuan are taxed.\n\n收入超过人民币8万元须纳税。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch' || f.ruleId === 'money-mismatch').length).toBeGreaterThan(0);
  });
});

describe('约占 before a share, and 破 that ends 侦破', () => {
  it('reads 约占 as about', () => {
    expect(facts('外来务工人员约占三成。')).toEqual(['percent 约占三成 30 % ~']);
  });

  it('reads no bound in 侦破, a case cracked, while 破 alone still bounds', () => {
    expect(facts('警方去年侦破一百二十宗诈骗案。')).toEqual(expect.arrayContaining(['number 一百二十 120']));
    expect(facts('警方去年侦破一百二十宗诈骗案。').some((f) => f.includes('over'))).toBe(false);
    expect(facts('订单量破5万。')).toEqual(['number 破5万 50000 ~ over']);
  });
});

describe('多 after a unit of measure: more than the value', () => {
  it.each([
    ['这座雕像高4米多，立在广场中央。', 'number 4米多 4 ~ over'],
    ['每头牛一天要吃15公斤多的草料。', 'number 15公斤多 15 ~ over'],
    ['新修的步道长600米多。', 'number 600米多 600 ~ over'],
    ['那块陨石重3吨多，', 'number 3吨多 3 ~ over'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('meets more than on the English side with no finding', () => {
    const result = align('The statue stands more than 4 metres tall.\n\n这座雕像高4米多。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves 多 that opens a word alone: multi-purpose, how much', () => {
    expect(facts('船厂交付了一艘8000吨多用途船。')).toContain('number 8000 8000');
    expect(facts('白菜20斤多少钱？').some((f) => f.includes('over'))).toBe(false);
  });
});

describe('a ceiling or a floor after a value, and a bound before a length of one unit', () => {
  it.each([
    ['医疗券以每两年3,000元为上限。', 'money 3,000元为上限 3000 CNY ~ under'],
    ['补贴以2万元为限。', 'money 2万元为限 20000 CNY ~ under'],
    ['奖金8000元封顶。', 'money 8000元封顶 8000 CNY ~ under'],
    ['轮候时间少于一星期。', 'duration 少于一星期 P1W ~ under'],
    ['合约期不超过一年。', 'duration 不超过一年 P1Y ~ under'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('binds only the first of two values after one bound word', () => {
    const result = align('The median waits were less than one week and six weeks respectively.\n\n轮候时间中位数分别少于一星期及为六星期。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a value after a comparison\'s word that is the level compared with', () => {
  it.each([
    ['上半年损失达900亿元，远高于600亿元的十年平均水平。', 'money 高于600亿元 60000000000 CNY'],
    ['气温高于35℃的历史同期水平。', 'number 高于35 35'],
  ])('is that level\'s figure, no bound: %s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('still bounds a value of the thing itself, and a cap is a bound of its own', () => {
    expect(facts('月薪高于8000元的岗位增加。')).toContain('money 高于8000元 8000 CNY ~ over');
    expect(facts('外地学生约占一成，低于15%的上限。')).toContain('percent 低于15% 15 % ~ under');
  });
});
