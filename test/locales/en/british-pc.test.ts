import { describe, expect, it } from 'vitest';
import { spannedReadings } from '../readings.js';

const read = (text: string): string[] => spannedReadings(text, 'en');

describe('per cent written `pc`, as British papers write it', () => {
  it.each([
    ['Shares in the miner rose 5pc on Tuesday.', ['5pc = percent:5 %', 'Tuesday = date:-W-2']],
    ['Mortgage rates of 5-7pc are back.', ['5-7pc = percent:5-7 %']],
    ['About 3pc of homes were empty.', ['3pc = percent:3 % ~']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['He bought 5 PC monitors.', 'A pack of 5pcs costs more.', 'A 50pc set of tools.', 'an item 50pc'])('no percentage in %s', (text) => {
    expect(read(text).filter((f) => f.includes('percent'))).toEqual([]);
  });
});

describe('basis points glued to the figure count as `25 basis points` does: hundredths of a percentage point', () => {
  it.each([
    ['Yields fell 50bps on Monday.', ['50bps = percent:0.5 pp', 'Monday = date:-W-1']],
    ['The bank cut rates by 25bp.', ['25bp = percent:0.25 pp']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
