import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charRemover } from '../../src/char-remover.js';

const classes = [
  { name: 'spacing and punctuation', one: /[\s\p{P}]/uy, all: /[\s\p{P}]+/gu },
  { name: 'spacing, punctuation and symbols', one: /[\s\p{P}\p{S}]/uy, all: /[\s\p{P}\p{S}]+/gu },
];

describe.each(classes)('charRemover of $name', ({ one, all }) => {
  const remove = charRemover(one);

  it('removes exactly the code units the pattern removes, each alone and between letters', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if (remove(unit) !== unit.replace(all, '') || remove(`a${unit}中`) !== `a${unit}中`.replace(all, '')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a surrogate pair as one character and a lone surrogate as its own', () => {
    // U+10100 (punctuation), U+1F600 (a symbol), U+20000 (Han), lone high and low halves.
    for (const text of ['a\u{10100}b', '\u{1F600} x', '\u{20000}，', 'x\ud800', '\udc00y', '\ud800\ud800\udc00', 'a\udc00\ud800b']) {
      expect(remove(text)).toBe(text.replace(all, ''));
    }
  });

  it('gives what the pattern gives on mixed text', () => {
    const piece = fc.constantFrom('Chengdu', ' ', '\t', ',', '，', '。', '“', '”', '—', '$', '¥', '+', '成都', '２０２４', 'İ', '\u{1F600}', '\ud800', '\udc00', '\u3000', '-', '2024');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
      expect(remove(text)).toBe(text.replace(all, ''));
    }));
  });
});
