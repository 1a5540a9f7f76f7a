import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { beadMatcher, chineseBag, englishBag, idfOfBags, matchBags } from '../../src/lexicon/score.js';

/** A merge's matcher over written blocks: English blocks against Chinese blocks. */
function matcherOf(en: string[], zh: string[]) {
  const lexicon = loadLexicon();
  const enBags = en.map(englishBag);
  const zhBags = zh.map((t) => chineseBag(t, lexicon));
  const idf = idfOfBags(enBags, zhBags);
  return { enBags, zhBags, idf, match: beadMatcher(enBags, zhBags, idf) };
}

describe('beadMatcher gain: what one block of a merge brings that the rest does not', () => {
  it('gives nothing to an English block whose only translated word the rest of the merge already has', () => {
    const { enBags, zhBags, match } = matcherOf(
      ['The new airport terminal will open to passengers in May.', 'Loved that airport cafe, honestly.'],
      ['新航站楼将于5月向旅客开放。机场'],
    );
    // Alone, the second block matches the Chinese (`airport`): the old stranger test let it in.
    expect(matchBags([enBags[1]!], zhBags).matched).toBeGreaterThan(0);
    expect(match.gain(0, 2, 0, 1, 1, false)).toBe(0);
  });

  it('gives a block its own translated words, on either side', () => {
    const { match } = matcherOf(
      ['The new airport terminal will open in May.', 'It has forty gates and a rail station.'],
      ['新航站楼将于5月开放。', '航站楼设有四十个登机口和一个火车站。'],
    );
    expect(match.gain(0, 2, 0, 1, 0, false)).toBeGreaterThan(0);
    expect(match.gain(0, 2, 0, 2, 1, false)).toBeGreaterThan(0);
    expect(match.gain(0, 2, 0, 2, 1, true)).toBeGreaterThan(0);
    // Against the first English block alone, the second Chinese block brings only `terminal`, which the first has.
    expect(match.gain(0, 1, 0, 2, 1, true)).toBe(0);
  });

  it('leaves the match of the whole bead as it was', () => {
    const { enBags, zhBags, idf, match } = matcherOf(['Rain is expected on Friday.', 'Take an umbrella!'], ['周五预计有雨，记得带伞！']);
    match.gain(0, 2, 0, 1, 1, false);
    expect(match(0, 2, 0, 1)).toEqual(matchBags(enBags, zhBags, idf));
  });
});
