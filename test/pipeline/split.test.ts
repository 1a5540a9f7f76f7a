import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';
import { fixture } from './seed.js';

const texts = (input: string, mode?: 'auto' | 'blank' | 'line') => split(input, { mode }).map((b) => b.text);

describe('split: modes', () => {
  const cases: [string, string, 'auto' | 'blank' | 'line', string[]][] = [
    ['blank lines', 'One.\n\nTwo.\n\n\nThree.', 'auto', ['One.', 'Two.', 'Three.']],
    ['whitespace-only lines count as blank', 'One.\n   \t\nTwo.\n\u3000\nThree.', 'blank', ['One.', 'Two.', 'Three.']],
    ['CRLF line ends', 'One.\r\n\r\nTwo.\r\n', 'auto', ['One.', 'Two.']],
    ['one paragraph per line, no blank lines', 'First paragraph here.\n第一段。\nSecond one.\n第二段。', 'auto',
      ['First paragraph here.', '第一段。', 'Second one.', '第二段。']],
    ['line mode splits a blank-separated group', 'a b\nc d\n\ne f', 'line', ['a b', 'c d', 'e f']],
    ['blank mode keeps lines together', 'Related news\nFirst story\nSecond story', 'blank', ['Related news\nFirst story\nSecond story']],
    ['a change of language inside a group starts a block', 'An English line.\n一行中文。\n\nMore text.', 'auto',
      ['An English line.', '一行中文。', 'More text.']],
    ['bullets start blocks', 'Highlights\n• First point\n• Second point', 'auto', ['Highlights', '• First point', '• Second point']],
    ['indentation marks paragraphs', '  The first paragraph starts\nand goes on here.\n  The second one starts\nand ends here.\n  A third\nand last.',
      'auto', ['The first paragraph starts\nand goes on here.', 'The second one starts\nand ends here.', 'A third\nand last.']],
  ];
  it.each(cases)('%s', (_name, input, mode, expected) => {
    expect(texts(input, mode)).toEqual(expected);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = [
      'The conference was held in Chengdu over two days and set up fourteen',
      'activities in five aspects, including theme conferences and salons.',
      'Representatives of more than ten provinces and cities attended it',
      'and signed agreements worth nearly seven billion yuan on the spot.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([wrapped]);
  });

  it('keeps the multi-line related-news list of the seed as one block', () => {
    const blocks = split(fixture('chengdu-software-2024.txt'));
    expect(blocks).toHaveLength(29);
    expect(blocks[28]!.text.startsWith('Related news\nA big boost')).toBe(true);
  });

  it('reads the one-per-line seed as one block per line', () => {
    expect(split(fixture('chengdu-software-2024.lines.txt'))).toHaveLength(32);
  });
});

describe('split: spans and ids', () => {
  it('gives offsets, 1-based lines and columns, and the exact text', () => {
    const input = 'Title\n\n  Indented paragraph  \nsecond line\n\n标题';
    const blocks = split(input, { mode: 'blank' });
    expect(blocks.map((b) => [b.id, b.index, b.line, b.column, b.lang])).toEqual([
      ['b1', 0, 1, 1, 'en'], ['b2', 1, 3, 3, 'en'], ['b3', 2, 6, 1, 'zh'],
    ]);
    for (const b of blocks) expect(input.slice(b.start, b.end)).toBe(b.text);
    expect(blocks[1]!.text).toBe('Indented paragraph  \nsecond line');
  });

  it('numbers ids from idStart and carries the source', () => {
    const blocks = split('一。\n\n二。', { source: 'a.zh.txt', idStart: 5 });
    expect(blocks.map((b) => [b.id, b.index, b.source])).toEqual([['b6', 5, 'a.zh.txt'], ['b7', 6, 'a.zh.txt']]);
  });

  it('finds the seed blocks where they are', () => {
    const text = fixture('chengdu-software-2024.txt');
    const blocks = split(text);
    expect(blocks.slice(0, 3).map((b) => [b.line, b.lang])).toEqual([[1, 'en'], [3, 'en'], [5, 'zh']]);
    expect(blocks.find((b) => b.text === 'www.cqcb.com')?.lang).toBe('und');
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('returns nothing for blank input', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n\t\n')).toEqual([]);
  });
});
