import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { facts as zhFacts } from '../zh/describe-facts.js';

/** A piece dated Wednesday 3 March 2021. */
const WEDNESDAY = { referenceDate: '2021-03-03', referenceYear: 2021 };

const cases: [string, Row[]][] = [
  // The words that bound a date join its span, as Recognizers-Text writes them.
  ['Entries are accepted until June 30th.', [['date', 'until June 30th', '2021-06-30', { bound: 'under' }]]],
  ['The report is due by Friday.', [['date', 'by Friday', '2021-02-26', { bound: 'under' }]]],
  ['Payment must arrive no later than 14 May 2021.', [['date', 'no later than 14 May 2021', '2021-05-14', { bound: 'under' }]]],
  ['Trains run as late as 11:30 pm.', [['date', 'as late as 11:30 pm', 'T23:30', { bound: 'under' }]]],
  ['Talks could start as early as next week.', [['date', 'as early as next week', '2021-W10', { bound: 'over' }]]],
  // `around` and `circa` join the span and make the date approximate.
  ['The blast came around 4 am.', [['date', 'around 4 am', 'T04:00', { approx: true }]]],
  // The end of the day the text speaks from.
  ['Send the figures by end of day.', [['date', 'by end of day', '2021-03-03T23:59', { bound: 'under' }]]],
  ['Bids close at the EOD.', [['date', 'the EOD', '2021-03-03T23:59']]],
  // A part of the day named before its day.
  ['Fire broke out on the evening of March 1.', [['date', 'the evening of March 1', '2021-03-01T16:00/2021-03-01T20:00']]],
  // `this past` and `this coming` before a period.
  ['Sales rose this past weekend.', [['date', 'this past weekend', '2021-02-27/2021-02-28']]],
];

describe('English date modifiers', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('English date modifiers: negative cases', () => {
  it('a bare number after `by` is still a change, not a bounded year', () => {
    expect(facts('Output rose by 1500 tonnes.', WEDNESDAY).some((r) => r[0] === 'date')).toBe(false);
  });
  it('the end of the day as a figure of speech is no time', () => {
    expect(facts('At the end of the day, voters decide.', WEDNESDAY)).toEqual([]);
  });
  it('a night of something is no day', () => {
    expect(facts('It was a night of celebration.', WEDNESDAY)).toEqual([]);
  });
});

describe('Chinese: 大约 before a bare hour makes it a time', () => {
  it('大约十点以后', () => {
    expect(zhFacts('会议大约九点以后开始。', WEDNESDAY)).toEqual(['date 大约九点以后 T09:00 ~ over']);
  });
  it('大约 before points of a proposal is no time', () => {
    expect(zhFacts('他大约三点建议都没有。', WEDNESDAY)).toEqual([]);
  });
});

describe('English days of one month written as a range', () => {
  const days: [string, Row[]][] = [
    ['The fair runs from May the third till the ninth.', [['date', 'from May the third till the ninth', '2021-05-03/2021-05-09']]],
    ['Offices close June 2nd through sixth.', [['date', 'June 2nd through sixth', '2021-06-02/2021-06-06']]],
    ['The count takes place between 8 and 19 next month.', [['date', 'between 8 and 19 next month', '2021-04-08/2021-04-19']]],
    ['Exams fall on 10-14 of this month.', [['date', '10-14 of this month', '2021-03-10/2021-03-14']]],
  ];
  it.each(days)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
  it('a score beside a month stays a score', () => {
    expect(facts('The team went 4-23 this month.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([['date', 'this month', '2021-03']]);
  });
  it('a day then an ordinal that numbers a thing is no range', () => {
    expect(facts('From June 2nd to the fifth floor.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([['date', 'June 2nd', '2021-06-02']]);
  });
});

describe('English months written in lower case', () => {
  it.each<[string, Row[]]>([
    ['the office is shut in mid-october.', [['date', 'mid-october', '2021-10-10/2021-10-20']]],
    ['rents rose in february', [['date', 'february', '2021-02']]],
    ['we sail on the 2nd of may', [['date', 'the 2nd of may', '2021-05-02']]],
    ['the season runs from nov to march', [['date', 'from nov to march', '2021-11/2022-03']]],
  ])('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
  it('may, march and august in lower case stay words', () => {
    expect(facts('rule 9 may apply to an august body that will march on.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([]);
  });
});

describe('English: the word year before the year it names', () => {
  it('year 2012 or later', () => {
    expect(facts('Sales for year 2012 or later rose.', WEDNESDAY)).toEqual([['date', 'year 2012 or later', '2012', { bound: 'over' }]]);
  });
  it('the year keeps its article out of the date', () => {
    expect(facts('In the year 2011 prices fell.', WEDNESDAY)).toEqual([['date', '2011', '2011']]);
  });
});
