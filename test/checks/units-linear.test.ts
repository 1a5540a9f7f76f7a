import { describe, expect, it } from 'vitest';
import { enUnits, zhUnits } from '../../src/checks/units.js';
import { extractRelativeDates } from '../../src/locales/en/relative-dates.js';
import { doublingRatio } from '../perf/timing.js';

describe('unit and relative-date readers are linear', () => {
  it.each([
    ['digits', '1'], ['thousands', '1,000'], ['amounts', '5 miles '], ['glued letters', '5abc'], ['Chinese units', '5公里'],
    ['weekdays', 'next Monday '], ['spans', 'the past 3 years '],
  ])('%s: doubling the input at most about doubles the time', (_, unit) => {
    const run = (n: number) => {
      const text = unit.repeat(n);
      return () => {
        enUnits(text);
        zhUnits(text);
        extractRelativeDates({ text, numbers: [], context: { referenceDate: '2021-01-26' } });
      };
    };
    const n = Math.ceil(20_000 / unit.length);
    const runs = new Map([n, 4 * n].map((size) => [size, run(size)]));
    expect(doublingRatio(n, (size) => runs.get(size)!())).toBeLessThan(3);
  }, 60_000);
});
