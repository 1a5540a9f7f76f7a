/**
 * Cross-language check of entity keys on the development articles (not a test: it
 * reads ../shared/data, which may be absent). For every gold paragraph pair it
 * extracts entities on both sides and counts how many on each side find a partner
 * with `sameEntity`, printing the entities left without one for inspection.
 *
 *     npx tsx test/entities/cross-language.eval.ts [--show]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sameEntity } from '../../src/entities/index.js';
import { extractEntities } from '../../src/pipeline/entities.js';
import type { FactCandidate } from '../../src/types.js';

const dir = new URL('../../../shared/data/align/articles/wmt24/', import.meta.url);
if (!existsSync(dir)) {
  console.log(`no development data at ${dir.pathname}; nothing to evaluate`);
  process.exit(0);
}
const show = process.argv.includes('--show');
let enTotal = 0;
let zhTotal = 0;
let enMatched = 0;
let zhMatched = 0;
let chars = 0;
let ms = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
  const gold = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
    en: string[];
    zh: string[];
    links: { en: number[]; zh: number[] }[];
  };
  for (const link of gold.links) {
    if (!link.en.length || !link.zh.length) continue;
    const en = link.en.map((i) => gold.en[i]!).join('\n\n');
    const zh = link.zh.map((i) => gold.zh[i]!).join('\n\n');
    const t = performance.now();
    const a = extractEntities(en, 'en');
    const b = extractEntities(zh, 'zh');
    ms += performance.now() - t;
    chars += en.length + zh.length;
    const partnered = (x: FactCandidate, ys: FactCandidate[]): boolean => ys.some((y) => sameEntity(x, y));
    for (const x of a) {
      enTotal++;
      if (partnered(x, b)) enMatched++;
      else if (show) console.log(`EN only  ${en.slice(x.start, x.end)} (${x.type} ${x.value})  [${file}]`);
    }
    for (const y of b) {
      zhTotal++;
      if (partnered(y, a)) zhMatched++;
      else if (show) console.log(`ZH only  ${zh.slice(y.start, y.end)} (${y.type} ${y.value})  [${file}]`);
    }
  }
}
console.log(
  `EN entities ${enTotal}, with a ZH partner ${enMatched} (${((100 * enMatched) / enTotal).toFixed(1)}%); ` +
    `ZH entities ${zhTotal}, with an EN partner ${zhMatched} (${((100 * zhMatched) / zhTotal).toFixed(1)}%); ` +
    `${(chars / 1e6).toFixed(2)} M chars in ${(ms / 1000).toFixed(1)} s`,
);
