import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';
import { pair } from '../../src/pipeline/pair/index.js';
import type { Block, Pair } from '../../src/types.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { confidences } from '../../src/pipeline/pair/confidence.js';
import { leadingSentenceShares, type WordEvidence } from '../../src/pipeline/pair/bead-cost.js';
import type { Item } from '../../src/pipeline/pair/streams.js';
import type { Bead } from '../../src/pipeline/pair-dp.js';
import { textSignals } from '../../src/pipeline/pair-signals.js';
import { describePairs, fixture, SEED_PAIRS } from './seed.js';

function run(name: string): { blocks: Block[]; pairs: Pair[] } {
  const blocks = split(fixture(name));
  return { blocks, pairs: pair(blocks) };
}

/** Every en and zh block in exactly one pair; ids p1… in order; scores in 0..1. */
function expectWellFormed(blocks: Block[], pairs: Pair[]): void {
  const seen = new Map<string, number>();
  for (const p of pairs) for (const id of [...p.en, ...p.zh]) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const b of blocks) if (b.lang !== 'und') expect(seen.get(b.id), b.id).toBe(1);
  expect(pairs.map((p) => p.id)).toEqual(pairs.map((_, k) => `p${k + 1}`));
  for (const p of pairs) {
    expect(p.score).toBeGreaterThanOrEqual(0);
    expect(p.score).toBeLessThanOrEqual(1);
  }
}

const twoSided = (pairs: Pair[]) => pairs.filter((p) => p.en.length && p.zh.length);

describe('pair: the seed article', () => {
  const { blocks, pairs } = run('chengdu-software-2024.txt');

  it('pairs 13 paragraphs 1-1, the title across the dateline', () => {
    expect(twoSided(pairs)).toHaveLength(13);
    expect(pairs[0]).toMatchObject({ en: ['b1'], zh: ['b3'] });
    expect(describePairs(blocks, pairs)).toEqual(SEED_PAIRS);
    expectWellFormed(blocks, pairs);
  });

  it('leaves the dateline, the URL and the related-news list unpaired', () => {
    const paired = new Set(twoSided(pairs).flatMap((p) => [...p.en, ...p.zh]));
    for (const text of ['11 January 2024', 'www.cqcb.com']) {
      expect(paired.has(blocks.find((b) => b.text === text)!.id)).toBe(false);
    }
    expect(paired.has(blocks[28]!.id)).toBe(false);
    expect(pairs.some((p) => p.en.includes('b28') || p.zh.includes('b28'))).toBe(false);
  });

  it('is confident in every link', () => {
    for (const p of twoSided(pairs)) expect(p.score).toBeGreaterThan(0.8);
  });
});

describe('pair: derived layouts of the seed', () => {
  it.each([
    'chengdu-software-2024.zh-first.txt',
    'chengdu-software-2024.lines.txt',
  ])('%s gives the seed pairs', (name) => {
    const { blocks, pairs } = run(name);
    expect(describePairs(blocks, twoSided(pairs))).toEqual(SEED_PAIRS.filter((p) => !p.endsWith('= ')));
    expectWellFormed(blocks, pairs);
  });

  it('keeps partners together when paragraphs are reordered', () => {
    const { blocks, pairs } = run('chengdu-software-2024.reordered.txt');
    expect(new Set(describePairs(blocks, pairs))).toEqual(new Set(SEED_PAIRS));
    expectWellFormed(blocks, pairs);
  });

  it('leaves the paragraph whose translation was dropped alone, confidently', () => {
    const { blocks, pairs } = run('chengdu-software-2024.dropped.txt');
    const described = describePairs(blocks, pairs);
    expect(described).toContain('Sun Wenlong, c = ');
    expect(twoSided(pairs)).toHaveLength(12);
    expect(described.filter((d) => d !== 'Sun Wenlong, c = ')).toEqual(SEED_PAIRS.filter((p) => !p.startsWith('Sun Wenlong')));
    expect(pairs.find((p) => describePairs(blocks, [p])[0] === 'Sun Wenlong, c = ')!.score).toBeGreaterThan(0.9);
  });

  it('pairs two files, with ids unique across both and each block in its own file', () => {
    const en = split(fixture('chengdu-software-2024.en.txt'), { source: 'a.en.txt' });
    const zh = split(fixture('chengdu-software-2024.zh.txt'), { source: 'a.zh.txt', idStart: en.length });
    const blocks = [...en, ...zh];
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
    expect(zh[0]).toMatchObject({ id: `b${en.length + 1}`, source: 'a.zh.txt', line: 1, column: 1 });
    const pairs = pair(blocks);
    expect(describePairs(blocks, pairs)).toEqual(SEED_PAIRS);
    expectWellFormed(blocks, pairs);
  });
});

describe('pair: a paragraph moved in the Chinese file only', () => {
  const enText = fixture('chengdu-software-2024.en.txt');
  const zhParagraphs = fixture('chengdu-software-2024.zh.txt').split(/\n\s*\n/).filter((p) => p.trim());

  /** The two seed files, with the Chinese paragraph at `from` moved to `to`. */
  function moved(from: number, to: number): { blocks: Block[]; pairs: Pair[] } {
    const order = [...zhParagraphs];
    const [paragraph] = order.splice(from, 1);
    order.splice(to, 0, paragraph!);
    const en = split(enText, { source: 'a.en.txt' });
    const zh = split(order.join('\n\n'), { source: 'a.zh.txt', idStart: en.length });
    const blocks = [...en, ...zh];
    return { blocks, pairs: pair(blocks) };
  }

  it.each([
    ['the rankings paragraph to the top', 9, 0],
    ['the rankings paragraph up four places', 9, 5],
    ['the title to the middle', 0, 6],
    ['the opening paragraph three places down', 1, 4],
    ['the last but one paragraph up two places', 11, 9],
  ])('pairs every paragraph with its translation: %s', (_, from, to) => {
    const { blocks, pairs } = moved(from, to);
    expect(new Set(describePairs(blocks, pairs))).toEqual(new Set(SEED_PAIRS));
    expectWellFormed(blocks, pairs);
  });

  it('keeps the pairs in English order, the moved link crossing the others', () => {
    const { blocks, pairs } = moved(9, 0);
    const index = new Map(blocks.map((b) => [b.id, b.index]));
    const firsts = pairs.filter((p) => p.en.length).map((p) => index.get(p.en[0]!)!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const link = pairs.find((p) => describePairs(blocks, [p])[0]!.startsWith('At the confere'))!;
    expect(link.zh).toEqual([blocks.find((b) => b.source === 'a.zh.txt')!.id]);
  });

  it('does not trust a link against the order as much as one along it', () => {
    const { blocks, pairs } = moved(9, 0);
    const link = pairs.find((p) => describePairs(blocks, [p])[0]!.startsWith('At the confere'))!;
    expect(link.score).toBeGreaterThan(0.5);
    expect(link.score).toBeLessThan(0.9);
  });
});

describe('pair: real-document mess', () => {
  const en1 = 'The conference attracted more than 600 guests from 14 countries and regions, and signed 51 projects worth 66.6 billion yuan.';
  const zh1 = '大会吸引了来自14个国家和地区的600多位嘉宾，签约项目51个，总金额666亿元。';
  const en2 = 'Chengdu has built a complete software industry chain over the past 20 years, with revenue growing by 10.2% last year.';
  const zh2 = '成都经过20年发展，已形成完整的软件产业链，去年收入增长10.2%。';
  const en3 = 'Experts from universities and enterprises discussed open source, industrial software and artificial intelligence at the forum.';
  const zh3 = '来自高校和企业的专家在论坛上围绕开源、工业软件和人工智能展开了讨论。';

  const pairsOf = (parts: string[]) => {
    const blocks = split(parts.join('\n\n'));
    const pairs = pair(blocks);
    expectWellFormed(blocks, pairs);
    return describePairs(blocks, pairs);
  };

  it('pairs a URL line with its twin by position', () => {
    expect(pairsOf([en1, zh1, 'https://example.com/a?b=1', 'https://example.com/a?b=1', en2, zh2])).toEqual([
      'The conference = 大会吸引了来自14个国家和地', 'https://exampl = https://exampl', 'Chengdu has bu = 成都经过20年发展，已形成完',
    ]);
  });

  it('leaves bylines and end marks alone', () => {
    expect(pairsOf(['By Staff Reporter', en1, zh1, en2, zh2, '责任编辑：王芳', '（完）'])).toEqual([
      'By Staff Repor = ', 'The conference = 大会吸引了来自14个国家和地', 'Chengdu has bu = 成都经过20年发展，已形成完',
      ' = 责任编辑：王芳', ' = （完）',
    ]);
  });

  it('pairs a paragraph split in two translations (1-2) and two merged into one (2-1)', () => {
    expect(pairsOf([`${en1} ${en2}`, zh1, zh2, en3, zh3])).toEqual([
      'The conference = 大会吸引了来自14个国家和地 + 成都经过20年发展，已形成完', 'Experts from u = 来自高校和企业的专家在论坛上',
    ]);
    expect(pairsOf([en1, en2, `${zh1}${zh2}`, en3, zh3])).toEqual([
      'The conference + Chengdu has bu = 大会吸引了来自14个国家和地', 'Experts from u = 来自高校和企业的专家在论坛上',
    ]);
  });

  it('follows an order that changes inside the article', () => {
    expect(pairsOf([en1, zh1, zh2, en2, en3, zh3])).toEqual([
      'The conference = 大会吸引了来自14个国家和地', 'Chengdu has bu = 成都经过20年发展，已形成完', 'Experts from u = 来自高校和企业的专家在论坛上',
    ]);
  });

  it('pairs traditional Chinese with pinyin glosses and footnote marks', () => {
    const zhTraditional = '成都經過20年發展，已形成完整的軟(ruǎn)件產業鏈[1]，去年收入增長10.2%。';
    expect(pairsOf([en2, zhTraditional, en1, zh1])).toEqual([
      'Chengdu has bu = 成都經過20年發展，已形成完', 'The conference = 大会吸引了来自14个国家和地',
    ]);
  });

  it('returns no pairs for no blocks, and one-sided pairs for one language', () => {
    expect(pair([])).toEqual([]);
    expect(pairsOf([en1, en2])).toEqual(['The conference = ', 'Chengdu has bu = ']);
  });
});

describe('pair: lexicon evidence', () => {
  it('keeps the seed pairs with the lexicon, loading it only when asked', () => {
    const blocks = split(fixture('chengdu-software-2024.txt'));
    let loads = 0;
    const pairs = pair(blocks, { lexicon: () => { loads++; return loadLexicon(); } });
    expect(loads).toBe(1);
    expect(describePairs(blocks, pairs)).toEqual(SEED_PAIRS);
  });

  it('leaves an untranslated paragraph alone in a three-block document', () => {
    const en = ['Open source software is growing in Chengdu.', 'The weather was mild and the rivers were calm all week long.'];
    const zh = ['成都的开源软件正在发展。'];
    const blocks = split([en[0], zh[0], en[1]].join('\n\n'));
    expect(describePairs(blocks, pair(blocks, { lexicon: loadLexicon }))).toEqual([
      'Open source so = 成都的开源软件正在发展。', 'The weather wa = ',
    ]);
  });
});

describe('pair: two files with blocks of the other language', () => {
  it('keeps an English line of the Chinese file in a pair', () => {
    const en = split('The fair opened in Chengdu on Wednesday.\n\nIt closes on Friday.', { source: 'a.en.txt' });
    const zh = split('博览会周三在成都开幕。\n\nIt closes on Friday.', { source: 'a.zh.txt', idStart: en.length });
    const pairs = pair([...en, ...zh]);
    expect(pairs.map((p) => [p.en, p.zh])).toEqual([[['b1'], ['b3']], [['b2'], ['b4']]]);
  });
});

describe('pair: confidence by word evidence', () => {
  const item = (lang: 'en' | 'zh', text: string, position: number): Item => {
    const block: Block = { id: `b${position + 1}`, index: position, lang, text, start: 0, end: text.length, line: position + 1, column: 1 };
    return { block, signals: textSignals(text), position };
  };
  const en = [item('en', 'Touch wood, so far so good.', 0), item('en', 'A long paragraph of many words.', 2), item('en', 'https://example.org/booking/visit.html', 4)];
  const zh = [item('zh', '谢天谢地，目前一切顺利。', 1), item('zh', '一段很长的无关段落。', 3), item('zh', 'https://example.org/booking/visit.html', 5)];
  const beads: Bead[] = [0, 1, 2].map((k) => ({ enStart: k, enCount: 1, zhStart: k, zhCount: 1, cost: -6, margin: 6 }));
  // A short right link the lexicon finds no shared word in, a long link sharing next to none, a URL given twice.
  const shares = [0, 0.01, 0];
  const weights = [30, 300, 40];
  const evidence: WordEvidence = { share: (i) => shares[i]!, weight: (i) => weights[i]! };
  const scores = confidences(beads, en, zh, () => 0, evidence);

  it('lets a few words shared with none lower a link less than many words shared with next to none', () => {
    expect(scores[0]!).toBeGreaterThan(0.5);
    expect(scores[1]!).toBeLessThan(0.2);
    expect(scores[0]!).toBeGreaterThan(scores[1]!);
  });

  it('keeps the margin of a link whose two sides are the same text', () => {
    expect(scores[2]!).toBeGreaterThan(0.99);
  });
});

describe('leadingSentenceShares: the opening sentences an abridged translation may render', () => {
  it('gives the share of each opening run of sentences', () => {
    const text = 'The bridge opened on Monday after six years of work. Trucks will use it first. Tolls start in May.';
    const shares = leadingSentenceShares(text);
    expect(shares).toHaveLength(2);
    expect(shares[0]).toBeCloseTo(text.indexOf('Trucks') / text.length);
  });

  it('gives none for one sentence, a numbered question or a short opening', () => {
    expect(leadingSentenceShares('The bridge opened on Monday after six years of work.')).toEqual([]);
    expect(leadingSentenceShares('1. When was the Great Wall listed as a World Heritage Site?')).toEqual([]);
    expect(leadingSentenceShares('Mr. Li agreed. The rest of the board did not.')).toEqual([]);
  });
});
