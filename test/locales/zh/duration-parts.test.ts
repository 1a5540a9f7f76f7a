import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const durations = (text: string) => facts(text).filter((f) => f.startsWith('duration'));

describe('lengths of time in several parts and halves of a month', () => {
  it.each([
    ['手术持续了两小时零十五分钟', ['duration 两小时零十五分钟 PT2H15M']],
    ['全程用时1小时零8分', ['duration 1小时零8分 PT1H8M']],
    ['刑期为4年零6个月', ['duration 4年零6个月 P4Y6M']],
    ['合同期2年零3个月零10天', ['duration 2年零3个月零10天 P2Y3M10D']],
  ])('joins a part after 零: %s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it.each([
    ['修复工作历时一个半月', ['duration 一个半月 P1.5M']],
    ['展期延长了两个半月', ['duration 两个半月 P2.5M']],
  ])('reads 个半月 as a month and a half: %s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it.each([
    ['被告被判监一年半', ['duration 一年半 P1.5Y']],
    ['刑期由一年半至四年不等', ['duration 一年半至四年 P1.5Y..4']],
    ['这事拖了一年半载才办好', []],
  ])('reads 一年半 as a year and a half, not the idiom 一年半载: %s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it.each(['他在零下五度的夜里走了一小时', '一个半圆形的广场'])('adds no part where none follows: %s', (text) => {
    expect(durations(text).every((d) => !d.includes('零') && !d.includes('半圆'))).toBe(true);
  });
});
