import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('energy in Chinese units', () => {
  it.each([
    ['The plant will make 60 gigawatt-hours of cells a year.', '该工厂每年将生产60吉瓦时的电池。'],
    ['Storage reached 12 GWh by March.', '截至3月，储能规模达12吉瓦時。'],
    ['The farm yields 450 MWh a month.', '该电场每月发电450兆瓦时。'],
  ])('agree with the English unit: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells energy against power', () => {
    expect(findings('The plant will make 60 gigawatt-hours of cells a year.', '该工厂每年将生产60吉瓦的电池。'))
      .toEqual([expect.stringMatching(/^error .*another unit/)]);
  });
});
