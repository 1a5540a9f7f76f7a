import type {
  AlignOptions, AlignOutput, Block, CandidateReading, ExtractContext, Fact, FactCandidate, FileResult, Finding, Lang, Pair, Severity, Summary,
} from './types.js';
import { fileShape, split } from './pipeline/split.js';
import { pair } from './pipeline/pair/index.js';
import { alignSentences } from './pipeline/sentences.js';
import { pairLines } from './pipeline/sentence-align.js';
import { loadLexicon, type Lexicon } from './lexicon/load.js';
import { chineseBlockCache, type ChineseBlockCache } from './lexicon/score.js';
import { extractCandidates, factsOfBlocks } from './pipeline/extract.js';
import { mergeBehind } from './pipeline/overlap.js';
import { check } from './pipeline/check.js';
import { LineIndex } from './pipeline/position.js';
import { readingContext } from './pipeline/dateline.js';
import { extractEntities } from './pipeline/entities.js';
import { OUTPUT_VERSION } from './version.js';
import { blocksWithoutFacts, topBlocks } from './checks/block-kind.js';
import { translatedSummaries } from './pipeline/block-kind.js';

export type * from './types.js';
export { split } from './pipeline/split.js';
export { detectLanguage } from './pipeline/detect.js';
export { pair } from './pipeline/pair/index.js';
export { alignSentences } from './pipeline/sentences.js';
export { extractCandidates } from './pipeline/extract.js';
export { check, rules } from './pipeline/check.js';
export { extractEntities } from './pipeline/entities.js';
export { entityKey } from './entities/index.js';
export { LineIndex } from './pipeline/position.js';
export * from './lexicon/index.js';
export { OUTPUT_VERSION } from './version.js';
export * from './format/index.js';


/** A text to align with the path it is reported under. */
export interface Source {
  text: string;
  path?: string;
}

/**
 * Aligns one bilingual text: splits it into blocks, detects their language, pairs
 * each paragraph with its translation, extracts the facts of both sides and checks
 * them against each other. Pure: reads nothing but its arguments.
 * Returns the file result of the JSON contract.
 */
export function align(text: string, options: AlignOptions = {}): FileResult {
  const input = stripBom(text);
  const blocks = translatedSummaries(split(input, { mode: options.split ?? 'auto', ...(options.lexicon === false ? { lexicon: false as const } : {}) }));
  const lines = new LineIndex(input);
  return finish(options.path ?? '-', blocks, () => lines, options);
}

/**
 * Aligns an English file with its Chinese translation held in another file.
 * Blocks keep their own file's path (`source`) and line; ids are unique across both.
 */
export function alignFiles(en: Source, zh: Source, options: AlignOptions = {}): FileResult {
  const enText = stripBom(en.text);
  const zhText = stripBom(zh.text);
  const enPath = en.path ?? 'en';
  const zhPath = zh.path ?? 'zh';
  const mode = options.split ?? 'auto';
  const lexicon = options.lexicon === false ? { lexicon: false as const } : {};
  // Each file is split knowing the other's shape: two files of as many lines are read line for line.
  const enBlocks = split(enText, { mode, source: enPath, partner: fileShape(zhText), ...lexicon });
  const zhBlocks = split(zhText, { mode, source: zhPath, idStart: enBlocks.length, partner: fileShape(enText), ...lexicon });
  const blocks = translatedSummaries([...enBlocks, ...zhBlocks.map((b) => ({ ...b, index: b.index + enBlocks.length }))]);
  const enLines = new LineIndex(enText);
  const zhLines = new LineIndex(zhText);
  // Two files read line by line hold sentences (or paragraphs) in order: align them as such.
  const pairs = mode === 'line' && options.lexicon !== false ? pairLines(blocks, zhPath, loadLexicon()) : undefined;
  return finish(`${enPath} + ${zhPath}`, blocks, (b) => (b.source === zhPath ? zhLines : enLines), options, pairs);
}

/** Wraps file results in the versioned JSON document. */
export function toOutput(files: FileResult[]): AlignOutput {
  return { version: OUTPUT_VERSION, files };
}

function finish(
  path: string,
  blocks: Block[],
  lines: (block: Block) => LineIndex,
  options: AlignOptions,
  given?: Pair[],
): FileResult {
  // The Chinese blocks' words and pinyin, read while pairing, serve their sentences again.
  const chinese = options.lexicon === false || options.sentences === false ? undefined : chineseBlockCache();
  // The reading context and a source of candidates that reads them elsewhere are known before the
  // pairs are made, so that the candidates may be read while this thread pairs.
  const reading = options.facts === false ? undefined : {
    context: readingContext(blocks, options.referenceYear, options.referenceDate),
    how: candidateReading(options),
  };
  const readElsewhere = reading && options.extractor?.(blocks.filter((b) => !b.kind), reading.context, reading.how);
  const pairs = given ?? pair(blocks, options.lexicon === false ? {} : { lexicon: loadLexicon, ...(chinese ? { chinese } : {}) });
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const lexicon = options.lexicon === false ? undefined : loadLexicon;
  if (!reading) {
    // The pairs alone, as a corpus export writes them: no facts read, no pair checked.
    const paired = options.sentences === false ? pairs : withSentences(pairs, byId, lexicon, chinese);
    return { path, blocks, pairs: paired, facts: [], findings: [], summary: summarize(blocks, paired, []) };
  }
  const { context } = reading;
  // Titles, bylines, datelines and other lines left alone that are no translation unit yield no facts.
  const quiet = blocksWithoutFacts(pairs, (id) => byId.get(id), topBlocks(blocks));
  const facts = factsOfBlocks(quiet.size > 0 ? blocks.filter((b) => !quiet.has(b.id)) : blocks, lines,
    readElsewhere ?? ((block) => blockCandidates(block.text, block.lang, context, reading.how)));
  const paired = options.sentences === false ? pairs : withSentences(pairs, byId, lexicon, chinese);
  const findings = check({ blocks, pairs: paired, facts, rules: options.rules, glossary: options.glossary,
    ...(context.referenceYear !== undefined ? { referenceYear: context.referenceYear } : {}), ...(lexicon ? { lexicon } : {}) });
  return { path, blocks, pairs: paired, facts, findings, summary: summarize(blocks, paired, findings) };
}

/** How a run of `options` reads the candidates of its blocks. */
export function candidateReading(options: AlignOptions): CandidateReading {
  const entities = options.entities ?? options.rules?.['entity-mismatch']?.enabled !== false;
  return { entities: entities === 'deep' ? 'deep' : entities, lexicon: options.lexicon !== false };
}

/**
 * The candidates of one block of `lang` as `align` reads them in `context`: the values its
 * extractors find and, as `reading` asks, the names, which lose to the values where they overlap.
 * Offsets are into `text`.
 */
export function blockCandidates(text: string, lang: Lang, context: ExtractContext, reading: CandidateReading): FactCandidate[] {
  const found = extractCandidates(text, lang, context);
  if (!reading.entities) return found;
  const names = lang === 'und' ? [] : extractEntities(text, lang, { deep: reading.entities === 'deep', ...(reading.lexicon ? { longestWord: lexiconWordEnd } : {}) });
  return mergeBehind(found, names);
}

/** The lexicon's words end transliterated names where the next word starts (see `EntityOptions`). */
function lexiconWordEnd(text: string, from: number, to: number): number {
  return loadLexicon().longestWord?.(text, from, to) ?? 0;
}

/** The pairs with their sentence alignment added to each pair that has both sides (new pair objects). */
function withSentences(pairs: readonly Pair[], byId: ReadonlyMap<string, Block>, lexicon?: () => Lexicon, chinese?: ChineseBlockCache): Pair[] {
  return pairs.map((p) => (p.en.length === 0 || p.zh.length === 0
    ? p
    : { ...p, sentences: alignSentences(p.en.map((id) => byId.get(id)!), p.zh.map((id) => byId.get(id)!), { lexicon, ...(chinese ? { chinese } : {}) }) }));
}

/** Counts blocks, pairs, partnerless blocks and findings by severity. */
export function summarize(blocks: readonly Block[], pairs: readonly Pair[], findings: readonly Finding[]): Summary {
  const paired = new Set<string>();
  for (const p of pairs) {
    if (p.en.length && p.zh.length) for (const id of [...p.en, ...p.zh]) paired.add(id);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    blocks: blocks.length,
    pairs: pairs.filter((p) => p.en.length && p.zh.length).length,
    unpaired: blocks.filter((b) => !paired.has(b.id)).length,
    findings: counts,
  };
}

/** The facts of one pair, by side. */
export function factsOfPair(result: Pick<FileResult, 'facts'>, p: Pair): { en: Fact[]; zh: Fact[] } {
  const en = new Set(p.en);
  const zh = new Set(p.zh);
  return {
    en: result.facts.filter((f) => en.has(f.block)),
    zh: result.facts.filter((f) => zh.has(f.block)),
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
