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
