import { describe, expect, it } from 'vitest';
import { enUnits } from '../../src/checks/units.js';

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
