import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

const ordinals = (text: string): string[] => facts(text).filter((f) => f[0] === 'ordinal').map((f) => f[1]);

describe('second as the unit of time', () => {
  it.each([
    'Gusts reached 58 metres per second near the coast.',
    'The data moves at 10 gigabits per second.',
    'It happened in a split second.',
    'The gap was a tenth of a second.',
    'The light blinks once each second.',
  ])('no ordinal in %s', (text) => {
    expect(ordinals(text)).toEqual([]);
  });

  it.each([
    ['The storm made a second landfall on Sunday.', ['second']],
    ['Profit rose in the second quarter.', ['second']],
    ['Meetings are held every second week.', ['second']],
  ])('%s', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
  });
});

describe('first before a count of units of time', () => {
  it.each([
    'Sales for the first nine months totaled $4 billion.',
    'Rain fell on each of the first 10 days of May.',
    'Output rose in the first three quarters.',
    'The first few weeks were hard.',
  ])('opens a span, no ordinal: %s', (text) => {
    expect(ordinals(text)).toEqual([]);
  });

  it.each([
    ['The first 30 buses arrived on Monday.', ['first']],
    ['It was the first time in nine months.', ['first']],
  ])('stays an ordinal before other things: %s', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
  });
});

describe('the time a change is measured from', () => {
  const durations = (text: string): string[] => facts(text).filter((f) => f[0] === 'duration').map((f) => f[1]);
  it.each([
    'Egg prices were up 2.1 percent from a week earlier.',
    'Exports rose 5% from a year earlier.',
    'Output was 3% higher than a month before.',
  ])('is no length: %s', (text) => {
    expect(durations(text)).toEqual([]);
  });

  it.each([
    ['The line opened a year earlier than planned.', ['a year']],
    ['Talks resumed after a week.', ['a week']],
  ])('leaves other lengths: %s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });
});

describe('a level, a grade, a tier or a category named by its number', () => {
  it.each([
    ['Pupils in Grade 5 sat the test.', ['5']],
    ['A Category 4 storm hit the coast.', ['4']],
    ['Staff must pass the Food Safety Course Level 1.', ['1']],
  ])('is an ordinal, as Chinese writes 五年级 and 4级: %s', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
  });
});

describe('a level named by its number in Chinese', () => {
  const numberFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => f.severity);
  it('meets the English level, 一级 as 二级 does', () => {
    expect(numberFindings('Cooks at both stalls must pass the Hygiene Course Level 1.', '两个摊档的厨师须通过一级卫生课程。')).toEqual([]);
    expect(numberFindings('The city launched a Level 1 emergency response.', '该市启动一级应急响应。')).toEqual([]);
  });
  it('tells another level', () => {
    expect(numberFindings('The city launched a Level 1 emergency response.', '该市启动二级应急响应。')).toEqual(['error']);
  });
});
