import { describe, expect, it } from 'vitest';
import { enUnits } from '../../src/checks/units.js';
import { align } from '../../src/index.js';

describe('English units after an amount', () => {
  it.each([
    ['a 42-mile stretch', 'mile', 'length'],
    ['about 12 Kilometres of track', 'km', 'length'],
    ['a 300 metre tower', 'm', 'length'],
    ['8,848 feet high', 'ft', 'length'],
    ['6,340 square  kilometers of forest', 'km2', 'area'],
    ['1,500 sqkm of wetland', 'km2', 'area'],
    ['2 km² of park', 'km2', 'area'],
    ['3 KM2 of land', 'km2', 'area'],
    ['40 square miles', 'mi2', 'area'],
    ['12 sqmi in all', 'mi2', 'area'],
    ['a 5 ha farm', 'ha', 'area'],
    ['200 Acres of vines', 'acre', 'area'],
    ['20 kilos of rice', 'kg', 'weight'],
    ['a 9 lbs baby', 'lb', 'weight'],
    ['15 metric\ttons of grain', 't', 'weight'],
    ['3 Tonnes a day', 't', 'weight'],
  ])('%s', (text, unit, dimension) => {
    expect(enUnits(text).map((u) => [u.unit, u.dimension])).toEqual([[unit, dimension]]);
  });

  it('reads the amount and where it stands', () => {
    expect(enUnits('The line runs 1,200.5 km north.')).toEqual([{ value: 1200.5, unit: 'km', dimension: 'length', at: 14 }]);
  });

  it.each([
    ['the 21st century'], ['10 years on'], ['5 percent more'], ['3 kms'], ['2 squaremiles'], ['7 tons'], ['4 sq  km'], ['no number miles'],
  ])('no unit in %s', (text) => {
    expect(enUnits(text)).toEqual([]);
  });
});

describe('power, energy, pixels and small lengths, a Chinese amount with its scale', () => {
  const numberFindings = (en: string, zh: string): string[] =>
    align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

  it.each([
    ['The wind farm will add 3.2 GW of capacity.', '该风电场将新增装机容量320万千瓦。'],
    ['The phone has a 64-megapixel main camera.', '这款手机配备6400万像素主摄。'],
    ['The station generated 1.5 billion kWh last year.', '该电站去年发电15亿千瓦时。'],
    ['The chip is made on a 5 nm process.', '芯片采用5纳米工艺制造。'],
  ])('agree in other units: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['The filter stops particles of 10 nanometres.', '过滤器可阻挡10微米的颗粒。'],
    ['The heater draws 20 W.', '加热器功率为20千瓦。'],
  ])('the same number in another unit is an error: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(/^error .*the same number in another unit/)]);
  });
});
