import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../../src/locales/en/numbers.js';
import { facts, type Row } from './helpers.js';

const cases: [string, Row[]][] = [
  // counts from the seed
  ['set up 14 activities in five aspects', [['number', '14', 14], ['number', 'five', 5]]],
  ['Nearly 700 people participated in the meeting.', [['number', '700', 700, { approx: true }]]],
  ['software industry associations of ten provinces', [['number', 'ten', 10]]],
  ['nearly 10 industry companies', [['number', '10', 10, { approx: true }]]],
  ['in 4 key industry support directions', [['number', '4', 4]]],
  ['66 software companies in Chengdu', [['number', '66', 66]]],
  ['an increase of about 95 times', [['number', '95 times', 95, { unit: 'x', approx: true }]]],
  // Arabic forms
  ['1,234.5 tonnes', [['number', '1,234.5', 1234.5]]],
  ['1 234 visitors', [['number', '1 234', 1234]]],
  ['１２３ cases', [['number', '１２３', 123]]],
  ['a 3.5m budget', [['number', '3.5m', 3500000]]],
  ['10k runners', [['number', '10k', 10000]]],
  ['2 million people', [['number', '2 million', 2000000]]],
  ['it fell to -1 today', [['number', '-1', -1]]],
  ['it fell to −4.5 overnight', [['number', '−4.5', -4.5]]],
  // a sign is glued to its digits: a dash and a space open a list item or subtract
  ['- 250 ml whole milk', [['number', '250', 250]]],
  // a capital letter glued to digits after a noun of codes ends the code, no scale
  ['Take bus 7B or 31 to the pier.', [['number', '31', 31]]],
  ['Sales reached 7B units.', [['number', '7B', 7000000000]]],
  // digits after the letter make a serial number of it all
  ['Serial numbers 4417K00210 to 4418K00990 are affected.', []],
  // a bound after the people or things the number counts
  ['Families of 6 members or more qualify.', [['number', '6', 6, { approx: true, bound: 'over' }]]],
  // a capital H set apart from its number is a class of shares, no hours; Hong Kong cents glued to HK
  ['The group will sell 80 million H shares.', [['number', '80 million', 80000000]]],
  ['A dividend of HK8.5 cents per share', [['money', 'HK8.5 cents', 0.085, { unit: 'HKD' }]]],
  ['net = 96,000 × 10% − 2,100', [['number', '96,000', 96000], ['percent', '10%', 10, { unit: '%' }], ['number', '2,100', 2100]]],
  ['.23456000', [['number', '.23456000', 0.23456]]],
  ['12.32e+14', [['number', '12.32e+14', 1.232e15]]],
  ['2  1/4', [['number', '2  1/4', 2.25]]],
  ['the result is ¾', [['number', '¾', 0.75]]],
  // words
  ['twenty-one', [['number', 'twenty-one', 21]]],
  ['a dozen eggs', [['number', 'a dozen', 12]]],
  ['3 dozens', [['number', '3 dozens', 36]]],
  ['one and a half', [['number', 'one and a half', 1.5]]],
  ['one third', [['number', 'one third', 0.333333333333333]]],
  ['two thirds', [['number', 'two thirds', 0.666666666666667]]],
  ['one hundred and six', [['number', 'one hundred and six', 106]]],
  ['thirty-four trillion and five hundred', [['number', 'thirty-four trillion and five hundred', 34000000000500]]],
  ['three hundred and four thousand', [['number', 'three hundred and four thousand', 304000]]],
  ['four hundred point sixty-two', [['number', 'four hundred point sixty-two', 400.62]]],
  ['minus five point five', [['number', 'minus five point five', -5.5]]],
  ['half a dozen', [['number', 'half a dozen', 6]]],
  ['The town grew to 7 million and a half', [['number', '7 million and a half', 7500000]]],
  ['eight billion and three quarters', [['number', 'eight billion and three quarters', 8750000000]]],
  ['1 over three', [['number', '1 over three', 0.333333333333333]]],
  ['three twenty-firsts', [['number', 'three twenty-firsts', 0.142857142857143]]],
  ['three hundred and sixty-two hundredths', [['number', 'three hundred and sixty-two hundredths', 300.62]]],
  ['four hundred and three dozens', [['number', 'four hundred and three dozens', 436]]],
  ['4 thousand 3 hundred and 21', [['number', '4 thousand 3 hundred and 21', 4321]]],
  ['three thousand millions', [['number', 'three thousand millions', 3000000000]]],
  ['two point two million', [['number', 'two point two million', 2200000]]],
  ['12 lakhs', [['number', '12 lakhs', 1200000]]],
  ['1.3x10^6', [['number', '1.3x10^6', 1300000]]],
  ['1.1^23', [['number', '1.1^23', 8.95430243255239]]],
  // multiples
  ['a tenfold increase', [['number', 'tenfold', 10, { unit: 'x' }]]],
  ['grew 10x faster', [['number', '10x', 10, { unit: 'x' }]]],
  ['a 3-fold rise', [['number', '3-fold', 3, { unit: 'x' }]]],
  // ranges and bounds
  ['between 20 and 30', [['number', 'between 20 and 30', 20, { max: 30 }]]],
  // after `between`, a unit after each end, the same one; not two counts of other things, nor a change from one to the other
  ['each probe weighs between 120 kg and 180 kg', [['number', 'between 120 kg and 180', 120, { max: 180 }]]],
  ['the road grew from 3 km to 6 km', [['number', '3', 3], ['number', '6', 6]]],
  ['between 4 nurses and 9 doctors', [['number', '4', 4], ['number', '9', 9]]],
  // `the one` joined by a hyphen to its unit is no pronoun
  ['the one-month rate rose', [['duration', 'one-month', 'P1M']]],
  ['the one that won', []],
  ['pages 10-11', [['number', '10-11', 10, { max: 11 }]]],
  // a range in a compound: its ends, and no length of years
  ['jobs for 18-to-29-year-olds', [['number', '18-to-29', 18, { max: 29 }]]],
  ['jobs for 18- to 29-year-olds', [['number', '18- to 29', 18, { max: 29 }]]],
  ['jobs for 18-29 year olds', [['number', '18-29', 18, { max: 29 }]]],
  // a letter and a hyphen before digits still make a code
  ['the F-16 and the MiG-29', []],
  ['3 to 5 million', [['number', '3 to 5 million', 3000000, { max: 5000000 }]]],
  ['The bridge is more than forty years old.', [['number', 'more than forty', 40, { approx: true, bound: 'over' }]]],
  ['fewer than 5 seats', [['number', 'fewer than 5', 5, { approx: true, bound: 'under' }]]],
  ['five hundred or more', [['number', 'five hundred or more', 500, { approx: true, bound: 'over' }]]],
  ['greater than 150 and smaller than 400', [['number', 'greater than 150 and smaller than 400', 150, { max: 400 }]]],
  ['less than or equal to 30', [['number', 'less than or equal to 30', 30, { approx: true, bound: 'under' }]]],
  ['when >= 30', [['number', '>= 30', 30, { approx: true, bound: 'over' }]]],
  ['a £6 million-plus expansion', [['money', '£6 million', 6000000, { unit: 'GBP', approx: true, bound: 'over' }]]],
  // thousands written apart before a glued m: metres, unless money or what a million counts follows
  ['the team climbed 2,350m in the dark', []],
  ['a tunnel of 4,200m, the longest yet', []],
  ['a 4.5m budget and 2,000m of pipe', [['number', '4.5m', 4500000]]],
  ['the deal was worth £1,600m', [['money', '£1,600m', 1600000000, { unit: 'GBP' }]]],
  ['the lake holds 2,300m cubic metres', [['number', '2,300m', 2300000000]]],
  ['some 1,400m people', [['number', '1,400m', 1400000000, { approx: true }]]],
  // a plain year is a number unless it reads as a year
  ['2003 participants', [['number', '2003', 2003]]],
];

describe('English numbers', () => {
  it.each(cases)('%s', (input, expected) => {
    expect(facts(input)).toEqual(expected);
  });
});

describe('scanNumbers', () => {
  it('gives digits and words in the order of the text, however they interleave', () => {
    const tokens = scanNumbers('five crates, 3 pallets and twenty-one boxes; 7 more, then ½ a load and 2¾ tonnes, minus four');
    expect(tokens.map((t) => t.value)).toEqual([5, 3, 21, 7, 0.5, 2.75, -4]);
    expect(tokens.map((t) => t.start)).toEqual([...tokens.map((t) => t.start)].sort((a, b) => a - b));
    expect(scanNumbers('one 1 two 2').map((t) => t.form)).toEqual(['words', 'digits', 'words', 'digits']);
  });

  it('reads a unit before its tens as one number in the older order of counting, not in a range or a list', () => {
    const values = (text: string): number[] => scanNumbers(text).map((t) => t.value);
    expect(values('the old shepherd kept the flock for six and forty years')).toEqual([46]);
    expect(values('Seven and fifty men went up to the hills.')).toEqual([57]);
    expect(values('children between six and forty months old')).toEqual([6, 40]);
    expect(values('from three and twenty to four')).toEqual([3, 20, 4]);
    expect(values('rooms 2, six and twenty')).toEqual([2, 6, 20]);
    expect(values('six and twenty-two')).toEqual([6, 22]);
    expect(values('six and a half hours')).toEqual([6.5]);
    expect(values('three hundred and sixty')).toEqual([360]);
  });
});
