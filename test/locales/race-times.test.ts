import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts as english } from './en/helpers.js';
import { facts as chinese } from './zh/describe-facts.js';

describe('a race\'s time and distance', () => {
  it.each([
    ['她以52秒07的成绩获得冠军。', ['duration 52秒07 PT52.07S']],
    ['他以3分58秒12夺得金牌', ['duration 3分58秒12 PT3M58.12S']],
    ['比赛开始后2分15秒，主队进球。', ['duration 2分15秒 PT2M15S']],
    // a part of none written 00
    ['她以1小时00分47秒跑完半程马拉松。', ['duration 1小时00分47秒 PT1H47S']],
  ])('%s', (text, expected) => {
    expect(chinese(text).filter((f) => f.startsWith('duration') || f.startsWith('number'))).toEqual(expected);
  });

  it.each([
    // seconds then a count of things, or a number with a unit of its own
    ['倒计时30秒12名选手出发', ['duration 30秒 PT30S', 'number 12 12']],
    ['他得了3分', ['number 3 3']],
  ])('%s', (text, expected) => {
    expect(chinese(text).filter((f) => f.startsWith('duration') || f.startsWith('number'))).toEqual(expected);
  });

  it('reads 200m before an event as metres, not millions', () => {
    expect(english('She won the women\'s 200m backstroke on Friday.').filter((f) => f[0] === 'number')).toEqual([]);
    expect(english('He anchored the 4x400m relay team.').filter((f) => f[0] === 'number')).toEqual([]);
    expect(english('The club raised 200m for the new stadium.').filter((f) => f[0] === 'number')).toEqual([['number', '200m', 200000000]]);
  });
});

describe('a race\'s time with a part of none, on both sides', () => {
  it('meets the English time and tells another', () => {
    const same = align('She finished in 1:00:47.\n\n她以1小时00分47秒完赛。\n');
    expect(same.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const other = align('She finished in 1:00:47.\n\n她以1小时00分57秒完赛。\n');
    expect(other.findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('a clock reading with its seconds', () => {
  const english2 = (text: string) => english(text).filter((f) => f[0] === 'date' || f[0] === 'duration').map((f) => `${f[0]} ${f[1]} ${f[2]}`);
  const chinese2 = (text: string) => chinese(text).filter((f) => f.startsWith('date') || f.startsWith('duration'));

  it.each([
    ['The cyclist won the stage in 4:31:07.', ['duration 4:31:07 PT4H31M7S']],
    ['She set a course record of 2:21:40 in Boston.', ['duration 2:21:40 PT2H21M40S']],
    ['The ferry docked at 6:15:00 sharp.', ['date 6:15:00 T06:15']],
  ])('%s', (text, want) => {
    expect(english2(text)).toEqual(want);
  });

  it.each([
    ['她以2:21:40的成绩打破赛会纪录。', ['duration 2:21:40 PT2H21M40S']],
    ['车手用时4:31:07赢得赛段冠军。', ['duration 4:31:07 PT4H31M7S']],
    // a time of day keeps its seconds, and a dated one keeps its day
    ['渡轮于6:15:20靠岸。', ['date 6:15:20 T06:15:20']],
    ['更新于2025-06-01 18:40:05', ['date 2025-06-01 18:40:05 2025-06-01T18:40:05']],
  ])('%s', (text, want) => {
    expect(chinese2(text)).toEqual(want);
  });

  it('holds a race time against its length in words, and a slip of it as an error', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings.map((f) => `${f.severity} ${f.ruleId}`);
    expect(findings('She won the race in 2:21:40.', '她以2小时21分40秒赢得比赛。')).toEqual([]);
    expect(findings('She won the race in 2:21:40.', '她以2小时21分04秒赢得比赛。')).toContain('error number-mismatch');
  });
});
