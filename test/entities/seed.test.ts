import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import { EXPECTED_EN, EXPECTED_ZH, OPTIONAL_EN, OPTIONAL_ZH, mentions, score, seedBlocks } from './seed-expected.js';

/**
 * The seed article's entities, found by rules and general lists only (no entry of any list
 * comes from the seed). What the rules miss, and why:
 * - `Chengyu`, `Chengyu Region`, `成渝`: short names of a regional economic zone; no general
 *   list holds them and no rule names them (成 is Chengdu's short name, no province's).
 * - `川渝`: found as the two provinces it joins (川 Sichuan, 渝 Chongqing: each a place, keyed as
 *   the English side's `Sichuan and Chongqing`), so counted here as a miss and two extras.
 * - `Uttar Pradesh`: an Indian state; the gazetteer holds countries and capitals only.
 * Measured with `npx vitest run test/entities/seed.test.ts` (it prints recall and precision).
 */
const KNOWN_MISSES: Record<'en' | 'zh', string[]> = {
  en: ['Chengyu/place', 'Chengyu Region/place', 'Uttar Pradesh/place'],
  zh: ['成渝/place', '川渝/place'],
};

/** Floors the rules reach on the seed (recall 0.912 en, 0.903 zh; precision 1.0 en, 0.966 zh). */
const FLOOR = { recall: 0.9, precision: 0.95 };

describe('entities on the seed article, by rules', () => {
  const blocks = seedBlocks();
  for (const [lang, expected, optional] of [
    ['en', EXPECTED_EN, OPTIONAL_EN],
    ['zh', EXPECTED_ZH, OPTIONAL_ZH],
  ] as const) {
    it(`finds at least ${FLOOR.recall * 100}% of the ${lang} people, places and organizations, with few fragments`, () => {
      const found = blocks.filter((b) => b.lang === lang).flatMap((b) => mentions(b.text, extractEntities(b.text, lang)));
      const result = score(found, expected, optional);
      console.log(
        `${lang}: recall ${result.recall.toFixed(3)} precision ${result.precision.toFixed(3)} ` +
          `(expected ${expected.length}, found ${found.length}); missed ${JSON.stringify(result.missed)}; extra ${JSON.stringify(result.extra)}`,
      );
      expect(result.recall).toBeGreaterThanOrEqual(FLOOR.recall);
      expect(result.precision).toBeGreaterThanOrEqual(FLOOR.precision);
      // Nothing is missed beyond what the rules are known to miss.
      expect(result.missed.filter((m) => !KNOWN_MISSES[lang].includes(m))).toEqual([]);
    });
  }
});
