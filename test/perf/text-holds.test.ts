import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsAny, shortTextHolds, spacedWords, textHolds, textHoldsWord } from '../../src/locales/needs.js';

/** Pieces of English and Chinese text and of the words the extractors look for, to build texts and lists from. */
const PIECES = [
  ' ', '\t', '-', ':', ',', '.', '2', '15', 'o', 'oh', 'ten', 'twenty', 'day', 'week', 'monday', 'mon', 'sunday', 'next',
  'last', 'year', 'years', 'spring', 'clock', 'noon', 'the', 'park', 'opened', 'on', 'of', 'q1', 'h2', '0s', "0'",
  '今天', '明天', '上周', '周末', '分钟', '小时', '年', '月', '成都', '软件', '产业', '。', '，',
];

describe('textHolds', () => {
  it('answers as holdsAny does, for texts long and short', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));
    const words = fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join('')), { maxLength: 8 });
    fc.assert(fc.property(text, fc.array(words, { minLength: 1, maxLength: 4 }), (t, lists) => {
      const holds = textHolds(t);
      return lists.every((list) => holds(list) === holdsAny(t, list));
    }), { numRuns: 5000 });
  });

  it('textHoldsWord answers as includes does', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));
    const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.array(word, { minLength: 1, maxLength: 6 }), (t, words) => {
      const holds = textHoldsWord(t);
      return words.every((w) => holds(w) === t.includes(w));
    }), { numRuns: 5000 });
  });

  it('finds a word at the start, in the middle and at the end of a long text', () => {
    const text = `${'the park opened on monday, '.repeat(4)}and closed at noon`;
    const holds = textHolds(text);
    expect(holds(['tuesday', 'the park'])).toBe(true);
    expect(holds(['opened on monday'])).toBe(true);
    expect(holds(['at noon'])).toBe(true);
    expect(holds(['n'])).toBe(true);
    expect(holds(['noon!', 'sunday', 'q1'])).toBe(false);
    expect(holds([])).toBe(false);
  });
});

describe('shortTextHolds', () => {
  it('answers as holdsAny does', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join(''));
    const words = fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join('')), { maxLength: 8 });
    fc.assert(fc.property(text, fc.array(words, { minLength: 1, maxLength: 4 }), (t, lists) => {
      const holds = shortTextHolds(t);
      return lists.every((list) => holds(list) === holdsAny(t, list));
    }), { numRuns: 5000 });
  });

  it('finds words of one, two and more characters anywhere in the text, and the empty word', () => {
    const holds = shortTextHolds('the park opened on monday at noon');
    expect(holds(['tuesday', 'the park'])).toBe(true);
    expect(holds(['at noon'])).toBe(true);
    expect(holds(['q1', 'on'])).toBe(true);
    expect(holds([':', 'y'])).toBe(true);
    expect(holds(['noon!', 'sunday', 'q1', ':'])).toBe(false);
    expect(holds([''])).toBe(true);
    expect(holds([])).toBe(false);
    expect(shortTextHolds('')(['a', 'ab'])).toBe(false);
  });
});

describe('spacedWords', () => {
  it('is held by every text where the two words stand with spaces or tabs between', () => {
    const blanks = fc.array(fc.constantFrom(' ', '\t'), { minLength: 1, maxLength: 4 }).map((b) => b.join(''));
    const side = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(fc.property(side, blanks, side, (before, gap, after) => {
      const text = `${before}rest${gap}of${after}`;
      return holdsAny(text, spacedWords('rest', 'of'));
    }), { numRuns: 2000 });
  });

  it('is not held by the first word alone inside another word', () => {
    expect(holdsAny('the interest on loans', spacedWords('rest', 'of'))).toBe(false);
    expect(holdsAny('the rest of the week', spacedWords('rest', 'of'))).toBe(true);
    expect(holdsAny('the rest  \tof the week', spacedWords('rest', 'of'))).toBe(true);
  });
});
