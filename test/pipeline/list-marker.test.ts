import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

const numbers = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang).map((c) => text.slice(c.start, c.end));

describe('extract: an item number opening a text is no fact', () => {
  it.each([
    ['zh', '1、舞龙是春节最常见的民间表演之一。', ['春节']],
    ['zh', '（三）全年新建公园十二个。', ['十二']],
    ['zh', '四、推进城乡融合发展', []],
    ['en', '2. In May alone, the city opened nine parks.', ['May', 'nine']],
    ['en', '(3) The plan covers five districts.', ['five']],
    ['en', '4) Twelve parks opened.', ['Twelve']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });

  it.each([
    ['zh', '1、2、3号线今天同时开通。', ['1', '2', '3']],
    ['zh', '三、五个城市将率先试点。', ['三', '五']],
    ['en', '1.5 million people visited the parks.', ['1.5 million']],
    ['en', '12 parks opened in May.', ['12', 'May']],
  ] as const)('keeps the numbers of %s: %s', (lang, text, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });

  it('raises no number finding for a numbered Chinese paragraph beside unnumbered English', () => {
    const result = align('The dragon dance is one of the most common folk shows of the Spring Festival.\n\n1、舞龙是春节最常见的民间表演之一。\n');
    expect(result.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});
