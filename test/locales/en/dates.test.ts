import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';

const withYear: [string, Row[]][] = [
  ['On January 10-11th, the 21st conference', [['date', 'January 10-11th', '2024-01-10/2024-01-11'], ['ordinal', '21st', 21]]],
  ['On January 10th, the', [['date', 'January 10th', '2024-01-10']]],
  ['11 January 2024', [['date', '11 January 2024', '2024-01-11']]],
  ['since its inception in 2003', [['date', '2003', '2003']]],
  ['635 billion yuan in 2022', [['money', '635 billion yuan', 635000000000, { unit: 'CNY' }], ['date', '2022', '2022']]],
  ['Jan 30 to Feb 2', [['date', 'Jan 30 to Feb 2', '2024-01-30/2024-02-02']]],
  ['at 10:26 PM', [['date', '10:26 PM', 'T22:26']]],
  ['January 10, 2024 at 10:26 PM', [['date', 'January 10, 2024 at 10:26 PM', '2024-01-10T22:26']]],
];

const noYear: [string, Row[]][] = [
  ['On January 10-11th', [['date', 'January 10-11th', '--01-10/--01-11']]],
  ["I'll go back 04th Jan 2019.", [['date', '04th Jan 2019', '2019-01-04']]],
  ['i\'ll go back monday january 12th, 2016', [['date', 'monday january 12th, 2016', '2016-01-12']]],
  ['21/04/2016', [['date', '21/04/2016', '2016-04-21']]],
  ['10/31/1974', [['date', '10/31/1974', '1974-10-31']]],
  ['2010-01-29', [['date', '2010-01-29', '2010-01-29']]],
  ['on 22/04', [['date', '22/04', '--04-22']]],
  ['in May 2024', [['date', 'May 2024', '2024-05']]],
  ['since January', [['date', 'since January', '--01', { bound: 'over' }]]],
  ['in the 1990s', [['date', 'the 1990s', '1990/1999']]],
  ['by mid-2023', [['date', 'mid-2023', '2023-05-01/2023-08-31']]],
  ['the 2022-23 season', [['date', '2022-23', '2022/2023']]],
  ['Sept. 5, 2023', [['date', 'Sept. 5, 2023', '2023-09-05']]],
  ['On Monday, Jan 8, 2024, at 9 a.m.', [['date', 'Monday, Jan 8, 2024, at 9 a.m.', '2024-01-08T09:00']]],
  ['from 2003 to 2022', [['date', 'from 2003 to 2022', '2003/2022']]],
  ['from 10/1 to 11/7', [['date', 'from 10/1 to 11/7', '--10-01/--11-07']]],
  ['5 to 6pm', [['date', '5 to 6pm', 'T17:00/T18:00']]],
  ['4:00pm', [['date', '4:00pm', 'T16:00']]],
  ['revenue rose in Q1 2016', [['date', 'Q1 2016', '2016-01-01/2016-03-31']]],
  ['the third quarter of 2016', [['date', 'the third quarter of 2016', '2016-07-01/2016-09-30']]],
  ['from 4 to 22 January, 1995', [['date', 'from 4 to 22 January, 1995', '1995-01-04/1995-01-22']]],
  ['7 am', [['date', '7 am', 'T07:00']]],
  ['at noon', [['date', 'noon', 'T12:00']]],
  ["at 3 o'clock", [['date', "3 o'clock", 'T03:00']]],
];

describe('English dates (reference year 2024)', () => {
  it.each(withYear)('%s', (input, expected) => expect(facts(input, { referenceYear: 2024 })).toEqual(expected));
});
describe('English dates (no reference year)', () => {
  it.each(noYear)('%s', (input, expected) => expect(facts(input)).toEqual(expected));
});
