import { describe, expect, it } from 'vitest';
import { facts as english } from './en/helpers.js';
import { facts as chinese } from './zh/describe-facts.js';

describe('a race\'s time and distance', () => {
  it.each([
    ['她以52秒07的成绩获得冠军。', ['duration 52秒07 PT52.07S']],
    ['他以3分58秒12夺得金牌', ['duration 3分58秒12 PT3M58.12S']],
    ['比赛开始后2分15秒，主队进球。', ['duration 2分15秒 PT2M15S']],
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
