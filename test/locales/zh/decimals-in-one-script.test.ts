import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const read = (text: string) => extractCandidates(text, 'zh', { referenceDate: '2031-05-14' }).map((c) => [text.slice(c.start, c.end), c.value]);

describe('the decimal part after 点', () => {
  it.each([
    // the words after a clock's hour are no decimals of it
    ['商店从下午6点一直营业到深夜。', [['下午6点', 'T18:00']]],
    ['增速为七点一五。', [['七点一五', 7.15]]],
    ['增速为七点一，', [['七点一', 7.1]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
