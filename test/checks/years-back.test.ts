import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

/** Findings of a pair under a dateline of 2025, entities off. */
const findings = (en: string, zh: string) => align(`Posted 3 June 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'date-mismatch' || f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('years counted back from the writing', () => {
  it.each([
    ['The kiln was fired about 2,300 years ago.', '这座窑约烧制于2300年前。'],
    ['The kiln was fired about 2,300 years ago.', '这座窑距今约2300年。'],
    ['The village was built 5,000 years ago.', '这座村落建于五千年前。'],
    // the count of years back is the number the other side gives as an age
    ['The kiln is about 2,300 years old.', '这座窑距今约2300年。'],
  ])('agree: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells another count of years back', () => {
    expect(findings('The kiln was fired about 2,300 years ago.', '这座窑距今约2200年。')).toEqual([expect.stringMatching(/^error .*year differs/)]);
  });

  it('notes an age that differs from the years back', () => {
    expect(findings('The kiln is about 2,300 years old.', '这座窑距今约2200年。').every((f) => f.startsWith('info'))).toBe(true);
    expect(findings('The kiln is about 2,300 years old.', '这座窑距今约2200年。')).toHaveLength(2);
  });

  it('keeps a year of the calendar before 年前', () => {
    expect(findings('Emissions will peak before 2030.', '排放将在2030年前达峰。')).toEqual([]);
  });
});
