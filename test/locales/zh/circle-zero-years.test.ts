import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

describe('years written with a white circle, and the first months of a year with 首', () => {
  it('reads 二○二五年 as 2025 and 首八個月 as its first eight months', () => {
    expect(facts('二○二五年首八個月的出口貨值較二○二四年同期上升5.2%。')).toEqual([
      'date 二○二五年首八個月 2025-01-01/2025-08-31',
      'date 二○二四年 2024',
      'percent 5.2% 5.2 %',
    ]);
  });

  it('leaves a white circle as a bullet alone', () => {
    expect(facts('○ 第三項措施')).toEqual(['ordinal 第三 3']);
  });
});
