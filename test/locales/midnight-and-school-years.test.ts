import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

const dates = (en: string, zh: string, referenceDate = '2025-03-12') => align(`${en}\n\n${zh}\n`, { referenceDate, entities: false }).findings
  .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message);

describe('24时 is midnight', () => {
  it('agrees with `midnight`, and a range keeps 24 as its end', () => {
    expect(dates('On Saturdays the museum stays open until midnight.', '博物馆逢周六开放至24时。')).toEqual([]);
    expect(extractCandidates('营业时间为9时至24时。', 'zh').find((c) => c.kind === 'date')?.value).toBe('T09:00/T24:00');
  });
});

describe('a school or fiscal year named by the year it opens in', () => {
  it('agrees with the year the other side gives', () => {
    expect(dates('Fees rise 2% in the 2025 academic year.', '114學年度學費調漲2%。', '2026-03-12')).toEqual([]);
  });

  it('still tells a year inside a range of years of no such kind, as a year', () => {
    expect(dates('The bridge was built in 2019.', '大桥于2018至2020年建成。')).toEqual([
      'EN "2019" (2019) vs ZH "2018至2020年" (2018–2020): a range against a single year inside it',
    ]);
  });
});

describe('`within` minutes or hours', () => {
  it('is how long something took outside a clause of the future', () => {
    expect(extractCandidates('The tickets sold out within 20 minutes.', 'en', { referenceDate: '2025-03-12' }).map((c) => `${c.kind}:${String(c.value)}`)).toEqual(['duration:PT20M']);
  });

  it('is a span from the reference moment in a clause of the future', () => {
    expect(extractCandidates('The results will be posted within 6 hours.', 'en', { referenceDate: '2025-03-12' })[0]?.kind).toBe('date');
  });
});

describe('a range of years against its two ends told on the other side', () => {
  it('is an error when the other end is told as another year', () => {
    expect(dates('Output doubled between 2014 and 2022.', '2014年至2021年间，产量翻了一番。')).toHaveLength(1);
    expect(dates('Output doubled between 2014 and 2022.', '产量在2014年和2012年之间翻了一番。')).toEqual([
      'EN "between 2014 and 2022" (2014–2022) vs ZH "2012年" (2012): the range\'s other end differs',
    ]);
  });

  it('is nothing when both ends are told', () => {
    expect(dates('Output doubled between 2014 and 2022.', '产量在2014年和2022年之间翻了一番。')).toEqual([]);
  });
});
