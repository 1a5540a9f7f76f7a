import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';

/** Each block as `text|kind or lang`. */
const shape = (text: string) => split(text).map((b) => `${b.text}|${b.kind ?? b.lang}`);

describe('split: WebVTT cue identifiers written as words, the blank lines lost', () => {
  it('reads a word written as an identifier right above a timing line as a cue', () => {
    const text = [
      'WEBVTT',
      'opening',
      '00:00:00.000 --> 00:00:03.000',
      '欢迎来到海洋馆！',
      'Welcome to the aquarium!',
      'shark-tank',
      '00:00:03.100 --> 00:00:06.500',
      '这个水族箱里有十二条鲨鱼。',
      'This tank holds twelve sharks.',
      '',
    ].join('\n');
    expect(shape(text)).toEqual([
      'WEBVTT|cue', 'opening|cue', '00:00:00.000 --> 00:00:03.000|cue', '欢迎来到海洋馆！|zh', 'Welcome to the aquarium!|en',
      'shark-tank|cue', '00:00:03.100 --> 00:00:06.500|cue', '这个水族箱里有十二条鲨鱼。|zh', 'This tank holds twelve sharks.|en',
    ]);
  });

  it('keeps a cue\'s own one-word text as text: a capitalised word, or a word right under its timing', () => {
    const text = [
      'WEBVTT',
      '00:00:00.000 --> 00:00:01.500',
      'Hello',
      '00:00:01.600 --> 00:00:03.000',
      'sharks',
      '00:00:03.100 --> 00:00:05.000',
      'They are hungry.',
      '',
    ].join('\n');
    expect(shape(text).filter((b) => !b.endsWith('|cue'))).toEqual(['Hello|en', 'sharks|en', 'They are hungry.|en']);
  });
});
