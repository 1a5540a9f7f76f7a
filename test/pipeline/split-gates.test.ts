import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';

// A line's opening timestamp is looked for only where the line opens with `[` or a digit.
describe('timestamp prefixes behind their first character', () => {
  it('splits a bracketed or cue timestamp off its line, and leaves other lines whole', () => {
    const texts = (text: string): string[] => split(text).map((b) => b.text);
    expect(texts('[00:04.52] The river runs east\n\n[00:09.10] 江水向东流')).toEqual(['[00:04.52]', 'The river runs east', '[00:09.10]', '江水向东流']);
    expect(texts('00:00:01,000 --> 00:00:04,000 The river runs east')).toEqual(['00:00:01,000 --> 00:00:04,000', 'The river runs east']);
    expect(texts('The river runs east\n\n江水向东流')).toEqual(['The river runs east', '江水向东流']);
  });
});
