import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const read = (text: string): string[] => facts(text).filter((f) => f.startsWith('date') || f.startsWith('duration') || f.startsWith('number'));

describe('a number of years written as a year would be', () => {
  it.each([
    ['这座古城有超过2000年的历史。', ['duration 超过2000年 P2000Y ~ over']],
    ['近1000年来，河道几经变迁。', ['duration 近1000年 P1000Y ~']],
    ['这项技艺已有1300年之久', ['duration 1300年 P1300Y']],
    ['拥有1500年历史的寺庙', ['duration 1500年 P1500Y']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['这是2015年来首次出现负增长', ['date 2015年 2015']],
    ['回顾2019年的历史', ['date 2019年 2019']],
    ['那是2024年的历史性时刻', ['date 2024年 2024']],
    ['产量接近2023年的水平', ['date 2023年 2023']],
  ])('a year in %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
