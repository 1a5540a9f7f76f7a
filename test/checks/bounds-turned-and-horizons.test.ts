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
