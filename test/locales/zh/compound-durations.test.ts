import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { align } from '../../../src/index.js';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const durations = (text: string): string[] => facts(text).filter((f) => f.startsWith('duration'));

describe('a length of time in three parts, and 分 after hours', () => {
  it.each([
    ['她以3小时12分5秒的成绩夺冠。', ['duration 3小时12分5秒 PT3H12M5S']],
    ['全程用时1小时4分钟20秒。', ['duration 1小时4分钟20秒 PT1H4M20S']],
    ['航程约11小时40分。', ['duration 约11小时40分 PT11H40M ~']],
    ['历时2天5小时30分钟', ['duration 2天5小时30分钟 P2DT5H30M']],
  ])('%s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });

  it('keeps a longer unit after a shorter one apart', () => {
    expect(durations('先休息5分钟，再走2小时。')).toEqual(['duration 5分钟 PT5M', 'duration 2小时 PT2H']);
  });

  it('leaves 分 after a count of something else to the numbers', () => {
    expect(durations('他考了95分。')).toEqual([]);
  });

  it('meets the English written out with no finding', () => {
    const result = align('She won in 3 hours, 12 minutes and 5 seconds.\n\n她以3小时12分5秒的成绩夺冠。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});

describe('年中 after a count is a span of years', () => {
  it.each([
    ['在过去五年中，出口翻了一番。', 'duration 五年 P5Y'],
    ['过去三年中国游客人数持续增长。', 'duration 三年 P3Y'],
  ])('%s', (text, expected) => {
    expect(durations(text)).toContain(expected);
  });

  it('leaves the middle of a year alone', () => {
    expect(durations('2021年中，新厂投产。')).toEqual([]);
  });
});

describe('months after years with 月 alone, as a court writes a term', () => {
  it.each([
    ['法院判處被告有期徒刑7年4月。', ['duration 7年4月 P7Y4M']],
    ['二人分別被判刑1年10月。', ['duration 1年10月 P1Y10M']],
  ])('%s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });

  it('leaves a month of the calendar after years alone', () => {
    expect(facts('他在那里工作了5年6月份离开。')).toEqual(expect.arrayContaining(['duration 5年 P5Y', 'date 6月份 --06']));
    expect(facts('为期两年，6月10日开始。')).toEqual(expect.arrayContaining(['duration 两年 P2Y']));
  });
});

describe('年中 after 财, 学 or 半', () => {
  it('is `in` the fiscal or school year, no middle of the year', () => {
    const dates = (text: string) => extractCandidates(text, 'zh', { referenceDate: '2026-03-02' }).filter((c) => c.kind === 'date').map((c) => text.slice(c.start, c.end));
    expect(dates('集团在本财年中将新增三家门店。')).toEqual([]);
    expect(dates('学校在本学年中举办了四次讲座。')).toEqual([]);
    expect(dates('年中将召开股东大会。')).toEqual(['年中']);
  });
});
