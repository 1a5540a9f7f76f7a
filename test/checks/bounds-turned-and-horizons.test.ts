import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = '') => align(`${dateline ? `${dateline}\n\n` : ''}${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const dates = (text: string) => align(text).facts.filter((f) => f.kind === 'date' && !/^\d{4}-\d\d-\d\d$/.test(String(f.value))).map((f) => `${f.raw} ${String(f.value)}`);

describe('a count of places bounded the other way', () => {
  it('is told whatever word of 零 follows it (`不到60个国家的零售`)', () => {
    expect(alarms('Retail prices rose in more than 40 countries.', '仍有不到40个国家的零售价格上涨。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "more than 40" .* vs ZH "不到40" .*opposite directions/)]);
  });

  it('a figure after the owners\' 的 still owns the count (`两家公司的9.8%`)', () => {
    expect(alarms('Both firms asked for more than 9.8%.', '两家公司所申请的9.8%。', 'number-mismatch')).not.toContainEqual(expect.stringMatching(/"2"/));
  });
});

describe('最多 before a modal', () => {
  it('bounds what is done (`最多得辞退6名工人`, at most six)', () => {
    expect(alarms('She will have to let go of at least five tailors.', '她最多得辞退5名裁缝。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "at least five" .* vs ZH "5" .*opposite directions/)]);
  });

  it('not the most of a measure named before its value (`最高气温为`)', () => {
    expect(alarms('Temperatures peaked at 36 degrees.', '最高气温为36度。', 'number-mismatch')).toEqual([]);
  });
});

describe('a bound the English states with its own `not`', () => {
  it('is weighed against a Chinese bound a modal denies (`not more than` against `不应低于`)', () => {
    expect(alarms('Residents said the fare should be not more than 45 euros.', '居民表示，票价不应低于45欧元。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions \(ZH denies its bound: at least\)$/)]);
  });

  it('agrees with the same bound denied alike (`不应高于`)', () => {
    expect(alarms('Residents said the fare should be not more than 45 euros.', '居民表示，票价不应高于45欧元。', 'money-mismatch')).toEqual([]);
  });
});

describe('a part of the year a span runs to', () => {
  it('looks ahead whatever the tense (`locked in its needs through the end of the year`)', () => {
    expect(dates('Posted 2024-03-18\n\nThe firm said it had secured most of its sugar through the end of the year.\n')).toEqual(['end of the year 2024-09-01/2024-12-31']);
  });

  it('told in the past without one it is the year before\'s (`operated 358 stores at the end of the year`, in January)', () => {
    expect(dates('Posted 2024-01-08\n\nThe chain operated 358 stores at the end of the year.\n')).toEqual(['end of the year 2023-09-01/2023-12-31']);
  });
});

describe('a person the Chinese names and the English names by initials', () => {
  it('is there (`T.Y. Chiang` 蔣), no other person read off two words after `in`', () => {
    expect(alarms('"Demand will keep rising," managing director T.Y. Chiang said at a briefing in Hung Hom.', '董事總經理蔣國強在紅磡舉行的簡報會上說：「需求將持續上升。」', 'entity-mismatch')).toEqual([]);
  });

  it('another surname spelled in full is still another person', () => {
    expect(alarms('"Demand will keep rising," managing director Lee Kwok-wai said at a briefing.', '董事總經理張國偉在簡報會上說：「需求將持續上升。」', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/different persons/)]);
  });
});

describe('`in 10 minutes` after a verb of a trip or a task', () => {
  it('is how long it takes, no moment ahead (`cross the strait in 10 minutes`)', () => {
    expect(alarms('Drivers will cross the bay in 12 minutes, against 40 minutes by ferry.', '驾车过海只需15分钟，乘渡轮则需40分钟。', 'number-mismatch', 'Posted 2024-03-01'))
      .toEqual([expect.stringMatching(/^error EN "12 minutes" .* vs ZH "15分钟" .*differ/)]);
  });

  it('a start ahead is still a moment (`will start in 10 minutes`)', () => {
    expect(dates('Posted 2024-03-01\n\nThe hearing will start in 10 minutes.\n')).toEqual(['in 10 minutes 2024-03-01T00:10']);
  });
});

describe('a bound before the first of two counts of other things', () => {
  it('spreads over no count of another thing its scale word shares (`480 million passengers and 100 million vehicles`)', () => {
    expect(alarms('The bridge has carried more than 320 million passengers and 90 million vehicles.', '大桥已运送逾3.2亿人次旅客和9000万辆车辆。', 'number-mismatch')).toEqual([]);
  });

  it('over amounts of one currency it spreads (`up to 8,000 yuan a day and 60,000 yuan a year`)', () => {
    expect(alarms('Fines run up to 8,000 yuan a day and 60,000 yuan a year.', '罚款每天最多8000元，每年最多6万元。', 'money-mismatch')).toEqual([]);
  });
});

describe('a bound after a unit joined by a hyphen and its noun', () => {
  it('bounds the value (`the 28-nanometer node and above` against `28纳米及以上`)', () => {
    expect(alarms('The plant will make chips at the 40-nanometer node and above.', '该厂将生产40纳米及以上制程的芯片。', 'number-mismatch')).toEqual([]);
  });

  it('an age joined so is no bound (`a 28-year-old man and his wife`)', () => {
    expect(dates('Posted 2024-03-01\n\nA 28-year-old man and his wife were hurt.\n')).toEqual([]);
    expect(align('A 28-year-old man and his wife were hurt.\n').facts.filter((f) => f.bound !== undefined)).toEqual([]);
  });
});

describe('land reclaimed', () => {
  it('is no threshold passed (`reclaiming 1,000 acres`)', () => {
    expect(alarms('The plant stands on land made by reclaiming 1,500 acres from the bay.', '该厂建在填海造地1500英亩而成的土地上。', 'number-mismatch')).toEqual([]);
  });

  it('a level reclaimed is (`reclaimed the 3,000 level`)', () => {
    expect(align('The index reclaimed the 3,000 level.\n').facts.filter((f) => f.bound === 'over').map((f) => f.raw)).toEqual(['reclaimed the 3,000']);
  });
});

describe('上季度, 本季度 and 下季度', () => {
  it('are the calendar quarters before, of and after the reference day', () => {
    expect(dates('发布：2024-02-01\n\n上个季度营收增长，本季度利润下降，下季度将回升。\n')).toEqual(['上个季度 2023-10-01/2023-12-31', '本季度 2024-01-01/2024-03-31', '下季度 2024-04-01/2024-06-30']);
  });

  it('meet the English quarter, no year of the sentence (`last quarter … through 2026`)', () => {
    expect(alarms('Revenue fell last quarter, and the firm expects weak demand through 2026.', '公司上个季度营收下降，并预计需求疲软将持续到2026年。', 'date-mismatch', 'Posted 2024-02-01')).toEqual([]);
  });

  it('not 本季 alone, as often a season of games', () => {
    expect(dates('发布：2024-02-01\n\n他本季打进12球。\n')).toEqual([]);
  });
});

describe('the megalitre and the gigalitre', () => {
  it('are units of volume, so a converted amount agrees (`320 gigalitres` against `3200亿升`)', () => {
    expect(alarms('The buybacks will return 320 gigalitres a year to the river.', '回购每年将为河流恢复3200亿升水。', 'number-mismatch')).toEqual([]);
    expect(alarms('The town uses 12 megalitres a day.', '该镇每天用水1200万升。', 'number-mismatch')).toEqual([]);
  });

  it('`ml` stays the millilitre', () => {
    expect(alarms('Each dose is 5 ml.', '每剂5毫升。', 'number-mismatch')).toEqual([]);
  });
});
