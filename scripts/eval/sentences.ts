/**
 * Sentence alignment figures: exact-link precision, recall and F1 of the lexical sentence
 * aligner on
 * - `sentences-bible`: Bible chapters, one sentence a line; gold links are verse-sized, so
 *   predicted links are merged inside each gold link before scoring (as Bertalign's
 *   eval_bible does); documents are chapters, split into parts by book;
 * - `literary`: the WMT literary articles and their `drop_zh` / `merge_en` perturbations as
 *   two files, one paragraph a line (gold paragraph links carried over), split by article id;
 * - `all-articles`: the same for every WMT article (news, social, literary).
 * Usage: tsx scripts/eval/sentences.ts [--set bible|literary|all] [--failures]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../src/lexicon/load.js';
import { alignTexts, type TextLink } from '../../src/pipeline/sentence-align.js';
import { partOf, type Part } from './split.js';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'align');
const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const showFailures = args.includes('--failures');

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

/** Merges predicted links that fall inside one gold link; links that straddle gold links stay. */
function mergeInsideGold(predicted: TextLink[], gold: { en: number[]; zh: number[] }[]): { en: number[]; zh: number[] }[] {
  const enOf = new Map<number, number>();
  const zhOf = new Map<number, number>();
  gold.forEach((g, k) => { for (const e of g.en) enOf.set(e, k); for (const z of g.zh) zhOf.set(z, k); });
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
    if (g.length === 0) continue;
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
      if (!f.endsWith('.gold.json') || /alter_num/.test(f)) continue;
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

if (!existsSync(DATA)) {
  console.log(`no evaluation data at ${DATA}`);
} else {
  if (!only || only === 'bible') bible();
  if (!only || only === 'literary') articles('literary', (id) => id.includes('literary'));
  if (!only || only === 'all') articles('all-articles', () => true);
}
