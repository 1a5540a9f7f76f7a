import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../src/index.js';

const dateFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

const dates = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, { referenceDate: '2025-02-10' })
  .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);

describe('a range of months with a part of its first month', () => {
  it('cuts the first month and keeps the last whole', () => {
    expect(dates('Roadshows will run from late April to June.', 'en')).toEqual(['late April to June --04-16/--06-30']);
    expect(dates('Classes start in early September to November.', 'en')).toEqual(['early September to November --09-01/--11-30']);
  });

  it('is a range without a year in Chinese too', () => {
    expect(dates('路演将于四月下旬至六月举行。', 'zh')).toEqual(['四月下旬至六月 --04-21/--06-30']);
  });

  it.each([
    ['Roadshows will run in the districts from late April to June.', '路演将于四月下旬至六月在各区举行。'],
    ['Roadshows will run in the districts from late April to June.', '路演将于4月下旬到6月在各区举行。'],
  ])('agrees with the Chinese: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([]);
  });

  it('tells a last month that differs', () => {
    expect(dateFindings('Roadshows will run in the districts from late April to June.', '路演将于四月下旬至七月在各区举行。'))
      .toEqual([expect.stringMatching(/^error .*late April to June.*四月下旬至七月/)]);
  });
});
