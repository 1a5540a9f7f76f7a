import { describe, expect, it } from 'vitest';
import { datelineYear } from '../../src/pipeline/dateline.js';
import { split } from '../../src/pipeline/split.js';
import { fixture } from '../helpers.js';

const year = (text: string) => datelineYear(split(text));

describe('datelineYear', () => {
  it.each([
    ['Title of the piece\n\n11 January 2024\n\n标题', 2024],
    ['重庆发布2023年经济数据\n\n2024年1月20日  来源：新华社\n\nBody.', 2024],
    ['Chengdu, Jan. 11, 2024\n\nBody text follows here.', 2024],
    ['Posted 2023-12-30 08:15\n\nBody.', 2023],
    ['March 2021\n\nBody.', 2021],
  ])('%j → %i', (text, expected) => {
    expect(year(text)).toBe(expected);
  });

  it.each([
    ['重庆发布2023年经济数据\n\n重庆市统计局发布数据。'],
    ['In 2003 the fair began.\n\nIt grew.'],
    ['The 2024 budget\n\nBody.'],
  ])('finds no dateline in %j', (text) => {
    expect(year(text)).toBeUndefined();
  });

  it('reads the seed dateline', () => {
    expect(year(fixture('chengdu-software-2024.txt'))).toBe(2024);
  });
});
