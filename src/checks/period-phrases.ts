/**
 * Periods named without digits (`by the end of the decade`, `by mid-century`, `本世纪末`, `本世纪中叶`)
 * read as the years they can mean from the year a text speaks from, and the check that a target
 * year on the other side of a pair (`到2040年`, `by 2040`) lies inside them: `by the end of the
 * decade` in a piece of 2023 is 2029 or 2030, so `到2040年` against it is a slip of the year.
 */
import type { Block, Fact, Finding, Pair } from '../types.js';
import { datelineYear } from '../pipeline/dateline.js';
import { asciiDigits } from './quantities.js';
import { isBlankCode, locationIn, makeFinding, type CheckContext } from './rule.js';

/** A period phrase found in a block: where it is and the years it may mean. */
export interface PeriodPhrase {
  raw: string;
  /** Offset of the phrase in its block's text. */
  at: number;
  from: number;
  to: number;
}

/** The part of a decade or century a phrase names: the end, the middle, or anywhere in it. */
type Part = 'end' | 'middle' | 'within';
type Span = 'decade' | 'century';

/**
 * English period phrases with no digits: `by the end of the decade`, `by the decade's end`,
 * `before the decade is out`, `later this decade`, `within this decade`, `by the end of the
 * century`, `by mid-century`, `by the middle of this century`, `by the turn of the century`.
 */
const EN_PERIODS: readonly [RegExp, Part, Span][] = [
  [/\b(?:by|until|before|at|to|towards?)\s+the\s+end\s+of\s+(?:the|this)\s+decade\b|\bby\s+(?:the\s+)?decade'?s\s+end\b|\bbefore\s+the\s+decade\s+is\s+(?:out|over)\b/gi, 'end', 'decade'],
  [/\b(?:later|within|in)\s+this\s+decade\b|\bbefore\s+the\s+end\s+of\s+(?:the|this)\s+decade\b/gi, 'within', 'decade'],
  [/\b(?:by|until|before|at|to|towards?)\s+the\s+end\s+of\s+(?:the|this)\s+century\b|\bby\s+the\s+turn\s+of\s+the\s+century\b/gi, 'end', 'century'],
  [/\bby\s+mid-century\b|\bby\s+the\s+middle\s+of\s+(?:the|this)\s+century\b/gi, 'middle', 'century'],
];

/** Chinese period phrases: `本世纪末`, `本世纪中叶`, `本十年末`, `这个十年结束前`, in both scripts. */
const ZH_PERIODS: readonly [RegExp, Part, Span][] = [
  [/本世[纪紀][末底]|本世[纪紀][结結]束(?:前|之前|时|時)/g, 'end', 'century'],
  [/本世[纪紀]中[叶葉期]/g, 'middle', 'century'],
  [/(?:本|这个|這個)十年[末底]|(?:本|这个|這個)十年[结結]束(?:前|之前|时|時)/g, 'end', 'decade'],
];

/** The years a part of a decade or century means, seen from `year`. */
function yearsOf(part: Part, span: Span, year: number): [number, number] {
  const size = span === 'decade' ? 10 : 100;
  const start = Math.floor(year / size) * size;
  if (part === 'end') return [start + size - 1, start + size];
  if (part === 'middle') return [start + 40, start + 60];
  return [year, start + size];
}

/**
 * The period phrases of a text in one language, each with the years it may mean for each year
 * the text may speak from (`years`, the earliest and latest): `by the end of the decade` from
 * 2001 to 2003 is 2009 to 2010.
 */
export function periodPhrases(text: string, lang: 'en' | 'zh', years: readonly [number, number]): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  for (const [pattern, part, span] of lang === 'en' ? EN_PERIODS : ZH_PERIODS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [a] = yearsOf(part, span, years[0]);
      const [, b] = yearsOf(part, span, years[1]);
      out.push({ raw: m[0], at: m.index, from: a, to: b });
    }
  }
  return out.sort((x, y) => x.at - y.at);
}

/** A year a text names as a target: `by 2040`, `until 2030`, `到2040年`, `2020年之前`, `2030年底`. */
const EN_TARGET = /\b(?:by|until|till|before|through|in|to)\s+(?:the\s+(?:end|middle)\s+of\s+)?$/i;
const ZH_TARGET_BEFORE = /(?:到|至|截至|在|于|於|預計|预计)$/;
const ZH_TARGET_AFTER = /^年?(?:之前|以前|前|底|末|为止|為止|时|時)/;

/** Whether a year fact of the given side stands as a target year (see above). */
function targetYear(block: Block, fact: Fact, lang: 'en' | 'zh'): boolean {
  // Read before the year's digits: a bounding word may be inside the fact (`by 2040`).
  const at = fact.start - block.start + Math.max(0, asciiDigits(fact.raw).search(/\d{4}/));
  const end = fact.end - block.start;
  const before = block.text.slice(Math.max(0, at - 20), at);
  if (lang === 'en') return EN_TARGET.test(before) || /\b(?:by|until|before|in|to)\s+$/i.test(before);
  return ZH_TARGET_BEFORE.test(before.replace(/\s+$/, '')) || ZH_TARGET_AFTER.test(block.text.slice(end, end + 4));
}

/** A year fact's year, when its value is a year alone (`2040`). */
function yearOf(fact: Fact): number | undefined {
  return fact.kind === 'date' && typeof fact.value === 'string' && /^\d{4}$/.test(fact.value) ? Number(fact.value) : undefined;
}

/** Future words that mark a year of a sentence as a forecast rather than a year past. */
const FUTURE = /\b(?:will|would|expected|forecasts?|predict(?:s|ed|ions?)?|projected|plans?|aims?|target|by)\b|[将將预預]计|[将將]|目标|目標|到|之前/i;

/** A year of the last centuries standing alone in a text: `2023`, `1998年`. */
const YEAR_IN_TEXT = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g;

/**
 * The years a document speaks from: `given` (the year of `referenceDate` or `--date`), else the
 * dateline's year when there is one; else from the latest year it names as past (not after `by`, `到`,
 * nor in a sentence about the future) to two years later, as news reports on the years just gone.
 */
export function speakingYears(blocks: readonly Block[], given?: number): [number, number] | undefined {
  // The dateline's year alone: the rest of a reading context is not wanted here.
  const year = given ?? datelineYear(blocks);
  if (year !== undefined) return [year, year];
  let latest: number | undefined;
  for (const block of blocks) {
    if (block.lang !== 'en' && block.lang !== 'zh') continue;
    const y = latestPastYear(block.text);
    if (y !== undefined && (latest === undefined || y > latest)) latest = y;
  }
  return latest === undefined ? undefined : [latest, latest + 2];
}

/**
 * The latest year a text names outside its sentences about the future. A sentence ends right
 * after each stop (`.!?。！？`) and the blanks after a stop belong to none, as a split after the
 * stops with the blanks as separator cuts them. A year never spans two sentences, so the years
 * are found in the whole text and only a sentence that holds one is cut out and read for the future.
 */
function latestPastYear(text: string): number | undefined {
  const digits = asciiDigits(text);
  let latest: number | undefined;
  let start = 0;
  let end = sentenceEnd(text, 0);
  // Whether the sentence at `start` speaks of the future, once asked.
  let future: boolean | undefined;
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(digits); m; m = YEAR_IN_TEXT.exec(digits)) {
    while (m.index >= end) {
      start = end;
      while (start < text.length && isBlankCode(text.charCodeAt(start))) start++;
      end = sentenceEnd(text, start);
      future = undefined;
    }
    future ??= FUTURE.test(text.slice(start, end));
    if (future) continue;
    const y = Number(m[1]);
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}

/** The end of the sentence that starts at `from`: right after its first stop (`.!?。！？`), or the text's end. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f) return i + 1;
  }
  return text.length;
}

/**
 * Findings of one pair: a period phrase on one side (`by the end of the decade`) against a
 * target year on the other (`到2040年`) that lies outside the years it may mean and that no year
 * of the phrase's side accounts for. `years` is what `speakingYears` gives for the document.
 */
export function periodFindings(
  context: CheckContext,
  pair: Pair,
  rule: { id: string },
  years: readonly [number, number] | undefined,
  phrasesOf: (block: Block) => readonly PeriodPhrase[] = (block) => blockPeriodPhrases(block, years),
): Finding[] {
  if (!years) return [];
  const findings: Finding[] = [];
  const sides = { en: pair.en, zh: pair.zh } as const;
  for (const lang of ['en', 'zh'] as const) {
    const other = lang === 'en' ? 'zh' : 'en';
    const phrases: (PeriodPhrase & { block: Block })[] = [];
    for (const id of sides[lang]) {
      const block = context.block(id);
      if (block) for (const p of phrasesOf(block)) phrases.push({ ...p, block });
    }
    if (!phrases.length) continue;
    const ownYears = context.factsOf(sides[lang]).map(yearOf).filter((y): y is number => y !== undefined);
    const targets = context.factsOf(sides[other]).filter((f) => {
      const y = yearOf(f);
      const block = context.block(f.block);
      return y !== undefined && block !== undefined && targetYear(block, f, other);
    });
    // Years of the other side that a year of this side accounts for are spoken for, one each.
    const spoken = [...ownYears];
    const left = targets.filter((f) => {
      const at = spoken.indexOf(yearOf(f)!);
      if (at < 0) return true;
      spoken.splice(at, 1);
      return false;
    });
    if (!left.length) continue;
    const phrase = phrases[0]!;
    if (left.some((f) => yearOf(f)! >= phrase.from && yearOf(f)! <= phrase.to)) continue;
    const year = left[0]!;
    const range = phrase.from === phrase.to ? `${phrase.from}` : `${phrase.from}–${phrase.to}`;
    const seen = years[0] === years[1] ? `${years[0]}` : `${years[0]}–${years[1]}`;
    const phraseSide = lang.toUpperCase();
    const yearSide = other.toUpperCase();
    const message = `${phraseSide} "${phrase.raw}" (${range}, seen from ${seen}) vs ${yearSide} "${year.raw}" (${String(year.value)}): the year lies outside the period`;
    const at = locationIn(phrase.block, phrase.at);
    findings.push(makeFinding(context, rule, 'warning', pair, message,
      lang === 'en' ? { enAt: at, zh: [year] } : { zhAt: at, en: [year] }));
  }
  return findings;
}

/**
 * The spans (offsets in the file) of a block's period phrases: a date fact inside one
 * (`the end of the decade` inside `by the end of the decade`) is judged by `periodFindings`,
 * which knows that the end of a decade may mean the round year after it (2030 for the 2020s),
 * not by its exact reading.
 */
export function periodSpans(block: Block, phrases: readonly PeriodPhrase[] = blockPeriodPhrases(block, undefined)): [number, number][] {
  return phrases.map((p) => [block.start + p.at, block.start + p.at + p.raw.length]);
}

/**
 * The period phrases of one block, read once for both `periodSpans` and `periodFindings`
 * (where a phrase is does not depend on the years; without them its years are left as 2000).
 * Only blocks that name a decade or a century are read.
 */
export function blockPeriodPhrases(block: Block, years: readonly [number, number] | undefined): PeriodPhrase[] {
  if (block.lang !== 'en' && block.lang !== 'zh') return [];
  if (!/decade|century|世[纪紀]|十年/i.test(block.text)) return [];
  return periodPhrases(block.text, block.lang, years ?? [2000, 2000]);
}
