import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { facts as zhFacts } from '../zh/describe-facts.js';

/** A piece dated Wednesday 3 March 2021. */
const WEDNESDAY = { referenceDate: '2021-03-03', referenceYear: 2021 };

const cases: [string, Row[]][] = [
  // The start takes the end's half of the day when it names none and would otherwise be 12 hours early.
  ['The clinic is open from 1:00 to 4:30 pm.', [['date', 'from 1:00 to 4:30 pm', 'T13:00/T16:30']]],
  ['Voting runs from 9:00 to 3:30 pm.', [['date', 'from 9:00 to 3:30 pm', 'T09:00/T15:30']]],
  ['The shift is from 4:45 to 4:15 pm.', [['date', 'from 4:45 to 4:15 pm', 'T04:45/T16:15']]],
  // `between N and N pm` takes its `between`.
  ['The road will close between 1 and 5 pm on Friday.', [['date', 'between 1 and 5 pm on Friday', '2021-03-05T13:00/2021-03-05T17:00']]],
  // A bare hour closes a range opened by a clock time: the first such hour after the start.
  ['Talks will run from 11:30 to 2 on Thursday.', [['date', 'from 11:30 to 2 on Thursday', '2021-03-04T11:30/2021-03-04T14:00']]],
  ['The desk is staffed between 8:30 and 11 tomorrow.', [['date', 'between 8:30 and 11 tomorrow', '2021-03-04T08:30/2021-03-04T11:00']]],
  // A moment on a day, then the clock time that ends the range.
  ['The museum opens from 10am tomorrow to 4pm.', [['date', 'from 10am tomorrow to 4pm', '2021-03-04T10:00/2021-03-04T16:00']]],
];

describe('English ranges of clock times', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('English ranges of clock times: negative cases', () => {
  it('a bare number after a clock time that counts things closes nothing', () => {
    expect(facts('The lead went from 10:30 to 3 goals.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([['date', '10:30', 'T10:30']]);
  });
  it('and without between joins no hours', () => {
    expect(facts('He ate 2 and 4 pm came.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([['date', '4 pm', 'T16:00']]);
  });
  it('a start in the morning stays there', () => {
    expect(facts('Open from 9 am to 1 pm.', WEDNESDAY)).toEqual([['date', 'from 9 am to 1 pm', 'T09:00/T13:00']]);
  });
});

describe('Chinese ranges of clock times', () => {
  it('an end with its own part of the day may pass midnight', () => {
    expect(zhFacts('抢修从晚上10:00到凌晨4:30进行。', WEDNESDAY)).toEqual(['date 从晚上10:00到凌晨4:30 T22:00/T04:30']);
  });
  it('a day and a time, then the end of the range, in the same half of the day', () => {
    expect(zhFacts('讲座定于2021年4月8日晚上6:30到8:00举行。', WEDNESDAY)).toEqual(['date 2021年4月8日晚上6:30到8:00 2021-04-08T18:30/2021-04-08T20:00']);
    expect(zhFacts('今晚8点到10点停电。', WEDNESDAY)).toEqual(['date 今晚8点到10点 2021-03-03T20:00/2021-03-03T22:00']);
  });
  it('an end before the start without its own part of the day is no range', () => {
    expect(zhFacts('上午10:00到9:00', WEDNESDAY)).toEqual(['date 上午10:00 T10:00', 'date 9:00 T09:00']);
  });
});

describe('English: a day, then a bounded clock time on it', () => {
  it.each<[string, Row[]]>([
    ['The results are due tomorrow before 9am.', [['date', 'tomorrow before 9am', '2021-03-04T09:00', { bound: 'under' }]]],
    ['Tickets go on sale March 12 after 10 am.', [['date', 'March 12 after 10 am', '2021-03-12T10:00', { bound: 'over' }]]],
  ])('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
  it('a month day before an hour range keeps its day', () => {
    expect(facts('The vote is on June 3 to 5 pm.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([['date', 'June 3', '2021-06-03'], ['date', '5 pm', 'T17:00']]);
  });
  it('a count after before stays a count', () => {
    expect(facts('It rained Monday before 5 people came.', WEDNESDAY).filter((r) => r[0] === 'date')).toEqual([['date', 'Monday', '2021-03-01']]);
  });
});
