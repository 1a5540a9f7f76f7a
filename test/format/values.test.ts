import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatNumber, formatValue } from '../../src/format/values.js';
import { quote } from '../../src/checks/describe.js';
import type { Fact } from '../../src/types.js';

describe('formatValue: one way to print a fact', () => {
  it.each([
    [{ kind: 'money', value: 6.6e9, unit: 'CNY' }, '6.6 billion CNY'],
    [{ kind: 'money', value: 4.5e6, unit: 'USD' }, '$4.5 million'],
    [{ kind: 'money', value: 1.2e6, max: 1.5e6, unit: 'EUR' }, '€1.2–1.5 million'],
    [{ kind: 'money', value: 8.3e7, unit: 'CNY', approx: true }, '≈83 million CNY'],
    [{ kind: 'number', value: 4.2e10 }, '42 billion'],
    [{ kind: 'number', value: 4.776e11 }, '477.6 billion'],
    [{ kind: 'number', value: 1234567 }, '1,234,567'],
    [{ kind: 'number', value: 12500 }, '12,500'],
    [{ kind: 'number', value: 2025 }, '2025'],
    [{ kind: 'number', value: 850, approx: true }, '≈850'],
    [{ kind: 'number', value: 1 / 3, approx: true }, '≈1/3'],
    [{ kind: 'number', value: 5 / 6 }, '5/6'],
    [{ kind: 'number', value: 0.125 }, '0.125'],
    [{ kind: 'number', value: 0.35 }, '0.35'],
    [{ kind: 'number', value: 10, max: 12 }, '10–12'],
    [{ kind: 'number', value: 30, unit: 'x', bound: 'over' }, '>30x'],
    [{ kind: 'percent', value: 12.7, unit: '%' }, '12.7%'],
    [{ kind: 'percent', value: 2, unit: 'pp' }, '2 pp'],
    [{ kind: 'ordinal', value: 32 }, '32nd'],
    [{ kind: 'ordinal', value: 13 }, '13th'],
    [{ kind: 'date', value: '2025-03-04' }, '4 March 2025'],
    [{ kind: 'date', value: '--03-04' }, '4 March'],
    [{ kind: 'date', value: '---30' }, 'day 30'],
    [{ kind: 'date', value: '2025-03' }, 'March 2025'],
    [{ kind: 'date', value: '2025-03-04/2025-03-06' }, '4–6 March 2025'],
    [{ kind: 'date', value: '1990/1999' }, '1990–1999'],
    [{ kind: 'date', value: 'T09:15' }, '09:15'],
    [{ kind: 'duration', value: 'P3D' }, '3 days'],
    [{ kind: 'duration', value: 'P15Y', bound: 'over' }, '>15 years'],
    [{ kind: 'duration', value: 'PT45M' }, '45 minutes'],
    [{ kind: 'duration', value: 'PT150M', max: 300 }, '150–300 minutes'],
    [{ kind: 'duration', value: 'P2W', max: 3, approx: true }, '≈2–3 weeks'],
    [{ kind: 'entity', value: 'li qiang' }, 'li qiang'],
  ] as const)('%j → %s', (fact, text) => {
    expect(formatValue(fact as Parameters<typeof formatValue>[0])).toBe(text);
  });

  it('never prints scientific notation or a cut number', () => {
    for (const value of [1e7, 3.14159e9, 9.99e14, 1e21, 123456789.5]) {
      expect(formatNumber(value)).not.toMatch(/e[+-]?\d|…/);
    }
  });

  it('leaves what it cannot read as written', () => {
    expect(formatDate('someday')).toBe('someday');
    expect(formatDuration('P')).toBe('P');
  });

  it('is what the findings quote', () => {
    const fact = { kind: 'money', raw: '4.5 million dollars', value: 4.5e6, unit: 'USD' } as Fact;
    expect(quote('EN', fact)).toBe('EN "4.5 million dollars" ($4.5 million)');
  });
});
