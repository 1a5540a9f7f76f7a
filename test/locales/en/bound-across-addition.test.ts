import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

describe('a bound before words of addition binds the value after them', () => {
  it.each([
    ['Travellers should allow at least an extra half hour at the border.', 'duration', 'over'],
    ['Fares may go up by up to a further 5% next year.', 'percent', 'under'],
    ['The works need no more than another 40 days.', 'duration', 'under'],
  ])('%s', (text, kind, bound) => {
    expect(facts(text).find((f) => f[0] === kind)?.[3]).toMatchObject({ bound, approx: true });
  });

  it('an addition alone binds nothing', () => {
    expect(facts('The works need an extra 40 days.').find((f) => f[0] === 'duration')?.[3]?.bound).toBeUndefined();
  });

  it('meets 至少 with no finding', () => {
    const result = align('Travellers should allow at least an extra half hour at the border.\n\n旅客过境时请预留至少半小时的额外时间。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
