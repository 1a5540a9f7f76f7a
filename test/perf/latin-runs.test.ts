import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinRuns } from '../../src/checks/untranslated.js';

/** The single pattern the word-by-word reader replaces (quadratic on a long word): the reference. */
const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ \t,;:]+[A-Za-z][A-Za-z'’-]*)+/g;

describe('latinRuns', () => {
  it('finds the runs the single pattern finds, at the same places', () => {
    const piece = fc.constantFrom('a', 'Zb', "'", '’', '-', ' ', '\t', ',', ';', ':', '.', '@', '中', '文', '1', '\n', 'the');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')), (text) => {
      const expected = [...text.matchAll(LATIN_RUN)].map((m) => ({ text: m[0], index: m.index }));
      expect(latinRuns(text)).toEqual(expected);
    }), { numRuns: 2000 });
  });

  it('reads runs inside Chinese text', () => {
    expect(latinRuns('他说：the council, it said; will meet.会议')).toEqual([
      { text: 'the council, it said; will meet', index: 3 },
    ]);
    expect(latinRuns('一个 word 而已')).toEqual([]);
  });
});
