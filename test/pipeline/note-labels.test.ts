import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const links = (zh: string, en: string) => align(`${zh}\n\n${en}\n`).pairs.map((p) => `${p.en.join(',')}|${p.zh.join(',')}`);

describe('a note under its label', () => {
  it.each([
    ['注释：1. 本报告数据均为初步统计。2. 部分合计因四舍五入略有出入。', 'Notes: 1. Figures in this report are preliminary. 2. Some totals differ slightly because of rounding.'],
    ['注解：本表不含港澳台数据。', 'Note: The table excludes Hong Kong, Macao and Taiwan.'],
  ])('pairs with the English note: %s', (zh, en) => {
    expect(links(zh, en)).toEqual(['b2|b1']);
  });
});
