import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const read = (text: string, lang: 'en' | 'zh' = 'zh') => extractCandidates(text, lang, { referenceDate: '2031-06-01', referenceYear: 2031 })
  .map((c) => [text.slice(c.start, c.end), c.kind, c.value]);

describe('a word after a figure that makes it something else', () => {
  it.each([
    // 前往 (go to) after a length: the length, not a time before now
    ['乘船40分钟前往小岛。', [['40分钟', 'duration', 'PT40M']]],
    ['两小时前他还在码头。', [['两小时前', 'date', '2031-05-31T22:00']]],
    // 月龄: an age in months
    ['9月龄以上婴儿可接种。', [['9月龄', 'duration', 'P9M']]],
    ['15月龄幼儿', [['15月龄', 'duration', 'P15M']]],
    ['9月份开学', [['9月份', 'date', '2031-09']]],
    // kilo- before newton and pascal is the unit's
    ['推力达3500千牛。', [['3500', 'number', 3500]]],
  ])('%s', (text, expected) => {
    expect(read(text).filter((r) => r[1] !== 'ordinal')).toEqual(expected);
  });

  it.each([
    ['She finished a half marathon in 1:52.', []],
    ['The half-marathon route was changed.', []],
    ['Half the runners finished.', [['Half', 'number', 0.5]]],
  ])('%s', (text, expected) => {
    expect(read(text, 'en').filter((r) => r[1] === 'number')).toEqual(expected);
  });
});
