import type { Block, Fact, FileResult, Finding, Pair, Severity } from '../types.js';
import { partnerlessWord } from './partnerless.js';
import { topBlocks } from '../checks/block-kind.js';
import { readingOrder } from './reading-order.js';
import { matchFacts } from './counterparts.js';
import { dollarPageIn, localDollarIn } from '../checks/money-mismatch.js';
import { formatValue } from './values.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { SEVERITIES as SEVERITY_ORDER } from '../severity.js';
import { groupBy } from '../group-by.js';
import { PIECE_MOST } from './json-items.js';

/** Options of the HTML report. */
export interface HtmlOptions {
  /** Page title (default `align report`). */
  title?: string;
  /** Open the page showing only pairs with findings at or above this severity (the filters can widen it). */
  onlyFindings?: Severity;
}

/** Most serious first, as the page lists them. */
const SEVERITIES: readonly Severity[] = [...SEVERITY_ORDER].reverse();
const MARK: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * One self-contained HTML page (inline CSS and script, no network): a summary, filters by
 * severity and rule, then per file the two languages side by side pair by pair in reading
 * order, each fact highlighted with its counterpart and each finding where it occurs.
 * Stable hooks: `data-pair`, `data-fact`, `data-rule` and `data-severity` on findings.
 */
export function formatHtml(results: readonly FileResult[], options: HtmlOptions = {}): string {
  return Array.from(htmlPieces(results, options)).join('');
}

/**
 * `formatHtml`'s page in pieces of about half `PIECE_MOST` characters and more (the pairs rendered
 * until they run that long), so that a writer can send each on before the next is made: the page of a
 * document of many short blocks runs to a hundred times its input, and held whole it doubled the
 * run's memory. A piece kept that short is joined in the young generation rather than in fresh
 * pages of its own (see `PIECE_MOST`): at 256 pairs a piece, rendering and writing the page of a
 * 3 MB article took 0.44 s against 0.35 s now (profiles).
 */
export function* htmlPieces(results: readonly FileResult[], options: HtmlOptions = {}): Generator<string> {
  const title = options.title ?? 'align report';
  const out: string[] = [];
  out.push('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">\n');
  out.push(`<title>${escapeHtml(title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n`);
  out.push(`<header class="top">\n<h1>${escapeHtml(title)}</h1>\n`);
  renderSummary(results, out);
  renderFilters(results, options.onlyFindings, out);
  out.push('</header>\n<main>\n');
  for (let i = 0; i < results.length; i++) yield* renderFile(results[i]!, i + 1, results.length > 1, out);
  out.push('</main>\n');
  out.push('<footer><p>Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous pair with a finding; <kbd>Tab</kbd> moves through facts and filters. Hover or focus a fact to see its value and its counterpart.</p></footer>\n');
  out.push(`<script>${HTML_SCRIPT}</script>\n</body>\n</html>\n`);
  yield* joined(out);
}

/**
 * The strings of `out` joined a run at a time into pieces of about half `PIECE_MOST` characters
 * or more (a piece runs longer only when it ends on a long string): a block of many facts renders
 * to a great many small strings, which joined at once made one string of its whole length, in
 * fresh pages.
 */
function* joined(out: readonly string[]): Generator<string> {
  let from = 0;
  let held = 0;
  for (let k = 0; k < out.length; k++) {
    held += out[k]!.length;
    if (held >= PIECE_MOST >> 1) {
      yield from === k ? out[k]! : out.slice(from, k + 1).join('');
      from = k + 1;
      held = 0;
    }
  }
  if (from < out.length) yield out.slice(from).join('');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `1 warning`, `2 errors`, `3 info`. */
function severityCount(n: number, severity: Severity): string {
  return severity === 'info' ? `${n} info` : plural(n, severity);
}

function renderSummary(results: readonly FileResult[], out: string[]): void {
  const total = { blocks: 0, pairs: 0, unpaired: 0, error: 0, warning: 0, info: 0 };
  for (const r of results) {
    total.blocks += r.summary.blocks;
    total.pairs += r.summary.pairs;
    total.unpaired += r.summary.unpaired;
    for (const s of SEVERITIES) total[s] += r.summary.findings[s];
  }
  out.push('<section class="summary" aria-label="Summary">\n<p class="totals">');
  if (results.length > 1) out.push(`${plural(results.length, 'file')}, `);
  out.push(`<span data-summary="pairs">${plural(total.pairs, 'pair')}</span>, ${plural(total.blocks, 'block')}, `);
  out.push(`${total.unpaired} unpaired; `);
  out.push(SEVERITIES.map((s) => `<span class="count sev-${s}" data-summary="${s}">${MARK[s]} ${severityCount(total[s], s)}</span>`).join(' '));
  out.push('</p>\n');
  if (results.length > 1) {
    out.push('<ol class="files">\n');
    results.forEach((r, i) => {
      const s = r.summary;
      out.push(`<li><a href="#file-${i + 1}">${escapeHtml(r.path)}</a>: ${plural(s.pairs, 'pair')}, ${s.unpaired} unpaired, `);
      out.push(`${SEVERITIES.map((sev) => severityCount(s.findings[sev], sev)).join(', ')}</li>\n`);
    });
    out.push('</ol>\n');
  }
  out.push('</section>\n');
}

function renderFilters(results: readonly FileResult[], only: Severity | undefined, out: string[]): void {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const r of results) {
    for (const f of r.findings) {
      bySeverity[f.severity]++;
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    }
  }
  out.push('<form class="filters" aria-label="Filters" onsubmit="return false">\n');
  out.push('<fieldset class="severity"><legend>Severity</legend>\n');
  for (const s of SEVERITIES) {
    const pressed = !only || SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(only);
    out.push(`<button type="button" class="sev-toggle sev-${s}" data-filter-severity="${s}" aria-pressed="${pressed}">${MARK[s]} ${s} <span class="n">${bySeverity[s]}</span></button>\n`);
  }
  out.push('</fieldset>\n<fieldset class="rules"><legend>Rules</legend>\n');
  if (!byRule.size) out.push('<span class="none">no findings</span>\n');
  for (const [rule, n] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`<label><input type="checkbox" data-filter-rule="${escapeHtml(rule)}" checked> ${escapeHtml(rule)} <span class="n">${n}</span></label>\n`);
  }
  out.push('</fieldset>\n<fieldset class="view"><legend>View</legend>\n');
  out.push(`<label><input type="checkbox" data-filter-only${only ? ' checked' : ''}> only pairs with findings</label>\n`);
  out.push('<output class="shown" aria-live="polite"></output>\n</fieldset>\n</form>\n');
}

/** What the page knows about each fact: its counterpart and the findings that name it. */
interface FactInfo { counterpart?: Fact; findings: Finding[] }

/** A file's section, into `out`; whenever `out` holds half `PIECE_MOST` characters or more after an item, they are handed on and `out` emptied. */
function* renderFile(result: FileResult, index: number, several: boolean, out: string[]): Generator<string> {
  const blocks = new Map(result.blocks.map((b) => [b.id, b]));
  const factsByBlock = groupBy(result.facts, (f) => f.block);
  const factById = new Map(result.facts.map((f) => [f.id, f]));
  const items = readingOrder(result);
  const blockAt = new Map<string, Block>();
  for (const b of result.blocks) blockAt.set(placeKey(b.source, b.line, b.column), b);
  const looseAt = new Map<string, Block>();
  for (const item of items) if ('loose' in item) looseAt.set(placeKey(item.loose.source, item.loose.line, item.loose.column), item.loose);
  const findingsByPair = new Map<string, Finding[]>();
  const findingsByLoose = new Map<string, Finding[]>();
  const info = new Map<string, FactInfo>();
  const infoOf = (id: string): FactInfo => {
    let i = info.get(id);
    if (!i) { i = { findings: [] }; info.set(id, i); }
    return i;
  };
  for (const f of result.findings) {
    const loose = !f.en.length && !f.zh.length ? looseAt.get(placeKey(f.source, f.line, f.column)) : undefined;
    const [map, key] = loose ? [findingsByLoose, loose.id] : [findingsByPair, f.pair];
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
    for (const id of [...f.en, ...f.zh]) infoOf(id).findings.push(f);
    const at = !f.en.length && !f.zh.length ? blockAt.get(placeKey(f.source, f.line, f.column)) : undefined;
    if (at) infoOf(`block:${at.id}`).findings.push(f);
    if (f.en.length === 1 && f.zh.length === 1) {
      const [a, b] = [factById.get(f.en[0]!), factById.get(f.zh[0]!)];
      if (a && b) { infoOf(a.id).counterpart = b; infoOf(b.id).counterpart = a; }
    }
  }
  const sideFacts = (ids: readonly string[]): Fact[] => ids.flatMap((id) => factsByBlock.get(id) ?? []);
  const blockById = new Map(result.blocks.map((b) => [b.id, b]));
  const dollarPage = dollarPageIn(result.blocks);
  for (const pair of result.pairs) {
    const localDollar = dollarPage || localDollarIn(pair.zh.map((id) => blockById.get(id)));
    const { matched } = matchFacts(sideFacts(pair.en), sideFacts(pair.zh), localDollar);
    for (const [a, b] of matched) { infoOf(a.id).counterpart ??= b; infoOf(b.id).counterpart ??= a; }
  }

  const s = result.summary;
  out.push(`<section class="file" id="file-${index}" data-file="${escapeHtml(result.path)}" aria-labelledby="file-${index}-title">\n`);
  out.push(`<h2 id="file-${index}-title">${escapeHtml(result.path)}</h2>\n`);
  out.push(`<p class="file-summary">${plural(s.blocks, 'block')}, ${plural(s.pairs, 'pair')}, ${s.unpaired} unpaired; `);
  out.push(SEVERITIES.map((sev) => `<span class="count sev-${sev}">${MARK[sev]} ${severityCount(s.findings[sev], sev)}</span>`).join(' '));
  out.push('</p>\n');
  if (!result.blocks.length) out.push('<p class="empty">Nothing to align: the input holds no text.</p>\n');
  const idPrefix = several ? `s${index}-` : '';
  // The blocks that open the page, which a headline without a partner may stand among.
  const top = topBlocks(result.blocks);
  const placed = new Set<string>();
  // Characters `out` holds, counted up to its entry `counted`.
  let held = 0;
  let counted = 0;
  for (const item of items) {
    if ('loose' in item) {
      renderLoose(item.loose, item.run, findingsByLoose.get(item.loose.id) ?? [], idPrefix, factsByBlock, info, top, out);
    } else {
      placed.add(item.pair.id);
      renderPair(item.pair, blocks, findingsByPair.get(item.pair.id) ?? [], factsByBlock, info, top, idPrefix, out);
    }
    for (; counted < out.length; counted++) held += out[counted]!.length;
    if (held >= PIECE_MOST >> 1) {
      yield* joined(out);
      out.length = 0;
      held = 0;
      counted = 0;
    }
  }
  const elsewhere: Finding[] = [];
  for (const [pair, list] of findingsByPair) if (!placed.has(pair)) for (const f of list) elsewhere.push(f);
  if (elsewhere.length) {
    out.push('<div class="pair document" data-scope="document">\n<div class="pair-head"><span class="label">whole document</span></div>\n');
    renderFindings(elsewhere, out);
    out.push('</div>\n');
  }
  out.push('</section>\n');
}

/** Where a block starts or a finding points, as one key. */
function placeKey(source: string | undefined, line: number, column: number): string {
  return `${source ?? ''}:${line}:${column}`;
}

function where(block: Block): string {
  return `${block.source ? `${block.source}:` : 'line '}${block.line}`;
}

function renderPair(
  pair: Pair, blocks: Map<string, Block>, findings: Finding[], factsByBlock: Map<string, Fact[]>,
  info: Map<string, FactInfo>, top: ReadonlySet<string>, idPrefix: string, out: string[],
): void {
  const en = pair.en.map((id) => blocks.get(id)).filter((b): b is Block => b !== undefined);
  const zh = pair.zh.map((id) => blocks.get(id)).filter((b): b is Block => b !== undefined);
  const full = en.length > 0 && zh.length > 0;
  const worst = SEVERITIES.find((s) => findings.some((f) => f.severity === s));
  const attrs = [
    `class="pair ${full ? 'full' : 'partnerless'}${worst ? ` worst-${worst}` : ''}"`,
    `id="${idPrefix}${escapeHtml(pair.id)}"`,
    `data-pair="${escapeHtml(pair.id)}"`,
    `data-shape="${en.length}-${zh.length}"`,
    'tabindex="-1"',
  ];
  out.push(`<article ${attrs.join(' ')}>\n<div class="pair-head">`);
  out.push(`<a class="label" href="#${idPrefix}${escapeHtml(pair.id)}">${escapeHtml(pair.id)}</a> `);
  if (full) {
    const low = pair.score < 0.5;
    out.push(`<span class="shape">${en.length}–${zh.length}</span> <span class="score${low ? ' low' : ''}" title="confidence that the two sides belong together">score ${pair.score.toFixed(2)}${low ? ' (low)' : ''}</span>`);
  } else {
    const lone = en.length ? en : zh;
    const kind = lone[0] ? partnerlessWord(lone[0], top) : undefined;
    out.push(`<span class="partnerless-note">${en.length ? 'English' : 'Chinese'} without a partner${kind ? ` (${kind})` : ''}</span>`);
  }
  out.push(`<span class="where">${en[0] ? `EN ${escapeHtml(where(en[0]))}` : ''}${en[0] && zh[0] ? ' · ' : ''}${zh[0] ? `ZH ${escapeHtml(where(zh[0]))}` : ''}</span>`);
  out.push('</div>\n<div class="sides">\n');
  renderSide('en', en, factsByBlock, info, out);
  renderSide('zh', zh, factsByBlock, info, out);
  out.push('</div>\n');
  renderFindings(findings, out);
  out.push('</article>\n');
}

/** A block outside pairs, or a run of cue lines outside pairs told once with all its lines. */
function renderLoose(
  block: Block, run: Block[], findings: Finding[], idPrefix: string, factsByBlock: Map<string, Fact[]>,
  info: Map<string, FactInfo>, top: ReadonlySet<string>, out: string[],
): void {
  const kind = partnerlessWord(block, top);
  out.push(`<article class="pair loose" id="${idPrefix}${escapeHtml(block.id)}" data-block="${escapeHtml(block.id)}" tabindex="-1">\n`);
  out.push(`<div class="pair-head"><span class="label">${escapeHtml(block.id)}</span> <span class="partnerless-note">${run.length > 1 ? `${run.length} lines ` : ''}outside pairs${block.lang === 'und' ? ', in neither language' : ''}${kind ? ` (${kind})` : ''}</span>`);
  const last = run[run.length - 1]!;
  out.push(`<span class="where">${escapeHtml(where(block))}${last.line > block.line ? `–${last.line}` : ''}</span></div>\n<div class="sides one">\n`);
  renderSide('und', run, factsByBlock, info, out);
  out.push('</div>\n');
  renderFindings(findings, out);
  out.push('</article>\n');
}

function renderSide(lang: 'en' | 'zh' | 'und', blocks: Block[], factsByBlock: Map<string, Fact[]>, info: Map<string, FactInfo>, out: string[]): void {
  const langAttr = lang === 'und' ? '' : ` lang="${lang === 'zh' ? 'zh' : 'en'}"`;
  out.push(`<div class="side side-${lang}"${langAttr}>`);
  if (!blocks.length) out.push(`<p class="no-partner">no ${lang === 'en' ? 'English' : 'Chinese'} partner</p>`);
  for (const block of blocks) {
    const flags = info.get(`block:${block.id}`)?.findings ?? [];
    const worst = SEVERITIES.find((sev) => flags.some((f) => f.severity === sev));
    const flag = worst
      ? ` flag flag-${worst}" data-flag="${worst}" title="${escapeHtml(flags.map((f) => `${f.severity}: ${f.message}`).join('\n'))}`
      : '';
    out.push(`<div class="block${flag}" data-block="${escapeHtml(block.id)}">`);
    highlight(block, factsByBlock.get(block.id) ?? [], info, out);
    out.push('</div>');
  }
  out.push('</div>\n');
}

/** The block's text with each fact wrapped in a focusable mark, into `out`; nested facts nest, crossing ones stay plain. */
function highlight(block: Block, facts: Fact[], info: Map<string, FactInfo>, out: string[]): void {
  const text = block.text;
  const spans = facts
    .map((f) => ({ fact: f, from: f.start - block.start, to: f.end - block.start }))
    .filter((s) => s.from >= 0 && s.to <= text.length && s.from < s.to)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const open: number[] = [];
  let at = 0;
  const closeUpTo = (pos: number): void => {
    while (open.length && open[open.length - 1]! <= pos) {
      const end = open.pop()!;
      out.push(escapeHtml(text.slice(at, end)), '</mark>');
      at = end;
    }
  };
  for (const s of spans) {
    closeUpTo(s.from);
    if (open.length && s.to > open[open.length - 1]!) continue;
    out.push(escapeHtml(text.slice(at, s.from)), openMark(s.fact, info.get(s.fact.id)));
    at = s.from;
    open.push(s.to);
  }
  closeUpTo(Infinity);
  out.push(escapeHtml(text.slice(at)));
}

function openMark(fact: Fact, info: FactInfo | undefined): string {
  const value = formatValue(fact);
  const other = info?.counterpart;
  const worst = SEVERITIES.find((s) => info?.findings.some((f) => f.severity === s));
  let tip = `${fact.type ?? fact.kind}: ${value}`;
  if (other) tip += other.value === fact.value && other.max === fact.max && other.unit === fact.unit && !info.findings.length
    ? ` · matches “${other.raw}”`
    : ` · against “${other.raw}” (${formatValue(other)})`;
  else tip += ' · no counterpart on the other side';
  for (const f of info?.findings ?? []) tip += ` · ${f.severity}: ${f.message}`;
  const classes = ['fact', `kind-${fact.kind}`];
  if (worst) classes.push('flag', `flag-${worst}`);
  else if (other) classes.push('matched');
  else classes.push('alone');
  const attrs = [
    `class="${classes.join(' ')}"`,
    `data-fact="${escapeHtml(fact.id)}"`,
    ...(other ? [`data-counterpart="${escapeHtml(other.id)}"`] : []),
    ...(worst ? [`data-flag="${worst}"`, `data-flag-rules="${escapeHtml([...new Set(info!.findings.map((f) => f.ruleId))].join(' '))}"`] : []),
    `data-tip="${escapeHtml(tip)}"`,
    `aria-label="${escapeHtml(`${fact.raw}: ${tip}`)}"`,
    'tabindex="0"',
  ];
  return `<mark ${attrs.join(' ')}>`;
}

function renderFindings(findings: Finding[], out: string[]): void {
  if (!findings.length) return;
  out.push('<ul class="findings">\n');
  for (const f of findings) {
    const facts = [...f.en, ...f.zh].join(' ');
    out.push(`<li class="finding sev-${f.severity}" data-rule="${escapeHtml(f.ruleId)}" data-severity="${f.severity}"${facts ? ` data-facts="${escapeHtml(facts)}"` : ''}>`);
    out.push(`<span class="sev">${MARK[f.severity]} ${f.severity}</span> <span class="msg">${escapeHtml(f.message)}</span> `);
    out.push(`<span class="rule">${escapeHtml(f.ruleId)}</span> <span class="at">${escapeHtml(f.source ? `${f.source}:` : 'line ')}${f.line}:${f.column}</span></li>\n`);
  }
  out.push('</ul>\n');
}
