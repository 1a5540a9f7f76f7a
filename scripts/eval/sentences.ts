/**
 * Sentence alignment figures: exact-link precision, recall and F1 of the lexical sentence
 * aligner on
 * - `sentences-bible`: Bible chapters, one sentence a line; gold links are verse-sized, so
 *   predicted links inside a gold link with two or more sentences on both sides are merged
 *   before scoring (a verse of one sentence on a side is a true sentence link); documents are
 *   chapters, split into parts by book;
 * - `literary-sentences`: the literary articles (with perturbations) cut into sentences, the
 *   whole article aligned at once, predicted links merged inside each gold paragraph link of
 *   two or more sentences a side: it scores whether sentence links respect paragraph links;
 * - `literary`: the WMT literary articles and their `drop_zh` / `merge_en` perturbations as
 *   two files, one paragraph a line (gold paragraph links carried over), split by article id;
 * - `all-articles`: the same for every WMT article (news, social, literary).
 * Usage: tsx scripts/eval/sentences.ts [--set bible|literary|literary-sentences|all] [--failures]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../src/lexicon/load.js';
import { alignTexts as alignWith, LEXICAL_ALIGN_COST, type TextLink } from '../../src/pipeline/sentence-align.js';
import type { Lexicon } from '../../src/lexicon/load.js';
import { partOf, type Part } from './split.js';
import { splitSentences } from '../../src/pipeline/sentences.js';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'align');
const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const showFailures = args.includes('--failures');
const onlyPart = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
/** `--costs '{"skip":2}'` overrides costs of the search, for tuning runs. */
const costs = args.includes('--costs') ? { ...LEXICAL_ALIGN_COST, ...JSON.parse(args[args.indexOf('--costs') + 1]!) as Partial<typeof LEXICAL_ALIGN_COST> } : LEXICAL_ALIGN_COST;
const alignTexts = (en: readonly string[], zh: readonly string[], lexicon: Lexicon) => alignWith(en, zh, lexicon, costs);

interface Counts { tp: number; predicted: number; gold: number }
const key = (l: { en: number[]; zh: number[] }) => `${[...l.en].sort((a, b) => a - b).join(',')}:${[...l.zh].sort((a, b) => a - b).join(',')}`;

function score(predicted: { en: number[]; zh: number[] }[], gold: { en: number[]; zh: number[] }[]): Counts {
  const g = new Set(gold.map(key));
  let tp = 0;
  for (const p of predicted) if (g.has(key(p))) tp++;
  return { tp, predicted: predicted.length, gold: gold.length };
}

function report(name: string, byPart: Map<Part, Counts>): void {
  for (const part of ['tuning', 'held-out'] as Part[]) {
    const c = byPart.get(part);
    if (!c) continue;
    const p = c.tp / Math.max(1, c.predicted);
    const r = c.tp / Math.max(1, c.gold);
    const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    console.log(`${name.padEnd(14)} ${part.padEnd(9)} links ${String(c.gold).padStart(5)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`);
  }
}

function add(into: Map<Part, Counts>, part: Part, c: Counts): void {
  const t = into.get(part) ?? { tp: 0, predicted: 0, gold: 0 };
  t.tp += c.tp;
  t.predicted += c.predicted;
  t.gold += c.gold;
  into.set(part, t);
}

/**
 * Merges predicted links that fall inside one gold link whose sides both hold two or more
 * units (where the gold says nothing finer); links that straddle gold links stay.
 */
function mergeInsideGold(predicted: TextLink[], gold: { en: number[]; zh: number[] }[], always = false): { en: number[]; zh: number[] }[] {
  const enOf = new Map<number, number>();
  const zhOf = new Map<number, number>();
  gold.forEach((g, k) => {
    if (!always && (g.en.length < 2 || g.zh.length < 2)) return;
    for (const e of g.en) enOf.set(e, k);
    for (const z of g.zh) zhOf.set(z, k);
  });
  const merged = new Map<number, { en: number[]; zh: number[] }>();
  const out: { en: number[]; zh: number[] }[] = [];
  for (const p of predicted) {
    const owners = new Set([...p.en.map((e) => enOf.get(e) ?? -1), ...p.zh.map((z) => zhOf.get(z) ?? -1)]);
    if (owners.size === 1 && !owners.has(-1)) {
      const k = [...owners][0]!;
      const m = merged.get(k) ?? { en: [], zh: [] };
      m.en.push(...p.en);
      m.zh.push(...p.zh);
      if (!merged.has(k)) { merged.set(k, m); out.push(m); }
    } else out.push({ en: p.en, zh: p.zh });
  }
  return out;
}

function bible(): void {
  const dir = join(DATA, 'sentences-bible');
  const en = readFileSync(join(dir, 'en', '001'), 'utf8').split('\n');
  const zh = readFileSync(join(dir, 'zh', '001'), 'utf8').split('\n');
  const enVerse = readFileSync(join(dir, 'en.verse'), 'utf8').split('\n');
  const zhVerse = readFileSync(join(dir, 'zh.verse'), 'utf8').split('\n');
  const gold = readFileSync(join(dir, 'gold', '001.align'), 'utf8').trim().split('\n').map((line) => {
    const [a, b] = line.split(':');
    return { en: JSON.parse(a!) as number[], zh: JSON.parse(b!) as number[] };
  });
  const lexicon = loadLexicon();
  const chapter = (v: string) => v.split(':').slice(0, 2).join(':');
  const chapters = [...new Set(enVerse.slice(0, 5000).map(chapter))];
  const byPart = new Map<Part, Counts>();
  for (const ch of chapters) {
    const enIds = enVerse.map((v, k) => (chapter(v) === ch && k < 5000 ? k : -1)).filter((k) => k >= 0);
    const zhIds = zhVerse.map((v, k) => (chapter(v) === ch && k < zh.length ? k : -1)).filter((k) => k >= 0);
    const enSet = new Set(enIds);
    const g = gold.filter((l) => l.en.every((e) => enSet.has(e)) && l.en.length > 0)
      .map((l) => ({ en: l.en.map((e) => enIds.indexOf(e)), zh: l.zh.map((z) => zhIds.indexOf(z)) }));
    if (g.length === 0 || (onlyPart && partOf(ch.split(':')[0]!) !== onlyPart)) continue;
    const links = alignTexts(enIds.map((k) => en[k]!), zhIds.map((k) => zh[k]!), lexicon);
    add(byPart, partOf(ch.split(':')[0]!), score(mergeInsideGold(links, g), g));
  }
  report('bible', byPart);
}

interface Gold { en: string[]; zh: string[]; links: { en: number[]; zh: number[] }[] }

function articles(name: string, filter: (id: string) => boolean): void {
  const lexicon = loadLexicon();
  const byPart = new Map<Part, Counts>();
  const files: string[] = [];
  for (const sub of ['articles/wmt24', 'perturbed/wmt24']) {
    const dir = join(DATA, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.gold.json') || f.includes('alter_num')) continue;
      if (filter(f.split('.')[0]!)) files.push(join(dir, f));
    }
  }
  for (const f of files.sort()) {
    const id = f.split('/').pop()!.split('.')[0]!;
    const gold = JSON.parse(readFileSync(f, 'utf8')) as Gold;
    const links = alignTexts(gold.en, gold.zh, lexicon);
    const c = score(links, gold.links);
    add(byPart, partOf(id), c);
    if (showFailures && partOf(id) === 'tuning' && c.tp < c.gold) {
      const g = new Set(gold.links.map(key));
      console.log(`${f.split('/').pop()}: ${links.filter((l) => !g.has(key(l))).map(key).join(' ')}`);
    }
  }
  report(name, byPart);
}

function articleSentences(name: string, filter: (id: string) => boolean): void {
  const lexicon = loadLexicon();
  const byPart = new Map<Part, Counts>();
  for (const sub of ['articles/wmt24', 'perturbed/wmt24']) {
    const dir = join(DATA, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.gold.json') || f.includes('alter_num') || !filter(f.split('.')[0]!)) continue;
      if (onlyPart && partOf(f.split('.')[0]!) !== onlyPart) continue;
      const id = f.split('.')[0]!;
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      const cut = (paragraphs: string[]) => {
        const texts: string[] = [];
        const owner: number[][] = paragraphs.map(() => []);
        paragraphs.forEach((p, k) => {
          for (const r of splitSentences(p)) {
            owner[k]!.push(texts.length);
            texts.push(p.slice(r.start, r.end));
          }
        });
        return { texts, owner };
      };
      const en = cut(gold.en);
      const zh = cut(gold.zh);
      const g = gold.links.map((l) => ({ en: l.en.flatMap((i) => en.owner[i]!), zh: l.zh.flatMap((j) => zh.owner[j]!) }));
      const links = alignTexts(en.texts, zh.texts, lexicon);
      // Every gold paragraph link is a unit here: merge inside it whatever its size.
      const merged = mergeInsideGold(links, g, true);
      const c = score(merged, g);
      add(byPart, partOf(id), c);
      if (showFailures && partOf(id) === 'tuning' && c.tp < c.gold) {
        const gk = new Set(g.map(key));
        console.log(`${f}: wrong ${merged.filter((l) => !gk.has(key(l))).map(key).join(' ')}`);
      }
    }
  }
  report(name, byPart);
}

if (!existsSync(DATA)) {
  console.log(`no evaluation data at ${DATA}`);
} else {
  if (!only || only === 'bible') bible();
  if (!only || only === 'literary') articles('literary', (id) => id.includes('literary'));
  if (!only || only === 'literary-sentences') articleSentences('lit-sentences', (id) => id.includes('literary'));
  if (!only || only === 'all') articles('all-articles', () => true);
}
