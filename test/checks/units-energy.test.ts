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

describe('kilowatt-hours as 度 and kilowatts as 瓩', () => {
  it.each([
    ['Sales of power rose to 52,400 GWh last year.', '去年售電量增至524億度。'],
    ['The new battery park stores 300 MWh.', '新的儲能電站可儲存30萬度電。'],
    ['Demand on the grid may peak at 41.5 GW.', '電網尖峰負載可能達4,150萬瓩。'],
    ['Rooftop panels add 650 MW.', '屋頂太陽能板新增65萬瓩。'],
  ])('are the English units converted: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells a kilowatt-hour figure ten times off', () => {
    expect(findings('The new battery park stores 300 MWh.', '新的儲能電站可儲存3萬度電。')).toEqual([expect.stringMatching(/^error .*10x apart/)]);
  });

  it('leaves 度 a degree where no scale or 电 follows', () => {
    expect(findings('It was 35 degrees on the day the plant used 1,000 kWh.', '當天氣溫35度，工廠用電1000度電。')).toEqual([]);
    expect(findings('It was 35 degrees.', '當天氣溫25度。')).toEqual([expect.stringMatching(/^error .*35.*25/)]);
  });
});

describe('a power and an energy set apart by a slash', () => {
  it.each([
    ['Storage on site: 300 MW / 1,200 MWh', '现场储能：30万千瓦/120万千瓦时'],
    ['The pack is rated 5 kW/13.5 kWh.', '该电池组额定5千瓦/13.5千瓦时。'],
  ])('are two amounts, each in its unit: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells one of them ten times off', () => {
    expect(findings('Storage on site: 300 MW / 1,200 MWh', '现场储能：30万千瓦/12万千瓦时')).toEqual([expect.stringMatching(/^error .*10x apart/)]);
  });

  it('leaves a dose per volume a rate', () => {
    expect(findings('Syrup, 120 mg/5 ml.', '糖浆（每毫升含24毫克）。')).toEqual([]);
  });
});
