import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/pipeline/entities.js';
import { withPlainSpaces } from '../../../src/typeset-spaces.js';
import { readings } from '../readings.js';

/** The facts of an English text, by what they read (not where). */
const read = (text: string): string[] => readings(text, 'en');

/** The names of an English text, by key and type. */
const names = (text: string): string[] => extractEntities(text, 'en').map((c) => `${String(c.value)}/${c.type}`);

/** The text with every space beside a figure or between two capitalized words as `space`, as a page's `&nbsp;` sets them. */
const typeset = (text: string, space: string): string =>
  text.replace(/(?<=\d) (?=\S)|(?<=\S) (?=\d)|(?<=\b[A-Z][a-z]+\.?) (?=[A-Z][a-z])/g, space);

const sentences = [
  'The fair opened on January 10, 2024 and drew more than 500 firms.',
  'Sales rose 12.5% to 6.6 billion yuan, about $920 million.',
  'The plant will cost between 3 and 5 million euros over 2 years.',
  'On 10 March 2023 the board met for 3 hours in Hong Kong.',
  'President Maria Lindqvist met Prime Minister Tomas Berg in Oslo.',
];

describe('English set with the spaces of typeset and web text reads as with plain spaces', () => {
  it.each(sentences)('no-break spaces: %s', (text) => {
    const nb = typeset(text, '\u00a0');
    expect(nb).not.toBe(text);
    expect(read(nb)).toEqual(read(text));
    expect(names(nb)).toEqual(names(text));
  });

  it.each(sentences)('thin and narrow spaces: %s', (text) => {
    expect(read(typeset(text, '\u2009'))).toEqual(read(text));
    expect(read(typeset(text, '\u202f'))).toEqual(read(text));
  });

  it('groups digits set apart by a thin space', () => {
    expect(read('About 10\u2009000 people came.')).toEqual(['number:10000 ~']);
  });

  it('keeps offsets: one code unit for one, and a zero-width space is no space', () => {
    const text = 'a\u00a0b\u2009c\u3000d\u200be';
    expect(withPlainSpaces(text)).toBe('a b c d\u200be');
    expect(withPlainSpaces('plain text')).toBe('plain text');
  });
});
