import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES_PATH, compromiseGivenNames, givenNamesSource, glossWords, keptNames, wordNames } from '../../scripts/build-given-names.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { extractEntities } from '../../src/pipeline/entities.js';

type Entry = Parameters<typeof glossWords>[0][number];

const found = (text: string) => extractEntities(text, 'en').map((c) => `${text.slice(c.start, c.end)}/${c.type}`);

describe('the given names of compromise, less common English words', () => {
  it('are what scripts/build-given-names.ts writes', async () => {
    const all = await compromiseGivenNames();
    const common = glossWords(readCedict() as Entry[]);
    expect(readFileSync(GIVEN_NAMES_PATH, 'utf8')).toBe(givenNamesSource(keptNames(all, common), wordNames(all, common)));
  }, 30_000);

  it('leave out names that are common words', () => {
    const table = readFileSync(GIVEN_NAMES_PATH, 'utf8');
    for (const word of ['rose', 'hope', 'grace', 'will', 'mark']) expect(table).not.toMatch(new RegExp(`\\b${word}\\b`));
  });
});

describe('a name opening with a given name is a person without a title beside it', () => {
  it.each([
    ['Elena Lindqvist, a farmer, lost her crops to the flood.', ['Elena Lindqvist/person']],
    ['On the quay, Dmitri Volkov waited for the ferry.', ['Dmitri Volkov/person']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Hope Street is closed for repairs.', []],
    ['Grace Church opened in 1890.', []],
    ['Victoria Harbour is busy at dawn.', ['Victoria Harbour/place']],
  ])('%s', (text, expected) => {
    expect(found(text).filter((f) => f.endsWith('/person'))).toEqual(expected.filter((f) => f.endsWith('/person')));
  });
});
