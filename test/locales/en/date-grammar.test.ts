import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { extractCandidates } from '../../../src/index.js';

/** A piece dated Monday 7 November 2016. */
const MONDAY = { referenceDate: '2016-11-07' };

const absolute: [string, Row[]][] = [
  ['Exports slowed from Aug to Oct.', [['date', 'from Aug to Oct', '--08/--10']]],
  ['Talks ran Mar-Apr 2022 in Seoul.', [['date', 'Mar-Apr 2022', '2022-03/2022-04']]],
  ['Arrivals in the April-to-June period were the highest on record.', [['date', 'April-to-June', '--04/--06']]],
  ['Sales in the October-through-December quarter rose.', [['date', 'October-through-December', '--10/--12']]],
  ['Output fell between March and May.', [['date', 'between March and May', '--03/--05']]],
  ['Revenue grew from july in 2013 to March in 2015.', [['date', 'from july in 2013 to March in 2015', '2013-07/2015-03']]],
  ['The winter run lasts Nov-Feb 2019.', [['date', 'Nov-Feb 2019', '2018-11/2019-02']]],
  ['The board meets in October.', [['date', 'October', '--10']]],
  ['Rates stay on hold until after Feb.', [['date', 'after Feb', '--02', { bound: 'over' }]]],
  ['Filed on Mar14 , 1996 in Delaware', [['date', 'Mar14 , 1996', '1996-03-14']]],
  ['signed june 9th of 1997', [['date', 'june 9th of 1997', '1997-06-09']]],
  ['due Oct-17-2021', [['date', 'Oct-17-2021', '2021-10-17']]],
  ['due 17/Oct/2021 or 2022-feb-3', [['date', '17/Oct/2021', '2021-10-17'], ['date', '2022-feb-3', '2022-02-03']]],
  ['Sales rose in 2015 q3 and 2021-Q2.', [['date', '2015 q3', '2015-07-01/2015-09-30'], ['date', '2021-Q2', '2021-04-01/2021-06-30']]],
  ['Prices peaked in the 1970s.', [['date', 'the 1970s', '1970/1979']]],
  ['Deliveries slip to week 14 of 2023.', [['date', 'week 14 of 2023', '2023-W14']]],
  ['The dam opened in the summer of 2012.', [['date', 'summer of 2012', '2012-06/2012-08']]],
  ['Harvests were poor in 2019 autumn.', [['date', '2019 autumn', '2019-09/2019-11']]],
  ['Work resumes in the fall.', [['date', 'fall', '--09/--11']]],
  ['Crops ripen by mid winter.', [['date', 'mid winter', '--12/--02']]],
  ['The flight leaves at 9.25 pm or 1015 a.m.', [['date', '9.25 pm', 'T21:25'], ['date', '1015 a.m.', 'T10:15']]],
  ['The clock read 6:41:15 pm.', [['date', '6:41:15 pm', 'T18:41:15']]],
  ['Leave runs 2/27-3/2 and 6/3-6/9, 2023.', [['date', '2/27-3/2', '--02-27/--03-02'], ['date', '6/3-6/9, 2023', '2023-06-03/2023-06-09']]],
  ['See budget_draft-2011-04-18.pdf', [['date', '2011-04-18', '2011-04-18']]],
  ['Output in 8 / 2019 was flat.', [['date', '8 / 2019', '2019-08']]],
  ['Printing spread in the 16th century and the nineteenth century.', [['date', 'the 16th century', '1500/1599'], ['date', 'the nineteenth century', '1800/1899']]],
  ['Prices held 2009~2012.', [['date', '2009~2012', '2009/2012']]],
  ['The shop stayed open all week.', [['duration', 'all week', 'P1W']]],
  ['The call runs between 8 and 9:45 today.', [['date', 'between 8 and 9:45', 'T08:00/T09:45']]],
  ['He arrived after 5pm and left before noon.', [['date', 'after 5pm', 'T17:00', { bound: 'over' }], ['date', 'before noon', 'T12:00', { bound: 'under' }]]],
  ['On 2019 05 21, the conference started.', [['date', '2019 05 21', '2019-05-21']]],
  ['Can we wait another year?', [['duration', 'another year', 'P1Y']]],
  ['The visa lasts 5 days 2 months.', [['duration', '5 days 2 months', 'P2M5D']]],
  // a larger unit after `and` is a length of its own, no part of the one before
  ['Terms ranged between 18 months and three years.', [['duration', '18 months', 'P18M'], ['duration', 'three years', 'P3Y']]],
  ['The refit took a year and a quarter.', [['duration', 'a year and a quarter', 'P1.25Y']]],
  ['The drive took 2 hours and a quarter.', [['duration', '2 hours and a quarter', 'PT2.25H']]],
  ['He spent two years and a quarter of the grant.', [['duration', 'two years', 'P2Y'], ['number', 'a quarter', 0.25]]],
  ['The bridge opened in October nineteen ninety one.', [['date', 'October nineteen ninety one', '1991-10']]],
  ['Signed on the third of May, two thousand and nine.', [['date', 'third of May, two thousand and nine', '2009-05-03']]],
  ['Trade ran 4 to 9 June twenty twenty-two.', [['date', '4 to 9 June twenty twenty-two', '2022-06-04/2022-06-09']]],
  ['The town was founded in the year seventeen oh four.', [['date', 'year seventeen oh four', '1704']]],
  ['Jazz spread in the nineteen twenties.', [['date', 'the nineteen twenties', '1920/1929']]],
  ['In March two thousand workers marched.', [['date', 'March', '--03'], ['number', 'two thousand', 2000]]],
  ['Born on eleven April nineteen oh two.', [['date', 'eleven April nineteen oh two', '1902-04-11']]],
];

const relative: [string, Row[]][] = [
  ['We leave this summer.', [['date', 'this summer', '2016-06/2016-08']]],
  ['The plant opens next spring.', [['date', 'next spring', '2017-03/2017-05']]],
  ['Profit fell in the second quarter this year.', [['date', 'the second quarter this year', '2016-04-01/2016-06-30']]],
  ['The plant closes in two months, officials said it will reopen.', [['date', 'in two months', '2017-01-07']]],
  ['The loan falls due five days from tomorrow.', [['date', 'five days from tomorrow', '2016-11-13']]],
  ['The mill will restart 1 year 10 days later.', [['date', '1 year 10 days later', '2017-11-17']]],
  ['The deal closed 3 days before June 20 2004.', [['date', '3 days before June 20 2004', '2004-06-17']]],
  ['Results for last quarter beat forecasts.', [['date', 'last quarter', '2016-07-01/2016-09-30']]],
  ['Talks continue in the coming quarter.', [['date', 'coming quarter', '2017-01-01/2017-03-31']]],
  ['She is away the last week of August.', [['date', 'the last week of August', '2016-08-22/2016-08-28']]],
  ['Tickets go on sale the first week of Dec.', [['date', 'the first week of Dec', '2016-11-28/2016-12-04']]],
  ['Repairs end the second week of this month.', [['date', 'the second week of this month', '2016-11-07/2016-11-13']]],
  ['Crowds are expected this weekend and the weekend after next.', [['date', 'this weekend', '2016-11-12/2016-11-13'], ['date', 'the weekend after next', '2016-11-26/2016-11-27']]],
  ['Two people were hurt over the weekend.', [['number', 'Two', 2], ['date', 'the weekend', '2016-11-05/2016-11-06']]],
  ['The office is shut for the rest of the month.', [['date', 'the rest of the month', '2016-11-07/2016-11-30']]],
  ['Shares fell in the last calendar year.', [['date', 'last calendar year', '2015']]],
  ['The vote is on Saturday the 19th.', [['date', 'Saturday the 19th', '2016-11-19']]],
  ['Doors open Tue 15th at noon.', [['date', 'Tue 15th at noon', '2016-11-15T12:00']]],
  ['due thursday 8/24', [['date', 'thursday 8/24', '--08-24']]],
  ['The hearing resumes on the 21st.', [['date', 'the 21st', '---21']]],
  ['We met on tuesday of last week.', [['date', 'tuesday of last week', '2016-11-01']]],
  ['The forum opens the week of June 15th.', [['date', 'the week of June 15th', '2016-06-13/2016-06-19']]],
  ['Book it for w/c Sept 12.', [['date', 'w/c Sept 12', '2016-09-12/2016-09-18']]],
  ['Labor Day falls on the first Monday of September.', [['date', 'the first Monday of September', '2016-09-05']]],
  ['The board meets the last Friday of next month.', [['date', 'the last Friday of next month', '2016-12-30']]],
  ['Sales fell in the past three quarters.', [['date', 'past three quarters', '2016-01-01/2016-09-30']]],
  ['Rain is due over the next couple of weeks.', [['date', 'next couple of weeks', '2016-11-08/2016-11-22']]],
  ['Prices rose in the past few days.', [['date', 'past few days', '2016-11-04/2016-11-07']]],
  ['I was out thursday evening.', [['date', 'thursday evening', '2016-11-03T16:00/2016-11-03T20:00']]],
  ['The plant closes at the end of the month.', [['date', 'end of the month', '2016-11-16/2016-11-30']]],
  ['Output doubles by the end of the decade.', [['date', 'end of the decade', '2017/2019']]],
  ['Emissions fell this decade.', [['date', 'this decade', '2010/2019']]],
  ['Emissions fell over the past two decades.', [['date', 'the past two decades', '1990/2009']]],
  ['Demand may double in the next 3 decades.', [['date', 'the next 3 decades', '2020/2049']]],
  ['We meet a week from Monday.', [['date', 'a week from Monday', '2016-11-14']]],
  ['the fourth week of 2018', [['date', 'the fourth week of 2018', '2018-W04']]],
  ['Stores open early on Black Friday; Thanksgiving 2012 was quiet.', [['date', 'Black Friday', '2016-11-25'], ['date', 'Thanksgiving 2012', '2012-11-22']]],
  ["Mother's Day 2021 fell on a Sunday.", [["date", "Mother's Day 2021", '2021-05-09']]],
  ['Back tonight at 1am.', [['date', 'tonight at 1am', '2016-11-07T01:00']]],
  ['Crews return late next week.', [['date', 'late next week', '2016-W46']]],
  ['Earlier this year the mill shut.', [['date', 'Earlier this year', '2016']]],
  ['A ruling is due later this month.', [['date', 'later this month', '2016-11']]],
  ['Talks resume at the start of next week.', [['date', 'start of next week', '2016-W46']]],
  ['The hall is booked between 2 and 6 tomorrow.', [['date', 'between 2 and 6 tomorrow', '2016-11-08T02:00/2016-11-08T06:00']]],
  ['Can you call next Friday 9-11?', [['date', 'next Friday 9-11', '2016-11-18T09:00/2016-11-18T11:00']]],
  ['Drop in 11ish or noonish.', [['date', '11ish', 'T11:00', { approx: true }], ['date', 'noonish', 'T12:00', { approx: true }]]],
  ['A 10ish year old boy and a 30ish man waited.', []],
  ['The deed is dated 03/18/40 and 13/04/21.', [['date', '03/18/40', '1940-03-18'], ['date', '13/04/21', '2021-04-13']]],
  ['The ferry leaves in the morning at 7.', [['date', 'in the morning at 7', 'T07:00']]],
  ["Dinner is in the evening, 8 o'clock.", [['date', "in the evening, 8 o'clock", 'T20:00']]],
  ['Crews work in the morning at 3 sites.', [['date', 'in the morning', 'T08:00/T12:00'], ['number', '3', 3]]],
  ["I'll be away five to seven today.", [['date', 'five to seven today', '2016-11-07T05:00/2016-11-07T07:00']]],
  ['The bar serves food five to seven tonight.', [['date', 'five to seven tonight', '2016-11-07T17:00/2016-11-07T19:00']]],
  ['Shares rose five to seven today.', [['number', 'five to seven', 5, { max: 7 }], ['date', 'today', '2016-11-07']]],
  ['The clinic will open Saturday 10-3.', [['date', 'Saturday 10-3', '2016-11-12T10:00/2016-11-12T15:00']]],
  ['The Jets beat the Bills on Sunday 11-4.', [['date', 'Sunday', '2016-11-06'], ['number', '11', 11], ['number', '4', 4]]],
  ['On Friday 9-3 tickets sold out.', [['date', 'Friday', '2016-11-04'], ['number', '9', 9], ['number', '3', 3]]],
  ['Let us meet Thursday afternoon next week.', [['date', 'Thursday afternoon next week', '2016-11-17T12:00/2016-11-17T16:00']]],
  ['They left Monday night last week.', [['date', 'Monday night last week', '2016-10-31T20:00/2016-10-31T23:59']]],
  ['Drinks tomorrow night from 8 to 11.', [['date', 'tomorrow night from 8 to 11', '2016-11-08T20:00/2016-11-08T23:00']]],
  ['The shift ran between 6 and 10:30 last night.', [['date', 'between 6 and 10:30 last night', '2016-11-06T18:00/2016-11-06T22:30']]],
  ['Shares rose 3-5 today.', [['number', '3-5', 3, { max: 5 }], ['date', 'today', '2016-11-07']]],
  ['On Sunday, 4-6 boats sailed.', [['date', 'Sunday', '2016-11-06'], ['number', '4-6', 4, { max: 6 }]]],
  ['Flights stopped from 2015/mar/05 to today.', [['date', 'from 2015/mar/05 to today', '2015-03-05/2016-11-07']]],
  ['Flights stop from 2018/mar/05 to today.', [['date', '2018/mar/05', '2018-03-05'], ['date', 'today', '2016-11-07']]],
  ['The fund grew between June 2014 and now.', [['date', 'between June 2014 and now', '2014-06-01/2016-11-07']]],
  ['Work continues between now and December 20th.', [['date', 'between now and December 20th', '2016-11-07/2016-12-20']]],
  ['Fares rose from next Tuesday to Jan 9, 2017.', [['date', 'from next Tuesday to Jan 9, 2017', '2016-11-15/2017-01-09']]],
  ['Output grew between 2011 and Aug 2013.', [['date', 'between 2011 and Aug 2013', '2011-01/2013-08']]],
  ['Rain fell from 2 to today.', [['number', '2', 2], ['date', 'today', '2016-11-07']]],
  ['He ran from now on.', []],
  ['The ferry sails at a quarter to six in the evening.', [['date', 'a quarter to six in the evening', 'T17:45']]],
  ['Doors shut at eleven o\'clock at night.', [['date', "eleven o'clock at night", 'T23:00']]],
  ['We land at twenty past 4 in the afternoon.', [['date', 'twenty past 4 in the afternoon', 'T16:20']]],
  ['Breakfast is served until half past nine.', [['date', 'until half past nine', 'T09:30', { bound: 'under' }]]],
  ['The vote was held wednesday in the morning.', [['date', 'wednesday in the morning', '2016-11-02T08:00/2016-11-02T12:00']]],
  ['He read three in the morning papers.', [['number', 'three', 3]]],
  ['They lost 2 to 9 on the road.', [['number', '2 to 9', 2, { max: 9 }]]],
  ['Half past presidents were there.', []],
  ['Demand will grow 3 years in the future.', [['date', '3 years in the future', '2016-11-08/2019-11-08']]],
  ['Fares rise over the 2 upcoming weeks.', [['date', '2 upcoming weeks', '2016-11-08/2016-11-22']]],
  ['The line ran 3 days ahead of schedule.', [['duration', '3 days', 'P3D']]],
  ['The panel sits friday, nov eighteen, 2016.', [['date', 'friday, nov eighteen, 2016', '2016-11-18']]],
  ['Pick-up is on thursday the tenth.', [['date', 'thursday the tenth', '2016-11-10']]],
  ['Our sunday may be quiet.', []],
  ['Dinner is tomorrow night at 9.', [['date', 'tomorrow night at 9', '2016-11-08T21:00']]],
  ['The polls shut on Tuesday 8th at 10, officials said.', [['date', 'Tuesday 8th at 10', '2016-11-08T10:00']]],
  ['Bonds closed Friday at 3 percent.', [['date', 'Friday', '2016-11-04'], ['percent', '3 percent', 3, { unit: '%' }]]],
  ['The club was Monday at 4 places behind.', [['date', 'Monday', '2016-11-07'], ['number', '4', 4]]],
  ['Bids close no later than 2018.', [['date', 'no later than 2018', '2018', { bound: 'under' }]]],
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
    'The town holds a spring festival.',
    'The fall of the empire was swift.',
    'Children go to summer camp.',
    'He will march from the square to the hall.',
    'Shares rose 5% in two months.',
    'He lives on the 5th floor.',
    'Stores open on any Friday or on a Sunday.',
    'The Sun reported it; Sat Nav sales grew.',
    'The team won a second title.',
    'The index rose 3.20 points and closed at 9.15.',
    'Scores were 3/4-1/2 in the test.',
    'The sunday paper sold out.',
    'It was a black friday for the markets.',
    'The full-year profit rose.',
    'Buses run every three weeks.',
    'He came back later and left earlier.',
    'Nineteen twenty-year-olds signed up.',
    'It took a year two hundred miles away.',
  ])('%s', (input) => expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual([]));
});

describe('English date grammar: a start and a length written together', () => {
  it.each<[string, Row[]]>([
    ['The hall is booked from 9 am for 2 hours 15 minutes.', [['date', 'from 9 am for 2 hours 15 minutes', 'T09:00/T11:15']]],
    ['Power is cut for 3 hours from 1pm.', [['date', 'for 3 hours from 1pm', 'T13:00/T16:00']]],
    ['The desk is closed for 4 days, from today.', [['date', 'for 4 days, from today', '2016-11-07/2016-11-10']]],
    ['We rented a boat for 2 hours from the pier.', []],
    // `for` makes the length one that runs from the day, no day three days on
    ['Rooms are free for 3 days from Feb 14th.', [['date', 'Feb 14th', '--02-14']]],
    ['The offer ends 3 days from Feb 14th.', [['date', '3 days from Feb 14th', '2016-02-17']]],
    // a verb of lasting does the same, and a range of lengths from a day names no one day
    ['Resurfacing will take eight weeks from March 2.', [['date', 'March 2', '--03-02']]],
    ['Resurfacing needs six to eight weeks from March 2.', [['date', 'March 2', '--03-02']]],
    ['Bids close three weeks after March 2.', [['date', 'three weeks after March 2', '2016-03-23']]],
    ['From 9 am the queue grew for an hour or so.', [['date', '9 am', 'T09:00']]],
  ])('%s', (input, expected) => expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual(expected));
});

describe('English date grammar: a day and the time it is due by', () => {
  it.each<[string, Row[]]>([
    ['Send the draft next Friday by 4pm.', [['date', 'next Friday by 4pm', '2016-11-18T16:00']]],
    ['The form will be due Wednesday by 3 in the afternoon.', [['date', 'Wednesday by 3 in the afternoon', '2016-11-09T15:00']]],
    ['Prices rose in 2015 by 4%.', [['date', '2015', '2015']]],
  ])('%s', (input, expected) => expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual(expected));
});

describe('English date grammar: more or less than an offset', () => {
  it.each<[string, Row[]]>([
    ['The audit opens more than 3 weeks after today.', [['date', 'more than 3 weeks after today', '2016-11-28']]],
    ['Repairs end less than 4 days after tomorrow.', [['date', 'less than 4 days after tomorrow', '2016-11-08/2016-11-12']]],
    ['The files moved less than 5 days before yesterday.', [['date', 'less than 5 days before yesterday', '2016-11-01/2016-11-06']]],
    ['Costs were more than 3 weeks of pay.', []],
  ])('%s', (input, expected) => expect(facts(input, MONDAY).filter((f) => f[0] === 'date')).toEqual(expected));
});

describe('English date grammar: offsets in minutes and hours from the reference moment', () => {
  const NOON = { referenceDate: '2021-03-14T12:40' };
  it.each<[string, Row[]]>([
    ['The ferry will dock in 20 minutes.', [['date', 'in 20 minutes', '2021-03-14T13:00']]],
    ['The courier called 3 hours ago.', [['date', '3 hours ago', '2021-03-14T09:40']]],
    ['We regrouped forty minutes later.', [['date', 'forty minutes later', '2021-03-14T13:20']]],
    ['The vote closes twelve hours from now.', [['date', 'twelve hours from now', '2021-03-15T00:40']]],
    ['Two alerts fired in the last 15 minutes.', [['date', 'the last 15 minutes', '2021-03-14T12:25/2021-03-14T12:40']]],
    ['What moved in the 10 past minutes?', [['date', '10 past minutes', '2021-03-14T12:30/2021-03-14T12:40']]],
    ['Crews will arrive within 2 hours.', [['date', 'within 2 hours', '2021-03-14T12:40/2021-03-14T14:40']]],
    ['Rain is due over the next three hours.', [['date', 'the next three hours', '2021-03-14T12:40/2021-03-14T15:40']]],
  ])('%s', (input, expected) => expect(facts(input, NOON).filter((f) => f[0] === 'date')).toEqual(expected));

  it('counts from midnight when the reference names no time', () => {
    expect(facts('The shop will reopen in an hour.', MONDAY).filter((f) => f[0] === 'date')).toEqual([['date', 'in an hour', '2016-11-07T01:00']]);
  });

  it.each([
    'The crew fixed the leak in 20 minutes.',
    'The race was won in two hours.',
    'We will meet in 3 hours\' time.',
    'It takes 30 minutes by train.',
    'The line moved twenty-five minutes later.',
    'He spoke for the last hour of the meeting.',
    'Trains run every 20 minutes past the hour.',
  ])('%s is no moment', (input) => expect(facts(input, NOON).filter((f) => f[0] === 'date')).toEqual([]));
});

describe('last as a verb before a length', () => {
  it('is a length after and, a subject or an adverb of habit, not the span before the day', () => {
    const kinds = (text: string) => extractCandidates(text, 'en', { referenceDate: '2025-01-08' }).map((c) => `${c.kind}:${text.slice(c.start, c.end)}`);
    expect(kinds('The fair will open on March 3 and last 12 days.')).toContain('duration:12 days');
    expect(kinds('Tours, which usually last 3 hours, start at noon.')).toContain('duration:3 hours');
    expect(kinds('Sales fell in the last 30 days.')).toContain('date:the last 30 days');
  });
});
