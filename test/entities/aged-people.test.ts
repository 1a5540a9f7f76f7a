import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const longestWord = (text: string, from: number, to: number): number => loadLexicon().longestWord?.(text, from, to) ?? 0;
const people = (text: string, lexicon = true): string[] => extractEntities(text, 'zh', lexicon ? { longestWord } : {})
  .filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));

describe('a Chinese name right after an age', () => {
  it('is a person, as court and police news introduce one', () => {
    expect(people('法院判处52岁的郑国华有期徒刑6年。')).toEqual(['郑国华']);
    expect(people('29歲的梁志明入獄3年。')).toEqual(['梁志明']);
  });

  it('is no person where the surname opens a word (an age, a citizen, a weekend)', () => {
    expect(people('老人已是90岁的高龄。')).toEqual([]);
    expect(people('年满18岁的公民均可投票。')).toEqual([]);
    expect(people('一名45岁的男子被捕。')).toEqual([]);
  });

  it('is read only where the lexicon says what a word is', () => {
    expect(people('老人已是90岁的高龄了。', false)).toEqual([]);
  });
});
