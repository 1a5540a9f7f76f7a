import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

/** A piece dated Monday 7 November 2016. */
const MONDAY = { referenceDate: '2016-11-07' };

const absolute: [string, Row[]][] = [
  ['Exports slowed from Sep to Nov.', [['date', 'from Sep to Nov', '--09/--11']]],
  ['Talks ran Jan-Feb 2017 in Seoul.', [['date', 'Jan-Feb 2017', '2017-01/2017-02']]],
  ['Output fell between March and May.', [['date', 'between March and May', '--03/--05']]],
  ['Revenue grew from april in 2016 to June in 2017.', [['date', 'from april in 2016 to June in 2017', '2016-04/2017-06']]],
  ['The winter run lasts Nov-Feb 2019.', [['date', 'Nov-Feb 2019', '2018-11/2019-02']]],
  ['The board meets in October.', [['date', 'October', '--10']]],
  ['Rates stay on hold until after Feb.', [['date', 'after Feb', '--02', { bound: 'over' }]]],
  ['Filed on Dec31 , 1994 in Delaware', [['date', 'Dec31 , 1994', '1994-12-31']]],
  ['signed july 4th of 1995', [['date', 'july 4th of 1995', '1995-07-04']]],
  ['due Sep-23-2020', [['date', 'Sep-23-2020', '2020-09-23']]],
  ['due 23/Sep/2020 or 2019-aug-1', [['date', '23/Sep/2020', '2020-09-23'], ['date', '2019-aug-1', '2019-08-01']]],
  ['Sales rose in 2017 q1 and 2019-Q1.', [['date', '2017 q1', '2017-01-01/2017-03-31'], ['date', '2019-Q1', '2019-01-01/2019-03-31']]],
  ['Prices peaked in the 1970s.', [['date', 'the 1970s', '1970/1979']]],
  ['the week 3 of 2027', [['date', 'the week 3 of 2027', '2027-W03']]],
  ['The dam opened in the summer of 2016.', [['date', 'summer of 2016', '2016-06/2016-08']]],
  ['Harvests were poor in 2019 autumn.', [['date', '2019 autumn', '2019-09/2019-11']]],
  ['Work resumes in the fall.', [['date', 'fall', '--09/--11']]],
  ['by mid summer', [['date', 'mid summer', '--06/--08']]],
  ['The flight leaves at 8.10 pm or 1140 a.m.', [['date', '8.10 pm', 'T20:10'], ['date', '1140 a.m.', 'T11:40']]],
  ['The clock read 7:56:30 pm.', [['date', '7:56:30 pm', 'T19:56:30']]],
  ['Leave runs 2/27-3/1 and 5/1-5/7, 2020.', [['date', '2/27-3/1', '--02-27/--03-01'], ['date', '5/1-5/7, 2020', '2020-05-01/2020-05-07']]],
  ['See sales_report-2002-10-09.xlsx', [['date', '2002-10-09', '2002-10-09']]],
  ['Output in 11 / 2016 was flat.', [['date', '11 / 2016', '2016-11']]],
  ['Printing spread in the 15th century and the nineteenth century.', [['date', 'the 15th century', '1400/1499'], ['date', 'the nineteenth century', '1800/1899']]],
  ['Prices held 2014~2018.', [['date', '2014~2018', '2014/2018']]],
  ['The shop stayed open all day.', [['duration', 'all day', 'P1D']]],
  ['The call runs between 9 and 10:30 today.', [['date', 'between 9 and 10:30', 'T09:00/T10:30']]],
  ['He arrived after 5pm and left before noon.', [['date', 'after 5pm', 'T17:00', { bound: 'over' }], ['date', 'before noon', 'T12:00', { bound: 'under' }]]],
  ['On 2016 10 16, the conference started.', [['date', '2016 10 16', '2016-10-16']]],
  ['Can we wait another month?', [['duration', 'another month', 'P1M']]],
  ['The visa lasts 2 days 1 month.', [['duration', '2 days 1 month', 'P1M2D']]],
];

const relative: [string, Row[]][] = [
  ['We leave this summer.', [['date', 'this summer', '2016-06/2016-08']]],
  ['The plant opens next spring.', [['date', 'next spring', '2017-03/2017-05']]],
  ['Profit fell in the third quarter this year.', [['date', 'the third quarter this year', '2016-07-01/2016-09-30']]],
  ['The plant closes in two months, officials said it will reopen.', [['date', 'in two months', '2017-01-07']]],
  ['The loan falls due three weeks from tomorrow.', [['date', 'three weeks from tomorrow', '2016-11-29']]],
  ['The mill will restart 2 years 21 days later.', [['date', '2 years 21 days later', '2018-11-28']]],
  ['The deal closed 2 weeks before May 13 1999.', [['date', '2 weeks before May 13 1999', '1999-04-29']]],
  ['Results for last quarter beat forecasts.', [['date', 'last quarter', '2016-07-01/2016-09-30']]],
  ['Talks continue in the coming quarter.', [['date', 'coming quarter', '2017-01-01/2017-03-31']]],
  ['She is away the last week of July.', [['date', 'the last week of July', '2016-07-25/2016-07-31']]],
  ['the first week of Oct', [['date', 'the first week of Oct', '2016-10-03/2016-10-09']]],
  ['the third week of this month', [['date', 'the third week of this month', '2016-11-14/2016-11-20']]],
  ['Crowds are expected this weekend and the weekend after next.', [['date', 'this weekend', '2016-11-12/2016-11-13'], ['date', 'the weekend after next', '2016-11-26/2016-11-27']]],
  ['Two people were hurt over the weekend.', [['number', 'Two', 2], ['date', 'the weekend', '2016-11-05/2016-11-06']]],
  ['The office is shut for the rest of the month.', [['date', 'the rest of the month', '2016-11-07/2016-11-30']]],
  ['Shares rose in this calendar year.', [['date', 'this calendar year', '2016']]],
  ['The vote is on Saturday the 19th.', [['date', 'Saturday the 19th', '2016-11-19']]],
  ['Doors open Tue 15th at noon.', [['date', 'Tue 15th at noon', '2016-11-15T12:00']]],
  ['due friday 5/12', [['date', 'friday 5/12', '--05-12']]],
  ['The hearing resumes on the 21st.', [['date', 'the 21st', '---21']]],
  ['We met on tuesday of last week.', [['date', 'tuesday of last week', '2016-11-01']]],
  ['The forum opens the week of April 10th.', [['date', 'the week of April 10th', '2016-04-04/2016-04-10']]],
  ['Book it for w/c Feb 4.', [['date', 'w/c Feb 4', '2016-02-01/2016-02-07']]],
  ['Labor Day falls on the first Monday of September.', [['date', 'the first Monday of September', '2016-09-05']]],
  ['The board meets the last Friday of next month.', [['date', 'the last Friday of next month', '2016-12-30']]],
  ['Sales fell in the last 2 quarters.', [['date', 'last 2 quarters', '2016-04-01/2016-09-30']]],
  ['Rain is due over the next couple of weeks.', [['date', 'next couple of weeks', '2016-11-08/2016-11-22']]],
  ['Prices rose in the past few days.', [['date', 'past few days', '2016-11-04/2016-11-07']]],
  ['I am out tuesday afternoon.', [['date', 'tuesday afternoon', '2016-11-01T12:00/2016-11-01T16:00']]],
  ['The plant closes at the end of the month.', [['date', 'the end of the month', '2016-11-21/2016-11-30']]],
  ['Output doubles by the end of the decade.', [['date', 'the end of the decade', '2017/2019']]],
  ['Emissions fell this decade.', [['date', 'this decade', '2010/2019']]],
  ['We meet a week from Monday.', [['date', 'a week from Monday', '2016-11-14']]],
  ['the second week of 2015', [['date', 'the second week of 2015', '2015-W02']]],
  ['Stores open early on Black Friday; Thanksgiving 2010 was quiet.', [['date', 'Black Friday', '2016-11-25'], ['date', 'Thanksgiving 2010', '2010-11-25']]],
  ["Mother's Day 2021 fell on a Sunday.", [["date", "Mother's Day 2021", '2021-05-09']]],
  ['Back tonight at 2am.', [['date', 'tonight at 2am', '2016-11-07T02:00']]],
];

describe('English date grammar: absolute shapes', () => {
  it.each(absolute)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});

describe('English date grammar: shapes read against the reference day', () => {
  it.each(relative)('%s', (input, expected) => expect(facts(input, MONDAY)).toEqual(expected));
});

describe('English date grammar: ordinary prose gives no date', () => {
  it.each([
    'April Ryan asked the first question.',
    'August Wilson wrote the play.',
    'They may march on the capital.',
    'Prices fall when supply grows.',
    'The resort has a hot spring and spring water.',
    'Millions travel for the Spring Festival.',
    'The fall of the empire was swift.',
    'Children go to summer camp.',
    'He will march from the square to the hall.',
    'Shares rose 5% in two months.',
    'He lives on the 5th floor.',
    'Stores open every Friday.',
    'The Sun reported it; Sat Nav sales grew.',
    'The team won a second title.',
    'The index rose 2.30 points and closed at 8.10.',
    'Scores were 3/4-1/2 in the test.',
    'The sunday paper sold out.',
    'It was a black friday for the markets.',
    'The full-year profit rose.',
    'Buses run every three weeks.',
  ])('%s', (input) => expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual([]));
});
