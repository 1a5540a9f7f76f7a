import { describe, expect, it } from 'vitest';
import { facts as english } from './helpers.js';

describe('a change by one amount to another is no range', () => {
  it('reads two numbers after by when their scales differ', () => {
    expect(english('The herd shrank by 2.4 million to 31.2 million head.').filter((f) => f[0] === 'number'))
      .toEqual([['number', '2.4 million', 2400000], ['number', '31.2 million', 31200000]]);
    expect(english('Visitors fell by 640,000 to 1.2 billion.').filter((f) => f[0] === 'number'))
      .toEqual([['number', '640,000', 640000], ['number', '1.2 billion', 1200000000]]);
  });

  it('keeps a range after by when the numbers are alike', () => {
    expect(english('Fares will rise by 4 to 6 percent.').filter((f) => f[0] === 'percent'))
      .toEqual([['percent', '4 to 6 percent', 4, { unit: '%', max: 6 }]]);
    expect(english('Staff will be cut by 30 to 50 people.').filter((f) => f[0] === 'number'))
      .toEqual([['number', '30 to 50', 30, { max: 50 }]]);
  });
});
