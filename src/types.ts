/**
 * The data model every stage shares. Read this file first.
 *
 *     read → split → detect → pair → extract → check → format
 *     text   Block[]  lang     Pair[]  Fact[]    Finding[]  string
 *
 * Every object that points into the input carries its span inline: `start`/`end`
 * are UTF-16 offsets into the decoded text (BOM removed), `line`/`column` are
 * 1-based, columns counted in UTF-16 code units (as editors and SARIF do).
 * The shapes here are exactly the JSON contract (`schema/align-output.schema.json`).
 */

/** Language of a block: English, Chinese (simplified or traditional), or neither. */
export type Lang = 'en' | 'zh' | 'und';

/** Where something sits in the original text. */
export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
}

/** A paragraph-sized piece of the input: the unit of pairing. */
export interface Block extends Span {
  /** `b1`, `b2`, … in input order (unique across both files in two-file mode). */
  id: string;
  /** 0-based position in input order. */
  index: number;
  lang: Lang;
  /** The block's text exactly as in the input (trailing blank space trimmed). */
  text: string;
  /** Path of the file the block comes from, when it differs from the result's `path` (two-file mode). */
  source?: string;
  /**
   * Set on a block that is no translation unit (page chrome, a pinyin line, a subtitle cue
   * number, a vocabulary line…): it stays out of pairs, is reported partnerless with this
   * kind, and yields no facts. Absent on text.
   */
  kind?: BlockKind;
}

/**
 * What a block that is no translation unit is: `chrome` (share, print, next-page, player and
 * language-switch links, site counters), `pinyin` (a romanized transcription line), `cue`
 * (a subtitle cue number or timestamp), `vocabulary` (a word list entry or a bilingual label
 * such as `翻譯 Translation`), `summary` (a site's `摘要:` / `导读:` line repeating the text),
 * `garbage` (anti-scraping or converter noise), `foreign` (a third language).
 */
export type BlockKind = 'chrome' | 'pinyin' | 'cue' | 'vocabulary' | 'summary' | 'garbage' | 'foreign';

/** A sentence inside a block. */
export interface SentenceSpan extends Span {
  /** Block the sentence belongs to. */
  block: string;
}

/** One link of the sentence alignment inside a pair. */
export interface SentenceLink {
  en: SentenceSpan[];
  zh: SentenceSpan[];
  score: number;
}

/** A translation unit: English blocks with their Chinese counterpart. One side may be empty. */
export interface Pair {
  /** `p1`, `p2`, … in document order. */
  id: string;
  /** Ids of the English blocks (0, 1, 2 or 3 of them). */
  en: string[];
  /** Ids of the Chinese blocks. */
  zh: string[];
  /** Confidence in 0..1 that the link is right. */
  score: number;
  /** Sentence alignment inside the pair, when computed. */
  sentences?: SentenceLink[];
}

/** What kind of fact a span holds. */
export type FactKind = 'number' | 'ordinal' | 'percent' | 'money' | 'date' | 'duration' | 'entity';

/** Entity types. */
export type EntityType = 'person' | 'place' | 'org';

/** A fact found in a block, resolved to a language-independent value. */
export interface Fact extends Span {
  /** `f1`, `f2`, … in document order. */
  id: string;
  /** Id of the block the fact was found in. */
  block: string;
  kind: FactKind;
  /** The matched text, exactly as in the input. */
  raw: string;
  /**
   * The resolved value:
   * - number, ordinal, money: a number (`66亿元` → 6600000000); percent: the percentage (`35.3%` → 35.3);
   * - date: ISO 8601 (`2024-01-11`, `--01-11` without a year, `2024-01`, `2003`, intervals `a/b`,
   *   times `2024-01-11T22:26`, `T22:26` without a date);
   * - duration: ISO 8601 (`P2D`, `P20Y`, `PT3H`);
   * - entity: a language-independent key (`zhang li`, `chongqing`).
   */
  value: number | string;
  /** Upper bound of a numeric range (`10-11`, `20到30`); `value` is the lower bound. */
  max?: number;
  /**
   * Unit: ISO 4217 for money (`CNY`, `USD`); `%` or `pp` (percentage points) for percent;
   * `x` for multiples (`95倍`, `95 times`).
   */
  unit?: string;
  /** The text qualifies the value as approximate (`nearly`, `about`, `近`, `约`, `余`, `多`). */
  approx?: boolean;
  /** Direction of a bound: `over` for `more than`/`多`/`余`/`以上`, `under` for `less than`/`不到`/`以下`. */
  bound?: 'over' | 'under';
  /** Entity type, for kind `entity`. */
  type?: EntityType;
  lang: Lang;
}

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a file, for findings that name both sides. */
export interface Location {
  path?: string;
  line: number;
  column: number;
}

/** Something a check reports about a pair (or a block without a pair). */
export interface Finding {
  /** Stable kebab-case rule id (`number-mismatch`). */
  ruleId: string;
  severity: Severity;
  /** The pair the finding is about. */
  pair: string;
  /** A message a translator understands at a glance. */
  message: string;
  /** Ids of the English facts involved. */
  en: string[];
  /** Ids of the Chinese facts involved. */
  zh: string[];
  /** Where the finding points first (the English side when there is one). */
  line: number;
  column: number;
  /** File of `line`/`column`, in two-file mode. */
  source?: string;
  /** Both sides, so a user can jump to either. */
  locations?: { en?: Location; zh?: Location };
}

/** Counts for one file. */
export interface Summary {
  blocks: number;
  pairs: number;
  /** Blocks without a partner (1-0 and 0-1 pairs, plus `und` blocks left outside pairs). */
  unpaired: number;
  findings: Record<Severity, number>;
}

/** Everything `align` says about one input. */
export interface FileResult {
  path: string;
  blocks: Block[];
  pairs: Pair[];
  facts: Fact[];
  findings: Finding[];
  summary: Summary;
}

/** The versioned JSON document the CLI prints with `--json`. */
export interface AlignOutput {
  version: 1;
  files: FileResult[];
}

/** How to cut text into blocks. */
export type SplitMode = 'auto' | 'blank' | 'line';

/** Per-rule settings from the config file or the command line. */
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** Rule-specific tolerances. */
  [option: string]: unknown;
}

/** Options of `align()`. */
export interface AlignOptions {
  /** Path reported in the result (the library never reads it). */
  path?: string;
  /** How to cut blocks: `auto` (default) decides per file. */
  split?: SplitMode;
  /** Year for dates that have none; by default the year of the article's dateline. */
  referenceYear?: number;
  /**
   * The day the text speaks from (a Date or an ISO 8601 string such as `2021-01-26`): relative
   * dates (`yesterday`, `on Sunday`, `last year`, `昨天`, `下周一`) resolve against it and dates
   * without a year take its year. By default the article's dateline.
   */
  referenceDate?: Date | string;
  /**
   * Find people, places and organizations: `true` (default) with rules, a gazetteer and pinyin;
   * `'deep'` also with segmentit's and compromise's taggers (about 1 s more to load); `false` not at all.
   */
  entities?: boolean | 'deep';
  /** Rule settings by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Glossary entries for the `glossary` rule. */
  glossary?: GlossaryEntry[];
  /** Align sentences inside each pair. Default true. */
  sentences?: boolean;
  /**
   * Extract the facts of every block and check each pair. Default true; `false` leaves `facts`
   * and `findings` empty: the blocks and their pairs alone, all that a corpus export writes.
   */
  facts?: boolean;
  /**
   * Use the CC-CEDICT lexicon (loaded on first need) as translation evidence for sentence
   * alignment and for two files read line by line. Default true; `false` never loads it.
   */
  lexicon?: boolean;
  /**
   * Reads the candidates of the blocks otherwise than one after another on this thread (the CLI
   * hands a long text's to worker threads). Called once the text is split and before its blocks
   * are paired, with the blocks that may yield facts, their reading context and how to read them;
   * returns each block's candidates, asked for in the order of `blocks` once the pairs are made,
   * which must be what `blockCandidates(block.text, block.lang, context, reading)` returns.
   * Not called when `facts` is false.
   */
  extractor?: CandidateSource;
}

/** How the candidates of a block are read (`candidateReading` gives a run's). */
export interface CandidateReading {
  /** Find people, places and organizations too; `'deep'` also with the taggers. */
  entities: boolean | 'deep';
  /** End transliterated names where a word of the CC-CEDICT lexicon starts. */
  lexicon: boolean;
}

/** See `AlignOptions.extractor`. */
export type CandidateSource = (
  blocks: readonly Block[],
  context: ExtractContext,
  reading: CandidateReading,
) => (block: Block) => FactCandidate[];

/** One glossary entry: an English term and the Chinese it requires. */
export interface GlossaryEntry {
  en: string;
  zh: string;
}

/**
 * A fact as an extractor finds it, before ids and line/column are attached:
 * `start`/`end` are offsets into the text handed to the extractor.
 */
export interface FactCandidate {
  kind: FactKind;
  start: number;
  end: number;
  value: number | string;
  max?: number;
  unit?: string;
  approx?: boolean;
  bound?: 'over' | 'under';
  type?: EntityType;
}

/** What extractors may know beyond the text itself. */
export interface ExtractContext {
  /** Year for dates written without one. */
  referenceYear?: number;
  /** The day the text speaks from, ISO 8601 (`2021-01-26`, or with a time): relative dates resolve against it. */
  referenceDate?: string;
  /** What a bare 元 / 块 stands for in this text (ISO 4217: `TWD` in a Taiwanese text); by default CNY. */
  localCurrency?: string;
  /**
   * What a bare `$` stands for in this text where its dollar is not the American one (ISO 4217:
   * `HKD` in a Hong Kong government's release that names no US dollar); by default USD.
   */
  localDollar?: string;
  /**
   * The text counts years from the Republic of China, as Taiwan does (`民國`, `去（112）年`, `112年3月`,
   * `114年度`, or the New Taiwan dollar): three digits from 100 before 年 are such a year (`115年前` by 2026).
   */
  rocYears?: boolean;
}

/** An extractor: text in, non-overlapping candidates out (sorted by start). */
export type Extractor = (text: string, context: ExtractContext) => FactCandidate[];
