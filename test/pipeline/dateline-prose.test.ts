import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts } from '../locales/en/helpers.js';

describe('a short Chinese paragraph with a date is no dateline', () => {
  it('reads relative dates without taking the day a rule takes effect for the page date', () => {
    const text = [
      'City raises bus fares from 2026',
      '',
      '本市明年起上调公交票价',
      '',
      'Bus fares will rise to 3 yuan from March 1, 2026, the transport bureau said on Tuesday.',
      '',
      '交通局周二表示，自2026年3月1日起，公交票价将上调至3元。',
      '',
    ].join('\n');
    const result = align(text, { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity === 'error')).toEqual([]);
  });

  it('takes the day a lead opens with', () => {
    const result = align('新华社北京2026年3月1日电 交通局表示，本市明年起将上调公交票价，并增开多条夜班线路以方便市民出行。\n', { entities: false });
    expect(result.facts.find((f) => f.raw === '明年')?.value).toBe('2027');
  });

  it('still takes a dateline with a place and a source', () => {
    const result = align('2026年3月1日 来源：本报\n\n本市明年起上调公交票价。\n', { entities: false });
    expect(result.facts.find((f) => f.raw === '明年')?.value).toBe('2027');
  });
});

describe('up to after a verb of motion is the level reached, no bound', () => {
  it.each([
    ['The fare will go up to $3 next year.', undefined],
    ['Fines of up to $5,000 apply.', 'under'],
  ])('%s', (text, bound) => {
    const money = facts(text).find((f) => f[0] === 'money')!;
    expect(money[3]?.bound).toBe(bound);
  });
});
