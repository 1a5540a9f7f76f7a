/**
 * Pairing and sentence-alignment evaluation on `../shared/data/align`.
 *
 *     npx tsx scripts/eval/align.ts [--data dir] [--errors] [--big] [--sentences] [--no-bible]
 *
 * Sets:
 * - `articles`: the clean interleaved articles (1-1 by construction: tests splitting and detection);
 * - `perturbed/<kind>`: the dev perturbations (`drop_zh`, `merge_en`, `alter_num`);
 * - `derived/<kind>`: variants this script makes from the clean articles with the gold links
 *   carried over, for kinds of mess the dev data does not show: `two-files` (an EN file and a
 *   ZH file), `lines` (one paragraph per line, no blank lines), `separated` (the whole English
 *   article, then the whole Chinese one, in one file), `zh-first`, `mixed-order`
 *   (the order flips pair by pair), `drop_en`, `merge_zh`, `boilerplate` (dateline, byline,
 *   URL and end mark inserted, none translated), `moved-pair` (one pair moved elsewhere),
 *   `two-files-moved` (one paragraph moved in the Chinese file only), `pair-per-block` (each
 *   paragraph and its translation on consecutive lines), `related-and-captions` (a related-news
 *   list and a photo credit mid-article, blank lines holding spaces);
 * - `bible`: 5,000 EN and 6,301 ZH Bible sentences, one a line, aligned as two pre-split files
 *   (`split: line`, the pairs are the sentence alignment); links are merged by verse before
 *   scoring (gold is verse-sized): sentences of one verse in one language are joined, and so
 *   are sentences a predicted link joins, and each resulting group is one link.
 * Each set is scored on the tuning and on the held-out part of the split (`partOf` of the article
 * id, the file name before its first dot); `--errors` prints failures of the tuning part only.
 * Pairing runs with the lexicon, as `align` does (`--no-lexicon`: without).
 * Scores are exact-link precision, recall and F1 (a link is the pair of index sets; 1-0 links
 * count), micro-averaged over the articles of a set, and milliseconds per article.
 * `--big` also times a 10 MB interleaved article made by repeating the articles;
 * `--sentences` also aligns the Bible through `alignSentences` (one block per side; slow).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { split } from '../../src/pipeline/split.js';
import { pair } from '../../src/pipeline/pair/index.js';
import { alignSentences } from '../../src/pipeline/sentences.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { PairOptions } from '../../src/pipeline/pair/index.js';

/** Pairing runs as `align` runs it: with the lexicon, unless `--no-lexicon`. */
let pairOptions: PairOptions = { lexicon: loadLexicon };
import { LineIndex } from '../../src/pipeline/position.js';
import type { Block, Pair } from '../../src/types.js';
import { partOf, type Part } from './split.js';

/** One row of the table. */
export interface AlignRow {
  set: string;
  articles: number;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Milliseconds per article (split and pair). */
  msPerArticle: number;
  /** Predicted links with a score below 0.9, and how many of them are right. */
  lowScore: number;
  lowScoreCorrect: number;
  /** The part of the split the row measures (absent: the Bible, one document). */
  part?: Part;
  /** Predicted links scored 0.9 or more, and how many of them are right. */
  highScore: number;
  highScoreCorrect: number;
}

/** A paragraph of a gold article. */
interface Para {
  lang: 'en' | 'zh';
  index: number;
  text: string;
}

/** A gold article: its paragraphs in layout order and its links. */
interface Doc {
  id: string;
  en: string[];
  zh: string[];
  blocks: [string, number][];
  links: { en: number[]; zh: number[] }[];
}

/** Where the data lives by default: `../shared/data/align` from the project root. */
export function defaultDataDir(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(root, '..', 'shared', 'data', 'align');
}

/**
 * Runs every set found under `dataDir` and returns one row per set and kind.
 * Returns an empty list when the folder is absent (callers say so).
 */
export function evaluateAlignment(dataDir: string = defaultDataDir(), options: { bible?: boolean; only?: 'bible'; sentences?: boolean } = {}): AlignRow[] {
  if (!existsSync(dataDir)) return [];
  const rows: AlignRow[] = [];
  if (options.only === 'bible') return scoreBible(join(dataDir, 'sentences-bible'), options.sentences !== false);
  const articles = readDocs(join(dataDir, 'articles', 'wmt24'));
  const tag = (d: Doc, run: Run): Tagged => ({ part: partOf(articleId(d.id)), run });
  if (articles.length) rows.push(...scoreParts('articles', articles.map((d) => tag(d, () => runInterleaved(d, layout(d))))));
  const perturbed = readDocs(join(dataDir, 'perturbed', 'wmt24'));
  const kinds = [...new Set(perturbed.map((d) => d.id.split('.').pop()!))].sort();
  const perturbedRuns: Tagged[] = [];
  for (const kind of kinds) {
    const runs = perturbed.filter((d) => d.id.endsWith(`.${kind}`)).map((d) => tag(d, () => runInterleaved(d, layout(d))));
    perturbedRuns.push(...runs);
    rows.push(...scoreParts(`perturbed/${kind}`, runs));
  }
  if (perturbedRuns.length) rows.push(...scoreParts('perturbed (all)', perturbedRuns, false));
  const derivedRuns: Tagged[] = [];
  for (const [kind, make] of Object.entries(DERIVED)) {
    const runs = articles.map((d, k) => tag(d, () => make(d, k)));
    derivedRuns.push(...runs);
    rows.push(...scoreParts(`derived/${kind}`, runs));
  }
  if (derivedRuns.length) rows.push(...scoreParts('derived (all)', derivedRuns, false));
  const bible = join(dataDir, 'sentences-bible');
  if (options.bible !== false && existsSync(bible)) rows.push(...scoreBible(bible, options.sentences === true));
  return rows;
}

/** A run: aligns one article, returns gold and predicted links as strings. */
type Run = () => { gold: string[]; predicted: string[]; ms: number; scores?: number[] };

/** A run with the part of the split its article falls in. */
interface Tagged {
  part: Part;
  run: Run;
}

/** The article id of a document id: the file name before its first dot (`x.drop_zh` is article `x`). */
function articleId(id: string): string {
  return id.split('.')[0]!;
}

/**
 * Scores a set once per part of the split (`set · tuning`, `set · held-out`); failures are
 * collected for the tuning part only (`keepErrors` false: for none, as for the totals).
 */
function scoreParts(set: string, runs: Tagged[], keepErrors = true): AlignRow[] {
  const rows: AlignRow[] = [];
  for (const part of ['tuning', 'held-out'] as const) {
    const of = runs.filter((r) => r.part === part).map((r) => r.run);
    if (of.length) rows.push({ ...scoreSet(`${set} · ${part}`, of, keepErrors && part === 'tuning', keepErrors ? part : undefined), part });
  }
  return rows;
}

/** Lower bounds of the score bands the links' correctness is reported by. */
const BANDS = [0, 0.5, 0.7, 0.9, 0.97];
/** Two-sided predicted links by part and score band: [links, right]. */
const bandTally = new Map<Part, [number, number][]>();

function tallyBand(part: Part, score: number, right: boolean): void {
  let bands = bandTally.get(part);
  if (!bands) bandTally.set(part, bands = BANDS.map(() => [0, 0]));
  let k = BANDS.length - 1;
  while (k > 0 && score < BANDS[k]!) k--;
  bands[k]![0]++;
  if (right) bands[k]![1]++;
}

function scoreSet(set: string, runs: Run[], keepErrors = true, bandPart?: Part): AlignRow {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  let ms = 0;
  let lowScore = 0;
  let lowScoreCorrect = 0;
  let highScore = 0;
  let highScoreCorrect = 0;
  for (const run of runs) {
    const r = run();
    gold += r.gold.length;
    predicted += r.predicted.length;
    const want = new Map<string, number>();
    for (const g of r.gold) want.set(g, (want.get(g) ?? 0) + 1);
    r.predicted.forEach((p, k) => {
      const n = want.get(p) ?? 0;
      const score = r.scores?.[k] ?? 1;
      if (bandPart && !p.startsWith('[]') && !p.endsWith('[]')) tallyBand(bandPart, score, n > 0);
      if (score < LOW) lowScore++;
      else highScore++;
      if (n > 0) {
        correct++;
        if (score < LOW) lowScoreCorrect++;
        else highScoreCorrect++;
        want.set(p, n - 1);
      } else if (showErrors && keepErrors) errors.push(`${set}: predicted ${p}; gold ${r.gold.filter((g) => !r.predicted.includes(g)).join(' ').slice(0, 300)}`);
    });
    ms += r.ms;
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    set, articles: runs.length, gold, predicted, correct, precision, recall, f1, msPerArticle: ms / Math.max(1, runs.length),
    lowScore, lowScoreCorrect, highScore, highScoreCorrect,
  };
}

let showErrors = false;
/** Scores below this count as low confidence in the table. */
const LOW = 0.9;
const errors: string[] = [];

function readDocs(dir: string): Doc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Doc, 'id'>;
    return { id: f.replace(/\.gold\.json$/, ''), en: g.en, zh: g.zh, blocks: g.blocks, links: g.links };
  });
}

/** The article's paragraphs in the order of its blocks. */
function layout(d: Doc): Para[] {
  return d.blocks.map(([lang, i]) => ({ lang: lang as 'en' | 'zh', index: i, text: (lang === 'en' ? d.en : d.zh)[i]! }));
}

function linkKey(en: number[], zh: number[]): string {
  return `[${[...en].sort((a, b) => a - b).join(',')}]:[${[...zh].sort((a, b) => a - b).join(',')}]`;
}

/** Maps blocks to gold paragraphs by their text, in order (repeated texts are consumed in turn). */
function predictedLinks(blocks: Block[], pairs: Pair[], paras: Para[]): string[] {
  const byText = new Map<string, Para[]>();
  for (const p of paras) {
    const key = p.text.trim();
    byText.set(key, [...(byText.get(key) ?? []), p]);
  }
  const gold = new Map<string, Para | undefined>();
  for (const b of blocks) {
    const list = byText.get(b.text.trim());
    gold.set(b.id, list?.shift());
  }
  return pairs.map((p) => {
    const en: number[] = [];
    const zh: number[] = [];
    for (const id of [...p.en, ...p.zh]) {
      const g = gold.get(id);
      if (!g) return `unmatched:${id}`;
      (g.lang === 'en' ? en : zh).push(g.index);
    }
    return linkKey(en, zh);
  });
}

function runInterleaved(d: Doc, paras: Para[], _extra: string[] = [], joiner = '\n\n'): ReturnType<Run> {
  const text = paras.map((p) => p.text).join(joiner);
  const t0 = performance.now();
  const blocks = split(text);
  const pairs = pair(blocks, pairOptions);
  const ms = performance.now() - t0;
  return { gold: d.links.map((l) => linkKey(l.en, l.zh)), predicted: predictedLinks(blocks, pairs, paras), ms, scores: pairs.map((p) => p.score) };
}

/** A deterministic pseudo-random sequence per article. */
function random(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A clean article as pairs of paragraphs (its links are 1-1). */
function pairsOf(d: Doc): { en: Para; zh: Para }[] {
  return d.links.map((l) => ({
    en: { lang: 'en' as const, index: l.en[0]!, text: d.en[l.en[0]!]! },
    zh: { lang: 'zh' as const, index: l.zh[0]!, text: d.zh[l.zh[0]!]! },
  }));
}

function withLinks(d: Doc, links: { en: number[]; zh: number[] }[], en = d.en, zh = d.zh): Doc {
  return { ...d, links, en, zh };
}

const DERIVED: Record<string, (d: Doc, k: number) => ReturnType<Run>> = {
  'two-files': (d) => {
    const t0 = performance.now();
    const enBlocks = split(d.en.join('\n\n'), { mode: 'blank', source: 'a.en.txt' });
    const zhBlocks = split(d.zh.join('\n\n'), { mode: 'blank', source: 'a.zh.txt', idStart: enBlocks.length });
    const blocks = [...enBlocks, ...zhBlocks];
    const pairs = pair(blocks, pairOptions);
    const ms = performance.now() - t0;
    const paras = [...d.en.map((text, index) => ({ lang: 'en' as const, index, text })), ...d.zh.map((text, index) => ({ lang: 'zh' as const, index, text }))];
    return { gold: d.links.map((l) => linkKey(l.en, l.zh)), predicted: predictedLinks(blocks, pairs, paras), ms, scores: pairs.map((p) => p.score) };
  },
  lines: (d) => runInterleaved(d, layout(d), [], '\n'),
  separated: (d) => runInterleaved(d, [...pairsOf(d).map((p) => p.en), ...pairsOf(d).map((p) => p.zh)]),
  'zh-first': (d) => runInterleaved(d, pairsOf(d).flatMap((p) => [p.zh, p.en])),
  'mixed-order': (d, k) => {
    const r = random(k + 7);
    let zhFirst = false;
    return runInterleaved(d, pairsOf(d).flatMap((p) => {
      if (r() < 0.3) zhFirst = !zhFirst;
      return zhFirst ? [p.zh, p.en] : [p.en, p.zh];
    }));
  },
  drop_en: (d, k) => {
    const pairs = pairsOf(d);
    if (pairs.length < 3) return runInterleaved(d, layout(d));
    const drop = 1 + Math.floor(random(k + 11)() * (pairs.length - 2));
    const paras = pairs.flatMap((p, i) => (i === drop ? [p.zh] : [p.en, p.zh]));
    const links = pairs.map((p, i) => ({ en: i === drop ? [] : [p.en.index], zh: [p.zh.index] }));
    return runInterleaved(withLinks(d, links), paras);
  },
  merge_zh: (d, k) => {
    const pairs = pairsOf(d);
    if (pairs.length < 3) return runInterleaved(d, layout(d));
    const at = Math.floor(random(k + 13)() * (pairs.length - 1));
    const merged: Para = { lang: 'zh', index: pairs[at]!.zh.index, text: pairs[at]!.zh.text + pairs[at + 1]!.zh.text };
    const paras = pairs.flatMap((p, i) => (i === at ? [p.en] : i === at + 1 ? [p.en, merged] : [p.en, p.zh]));
    const links = pairs.flatMap((p, i) => (i === at + 1 ? [] : i === at
      ? [{ en: [p.en.index, pairs[at + 1]!.en.index], zh: [p.zh.index] }] : [{ en: [p.en.index], zh: [p.zh.index] }]));
    return runInterleaved(withLinks(d, links), paras);
  },
  boilerplate: (d) => {
    const pairs = pairsOf(d);
    const nEn = d.en.length;
    const nZh = d.zh.length;
    const en = [...d.en, '14 March 2024', 'By Staff Reporter'];
    const zh = [...d.zh, '责任编辑：王芳', '（完）'];
    const extra = (lang: 'en' | 'zh', index: number): Para => ({ lang, index, text: (lang === 'en' ? en : zh)[index]! });
    const paras: Para[] = [extra('en', nEn), extra('en', nEn + 1), { lang: 'en', index: -1, text: 'www.example.com/news/2024/03/14' },
      ...pairs.flatMap((p) => [p.en, p.zh]), extra('zh', nZh), extra('zh', nZh + 1)];
    const links = [...d.links, { en: [nEn], zh: [] }, { en: [nEn + 1], zh: [] }, { en: [], zh: [nZh] }, { en: [], zh: [nZh + 1] }];
    return runInterleaved(withLinks(d, links, en, zh), paras);
  },
  'two-files-moved': (d, k) => {
    // One paragraph moved to another place in the Chinese file only.
    const zhOrder = d.zh.map((_, j) => j);
    if (zhOrder.length >= 4) {
      const r = random(k + 19);
      const from = Math.floor(r() * zhOrder.length);
      const [moved] = zhOrder.splice(from, 1);
      zhOrder.splice(Math.floor(r() * (zhOrder.length + 1)), 0, moved!);
    }
    const t0 = performance.now();
    const enBlocks = split(d.en.join('\n\n'), { mode: 'blank', source: 'a.en.txt' });
    const zhBlocks = split(zhOrder.map((j) => d.zh[j]!).join('\n\n'), { mode: 'blank', source: 'a.zh.txt', idStart: enBlocks.length });
    const blocks = [...enBlocks, ...zhBlocks];
    const pairs = pair(blocks, pairOptions);
    const ms = performance.now() - t0;
    const paras = [...d.en.map((text, index) => ({ lang: 'en' as const, index, text })), ...d.zh.map((text, index) => ({ lang: 'zh' as const, index, text }))];
    return { gold: d.links.map((l) => linkKey(l.en, l.zh)), predicted: predictedLinks(blocks, pairs, paras), ms, scores: pairs.map((p) => p.score) };
  },
  'pair-per-block': (d) => {
    // Each EN paragraph and its translation on consecutive lines, pairs separated by blank lines.
    const text = pairsOf(d).map((p) => `${p.en.text}\n${p.zh.text}`).join('\n\n');
    const t0 = performance.now();
    const blocks = split(text);
    const pairs = pair(blocks, pairOptions);
    return { gold: d.links.map((l) => linkKey(l.en, l.zh)), predicted: predictedLinks(blocks, pairs, layout(d)), ms: performance.now() - t0, scores: pairs.map((p) => p.score) };
  },
  'related-and-captions': (d, k) => {
    // A related-news list and a photo credit in the middle, untranslated; blank lines holding spaces.
    const pairs = pairsOf(d);
    const at = Math.floor(random(k + 23)() * pairs.length);
    const nEn = d.en.length;
    const en = [...d.en, 'Related news\nFirst related story headline here\nSecond related story headline', 'Photo: Staff Photographer'];
    const paras: Para[] = pairs.flatMap((p, i) => (i === at
      ? [{ lang: 'en' as const, index: nEn, text: en[nEn]! }, { lang: 'en' as const, index: nEn + 1, text: en[nEn + 1]! }, p.en, p.zh]
      : [p.en, p.zh]));
    const links = [...d.links, { en: [nEn], zh: [] }, { en: [nEn + 1], zh: [] }];
    return runInterleaved(withLinks(d, links, en), paras, [], '\n  \n');
  },
  'moved-pair': (d, k) => {
    const pairs = pairsOf(d);
    if (pairs.length < 4) return runInterleaved(d, layout(d));
    const r = random(k + 17);
    const from = Math.floor(r() * pairs.length);
    const moved = pairs.splice(from, 1)[0]!;
    pairs.splice(Math.floor(r() * (pairs.length + 1)), 0, moved);
    return runInterleaved(d, pairs.flatMap((p) => [p.en, p.zh]));
  },
};

/** Verse-merged exact-link scores of the Bible sentences aligned as two line files. */
function scoreBible(dir: string, sentences = true): AlignRow[] {
  const enText = readFileSync(join(dir, 'en', '001'), 'utf8');
  const zhText = readFileSync(join(dir, 'zh', '001'), 'utf8');
  const enVerse = readFileSync(join(dir, 'en.verse'), 'utf8').split('\n');
  const zhVerse = readFileSync(join(dir, 'zh.verse'), 'utf8').split('\n');
  const t0 = performance.now();
  const enBlocks = split(enText, { mode: 'line', source: 'en' });
  const zhBlocks = split(zhText, { mode: 'line', source: 'zh', idStart: enBlocks.length });
  const pairs = pair([...enBlocks, ...zhBlocks]);
  const ms = performance.now() - t0;
  const enLine = new Map(enBlocks.map((b) => [b.id, b.line - 1]));
  const zhLine = new Map(zhBlocks.map((b) => [b.id, b.line - 1]));
  const predicted = mergeByVerse(
    pairs.map((p) => ({ en: p.en.map((id) => enLine.get(id)!), zh: p.zh.map((id) => zhLine.get(id)!) })),
    enVerse, zhVerse, enBlocks.length, zhBlocks.length,
  );
  const gold = readFileSync(join(dir, 'gold', '001.align'), 'utf8').trim().split('\n').map((line) => {
    const [a, b] = line.split(':');
    return linkKey(JSON.parse(a!) as number[], JSON.parse(b!) as number[]);
  });
  const rows = [scoreSet('bible (verse-merged)', [() => ({ gold, predicted, ms })])];
  if (!sentences) return rows;
  // The same sentences through `alignSentences`, as one English and one Chinese block.
  const t1 = performance.now();
  const [enBlock] = split(enText, { mode: 'blank' });
  const [zhBlock] = split(zhText, { mode: 'blank', idStart: 1 });
  const links = alignSentences([enBlock!], [zhBlock!]);
  const ms2 = performance.now() - t1;
  const enStarts = new LineIndex(enText);
  const zhStarts = new LineIndex(zhText);
  const viaSentences = mergeByVerse(
    links.map((l) => ({ en: l.en.map((x) => enStarts.span(x.start, x.end).line - 1), zh: l.zh.map((x) => zhStarts.span(x.start, x.end).line - 1) })),
    enVerse, zhVerse, enBlocks.length, zhBlocks.length,
  );
  rows.push(scoreSet('bible via alignSentences', [() => ({ gold, predicted: viaSentences, ms: ms2 })]));
  return rows;
}

/** Joins sentences of one verse (per language) and sentences a link joins; each group is one link. */
function mergeByVerse(
  links: { en: number[]; zh: number[] }[],
  enVerse: string[],
  zhVerse: string[],
  nEn: number,
  nZh: number,
): string[] {
  const parent = Array.from({ length: nEn + nZh }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let i = 1; i < nEn; i++) if (enVerse[i] === enVerse[i - 1]) union(i, i - 1);
  for (let j = 1; j < nZh; j++) if (zhVerse[j] === zhVerse[j - 1]) union(nEn + j, nEn + j - 1);
  for (const l of links) {
    const all = [...l.en, ...l.zh.map((j) => nEn + j)];
    for (let k = 1; k < all.length; k++) union(all[0]!, all[k]!);
  }
  const groups = new Map<number, { en: number[]; zh: number[] }>();
  for (let x = 0; x < nEn + nZh; x++) {
    const r = find(x);
    const g = groups.get(r) ?? { en: [], zh: [] };
    if (x < nEn) g.en.push(x);
    else g.zh.push(x - nEn);
    groups.set(r, g);
  }
  return [...groups.values()].map((g) => linkKey(g.en, g.zh));
}

/** Times splitting and pairing of a ~10 MB interleaved article built from the dev articles. */
export function timeBigArticle(dataDir: string = defaultDataDir(), megabytes = 10): { bytes: number; blocks: number; pairs: number; ms: number; heapMB: number; rssMB: number } {
  const docs = readDocs(join(dataDir, 'articles', 'wmt24'));
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < megabytes * 1e6; k++) {
    const d = docs[k % docs.length]!;
    const text = layout(d).map((p) => p.text).join('\n\n');
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  const text = parts.join('\n\n');
  const t0 = performance.now();
  const blocks = split(text);
  const pairs = pair(blocks, pairOptions);
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  return { bytes: Buffer.byteLength(text), blocks: blocks.length, pairs: pairs.length, ms, heapMB: mem.heapUsed / 1e6, rssMB: mem.rss / 1e6 };
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--data');
  const dataDir = at >= 0 ? resolve(args[at + 1]!) : defaultDataDir();
  showErrors = args.includes('--errors');
  if (args.includes('--no-lexicon')) pairOptions = {};
  if (!existsSync(dataDir)) {
    console.error(`align eval: data folder not found: ${dataDir} (nothing to evaluate)`);
    process.exitCode = 2;
    return;
  }
  const rows = evaluateAlignment(dataDir, { sentences: args.includes('--sentences'), bible: !args.includes('--no-bible') });
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  console.log(`${'set'.padEnd(40)} ${'docs'.padStart(5)} ${'gold'.padStart(6)} ${'pred'.padStart(6)}      P      R     F1   ms/doc   score<.9 right   score>=.9 right`);
  for (const r of rows) {
    const share = (a: number, b: number) => (b ? `${String(b).padStart(5)} ${pct(a / b)}` : `${'0'.padStart(5)}       `);
    console.log(`${r.set.padEnd(40)} ${String(r.articles).padStart(5)} ${String(r.gold).padStart(6)} ${String(r.predicted).padStart(6)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} ${r.msPerArticle.toFixed(1).padStart(8)}   ${share(r.lowScoreCorrect, r.lowScore)}   ${share(r.highScoreCorrect, r.highScore)}`);
  }
  for (const [part, bands] of bandTally) {
    const cells = bands.map(([n, right], k) => `${BANDS[k]!.toFixed(2)}+ ${right}/${n}${n ? ` (${((100 * right) / n).toFixed(1)}%)` : ''}`);
    console.log(`two-sided links right by score band, ${part}: ${cells.join('  ')}`);
  }
  if (showErrors) for (const e of errors) console.log(e);
  if (args.includes('--big')) {
    const big = timeBigArticle(dataDir);
    console.log(`big article: ${(big.bytes / 1e6).toFixed(1)} MB, ${big.blocks} blocks, ${big.pairs} pairs in ${(big.ms / 1000).toFixed(2)} s; heap ${big.heapMB.toFixed(0)} MB, rss ${big.rssMB.toFixed(0)} MB`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
