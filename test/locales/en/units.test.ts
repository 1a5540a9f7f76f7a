import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const money: [string, Row[]][] = [
  ['from 6.6 billion yuan', [['money', '6.6 billion yuan', 6600000000, { unit: 'CNY' }]]],
  ['to 635 billion yuan', [['money', '635 billion yuan', 635000000000, { unit: 'CNY' }]]],
  ['a total credit of 3 billion yuan.', [['money', '3 billion yuan', 3000000000, { unit: 'CNY' }]]],
  ['signed for nearly 7 billion yuan', [['money', '7 billion yuan', 7000000000, { unit: 'CNY', approx: true }]]],
  ['RMB 3 billion', [['money', 'RMB 3 billion', 3000000000, { unit: 'CNY' }]]],
  ['RMB3 billion', [['money', 'RMB3 billion', 3000000000, { unit: 'CNY' }]]],
  ['USD115', [['money', 'USD115', 115, { unit: 'USD' }]]],
  // the renminbi and short scales as financial papers glue them
  ['sales reached Rmb84.6bn', [['money', 'Rmb84.6bn', 84600000000, { unit: 'CNY' }]]],
  ['a Rmb350mn fund', [['money', 'Rmb350mn', 350000000, { unit: 'CNY' }]]],
  ['loans of Rmb2.4tn', [['money', 'Rmb2.4tn', 2400000000000, { unit: 'CNY' }]]],
  ['CNY1.5tn', [['money', 'CNY1.5tn', 1500000000000, { unit: 'CNY' }]]],
  // a range after a glued code, the code again at its end or not; a smaller number after is no end
  ['seats at MOP280-460 each', [['money', 'MOP280-460', 280, { unit: 'MOP', max: 460 }]]],
  ['rooms at SGD120-SGD180', [['money', 'SGD120-SGD180', 120, { unit: 'SGD', max: 180 }]]],
  ['a budget of USD2-3 billion', [['money', 'USD2-3 billion', 2000000000, { unit: 'USD', max: 3000000000 }]]],
  ['won USD500-2 on appeal', [['money', 'USD500', 500, { unit: 'USD' }], ['number', '2', 2]]],
  ['$ 75 million of bonds', [['money', '$ 75 million', 75000000, { unit: 'USD' }]]],
  ['paid $94,000 to drop all claims', [['money', '$94,000', 94000, { unit: 'USD' }]]],
  ['US$3.14', [['money', 'US$3.14', 3.14, { unit: 'USD' }]]],
  ['HK$2.5bn', [['money', 'HK$2.5bn', 2500000000, { unit: 'HKD' }]]],
  ['20 euros', [['money', '20 euros', 20, { unit: 'EUR' }]]],
  ['€20', [['money', '€20', 20, { unit: 'EUR' }]]],
  ['£10 fine', [['money', '£10', 10, { unit: 'GBP' }]]],
  ['ten pounds', [['money', 'ten pounds', 10, { unit: 'GBP' }]]],
  ['50 million USD', [['money', '50 million USD', 50000000, { unit: 'USD' }]]],
  ['75 USD million', [['money', '75 USD million', 75000000, { unit: 'USD' }]]],
  ['nineteen dollars and sixty-five cents', [['money', 'nineteen dollars and sixty-five cents', 19.65, { unit: 'USD' }]]],
  ['470 pence a share', [['money', '470 pence', 4.7, { unit: 'GBP' }]]],
  ['more than $ 247 million', [['money', '$ 247 million', 247000000, { unit: 'USD', approx: true, bound: 'over' }]]],
  ['between $10 and $20', [['money', 'between $10 and $20', 10, { unit: 'USD', max: 20 }]]],
  ['10 rmb 20 usd', [['money', '10 rmb', 10, { unit: 'CNY' }], ['money', '20 usd', 20, { unit: 'USD' }]]],
];

const percent: [string, Row[]][] = [
  ['the contribution rate reached 35.3%.', [['percent', '35.3%', 35.3, { unit: '%' }]]],
  ['240 percent', [['percent', '240 percent', 240, { unit: '%' }]]],
  ['100 per cent', [['percent', '100 per cent', 100, { unit: '%' }]]],
  ['thirty percentage', [['percent', 'thirty percentage', 30, { unit: '%' }]]],
  ['rose 3 percentage points', [['percent', '3 percentage points', 3, { unit: 'pp' }]]],
  ['minus five percent', [['percent', 'minus five percent', -5, { unit: '%' }]]],
  ['10-15%', [['percent', '10-15%', 10, { unit: '%', max: 15 }]]],
  ['about 20%', [['percent', '20%', 20, { unit: '%', approx: true }]]],
  ['１２％', [['percent', '１２％', 12, { unit: '%' }]]],
];

const durations: [string, Row[]][] = [
  ['the two-day soft Fair', [['duration', 'two-day', 'P2D']]],
  ['In the past 20 years, it has', [['duration', '20 years', 'P20Y']]],
  ['After 20 years of cultivation', [['duration', '20 years', 'P20Y']]],
  ['a 20-year plan', [['duration', '20-year', 'P20Y']]],
  ["I'll leave for 3h", [['duration', '3h', 'PT3H']]],
  ['3.5years', [['duration', '3.5years', 'P3.5Y']]],
  ['3 minutes', [['duration', '3 minutes', 'PT3M']]],
  ['half an hour', [['duration', 'half an hour', 'PT0.5H']]],
  ['2 years and 3 months', [['duration', '2 years and 3 months', 'P2Y3M']]],
  ['an hour and a half', [['duration', 'an hour and a half', 'PT1.5H']]],
  ['1 hour and 45 minutes', [['duration', '1 hour and 45 minutes', 'PT1H45M']]],
  ['once a year', []],
  ['nearly two decades', [['duration', 'two decades', 'P20Y', { approx: true }]]],
  ['10-15 years', [['duration', '10-15 years', 'P10Y', { max: 15 }]]],
  // ages and plan names are not spans of time
  ['He is 20 years old', [['number', '20', 20]]],
];

const ordinals: [string, Row[]][] = [
  ['the 21st China International Software Cooperation conference', [['ordinal', '21st', 21]]],
  ['the «14th Five-Year Plan for the Development»', [['ordinal', '14th', 14]]],
  ['came to Chengdu for the second time', [['ordinal', 'second', 2]]],
  ['the first batch to receive credit', [['ordinal', 'first', 1]]],
  ['Third, vigorously encourage', [['ordinal', 'Third', 3]]],
  ['twenty-first', [['ordinal', 'twenty-first', 21]]],
  ['twentyfifth', [['ordinal', 'twentyfifth', 25]]],
  ['the 2nd floor', [['ordinal', '2nd', 2]]],
  ['one hundred and first', [['ordinal', 'one hundred and first', 101]]],
  ['three trillionth', [['ordinal', 'three trillionth', 3000000000000]]],
  // `one of the first`: `one` is not a count, `first` is ordinal 1 (首批)
  ['as one of the first batch of cities', [['ordinal', 'first', 1]]],
];

describe('English money', () => {
  it.each(money)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});
describe('English percentages', () => {
  it.each(percent)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});
describe('English durations', () => {
  it.each(durations)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});
describe('English ordinals', () => {
  it.each(ordinals)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});

describe('percent changes are two values, not a range', () => {
  it.each([
    ['Revenue rose 3 percentage points to 12%.', [[3, 'pp'], [12, '%']]],
    ['The rate climbed from 10% to 15%.', [[10, '%'], [15, '%']]],
    ['Margins of 10% to 15% are common.', [[10, '%', 15]]],
  ] as const)('%s', (text, expected) => {
    const found = extractCandidates(text, 'en').filter((c) => c.kind === 'percent').map((c) => (c.max === undefined ? [c.value, c.unit] : [c.value, c.unit, c.max]));
    expect(found).toEqual(expected);
  });
});
