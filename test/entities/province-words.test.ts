import { describe, expect, it } from 'vitest';
import { namesIn } from './people.js';

describe('省 opening a word of its own', () => {
  it.each([
    ['根据省份不同，标准有所差异。', []],
    ['按照省份划分', []],
    ['安徽省份额最高', ['安徽省']],
  ])('%s', (text, expected) => {
    expect(namesIn(text, 'zh', 'place').map(([name]) => name)).toEqual(expected);
  });
});
