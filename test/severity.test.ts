import { describe, expect, it } from 'vitest';
import { SEVERITIES, atOrAbove, compareSeverity, isSeverity, shiftBy } from '../src/severity.js';
import { shiftSeverity } from '../src/pipeline/check.js';

describe('severity order', () => {
  it('runs from info to error', () => {
    expect(SEVERITIES).toEqual(['info', 'warning', 'error']);
    expect(compareSeverity('error', 'warning')).toBeGreaterThan(0);
    expect(compareSeverity('info', 'warning')).toBeLessThan(0);
    expect(compareSeverity('warning', 'warning')).toBe(0);
  });

  it('tells what is at or above a threshold', () => {
    expect(atOrAbove('error', 'warning')).toBe(true);
    expect(atOrAbove('warning', 'warning')).toBe(true);
    expect(atOrAbove('info', 'warning')).toBe(false);
    expect(SEVERITIES.filter((s) => atOrAbove(s, 'info'))).toEqual(SEVERITIES);
  });

  it('moves by steps and stops at both ends', () => {
    expect(shiftBy('warning', -1)).toBe('info');
    expect(shiftBy('info', -2)).toBe('info');
    expect(shiftBy('warning', 5)).toBe('error');
    expect(shiftSeverity('warning', 'error', 'warning')).toBe('info');
    expect(shiftSeverity('warning', 'warning', 'error')).toBe('error');
    expect(shiftSeverity('info', 'error', undefined)).toBe('info');
  });

  it('recognizes severity names only', () => {
    expect(['error', 'warning', 'info', 'off', 'Error', 2, undefined].map(isSeverity)).toEqual([true, true, true, false, false, false, false]);
  });
});
