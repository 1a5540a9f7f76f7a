/**
 * Entity figures on the development data, by tuning and held-out part (`npm run eval -- entities`).
 *
 * There is no gold entity annotation, so this measures cross-language agreement: for every gold
 * paragraph pair (WMT24 articles, real pages), the share of entities found on one side that have
 * a partner with the same key (`sameEntity`) on the other side. An entity without a partner is a
 * miss on the other side, a false find on this one, or a key that does not cross languages; a high
 * figure with few entities found means the rules find little but key it well, so the counts of
 * entities per 1,000 characters are printed too.
 *
 *     npx tsx scripts/eval/entities.ts [--deep] [--show]
 *
 * `--deep` also asks the taggers (segmentit, compromise); `--show` lists the partnerless entities of
 * the tuning part (never of the held-out part).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sameEntity } from '../../src/entities/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractEntities } from '../../src/pipeline/entities.js';
import type { EntityType, FactCandidate } from '../../src/types.js';
import { partOf, type Part } from './split.js';

const data = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const deep = process.argv.includes('--deep');
const show = process.argv.includes('--show');
/** The lexicon's words, as a run passes them to the entity stage (`align`). */
const longestWord = (text: string, from: number, to: number): number => loadLexicon().longestWord?.(text, from, to) ?? 0;

/** One gold pair of paragraphs: the document id and both sides' text. */
interface GoldPair {
  set: string;
  id: string;
  en: string;
  zh: string;
}

/** WMT24 articles: id = the file name before its first dot. */
function wmtPairs(): GoldPair[] {
  const dir = `${data}align/articles/wmt24/`;
  if (!existsSync(dir)) return [];
  const out: GoldPair[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(dir + file, 'utf8')) as {
      en: string[];
      zh: string[];
      links: { en: number[]; zh: number[] }[];
    };
    const id = file.split('.')[0]!;
    for (const link of gold.links) {
      if (!link.en.length || !link.zh.length) continue;
      out.push({ set: 'wmt24', id, en: link.en.map((i) => gold.en[i]!).join('\n\n'), zh: link.zh.map((i) => gold.zh[i]!).join('\n\n') });
    }
  }
  return out;
}

/** Real pages: blocks are lines (or parts of a line); id = the file name without `.txt`. */
function realPagePairs(): GoldPair[] {
  const dir = `${data}real-pages/`;
  if (!existsSync(dir)) return [];
  const out: GoldPair[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const id = file.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(readFileSync(dir + file, 'utf8')) as {
      blocks: { line: number; lang: string; part?: string; column?: number }[];
      links: { en: number[]; zh: number[] }[];
    };
    const lines = readFileSync(`${dir}${id}.txt`, 'utf8').split(/\r?\n/);
    const blockText = (index: number): string => {
      const block = gold.blocks[index]!;
      const line = [...(lines[block.line - 1] ?? '')];
      if (block.column === undefined) return line.join('').trim();
      const next = gold.blocks.find((b) => b.line === block.line && (b.column ?? 0) > block.column!);
      return line.slice(block.column - 1, next?.column !== undefined ? next.column - 1 : undefined).join('').trim();
    };
    for (const link of gold.links) {
      if (!link.en.length || !link.zh.length) continue;
      out.push({ set: 'real-pages', id, en: link.en.map(blockText).join('\n'), zh: link.zh.map(blockText).join('\n') });
    }
  }
  return out;
}

/** Counts of one part of one set. */
interface Tally {
  docs: Set<string>;
  chars: number;
  found: Record<'en' | 'zh', number>;
  partnered: Record<'en' | 'zh', number>;
  byType: Map<EntityType, { found: number; partnered: number }>;
}

const tallies = new Map<string, Tally>();
function tally(set: string, part: Part): Tally {
  const key = `${set}\t${part}`;
  let t = tallies.get(key);
  if (!t) {
    t = { docs: new Set(), chars: 0, found: { en: 0, zh: 0 }, partnered: { en: 0, zh: 0 }, byType: new Map() };
    tallies.set(key, t);
  }
  return t;
}

const pairs = [...wmtPairs(), ...realPagePairs()];
if (!pairs.length) {
  console.log(`No development data under ${data}: nothing to measure.`);
  process.exit(0);
}

const started = performance.now();
for (const pair of pairs) {
  const part = partOf(pair.id);
  const t = tally(pair.set, part);
  t.docs.add(pair.id);
  t.chars += pair.en.length + pair.zh.length;
  const sides = { en: extractEntities(pair.en, 'en', { deep }), zh: extractEntities(pair.zh, 'zh', { deep, longestWord }) };
  for (const lang of ['en', 'zh'] as const) {
    const other = sides[lang === 'en' ? 'zh' : 'en'];
    const text = pair[lang];
    for (const x of sides[lang]) {
      const ok = other.some((y: FactCandidate) => sameEntity(x, y));
      t.found[lang]++;
      if (ok) t.partnered[lang]++;
      const type = t.byType.get(x.type!) ?? { found: 0, partnered: 0 };
      type.found++;
      if (ok) type.partnered++;
      t.byType.set(x.type!, type);
      if (!ok && show && part === 'tuning') {
        console.log(`${lang.toUpperCase()} only  ${text.slice(x.start, x.end)} (${x.type} ${x.value})  [${pair.id}]`);
      }
    }
  }
}
const seconds = (performance.now() - started) / 1000;

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
console.log(`Entities with a partner of the same key on the other side of a gold pair (${deep ? 'deep' : 'rules only'}):\n`);
console.log('| set | part | docs | EN found | EN with ZH partner | ZH found | ZH with EN partner | per 1k chars | person | place | org |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  const [set, part] = key.split('\t');
  const type = (name: EntityType): string => {
    const x = t.byType.get(name);
    return x ? `${pct(x.partnered, x.found)} of ${x.found}` : '—';
  };
  console.log(
    `| ${set} | ${part} | ${t.docs.size} | ${t.found.en} | ${pct(t.partnered.en, t.found.en)} | ${t.found.zh} | ` +
      `${pct(t.partnered.zh, t.found.zh)} | ${((1000 * (t.found.en + t.found.zh)) / t.chars).toFixed(2)} | ` +
      `${type('person')} | ${type('place')} | ${type('org')} |`,
  );
}
console.log(`\n${pairs.length} gold pairs in ${seconds.toFixed(1)} s.`);
