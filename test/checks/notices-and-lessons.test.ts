import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractEntities } from '../../src/pipeline/entities.js';

const page = (en: string, zh: string) => `Reporter 记者 | 2024-03-04\n\n${en}\n\n${zh}\n`;
const findings = (en: string, zh: string, entities = false) => align(page(en, zh), { entities }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);
const zhDates = (zh: string) => align(`2024-03-04\n\n${zh}\n`, { entities: false }).facts
  .filter((f) => f.kind === 'date' && f.lang === 'zh').map((f) => `${f.raw} ${String(f.value)}`);

describe('bounds as notices write them', () => {
  it.each([
    // a bound after the thing counted
    ['Vans with nine seats or fewer pay the lower toll.', '9座及以下客车缴纳较低通行费。'],
    // an advice not to exceed: at most
    ['Adults should sleep no less than seven hours and drink no more than two cups of coffee a day.', '成人每天睡眠不宜少于7小时，喝咖啡不要超过两杯。'],
    // a level passed
    ['The index exceeded level 2 last week.', '上周指數超過2級。'],
  ])('hold on both sides: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('take over a few occasions as across them', () => {
    expect(findings('She paid HK$46,000 over four visits.', '她在四次到訪期間支付了4.6萬元。')).toEqual([]);
    expect(findings('The site drew over 300 visits.', '该网站吸引了300次访问。')).toEqual([expect.stringMatching(/^warning number-mismatch .*lower bound/)]);
  });

  it('read how long a thing ran as a length, not a moment', () => {
    expect(findings('The charger overheated after 30 minutes of continuous use.', '充电器连续使用30分钟后过热。')).toEqual([]);
    expect(findings('The charger overheated after 30 minutes of continuous use.', '充电器连续使用3小时后过热。')).toEqual([expect.stringMatching(/^error number-mismatch/)]);
  });

  it('tell a length bound the other way after 此前 (before now, no event)', () => {
    expect(findings('The treaty was signed after more than three years of talks.', '此前不到三年的谈判后，条约签署。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*opposite directions/)]);
  });

  it('still tell a bound one side drops', () => {
    expect(findings('Vans with nine seats pay the lower toll.', '9座及以下客车缴纳较低通行费。')).toEqual([expect.stringMatching(/^warning number-mismatch .*upper bound/)]);
    expect(findings('The index reached level 2.', '指數超過2級。')).toEqual([expect.stringMatching(/^warning number-mismatch .*lower bound/)]);
  });
});

describe('dates as notices and lessons write them', () => {
  it.each([
    ['Flu cases rose in the first week of February.', '二月首星期流感個案上升。'],
    ['The drive runs from mid-November to the end of January.', '活動由11月中至1月底舉行。'],
    ['The summit is set for the week of April 15.', '峰会定于4月15日当周举行。'],
    ['The summit is set for the week of April 15.', '峰會定於4月15日當週舉行。'],
    ['The summit is set for the week of April 15.', '峰會定於4月15日當周舉行。'],
    // a forecast looks ahead from the dateline's Monday
    ['The rain will ease this week. Clear skies are forecast from Wednesday to Friday.', '本周天气将好转。预计周三到周五天气晴朗。'],
  ])('meet: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('read 本周天气 as this week and the weather, no Sunday', () => {
    expect(zhDates('本周天气将好转。')).toEqual(['本周 2024-W10']);
  });
});

describe('names in lessons and reports', () => {
  it('end before a preposition and its figure', () => {
    const people = align('Lin Tao, 16, won in 12.1 seconds.\n\n16岁的林涛以12秒1的成绩夺冠。\n').facts.filter((f) => f.type === 'person').map((f) => f.raw);
    expect(people).toEqual(['Lin Tao', '林涛']);
  });

  it('may be syllables that are particles elsewhere (Bin, Du, Da)', () => {
    const people = (en: string) => align(`${en}\n`).facts.filter((f) => f.type === 'person').map((f) => f.raw);
    expect(people('Head coach Xu Bin said the squad was ready.')).toEqual(['Xu Bin']);
    expect(people('Mayor Du Ping opened the library.')).toEqual(['Du Ping']);
    expect(people('Crown Prince Mohammed bin Salman met the envoy.')).toEqual(['Mohammed bin Salman']);
    expect(findings('Head coach Xu Bin said the squad was ready.', '主教练郎明表示球队已准备就绪。', true))
      .toEqual([expect.stringMatching(/^error entity-mismatch .*different persons/)]);
  });

  it('end before 以及 (and)', () => {
    const people = align('Ambassador Zhao Ming and chairman Liu Qiang attended.\n\n大使赵明以及董事长刘强出席。\n').facts
      .filter((f) => f.type === 'person' && f.lang === 'zh').map((f) => f.raw);
    expect(people).toEqual(['赵明', '刘强']);
  });

  it('render a surname in si', () => {
    expect(findings('Envoy Mark Griffiths arrived on Monday.', '特使马克·格里菲思周一抵达。', true)).toEqual([]);
  });
});

describe('countries of Africa, Asia, the Americas and Oceania', () => {
  it('are places of one tier', () => {
    expect(findings('Grants will go to Benin and Togo.', '赠款将提供给贝宁和加纳。', true))
      .toEqual([expect.stringMatching(/^error entity-mismatch .*"Togo".*"加纳".*different places/)]);
    expect(findings('Grants will go to Benin and Ghana.', '赠款将提供给贝宁和加纳。', true)).toEqual([]);
  });

  it('are no pieces of other words', () => {
    const places = (zh: string) => extractEntities(zh, 'zh').filter((f) => f.type === 'place').map((f) => f.value);
    expect(places('政府将增加纳税人的补贴。')).toEqual([]);
    expect(places('马里奥赢得了比赛。')).toEqual([]);
    expect(places('援助增加纳米比亚的学校。')).toEqual(['namibia']);
  });
});

describe('reports of weather and money', () => {
  it.each([
    ['Gusts reached up to 45 metres per second.', '最大阵风达每秒45米。'],
    ['Grants last up to three years.', '资助期最长为三年。'],
    ['Flows in 2022/2023 reached USD 1.5 trillion.', '2022/2023年度资金流动额达1.5万亿美元。'],
    ['The number of cases more than doubled.', '病例数增加了一倍多。'],
    ['The city closed schools for five days from March 4.', '该市自3月4日起停课5天。'],
  ])('meet: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('still tell a range the Chinese gives only the start of', () => {
    expect(findings('The fair runs from May 3 to May 9.', '展会自5月3日起举行。')).toEqual([expect.stringMatching(/^warning date-mismatch .*a range against a single day/)]);
  });

  it('read a year over two written whole as one season', () => {
    expect(align('Output in 2022/2023 rose.\n', { entities: false }).facts.map((f) => `${f.raw} ${String(f.value)}`)).toEqual(['2022/2023 2022/2023']);
  });
});
