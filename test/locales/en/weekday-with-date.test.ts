import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';
import { align } from '../../../src/index.js';

describe('a weekday with its date in brackets after it', () => {
  it.each([
    ['Fares rise from Thursday (10 November).', 'Thursday (10 November)', '--11-10'],
    ['The fair opens on Friday (Nov. 11).', 'Friday (Nov. 11)', '--11-11'],
  ])('%s is one date, the bracketed one', (text, raw, value) => {
    expect(facts(text, { referenceDate: '2016-11-07' }).filter((r) => r[0] === 'date')).toEqual([['date', raw, value]]);
  });

  it('leaves a weekday alone before other brackets', () => {
    expect(facts('The vote closed on Thursday (local time).', { referenceDate: '2016-11-07' }).filter((r) => r[0] === 'date').map((r) => r[1])).toEqual(['Thursday']);
  });

  it('is compared with the Chinese date as that date', () => {
    const text = 'Posted 12 June 2024\n\nFrom Thursday (20 June), buses will run every ten minutes.\n\n自6月21日（星期四）起，公交车每十分钟一班。\n';
    const findings = align(text).findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity === 'error');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/20 June 2024.*21 June 2024.*day differs/)]);
  });
});
