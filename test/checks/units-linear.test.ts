import { describe, expect, it } from 'vitest';
import { enUnits, zhUnits } from '../../src/checks/units.js';
import { extractRelativeDates } from '../../src/locales/en/relative-dates.js';

/** Time of the fastest of three runs, in ms. */
function timed(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

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
    const n = Math.ceil(40_000 / unit.length);
    const small = timed(run(n));
    const large = timed(run(2 * n));
    // generous for a busy machine; quadratic work would be about four times slower
    expect(large).toBeLessThan(3 * small + 20);
  });
});
