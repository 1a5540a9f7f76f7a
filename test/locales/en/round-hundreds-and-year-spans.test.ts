import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { facts as zhFacts } from '../zh/describe-facts.js';

const dates = (text: string) => facts(text).filter((f) => f[0] === 'date').map((f) => [f[1], f[2]]);

describe('the 1800s as a century', () => {
  it.each([
    ['Mills spread across the valley in the 1800s.', [['the 1800s', '1800/1899']]],
    ['The chapel dates from the mid-1800s.', [['mid-1800s', '1830/1869']]],
    ['Trams arrived in the early 1900s.', [['early 1900s', '1900/1929']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it.each([
    ['Broadband came in the 2000s.', [['the 2000s', '2000/2009']]],
    ['Rents doubled in the 1990s.', [['the 1990s', '1990/1999']]],
  ])('keeps a decade a decade: %s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('reads 1800年代 as the same century, 1990年代 as the decade', () => {
    expect(zhFacts('1800年代的工厂')).toEqual(['date 1800年代 1800/1899']);
    expect(zhFacts('1990年代的工厂')).toEqual(['date 1990年代 1990/1999']);
  });
});

describe('a range of years with no word of years before it', () => {
  it.each([
    ['The audit covers 2016 to 2019.', [['2016 to 2019', '2016/2019']]],
    ['Figures for 2020 through 2022 show a dip.', [['2020 through 2022', '2020/2022']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it.each([
    'The survey reached 2015 to 2018 households.',
    'The club has 1990 to 2000 members.',
    'Attendance was 1200 to 1500.',
  ])('reads counts, not years, in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('the Spring and Autumn period', () => {
  it('names an age, not two seasons', () => {
    expect(dates('Confucius lived in the Spring and Autumn period.')).toEqual([]);
  });

  it('keeps the seasons where they are seasons', () => {
    expect(dates('Prices rise in spring and autumn.')).toHaveLength(2);
  });
});
