import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts } from '../locales/zh/describe-facts.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a share on one side, its two figures as counts on the other', () => {
  it.each([
    ['She scored 138 out of 150 in mathematics.', '她的数学成绩为138分（满分150分）。'],
    ['The hotel is rated 4.5 out of 5 by guests.', '该酒店的住客评分为4.5分（满分5分）。'],
    ['Seven out of 10 residents backed the plan.', '十分之七的居民支持该计划。'],
  ])('%s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it('still notes a figure of the share the other side does not write', () => {
    expect(numberFindings('She scored 138 out of 150 in mathematics.', '她的数学成绩为183分（满分150分）。')).not.toEqual([]);
  });
});

describe('十分之 opens a fraction; 十分 alone is very', () => {
  it('reads 十分之七 as seven tenths', () => {
    expect(facts('十分之七的居民支持该计划。')).toEqual(['number 十分之七 0.7']);
  });

  it('reads no number in 十分重要, and no time in 这一点十分', () => {
    expect(facts('这一点十分重要。')).toEqual([]);
    expect(facts('列车凌晨一点十分发车。')).toEqual(['date 凌晨一点十分 T01:10']);
  });
});
