/**
 * Load time of the entity machinery and extraction time per seed article (not a test).
 *
 *     npx tsx test/entities/speed.eval.ts
 */
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../fixtures/chengdu-software-2024.txt', import.meta.url), 'utf8');
const blocks = seed.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
const zh = blocks.filter((b) => /\p{Script=Han}/u.test(b));
const en = blocks.filter((b) => !/\p{Script=Han}/u.test(b));

const ms = (t: number): string => `${(performance.now() - t).toFixed(1)} ms`;
let t = performance.now();
const { extractEntities } = await import('../../src/pipeline/entities.js');
const lazy = await import('../../src/entities/lazy.js');
console.log(`import of src/entities (nothing heavy): ${ms(t)}`);
t = performance.now();
lazy.getNlp();
console.log(`compromise load: ${ms(t)}`);
t = performance.now();
lazy.getSegmenter();
console.log(`segmentit load: ${ms(t)}`);
t = performance.now();
for (const b of en) extractEntities(b, 'en');
for (const b of zh) extractEntities(b, 'zh');
console.log(`first extraction of the seed (warming up): ${ms(t)}`);

const runs = 20;
let tEn = 0;
let tZh = 0;
let tSeg = 0;
for (let k = 0; k < runs; k++) {
  t = performance.now();
  for (const b of en) extractEntities(b, 'en');
  tEn += performance.now() - t;
  t = performance.now();
  for (const b of zh) extractEntities(b, 'zh');
  tZh += performance.now() - t;
  t = performance.now();
  for (const b of zh) lazy.segmentWithOffsets(b);
  tSeg += performance.now() - t;
}
const enChars = en.join('').length;
const zhChars = zh.join('').length;
console.log(
  `per seed, warm (mean of ${runs}): English ${(tEn / runs).toFixed(1)} ms for ${enChars} chars, ` +
    `Chinese ${(tZh / runs).toFixed(1)} ms for ${zhChars} chars (segmentit alone ${(tSeg / runs).toFixed(1)} ms)`,
);
