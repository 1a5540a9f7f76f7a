import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLemmas, englishWords, lemma, STOP_WORDS } from '../../src/lexicon/english.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { OWN_IDF, beadMatcher, chineseBag, englishBag, idfOfBags, matchBags, numberedGlosses, type BagMatch, type ChineseBag, type EnglishBag, type Idf } from '../../src/lexicon/score.js';
import { split } from '../../src/pipeline/split.js';

/** The matcher on sets and maps that the numbered one replaces: the reference, sums in the same order. */
function referenceMatch(en: readonly EnglishBag[], zh: readonly ChineseBag[], idf?: Idf): BagMatch {
  const unseen = idf?.unseen ?? 1;
  const lemmas = new Set<string>();
  for (const b of en) for (const l of b.lemmas) lemmas.add(l);
  const glosses = new Set<string>();
  const zhWords = new Map<string, readonly string[]>();
  for (const b of zh) for (const w of b.words) {
    zhWords.set(w.text, w.glosses);
    for (const g of w.glosses) glosses.add(g);
  }
  let matched = 0;
  let total = 0;
  const named = new Set<string>();
  for (const b of en) for (const n of b.names) {
    const l = lemma(n);
    if (named.has(l) || glosses.has(l)) continue;
    if (zh.some((z) => z.pinyin.includes(n))) named.add(l);
  }
  for (const l of lemmas) {
    const w = idf?.en.get(l) ?? unseen;
    total += w;
    if (glosses.has(l)) matched += w;
    else if (named.has(l)) {
      matched += w + 3;
      total += 3;
    }
  }
  for (const [text, g] of zhWords) {
    const w = idf?.zh.get(text) ?? unseen;
    total += w;
    if (g.some((x) => lemmas.has(x))) matched += w;
  }
  const enMarks = new Set<string>();
  for (const b of en) for (const m of b.marks) enMarks.add(m);
  const zhMarks = new Set<string>();
  for (const b of zh) for (const m of b.marks) zhMarks.add(m);
  for (const m of enMarks) {
    total += 1;
    if (zhMarks.has(m)) matched += 2;
  }
  total += zhMarks.size;
  return { matched, total };
}

const lemmaOf = fc.constantFrom('river', 'flood', 'wall', 'city', 'chengdu', 'wang', 'bank', 'rise', 'year', 'li');
const distinct = <T>(xs: T[]): T[] => [...new Set(xs)];
const englishBags = fc.record({
  lemmas: fc.array(lemmaOf, { maxLength: 8 }).map(distinct),
  names: fc.array(fc.constantFrom('chengdu', 'wang', 'li', 'zhang', 'sichuan'), { maxLength: 3 }).map(distinct),
  marks: fc.array(fc.constantFrom('#12', '#2024', '?', '!', '"'), { maxLength: 3 }).map(distinct),
});
const glossesOf: Record<string, string[]> = {
  河: ['river'], 洪水: ['flood'], 墙: ['wall'], 城市: ['city', 'town'], 银行: ['bank'], 上涨: ['rise', 'go'], 年: ['year'], 成都: ['chengdu'],
};
const chineseBags = fc.record({
  words: fc.array(fc.constantFrom(...Object.keys(glossesOf)), { maxLength: 6 }).map((ws) => distinct(ws).map((text) => ({ text, glosses: glossesOf[text]! }))),
  pinyin: fc.constantFrom('', 'chengdushi', 'wangli', 'zhangsichuan', 'lihe'),
  marks: fc.array(fc.constantFrom('#12', '#2024', '?', '!', '"'), { maxLength: 3 }).map(distinct),
});

describe('beadMatcher', () => {
  it('gives what the set-based match gives, bit for bit, on every bead', () => {
    fc.assert(fc.property(fc.array(englishBags, { minLength: 1, maxLength: 6 }), fc.array(chineseBags, { minLength: 1, maxLength: 6 }), fc.boolean(), (en, zh, weighted) => {
      const idf = weighted ? idfOfBags(en, zh) : undefined;
      const match = beadMatcher(en, zh, idf);
      for (let i = 0; i < en.length; i++) for (let di = 1; di <= 4 && i + di <= en.length; di++) {
        for (let j = 0; j < zh.length; j++) for (let dj = 1; dj <= 4 && j + dj <= zh.length; dj++) {
          const expected = referenceMatch(en.slice(i, i + di), zh.slice(j, j + dj), idf);
          expect(match(i, di, j, dj)).toEqual(expected);
          expect(matchBags(en.slice(i, i + di), zh.slice(j, j + dj), idf)).toEqual(expected);
        }
      }
    }), { numRuns: 300 });
  });

  it('weighs by the bags\' own idf (OWN_IDF) as it does by idfOfBags of the same bags', () => {
    fc.assert(fc.property(fc.array(englishBags, { maxLength: 6 }), fc.array(chineseBags, { maxLength: 6 }), (en, zh) => {
      const own = beadMatcher(en, zh, OWN_IDF);
      const mapped = beadMatcher(en, zh, idfOfBags(en, zh));
      for (let i = 0; i < en.length; i++) for (let di = 0; di <= 3 && i + di <= en.length; di++) {
        for (let j = 0; j < zh.length; j++) for (let dj = 0; dj <= 3 && j + dj <= zh.length; dj++) {
          expect(own(i, di, j, dj)).toEqual(mapped(i, di, j, dj));
          for (let k = i; k < i + di; k++) expect(own.gain(i, di, j, dj, k, false)).toBe(mapped.gain(i, di, j, dj, k, false));
        }
      }
    }), { numRuns: 200 });
  });
});

describe('numberedGlosses', () => {
  it('gives each word the numbers of its glosses that ids holds, in order, over calls reusing lists', () => {
    // Few lists, shared between words and calls as the lexicon shares them; some long, to outgrow the pool.
    const lists = [[], ['river'], ['city', 'town', 'river'], ['go', 'rise', 'city', 'bank'], Array.from({ length: 1100 }, (_, k) => (k % 3 ? `w${k}` : 'year'))];
    const ids = new Map([['river', 0], ['city', 1], ['town', 2], ['rise', 3], ['year', 4]]);
    fc.assert(fc.property(fc.array(fc.array(fc.integer({ min: 0, max: lists.length - 1 }), { maxLength: 12 }), { maxLength: 6 }), (calls) => {
      const numbered = numberedGlosses(ids);
      for (const picks of calls) {
        const words = picks.map((p, k) => ({ text: `w${k}`, glosses: lists[p]! }));
        const { from, glosses } = numbered(words);
        expect(from.length).toBe(words.length + 1);
        words.forEach((w, k) => {
          const expected = w.glosses.filter((g) => ids.has(g)).map((g) => ids.get(g)!);
          expect([...glosses.subarray(from[k], from[k + 1])]).toEqual(expected);
        });
        expect(glosses.length).toBe(from[words.length]);
      }
    }), { numRuns: 300 });
  });
});

describe('beadMatcher speed', () => {
  it('matches the beads of a band several times faster than building sets per bead', () => {
    const lexicon = loadLexicon();
    const seed = readFileSync(new URL('../../fixtures/chengdu-software-2024.txt', import.meta.url), 'utf8');
    const blocks = split(Array.from({ length: 4 }, () => seed).join('\n\n'));
    const en = blocks.filter((b) => b.lang === 'en').map((b) => englishBag(b.text));
    const zh = blocks.filter((b) => b.lang === 'zh').map((b) => chineseBag(b.text, lexicon));
    const idf = idfOfBags(en, zh);
    const beads: [number, number, number, number][] = [];
    for (let i = 0; i < en.length; i++) {
      for (let j = Math.max(0, i - 6); j < Math.min(zh.length, i + 6); j++) {
        for (let di = 1; di <= 2 && i + di <= en.length; di++) for (let dj = 1; dj <= 2 && j + dj <= zh.length; dj++) beads.push([i, di, j, dj]);
      }
    }
    const best = (run: () => void) => {
      let fastest = Infinity;
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        run();
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    };
    const reference = best(() => {
      for (const [i, di, j, dj] of beads) referenceMatch(en.slice(i, i + di), zh.slice(j, j + dj), idf);
    });
    const numbered = best(() => {
      const match = beadMatcher(en, zh, idf);
      for (const [i, di, j, dj] of beads) match(i, di, j, dj);
    });
    expect(reference / numbered).toBeGreaterThan(3);
  }, 60_000);
});

describe('englishBag', () => {
  it('reads the content lemmas contentLemmas reads, in order, and the capitalized names', () => {
    const word = fc.constantFrom('The', 'the', 'Wuhan', 'wuhan', 'It', 'Banks', 'banks', 'rose', 'I', 'a', 'Li', 'Zhang', 'O\'Neill', 'said', 'Does', 'ran', 'X', '12', '3.5', '?', '!', '"');
    fc.assert(fc.property(fc.array(word, { maxLength: 20 }).map((xs) => xs.join(' ')), (text) => {
      const bag = englishBag(text);
      expect(bag.lemmas).toEqual([...new Set(contentLemmas(text))]);
      const names = new Set<string>();
      for (const w of englishWords(text)) if (/^[A-Z][a-z]+$/.test(w) && w.length >= 3 && !STOP_WORDS.has(w.toLowerCase())) names.add(w.toLowerCase());
      expect(bag.names).toEqual([...names]);
    }), { numRuns: 2000 });
  });
});
