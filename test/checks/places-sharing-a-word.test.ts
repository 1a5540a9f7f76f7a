import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const placeErrors = (en: string, zh: string): string[] =>
  align(`${en}\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error').map((f) => f.message);

describe('places whose names share a word are other places', () => {
  it.each([
    ['Shipments to the United Kingdom fell 4 percent.', '对美国的出货量下降4%。', 'different places'],
    ['The envoy then flew to South Africa.', '特使随后飞往韩国。', 'different places'],
    ['Talks with North Korea resumed.', '与韩国的会谈恢复。', 'different places'],
  ])('%s', (en, zh, words) => {
    expect(placeErrors(en, zh)).toEqual([expect.stringContaining(words)]);
  });

  it.each([
    // a part and its whole, or one place named two ways
    ['The ferry docks in Kowloon City.', '渡轮停靠在九龙。'],
    ['Talks with South Korea resumed.', '与韩国的会谈恢复。'],
    ['Shipments to the United States fell.', '对美国的出货量下降。'],
  ])('no error for %s', (en, zh) => {
    expect(placeErrors(en, zh)).toEqual([]);
  });
});

describe('a city and the county of its name', () => {
  it('are one area a translation may name either way', () => {
    expect(placeErrors('Flooding hit farms in Chiayi and Yunlin counties.', '洪水袭击了嘉义县和云林县的农田。')).toEqual([]);
  });

  it('keeps another city another place', () => {
    expect(placeErrors('Flooding hit farms near Chiayi.', '洪水袭击了台南市附近的农田。')).toEqual([expect.stringContaining('different places')]);
  });
});
