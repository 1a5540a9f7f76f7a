import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

const DAY = { referenceDate: '2025-03-14', referenceYear: 2025 };

describe('the past decade: the ten years up to the day', () => {
  it('reads the span, as the past ten years', () => {
    expect(facts('Exports doubled over the past decade.', DAY).filter((f) => f[0] === 'date'))
      .toEqual([['date', 'the past decade', '2015-03-14/2025-03-14']]);
    expect(facts('Exports doubled over the past ten years.', DAY).filter((f) => f[0] === 'date'))
      .toEqual([['date', 'the past ten years', '2015-03-14/2025-03-14']]);
  });

  it('keeps the last decade the calendar decade before this one', () => {
    expect(facts('Exports doubled in the last decade.', DAY).filter((f) => f[0] === 'date'))
      .toEqual([['date', 'last decade', '2010/2019']]);
  });

  it('meets 过去十年 with no finding', () => {
    const result = align('Filed 14 March 2025\n\n2025年3月14日发\n\nExports doubled over the past decade.\n\n过去十年，出口翻了一番。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'date-mismatch')).toEqual([]);
  });
});

describe('a quarter of a unit, and half a decade', () => {
  it.each([
    ['The firm has traded for a quarter of a century.', ['duration', 'a quarter of a century', 'P25Y']],
    ['The talks lasted a quarter of an hour.', ['duration', 'a quarter of an hour', 'PT0.25H']],
    ['Rebuilding took half a decade.', ['duration', 'half a decade', 'P5Y']],
  ])('%s', (text, want) => {
    expect(facts(text)).toContainEqual(want);
  });

  it('leaves a quarter of something else a share', () => {
    expect(facts('A quarter of the staff left.').some((f) => f[0] === 'duration')).toBe(false);
  });
});
