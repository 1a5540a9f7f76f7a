import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import fc from 'fast-check';
import { chineseBag, chineseBagWithin, chineseBlockCache, englishBag, englishBagWithin, englishBlockBag, type ChineseBag } from '../../src/lexicon/score.js';
import { splitSentences } from '../../src/pipeline/sentences.js';

const plain = (b: ChineseBag) => ({ words: b.words.map((w) => [w.text, w.glosses]), pinyin: b.pinyin, marks: b.marks });

/** Chinese paragraphs written for the test: sentences, a quote, Latin and digits inside, words read as a whole. */
const BLOCKS = [
  '重庆市政府周二宣布，长江沿岸的12个区县将获得3.5亿元资金。“我们会继续推进，”市长说。Apple公司在成都设有研发中心！',
  '银行行长表示，重庆和长沙的银行业务增长了百分之五？据悉，这一数字高于预期……另据报道，张伟先生出席了会议。',
  '没有标点的一整段中文文本也应当被完整地读取然后再切分成句子',
  '第一行\n第二行的内容较长一些，包括数字2024年和英文名Li Na。\n第三行',
];

describe('chineseBagWithin', () => {
  const lexicon = loadLexicon();
  it('reads each sentence of a cached block as chineseBag reads the sentence alone', () => {
    const cache = chineseBlockCache();
    for (const block of BLOCKS) {
      expect(plain(chineseBag(block, lexicon, cache))).toEqual(plain(chineseBag(block, lexicon)));
      for (const r of splitSentences(block)) {
        expect(plain(chineseBagWithin(block, r.start, r.end, lexicon, cache))).toEqual(plain(chineseBag(block.slice(r.start, r.end), lexicon)));
      }
    }
  });
  it('reads any piece of a block the same, pieces that cut a Han run or a word reading included', () => {
    const cache = chineseBlockCache();
    const seed = readFileSync('fixtures/chengdu-software-2024.txt', 'utf8').split(/\n\s*\n/).filter((t) => /[\u4e00-\u9fff]/.test(t));
    for (const block of [...BLOCKS, ...seed.slice(0, 6)]) {
      chineseBag(block, lexicon, cache);
      for (let start = 0; start < block.length; start += 3) {
        for (const end of [start + 1, start + 2, start + 5, start + 17, block.length]) {
          if (end > block.length) continue;
          expect(plain(chineseBagWithin(block, start, end, lexicon, cache))).toEqual(plain(chineseBag(block.slice(start, end), lexicon)));
        }
      }
    }
  });
  it('reads a block the cache has not seen from its own text', () => {
    const block = BLOCKS[0]!;
    expect(plain(chineseBagWithin(block, 0, 20, lexicon, chineseBlockCache()))).toEqual(plain(chineseBag(block.slice(0, 20), lexicon)));
  });
});

/** English paragraphs written for the test: abbreviations, quotes, apostrophes, figures, lines. */
const ENGLISH = [
  'The U.S. Treasury said on Monday that 3.5 billion dollars had been paid. "We will go on," Mr. Smith said! Was it enough?',
  'Li Na\'s coach didn\'t travel.Officials in Wuhan\'s banks rose early \u2019tis said; the banks\u2019 staff left at 5 p.m. today.',
  'First line without a stop\nSecond line, with Zhang Wei and O\'Neill.\n\nThird line ends here...',
];

describe('englishBagWithin', () => {
  it('reads each sentence of a cached block as englishBag reads the sentence alone', () => {
    const cache = chineseBlockCache();
    for (const block of ENGLISH) {
      expect(englishBlockBag(block, cache)).toEqual(englishBag(block));
      for (const r of splitSentences(block)) {
        expect(englishBagWithin(block, r.start, r.end, cache)).toEqual(englishBag(block.slice(r.start, r.end)));
      }
    }
  });
  it('reads any piece of a block the same, pieces that cut a word included', () => {
    const piece = fc.constantFrom('The', 'bank', 'Wuhan', "O'Neill", "don't", 'banks\u2019', "'s", 'rose', 'a', 'I', '12', '3.5', '.', ',', '?', '!', '"', ' ', '\n', 'x', "'");
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((xs) => xs.join('')), fc.nat(), fc.nat(), (block, a, b) => {
      const cache = chineseBlockCache();
      englishBlockBag(block, cache);
      const start = block.length ? a % (block.length + 1) : 0;
      const end = start + (block.length - start ? b % (block.length - start + 1) : 0);
      expect(englishBagWithin(block, start, end, cache)).toEqual(englishBag(block.slice(start, end)));
    }), { numRuns: 3000 });
  });
  it('reads a block the cache has not seen from its own text', () => {
    expect(englishBagWithin(ENGLISH[0]!, 4, 40, chineseBlockCache())).toEqual(englishBag(ENGLISH[0]!.slice(4, 40)));
  });
});
