import { describe, expect, it } from 'vitest';
import { hanCount } from '../../src/checks/length-ratio.js';

/** The count the global pattern gives, one code point a match. */
function byPattern(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

describe('hanCount', () => {
  it('counts each code point as the Han pattern does', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const unit = String.fromCodePoint(c);
      if (hanCount(unit) !== byPattern(unit)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('counts mixed text, pairs and lone surrogates included', () => {
    for (const text of [
      '成都市软件产业2024年营收突破6000亿元，同比增长10%。',
      'Tianfu 〇〇七号 ⺀々〆 豈 㐀 𠀀𠀁 and \u{1F600} 以及',
      '\ud840 中 \udc00 𠀀\ud800x\udfff文',
      '',
    ]) expect(hanCount(text)).toBe(byPattern(text));
  });
});
