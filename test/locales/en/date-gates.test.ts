import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

// The English date patterns run only on a text holding what each needs (a word, a slash, a
// month name's first letters): each form below still reads, and a text without them reads none.
const rows: [string, Row[]][] = [
  ['Sales rose in Q3 2016 and in the first half of 2024.', [['date', 'Q3 2016', '2016-07-01/2016-09-30'], ['date', 'the first half of 2024', '2024-01-01/2024-06-30']]],
  // a quarter of a financial year: the split year alone, no calendar quarter
  ['Land sales peaked in the second quarter of 2025-26.', [['date', '2025-26', '2025/2026']]],
  // a half as financial reports write it before its year, no length of an hour
  ['Revenue rose in 1H 2026.', [['date', '1H 2026', '2026-01-01/2026-06-30']]],
  // and against its year, in four digits or two
  ['Margins held in 1H2026 and should widen in 2H27.', [['date', '1H2026', '2026-01-01/2026-06-30'], ['date', '2H27', '2027-07-01/2027-12-31']]],
  ['The 1H50 gauge and code 2H9 read no half.', []],
  ['The port opened on 17/Oct/2021 and closed 2022-feb-3.', [['date', '17/Oct/2021', '2021-10-17'], ['date', '2022-feb-3', '2022-02-03']]],
  ['We will meet this summer of 2012, not in the fall.', [['date', 'this summer of 2012', '2024-06/2024-08'], ['date', 'fall', '--09/--11']]],
  ['Week 14 of 2023 was busy.', [['date', 'Week 14 of 2023', '2023-W14']]],
  ['Call me at 11ish tomorrow.', [['date', '11ish tomorrow', '2024-01-03T11:00', { approx: true }]]],
  ['From 2/27-3/2, and on 6/15.', [['date', 'From 2/27-3/2', '--02-27/--03-02'], ['date', '6/15', '--06-15']]],
  ['In 2016 November the rate fell.', [['date', '2016 November', '2016-11']]],
  ['By mid-2023 the plant was done.', [['date', 'mid-2023', '2023-05-01/2023-08-31']]],
  ["Prices peaked in the 1990s and the '80s.", [['date', 'the 1990s', '1990/1999'], ['date', "the '80s", '1980/1989']]],
  ['In 2 days from today we leave.', [['date', '2 days from today', '2024-01-04']]],
  ['The firm hired forty staff and opened two sites in the northern district.', []],
  ['Output of the Chengdu plant reached 12.5 million units, up 8 percent.', []],
];

describe('gated English date patterns', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(facts(text, { referenceDate: '2024-01-02' }).filter((r) => r[0] === 'date')).toEqual(expected);
  });
});

// Holiday names run only on text holding one of their words.
describe('gated English holiday patterns', () => {
  it('reads a lunar festival and a fixed holiday, and nothing in text without them', () => {
    const dates = (text: string): Row[] => facts(text, { referenceDate: '2024-01-02' }).filter((r) => r[0] === 'date');
    expect(dates('The fair runs through the Lantern Festival and Christmas 2024.')).toEqual([
      ['date', 'Lantern Festival', '--01-15', { unit: 'lunar' }], ['date', 'Christmas 2024', '2024-12-25'],
    ]);
    expect(dates('Chinese software exports grew this year.')).toEqual([['date', 'this year', '2024']]);
  });
});

// Clock times run only on text with a colon, `o'clock`, noon words, a digit before am/pm, or a
// minute word after a space or hyphen.
const timeRows: [string, Row[]][] = [
  ['The shuttle leaves at 7 pm.', [['date', '7 pm', 'T19:00']]],
  ['Doors open at 7:30.', [['date', '7:30', 'T07:30']]],
  ['The alarm rang at twelve oh five a.m.', [['date', 'twelve oh five a.m', 'T00:05']]],
  ['We met at six forty-five pm.', [['date', 'six forty-five pm', 'T18:45']]],
  ['Lunch is at noon.', [['date', 'noon', 'T12:00']]],
  ['The team of 12 engineers grew.', []],
];

describe('gated English clock patterns', () => {
  it.each(timeRows)('%s', (text, expected) => {
    expect(facts(text, { referenceDate: '2024-01-02' }).filter((r) => r[0] === 'date')).toEqual(expected);
  });
});

// A month then a day with a hyphen or slash is read only where one follows the month word.
describe('gated month-dash-day pattern', () => {
  it('reads `Oct-2` and `Oct./2`, and leaves a month before a space to the other patterns', () => {
    const dates = (text: string): Row[] => facts(text, {}).filter((r) => r[0] === 'date');
    expect(dates('Filed on Oct-2 by the office.')).toEqual([['date', 'Oct-2', '--10-02']]);
    expect(dates('Filed on Oct./2 by the office.')).toEqual([['date', 'Oct./2', '--10-02']]);
  });
});
