import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

describe('a Republic of China year before 年度', () => {
  it.each([
    ['立法院三讀通過113年度總預算', ['date 113年 2024']],
    ['民國113年度決算', ['date 113年 2024']],
    ['2024年度财政预算', ['date 2024年 2024']],
  ])('%s', (text, expected) => {
    expect(facts(text).filter((f) => f.startsWith('date'))).toEqual(expected);
  });

  it('reads a count of three digits before 年 alone as no year', () => {
    expect(facts('这棵树已有150年').filter((f) => f.startsWith('date'))).toEqual([]);
  });
});

describe('新元 and 新币, as Singapore writes its dollar', () => {
  it.each([
    ['全年营收达到12亿新元', ['money 12亿新元 1200000000 SGD']],
    ['每人可获300新币补贴', ['money 300新币 300 SGD']],
  ])('%s', (text, expected) => {
    expect(facts(text).filter((f) => f.startsWith('money'))).toEqual(expected);
  });

  it('finds no money in 新元素', () => {
    expect(facts('加入3个新元素').filter((f) => f.startsWith('money'))).toEqual([]);
  });
});
