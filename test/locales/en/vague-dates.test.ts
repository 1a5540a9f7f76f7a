import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { facts as zhFacts } from '../zh/describe-facts.js';

/** A piece dated Wednesday 3 March 2021. */
const WEDNESDAY = { referenceDate: '2021-03-03', referenceYear: 2021 };

const cases: [string, Row[]][] = [
  // A period named by its unit alone, closing its phrase: the one the text speaks from.
  ['She was named employee of the month.', [['date', 'the month', '2021-03']]],
  ['The plant will be shut for the week.', [['date', 'the week', '2021-W09']]],
  ['Exports rose 4% in the year, the ministry said.', [['percent', '4%', 4, { unit: '%' }], ['date', 'the year', '2021']]],
  ['The council sits twice during the fortnight.', [['date', 'the fortnight', '2021-03-03/2021-03-16']]],
  ['Both bridges opened the same year.', [['date', 'same year', '2021']]],
  // A part of the day written without its day.
  ['The market opens in the morning.', [['date', 'in the morning', 'T08:00/T12:00']]],
  ['Crews worked early in the morning and in the evenings.', [['date', 'early in the morning', 'T08:00/T12:00'], ['date', 'in the evenings', 'T16:00/T20:00']]],
  // A day before it takes it first; a clock time keeps it.
  ['The envoy will arrive on Friday in the afternoon.', [['date', 'Friday in the afternoon', '2021-03-05T12:00/2021-03-05T16:00']]],
  ['The ferry leaves at 6 in the morning.', [['date', '6 in the morning', 'T06:00']]],
];

describe('English vague dates: a period by its unit, a part of the day alone', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('English vague dates: negative cases', () => {
  it('a unit that goes on is no date', () => {
    expect(facts('The month of Ramadan began. The year before, prices fell.', WEDNESDAY)).toEqual([]);
    expect(facts('He planned for the week ahead.', WEDNESDAY)).toEqual([]);
  });
  it('a part of the day that names a thing is no date', () => {
    expect(facts('It was in the morning papers and in the afternoon session.', WEDNESDAY)).toEqual([]);
  });
  it('without a reference day, the month is nothing', () => {
    expect(facts('She was named employee of the month.')).toEqual([]);
  });
});

describe('Chinese parts of the day alone', () => {
  it('上午, 晚上 alone are their clock intervals; with a day or a time they join it', () => {
    expect(zhFacts('上午，代表团参观了工厂。', WEDNESDAY)).toEqual(['date 上午 T08:00/T12:00']);
    expect(zhFacts('代表团将于周五晚上抵达。', WEDNESDAY)).toEqual(['date 周五晚上 2021-03-05T16:00/2021-03-05T20:00']);
    expect(zhFacts('上午10点开会。', WEDNESDAY)).toEqual(['date 上午10点 T10:00']);
  });
  it('晚上好 and 上午班 are no dates', () => {
    expect(zhFacts('晚上好！她上午班。', WEDNESDAY)).toEqual([]);
  });
});

describe('English: the moment the text speaks from, and the day after it', () => {
  const AT_NOON = { referenceDate: '2021-03-03T12:30' };
  it.each<[string, Row[]]>([
    ['The market is closed right now.', [['date', 'right now', '2021-03-03T12:30']]],
    ['It is the largest haul to date.', [['date', 'to date', '2021-03-03T12:30']]],
    ['Lines are busy at this time.', [['date', 'at this time', '2021-03-03T12:30']]],
    ['Results come out the next day.', [['date', 'the next day', '2021-03-04']]],
  ])('%s', (input, expected) => expect(facts(input, AT_NOON)).toEqual(expected));
  it('a day without its time gives the day', () => {
    expect(facts('Prices are higher now.', WEDNESDAY)).toEqual([['date', 'now', '2021-03-03']]);
  });
  it('an interval that ends now takes it in', () => {
    expect(facts('Output rose between May 2019 and now.', WEDNESDAY)).toEqual([['date', 'between May 2019 and now', '2019-05-01/2021-03-03']]);
  });
  it('now that, from now on and up to date are no time', () => {
    expect(facts('Now that rates fell, we act from now on and keep books up to date.', WEDNESDAY)).toEqual([]);
  });
});

describe('English durations: a comparison joins the length it bounds', () => {
  it('more than 3 weeks, less than 2 hours', () => {
    expect(facts('It took more than 3 weeks, then less than 2 hours.', WEDNESDAY).filter((r) => r[0] === 'duration')).toEqual([
      ['duration', 'more than 3 weeks', 'P3W', { approx: true, bound: 'over' }],
      ['duration', 'less than 2 hours', 'PT2H', { approx: true, bound: 'under' }],
    ]);
  });
  it('over three years stays during three years', () => {
    expect(facts('Sales grew over three years.', WEDNESDAY)).toEqual([['duration', 'three years', 'P3Y']]);
  });
});

describe('English: vague counts of time, as Recognizers-Text reads them', () => {
  it.each<[string, Row[]]>([
    ['The strike lasted a couple of days.', [['duration', 'a couple of days', 'P2D', { approx: true }]]],
    ['Talks resumed several weeks ago.', [['date', 'several weeks ago', '2021-02-10']]],
    ['The hotel charged for three nights.', [['duration', 'three nights', 'P3D']]],
  ])('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
  it('some without a unit of time is no count', () => {
    expect(facts('Some say a few words matter.', WEDNESDAY)).toEqual([]);
  });
});
