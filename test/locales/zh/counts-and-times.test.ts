import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** [input, facts as `kind raw value[..max][ unit][ ~][ bound]`]. */
type Table = [string, string[]][];

/** Counts before 者 and 代人, a split into parts, one day after 只有, 一 listed after a count, 二次 as "secondary". */
const COUNTS: Table = [
  ['在这两者之间', ['number 两 2']],
  ['三者缺一不可', ['number 三 3']],
  ['二者兼顾', ['number 二 2']],
  ['经过五代人的努力', ['number 五 5']],
  ['两代人', ['number 两 2']],
  ['它一分为二，即山地和沿海', ['number 二 2']],
  ['一分为三', ['number 三 3']],
  ['离报名截止只有九天之际', ['duration 九天 P9D']],
  ['在距离截止期限只有一天之际', ['duration 一天 P1D']],
  ['仅剩一天', ['duration 一天 P1D']],
  ['短短一年', ['duration 一年 P1Y']],
  ['增加回收料和二次原料的用量', ['ordinal 二 2']],
  // a count a week before its measure word (班, runs of a route; 次, times), not a weekday
  ['新航线每周四班', ['number 四 4']],
  ['航班增至每周七班', ['number 七 7']],
  ['每周五次往返', ['number 五 5']],
  ['每周四晚上开放', ['date 每周四 -W-4', 'date 晚上 T16:00/T20:00']],
  ['二次开发', ['ordinal 二 2']],
  ['三次材料', ['number 三 3']],
  ['两次', ['number 两 2']],
  ['练习了三次起跳和一次落地', ['number 三 3', 'number 一 1']],
  ['三名学生、一名老师', ['number 三 3', 'number 一 1']],
  ['他有三个孩子，和一个朋友', ['number 三 3']],
  ['第三次和一次', ['ordinal 第三 3']],
  ['不看头一个记号，也必看第二个记号', ['ordinal 头一 1', 'ordinal 第二 2']],
  ['头一次', ['ordinal 头一 1']],
];

/** Bare hours with 点 where a word of time follows (五点出发) or 在 precedes it (在五点前). */
const TIMES: Table = [
  ['第一救援队在七点准时出发。', ['ordinal 第一 1', 'date 七点 T07:00']],
  ['在五点前到达', ['date 五点前 T05:00 under']],
  ['他们在三点开始', ['date 三点 T03:00']],
  ['在三点之后', ['date 三点之后 T03:00 over']],
  ['凌晨四点半', ['date 凌晨四点半 T04:30']],
];

/** Decades: a year before 年代 that does not end in 0 is read as written, not dropped. */
const DECADES: Table = [
  ['就像在2000年代一样', ['date 2000年代 2000/2009']],
  ['就像在2001年代一样', ['date 2001年代 2001/2010']],
];

/** Text that must yield nothing: 一代人 is "a generation", 五点 "five points", 二次元 "anime". */
const NOTHING: string[] = [
  '一代人', '一者', '或者', '还有一天', '这一天', '五点建议', '提出了五点要求', '三点前提', '在三点后果', '在这三点上',
  '在三点前面', '一个和一个', '这头一只羊', '一头一尾', '二次元文化', '二次方程', '四周变得漆黑', '一分为', '0990年代',
];

describe('zh counts', () => {
  it.each(COUNTS)('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('zh bare hours', () => {
  it.each(TIMES)('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('zh decades', () => {
  it.each(DECADES)('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('zh counts and hours: negative cases', () => {
  it.each(NOTHING)('%s yields nothing', (text) => {
    expect(facts(text)).toEqual([]);
  });
});
