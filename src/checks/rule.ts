import type { Lexicon } from '../lexicon/load.js';
import type { Block, Fact, Finding, GlossaryEntry, Location, Pair, RuleSetting, Severity } from '../types.js';
import { groupBy } from '../group-by.js';
import { LineIndex } from '../pipeline/position.js';
import { partnerlessKind, topBlocks } from './block-kind.js';

/** Everything a rule may read: the document, one pair at a time or whole, and its own settings. */
export interface CheckContext {
  blocks: readonly Block[];
  pairs: readonly Pair[];
  facts: readonly Fact[];
  glossary: readonly GlossaryEntry[];
  /** The year the text speaks from (`referenceDate`, `--date`, or its dateline), when known. */
  referenceYear?: number;
  /** The CC-CEDICT lexicon, when the run uses one: for weighing words against their translation. */
  lexicon?: () => Lexicon;
  /** The rule's settings from the configuration (may be empty). */
  options: RuleSetting;
  /** Blocks by id. */
  block(id: string): Block | undefined;
  /** The facts found in the blocks of one side of a pair, in document order. */
  factsOf(blockIds: readonly string[]): Fact[];
  /** The blocks that open the page (`topBlocks`), worked out on first use, once for all the rules. */
  topBlocks(): ReadonlySet<string>;
}

/** A consistency rule: a stable id, a default severity, and a check that never throws for a finding. */
export interface Rule {
  /** Stable kebab-case id (`number-mismatch`). */
  id: string;
  /** Severity of the rule's main findings; lesser findings of the same rule sit below it. */
  severity: Severity;
  /** One line for `--list-rules` and the README. */
  description: string;
  /** Returns the rule's findings for the whole document. */
  check(context: CheckContext): Finding[];
}

/** A document's blocks by id, facts by block and the blocks that open its page, built once for all the rules of a check. */
export interface DocumentIndex {
  byId: ReadonlyMap<string, Block>;
  byBlock: ReadonlyMap<string, readonly Fact[]>;
  /** The lookups of `CheckContext` over the maps, made once for the contexts of all the rules. */
  block: (id: string) => Block | undefined;
  factsOf: (blockIds: readonly string[]) => Fact[];
  topBlocks: () => ReadonlySet<string>;
}

/** Indexes a document's blocks by id and its facts by block (in document order). */
export function indexDocument(input: { blocks: readonly Block[]; facts: readonly Fact[] }): DocumentIndex {
  const byId = new Map(input.blocks.map((b) => [b.id, b]));
  const byBlock = groupBy(input.facts, (fact) => fact.block);
  let top: ReadonlySet<string> | undefined;
  return {
    byId,
    byBlock,
    block: (id) => byId.get(id),
    topBlocks: () => (top ??= topBlocks(input.blocks)),
    factsOf: (ids) => {
      // A loop, not `flatMap`: rules ask for the facts of each side of every pair.
      const out: Fact[] = [];
      for (const id of ids) {
        const facts = byBlock.get(id);
        if (facts) for (const f of facts) out.push(f);
      }
      return out;
    },
  };
}

/** Builds the read-only context rules share (`index`: from `indexDocument`, to share it between rules). */
export function makeContext(
  input: { blocks: readonly Block[]; pairs: readonly Pair[]; facts: readonly Fact[]; glossary?: readonly GlossaryEntry[]; referenceYear?: number; lexicon?: () => Lexicon },
  options: RuleSetting,
  index: DocumentIndex = indexDocument(input),
): CheckContext {
  return {
    blocks: input.blocks,
    pairs: input.pairs,
    facts: input.facts,
    glossary: input.glossary ?? [],
    ...(input.referenceYear !== undefined ? { referenceYear: input.referenceYear } : {}),
    ...(input.lexicon ? { lexicon: input.lexicon } : {}),
    options,
    block: index.block,
    factsOf: index.factsOf,
    topBlocks: index.topBlocks,
  };
}

/** The text of one side of a pair: its blocks joined by a newline. */
export function sideText(context: CheckContext, ids: readonly string[]): string {
  return ids.map((id) => context.block(id)?.text ?? '').join('\n');
}

/** A target at a whole block, on its language's side. */
export function blockTarget(block: Block): { zhBlock: Block } | { enBlock: Block } {
  return block.lang === 'zh' ? { zhBlock: block } : { enBlock: block };
}

/** What a finding points at on each side: facts, or else the side's first block. */
export interface Target {
  en?: readonly Fact[];
  zh?: readonly Fact[];
  /** A block to point at when there is no fact on that side. */
  enBlock?: Block;
  zhBlock?: Block;
  /** An exact place to point at, when it is neither a fact nor a block start. */
  enAt?: Location;
  zhAt?: Location;
}

/**
 * Builds a finding on `pair`, pointing at the first fact of each side (or the side's first
 * block), with the English side first when it has one.
 */
export function makeFinding(
  context: CheckContext,
  rule: { id: string },
  severity: Severity,
  pair: Pair,
  message: string,
  target: Target = {},
): Finding {
  const enFacts = target.en ?? [];
  const zhFacts = target.zh ?? [];
  const en = target.enAt ?? locate(context, enFacts[0], target.enBlock ?? context.block(pair.en[0] ?? ''));
  const zh = target.zhAt ?? locate(context, zhFacts[0], target.zhBlock ?? context.block(pair.zh[0] ?? ''));
  const first = en ?? zh;
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    pair: pair.id,
    message,
    en: enFacts.map((f) => f.id),
    zh: zhFacts.map((f) => f.id),
    line: first?.line ?? 1,
    column: first?.column ?? 1,
  };
  if (first?.path !== undefined) finding.source = first.path;
  if (en || zh) finding.locations = { ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
  return finding;
}

function locate(context: CheckContext, fact: Fact | undefined, block: Block | undefined): Location | undefined {
  const at = fact ?? block;
  if (!at) return undefined;
  const source = fact ? context.block(fact.block)?.source : block?.source;
  return { ...(source !== undefined ? { path: source } : {}), line: at.line, column: at.column };
}

/** Reads a numeric option, falling back to `fallback` when unset or not a finite number. */
export function numberOption(options: RuleSetting, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads a severity-or-off option (`error`, `warning`, `info`, `off`). */
export function levelOption(options: RuleSetting, name: string, fallback: Severity | 'off'): Severity | 'off' {
  const value = options[name];
  return value === 'error' || value === 'warning' || value === 'info' || value === 'off' ? value : fallback;
}

/** Pairs with blocks on both sides. */
export function fullPairs(context: CheckContext): Pair[] {
  return context.pairs.filter((p) => p.en.length > 0 && p.zh.length > 0);
}

/**
 * Each block's `LineIndex`, made at its first location and kept with it (the text never changes):
 * a location is then a binary search instead of a walk from the block's start, which made the digit
 * runs of a long line (a pasted list of URLs) take their count times its length.
 */
const LINES = new WeakMap<Block, LineIndex>();

/** The location of a character of a block, by its offset in the block's text. */
export function locationIn(block: Block, offset: number): Location {
  let lines = LINES.get(block);
  if (!lines) LINES.set(block, (lines = new LineIndex(block.text)));
  // The line breaks before the offset count, those inside the text.
  const k = lines.lineOf(Math.min(offset, block.text.length));
  const column = k === 1 ? offset + block.column : lines.columnOf(offset, k);
  return { ...(block.source !== undefined ? { path: block.source } : {}), line: block.line + k - 1, column };
}

/** Whether a UTF-16 code unit is one that `\s` matches (ECMAScript's white space and line terminators). */
export function isBlankCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a pair is a headline on each side (one block a side, each a short line that ends no
 * sentence, as `partnerlessKind` reads a heading): a headline drops `more than` and `about` that its
 * story keeps, so a bound it leaves out is a note, not a slip.
 */
export function headlinePair(context: CheckContext, pair: Pair): boolean {
  if (pair.en.length !== 1 || pair.zh.length !== 1) return false;
  const top = context.topBlocks();
  const heading = (id: string) => {
    const block = context.block(id);
    return block !== undefined && partnerlessKind(block, top) === 'heading';
  };
  return heading(pair.en[0]!) && heading(pair.zh[0]!);
}
