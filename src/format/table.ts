import type { Block, Fact, FileResult, Finding, Pair, Severity } from '../types.js';
import { plain, type Style } from './style.js';
import { padEnd, width, wrap } from './text.js';
import { describeValue } from './values.js';
import { atOrAbove } from '../severity.js';

/** Options of the terminal table. */
export interface TableOptions {
  /** Terminal columns to fill (default 100, at least 40). */
  columns?: number;
  /** Colour functions (default: none). */
  style?: Style;
  /** Lines of text shown per side before `…` (default: all). */
  maxLines?: number;
  /** Hide pairs whose score is below this (they still count in the summary). */
  minScore?: number;
  /** Show only pairs that have findings at or above this severity. */
  onlyFindings?: Severity;
}


/**
 * Renders results for a person at a terminal: every pair side by side (width-aware
 * for Chinese), the facts of each side with their values, the findings, and a
 * one-line summary per file. Returns the text to print.
 */
export function formatTable(results: readonly FileResult[], options: TableOptions = {}): string {
  const out: string[] = [];
  for (const result of results) for (const line of renderFile(result, options)) out.push(line);
  return out.join('\n') + '\n';
}

function renderFile(result: FileResult, options: TableOptions): string[] {
  const style = options.style ?? plain;
  const columns = Math.max(40, options.columns ?? 100);
  const side = Math.floor((columns - 3) / 2);
  const blocks = new Map(result.blocks.map((b) => [b.id, b]));
  const factsByBlock = groupBy(result.facts, (f) => f.block);
  const findingsByPair = groupBy(result.findings, (f) => f.pair);
  const out: string[] = [style.bold(result.path), ''];
  const threshold = options.onlyFindings;
  for (const p of orderedPairs(result)) {
    const findings = findingsByPair.get(p.id) ?? [];
    if (options.minScore !== undefined && p.en.length && p.zh.length && p.score < options.minScore) continue;
    if (threshold && !findings.some((f) => atOrAbove(f.severity, threshold))) continue;
    const en = p.en.map((id) => blocks.get(id)!);
    const zh = p.zh.map((id) => blocks.get(id)!);
    out.push(header(result, p, en, zh, style, columns));
    const left = textLines(en, side, options.maxLines);
    const right = textLines(zh, side, options.maxLines);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(`${padEnd(left[i] ?? '', side)} ${style.dim('│')} ${right[i] ?? ''}`.trimEnd());
    }
    const enFacts = en.flatMap((b) => factsByBlock.get(b.id) ?? []);
    const zhFacts = zh.flatMap((b) => factsByBlock.get(b.id) ?? []);
    out.push(...factLines(enFacts, zhFacts, side, style));
    for (const f of findings) out.push(findingLine(f, style));
    out.push('');
  }
  const pairIds = new Set(result.pairs.map((p) => p.id));
  for (const f of result.findings.filter((x) => !pairIds.has(x.pair))) {
    out.push(findingLine(f, style));
  }
  out.push(summaryLine(result, style));
  return out;
}

/** Pairs and the `und` blocks outside pairs, in document order (as pseudo-pairs). */
function orderedPairs(result: FileResult): Pair[] {
  const inPairs = new Set(result.pairs.flatMap((p) => [...p.en, ...p.zh]));
  const loose: Pair[] = result.blocks
    .filter((b) => !inPairs.has(b.id))
    .map((b) => ({ id: '', en: [b.id], zh: [], score: 0 }));
  const position = new Map(result.blocks.map((b, i) => [b.id, i]));
  const first = (p: Pair): number => Math.min(...[...p.en, ...p.zh].map((id) => position.get(id) ?? Infinity));
  return [...result.pairs, ...loose].sort((a, b) => first(a) - first(b));
}

function header(result: FileResult, p: Pair, en: Block[], zh: Block[], style: Style, columns: number): string {
  const where = (bs: Block[]): string =>
    bs.length ? `${bs[0]!.source ?? result.path}:${bs[0]!.line}:${bs[0]!.column}` : '—';
  const kind = `${en.length}-${zh.length}`;
  let label: string;
  if (!p.id) label = style.dim(`${en[0]!.id} (${en[0]!.lang}) outside pairs`);
  else if (!en.length || !zh.length) label = style.yellow(`${p.id} partnerless ${en.length ? 'EN' : 'ZH'}`);
  else {
    const score = p.score.toFixed(2);
    label = `${style.bold(p.id)} ${kind} score ${p.score < 0.5 ? style.yellow(`${score} low`) : score}`;
  }
  const right = style.dim(`EN ${where(en)}  ZH ${where(zh)}`);
  const rule = '─'.repeat(Math.max(1, columns - width(stripAnsi(label)) - width(stripAnsi(right)) - 2));
  return `${label} ${style.dim(rule)} ${right}`;
}

function textLines(blocks: Block[], side: number, maxLines?: number): string[] {
  const lines = blocks.flatMap((b, i) => [...(i ? [''] : []), ...wrap(b.text, side)]);
  if (maxLines && lines.length > maxLines) return [...lines.slice(0, maxLines - 1), '…'];
  return lines;
}

function factLines(en: Fact[], zh: Fact[], side: number, style: Style): string[] {
  if (!en.length && !zh.length) return [];
  const describe = (f: Fact): string => `${f.kind} ${f.raw} → ${describeValue(f)}`;
  const rows: [string, string][] = [];
  const open = [...zh];
  const unmatched: Fact[] = [];
  for (const f of en) {
    const i = open.findIndex((z) => key(z) === key(f));
    if (i < 0) { unmatched.push(f); continue; }
    rows.push([style.green(`= ${fit(describe(f), side - 3)}`), style.green(`= ${fit(describe(open[i]!), side - 3)}`)]);
    open.splice(i, 1);
  }
  for (let i = 0; i < Math.max(unmatched.length, open.length); i++) {
    rows.push([unmatched[i] ? `· ${fit(describe(unmatched[i]!), side - 3)}` : '', open[i] ? `· ${fit(describe(open[i]!), side - 3)}` : '']);
  }
  return [
    style.dim(`${padEnd('facts', side)} │`),
    ...rows.map(([l, r]) => `${l}${' '.repeat(Math.max(1, side - width(stripAnsi(l))))} ${style.dim('│')} ${r}`.trimEnd()),
  ];
}

/** Cuts `text` to `columns` terminal columns, ending with `…` when cut. */
function fit(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > columns - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function findingLine(f: Finding, style: Style): string {
  const mark = f.severity === 'error' ? style.red('✖ error  ') : f.severity === 'warning' ? style.yellow('⚠ warning') : style.blue('ℹ info   ');
  return `${mark} ${f.message} ${style.dim(f.ruleId)}`;
}

function summaryLine(result: FileResult, style: Style): string {
  const s = result.summary;
  const counts = `${s.findings.error} error${s.findings.error === 1 ? '' : 's'}, ${s.findings.warning} warning${s.findings.warning === 1 ? '' : 's'}, ${s.findings.info} info`;
  const colored = s.findings.error ? style.red(counts) : s.findings.warning ? style.yellow(counts) : style.green(counts);
  return `${style.bold(result.path)}: ${s.blocks} blocks, ${s.pairs} pairs, ${s.unpaired} unpaired, ${colored}`;
}

/** A key under which two facts of different languages count as the same. */
function key(f: Fact): string {
  return `${f.kind}|${f.value}|${f.max ?? ''}|${f.unit ?? ''}`;
}

function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = by(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
