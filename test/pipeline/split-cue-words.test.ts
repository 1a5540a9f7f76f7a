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

describe('split: WebVTT comment, style and region blocks', () => {
  it('reads the lines of a NOTE, STYLE or REGION block, up to the blank line, as no caption', () => {
    const text = [
      'WEBVTT',
      '',
      'NOTE',
      'Captions for the museum tour, first floor.',
      'Checked against the guide\'s script.',
      '',
      'STYLE',
      '::cue {',
      '  color: white;',
      '}',
      '',
      'REGION',
      'id:left',
      'width:40%',
      '',
      '00:00:01.000 --> 00:00:03.500',
      'This hall shows tools from the Stone Age.',
      '这个展厅展出石器时代的工具。',
      '',
      'NOTE the next cue was shortened',
      '',
      '00:00:04.000 --> 00:00:06.000',
      'Please do not touch the glass.',
      '请勿触摸玻璃。',
      '',
    ].join('\n');
    expect(shape(text).filter((b) => !b.endsWith('|cue'))).toEqual([
      'This hall shows tools from the Stone Age.|en', '这个展厅展出石器时代的工具。|zh',
      'Please do not touch the glass.|en', '请勿触摸玻璃。|zh',
    ]);
  });

  it('ends a NOTE block at the next cue\'s identifier or timing where the blank lines are lost', () => {
    const text = [
      'WEBVTT',
      'NOTE Made for the open day.',
      'hall-1',
      '00:00:01.000 --> 00:00:03.000',
      'This hall shows old coins.',
      '这个展厅展出古钱币。',
      'NOTE',
      'Checked twice.',
      '00:00:03.500 --> 00:00:05.000',
      'The shop is on the left.',
      '商店在左边。',
      '',
    ].join('\n');
    expect(shape(text).filter((b) => !b.endsWith('|cue'))).toEqual([
      'This hall shows old coins.|en', '这个展厅展出古钱币。|zh', 'The shop is on the left.|en', '商店在左边。|zh',
    ]);
  });

  it('leaves a line opening on the word Note as text outside a WebVTT file, and a caption saying NOTE after a timing', () => {
    expect(shape('NOTE\nThe museum closes early on Fridays.\n\n博物馆周五提前闭馆。\n').filter((b) => !b.endsWith('|cue') && !b.endsWith('|chrome')))
      .toContain('The museum closes early on Fridays.|en');
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:02.000', 'Note the old map on the wall.', '注意墙上的旧地图。', ''].join('\n');
    expect(shape(vtt)).toContain('Note the old map on the wall.|en');
  });
});
