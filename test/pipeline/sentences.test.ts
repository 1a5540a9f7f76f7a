import { describe, expect, it } from 'vitest';
import { alignSentences, splitSentences } from '../../src/pipeline/sentences.js';
import { split } from '../../src/pipeline/split.js';
import { pair } from '../../src/pipeline/pair/index.js';
import { fixture } from './seed.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['Zhang Li spoke first. Sun Wenlong spoke next.', ['Zhang Li spoke first.', 'Sun Wenlong spoke next.']],
    ['from three aspects.The first is to adhere', ['from three aspects.', 'The first is to adhere']],
    ['It runs on Node.js and Vue.Its rival', ['It runs on Node.js and Vue.', 'Its rival']],
    ['Revenue grew 10.2% to 6.6 billion yuan. It was a record.', ['Revenue grew 10.2% to 6.6 billion yuan.', 'It was a record.']],
    ['Mr. Makarov came on Jan. 10 to the U.S. office. He left.', ['Mr. Makarov came on Jan. 10 to the U.S. office.', 'He left.']],
    ['With the theme of «New Journey. New Track. New Change», the fair set up 14 activities.',
      ['With the theme of «New Journey. New Track. New Change», the fair set up 14 activities.']],
    ['"Are you coming?" he asked. "Yes!"', ['"Are you coming?" he asked.', '"Yes!"']],
    ['1月11日，大会在成都举行。为期2天的本届软洽会设置了14项活动！你去吗？', ['1月11日，大会在成都举行。', '为期2天的本届软洽会设置了14项活动！', '你去吗？']],
    ['他说：“我们来了。你们呢？”然后走了。', ['他说：“我们来了。你们呢？”', '然后走了。']],
    ['等等……他回来了。', ['等等……', '他回来了。']],
    ['First line without a stop\nsecond line', ['First line without a stop', 'second line']],
    ['\u3000新的一年．开始了。\u3000', ['新的一年．', '开始了。']],
    ['Go.It works. ok then.', ['Go.It works. ok then.']],
    ['He said (it was late. very late) and left! Then?', ['He said (it was late. very late) and left!', 'Then?']],
    ['', []],
    ['   ', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('alignSentences', () => {
  const blocks = split(fixture('chengdu-software-2024.txt'));
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const pairs = pair(blocks).filter((p) => p.en.length && p.zh.length);
  const linksOf = (k: number) => alignSentences(pairs[k]!.en.map((id) => byId.get(id)!), pairs[k]!.zh.map((id) => byId.get(id)!));

  it('covers every sentence of both sides once, in order, inside its block', () => {
    for (let k = 0; k < pairs.length; k++) {
      const links = linksOf(k);
      const en = links.flatMap((l) => l.en);
      const zh = links.flatMap((l) => l.zh);
      const enBlock = byId.get(pairs[k]!.en[0]!)!;
      expect(en.map((s) => s.start)).toEqual([...en.map((s) => s.start)].sort((a, b) => a - b));
      for (const s of en) {
        expect(s.start).toBeGreaterThanOrEqual(enBlock.start);
        expect(s.end).toBeLessThanOrEqual(enBlock.end);
      }
      expect(zh.length).toBeGreaterThan(0);
      for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0);
    }
  });

  it('links the two sentences of the opening paragraph to the two of its translation', () => {
    const links = linksOf(1);
    const text = (s: { start: number; end: number }) => fixture('chengdu-software-2024.txt').slice(s.start, s.end);
    expect(links).toHaveLength(2);
    expect(text(links[0]!.en[0]!)).toMatch(/^On January 10-11th/);
    expect(text(links[0]!.zh[0]!)).toMatch(/^1月11日/);
    expect(text(links[1]!.zh[0]!)).toMatch(/^为期2天/);
    expect(links[0]!.en[0]).toMatchObject({ line: 7, column: 1, block: pairs[1]!.en[0] });
  });

  it('gives one link with both sides for single sentences and nothing for nothing', () => {
    const [en, zh] = split('The title.\n\n标题。');
    expect(alignSentences([en!], [zh!])).toEqual([{ en: [expect.objectContaining({ block: 'b1' })], zh: [expect.objectContaining({ block: 'b2' })], score: 1 }]);
    expect(alignSentences([], [])).toEqual([]);
  });
});
