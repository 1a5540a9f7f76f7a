import type { Block, ExtractContext, Fact, FactCandidate, Lang } from '../types.js';
import { extract as extractEn } from '../locales/en/index.js';
import { extract as extractZh } from '../locales/zh/index.js';
import type { LineIndex } from './position.js';
import { mergeBehind } from './overlap.js';
import { inText } from './left-out.js';
import { weekdayNamed, yearOfWeekday } from '../locales/calendar.js';

/**
 * Finds the numbers, money, percentages, ordinals, dates and durations in one text,
 * with the extractors of its language (`und` text is read as English).
 * Returns non-overlapping candidates sorted by start; offsets are into `text`.
 */
export function extractCandidates(text: string, lang: Lang, context: ExtractContext = {}): FactCandidate[] {
  const found = withTelephoneNumbers(text, withoutCitations(text, withoutListMarker(text, withoutWorkingWeek(text, candidatesOf(text, lang, context)))));
  return context.referenceYear === undefined && context.referenceDate === undefined ? found : withWeekdayYears(text, found, context.referenceDate);
}

/** A year written in a date's text: four digits, `'24`, or 年 (`2025年`, `去年`, `113年`). */
const YEAR_IN_TEXT = /\d{4}|'\d\d\b|年/;
/** A date's value whose first day the weekday is read against: a day, with a time or not, or a range of them. */
const DAY_VALUE = /^(\d{4}-\d\d-\d\d)(T[\d:]+)?(?:\/(\d{4}-\d\d-\d\d)(T[\d:]+)?)?$/;

/**
 * Dates whose year the text does not write, which took the reference year, and whose weekday,
 * written with them, falls on that day in the year before or after (`Wednesday, 1 October`,
 * `10月1日（星期三）` in a piece dated October 2024): they are that year's, as a reader takes them.
 */
function withWeekdayYears(text: string, candidates: FactCandidate[], reference: string | undefined): FactCandidate[] {
  let out: FactCandidate[] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.kind !== 'date' || typeof c.value !== 'string') continue;
    const m = DAY_VALUE.exec(c.value);
    if (!m) continue;
    const raw = text.slice(c.start, c.end);
    const weekday = weekdayNamed(raw);
    if (weekday === undefined || YEAR_IN_TEXT.test(raw)) continue;
    const moved = yearOfWeekday(m[1]!, weekday, reference);
    if (!moved) continue;
    const shift = Number(moved.slice(0, 4)) - Number(m[1]!.slice(0, 4));
    const last = m[3] ? `/${Number(m[3].slice(0, 4)) + shift}${m[3].slice(4)}${m[4] ?? ''}` : '';
    out ??= candidates.slice();
    out[k] = { ...c, value: `${moved}${m[2] ?? ''}${last}` };
  }
  return out ?? candidates;
}

/**
 * Four or more days of a week named with no week (`Monday to Friday`, `Wednesday to Sunday`,
 * `Mon-Sat`, `周一至周五`, `周二至周日`): the days a shop, a museum or a hotline keeps every week, not
 * dates; a week named with them keeps them dates (`Monday to Friday next week`, `下周一至周五`). A
 * shorter run (`Tuesday to Thursday`) is as often the days of one event and stays dates.
 */
const EN_DAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\\b\\.?';
const WORKING_WEEK = new RegExp(
  `(?<![上下本这這])(?:\\b(?<!(?:this|next|last|coming)[ \\t]+)${EN_DAY}[ \\t]*(?:-|\u2013|to|through|thru|till|until)[ \\t]*${EN_DAY}(?![ \\t,]+(?:this|next|last|the[ \\t]+following)[ \\t]+week)`
  + '|(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])[ \\t]*(?:至|到|-|\u2013|—|~|～)[ \\t]*(?:周|週|星期|礼拜|禮拜)?([一二三四五六日天]))',
  'giu',
);
/** What WORKING_WEEK needs: an English day's first letters, or a Chinese weekday word. */
const WORKING_WEEK_HINT = /mon|tue|wed|thu|fri|sat|sun|[周週][一二三四五六日天]|星期|礼拜|禮拜/i;
/** Each day's place in the week from Monday (1) to Sunday (7), by the first three letters or the Chinese numeral. */
const DAY_OF_WEEK: Readonly<Record<string, number>> = {
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7,
};

/** How many days a run of WORKING_WEEK holds, Monday to Sunday with no wrap; 0 for a run backwards. */
function daysOfRun(m: RegExpExecArray): number {
  const first = DAY_OF_WEEK[(m[1] ?? m[3]!).slice(0, 3).toLowerCase()]!;
  const last = DAY_OF_WEEK[(m[2] ?? m[4]!).slice(0, 3).toLowerCase()]!;
  return last >= first ? last - first + 1 : 0;
}

/** The candidates without the dates WORKING_WEEK names: a date with a time keeps the time alone (`9am–5pm, Monday`). */
function withoutWorkingWeek(text: string, candidates: FactCandidate[]): FactCandidate[] {
  if (!WORKING_WEEK_HINT.test(text)) return candidates;
  const spans: [number, number][] = [];
  WORKING_WEEK.lastIndex = 0;
  for (let m = WORKING_WEEK.exec(text); m; m = WORKING_WEEK.exec(text)) if (daysOfRun(m) >= 4) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return candidates;
  const out: FactCandidate[] = [];
  for (const c of candidates) {
    const hit = c.kind === 'date' && typeof c.value === 'string' ? spans.find(([a, b]) => c.start < b && a < c.end) : undefined;
    if (!hit) {
      out.push(c);
      continue;
    }
    const time = (c.value as string).replace(/\d{4}-\d\d-\d\d(?=T)/g, '');
    if (!/^T[^/]*(?:\/T[^/]*)?$/.test(time)) continue;
    // The span keeps the time's words alone: `9am to 5pm, Monday` → `9am to 5pm`.
    const [a, b] = hit;
    let start = c.start;
    let end = c.end;
    if (a > start) end = a;
    else if (b < end) start = b;
    while (end > start && /[\s,，、]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s,，、]/.test(text[start]!)) start++;
    out.push({ ...c, start, end, value: time });
  }
  return out;
}

/**
 * Telephone numbers: with the country's code (`+86-571-8765 4321`, `+852 2868 0000`), after the word
 * for one (`Tel: 2868 0000`, `电话：0571-87654321`, `查询热线 2868 0000`), or in the dashed shapes of
 * Chinese service and landline numbers (`400-820-1234`, `0571-87654321`). Their digits count nothing.
 */
const PHONE = /\+\d{1,3}[ \t-]?(?:\(\d{1,4}\)[ \t-]?)?\d{1,4}(?:[ \t-]\d{2,5}){1,4}(?!\d)|(?:\b(?:Tel|Phone|Fax|Hotline|Enquiries|Inquiries|call|dial)\b|电话|電話|热线|熱線|传真|傳真|查询|查詢|咨询|諮詢|致电|致電|拨打|撥打)[^\d\n]{0,10}?\(?\d[\d \t()-]{5,18}\d(?!\d|\.\d)|(?<![\d.,-])(?:0\d{2,3}-\d{7,8}|[48]00-\d{3}-\d{4})(?![\d-])/giu;

/**
 * The candidates with each telephone number (`PHONE`) read as one: the numbers and dates inside it
 * give way to a number whose value is its digits as written (`28680000`, unit `tel`), compared
 * digit by digit with the other side's, never as a quantity.
 */
function withTelephoneNumbers(text: string, candidates: FactCandidate[]): FactCandidate[] {
  if (candidates.length === 0 || !PHONE_HINT.test(text)) return candidates;
  PHONE.lastIndex = 0;
  const spans: [number, number][] = [];
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    // The number itself, without the word before it, and without a bracket it opens and does not
    // close: `1800-222-0000 (8 am to 6 pm)` ends before the hours.
    const digit = m[0].search(/[+(\d]/u);
    let number = m[0].slice(digit);
    const open = number.lastIndexOf('(');
    if (open > 0 && open > number.lastIndexOf(')')) number = number.slice(0, open).replace(/[ \t-]+$/, '');
    if (/\d$/.test(number)) spans.push([m.index + digit, m.index + digit + number.length]);
  }
  if (spans.length === 0) return candidates;
  const out: FactCandidate[] = [];
  let k = 0;
  // The span whose one number is out already: the spans are walked in order.
  let done = -1;
  for (const c of candidates) {
    while (k < spans.length && spans[k]![1] <= c.start) k++;
    const span = spans[k];
    if (!(span !== undefined && (c.kind === 'number' || c.kind === 'date') && span[0] <= c.start && c.start < span[1])) {
      out.push(c);
      continue;
    }
    if (done === k) continue;
    done = k;
    out.push({ kind: 'number', start: span[0], end: span[1], value: text.slice(span[0], span[1]).replace(/\D/g, ''), unit: 'tel', approx: false });
  }
  return out;
}

/** What a text holding a telephone number holds: a plus, a dash between digits, or a word for one. */
const PHONE_HINT = /\+\d|\d-\d|Tel|Phone|Fax|Hotline|quiries|call|dial|电话|電話|热线|熱線|传真|傳真|查询|查詢|咨询|諮詢|致电|致電|拨打|撥打/i;

/**
 * A reference mark as encyclopedias and papers print it, right after a word or a sentence's stop:
 * `[3]`, `[12][13]`, `[4, 7]`, `[5–8]`, `［2］`. It points to a note and counts nothing, and a
 * translation may keep or drop it. A number in brackets after a space (`the total [3]`) is no mark.
 */
const CITATION = /(?<=[^\s[［])[[［]\d{1,3}(?:[ \t]?[,，–—-][ \t]?\d{1,3})*[\]］]/gu;

/** The candidates without the numbers of reference marks (`CITATION`). */
function withoutCitations(text: string, candidates: FactCandidate[]): FactCandidate[] {
  if (!text.includes('[') && !text.includes('［')) return candidates;
  CITATION.lastIndex = 0;
  const marks: [number, number][] = [];
  for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) marks.push([m.index, m.index + m[0].length]);
  if (marks.length === 0) return candidates;
  // Both lists are in text order: one walk.
  let k = 0;
  return candidates.filter((c) => {
    while (k < marks.length && marks[k]![1] <= c.start) k++;
    const mark = marks[k];
    return !(c.kind === 'number' && mark !== undefined && mark[0] < c.start && c.end < mark[1]);
  });
}

function candidatesOf(text: string, lang: Lang, context: ExtractContext): FactCandidate[] {
  const found = readCandidates(text, lang, context);
  return text.includes('(') || text.includes('（') ? withRestatedFigures(text, lang, context, found) : found;
}

/**
 * A number in words restated in figures in brackets, as contracts write them (`twenty-four (24)
 * months`, `三十（30）日内`): one fact whose span runs from the words, read as if the words and the
 * brackets were not there, so the unit after the brackets is the number's (`P24M`, `P30D`). The
 * text is read again only where it holds such a restatement; a bracket whose figure differs from
 * the words is left as it is.
 */
function withRestatedFigures(text: string, lang: Lang, context: ExtractContext, found: FactCandidate[]): FactCandidate[] {
  let masked: string[] | undefined;
  const starts = new Map<number, number>();
  for (let k = 0; k + 1 < found.length; k++) {
    const words = found[k]!;
    const figures = found[k + 1]!;
    if (words.kind !== 'number' || figures.kind !== 'number' || words.value !== figures.value || words.max !== undefined) continue;
    if (/\d/.test(text.slice(words.start, words.end)) || !/^\d[\d,.]*$/.test(text.slice(figures.start, figures.end))) continue;
    if (!/^ ?[(（]$/.test(text.slice(words.end, figures.start)) || !/^[)）]/.test(text.slice(figures.end, figures.end + 1))) continue;
    // The text's code units, so that offsets hold whatever planes its characters are in.
    masked ??= text.split('');
    for (let i = words.start; i < figures.start; i++) masked[i] = ' ';
    masked[figures.end] = ' ';
    starts.set(figures.start, words.start);
  }
  if (!masked) return found;
  // A fact ending on the figures takes in their closing bracket.
  return readCandidates(masked.join(''), lang, context).map((c) => {
    const start = starts.get(c.start);
    if (start === undefined) return c;
    return { ...c, start, end: /^[)）]/.test(text.slice(c.end, c.end + 1)) ? c.end + 1 : c.end };
  });
}

function readCandidates(text: string, lang: Lang, context: ExtractContext): FactCandidate[] {
  if (lang !== 'zh') return extractEn(text, context);
  const bare = withoutPinyin(text);
  if (!bare) return extractZh(text, context);
  return inText(extractZh(bare.text, context), bare.kept, text.length);
}


/**
 * An item's number opening a text, as lists and numbered paragraphs print it: `1、`, `2. `,
 * `3) `, `(4) `, `（五）`, `六、`. It orders the text and counts nothing, so it is no fact; a
 * decimal (`1.5 million`) or a list of numbers (`1、2、3`) is no such number.
 */
const LIST_MARKER = /^\s*(?:[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:、(?![\d一二三四五六七八九十两])|[.．)）](?=\s|\p{Script=Han})))/u;

/** The candidates without a number that is the item's number opening the text (`LIST_MARKER`). */
function withoutListMarker(text: string, candidates: FactCandidate[]): FactCandidate[] {
  const first = candidates[0];
  if (first?.kind !== 'number') return candidates;
  const m = LIST_MARKER.exec(text.slice(0, 16));
  if (!m || first.start >= m[0].length || first.end > m[0].length) return candidates;
  return candidates.slice(1);
}

/**
 * A pinyin reading in brackets after a Han character, as converters print them
 * (`7.3萬(wàn)億`, `國(guó)`): letters of pinyin with at least one tone mark, at most 30.
 */
const PINYIN_NOTE = /[(（]([a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ' ]{1,30})[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]/;
const HAN = /\p{Script=Han}/u;

/**
 * The text with its pinyin readings removed, and for each kept character its offset in the
 * original text (so facts read from the bare text keep spans into the original);
 * undefined when the text has no such reading.
 */
export function withoutPinyin(text: string): { text: string; kept: number[] } | undefined {
  PINYIN_NOTE.lastIndex = 0;
  let m = PINYIN_NOTE.exec(text);
  if (!m) return undefined;
  const parts: string[] = [];
  const kept: number[] = [];
  let from = 0;
  for (; m; m = PINYIN_NOTE.exec(text)) {
    if (!TONE_MARK.test(m[1]!) || !HAN.test(text[m.index - 1] ?? '')) continue;
    parts.push(text.slice(from, m.index));
    for (let k = from; k < m.index; k++) kept.push(k);
    from = m.index + m[0].length;
  }
  if (from === 0) return undefined;
  parts.push(text.slice(from));
  for (let k = from; k < text.length; k++) kept.push(k);
  return { text: parts.join(''), kept };
}

/**
 * Extracts the facts of every block, numbering them `f1`, `f2`, … in document order.
 * `lines` locates each fact in the original text; `extra` adds candidates from other
 * extractors (entities) for a block, which lose to the value facts where they overlap.
 */
export function extractFacts(
  blocks: readonly Block[],
  lines: (block: Block) => LineIndex,
  context: ExtractContext = {},
  extra?: (block: Block) => FactCandidate[],
): Fact[] {
  return factsOfBlocks(blocks, lines, (block) => {
    const found = extractCandidates(block.text, block.lang, context);
    return extra ? mergeBehind(found, extra(block)) : found;
  });
}

/**
 * The facts of `blocks` from their candidates (`candidatesOf`), numbered in order; blocks of a
 * kind (no translation unit) yield none and are not read.
 */
export function factsOfBlocks(blocks: readonly Block[], lines: (block: Block) => LineIndex, candidatesOf: (block: Block) => readonly FactCandidate[]): Fact[] {
  const facts: Fact[] = [];
  for (const block of blocks) {
    if (block.kind) continue; // no translation unit (chrome, pinyin, cue, vocabulary…): no facts
    const index = lines(block);
    for (const candidate of candidatesOf(block)) facts.push(factOf(`f${facts.length + 1}`, block, candidate, index));
  }
  return facts;
}

/**
 * The fact of one candidate of `block`, its fields in the contract's order (the order JSON prints
 * them in). The two common shapes, an entity with its type and a value qualified by `approx`
 * alone, are one literal each: V8 then makes the object at once with its fields inside, where
 * fields added one by one grow a store beside it, a copy at each step.
 */
function factOf(id: string, block: Block, candidate: FactCandidate, index: LineIndex): Fact {
  const start = block.start + candidate.start;
  const end = block.start + candidate.end;
  const line = index.lineOf(start);
  const column = index.columnOf(start, line);
  const raw = block.text.slice(candidate.start, candidate.end);
  const { kind, value } = candidate;
  if (candidate.max === undefined && candidate.unit === undefined && candidate.bound === undefined) {
    if (kind === 'entity' && candidate.type !== undefined) {
      return { id, block: block.id, kind, raw, value, type: candidate.type, lang: block.lang, start, end, line, column };
    }
    if (kind !== 'entity' && candidate.type === undefined) {
      return { id, block: block.id, kind, raw, value, approx: candidate.approx ?? false, lang: block.lang, start, end, line, column };
    }
  }
  // Fields set one by one, in the contract's order.
  const fact = { id, block: block.id, kind, raw, value } as Fact;
  if (candidate.max !== undefined) fact.max = candidate.max;
  if (candidate.unit !== undefined) fact.unit = candidate.unit;
  if (kind !== 'entity') fact.approx = candidate.approx ?? false;
  if (candidate.bound !== undefined) fact.bound = candidate.bound;
  if (candidate.type !== undefined) fact.type = candidate.type;
  fact.lang = block.lang;
  fact.start = start;
  fact.end = end;
  fact.line = line;
  fact.column = column;
  return fact;
}
