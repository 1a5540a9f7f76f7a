import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import type { Lang } from '../../src/types.js';

/** Pieces real text is made of, so random strings hit the rules' edges. */
const PIECES = [
  'Zhang Li', 'Sun Wenlong', ' of the ', ' and ', 'Bank', 'China', 'Hong Kong', 'Association', ', president of ',
  'The ', '. ', '«', '»', "'s", 'RUSSOFT', 'May', ' ', '\n', '张立', '理事长', '孙文龙', '•', '·', '瓦伦汀', '马卡洛夫',
  '成都市', '重庆', '协会', '软件', '行业', '中国工商银行', '表示', '，', '。', '省', '局', '厅', '约翰逊', '说', '1月11日',
];

describe('entity extraction on arbitrary text', () => {
  for (const lang of ['en', 'zh'] as Lang[]) {
    it(`${lang}: never throws; candidates are in bounds, sorted and non-overlapping`, () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 30 }), (parts) => {
          const text = parts.join('');
          const found = extractEntities(text, lang);
          let end = 0;
          for (const c of found) {
            expect(c.kind).toBe('entity');
            expect(c.start).toBeGreaterThanOrEqual(end);
            expect(c.end).toBeGreaterThan(c.start);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(typeof c.value).toBe('string');
            expect(c.value).not.toBe('');
            expect(['person', 'place', 'org']).toContain(c.type);
            end = c.end;
          }
        }),
        { numRuns: 300 },
      );
    }, 60_000);
  }
});

describe('entity extraction on text segmentit finds ambiguous everywhere', () => {
  it('stays fast on long runs without punctuation (中国中国…, 软件产业发展…)', () => {
    const text = '中国'.repeat(1000) + '院长张立在大会致辞中说' + '软件产业发展'.repeat(300);
    const started = performance.now();
    const people = extractEntities(text, 'zh').filter((c) => c.type === 'person');
    expect(people.map((c) => text.slice(c.start, c.end))).toEqual(['张立']);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});

describe('entity extraction on long capitalized runs', () => {
  it('stays fast when every word is capitalized', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
    const started = performance.now();
    extractEntities(text, 'en');
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
