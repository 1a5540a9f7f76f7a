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

// A line is cut into its languages only where it holds a wide code and an ASCII letter or stop.
describe('cuts of a line behind its scripts', () => {
  it('still cuts a figure closing on an ASCII stop from its Chinese, and leaves one script whole', () => {
    const texts = (text: string): string[] => split(text, { lexicon: false }).map((b) => b.text);
    expect(texts('"1." 第一。')).toEqual(['"1."', '第一。']);
    expect(texts('Good morning. 早上好。')).toEqual(['Good morning.', '早上好。']);
    expect(texts('价格上涨了3.5%，创下新高。')).toEqual(['价格上涨了3.5%，创下新高。']);
    expect(texts('该市有3个公园，今年再建两个。')).toEqual(['该市有3个公园，今年再建两个。']);
    expect(texts('The city has three parks. It plans two more.')).toEqual(['The city has three parks. It plans two more.']);
  });
});
