import { describe, expect, it } from 'vitest';
import { doublingRatio } from '../../perf/timing.js';
import { facts, type Row } from './helpers.js';
import { extractCandidates } from '../../../src/pipeline/extract.js';

/** A piece dated Monday 7 November 2016. */
const MONDAY = { referenceDate: '2016-11-07' };

const composed: [string, Row[]][] = [
  ['The ministry said it would reply within 10 days.', [['date', 'within 10 days', '2016-11-07/2016-11-17']]],
  ['Refunds will be paid within two weeks, the airline said.', [['date', 'within two weeks', '2016-11-07/2016-11-21']]],
  ['The plant is to be rebuilt within 1 year and 6 months.', [['date', 'within 1 year and 6 months', '2016-11-07/2018-05-07']]],
  ['The committee will meet on Thursday at 3pm next week.', [['date', 'Thursday at 3pm next week', '2016-11-17T15:00']]],
  ['Polls close at eight tonight in Ohio.', [['date', 'eight tonight', '2016-11-07T20:00']]],
  ['The mayor speaks at 6 this evening.', [['date', '6 this evening', '2016-11-07T18:00']]],
  ['The ferry sails at 6:45 in the evening.', [['date', '6:45 in the evening', 'T18:45']]],
  ['The new terminal opens in October of next year.', [['date', 'October of next year', '2017-10']]],
  ['Output should recover in Q2 of this year.', [['date', 'Q2 of this year', '2016-04-01/2016-06-30']]],
  ['The vote was held in late March last year.', [['date', 'late March last year', '2015-03-16/2015-03-31']]],
  ['Prices soared in the early 1990s and fell in the late 90s.', [['date', 'early 1990s', '1990/1992'], ['date', 'late 90s', '1997/1999']]],
  ['Demand peaked in the mid-1980s.', [['date', 'mid-1980s', '1983/1986']]],
  ['The summit runs Monday to Wednesday next week.', [['date', 'Monday to Wednesday next week', '2016-11-14/2016-11-16']]],
  ['Voting will take place next week between Tuesday and Thursday.', [['date', 'next week between Tuesday and Thursday', '2016-11-15/2016-11-17']]],
  ['The polls open at seven am and close at nine pm.', [['date', 'seven am', 'T07:00'], ['date', 'nine pm', 'T21:00']]],
  ['The rally starts at six thirty pm.', [['date', 'six thirty pm', 'T18:30']]],
  ['We land at eight forty-five tomorrow morning.', [['date', 'eight forty-five tomorrow morning', '2016-11-08T08:45']]],
  ['The talks resume at quarter past 3 pm.', [['date', 'quarter past 3 pm', 'T15:15']]],
  ['The gates shut at 10 past 5.', [['date', '10 past 5', 'T05:10']]],
  ['Are you free at 10 tomorrow?', [['date', '10 tomorrow', '2016-11-08T10:00']]],
  ['The jury returns at 3 on Nov 15.', [['date', '3 on Nov 15', '--11-15T03:00']]],
  ['Updated 9 April 2019, 6:15 pm', [['date', '9 April 2019, 6:15 pm', '2019-04-09T18:15']]],
  ['The hearing opens on Tuesday 23 May 2017 at noon.', [['date', 'Tuesday 23 May 2017 at noon', '2017-05-23T12:00']]],
  ['Filed 2 June, 2018 at 07:40', [['date', '2 June, 2018 at 07:40', '2018-06-02T07:40']]],
  ['Sales in May 2018 at 9 stores fell.', [['date', 'May 2018', '2018-05'], ['number', '9', 9]]],
  ['Crews reached the ridge at a quarter to eleven that night.', [['date', 'a quarter to eleven that night', 'T22:45']]],
  ['The ward was cleared by 8:40 that evening.', [['date', 'by 8:40 that evening', 'T20:40', { bound: 'under' }]]],
  ['The ferry left at 6 the same evening.', [['date', '6 the same evening', 'T18:00']]],
  ['Patrols were stepped up at night.', [['date', 'at night', 'T20:00/T23:59']]],
  ['The blast was heard at 10:30 at night.', [['date', '10:30 at night', 'T22:30']]],
  ['Bids are due not later than next Friday.', [['date', 'not later than next Friday', '2016-11-18', { bound: 'under' }]]],
  ['The bridge reopens the week after next.', [['date', 'the week after next', '2016-W47']]],
  ['Rates may rise the month after next.', [['date', 'the month after next', '2017-01']]],
  ['The audit starts in the 3rd month of next year.', [['date', 'the 3rd month of next year', '2017-03']]],
  ['Sales slowed in the last quarter of 2015.', [['date', 'the last quarter of 2015', '2015-10-01/2015-12-31']]],
  ['Fighting eased over the past week.', [['date', 'past week', '2016-W44']]],
  ['the board meets wednesday of next week', [['date', 'wednesday of next week', '2016-11-16']]],
  ['The hearing was put off to the Friday after next.', [['date', 'the Friday after next', '2016-11-25']]],
  ['schools reopen on the first of march', [['date', 'first of march', '--03-01']]],
  ['The clinic is open from 9 to 11 in the morning.', [['date', 'from 9 to 11 in the morning', 'T09:00/T11:00']]],
  ['Roads close 6 to nine in the evening.', [['date', '6 to nine in the evening', 'T18:00/T21:00']]],
  ['The council votes on the 20th at 5pm.', [['date', 'the 20th at 5pm', '---20T17:00']]],
  ['Ballots are counted on 21st.', [['date', '21st', '---21']]],
  ['Filings close next Thu and the panel sits on Tues.', [['date', 'next Thu', '2016-11-17'], ['date', 'Tues', '2016-11-08']]],
  ['The ministry is closed from Mon to Wed.', [['date', 'from Mon to Wed', '2016-11-07/2016-11-09']]],
  ['The office will be shut from Thursday to Saturday.', [['date', 'from Thursday to Saturday', '2016-11-10/2016-11-12']]],
];

const notDates: [string, Row[]][] = [
  // an amount counted from another day, or how long something took, stays a length
  ['Appeals must be lodged within 30 days of the ruling.', [['duration', '30 days', 'P30D']]],
  ['Prices doubled within a year.', [['number', 'doubled', 2, { unit: 'x' }], ['duration', 'a year', 'P1Y']]],
  ['The top 8 tonight go through.', [['number', '8', 8], ['date', 'tonight', '2016-11-07T20:00/2016-11-07T23:59']]],
  ['He scored 8 tonight.', [['number', '8', 8], ['date', 'tonight', '2016-11-07T20:00/2016-11-07T23:59']]],
];

const NOON = { referenceDate: '2016-11-07T12:00:00' };

describe('English moments half an hour or an hour and a half from the reference moment', () => {
  it.each<[string, Row[]]>([
    ['The minister will speak in half an hour.', [['date', 'in half an hour', '2016-11-07T12:30']]],
    ['The train left half an hour ago.', [['date', 'half an hour ago', '2016-11-07T11:30']]],
    ['The talk lasted half an hour.', [['duration', 'half an hour', 'PT0.5H']]],
  ])('%s', (input, expected) => expect(facts(input, NOON)).toEqual(expected));
});

describe('English dates composed of parts', () => {
  it.each(composed)('%s', (input, expected) => expect(facts(input, MONDAY)).toEqual(expected));
});

describe('English dates composed of parts: what stays apart', () => {
  it.each(notDates)('%s', (input, expected) => expect(facts(input, MONDAY)).toEqual(expected));
});

describe('English clock words that are no time', () => {
  it.each(['The couple plan to wed soon.', 'The Sun reported it on Sun Microsystems.', 'The second march through the city was calm.', 'Eight thirty-year-olds applied.', 'She counted ten twenty times.', 'The vote went 12 after 10 recounts.'])('%s', (input) => {
    expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual([]);
  });
});

describe('English decades without their century that are an age or a measure', () => {
  it.each([
    'The new manager, a woman in her mid-40s, starts soon.',
    'Sales of the chips should grow by a mid-40s percentage.',
    'Highs will be in the mid-30s Celsius all week.',
  ])('%s', (input) => {
    expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual([]);
  });

  it('leave a decade a decade', () => {
    expect(facts('The family moved to the coast in the mid-70s.', MONDAY).filter((f) => f[0] === 'date')).toEqual([['date', 'mid-70s', '1973/1976']]);
  });
});

describe('the composing date rules are linear on hostile input', () => {
  // Runs of the new shapes, joined so each rule meets its own words over and over: a quadratic
  // rule takes four times as long when the text doubles, a linear one about twice.
  const shapes: [string, string][] = [
    ['offsets and bounds', 'within 5 years 1 month of not later than half an hour ago on 21st '],
    ['clock words and ranges', 'at six thirty pm quarter past 3 pm 10 past 5 to seven in the morning at 8 tonight at 3 on Nov 15 '],
    ['weekdays and weeks', 'Thursday at 3pm next week from Mon to Wed friday after the next wednesday of next week '],
    ['periods', 'October of next year the 3rd month of next year the late 90s the week after the next the last quarter of '],
    ['range ends', 'from 2006 to the end of 2009 between early 2019 and mid-2020 to the end of the month - '],
    ['parts of periods', 'the first 10 days of the last two weeks of the first three quarters of 2020 the '],
  ];
  it.each(shapes)('%s', (_name, unit) => {
    const text = (n: number): string => unit.repeat(Math.ceil(n / unit.length));
    expect(doublingRatio(8_000, (n) => facts(text(n), MONDAY))).toBeLessThan(3);
  }, 60_000);
});

describe('a date whose year the text does not write, then a year named relatively', () => {
  it.each([
    ['The expo runs from 13 to 18 April next year.', '2025-04-13/2025-04-18'],
    ['The expo opens on 18 April next year.', '2025-04-18'],
  ])('%s takes that year, not the reference year', (text, value) => {
    expect(extractCandidates(text, 'en', { referenceDate: '2024-11-05', referenceYear: 2024 }).map((c) => c.value)).toEqual([value]);
  });
});
