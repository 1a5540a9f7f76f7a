import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

describe('a half after a share in 成 or after a measure', () => {
  it.each([
    ['客流量比去年增长一成半。', 'percent 一成半 15 %'],
    ['约两成半的家庭没有汽车。', 'percent 约两成半 25 % ~'],
    ['不足一成的受访者表示反对。', 'percent 不足一成 10 % ~ under'],
    ['加入3杯半清水。', 'number 3杯半 3.5'],
    ['他买了两斤半猪肉。', 'number 两斤半 2.5'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it.each([['公司研发了5个半导体项目。'], ['这是一成不变的规矩。'], ['朝鲜半岛']])('no half in %s', (text) => {
    expect(facts(text).some((f) => /\.5\b|15 %/.test(f))).toBe(false);
  });
});
