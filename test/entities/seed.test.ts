import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import { EXPECTED_EN, EXPECTED_ZH, OPTIONAL_EN, OPTIONAL_ZH, mentions, score, seedBlocks } from './seed-expected.js';

describe('entities on the seed article', () => {
  const blocks = seedBlocks();
  for (const [lang, expected, optional] of [
    ['en', EXPECTED_EN, OPTIONAL_EN],
    ['zh', EXPECTED_ZH, OPTIONAL_ZH],
  ] as const) {
    it(`finds at least 90% of the ${lang} people, places and organizations, with few fragments`, () => {
      const found = blocks.filter((b) => b.lang === lang).flatMap((b) => mentions(b.text, extractEntities(b.text, lang)));
      const result = score(found, expected, optional);
      console.log(
        `${lang}: recall ${result.recall.toFixed(3)} precision ${result.precision.toFixed(3)} ` +
          `(expected ${expected.length}, found ${found.length}); missed ${JSON.stringify(result.missed)}; extra ${JSON.stringify(result.extra)}`,
      );
      expect(result.recall).toBeGreaterThanOrEqual(0.9);
      expect(result.precision).toBeGreaterThanOrEqual(0.9);
    });
  }
});
