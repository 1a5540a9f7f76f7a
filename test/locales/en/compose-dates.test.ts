import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

/** A piece dated Tuesday 26 January 2021. */
const TUESDAY = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, Row[]][] = [
  // a day and a time side by side are one moment
  ['The ferry sails at 6:40 am tomorrow.', [['date', '6:40 am tomorrow', '2021-01-27T06:40']]],
  ['Polls closed yesterday at 8 pm, officials said.', [['date', 'yesterday at 8 pm', '2021-01-25T20:00']]],
  // a day and its part
  ['Talks resume tomorrow morning.', [['date', 'tomorrow morning', '2021-01-27T08:00/2021-01-27T12:00']]],
  ['Fighting broke out on Sunday night.', [['date', 'Sunday night', '2021-01-24T20:00/2021-01-24T23:59']]],
  ['Crowds gathered last night outside the palace.', [['date', 'last night', '2021-01-25T20:00/2021-01-25T23:59']]],
  ['The minister speaks tonight.', [['date', 'tonight', '2021-01-26T20:00/2021-01-26T23:59']]],
  ['Markets fell this afternoon.', [['date', 'this afternoon', '2021-01-26T12:00/2021-01-26T16:00']]],
  ['The envoy lands tonight at 11 pm local time.', [['date', 'tonight at 11 pm', '2021-01-26T23:00']]],
  // a day of a named month, a weekday of a named week
  ['Payments resume on the 15th day of next month.', [['date', 'the 15th day of next month', '2021-02-15']]],
  ['The vote is on the 3rd of next month.', [['date', 'the 3rd of next month', '2021-02-03']]],
  ['Talks open Tuesday next week.', [['date', 'Tuesday next week', '2021-02-02']]],
  ['Ask again next week Wednesday.', [['date', 'next week Wednesday', '2021-02-03']]],
  ['Rooms are booked for the 09th of May, officials said.', [['date', 'the 09th of May', '2021-05-09']]],
  ['Viewers met Monday morning from 10am to 12pm to vote.', [['date', 'Monday morning from 10am to 12pm', '2021-01-25T10:00/2021-01-25T12:00']]],
  // part of a month or a year: a month in thirds (as the Chinese 旬), a year in thirds of four months
  ['Harvest starts in early June.', [['date', 'early June', '2021-06-01/2021-06-15']]],
  ['Prices peaked in late last month.', [['date', 'late last month', '2020-12-16/2020-12-31']]],
  ['The firm was founded at the end of 2000.', [['date', 'end of 2000', '2000-09-01/2000-12-31']]],
  // bounds
  ['No census was held after 1998.', [['date', 'after 1998', '1998', { bound: 'over' }]]],
  ['Sales before 2018 or before 2000.', [['date', 'before 2018', '2018', { bound: 'under' }], ['date', 'before 2000', '2000', { bound: 'under' }]]],
  ['No vaccines are expected before March 2021.', [['date', 'before March 2021', '2021-03', { bound: 'under' }]]],
  ['Prices have doubled since 2015.', [['number', 'doubled', 2, { unit: 'x' }], ['date', 'since 2015', '2015', { bound: 'over' }]]],
  ['Filings from May 2019 or later are void.', [['date', 'May 2019 or later', '2019-05', { bound: 'over' }]]],
  ['Reports are due no later than June 30, 2021.', [['date', 'no later than June 30, 2021', '2021-06-30', { bound: 'under' }]]],
  // two dates of any kind joined as one interval: from the start of the first to the end of the second
  ['Output fell from 2007 to the end of 2009.', [['date', 'from 2007 to the end of 2009', '2007-01-01/2009-12-31']]],
  ['The exhibition ran from Monday to the end of the month.', [['date', 'from Monday to the end of the month', '2021-01-25/2021-01-31']]],
  // the first or last few days, weeks, months or quarters of a period
  // on 26 January 2021 the first 10 months of the year the text speaks of are those of 2020; of this year, 2021's
  ['Exports rose in the first 10 months of the year.', [['date', 'the first 10 months of the year', '2020-01-01/2020-10-31']]],
  ['Exports are to rise in the first 10 months of this year.', [['date', 'the first 10 months of this year', '2021-01-01/2021-10-31']]],
  ['Output fell in the first three quarters of 2020.', [['date', 'the first three quarters of 2020', '2020-01-01/2020-09-30']]],
  ['Works close the road for the last two weeks of June.', [['date', 'the last two weeks of June', '2021-06-17/2021-06-30']]],
  ['Rent is due in the first 5 days of next month.', [['date', 'the first 5 days of next month', '2021-02-01/2021-02-05']]],
  ['Staff grew from May 2015 to 2018.', [['date', 'from May 2015 to 2018', '2015-05/2018-12']]],
  ['Inflation stayed high between early 2019 and mid-2020.', [['date', 'between early 2019 and mid-2020', '2019-01-01/2020-08-31']]],
  ['The strike lasted from March 3 to the end of April.', [['date', 'from March 3 to the end of April', '2021-03-03/2021-04-30']]],
  ['Prices rose between May 2015 and 2018.', [['date', 'between May 2015 and 2018', '2015-05/2018-12']]],
];

const negatives: [string, Row[]][] = [
  // a day and a time far apart stay two facts
  ['Tomorrow the board meets; lunch is served at 1 pm sharp.', [['date', 'Tomorrow', '2021-01-27'], ['date', '1 pm', 'T13:00']]],
  // `night` that is no part of a named day
  ['The opening night drew 2,000 people.', [['number', '2,000', 2000]]],
  // an ordinal that is no day stays an ordinal
  ['The 3rd of the candidates withdrew.', [['ordinal', '3rd', 3]]],
  // a phase or part by its Roman numeral after its word; a king's or a war's numeral is no ordinal of the text
  ['The drug entered a Phase III trial.', [['ordinal', 'III', 3]]],
  ['Henry VIII ruled after World War II ended.', []],
  // `late` that is no part of a date
  ['The train was late on Tuesday.', [['date', 'Tuesday', '2021-01-26']]],
  // a range is not a bounded point
  ['Sales rose from 2015 to 2019.', [['date', 'from 2015 to 2019', '2015/2019']]],
  // `and` joins two dates only after `between`; a backwards pair and a count stay apart
  ['Reports came in early 2019 and mid-2020.', [['date', 'early 2019', '2019-01-01/2019-04-30'], ['date', 'mid-2020', '2020-05-01/2020-08-31']]],
  ['The plan moved from the end of 2020 to 2019.', [['date', 'end of 2020', '2020-09-01/2020-12-31'], ['number', '2019', 2019]]],
  // minutes of a match are no part of a date; more days than the month holds stay apart
  ['He scored in the first 10 minutes of the game.', [['duration', '10 minutes', 'PT10M']]],
  ['Staff rose from May 2015 to 2018 people.', [['date', 'May 2015', '2015-05'], ['number', '2018', 2018]]],
];

describe('English dates composed from a day, a time, a part of the day or a bound', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
  it.each(negatives)('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
});
