import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

describe('a share spelled with in: one in four', () => {
  it.each([
    ['Roughly one in five workers now commutes by bike.', 'one in five', 0.2],
    ['The gene is carried by 1 in 3 people of the region.', '1 in 3', tidyThird()],
    ['The defect shows up in one in every 10,000 units.', 'one in every 10,000', 0.0001],
  ])('%s', (text, raw, value) => {
    expect(facts(text).filter((f) => f[0] === 'number').map((f) => [f[1], f[2]])).toEqual([[raw, value]]);
  });

  it.each([
    ['The striker scored 2 in 90 minutes.'],
    ['They won 3 in 5 games last season.'],
    ['She came 2 in 2023 and first a year later.'],
    // no whole after the second figure: a bound and a number (`more than 2`, `in 5`)
    ['How about more than 2 in 5?'],
  ])('no share in %s', (text) => {
    expect(facts(text).some((f) => f[0] === 'number' && typeof f[2] === 'number' && f[2] > 0 && f[2] < 1)).toBe(false);
  });

  it('meets 四分之一 with no finding', () => {
    const result = align('About one in four adults get enough sleep.\n\n约四分之一的成年人睡眠充足。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});

/** One third as the extractor writes it (15 significant digits). */
function tidyThird(): number {
  return Number((1 / 3).toPrecision(15));
}
