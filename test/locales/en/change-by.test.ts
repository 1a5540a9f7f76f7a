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

  it('reads two amounts of money after by, each with its currency, when their scales differ', () => {
    expect(english('Deposits grew by HK$41.5 billion to HK$2.87 trillion.').filter((f) => f[0] === 'money'))
      .toEqual([['money', 'HK$41.5 billion', 41500000000, { unit: 'HKD' }], ['money', 'HK$2.87 trillion', 2870000000000, { unit: 'HKD' }]]);
    expect(english('The budget fell by $3 million to $2.5 billion.').filter((f) => f[0] === 'money'))
      .toEqual([['money', '$3 million', 3000000, { unit: 'USD' }], ['money', '$2.5 billion', 2500000000, { unit: 'USD' }]]);
  });

  it('keeps a range of money after by when the amounts are alike, and after from', () => {
    expect(english('Tickets will rise by $2 to $4 each.').filter((f) => f[0] === 'money'))
      .toEqual([['money', '$2 to $4', 2, { unit: 'USD', max: 4 }]]);
    expect(english('Rooms cost from $80 to $120 a night.').filter((f) => f[0] === 'money'))
      .toEqual([['money', '$80 to $120', 80, { unit: 'USD', max: 120 }]]);
  });
});
