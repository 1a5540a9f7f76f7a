/**
 * Evaluation of the consistency checks.
 *
 * - Clean articles (`../shared/data/align/articles`): findings per 100 pairs by rule and
 *   severity. These are real professional translations: error-level findings should be rare.
 * - Injected slips: the `alter_num` variants (`../shared/data/align/perturbed`) and the seed
 *   copies in `fixtures/slips/` (manifest `fixtures/slips/slips.json`): the share caught on the
 *   right pair by the right rule.
 *
 * Pairs come from the gold links (data) or from the pipeline's own pairing (seed slips: the
 * library's `align` when it loads, else its split and pair stages), and facts from the real
 * extractors, so the figures follow the extractors as they improve.
 * Every article set is split by `partOf(<file name before the first dot>)` (scripts/eval/split.ts)
 * into a tuning and a held-out part; both get figures, only the tuning part prints its details.
 * `--pipeline` pairs the data articles with the pipeline too. `--show` lists every clean
 * error, `--show-warnings` every warning too, `--show-misses` every slip not caught.
 *
 *     npx tsx scripts/eval/checks.ts [--pipeline] [--show] [--show-misses]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Fact, FactCandidate, Finding, Lang, Pair, Severity } from '../../src/types.js';
import { check } from '../../src/pipeline/check.js';
import { extractFacts } from '../../src/pipeline/extract.js';
import { LineIndex } from '../../src/pipeline/position.js';
import { readingContext } from '../../src/pipeline/dateline.js';
import { partOf, type Part } from './split.js';
import { sameEntity } from '../../src/entities/match.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '../shared/data/align');
const SLIPS = join(ROOT, 'fixtures/slips');

/** One row of the evaluation table. */
export interface EvalRow {
  set: string;
  metric: string;
  value: number;
  detail?: string;
}

/** A document ready for `check`. */
interface Doc {
  name: string;
  text: string;
  blocks: Block[];
  pairs: Pair[];
  facts: Fact[];
}

interface Gold {
  en: string[];
  zh: string[];
  blocks: [Lang, number][];
  links: { en: number[]; zh: number[] }[];
  perturbation: null | { type: string; pair_index: number; en_number: string; zh_original_number: string; zh_altered_number: string };
}

type EntityExtractor = (text: string, lang: Lang) => FactCandidate[];

async function loadEntities(): Promise<EntityExtractor | undefined> {
  try {
    const path = '../../src/pipeline/entities.js';
    const mod = (await import(path)) as { extractEntities?: EntityExtractor };
    return mod.extractEntities;
  } catch {
    return undefined;
  }
}

interface Pipeline {
  split: (text: string, o?: object) => Block[];
  pair: (blocks: Block[]) => Pair[];
  /** The library's whole pipeline, when `src/index.ts` loads. */
  align?: (text: string) => { blocks: Block[]; pairs: Pair[]; facts: Fact[] };
}

async function loadPipeline(): Promise<Pipeline | undefined> {
  try {
    const index = (await import('../../src/index.js').catch(() => undefined)) as { align?: Pipeline['align'] } | undefined;
    const split = await import('../../src/pipeline/split.js');
    const pair = (await import('../../src/pipeline/pair/index.js')) as { pair: Pipeline['pair'] };
    return { split: split.split, pair: pair.pair, ...(index?.align ? { align: index.align } : {}) };
  } catch {
    return undefined;
  }
}

/** Blocks of a text whose blocks are separated by blank lines, languages given. */
function blankLineBlocks(text: string, langs: Lang[]): Block[] {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/\s+$/, '');
    if (!raw.trim()) continue;
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const body = raw.trim();
    blocks.push({
      id: `b${blocks.length + 1}`, index: blocks.length, lang: langs[blocks.length] ?? 'und', text: body,
      ...lines.span(start, start + body.length),
    });
  }
  return blocks;
}

function factsFor(text: string, blocks: Block[], entities: EntityExtractor | undefined): Fact[] {
  const lines = new LineIndex(text);
  return extractFacts(blocks, () => lines, readingContext(blocks),
    entities ? (b) => (b.lang === 'und' ? [] : entities(b.text, b.lang)) : undefined);
}

/** Builds a document from a data article and its gold file, pairing by the gold links. */
function goldDoc(name: string, text: string, gold: Gold, entities: EntityExtractor | undefined): Doc | undefined {
  const blocks = blankLineBlocks(text, gold.blocks.map(([lang]) => lang));
  if (blocks.length !== gold.blocks.length) return undefined;
  const idOf = new Map(gold.blocks.map(([lang, i], k) => [`${lang}${i}`, blocks[k]!.id]));
  const pairs = gold.links.map((link, i) => ({
    id: `p${i + 1}`,
    en: link.en.map((j) => idOf.get(`en${j}`)!),
    zh: link.zh.map((j) => idOf.get(`zh${j}`)!),
    score: 1,
  }));
  return { name, text, blocks, pairs, facts: factsFor(text, blocks, entities) };
}

/** Builds a document with the pipeline's own split and pairing. */
function pipelineDoc(name: string, text: string, pipeline: Pipeline, entities: EntityExtractor | undefined): Doc {
  if (pipeline.align) {
    const result = pipeline.align(text);
    return { name, text, blocks: result.blocks, pairs: result.pairs, facts: result.facts };
  }
  const blocks = pipeline.split(text, { mode: 'auto' });
  const pairs = pipeline.pair(blocks);
  return { name, text, blocks, pairs, facts: factsFor(text, blocks, entities) };
}

function runChecks(doc: Doc): Finding[] {
  return check({ blocks: doc.blocks, pairs: doc.pairs, facts: doc.facts });
}

function fullPairCount(doc: Doc): number {
  return doc.pairs.filter((p) => p.en.length && p.zh.length).length;
}

/** The pair holding an English block whose text includes `anchor`. */
function pairOf(doc: Doc, anchor: string): Pair | undefined {
  const block = doc.blocks.find((b) => b.text.includes(anchor));
  return block && doc.pairs.find((p) => p.en.includes(block.id) || p.zh.includes(block.id));
}

/** One injected slip of the seed manifest. */
interface SeedSlip {
  file: string;
  what: string;
  /** Text of the pair's English or Chinese block that finds the pair. */
  anchor: string;
  rules: string[];
}

const NUMERIC_RULES = ['number-mismatch', 'money-mismatch', 'date-mismatch'];

/** Both parts of every article set, tuning first. */
const PARTS: readonly Part[] = ['tuning', 'held-out'];

/** An article's id for the split: its file name before the first dot. */
function articleId(file: string): string {
  return file.split('.')[0]!;
}

/** Runs the whole evaluation and returns its rows; prints details when asked. */
export async function evaluateChecks(options: { pipeline?: boolean; show?: boolean; showWarnings?: boolean; showMisses?: boolean; log?: (line: string) => void } = {}): Promise<EvalRow[]> {
  const logAll = options.log ?? ((): void => { /* quiet unless asked */ });
  const log = logAll;
  const rows: EvalRow[] = [];
  const entities = await loadEntities();
  const pipeline = await loadPipeline();
  const usePipeline = options.pipeline === true && pipeline !== undefined;
  rows.push({ set: 'setup', metric: 'entities extracted', value: entities ? 1 : 0 });

  for (const part of PARTS) {
    const inPart = (file: string): boolean => partOf(articleId(file)) === part;
    // Failures are read on the tuning part only.
    const log = part === 'tuning' ? logAll : (): void => { /* held-out failures stay unread */ };
    if (existsSync(DATA)) {
      const dir = join(DATA, 'articles/wmt24');
      let pairs = 0;
      const counts = new Map<string, number>();
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && inPart(f)).sort()) {
        const text = readFileSync(join(dir, file), 'utf8');
        const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
        const doc = usePipeline ? pipelineDoc(file, text, pipeline, entities) : goldDoc(file, text, gold, entities);
        if (!doc) { log(`skipped ${file}: blocks do not match the gold`); continue; }
        pairs += fullPairCount(doc);
        for (const f of runChecks(doc)) {
          const key = `${f.ruleId} ${f.severity}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          if ((options.show && f.severity === 'error') || (options.showWarnings && f.severity === 'warning')) {
            log(`${f.severity} ${file.slice(0, 48)} ${f.pair} [${f.ruleId}] ${f.message}`);
          }
        }
      }
      rows.push({ set: `clean ${part}`, metric: 'pairs', value: pairs });
      for (const [key, n] of [...counts].sort()) {
        rows.push({ set: `clean ${part}`, metric: `${key} per 100 pairs`, value: round(100 * n / Math.max(pairs, 1)) });
      }
      const errors = [...counts].filter(([k]) => k.endsWith(' error')).reduce((s, [, n]) => s + n, 0);
      rows.push({ set: `clean ${part}`, metric: 'errors per 100 pairs', value: round(100 * errors / Math.max(pairs, 1)) });

      const pdir = join(DATA, 'perturbed/wmt24');
      let total = 0;
      let caught = 0;
      let caughtError = 0;
      for (const file of readdirSync(pdir).filter((f) => f.endsWith('.alter_num.txt') && inPart(f)).sort()) {
        const text = readFileSync(join(pdir, file), 'utf8');
        const gold = JSON.parse(readFileSync(join(pdir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
        const doc = goldDoc(file, text, gold, entities);
        const p = gold.perturbation!;
        if (!doc) { log(`skipped ${file}`); continue; }
        total++;
        const pairId = `p${p.pair_index + 1}`;
        const hits = runChecks(doc).filter((f) => f.pair === pairId && NUMERIC_RULES.includes(f.ruleId));
        if (hits.length) caught++;
        if (hits.some((f) => f.severity === 'error')) caughtError++;
        else if (options.showMisses) {
          log(`missed ${file.slice(0, 50)} ${p.en_number}: ${p.zh_original_number} -> ${p.zh_altered_number}${hits.length ? ` (only ${hits.map((h) => h.severity).join(',')})` : ''}`);
        }
      }
      for (const kind of ['drop_zh', 'merge_en']) {
        let kindPairs = 0;
        let errors = 0;
        let found = 0;
        let files = 0;
        for (const file of readdirSync(pdir).filter((f) => f.endsWith(`.${kind}.txt`) && inPart(f)).sort()) {
          const text = readFileSync(join(pdir, file), 'utf8');
          const gold = JSON.parse(readFileSync(join(pdir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold & { perturbation: { orphan_en_index?: number } };
          const doc = usePipeline ? pipelineDoc(file, text, pipeline, entities) : goldDoc(file, text, gold, entities);
          if (!doc) continue;
          files++;
          kindPairs += fullPairCount(doc);
          const findings = runChecks(doc);
          const orphan = gold.perturbation.orphan_en_index;
          const orphanBlock = orphan !== undefined ? doc.blocks.find((b) => b.lang === 'en' && b.text === gold.en[orphan]!.trim()) : undefined;
          const orphanPair = orphanBlock && doc.pairs.find((p) => p.en.includes(orphanBlock.id));
          for (const f of findings) {
            if (f.severity !== 'error') continue;
            if (f.pair === orphanPair?.id && f.ruleId === 'missing-translation') { found++; continue; }
            errors++;
            if (options.show) log(`error ${kind} ${file.slice(0, 44)} ${f.pair} [${f.ruleId}] ${f.message}`);
          }
        }
        if (kind === 'drop_zh' && options.showMisses) {
          for (const file of readdirSync(pdir).filter((f) => f.endsWith('.drop_zh.txt') && inPart(f)).sort()) {
            const gold = JSON.parse(readFileSync(join(pdir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold & { perturbation: { orphan_en_index: number } };
            const doc = goldDoc(file, readFileSync(join(pdir, file), 'utf8'), gold, entities);
            const block = doc?.blocks.find((b) => b.lang === 'en' && b.text === gold.en[gold.perturbation.orphan_en_index]!.trim());
            const pair = block && doc!.pairs.find((p) => p.en.includes(block.id));
            const hit = pair && runChecks(doc!).some((f) => f.pair === pair.id && f.ruleId === 'missing-translation' && f.severity === 'error');
            if (!hit) log(`missed drop_zh ${file.slice(0, 44)}: ${block?.text.slice(0, 80)}`);
          }
        }
        if (kind === 'drop_zh') rows.push({ set: `${kind} ${part}`, metric: 'dropped translations reported as missing %', value: round(100 * found / Math.max(files, 1)) });
        rows.push({ set: `${kind} ${part}`, metric: 'other errors per 100 pairs', value: round(100 * errors / Math.max(kindPairs, 1)) });
      }
      rows.push({ set: `alter_num ${part}`, metric: 'slips', value: total });
      rows.push({ set: `alter_num ${part}`, metric: 'caught at any severity %', value: round(100 * caught / Math.max(total, 1)) });
      rows.push({ set: `alter_num ${part}`, metric: 'caught as error %', value: round(100 * caughtError / Math.max(total, 1)) });
    } else {
      log(`no data at ${DATA}: clean and alter_num figures skipped`);
    }

    if (existsSync(DATA)) {
      const dir = join(DATA, 'articles/wmt24');
      const tally = new Map<string, { total: number; caught: number }>();
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json') && inPart(f)).sort()) {
        const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
        gold.links.forEach((link, index) => {
          for (const slip of syntheticSlips(gold, link, entities)) {
            const edited: Gold = { ...gold, [slip.side]: gold[slip.side].map((t, i) => (i === slip.paragraph ? slip.text : t)) };
            const text = edited.blocks.map(([lang, i]) => edited[lang as 'en' | 'zh'][i]).join('\n\n');
            const doc = goldDoc(file, text, edited, entities);
            if (!doc) continue;
            const t = tally.get(slip.kind) ?? { total: 0, caught: 0 };
            t.total++;
            const rules = slip.kind === 'zh-name' ? ['entity-mismatch'] : NUMERIC_RULES;
            const levels = slip.level === 'warning' ? ['warning', 'error'] : ['error'];
            const hit = runChecks(doc).some((f) => f.pair === `p${index + 1}` && levels.includes(f.severity) && rules.includes(f.ruleId));
            if (hit) t.caught++;
            else if (options.showMisses) log(`missed synthetic ${slip.kind} ${file.slice(0, 40)} p${index + 1}: ${slip.what}`);
            tally.set(slip.kind, t);
          }
        });
      }
      let total = 0;
      let caught = 0;
      for (const [kind, t] of [...tally].sort()) {
        const level = kind === 'zh-bound' ? 'as warning or error' : 'as error';
        rows.push({ set: `synthetic ${part}`, metric: `${kind} caught ${level} % (of ${t.total})`, value: round(100 * t.caught / Math.max(t.total, 1)) });
        total += t.total;
        caught += t.caught;
      }
      rows.push({ set: `synthetic ${part}`, metric: `all caught at their level % (of ${total})`, value: round(100 * caught / Math.max(total, 1)) });
      // The first five kinds alone, comparable with the figures from before the set grew.
      const first = [...tally].filter(([kind]) => FIRST_KINDS.has(kind)).map(([, t]) => t);
      const firstTotal = first.reduce((n, t) => n + t.total, 0);
      const firstCaught = first.reduce((n, t) => n + t.caught, 0);
      rows.push({ set: `synthetic ${part}`, metric: `digit, word, numeral and scale kinds caught as error % (of ${firstTotal})`, value: round(100 * firstCaught / Math.max(firstTotal, 1)) });
    }
  }

  const bible = join(DATA, 'sentences-bible');
  if (existsSync(join(bible, 'en.verse'))) {
    const verses = (lang: 'en' | 'zh') => {
      const ids = readFileSync(join(bible, `${lang}.verse`), 'utf8').split('\n');
      const lines = readFileSync(join(bible, lang, '001'), 'utf8').split('\n');
      const byVerse = new Map<string, string[]>();
      ids.forEach((id, i) => { if (id) byVerse.set(id, [...(byVerse.get(id) ?? []), lines[i] ?? '']); });
      return byVerse;
    };
    const en = verses('en');
    const zh = verses('zh');
    const units = [...en.keys()].filter((id) => zh.has(id));
    const text = units.map((id) => `${en.get(id)!.join(' ')}\n\n${zh.get(id)!.join('')}`).join('\n\n');
    const langs = units.flatMap(() => ['en', 'zh'] as Lang[]);
    const blocks = blankLineBlocks(text, langs);
    const pairs = units.map((_, i) => ({ id: `p${i + 1}`, en: [blocks[2 * i]!.id], zh: [blocks[2 * i + 1]!.id], score: 1 }));
    const doc: Doc = { name: 'bible', text, blocks, pairs, facts: factsFor(text, blocks, entities) };
    const counts = new Map<string, number>();
    for (const f of runChecks(doc)) {
      const key = `${f.ruleId} ${f.severity}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (options.show && f.severity === 'error') log(`error bible ${f.pair} [${f.ruleId}] ${f.message}`);
    }
    rows.push({ set: 'bible verses', metric: 'pairs', value: pairs.length });
    for (const [key, n] of [...counts].sort()) rows.push({ set: 'bible verses', metric: `${key} per 100 pairs`, value: round(100 * n / pairs.length) });
  }

  const manifest = join(SLIPS, 'slips.json');
  if (existsSync(manifest) && pipeline) {
    const slips = JSON.parse(readFileSync(manifest, 'utf8')) as SeedSlip[];
    let caught = 0;
    let caughtError = 0;
    for (const slip of slips) {
      const text = readFileSync(join(SLIPS, slip.file), 'utf8');
      const doc = pipelineDoc(slip.file, text, pipeline, entities);
      const pair = pairOf(doc, slip.anchor);
      const hits = runChecks(doc).filter((f) => f.pair === pair?.id && slip.rules.includes(f.ruleId));
      if (hits.length) caught++;
      if (hits.some((f) => f.severity === 'error')) caughtError++;
      else if (options.showMisses) log(`missed seed slip ${slip.file}: ${slip.what}${hits.length ? ' (warning only)' : ''}`);
    }
    rows.push({ set: 'seed slips', metric: 'slips', value: slips.length });
    rows.push({ set: 'seed slips', metric: 'caught at any severity %', value: round(100 * caught / Math.max(slips.length, 1)) });
    rows.push({ set: 'seed slips', metric: 'caught as error %', value: round(100 * caughtError / Math.max(slips.length, 1)) });
  }
  return rows;
}

/** A slip made by editing one paragraph of a clean article. */
interface SyntheticSlip {
  kind: string;
  side: 'en' | 'zh';
  paragraph: number;
  text: string;
  what: string;
  /** The least severity that catches it (a dropped bound is a warning; the rest errors). */
  level?: 'error' | 'warning';
}

/** The kinds of the first synthetic set: a digit or a number word changed, 万 and 亿 swapped. */
const FIRST_KINDS = new Set(['en-digit', 'en-word', 'zh-digit', 'zh-numeral', 'zh-scale']);
const ZH_NUMERALS = '一二三四五六七八九';
const EN_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Surnames put in for a transliterated one: far from most names by the transliteration tables. */
const OTHER_SURNAMES = ['彼得罗夫', '加西亚', '施密特'];
/** An English number that is no year: digits with optional thousands separators and decimals. */
const EN_NUMBER = /(?<![\d.,@/#:A-Za-z_-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d@/A-Za-z_-])|(?<![\d.,@/#:A-Za-z_-])\d+(?:\.\d+)?(?![\d@/A-Za-z_-])/g;
const EN_BOUND = /\b(?:more than|at least|over|fewer than|less than)\s+\$?\d/i;
const ZH_BOUND = /超过|超過|至少|以上|不到/;
const EN_ORDINAL = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|\d+(?:st|nd|rd|th))\b/i;

/**
 * Slips of the kinds translators make, one per kind and pair at most: the last digit of the first
 * number changed on either side, 万 and 亿 swapped, a Chinese numeral before a measure word
 * changed, an English number word changed; and the slips real pages show: a Chinese number ten
 * times too large (`zh-x10`), two neighbouring digits of an English number swapped
 * (`en-transposed`), a Chinese ordinal changed (`zh-ordinal`), a bound the English states dropped
 * from the Chinese (`zh-bound`, caught at warning), a transliterated surname replaced by another
 * (`zh-name`, caught by `entity-mismatch`).
 */
function syntheticSlips(gold: Gold, link: { en: number[]; zh: number[] }, entities?: EntityExtractor): SyntheticSlip[] {
  if (link.en.length !== 1 || link.zh.length !== 1) return [];
  const out: SyntheticSlip[] = [];
  const en = gold.en[link.en[0]!]!;
  const zh = gold.zh[link.zh[0]!]!;
  const zhAt = link.zh[0]!;
  const enAt = link.en[0]!;
  const edit = (text: string, at: number, length: number, by: string) => text.slice(0, at) + by + text.slice(at + length);
  const digit = (side: 'en' | 'zh', text: string, paragraph: number) => {
    const m = /(?<![\d.,@/#:A-Za-z_-])\d+(?:[.,]\d+)*(?![\d@/A-Za-z_-])/.exec(text);
    if (!m) return;
    const last = Number(m[0].at(-1));
    const changed = m[0].slice(0, -1) + String(last === 9 ? 8 : last + 1);
    out.push({ kind: `${side}-digit`, side, paragraph, text: edit(text, m.index, m[0].length, changed), what: `${m[0]} -> ${changed}` });
  };
  digit('zh', zh, zhAt);
  digit('en', en, enAt);
  const scale = /(?<=[\d一二三四五六七八九十两])[万亿]/.exec(zh);
  if (scale) {
    const other = scale[0] === '万' ? '亿' : '万';
    out.push({ kind: 'zh-scale', side: 'zh', paragraph: zhAt, text: edit(zh, scale.index, 1, other), what: `${scale[0]} -> ${other}` });
  }
  const numeral = /(?<![一二三四五六七八九十百千万亿第])([二三四五六七八九])(?=[个名家年天次项位岁条种所座件只辆周])/.exec(zh);
  if (numeral) {
    const next = ZH_NUMERALS[(ZH_NUMERALS.indexOf(numeral[1]!) + 1) % 9]!;
    out.push({ kind: 'zh-numeral', side: 'zh', paragraph: zhAt, text: edit(zh, numeral.index, 1, next), what: `${numeral[1]} -> ${next}` });
  }
  const word = new RegExp(`\\b(${EN_WORDS.join('|')})\\b(?= [a-z])`, 'i').exec(en);
  if (word) {
    const i = EN_WORDS.indexOf(word[1]!.toLowerCase());
    const next = EN_WORDS[(i + 1) % EN_WORDS.length]!;
    out.push({ kind: 'en-word', side: 'en', paragraph: enAt, text: edit(en, word.index, word[0].length, next), what: `${word[0]} -> ${next}` });
  }
  // Ten times: the first Chinese number that is no part of a date or time, its decimal point moved or a 0 added.
  const tenfold = /(?<![\d.A-Za-z/_?=-])(\d+)(?:\.(\d))?(\d*)(?![\d年月日号號时時点點分秒A-Za-z/_-])/.exec(zh);
  if (tenfold && !/^(?:19|20)\d\d$/.test(tenfold[0]) && Number(tenfold[0]) > 0) {
    const [whole, int, first, rest] = [tenfold[0], tenfold[1]!, tenfold[2], tenfold[3] ?? ''];
    const changed = first === undefined ? `${int}0` : `${int}${first}${rest ? `.${rest}` : ''}`;
    out.push({ kind: 'zh-x10', side: 'zh', paragraph: zhAt, text: edit(zh, tenfold.index, whole.length, changed), what: `${whole} -> ${changed}` });
  }
  // Transposed digits: the first English number of three digits or more that is no year.
  for (const m of en.matchAll(EN_NUMBER)) {
    const digits = m[0];
    if (/^(?:19|20)\d\d$/.test(digits) || digits.replace(/\D/g, '').length < 3) continue;
    const k = [...digits].findIndex((c, i) => i > 0 && /\d/.test(c) && /\d/.test(digits[i + 1] ?? '') && c !== digits[i + 1]);
    if (k < 0) continue;
    const changed = digits.slice(0, k) + digits[k + 1]! + digits[k]! + digits.slice(k + 2);
    out.push({ kind: 'en-transposed', side: 'en', paragraph: enAt, text: edit(en, m.index, digits.length, changed), what: `${digits} -> ${changed}` });
    break;
  }
  const ordinal = /第([一二三四五六七八九])/.exec(zh);
  if (ordinal && EN_ORDINAL.test(en)) {
    const next = ZH_NUMERALS[(ZH_NUMERALS.indexOf(ordinal[1]!) + 1) % 9]!;
    out.push({ kind: 'zh-ordinal', side: 'zh', paragraph: zhAt, text: edit(zh, ordinal.index + 1, 1, next), what: `第${ordinal[1]} -> 第${next}` });
  }
  const bound = ZH_BOUND.exec(zh);
  if (bound && EN_BOUND.test(en)) {
    out.push({ kind: 'zh-bound', side: 'zh', paragraph: zhAt, text: edit(zh, bound.index, bound[0].length, ''), what: `${bound[0]} dropped`, level: 'warning' });
  }
  // A name swap: the surname of a transliterated person the English names too, replaced.
  const zhPeople = entities ? entities(zh, 'zh').filter((f) => f.type === 'person' && /[·•]/.test(zh.slice(f.start, f.end))) : [];
  const enPeople = zhPeople.length && entities ? entities(en, 'en').filter((f) => f.type === 'person') : [];
  const person = zhPeople.find((p) => enPeople.some((q) => sameEntity(p, q)));
  if (person) {
    const raw = zh.slice(person.start, person.end);
    const dot = Math.max(raw.lastIndexOf('·'), raw.lastIndexOf('•'));
    const surname = raw.slice(dot + 1);
    const other = OTHER_SURNAMES.find((s) => s !== surname) ?? OTHER_SURNAMES[0]!;
    out.push({ kind: 'zh-name', side: 'zh', paragraph: zhAt, text: edit(zh, person.start + dot + 1, surname.length, other), what: `${surname} -> ${other}` });
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The rows as an aligned text table. */
export function formatRows(rows: readonly EvalRow[]): string {
  const width = Math.max(...rows.map((r) => `${r.set}  ${r.metric}`.length));
  return rows.map((r) => `${`${r.set}  ${r.metric}`.padEnd(width)}  ${r.value}`).join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const rows = await evaluateChecks({
    pipeline: argv.includes('--pipeline'),
    show: argv.includes('--show'),
    showWarnings: argv.includes('--show-warnings'),
    showMisses: argv.includes('--show-misses'),
    log: (line) => { console.log(line); },
  });
  console.log(formatRows(rows));
}

export type { Severity };
