import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Posted 2025-03-14') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a length of one unit said with `a`', () => {
  it('counts against a translation of two (`within a year` against `两年内`)', () => {
    expect(alarms('Members may visit the gardens as often as they like within a year of joining.', '会员入会后两年内可不限次数参观园林。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "a year" \(1 year\) vs ZH "两年" \(2 years\): differ/)]);
    expect(alarms('Repairs to the pier will take about a month, the operator said.', '运营方表示，码头维修约需三个月。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "a month" \(≈1 month\) vs ZH "三个月" \(3 months\): differ/)]);
  });

  it('agrees with one, half again, a year or two, and more than a year as the Chinese writes them', () => {
    expect(alarms('Members may visit the gardens as often as they like within a year of joining.', '会员入会后一年内可不限次数参观园林。', 'number-mismatch')).toEqual([]);
    expect(alarms('The new pier took a year and a half to build.', '新码头建设用了一年半。', 'number-mismatch')).toEqual([]);
    expect(alarms('Repairs to the pier will take a year or two.', '码头维修需要一两年。', 'number-mismatch')).toEqual([]);
    expect(alarms('It has been more than a year since the pier closed.', '码头关闭已有一年多。', 'number-mismatch')).toEqual([]);
  });

  it('is no length where it is a rate (`twice a year`)', () => {
    expect(alarms('The gardens hold a flower show twice a year, in spring and autumn.', '园林每年春秋两季举办两次花展。', 'number-mismatch')).toEqual([]);
  });
});

describe('multiples said as `double the`, `triple the`', () => {
  it('are two and three times, weighed against the Chinese multiple', () => {
    expect(alarms('Hotel bookings for the holiday were nearly triple the usual level.', '假期酒店预订量接近平时的两倍。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "triple" \(≈3x\) vs ZH "两倍" \(2x\): differ/)]);
    expect(alarms('Hotel bookings for the holiday were nearly triple the usual level.', '假期酒店预订量接近平时的三倍。', 'number-mismatch')).toEqual([]);
    expect(alarms('The city plans to double the number of hotel rooms by 2030.', '该市计划到2030年将酒店客房数量增加一倍。', 'number-mismatch')).toEqual([]);
  });

  it('are no multiple where the word names a kind of thing (`a double room`, `triple jump`)', () => {
    expect(alarms('A double room costs 800 yuan a night.', '双人间每晚800元。', 'number-mismatch')).toEqual([]);
  });
});

describe('a Chinese multiple with 还多 or 有余 after it', () => {
  it('is more than the multiple, as `more than double` is', () => {
    expect(alarms('Room rates climbed to 2,400 yuan, more than double the rate a year earlier.', '房价升至2400元，比一年前翻了一番还多。', 'number-mismatch')).toEqual([]);
    expect(alarms('Room rates climbed to 2,400 yuan, more than triple the rate a year earlier.', '房价升至2400元，是一年前的三倍有余。', 'number-mismatch')).toEqual([]);
  });

  it('as a plain multiple still meets one of another size', () => {
    expect(alarms('Room rates were more than triple the rate a year earlier.', '房价是一年前的两倍还多。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "triple" \(>3x\) vs ZH "两倍还多" \(>2x\): differ/)]);
  });
});

describe('two neighbouring Chinese digits sharing the second\'s multiplier (`二、三十`)', () => {
  it('are a rough reading, no lone digit against the English decades', () => {
    expect(alarms('Guests in their 20s and 30s now book most of the rooms.', '二、三十岁的客人现在预订了大部分客房。', 'number-mismatch')).toEqual([]);
    expect(alarms('Three or four hundred guests came to the opening.', '开幕当天来了三、四百位客人。', 'number-mismatch')).toEqual([]);
  });

  it('leave a list of digits and two digits that are no neighbours alone', () => {
    const facts = (text: string) => align(`${text}\n`).facts.filter((f) => f.kind === 'number').map((f) => `${f.raw} ${String(f.value)}`);
    expect(facts('一、二、三号楼已经开放。')).toEqual(['一 1', '二 2', '三 3']);
    expect(facts('第二、三十名的选手')).toEqual(['三十 30']);
  });
});
