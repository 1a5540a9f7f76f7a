import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** A piece dated Wednesday 22 March 2017. */
const WEDNESDAY = { referenceDate: '2017-03-22' };

const cases: [string, string[]][] = [
  ['上世纪90年代初，乡镇企业迅速发展。', ['date 上世纪90年代初 1990/1992']],
  ['80年代中期，这座城市开始扩建。', ['date 80年代中期 1983/1986']],
  ['20世纪70年代末期，改革开放启动。', ['date 20世纪70年代末期 1977/1979']],
  ['90年代的经济增长很快。', ['date 90年代 1990/1999']],
];

describe('Chinese dates composed of parts', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});
