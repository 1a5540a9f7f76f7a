import { describe, expect, it } from 'vitest';
import { padEnd, width, wrap } from '../../src/format/text.js';

describe('terminal widths', () => {
  it.each([
    ['abc', 3],
    ['成都', 4],
    ['1月11日', 7],
    ['“新征程•新赛道”', 15],
  ])('%s takes %i columns', (text, columns) => {
    expect(width(text)).toBe(columns);
  });

  it('pads Chinese by columns, not by length', () => {
    expect(padEnd('成都', 6)).toBe('成都  ');
  });
});

describe('wrap', () => {
  it('breaks English at spaces and keeps every line within the width', () => {
    const lines = wrap('On January 10-11th, the 21st China International Software Cooperation conference was held in Chengdu.', 30);
    expect(lines.every((l) => width(l) <= 30)).toBe(true);
    expect(lines.join(' ')).toBe('On January 10-11th, the 21st China International Software Cooperation conference was held in Chengdu.');
  });

  it('breaks Chinese between characters by columns', () => {
    const text = '1月11日,第二十一届中国国际软件合作洽谈会主题大会在成都举行。';
    const lines = wrap(text, 20);
    expect(lines.every((l) => width(l) <= 20)).toBe(true);
    expect(lines.join('')).toBe(text);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
