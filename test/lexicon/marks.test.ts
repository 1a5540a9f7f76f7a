import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadLexicon } from '../../src/lexicon/load.js';
import { chineseBag, englishBag } from '../../src/lexicon/score.js';

/** The marks as sets and patterns give them: the reference the one-pass reading must equal. */
function referenceMarks(text: string, chinese: boolean): string[] {
  const folded = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const marks = new Set<string>();
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)*/g)) marks.add(`#${m[0].replace(/[.,]/g, '').replace(/^0+(?=\d)/, '')}`);
  if ((chinese ? /[?？]/ : /\?/).test(text)) marks.add('?');
  if ((chinese ? /[!！]/ : /!/).test(text)) marks.add('!');
  if ((chinese ? /[“”"「」『』]/ : /["“”]/).test(text)) marks.add('"');
  return [...marks];
}

describe('bag marks', () => {
  const lexicon = loadLexicon();

  it.each([
    ['Revenue rose 12.5% to 3,400 yuan in 2024.', ['#125', '#3400', '#2024']],
    ['Room 007, floor 0, gate 00 and 1. 2', ['#7', '#0', '#1', '#2']],
    ['Is it 2024? Yes! "2024" again.', ['#2024', '?', '!', '"']],
    ['Version 1.2.3, then 1,2 and 12. Then .5 and 5.', ['#123', '#12', '#5']],
    ['No numbers, no marks.', []],
  ])('reads an English text: %s', (text, marks) => {
    expect(englishBag(text).marks).toEqual(marks);
  });

  it.each([
    ['收入增长１２．５％，达到３,４００元（2024年）。', ['#12', '#5', '#3400', '#2024']],
    ['你来吗？来！「好」', ['?', '!', '"']],
    ['第００３号文件，共0页', ['#3', '#0']],
  ])('reads a Chinese text: %s', (text, marks) => {
    expect(chineseBag(text, lexicon).marks).toEqual(marks);
  });

  it('gives what the patterns give, for texts of digits, separators and marks of both languages', () => {
    const pieces = ['0', '1', '7', '００', '９', '.', ',', ' ', '?', '？', '!', '！', '"', '“', '”', '「', '』', 'a', '年', '．', '，'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      expect(englishBag(text).marks).toEqual(referenceMarks(text, false));
      expect(chineseBag(text, lexicon).marks).toEqual(referenceMarks(text, true));
    }), { numRuns: 2000 });
  });

  it('keeps each of many numbers once, in order of first use', () => {
    const text = Array.from({ length: 40 }, (_, k) => `${k % 25} items`).join(', ');
    expect(englishBag(text).marks).toEqual(referenceMarks(text, false));
  });
});
