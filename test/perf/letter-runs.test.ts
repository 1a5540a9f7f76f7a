import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsLetterRuns } from '../../src/pipeline/pair/bead-cost.js';

describe('holdsLetterRuns', () => {
  it('answers as counting the matches of /[A-Za-z]+/g does', () => {
    // Letters and the codes beside A-Z and a-z (`@`, `[`, `` ` ``, `{`), which a case fold by `| 32` must not take for letters.
    const piece = fc.constantFrom('a', 'Zb', 'Q', '@', '[', '`', '{', ' ', "'", '-', '1', 'é', 'Ł', '中', '\n', 'the');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')), fc.integer({ min: 0, max: 14 }), (text, least) => {
      expect(holdsLetterRuns(text, least)).toBe((text.match(/[A-Za-z]+/g)?.length ?? 0) >= least);
    }), { numRuns: 3000 });
  });

  it('counts runs set apart by anything but a letter', () => {
    expect(holdsLetterRuns('Mayor Li visited Chengdu on Monday.', 6)).toBe(true);
    expect(holdsLetterRuns('Mayor Li visited Chengdu on Monday.', 7)).toBe(false);
    expect(holdsLetterRuns('don’t stop-gap 2024年Q3', 5)).toBe(true);
    expect(holdsLetterRuns('don’t stop-gap 2024年Q3', 6)).toBe(false);
    expect(holdsLetterRuns('', 0)).toBe(true);
  });
});
