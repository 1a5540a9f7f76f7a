import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const shares = (text: string) => facts(text).filter((f) => f[0] === 'percent').map((f) => [f[1], f[2], f[3]?.unit]);

describe('points after a share are percentage points', () => {
  it.each([
    ['Attendance was 71.2 percent, down 2.4 points on last season.', [['71.2 percent', 71.2, '%'], ['2.4 points', 2.4, 'pp']]],
    ['Her approval rating stood at 38%, up 6 points.', [['38%', 38, '%'], ['6 points', 6, 'pp']]],
    ['The party’s share climbed by 3 points to 27%.', [['3 points', 3, 'pp'], ['27%', 27, '%']]],
  ])('%s', (text, want) => {
    expect(shares(text)).toEqual(want);
  });

  it.each([
    'The Kospi slipped 0.8%, or 21 points.',
    'The benchmark index fell 300 points, or 1.2 per cent.',
    'She scored 31 points, up 4 points on her season average.',
    'The team rose 3 points to 45 points.',
  ])('keeps other points counts: %s', (text) => {
    expect(shares(text).filter((s) => s[2] === 'pp')).toEqual([]);
  });
});

describe('parts of a percentage point and points written with hyphens', () => {
  it.each([
    ['The central bank cut its rate by half a percentage point.', [['half a percentage point', 0.5, 'pp']]],
    ['Yields rose a quarter of a percentage point.', [['a quarter of a percentage point', 0.25, 'pp']]],
    ['The spread widened by three quarters of a percentage point.', [['three quarters of a percentage point', 0.75, 'pp']]],
    ['Each percentage point costs the lender dearly.', [['Each percentage point', 1, 'pp']]],
    ['It announced a 50-basis-point cut.', [['50-basis-point', 0.5, 'pp']]],
    ['It expects a 2-percentage-point drop.', [['2-percentage-point', 2, 'pp']]],
    ['They bought a 30-percent stake.', [['30-percent', 30, '%']]],
  ])('%s', (text, want) => {
    expect(shares(text)).toEqual(want);
  });

  it('keeps a code with a hyphen no share', () => {
    expect(shares('Model X-15-series engines')).toEqual([]);
  });
});
