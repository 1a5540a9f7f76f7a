import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

const raws = (text: string, lang: 'en' | 'zh'): string[] => extractCandidates(text, lang).map((c) => text.slice(c.start, c.end));

describe('reference marks (`[3]`) are no facts', () => {
  it.each([
    ['The port handled 40 million tonnes in 2022.[7] Traffic rose 3% a year.[8][9]', 'en', ['40 million', '2022', '3%']],
    ['The valley holds 12 villages.[4, 11] Most were founded before 1900.[5–6]', 'en', ['12', 'before 1900']],
    ['该港2022年吞吐量达4000万吨。[7]年均增长3%。[8][9]', 'zh', ['2022年', '4000万', '3%']],
    ['山谷里有12个村庄。［4］', 'zh', ['12']],
  ] as const)('%s', (text, lang, expected) => {
    expect(raws(text, lang)).toEqual(expected);
  });

  it.each([
    ['Pick the total [3] from the list.', 'en', ['3']],
    ['The archive dates from [1875].', 'en', ['1875']],
  ] as const)('a number in brackets that marks no note stays: %s', (text, lang, expected) => {
    expect(raws(text, lang)).toEqual(expected);
  });

  it('one side keeping the marks and the other dropping them is no finding', () => {
    const r = align('The port handled 40 million tonnes in 2022.[7] Traffic rose 3% a year.[8]\n\n该港2022年吞吐量达4000万吨，年均增长3%。\n');
    expect(r.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([]);
  });
});
