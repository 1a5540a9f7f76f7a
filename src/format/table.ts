import type { Block, Fact, FileResult, Finding, Pair, Severity } from '../types.js';
import { matchFacts } from './counterparts.js';
import { dollarPageIn, localDollarIn } from '../checks/money-mismatch.js';
import { partnerlessWord } from './partnerless.js';
import { topBlocks } from '../checks/block-kind.js';
import { readingOrder } from './reading-order.js';
import { plain, type Style } from './style.js';
import { padEnd, width, wrap } from './text.js';
import { formatValue } from './values.js';
import { atOrAbove } from '../severity.js';
import { groupBy } from '../group-by.js';

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
 * for Chinese), the facts of each side with their values, the findings wrapped to the
 * width, a block outside pairs in its place with its notes, and a one-line summary per
 * file. Returns the text to print.
 */
export function formatTable(results: readonly FileResult[], options: TableOptions = {}): string {
  const out: string[] = [];
  for (const result of results) for (const line of renderFile(result, options)) out.push(line);
  return out.join('\n') + '\n';
}

/** A pair, or a block outside every pair (as a pair without an id), in reading order; a run of cue lines once. */
function orderedPairs(result: FileResult): Pair[] {
  return readingOrder(result).map((item) => ('pair' in item ? item.pair : { id: '', en: [item.loose.id], zh: [], score: 0 }));
}

function renderFile(result: FileResult, options: TableOptions): string[] {
  const style = options.style ?? plain;
  const columns = Math.max(40, options.columns ?? 100);
  const side = Math.floor((columns - 3) / 2);
  const blocks = new Map(result.blocks.map((b) => [b.id, b]));
  const factsByBlock = groupBy(result.facts, (f) => f.block);
  const ordered = orderedPairs(result);
  // The blocks that open the page, which a headline without a partner may stand among.
  const top = topBlocks(result.blocks);
  // A page set in Singapore, where a bare `$` and a bare 元 are one dollar.
  const dollarPage = dollarPageIn(result.blocks);
  const looseAt = new Map<string, Block>();
  for (const p of ordered) {
    const block = !p.id ? blocks.get(p.en[0]!) : undefined;
    if (block) looseAt.set(placeKey(block.source, block.line, block.column), block);
  }
  const findingsAt = groupBy(result.findings, (f) => {
    const loose = !f.en.length && !f.zh.length ? looseAt.get(placeKey(f.source, f.line, f.column)) : undefined;
    return loose ? `block:${loose.id}` : f.pair;
  });
  const out: string[] = [style.bold(result.path), ''];
  if (!result.blocks.length) {
    out.push(`${result.path}: nothing to align (the input holds no text)`);
    return out;
  }
  const threshold = options.onlyFindings;
  const placed = new Set<string>();
  for (const p of ordered) {
    const key = p.id || `block:${p.en[0]!}`;
    placed.add(key);
    const findings = findingsAt.get(key) ?? [];
    if (options.minScore !== undefined && p.en.length && p.zh.length && p.score < options.minScore) continue;
    if (threshold && !findings.some((f) => atOrAbove(f.severity, threshold))) continue;
    const en = p.en.map((id) => blocks.get(id)!);
    const zh = p.zh.map((id) => blocks.get(id)!);
    out.push(header(result, p, en, zh, style, columns, top));
    if (!p.id) {
      for (const line of textLines(en, columns, options.maxLines)) out.push(line);
      for (const f of findings) for (const line of findingLines(f, style, columns)) out.push(line);
      out.push('');
      continue;
    }
    const left = textLines(en, side, options.maxLines);
    const right = textLines(zh, side, options.maxLines);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(`${padEnd(left[i] ?? '', side)} ${style.dim('│')} ${right[i] ?? ''}`.trimEnd());
    }
    const enFacts = en.flatMap((b) => factsByBlock.get(b.id) ?? []);
    const zhFacts = zh.flatMap((b) => factsByBlock.get(b.id) ?? []);
    for (const line of factLines(enFacts, zhFacts, findings, side, style, dollarPage || localDollarIn(zh))) out.push(line);
    for (const f of findings) for (const line of findingLines(f, style, columns)) out.push(line);
    out.push('');
  }
  for (const [key, findings] of findingsAt) {
    if (placed.has(key)) continue;
    for (const f of findings) for (const line of findingLines(f, style, columns)) out.push(line);
  }
  for (const line of summaryLines(result, style, columns)) out.push(line);
  return out;
}

/** Where a block starts or a finding points, as one key. */
function placeKey(source: string | undefined, line: number, column: number): string {
  return `${source ?? ''}:${line}:${column}`;
}

/**
 * `p3 1-1 score 0.83 ──── EN line 7 · ZH line 9`: the file's path stands once above its pairs;
 * a pair names a file only in two-file mode, where each side has its own.
 */
function header(result: FileResult, p: Pair, en: Block[], zh: Block[], style: Style, columns: number, top: ReadonlySet<string>): string {
  const where = (side: string, bs: Block[]): string => {
    const b = bs[0];
    if (!b) return '';
    return `${side} ${b.source !== undefined && b.source !== result.path ? `${b.source}:` : 'line '}${b.line}`;
  };
  let label: string;
  if (!p.id) {
    const block = en[0]!;
    const what = partnerlessWord(block, top);
    label = style.dim(`${block.id} outside pairs${block.lang === 'und' ? ', in neither language' : ''}${what ? ` (${what})` : ''}`);
  } else if (!en.length || !zh.length) {
    const what = partnerlessWord((en[0] ?? zh[0])!, top);
    label = style.yellow(`${p.id} ${en.length ? 'EN' : 'ZH'} without a partner${what ? ` (${what})` : ''}`);
  } else {
    const score = p.score.toFixed(2);
    label = `${style.bold(p.id)} ${en.length}-${zh.length} score ${p.score < 0.5 ? style.yellow(`${score} low`) : score}`;
  }
  const right = style.dim((p.id ? [where('EN', en), where('ZH', zh)] : [where('at', en)]).filter(Boolean).join(' · '));
  const free = columns - width(stripAnsi(label)) - width(stripAnsi(right)) - 2;
  if (free >= 1) return `${label} ${style.dim('─'.repeat(free))} ${right}`;
  const labelLines = width(stripAnsi(label)) <= columns ? [label] : wrap(stripAnsi(label), columns);
  return [...labelLines, `${' '.repeat(Math.max(0, columns - width(stripAnsi(right))))}${right}`].join('\n');
}

function textLines(blocks: Block[], side: number, maxLines?: number): string[] {
  const lines: string[] = [];
  blocks.forEach((b, i) => {
    if (i) lines.push('');
    for (const line of wrap(b.text, side)) lines.push(line);
  });
  if (maxLines && lines.length > maxLines) {
    const shown = lines.slice(0, Math.max(1, maxLines - 1));
    shown.push('…');
    return shown;
  }
  return lines;
}

/**
 * `money 66亿元 → 6.6 billion CNY`, `number 14` (the value when it says more than the text),
 * `place 成都` (an entity's key only when it found no partner): the value is never cut inside a
 * number; the text as written gives way first.
 */
function describeFact(f: Fact, columns: number, matched = false): string {
  const kind = f.kind === 'entity' && f.type ? f.type : f.kind;
  const value = formatValue(f);
  if (value === f.raw || (matched && f.kind === 'entity')) return `${kind} ${cut(f.raw, columns - width(kind) - 1)}`;
  const full = `${kind} ${f.raw} → ${value}`;
  if (width(full) <= columns) return full;
  const room = columns - width(`${kind}  → ${value}`);
  if (room >= 6) return `${kind} ${cut(f.raw, room)} → ${value}`;
  if (f.kind !== 'entity' && width(`${cut(f.raw, 6)} → ${value}`) <= columns) return `${cut(f.raw, 6)} → ${value}`;
  const half = Math.floor((columns - 3) / 2);
  return `${cut(f.raw, half)} → ${cut(value, columns - 3 - Math.min(half, width(f.raw)))}`;
}

function factLines(en: Fact[], zh: Fact[], findings: readonly Finding[], side: number, style: Style, localDollar: boolean): string[] {
  if (!en.length && !zh.length) return [];
  const facts = matchFacts(en, zh, localDollar);
  // A couple a finding names (`$193` against `193加元`, a currency the page tells apart; a bound
  // turned round) is written with the finding's mark, not as a match.
  const told = new Set<string>();
  for (const f of findings) if (f.severity !== 'info' && f.en.length === 1 && f.zh.length === 1) told.add(`${f.en[0]!} ${f.zh[0]!}`);
  const matched = facts.matched.filter(([a, b]) => !told.has(`${a.id} ${b.id}`));
  const enOnly = [...facts.enOnly];
  const zhOnly = [...facts.zhOnly];
  for (const [a, b] of facts.matched) {
    if (!told.has(`${a.id} ${b.id}`)) continue;
    enOnly.push(a);
    zhOnly.push(b);
  }
  const room = side - 3;
  const rows: [string, string][] = [];
  // A range against its two ends stands in two couples: it is written on the first row only.
  let last: [Fact, Fact] | undefined;
  for (const [a, b] of matched) {
    rows.push([a === last?.[0] ? '' : style.green(`= ${describeFact(a, room, true)}`), b === last?.[1] ? '' : style.green(`= ${describeFact(b, room, true)}`)]);
    last = [a, b];
  }
  const left = new Set(enOnly);
  const right = new Set(zhOnly);
  const byId = new Map<string, Fact>();
  for (const f of enOnly) byId.set(f.id, f);
  for (const f of zhOnly) byId.set(f.id, f);
  for (const f of findings) {
    if (f.en.length !== 1 || f.zh.length !== 1) continue;
    const [a, b] = [byId.get(f.en[0]!), byId.get(f.zh[0]!)];
    if (!a || !b || !left.has(a) || !right.has(b)) continue;
    left.delete(a);
    right.delete(b);
    const mark = (text: string): string => (f.severity === 'error' ? style.red(text) : style.yellow(text));
    rows.push([mark(`≠ ${describeFact(a, room)}`), mark(`≠ ${describeFact(b, room)}`)]);
  }
  const restEn = Array.from(left);
  const restZh = Array.from(right);
  for (let i = 0; i < Math.max(restEn.length, restZh.length); i++) {
    const [a, b] = [restEn[i], restZh[i]];
    rows.push([a ? `· ${describeFact(a, room)}` : '', b ? `· ${describeFact(b, room)}` : '']);
  }
  const lines = [style.dim(`${padEnd('facts', side)} │`)];
  for (const [l, r] of rows) lines.push(`${l}${' '.repeat(Math.max(1, side - width(stripAnsi(l))))} ${style.dim('│')} ${r}`.trimEnd());
  return lines;
}

/** Cuts `text` to `columns` terminal columns, at a space when one is near, ending with `…` when cut. */
function cut(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = width(ch);
    if (used + w > columns - 1) break;
    out += ch;
    used += w;
  }
  const space = out.lastIndexOf(' ');
  if (space >= out.length * 0.6) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}

/** `⚠ warning message… rule-id`, wrapped to the width with the message's lines under its start. */
function findingLines(f: Finding, style: Style, columns: number): string[] {
  const mark = f.severity === 'error' ? style.red('✖ error  ') : f.severity === 'warning' ? style.yellow('⚠ warning') : style.blue('ℹ info   ');
  const indent = 10;
  const lines = wrap(`${f.message} [${f.ruleId}]`, columns - indent);
  return lines.map((line, i) => {
    const text = i === lines.length - 1 ? line.replace(`[${f.ruleId}]`, style.dim(`[${f.ruleId}]`)) : line;
    return `${i ? ' '.repeat(indent) : `${mark} `}${text}`;
  });
}

/** `path: 29 blocks, 13 pairs, 3 unpaired, 0 errors, 1 warning, 3 info`, the counts on a line of their own when the path is long. */
function summaryLines(result: FileResult, style: Style, columns: number): string[] {
  const s = result.summary;
  const counts = `${s.findings.error} error${s.findings.error === 1 ? '' : 's'}, ${s.findings.warning} warning${s.findings.warning === 1 ? '' : 's'}, ${s.findings.info} info`;
  const colored = s.findings.error ? style.red(counts) : s.findings.warning ? style.yellow(counts) : style.green(counts);
  const sizes = `${s.blocks} blocks, ${s.pairs} pairs, ${s.unpaired} unpaired, `;
  if (width(`${result.path}: ${sizes}${counts}`) <= columns) return [`${style.bold(result.path)}: ${sizes}${colored}`];
  return [`${style.bold(result.path)}:`, ...(width(`  ${sizes}${counts}`) <= columns ? [`  ${sizes}${colored}`] : [`  ${sizes.trimEnd()}`, `  ${colored}`])];
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
