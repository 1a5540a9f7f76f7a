import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { beadMatcher, chineseBag, englishBag, idfOfBags } from '../../src/lexicon/score.js';
import { alignMonotonic, MOVES, type BeadCost, type Orientation } from '../../src/pipeline/pair-dp.js';
import { beadCost, wordEvidence } from '../../src/pipeline/pair/bead-cost.js';
import { COST, INTERLEAVED_COST } from '../../src/pipeline/pair/costs.js';
import { isInterleaved, streams } from '../../src/pipeline/pair/streams.js';
import { textSignals } from '../../src/pipeline/pair-signals.js';
import { split } from '../../src/pipeline/split.js';

/**
 * The pairing search asks a bead's cost only when the bead's `floor` (a cheaper bound) could
 * still better a cell or a margin, and keeps the word evidence of beads in a table of its own.
 * Neither may change what the search finds: the same beads, costs and margins as a search that
 * asks every cost, and a floor never above the cost.
 */

const lexicon = loadLexicon();
const seed = readFileSync(new URL('../../fixtures/chengdu-software-2024.txt', import.meta.url), 'utf8');
const seedZhFirst = readFileSync(new URL('../../fixtures/chengdu-software-2024.zh-first.txt', import.meta.url), 'utf8');
const seedReordered = readFileSync(new URL('../../fixtures/chengdu-software-2024.reordered.txt', import.meta.url), 'utf8');

/** A page of short paragraphs in both languages, some untranslated, some split differently. */
const page = [
  'Flood season arrives in Wuhan',
  '武汉迎来汛期',
  'The Yangtze River rose 2.3 metres at Hankou on Tuesday, the highest level since 2020.',
  '周二，长江汉口站水位上涨2.3米，为2020年以来最高。',
  'About 1,200 workers reinforced the embankments overnight.',
  'Officials said the water would peak on Friday.',
  '约1200名工人连夜加固堤坝。官员表示，水位将于周五达到峰值。',
  'Photo by Liu Kun / Hubei Daily',
  'Residents of Jiang\'an district were told to move valuables upstairs,',
  'and schools near the river closed for the week.',
  '江岸区居民被告知将贵重物品搬到楼上，沿江学校停课一周。',
  '编者按：本文数据来自湖北省水利厅。',
  'Editor\'s note: figures come from the Hubei water resources department.',
].join('\n\n');

describe('pairing search with cost floors', () => {
  it('finds the same beads, costs and margins as a search that asks every cost (random costs, ties)', () => {
    const grid = fc.record({
      nEn: fc.integer({ min: 1, max: 9 }),
      nZh: fc.integer({ min: 1, max: 9 }),
      width: fc.integer({ min: 1, max: 4 }),
      oriented: fc.boolean(),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
    });
    fc.assert(fc.property(grid, ({ nEn, nZh, width, oriented, seed: s }) => {
      // Small integer costs make ties common; floors lie 0 to 3 below, or are exact.
      let state = s;
      const next = () => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return state >>> 8;
      };
      const table = new Map<string, { cost: number; floor: number }>();
      const entry = (i: number, di: number, j: number, dj: number) => {
        const key = `${i},${di},${j},${dj}`;
        let e = table.get(key);
        if (!e) {
          const roll = next() % 10;
          // Leaving a block alone is always allowed, as in pairing; a link may be forbidden.
          const cost = roll === 0 && di > 0 && dj > 0 ? Infinity : (next() % 9) - 4;
          e = { cost, floor: roll === 1 ? cost : cost - (next() % 4) };
          table.set(key, e);
        }
        return e;
      };
      let plainAsks = 0;
      let flooredAsks = 0;
      const plain: BeadCost = (i, di, j, dj) => {
        plainAsks++;
        return entry(i, di, j, dj).cost;
      };
      const floored: BeadCost = (i, di, j, dj) => {
        flooredAsks++;
        return entry(i, di, j, dj).cost;
      };
      floored.floor = (i, di, j, dj) => entry(i, di, j, dj).floor;
      const orientation: Orientation | undefined = oriented ? { of: (i, _di, j) => ((i + j) % 3 === 0 ? 1 : 0), flip: 1 } : undefined;
      const center = (i: number) => (i * nZh) / nEn;
      const a = alignMonotonic(nEn, nZh, plain, center, width, MOVES, orientation);
      const b = alignMonotonic(nEn, nZh, floored, center, width, MOVES, orientation);
      expect(b).toEqual(a);
      expect(flooredAsks).toBeLessThanOrEqual(plainAsks);
    }), { numRuns: 400 });
  });

  it('never puts a bead\'s floor above its cost (documents of several shapes, both profiles)', () => {
    const texts = [seed, seedZhFirst, seedReordered, page, `${seed}\n\n${page}`];
    let beads = 0;
    for (const text of texts) {
      const { en, zh } = streams(split(text, { mode: 'auto' }));
      const evidence = wordEvidence(en, zh, lexicon);
      for (const interleaved of [isInterleaved(en, zh), false]) {
        for (const profile of [INTERLEAVED_COST, COST]) {
          const cost = beadCost({ en, zh, profile, length: { ratio: 3.2, sigma: profile.sigma }, interleaved, evidence });
          for (let i = 0; i < en.length; i++) {
            for (let j = 0; j < zh.length; j++) {
              for (const [di, dj] of MOVES) {
                if (di === 0 || dj === 0 || i + di > en.length || j + dj > zh.length) continue;
                const c = cost(i, di, j, dj);
                const f = cost.floor!(i, di, j, dj);
                beads++;
                if (!(f <= c)) expect({ i, di, j, dj, floor: f }).toEqual({ i, di, j, dj, floor: c });
              }
            }
          }
        }
      }
    }
    expect(beads).toBeGreaterThan(1000);
  });

  it('never finds the same text in two texts of which only one holds a Han character (the bead cost asks no key then)', () => {
    const piece = fc.constantFrom('Wuhan', ' ', '，', '.', '2024', '武汉', '２０２４', 'ＡＢＣ', '（', '"', '\u3000', '\uf900', 'İ', '𠀀', '-', 'x');
    const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
    const han = (t: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(t);
    fc.assert(fc.property(text, text, (a, b) => {
      if (han(a) !== han(b)) expect(textSignals(a).key === textSignals(b).key && textSignals(a).key !== '').toBe(false);
    }), { numRuns: 2000 });
  });

  it('gives each bead the word evidence its matcher gives, asked in any order, as the table grows and when it is emptied', () => {
    const text = [seed, page, seedReordered].join('\n\n');
    const { en, zh } = streams(split(text, { mode: 'auto' }));
    // The table as a document uses it, and one emptied every 500 beads.
    const evidences = [wordEvidence(en, zh, lexicon), wordEvidence(en, zh, lexicon, undefined, 500)];
    const enBags = en.map((x) => englishBag(x.block.text));
    const zhBags = zh.map((x) => chineseBag(x.block.text, lexicon));
    const match = beadMatcher(enBags, zhBags, idfOfBags(enBags, zhBags));
    const asks: [number, number, number, number][] = [];
    for (let i = 0; i < en.length; i++) {
      for (let di = 0; di <= 3 && i + di <= en.length; di++) {
        for (let j = 0; j < zh.length; j++) {
          for (let dj = 0; dj <= 3 && j + dj <= zh.length; dj++) if (di + dj > 0) asks.push([i, di, j, dj]);
        }
      }
    }
    expect(asks.length).toBeGreaterThan(3 * 4096);
    // A fixed shuffle, then every bead a second time in another order.
    let state = 7;
    for (let k = asks.length - 1; k > 0; k--) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const r = (state >>> 8) % (k + 1);
      [asks[k], asks[r]] = [asks[r]!, asks[k]!];
    }
    for (const [evidence, order] of evidences.flatMap((e) => [[e, asks], [e, asks.slice().reverse()]] as const)) {
      for (const [i, di, j, dj] of order) {
        const m = match(i, di, j, dj);
        const share = m.total > 0 ? Math.min(1, m.matched / m.total) : 0;
        if (evidence.share(i, di, j, dj) !== share || evidence.weight(i, di, j, dj) !== m.total) {
          expect({ i, di, j, dj, share: evidence.share(i, di, j, dj), weight: evidence.weight(i, di, j, dj) }).toEqual({ i, di, j, dj, share, weight: m.total });
        }
      }
    }
  });
});
