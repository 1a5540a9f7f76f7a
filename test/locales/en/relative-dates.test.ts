import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

/** A piece dated Tuesday 26 January 2021. */
const TUESDAY = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, Row[]][] = [
  ['The ferry sank on Sunday off the coast.', [['date', 'Sunday', '2021-01-24']]],
  ['The talks will resume on Friday.', [['date', 'Friday', '2021-01-29']]],
  // a verb in the past right before the day tells it, though the clause before looks ahead
  ['Ferries are expected to carry more riders, the operator said on Sunday.', [['date', 'Sunday', '2021-01-24']]],
  // what follows `that` is what was said on the day, not the day's own time
  ['The minister told reporters in the capital on Monday that the fund will grow.', [['date', 'Monday', '2021-01-25']]],
  // a verb of a timetable in the present right before the day looks ahead, whatever the sentence reports
  ['The fair, which opens on Sunday, has 900 stalls, its organiser said on Tuesday.', [['date', 'Sunday', '2021-01-31'], ['number', '900', 900], ['date', 'Tuesday', '2021-01-26']]],
  ['The fair opened on Sunday.', [['date', 'Sunday', '2021-01-24']]],
  ['The verdict will be announced on Friday.', [['date', 'Friday', '2021-01-29']]],
  ['The verdict is expected on Friday.', [['date', 'Friday', '2021-01-29']]],
  ['Shares fell yesterday, and trading resumes the day after tomorrow.', [['date', 'yesterday', '2021-01-25'], ['date', 'the day after tomorrow', '2021-01-28']]],
  ['The council meets next Monday.', [['date', 'next Monday', '2021-02-01']]],
  // the ten years from the reference day, after a word of time; `next decade` alone the calendar decade
  ['The firm will hire 500 people over the next decade.', [['number', '500', 500], ['date', 'the next decade', '2021-01-27/2031-01-27']]],
  ['The next decade belongs to batteries.', [['date', 'next decade', '2030/2039']]],
  ['Police said last Friday that two men were held.', [['date', 'last Friday', '2021-01-22'], ['number', 'two', 2]]],
  ['Prices rose this month after a fall last year.', [['date', 'this month', '2021-01'], ['date', 'last year', '2020']]],
  // a month's day before `last year` is that day, no span of one last year
  ['The probe was launched on Sept 1 last year.', [['date', 'Sept 1 last year', '2020-09-01']]],
  ['The depot reopens on Mar. 2 next year.', [['date', 'Mar. 2 next year', '2022-03-02']]],
  ['Output fell over the 2 last years.', [['date', '2 last years', '2019-01-26/2021-01-26']]],
  ['The plant opens this September.', [['date', 'this September', '2021-09']]],
  ['The bridge closed two weeks ago.', [['date', 'two weeks ago', '2021-01-12']]],
  // past a century the year alone: a count with its thousands is one count, not the digits after its comma
  ['The kiln was fired 2,300 years ago.', [['date', '2,300 years ago', '-0279']]],
  ['The mill was built 150 years ago.', [['date', '150 years ago', '1871']]],
  // `last` the verb is no span up to now
  ['The dam is built to last 120 years.', [['duration', '120 years', 'P120Y']]],
  ['Output doubled over the past 15 years.', [['date', 'the past 15 years', '2006-01-26/2021-01-26']]],
  ['Saturday, January 23, 2021', [['date', 'Saturday, January 23, 2021', '2021-01-23']]],
];

describe('English relative dates, read against the reference day', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, TUESDAY)).toEqual(expected));
});

describe('English relative dates: negative cases', () => {
  it('without a reference day, yesterday is no date, and a weekday is a weekday alone', () => {
    expect(facts('The ferry sank on Sunday, the day after the storm began yesterday.')).toEqual([['date', 'Sunday', '-W-7']]);
    expect(facts('Talks resume this Friday.')).toEqual([['date', 'this Friday', '-W-5']]);
  });
  it('without a reference day, a weekday of another week is the weekday alone', () => {
    expect(facts('The ferry sank last Sunday; talks resume next Friday.')).toEqual([['date', 'last Sunday', '-W-7'], ['date', 'next Friday', '-W-5']]);
    expect(facts('Talks resume on Friday after next.')).toEqual([]);
    // a day of every week is a weekday alone
    expect(facts('The market is shut every Sunday and on Mondays.')).toEqual([['date', 'every Sunday', '-W-7'], ['date', 'Mondays', '-W-1']]);
  });
  it('a surname or a lowercase weekday-like word is no date', () => {
    expect(facts('Sun Wenlong met the press.', TUESDAY)).toEqual([]);
    expect(facts('a monday-morning feeling', TUESDAY)).toEqual([]);
  });
  it('in two weeks stays a duration', () => {
    expect(facts('The results are due in two weeks.', TUESDAY)).toEqual([['duration', 'two weeks', 'P2W']]);
  });
});
