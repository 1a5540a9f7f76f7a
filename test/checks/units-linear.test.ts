import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enUnits, unitSlips, zhUnits, type UnitReading } from '../../src/checks/units.js';
import { extractRelativeDates } from '../../src/locales/en/relative-dates.js';
import { doublingRatio } from '../perf/timing.js';

describe('unit and relative-date readers are linear', () => {
  it.each([
    ['digits', '1'], ['thousands', '1,000'], ['amounts', '5 miles '], ['glued letters', '5abc'], ['Chinese units', '5公里'], ['temperatures', '-5°C minus 5 degrees 5 - '], ['Chinese temperatures', '摄氏零下5度 '],
    ['weekdays', 'next Monday '], ['spans', 'the past 3 years '], ['numbers in words', 'twenty-six miles six '], ['words alone', 'six seven '],
    ['Chinese numerals', '二十六公里十'], ['numerals alone', '六七十'],
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

describe('unitSlips', () => {
  /** The rule as first written: every pair of readings, each asked of both whole sides. */
  const naive = (en: readonly UnitReading[], zh: readonly UnitReading[]) => {
    const out: [UnitReading, UnitReading][] = [];
    for (const a of en) {
      for (const b of zh) {
        if (a.value !== b.value || a.unit === b.unit) continue;
        if (en.some((x) => x.value === b.value && x.unit === b.unit) || zh.some((y) => y.value === a.value && y.unit === a.unit)) continue;
        out.push([a, b]);
      }
    }
    return out;
  };
  const units: [string, UnitReading['dimension']][] = [['km', 'length'], ['mi', 'length'], ['m', 'length'], ['kg', 'weight'], ['lb', 'weight'], ['ha', 'area']];
  const reading = fc.record({
    value: fc.constantFrom(0, -0, 1, 2.5, 60, 1e21, NaN),
    unit: fc.constantFrom(...units),
    at: fc.nat(100),
  }).map(({ value, unit: [unit, dimension], at }): UnitReading => ({ value, unit, dimension, at }));

  it('finds the pairs the rule as first written finds, in its order', () => {
    fc.assert(fc.property(fc.array(reading, { maxLength: 12 }), fc.array(reading, { maxLength: 12 }), (en, zh) => {
      expect(unitSlips(en, zh)).toEqual(naive(en, zh));
    }), { numRuns: 3000 });
  });

  it('reads a block saying one amount 20,000 times a side in well under a second', () => {
    const en = Array.from({ length: 20_000 }, (_, k): UnitReading => ({ value: 2, unit: 'm', dimension: 'length', at: k }));
    const zh = en.map((r) => ({ ...r }));
    const started = performance.now();
    expect(unitSlips(en, zh)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
