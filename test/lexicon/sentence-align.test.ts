import { describe, expect, it } from 'vitest';
import { alignFiles } from '../../src/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { alignTexts } from '../../src/pipeline/sentence-align.js';
import { doublingRatio } from '../perf/timing.js';

const lexicon = loadLexicon();
const shape = (links: { en: number[]; zh: number[] }[]) => links.map((l) => `${l.en.join(',')}:${l.zh.join(',')}`);

describe('alignTexts', () => {
  it('finds 1-2 and 2-1 links by their words', () => {
    const en = [
      'The snow had been falling since morning.',
      'Old Zhou opened the door and looked out; the yard was white.',
      '"Will you go to town tomorrow?" his wife asked.',
      'He did not answer.',
      'He lit his pipe.',
      'Then he sat by the stove for a long time.',
    ];
    const zh = [
      '雪从早上就开始下了。',
      '老周打开门往外看。',
      '院子里一片白。',
      '“你明天进城吗？”他老婆问。',
      '他没有回答。',
      '他点上烟斗，在炉子旁边坐了很久。',
    ];
    expect(shape(alignTexts(en, zh, lexicon))).toEqual(['0:0', '1:1,2', '2:3', '3:4', '4,5:5']);
  });

  it('leaves a line without translation alone', () => {
    const en = ['The train left at six.', 'Nobody came to see him off.', 'He slept until Wuhan.'];
    const zh = ['火车六点开。', '这一章的注释在书后。', '没有人来送他。', '他一直睡到武汉。'];
    expect(shape(alignTexts(en, zh, lexicon))).toEqual(['0:0', ':1', '1:2', '2:3']);
  });

  it('is empty for empty input and all partnerless for one empty side', () => {
    expect(alignTexts([], [], lexicon)).toEqual([]);
    expect(shape(alignTexts(['One.'], [], lexicon))).toEqual(['0:']);
  });

  it('weighs a sentence of thousands of figures against its partner in time linear in them', () => {
    // A pasted list with no full stop: one sentence a side whose figures (marks) number thousands.
    const texts = (n: number) => {
      const figures = Array.from({ length: n }, (_, i) => 3 * i + 7);
      return {
        en: ['The list was read out.', `It counted ${figures.map((f) => `${f} boxes`).join(', ')}.`],
        zh: ['名单已宣读。', `共计${figures.map((f) => `${f}箱`).join('，')}。`],
      };
    };
    const inputs = new Map([1_000, 4_000].map((n) => [n, texts(n)]));
    const linked = alignTexts(inputs.get(1_000)!.en, inputs.get(1_000)!.zh, lexicon);
    expect(shape(linked)).toEqual(['0:0', '1:1']);
    expect(doublingRatio(1_000, (n) => alignTexts(inputs.get(n)!.en, inputs.get(n)!.zh, lexicon))).toBeLessThan(3);
  }, 60_000);
});

describe('alignFiles in line mode', () => {
  it('pairs the lines of two files as sentences', () => {
    const result = alignFiles(
      { text: 'The river froze early that winter.\nThe children skated on it every day, and their mother worried.\n', path: 'en.txt' },
      { text: '那年冬天河水很早就结了冰。\n孩子们每天都在冰上滑冰。\n他们的母亲很担心。\n', path: 'zh.txt' },
      { split: 'line' },
    );
    expect(result.pairs.map((p) => `${p.en.join(',')}:${p.zh.join(',')}`)).toEqual(['b1:b3', 'b2:b4,b5']);
  });
});
