import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const durations = (text: string): string[] => facts(text).filter((f) => f.startsWith('duration'));

describe('one unit shorter than a day is a length of time', () => {
  it.each([
    ['颱風將於未來一小時內登陸。', ['duration 一小時 PT1H']],
    ['雨势在过去一小时内明显增强', ['duration 一小时 PT1H']],
    ['列车门将在一分钟后关闭', ['duration 一分钟 PT1M']],
    ['未来两小时仍有阵雨', ['duration 两小时 PT2H']],
  ])('%s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });

  it.each(['他有一天会回来。', '这一年经济增长放缓。', '一周年纪念活动', '四周都是山'])('no duration in %s: a day, a year or a week alone is not read', (text) => {
    expect(durations(text)).toEqual([]);
  });
});
