import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { namesIn } from '../../entities/people.js';
import { align } from '../../../src/index.js';

const dates = (text: string): [string, string | number][] => facts(text, { referenceDate: '2025-06-04' }).filter((f) => f[0] === 'date').map((f) => [f[1], f[2]]);

// A weekday alone is the last one before the reference day (news reports what has happened).
describe('a time zone between a clock time and its day', () => {
  it.each([
    ['The rocket lifted off at 9:40 am Beijing time on Thursday.', [['9:40 am Beijing time on Thursday', '2025-05-29T09:40']]],
    ['Polls close at 8 pm local time on Sunday.', [['8 pm local time on Sunday', '2025-06-01T20:00']]],
    ['Trading resumes at 10 am Hong Kong time, on Monday.', [['10 am Hong Kong time, on Monday', '2025-06-02T10:00']]],
    ['The call starts at 4 pm GMT on Friday.', [['4 pm GMT on Friday', '2025-05-30T16:00']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('keeps a day and a time apart when other words stand between them', () => {
    expect(dates('At 9 am the staff met, and on Friday they left.')).toEqual([['9 am', 'T09:00'], ['Friday', '2025-05-30']]);
  });
});

describe('北京时间 is a time zone, not the place', () => {
  it('names no place', () => {
    expect(namesIn('北京时间周四上午9时40分，火箭发射升空。', 'zh', 'place')).toEqual([]);
    expect(namesIn('他在北京工作了很长时间。', 'zh', 'place').map(([name]) => name)).toEqual(['北京']);
  });

  it('pairs the two launch times with nothing left over', () => {
    const result = align('The rocket lifted off at 9:40 am Beijing time on Thursday, June 5, 2025.\n北京时间2025年6月5日（周四）上午9时40分，火箭发射升空。\n');
    const places = result.facts.filter((f) => f.kind === 'entity' && f.type === 'place');
    expect(places).toEqual([]);
  });
});
