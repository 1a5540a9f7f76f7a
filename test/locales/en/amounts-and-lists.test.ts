import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

const YEAR = { referenceYear: 2021 };

const cases: [string, Row[]][] = [
  ['Membership grew 9 percent to 4,180 last spring.', [['percent', '9 percent', 9, { unit: '%' }], ['number', '4,180', 4180]]],
  ['The deficit is not to exceed 3.5 percent of output.', [['percent', '3.5 percent', 3.5, { unit: '%', approx: true, bound: 'under' }]]],
  ['a 96-million-acre reserve', [['number', '96-million', 96000000]]],
  ['The constant is -15e-2 here.', [['number', '-15e-2', -0.15]]],
  ['By March of 2019 the line was open.', [['date', 'By March of 2019', '2019-03', { bound: 'under' }]]],
  ['Sales peak in April, May and June.', [['date', 'April', '2021-04'], ['date', 'May', '2021-05'], ['date', 'June', '2021-06']]],
  ['The season runs from July to October.', [['date', 'from July to October', '2021-07/2021-10']]],
];

describe('English amounts, bounds, exponents and month lists', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, YEAR)).toEqual(expected));
});

describe('English look-alikes: negative cases', () => {
  it('a > quoting a headline is no bound', () => {
    expect(facts('> 40 stranded as river floods')).toEqual([['number', '40', 40]]);
  });
  it('a > inside a sentence still is', () => {
    expect(facts('a yield of > 40 percent')).toEqual([['percent', '40 percent', 40, { unit: '%', approx: true, bound: 'over' }]]);
  });
  it('a name with a number and a garbage token yield nothing', () => {
    expect(facts("Chang'e-5 and the code 9QxpTr7 landed")).toEqual([]);
  });
  it('Theresa May is no month', () => {
    expect(facts('Smith, May and Jones met in June.', YEAR)).toEqual([['date', 'June', '2021-06']]);
  });
});

describe('one percentage point named in words', () => {
  it('every percentage point is 1 pp', () => {
    expect(facts('Every percentage point of growth adds jobs.')).toEqual([['percent', 'Every percentage point', 1, { unit: 'pp' }]]);
  });
});

describe('a year and a month in digits', () => {
  it.each([
    ['Sales in 2019/7 fell.', [['date', '2019/7', '2019-07']]],
    ['Sales in 7/2019 fell.', [['date', '7/2019', '2019-07']]],
    ['The 2018 March report', [['date', '2018 March', '2018-03']]],
    ['the 2018-19 season', [['date', '2018-19', '2018/2019']]],
  ] as [string, Row[]][])('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});
