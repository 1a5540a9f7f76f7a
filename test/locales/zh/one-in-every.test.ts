import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../../src/index.js';

const numbers = (text: string) => extractCandidates(text, 'zh').filter((f) => f.kind === 'number').map((f) => f.value);

describe('a share told as one in so many', () => {
  it.each([
    ['每8辆新车中就有1辆是电动车。', 0.125],
    ['每20名学生中有3名近视。', 0.15],
    ['每5户家庭就有1户养狗。', 0.2],
    // the one in characters, which alone is read as no number
    ['展览观众中，约每四人便有一人来自外地。', 0.25],
    ['每十名学生中就有一名近视。', 0.1],
  ])('is one number, their ratio: %s', (text, value) => {
    expect(numbers(text)).toEqual([value]);
  });

  it.each([
    ['每10公里设有1个服务区，共3个。'],
    ['每周工作5天，每天8小时。'],
    ['沿线每10公里有1个服务区。'],
    ['沿线每十公里有一个服务区。'],
  ])('leaves counts that are no share apart: %s', (text) => {
    expect(numbers(text).length === 0 || !numbers(text).some((v) => Number(v) < 1)).toBe(true);
  });

  it('agrees with the English one in so many', () => {
    const result = align('Posted 15 June 2024\n\nOne in eight new cars sold in the city is electric.\n\n该市每8辆新车中就有1辆是电动车。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});

describe('shares in 成', () => {
  const percents = (text: string) => extractCandidates(text, 'zh').filter((f) => f.kind === 'percent').map((f) => [f.value, f.max ?? null, f.bound ?? null]);

  it('read a range with 成 after its end', () => {
    expect(percents('约3至5成的受访者表示支持。')).toEqual([[30, 50, null]]);
  });

  it('read a share after 最多', () => {
    expect(percents('最多两成的座位留给学生。')).toEqual([[20, null, 'under']]);
  });

  it('leave a range before 成 that opens a word', () => {
    expect(percents('一至三成员国投了反对票。')).toEqual([]);
  });
});
