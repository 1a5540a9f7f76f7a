import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const REF = { referenceDate: '2021-01-26', referenceYear: 2021 };

const cases: [string, string[]][] = [
  ['国庆节期间景区游客爆满。', ['date 国庆节 --10-01']],
  ['聖誕節前夕商場促銷。', ['date 聖誕節 --12-25']],
  ['今年植树节全市种树十万棵。', ['date 今年植树节 2021-03-12', 'number 十万 100000']],
  ['自2019年元旦起施行。', ['date 自2019年元旦起 2019-01-01 over']],
  ['2019年元旦起飞', ['date 2019年元旦 2019-01-01']],
];

const negatives: [string, string[]][] = [
  // 清明 after a word is clarity, not the solar term
  ['力求政治清明。', []],
  // 元宵 alone is the dumpling
  ['他们一起吃元宵。', []],
];

// Lunar feasts: their lunar month and day, marked `lunar` (清明: a solar term).
const lunar: [string, string[]][] = [
  ['春节前后客流高峰。', ['date 春节 --01-01 lunar']],
  ['中秋节吃月饼。', ['date 中秋节 --08-15 lunar']],
  ['端午假期出游人数创新高。', ['date 端午 --05-05 lunar']],
  ['2019年重阳节前夕', ['date 2019年重阳节 2019-09-09 lunar']],
  ['清明节前后多雨。', ['date 清明节 --04-04 solar-term']],
];

describe('Chinese fixed-date holidays', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
  it.each(negatives)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
  it.each(lunar)('%s', (input, expected) => expect(facts(input, REF)).toEqual(expected));
});
