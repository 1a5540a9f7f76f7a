import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => (f.ruleId === 'number-mismatch' || f.ruleId === 'money-mismatch') && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a share in tenths said loosely is the value rounded to its tens', () => {
  it.each([
    ['The survey found 67.6% of commuters take the ferry.', '调查发现，近七成通勤者乘坐渡轮。'],
    ['The survey found 71.2% of commuters take the ferry.', '调查发现，约七成通勤者乘坐渡轮。'],
    ['The survey found 43% of commuters take the ferry.', '调查发现，四成多通勤者乘坐渡轮。'],
    // a bare share in tenths is rounded too
    ['The survey found 72% of commuters take the ferry.', '调查发现，七成通勤者乘坐渡轮。'],
  ])('%s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it.each([
    // another ten
    ['The survey found 57.6% of commuters take the ferry.', '调查发现，近七成通勤者乘坐渡轮。'],
    // below the bound: 逾 (more than) is above the share
    ['The survey found 68.4% of commuters take the ferry.', '调查发现，逾七成通勤者乘坐渡轮。'],
    // a bare share: the values that round to it, no more
    ['The survey found 75% of commuters take the ferry.', '调查发现，七成通勤者乘坐渡轮。'],
  ])('%s is still told', (en, zh) => {
    expect(alarms(en, zh).length).toBeGreaterThan(0);
  });
});

describe('cents alone against 角 alone', () => {
  it('are one amount in the money of the text', () => {
    expect(alarms('A tram ride costs 60 cents.', '电车车费6角。')).toEqual([]);
  });

  it('still tells another amount', () => {
    expect(alarms('A tram ride costs 70 cents.', '电车车费6角。')).toEqual([expect.stringMatching(/^error .*amounts differ$/)]);
  });
});

describe('shares said loosely on the other side', () => {
  it.each([
    ['Prices in the district rose about 35 percent over the decade.', '十年间该区房价上涨了三成多。'],
    ['Inflation in the city was 7.8 percent in May.', '5月该市通胀率约8%。'],
  ])('%s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it('still tells a share that rounds to another value', () => {
    expect(alarms('Inflation in the city was 7.4 percent in May.', '5月该市通胀率约8%。')).toHaveLength(1);
  });
});

describe('a modal verb and top is a lower bound', () => {
  it('agrees with 超过', () => {
    expect(alarms('Annual pay for the post can top £38,000.', '该职位年薪可超过3.8万英镑。')).toEqual([]);
  });
});

describe('a multiple beside a count of the same value', () => {
  const en = 'Clinics treated 212 cases, twice as many as a year earlier. Two nurses fell ill.';
  it('takes the count for the count, so the multiple is weighed against the other multiple', () => {
    expect(alarms(en, '诊所共诊治212例，是去年同期的三倍。两名护士病倒。')).toEqual([expect.stringMatching(/^error .*"twice".*"三倍"/)]);
    expect(alarms(en, '诊所共诊治212例，是去年同期的两倍。两名护士病倒。')).toEqual([]);
  });
});
