import { isListedHeadline, isStoryListHeading } from '../pipeline/block-kind.js';
import type { Block, Finding, Pair } from '../types.js';
import { cueRuns, isListHead, partnerlessKind, type PartnerlessKind } from './block-kind.js';
import { excerpt } from './describe.js';
import { isCopyOfAnother, isInOtherLanguageFile } from './untranslated.js';
import { blockTarget, makeFinding, type CheckContext, type Rule } from './rule.js';

const KIND_WORDS: Record<PartnerlessKind, string> = {
  url: 'a URL',
  dateline: 'a dateline',
  byline: 'a byline',
  source: 'a source line',
  list: 'a list',
  heading: 'a heading',
  caption: 'a caption',
  signature: 'a signature',
  cue: 'a subtitle cue',
  chrome: 'page chrome',
  pinyin: 'a pinyin transcription',
  vocabulary: 'a vocabulary line or label',
  summary: 'a summary line',
  garbage: 'noise',
  foreign: 'a third language',
};

/**
 * Blocks without a partner that `missing-translation` leaves alone: blocks of a one-sided
 * pair when the document has no full pair at all or when they look like a dateline, byline,
 * source line, URL, list or heading.
 */
export function partnerlessBlocks(context: CheckContext): { block: Block; pair: Pair; kind: PartnerlessKind | undefined }[] {
  const out: { block: Block; pair: Pair; kind: PartnerlessKind | undefined }[] = [];
  for (const pair of context.pairs) {
    if (pair.en.length > 0 && pair.zh.length > 0) continue;
    for (const id of [...pair.en, ...pair.zh]) {
      const block = context.block(id);
      if (block) out.push({ block, pair, kind: partnerlessKind(block, context.topBlocks()) ?? quizQuestion(block, context.blocks) ?? dailyWord(block) });
    }
  }
  return continueLists(out, context.blocks);
}

/** A question of one line (`When was the fair first held?`) over a line of its options: a quiz's, study furniture. */
function quizQuestion(block: Block, blocks: readonly Block[]): PartnerlessKind | undefined {
  const text = block.text.trim();
  if (text.length > QUESTION_MOST || text.includes('\n') || !/[?？]$/.test(text)) return undefined;
  const next = blocks[block.index + 1];
  return next?.index === block.index + 1 && next.source === block.source && OPTIONS_AFTER.test(next.text.trim()) ? 'vocabulary' : undefined;
}

/**
 * A site's daily word under its label, left without a partner (`Word of the day: invigilator`, its
 * Chinese term set apart on the other side): study furniture, no paragraph. Where the label has
 * its counterpart (`每日一词：…`) the two are paired as headings.
 */
function dailyWord(block: Block): PartnerlessKind | undefined {
  const text = block.text.trim();
  return text.length <= 80 && !text.includes('\n') && WORD_OF_THE_DAY.test(text) ? 'vocabulary' : undefined;
}

/** The label of a daily word, in either language, before its colon (`Word of the day:`, `每日一词：`). */
const WORD_OF_THE_DAY = /^(?:(?:word|phrase|idiom|term|expression)s?\s+of\s+the\s+(?:day|week)|每日一[词詞句]|今日[词詞][汇彙匯]|每日[词詞][汇彙匯])\s*[:：]/i;

/** Most characters of a quiz's question. */
const QUESTION_MOST = 200;
/** A line of a question's options: `A. 2008  B. 2010`, `(A) … (B) …`, `A、…B、…`. */
const OPTIONS_AFTER = /^[(（]?A[.)）、．][^\n]*?[\s(（]B[.)）、．]/;

/**
 * Items that follow a list head (`Related news`, one item a line in `--split line` files)
 * belong to the list: a run of partnerless blocks right after a `list` block is a list too, and
 * so is a run of headlines right after a site's heading of other stories (`Most read`, `热门文章`).
 */
function continueLists<T extends { block: Block; kind: PartnerlessKind | undefined }>(entries: T[], blocks: readonly Block[]): T[] {
  const ordered = [...entries].sort((a, b) => a.block.index - b.block.index);
  // The headlines listed under a site's heading: the list goes on only with more headlines.
  const headlines = new Set<T>();
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const entry = ordered[i]!;
    const adjacent = entry.block.index === prev.block.index + 1 && entry.block.source === prev.block.source;
    const underSite = (prev.kind === 'chrome' && isStoryListHeading(prev.block.text)) || headlines.has(prev);
    if (underSite && adjacent && isListedHeadline(entry.block.text) && (entry.kind === undefined || entry.kind === 'heading')) {
      entry.kind = 'list';
      headlines.add(entry);
    } else if (adjacent && prev.kind === 'list' && !headlines.has(prev) && (entry.kind === undefined || entry.kind === 'heading')) entry.kind = 'list';
  }
  // A headline under a list's head with only the list's lines between, some of them paired
  // (`Related stories:` over an English link, its Chinese, and an English link the Chinese list lacks).
  for (const entry of entries) {
    // A short link after its list's dash is no signature.
    if ((entry.kind === undefined || entry.kind === 'heading' || entry.kind === 'signature') && isListedHeadline(entry.block.text) && underListHead(entry.block, blocks)) entry.kind = 'list';
  }
  return entries;
}

/**
 * Whether the lines right above a block, with no blank line between, run up to a list's head
 * (`Related stories:`, `相关新闻`, `Most read`) through listed headlines only.
 */
function underListHead(block: Block, blocks: readonly Block[]): boolean {
  let next = block;
  for (let steps = 0; steps < LISTED_LINES_MOST; steps++) {
    const prev = blocks[next.index - 1];
    if (prev?.index !== next.index - 1 || prev.source !== next.source) return false;
    const lines = prev.text.split('\n').length;
    if (prev.line !== next.line && prev.line + lines !== next.line) return false;
    if (isListHead(prev.text) || isStoryListHeading(prev.text)) return true;
    if (!isListedHeadline(prev.text)) return false;
    next = prev;
  }
  return false;
}

/** Most lines of a list `underListHead` walks up through to its head. */
const LISTED_LINES_MOST = 24;

/**
 * `unpaired-block` (info): a block without a partner that looks like a dateline, byline,
 * source line, URL, list of related links or heading, and every `und` block outside all pairs,
 * so that nothing in the input goes unmentioned (a run of subtitle cue lines in one finding). Findings on blocks outside every pair name
 * the nearest pair before them (or the first pair).
 */
export const unpairedBlock: Rule = {
  id: 'unpaired-block',
  severity: 'info',
  description: 'A block without a partner that looks like a dateline, byline, source, URL, list or heading.',
  check(context) {
    const findings: Finding[] = [];
    const hasFullPairs = context.pairs.some((p) => p.en.length > 0 && p.zh.length > 0);
    for (const { block, pair, kind } of partnerlessBlocks(context)) {
      if (hasFullPairs && !kind) continue;
      if (kind === undefined && (isCopyOfAnother(block, context) || isInOtherLanguageFile(block, context))) continue;
      const what = kind ? KIND_WORDS[kind] : 'a block';
      findings.push(makeFinding(context, unpairedBlock, 'info', pair,
        `${block.lang.toUpperCase()} block "${excerpt(block.text)}" has no partner (${what})`,
        blockTarget(block)));
    }
    // What follows reports blocks in neither language: most documents have none.
    if (!context.blocks.some((b) => b.lang === 'und')) return findings;
    const inPairs = new Set<string>();
    for (const p of context.pairs) {
      for (const id of p.en) inPairs.add(id);
      for (const id of p.zh) inPairs.add(id);
    }
    // Where each pair starts, ordered, made for the first block outside every pair.
    let starts: { pair: Pair; start: number }[] | undefined;
    // A run of subtitle cue lines is told once, at its first line.
    const inLaterCue = new Set<string>();
    const cueRunAt = new Map<string, Block[]>();
    for (const run of cueRuns(context.blocks)) {
      const loose = run.filter((b) => !inPairs.has(b.id));
      if (loose.length < 2) continue;
      cueRunAt.set(loose[0]!.id, loose);
      for (const b of loose.slice(1)) inLaterCue.add(b.id);
    }
    for (const block of context.blocks) {
      if (inPairs.has(block.id) || block.lang !== 'und' || inLaterCue.has(block.id)) continue;
      const pair = nearestPair((starts ??= pairStarts(context)), block.index);
      const run = cueRunAt.get(block.id);
      if (pair && run) {
        findings.push({
          ...makeFinding(context, unpairedBlock, 'info', pair,
            `${run.length} subtitle cue lines (lines ${block.line}–${run[run.length - 1]!.line}) are in neither language`, { enBlock: block }),
          locations: { en: { ...(block.source !== undefined ? { path: block.source } : {}), line: block.line, column: block.column } },
        });
        continue;
      }
      if (!pair) continue;
      const kind = partnerlessKind(block, context.topBlocks());
      findings.push({
        ...makeFinding(context, unpairedBlock, 'info', pair,
          `Block "${excerpt(block.text)}" is in neither language${kind ? ` (${KIND_WORDS[kind]})` : ''}`, { enBlock: block }),
        locations: { en: { ...(block.source !== undefined ? { path: block.source } : {}), line: block.line, column: block.column } },
      });
    }
    return findings;
  },
};

/** Each pair with the least index of its blocks, ordered by it. */
function pairStarts(context: CheckContext): { pair: Pair; start: number }[] {
  const starts: { pair: Pair; start: number }[] = [];
  for (const pair of context.pairs) {
    let start = Infinity;
    for (const id of pair.en) start = Math.min(start, context.block(id)?.index ?? Infinity);
    for (const id of pair.zh) start = Math.min(start, context.block(id)?.index ?? Infinity);
    starts.push({ pair, start });
  }
  return starts.sort((a, b) => a.start - b.start);
}

/** The last pair that starts before a block index, or the first pair (binary search over sorted starts). */
function nearestPair(starts: { pair: Pair; start: number }[], index: number): Pair | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  let best = starts[0]?.pair;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]!.start < index) {
      best = starts[mid]!.pair;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
