import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { beadMatcher, chineseBag, englishBag, idfOfBags } from '../../src/lexicon/score.js';
import { alignTexts } from '../../src/pipeline/sentence-align.js';
import { doublingRatio } from './timing.js';

/**
 * Throughput on big input: the lexical bead match, the sentence aligner and a whole run must
 * take time linear in the input. Doubling the input at most about doubles the time: each test
 * measures n and 4n and allows three times per doubling (the square root of the 4n/n ratio), so
 * a loaded machine does not make them fail while a quadratic stage (four times) still does.
 */

const lexicon = loadLexicon();
const TOWNS = ['Wuhan', 'Chengdu', 'Nanjing', 'Xi\'an', 'Kunming', 'Lanzhou'];
const TOWNS_ZH = ['武汉', '成都', '南京', '西安', '昆明', '兰州'];

/** Line `k` of a pair of files, one sentence a line, in three shapes with their own numbers and towns. */
function lines(n: number): { en: string[]; zh: string[] } {
  const en: string[] = [];
  const zh: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = k % TOWNS.length;
    const hour = (k % 12) + 1;
    switch (k % 3) {
      case 0:
        en.push(`The train to ${TOWNS[t]!} left at ${hour} o'clock with ${100 + k} passengers on board.`);
        zh.push(`开往${TOWNS_ZH[t]!}的火车${hour}点出发，车上有${100 + k}名乘客。`);
        break;
      case 1:
        en.push(`Rain fell on the river all night, and the old bridge was closed for ${k % 9 + 2} days.`);
        zh.push(`河上下了一夜的雨，老桥关闭了${k % 9 + 2}天。`);
        break;
      default:
        en.push(`"Will the market open tomorrow?" the teacher asked his ${k % 7 + 2} students.`);
        zh.push(`“明天市场开门吗？”老师问他的${k % 7 + 2}个学生。`);
    }
  }
  return { en, zh };
}

describe('throughput on big input', () => {
  it('the sentence aligner pairs each line with its translation', () => {
    const { en, zh } = lines(60);
    const links = alignTexts(en, zh, lexicon);
    expect(links.map((l) => `${l.en.join(',')}:${l.zh.join(',')}`)).toEqual(en.map((_, k) => `${k}:${k}`));
  });

  it('the sentence aligner is linear in the number of lines', () => {
    const sets = new Map([300, 1200].map((n) => [n, lines(n)]));
    expect(doublingRatio(300, (n) => alignTexts(sets.get(n)!.en, sets.get(n)!.zh, lexicon))).toBeLessThan(3);
  }, 60_000);

  it('matching every bead of a band is linear in the number of bags', () => {
    const bags = new Map([200, 800].map((n) => {
      const { en, zh } = lines(n);
      return [n, { en: en.map(englishBag), zh: zh.map((t) => chineseBag(t, lexicon)) }];
    }));
    const matchBand = (n: number) => {
      const { en, zh } = bags.get(n)!;
      const match = beadMatcher(en, zh, idfOfBags(en, zh));
      let sum = 0;
      for (let i = 0; i < n; i++) {
        for (let j = Math.max(0, i - 8); j < Math.min(n, i + 8); j++) {
          for (let di = 1; di <= 2 && i + di <= n; di++) for (let dj = 1; dj <= 2 && j + dj <= n; dj++) sum += match(i, di, j, dj).matched;
        }
      }
      return sum;
    };
    expect(doublingRatio(200, matchBand)).toBeLessThan(3);
  }, 60_000);

  it('a whole run is linear in the size of an interleaved article', () => {
    const seed = readFileSync(new URL('../../fixtures/chengdu-software-2024.txt', import.meta.url), 'utf8');
    const article = (copies: number) => Array.from({ length: copies }, () => seed).join('\n\n');
    const texts = new Map([2, 8].map((n) => [n, article(n)]));
    expect(doublingRatio(2, (n) => align(texts.get(n)!, { path: 'article.txt' }))).toBeLessThan(3);
  }, 120_000);
});
