import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

describe('twice as a multiple', () => {
  it.each([
    ['Output is now twice the level of 2019.'],
    ['The port handled twice as many containers.'],
  ])('%s', (text) => {
    expect(facts(text)).toContainEqual(['number', 'twice', 2, { unit: 'x' }]);
  });

  it.each([['The bus runs twice a day.'], ['She won the title twice in a row.']])('no multiple in %s', (text) => {
    expect(facts(text).some((f) => f[3]?.unit === 'x')).toBe(false);
  });

  it('meets 两倍 with no finding', () => {
    const result = align('The incidence was twice the level of a year earlier.\n\n发病率是一年前的两倍。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
    expect(result.facts.filter((f) => f.unit === 'x').map((f) => f.value)).toEqual([2, 2]);
  });

  it('takes the bound or the rough word before it', () => {
    expect(facts('Warming there ran at more than twice the global rate.')).toContainEqual(['number', 'twice', 2, { unit: 'x', approx: true, bound: 'over' }]);
    expect(facts('Nearly twice as many riders came.')).toContainEqual(['number', 'twice', 2, { unit: 'x', approx: true }]);
    const result = align('Warming there ran at more than twice the global rate.\n\n当地升温速度是全球的两倍以上。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});
