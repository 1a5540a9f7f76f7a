/**
 * Real bilingual web pages (`../shared/data/real-pages`): pairing, facts and findings.
 *
 *     npx tsx scripts/eval/pages.ts [--data dir] [--errors] [--all] [--leave-one-out]
 *
 * Each page runs through `align()` as the CLI runs a file, with default options. Figures, for the
 * tuning and the held-out part (`partOf` of the file name without `.txt`):
 * - pairing: exact-link precision, recall and F1. A predicted block is mapped to the gold blocks of
 *   the lines it covers (on a line holding both languages, to the part its start column falls in);
 *   a link is the pair of gold block sets of its two sides. Predicted one-sided links made only of
 *   gold `x` blocks (chrome, titles, vocabulary) are reports, not links, and are not counted;
 * - facts: gold facts that agree, found on both sides (a fact of ours overlapping each gold
 *   substring) with the same value: our two facts agree with each other and, where the gold value
 *   is comparable, with it;
 * - false alarms: gold two-sided links whose facts all agree, on which a number/money/date/entity
 *   mismatch finding at warning or error level lands, per clean gold pair;
 * - slips: gold facts that disagree, with such a finding on their link naming one of their facts.
 * - scores: the share of right two-sided links in each score band, on the tuning part and on the
 *   pages written for the tests (`test/pipeline/page-shapes.pages.ts`, `page-shapes-forum.pages.ts`,
 *   `page-shapes-news.pages.ts`, `page-shapes-more.pages.ts`); not on the held-out part,
 *   whose few links would show which of them are wrong.
 * `--errors` prints the failures of the tuning part (`--all`: of both parts).
 * `--leave-one-out` checks the page-layout costs on the tuning pages alone: each tuning page is
 * left out in turn, the costs are chosen from a small grid on the others, and the left-out page is
 * scored with them (see `leaveOneOut`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';
import { pair, COST, type CostProfile } from '../../src/pipeline/pair/index.js';
import { INTERLEAVED_COST, SENTENCE_COST } from '../../src/pipeline/pair/costs.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Block, Fact, FileResult, Finding } from '../../src/types.js';
import { partOf, type Part } from './split.js';
import { SHAPE_PAGES, blockLines, linkOf, type ShapePage } from '../../test/pipeline/page-shapes.pages.js';
import { FORUM_PAGES } from '../../test/pipeline/page-shapes-forum.pages.js';
import { NEWS_PAGES } from '../../test/pipeline/page-shapes-news.pages.js';
import { MORE_PAGES } from '../../test/pipeline/page-shapes-more.pages.js';

/** A block of the gold file. */
interface GoldBlock {
  line: number;
  lines: number;
  lang: 'en' | 'zh' | 'x';
  part?: 'en' | 'zh';
  column?: number;
}

/** A gold link. */
interface GoldLink {
  en: number[];
  zh: number[];
}

/** A gold fact. */
interface GoldFact {
  en: string;
  zh: string;
  value: number | string;
  unit: string | null;
  link: number;
  agree: boolean;
  value_zh?: number | string;
}

/** A gold file. */
interface Gold {
  blocks: GoldBlock[];
  links: GoldLink[];
  facts: GoldFact[];
}

/** Counts of one page. */
interface PageCounts {
  gold: number;
  predicted: number;
  correct: number;
  facts: number;
  factsFound: number;
  cleanPairs: number;
  falseAlarmPairs: number;
  slips: number;
  slipsFlagged: number;
}

const VALUE_RULES = new Set(['number-mismatch', 'money-mismatch', 'date-mismatch', 'entity-mismatch']);

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const dir = resolve(dataArg >= 0 && args[dataArg + 1] ? args[dataArg + 1]! : join(here, '../../../shared/data/real-pages'));
const showErrors = args.includes('--errors') || args.includes('--all');
const showHeldOut = args.includes('--all');

/** Start offset (UTF-16) of each 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0, 0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** UTF-16 offset within `line` of 1-based code-point column `column`. */
function codeUnitOffset(line: string, column: number): number {
  let offset = 0;
  let seen = 1;
  for (const ch of line) {
    if (seen === column) return offset;
    offset += ch.length;
    seen++;
  }
  return offset;
}

/** Absolute UTF-16 ranges of each gold block in the text. */
function goldRanges(text: string, gold: Gold): { start: number; end: number }[] {
  const starts = lineStarts(text);
  const lineText = (n: number): string => {
    const s = starts[n] ?? text.length;
    const next = starts[n + 1];
    return text.slice(s, next === undefined ? text.length : next - 1);
  };
  return gold.blocks.map((b, i) => {
    const base = starts[b.line] ?? 0;
    const body = lineText(b.line);
    if (b.column === undefined) return { start: base, end: base + body.length };
    const from = codeUnitOffset(body, b.column);
    const next = gold.blocks[i + 1];
    const to = next?.line === b.line && next.column !== undefined ? codeUnitOffset(body, next.column) : body.length;
    return { start: base + from, end: base + to };
  });
}

/** The gold blocks a predicted block stands for. */
function goldOf(block: Block, ranges: { start: number; end: number }[]): number[] {
  const out: number[] = [];
  ranges.forEach((r, i) => {
    const overlap = Math.min(r.end, block.end) - Math.max(r.start, block.start);
    if (overlap > 0 && overlap * 2 >= Math.min(r.end - r.start, block.end - block.start)) out.push(i);
  });
  return out;
}

const key = (en: number[], zh: number[]): string => `${[...en].sort((a, b) => a - b).join(',')}|${[...zh].sort((a, b) => a - b).join(',')}`;

/** Offsets of every occurrence of `needle` inside the ranges of `blocks`. */
function occurrences(text: string, needle: string, blocks: number[], ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const b of blocks) {
    const r = ranges[b];
    if (!r) continue;
    const body = text.slice(r.start, r.end);
    for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) out.push({ start: r.start + i, end: r.start + i + needle.length });
  }
  return out;
}

const ISO_UNIT: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

/** Whether one of our values matches a gold value, where the two are comparable (true when not). */
function matchesGold(fact: Fact, value: number | string, unit: string | null): boolean {
  if (typeof value === 'number') {
    if (typeof fact.value !== 'number') {
      if (fact.kind === 'duration' && unit) {
        const iso = ISO_UNIT[unit] ? `P${value}${ISO_UNIT[unit]}` : unit === 'hour' ? `PT${value}H` : undefined;
        return iso === undefined || fact.value === iso;
      }
      return true;
    }
    const close = (x: number): boolean => Math.abs(x - value) <= 1e-6 * Math.max(1, Math.abs(value));
    return close(fact.value) || (fact.max !== undefined && close(fact.max));
  }
  if (typeof fact.value === 'string' && /^\d{4}/.test(value)) return fact.value.startsWith(value) || fact.value.includes(value);
  return true;
}

/** Whether two facts of ours carry the same value. */
function sameValue(a: Fact, b: Fact): boolean {
  if (typeof a.value === 'number' && typeof b.value === 'number') {
    const near = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
    return near(a.value, b.value) && (a.unit ?? '') === (b.unit ?? '');
  }
  return String(a.value) === String(b.value);
}

/** The predicted links of a result as gold block sets, leaving out one-sided reports of `x` blocks. */
function predictedLinks(result: { blocks: Block[]; pairs: FileResult['pairs'] }, text: string, gold: Gold): { id: string; en: number[]; zh: number[] }[] {
  const ranges = goldRanges(text, gold);
  const mapped = new Map(result.blocks.map((b) => [b.id, goldOf(b, ranges)]));
  const isX = (i: number): boolean => gold.blocks[i]?.lang === 'x';
  const predicted: { id: string; en: number[]; zh: number[] }[] = [];
  for (const p of result.pairs) {
    const en = p.en.flatMap((id) => mapped.get(id) ?? []);
    const zh = p.zh.flatMap((id) => mapped.get(id) ?? []);
    const all = [...en, ...zh];
    if ((p.en.length === 0 || p.zh.length === 0) && all.every(isX)) continue;
    predicted.push({ id: p.id, en, zh });
  }
  return predicted;
}

/** Lower bounds of the score bands the links' correctness is reported by. */
const BANDS = [0, 0.5, 0.7, 0.9, 0.97];

/** Two-sided predicted links by score band: [links, right]. */
type BandTally = [number, number][];

const newBands = (): BandTally => BANDS.map(() => [0, 0]);

/** Counts one two-sided link of score `score` in its band. */
function tallyBand(bands: BandTally, score: number, right: boolean): void {
  let k = BANDS.length - 1;
  while (k > 0 && score < BANDS[k]!) k--;
  bands[k]![0]++;
  if (right) bands[k]![1]++;
}

/** One line of the share of right links per band. */
function bandLine(label: string, bands: BandTally): string {
  const cells = bands.map(([n, right], k) => `${BANDS[k]!.toFixed(2)}+ ${right}/${n}${n ? ` (${((100 * right) / n).toFixed(1)}%)` : ''}`);
  return `two-sided links right by score band, ${label}: ${cells.join('  ')}`;
}

/** The score bands of pages written for the tests, whose expected links each page lists. */
function shapePageBands(pages: readonly ShapePage[] = SHAPE_PAGES): BandTally {
  const bands = newBands();
  for (const page of pages) {
    const result = align(page.text);
    const lines = blockLines(result);
    const want = new Set(page.links);
    for (const p of result.pairs) if (p.en.length && p.zh.length) tallyBand(bands, p.score, want.has(linkOf(p, lines)));
  }
  return bands;
}

/** Evaluates one page; `bands` counts its two-sided links by score. */
function evalPage(name: string, text: string, gold: Gold, errors: string[], bands = newBands()): PageCounts {
  const result: FileResult = align(text, { path: name });
  const ranges = goldRanges(text, gold);
  const blockById = new Map(result.blocks.map((b) => [b.id, b]));
  const mapped = new Map(result.blocks.map((b) => [b.id, goldOf(b, ranges)]));

  const goldKeys = new Map(gold.links.map((l, i) => [key(l.en, l.zh), i]));
  const predicted = predictedLinks(result, text, gold);
  let correct = 0;
  const scoreOf = new Map(result.pairs.map((p) => [p.id, p.score]));
  for (const p of predicted) {
    if (p.en.length && p.zh.length) tallyBand(bands, scoreOf.get(p.id) ?? 1, goldKeys.has(key(p.en, p.zh)));
    if (goldKeys.has(key(p.en, p.zh))) correct++;
    else errors.push(`  pair ${p.id}: en ${p.en.join('+') || '-'} zh ${p.zh.join('+') || '-'} (${[...p.en, ...p.zh].map((i) => `L${gold.blocks[i]?.line}${gold.blocks[i]?.lang}`).join(' ')})`);
  }
  const predictedKeys = new Set(predicted.map((p) => key(p.en, p.zh)));
  gold.links.forEach((l) => {
    if (!predictedKeys.has(key(l.en, l.zh))) errors.push(`  missed gold link en ${l.en.join('+') || '-'} zh ${l.zh.join('+') || '-'} (${[...l.en, ...l.zh].map((i) => `L${gold.blocks[i]?.line}`).join(' ')})`);
  });

  // Facts.
  const factsOf = (blocks: number[], lang: 'en' | 'zh'): Fact[] => result.facts.filter((f) => {
    if (f.lang !== lang || f.kind === 'entity') return false;
    const b = blockById.get(f.block);
    return b !== undefined && (mapped.get(b.id) ?? []).some((g) => blocks.includes(g));
  });
  const overlapping = (facts: Fact[], spans: { start: number; end: number }[]): Fact[] => facts.filter((f) => spans.some((s) => f.start < s.end && s.start < f.end));
  let facts = 0;
  let factsFound = 0;
  let slips = 0;
  let slipsFlagged = 0;
  const factIds = new Map<number, Set<string>>();
  gold.facts.forEach((gf) => {
    const link = gold.links[gf.link];
    if (!link) return;
    const en = overlapping(factsOf(link.en, 'en'), occurrences(text, gf.en, link.en, ranges));
    const zh = overlapping(factsOf(link.zh, 'zh'), occurrences(text, gf.zh, link.zh, ranges));
    const ids = factIds.get(gf.link) ?? new Set<string>();
    for (const f of [...en, ...zh]) ids.add(f.id);
    factIds.set(gf.link, ids);
    if (gf.agree) {
      facts++;
      const ok = en.some((a) => matchesGold(a, gf.value, gf.unit) && zh.some((b) => sameValue(a, b)));
      if (ok) factsFound++;
      else errors.push(`  fact "${gf.en}" = "${gf.zh}" (${gf.value}${gf.unit ? ` ${gf.unit}` : ''}): en ${en.map((f) => `${f.kind}:${f.value}${f.unit ?? ''}`).join(',') || 'none'}; zh ${zh.map((f) => `${f.kind}:${f.value}${f.unit ?? ''}`).join(',') || 'none'}`);
    }
  });

  // Findings per gold link.
  const pairLinks = new Map<string, number[]>();
  for (const p of result.pairs) {
    const gs = new Set([...p.en, ...p.zh].flatMap((id) => mapped.get(id) ?? []));
    pairLinks.set(p.id, gold.links.flatMap((l, i) => ([...l.en, ...l.zh].some((g) => gs.has(g)) ? [i] : [])));
  }
  const alarms = result.findings.filter((f: Finding) => VALUE_RULES.has(f.ruleId) && f.severity !== 'info');
  let cleanPairs = 0;
  let falseAlarmPairs = 0;
  gold.links.forEach((l, i) => {
    const linkFacts = gold.facts.filter((f) => f.link === i);
    const onLink = alarms.filter((f) => (pairLinks.get(f.pair) ?? []).includes(i));
    if (l.en.length && l.zh.length && linkFacts.every((f) => f.agree)) {
      cleanPairs++;
      if (onLink.length) {
        falseAlarmPairs++;
        errors.push(`  false alarm on gold link ${i} (L${gold.blocks[l.en[0]!]?.line}): ${onLink.map((f) => `${f.ruleId} ${f.severity}: ${f.message}`).join(' | ')}`);
      }
    }
    for (const gf of linkFacts.filter((f) => !f.agree)) {
      slips++;
      const ids = factIds.get(i) ?? new Set<string>();
      const flagged = onLink.some((f) => [...f.en, ...f.zh].some((id) => ids.has(id)) || (f.en.length === 0 && f.zh.length === 0));
      if (flagged) slipsFlagged++;
      else errors.push(`  slip not flagged: "${gf.en}" vs "${gf.zh}"`);
    }
  });
  return { gold: gold.links.length, predicted: predicted.length, correct, facts, factsFound, cleanPairs, falseAlarmPairs, slips, slipsFlagged };
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const f1 = (c: PageCounts): string => {
  const p = c.predicted ? c.correct / c.predicted : 0;
  const r = c.gold ? c.correct / c.gold : 0;
  return p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '0.000';
};

/** Pairing counts of one page (split and pair as `align` runs them) under the current costs. */
function pairingCounts(text: string, gold: Gold): { gold: number; predicted: number; correct: number } {
  const blocks = split(text);
  const predicted = predictedLinks({ blocks, pairs: pair(blocks, { lexicon: loadLexicon }) }, text, gold);
  const want = new Set(gold.links.map((l) => key(l.en, l.zh)));
  return { gold: gold.links.length, predicted: predicted.length, correct: predicted.filter((p) => want.has(key(p.en, p.zh))).length };
}

/**
 * The costs the leave-one-out check tunes, each with the values it tries (the shipped value
 * first, so that ties keep it; the last value of a page-layout cost turns its rule off).
 */
const GRID: Partial<Record<keyof CostProfile, number[]>> = {
  skip: [COST.skip, 3, 5],
  lexical: [COST.lexical, 4, 12],
  strangerNumbers: [COST.strangerNumbers, 0],
  skipHeading: [COST.skipHeading, 4],
  brokenSentence: [COST.brokenSentence, 4.4],
  headingAfterSentence: [COST.headingAfterSentence, 0],
  numbersDisagree: [COST.numbersDisagree, 0],
};

/** Every combination of the grid's values. */
function gridSettings(): Partial<CostProfile>[] {
  let out: Partial<CostProfile>[] = [{}];
  for (const [name, values] of Object.entries(GRID)) {
    out = out.flatMap((s) => values.map((v) => ({ ...s, [name]: v })));
  }
  return out;
}

/** Runs `fn` with `setting` written into every cost profile, then puts the shipped values back. */
function withCosts<T>(setting: Partial<CostProfile>, fn: () => T): T {
  const profiles: CostProfile[] = [COST, INTERLEAVED_COST, SENTENCE_COST];
  const saved = profiles.map((p) => ({ ...p }));
  for (const p of profiles) Object.assign(p, setting);
  try {
    return fn();
  } finally {
    profiles.forEach((p, k) => Object.assign(p, saved[k]));
  }
}

/**
 * Leave-one-out on the tuning pages: for each tuning page, the grid setting with the most right
 * links on the other tuning pages (fewest wrong ones on a tie, then the shipped one) is chosen
 * and the left-out page is scored with it. Held-out pages take no part.
 */
function leaveOneOut(pages: { id: string; text: string; gold: Gold }[]): void {
  const settings = gridSettings();
  const counts = settings.map((s) => withCosts(s, () => pages.map((p) => pairingCounts(p.text, p.gold))));
  console.log(`| left out | settings tied best on the rest | chosen setting | F1 left out (chosen) | F1 left out (shipped) |`);
  console.log('|---|---|---|---|---|');
  const total = { chosen: { gold: 0, predicted: 0, correct: 0 }, shipped: { gold: 0, predicted: 0, correct: 0 } };
  pages.forEach((page, h) => {
    const score = (k: number) => {
      let right = 0;
      let wrong = 0;
      counts[k]!.forEach((c, q) => {
        if (q === h) return;
        right += c.correct;
        wrong += c.predicted - c.correct;
      });
      return right * 1000 - wrong;
    };
    let best = 0;
    let tied = 0;
    settings.forEach((_, k) => {
      if (score(k) > score(best)) {
        best = k;
        tied = 1;
      } else if (score(k) === score(best)) tied++;
    });
    const chosen = counts[best]![h]!;
    const shipped = counts[0]![h]!;
    for (const [t, c] of [[total.chosen, chosen], [total.shipped, shipped]] as const) {
      t.gold += c.gold;
      t.predicted += c.predicted;
      t.correct += c.correct;
    }
    const f = (c: { gold: number; predicted: number; correct: number }) => f1({ ...c, facts: 0, factsFound: 0, cleanPairs: 0, falseAlarmPairs: 0, slips: 0, slipsFlagged: 0 });
    const setting = Object.entries(settings[best]!).map(([n, v]) => `${n} ${String(v as number)}`).join(', ');
    console.log(`| ${page.id} | ${tied}/${settings.length} | ${setting} | ${f(chosen)} | ${f(shipped)} |`);
  });
  const f = (c: { gold: number; predicted: number; correct: number }) => f1({ ...c, facts: 0, factsFound: 0, cleanPairs: 0, falseAlarmPairs: 0, slips: 0, slipsFlagged: 0 });
  console.log(`| all tuning pages, each left out once | | | ${f(total.chosen)} | ${f(total.shipped)} |`);
}

function main(): void {
  if (!existsSync(dir)) {
    console.log(`No real pages at ${dir}: nothing to measure.`);
    return;
  }
  if (args.includes('--leave-one-out')) {
    const pages = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
      .map((file) => ({ id: file.replace(/\.txt$/, ''), file }))
      .filter(({ id }) => partOf(id) === 'tuning' && existsSync(join(dir, `${id}.gold.json`)))
      .map(({ id, file }) => ({ id, text: readFileSync(join(dir, file), 'utf8'), gold: JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold }));
    leaveOneOut(pages);
    return;
  }
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  const totals: Record<Part, PageCounts> = {
    tuning: { gold: 0, predicted: 0, correct: 0, facts: 0, factsFound: 0, cleanPairs: 0, falseAlarmPairs: 0, slips: 0, slipsFlagged: 0 },
    'held-out': { gold: 0, predicted: 0, correct: 0, facts: 0, factsFound: 0, cleanPairs: 0, falseAlarmPairs: 0, slips: 0, slipsFlagged: 0 },
  };
  const tuningBands = newBands();
  console.log('| page | part | pairing F1 | facts both sides | false alarms | slips flagged |');
  console.log('|---|---|---|---|---|---|');
  for (const file of names) {
    const id = file.replace(/\.txt$/, '');
    const goldPath = join(dir, `${id}.gold.json`);
    if (!existsSync(goldPath)) continue;
    const part = partOf(id);
    const errors: string[] = [];
    const c = evalPage(file, readFileSync(join(dir, file), 'utf8'), JSON.parse(readFileSync(goldPath, 'utf8')) as Gold, errors, part === 'tuning' ? tuningBands : newBands());
    const t = totals[part];
    for (const k of Object.keys(t) as (keyof PageCounts)[]) t[k] += c[k];
    const shown = part === 'tuning' || showHeldOut;
    console.log(`| ${id} | ${part} | ${shown ? f1(c) : '(held out)'} | ${shown ? `${c.factsFound}/${c.facts}` : ''} | ${shown ? `${c.falseAlarmPairs}/${c.cleanPairs}` : ''} | ${shown ? `${c.slipsFlagged}/${c.slips}` : ''} |`);
    if (showErrors && shown && errors.length) console.log(errors.join('\n'));
  }
  console.log('');
  console.log('| part | pages links | pairing P | R | F1 | facts both sides | false alarms per clean pair | slips flagged |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const part of ['tuning', 'held-out'] as Part[]) {
    const c = totals[part];
    console.log(`| ${part} | ${c.gold} | ${pct(c.correct, c.predicted)} | ${pct(c.correct, c.gold)} | ${f1(c)} | ${pct(c.factsFound, c.facts)} (${c.factsFound}/${c.facts}) | ${c.falseAlarmPairs}/${c.cleanPairs} | ${c.slipsFlagged}/${c.slips} |`);
  }
  console.log('');
  console.log(bandLine('real pages, tuning', tuningBands));
  console.log(bandLine(`pages written for the tests (${SHAPE_PAGES.length})`, shapePageBands()));
  console.log(bandLine(`study, forum, subtitle and one-line pages written for the tests (${FORUM_PAGES.length})`, shapePageBands(FORUM_PAGES)));
  console.log(bandLine(`news, report and press-release pages written for the tests (${NEWS_PAGES.length})`, shapePageBands(NEWS_PAGES)));
  console.log(bandLine(`glossary, exam, verse, subtitle and third-language pages written for the tests (${MORE_PAGES.length})`, shapePageBands(MORE_PAGES)));
}

main();
