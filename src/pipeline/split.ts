import type { Block, Lang, SplitMode } from '../types.js';
import { ASS_EVENT, blockKind, CUE_TIMING, GLUED_NAME_AT, HEADWORD, holdsColon, isColonGloss, isPhoneticsLine, isSenseLine, isStoryListLine, isTagsLabel, isLabelledWordNote, isWordListEntry } from './block-kind.js';
import { isDatelineOrPageInfo, looksLikeBoilerplate } from './pair-signals.js';
import { isDateLine, isPipedLabels } from './dateline.js';
import { detectLanguage, isAsciiLetter, letterClass, letterCounts, maskNeutral, scriptOf } from './detect.js';
import { LineIndex } from './position.js';
import { isBlankCode } from '../checks/rule.js';
import { cutInBrackets, lexicalCut } from './split-short.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { width as columns } from '../text-width.js';

/** Options of `split`. */
export interface SplitOptions {
  /**
   * `blank`: blocks are separated by blank (or whitespace-only) lines;
   * `line`: every non-blank line is a block;
   * `auto` (default): decided per file from blank lines, bullets, indentation,
   * line widths and language changes between lines.
   */
  mode?: SplitMode;
  /** Path stored on every block (`source`), for two-file mode. */
  source?: string;
  /** Number of ids already used: the first block gets id `b${idStart + 1}` and index `idStart`. Default 0. */
  idStart?: number;
  /**
   * The CC-CEDICT lexicon that cuts a line holding both languages where the script alone does not
   * (`Green Beijing 绿色北京`): called only for such a line. Default `loadLexicon`; `false` leaves
   * those lines whole and loads nothing.
   */
  lexicon?: false | (() => Lexicon);
  /**
   * The other file of a translation held in two files (`fileShape` of its text): a file without
   * blank lines beside another without blank lines is read with it line for line when both have
   * as many lines, and is cut at each line closing a sentence otherwise, wrapped or not.
   */
  partner?: FileShape;
}

/** What `split` is told of the other file of a translation held in two files. */
export interface FileShape {
  /** Non-blank lines. */
  lines: number;
  /** Whether a blank line stands between two of them. */
  blank: boolean;
  /** How each line ends: a sentence's stop, a clause's comma (or colon, dash), or open, mid-clause. */
  ends: LineEnd[];
  /** Whether each line opens with a lower-case letter (an English line carrying on a sentence). */
  lower: boolean[];
}

/** How a line ends: with a sentence's stop, a clause's comma, colon or dash, or open (a word or a number). */
export type LineEnd = 'stop' | 'comma' | 'open';

/** The shape of a text as the other file of a translation sees it: its non-blank lines, whether blank lines part them, how each ends. */
export function fileShape(text: string): FileShape {
  const lines = readLines(text);
  return {
    lines: lines.length,
    blank: lines.some((l, k) => k > 0 && l.afterBlank),
    ends: lines.map((l) => lineEnd(text.slice(Math.max(l.start, l.end - 120), l.end))),
    lower: lines.map((l) => opensLower(text, l)),
  };
}

/** Whether a line opens with a lower-case letter, markup tags before it aside. */
function opensLower(text: string, line: Line): boolean {
  return /^(?:<[A-Za-z][^<>\n]{0,80}>)*[a-z]/.test(text.slice(line.start, Math.min(line.end, line.start + 100)));
}

/** How a line ends (`LineEnd`), closing quotes, brackets and markup tags after its last word aside. */
function lineEnd(line: string): LineEnd {
  const bare = line.replace(TRAILING_CLOSERS, '');
  const last = bare[bare.length - 1];
  if (last === undefined || /[.!?。！？…]/.test(last)) return 'stop';
  return /[,，、;；:：—–-]/.test(last) ? 'comma' : 'open';
}

/** Closing quotes, brackets and markup tags at the end of a line (`?</v>`, `。”`). */
const TRAILING_CLOSERS = /(?:<\/?[A-Za-z][^<>\n]{0,80}>|["”’'」』)）\]】\s])+$/;

/** One non-blank line of the input, trimmed of surrounding blank space. */
interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset just past the last non-blank character. */
  end: number;
  /** Leading blank space, in columns (a tab or a full-width space counts 2). */
  indent: number;
  /** Blank lines (at least one) stand between this line and the previous one. */
  afterBlank: boolean;
}

/** Blank space at the ends of a line: ASCII blanks, NBSP, full-width space, BOM, zero-width space. */
const BLANK = /[\s\u00a0\u3000\ufeff\u200b]/;
/** Whether a code unit is blank space at the ends of a line (BLANK), asked by code: no string made for the character. */
const isLineBlank = (c: number): boolean => isBlankCode(c) || c === 0x200b;
/** A bullet or list marker opening a line: `•`, `·`, `-`, `*`, `–`, `1.`, `1)`, `(1)`, `①`, `一、`. */
const BULLET = /^(?:[•●○◦▪■□◆◇▶►·‧∙\-*–—－](?:\s|(?=\p{Script=Han}))|\d{1,3}[.)、]\s?|\(\d{1,3}\)|[①-⑳]|[一二三四五六七八九十]{1,3}、)/u;

/**
 * Cuts a text into paragraph blocks with their spans and detected language.
 * Spans are UTF-16 offsets into `text` exactly as given, with 1-based line and column;
 * each block's text is `text.slice(start, end)`, blank space at both ends excluded.
 * Returns blocks `b1`, `b2`, … (see `idStart`) in input order.
 */
export function split(text: string, options: SplitOptions = {}): Block[] {
  const lines = readLines(text);
  const mode = options.mode ?? 'auto';
  // The lines of a glossary (`term：gloss` lines one after another) are entries, each a block of
  // its own in neither language's stream, and no line holding an English part and a Chinese one.
  const glossary = glossaryLines(text, lines);
  // `autoGroups` asks these of every line, and the loop below again of a one-line block.
  const alternating = byRange(alternatingRuns);
  const runsOf = (t: string, a: number, b: number) => {
    if (glossary.has(a) || !mayHoldBoth(t, a, b)) return undefined;
    const row = keyValueRuns(t, a, b);
    if (!row) return alternating(t, a, b);
    // Each run of a key-value row is in the language its place says (`1,935.3 g` too, which holds one letter).
    row.runs.forEach((run, k) => lineScripts.set(run[0], { end: run[1], script: (k % 2 === 0) === row.enFirst ? 'en' : 'zh' }));
    return row.runs;
  };
  const lexicon = options.lexicon === false ? undefined : options.lexicon ?? loadLexicon;
  const scriptCutOf = byRange(scriptCut);
  // A line the script does not cut may be cut by the lexicon; a line that is a block of a kind
  // (a word-list entry, chrome, a byline) is not, but a bilingual label opening with a capital
  // among lines that are no word list is a title (`Results 比赛结果`: a word list runs line after
  // line; a label alone says nothing). A note under a word list (`in the first half of the year
  // 上半年`) is one of its entries. The line's company is asked only of a line the lexicon may cut.
  const permitted = (t: string, a: number, b: number, before?: string, after?: string): boolean => {
    if ((before !== undefined && blockKind(before) === 'vocabulary') || (after !== undefined && blockKind(after) === 'vocabulary')) return false;
    const kind = blockKind(t.slice(a, b));
    return kind === undefined || (kind === 'vocabulary' && /^[A-Z]/.test(t[a]!) && (before !== undefined || after !== undefined));
  };
  const shortOf = lexicon ? byRange((t: string, a: number, b: number) => lexicalCut(t, a, b, lexicon, () => permitted(t, a, b, context.before, context.after))) : undefined;
  // The lines beside the line `cutOf` is asked about, for `permitted` (its answer is kept by range).
  const context: { before?: string; after?: string } = {};
  const cutOf = (t: string, a: number, b: number, before?: string, after?: string): [number, number] | undefined => {
    if (glossary.has(a) || !mayHoldBoth(t, a, b)) return undefined;
    const bySeparator = separatorCut(t, a, b);
    if (bySeparator && permitted(t, a, b, before, after)) return bySeparator;
    const byScript = scriptCutOf(t, a, b);
    if (byScript || !shortOf) return byScript;
    context.before = before;
    context.after = after;
    return shortOf(t, a, b);
  };
  // The script of each line `autoGroups` reads, kept by its start with its end: a block that is a
  // line whole takes it for its language, which it would read again.
  const lineScripts = new Map<number, { end: number; script: Lang }>();
  const scriptAt = (t: string, a: number, b: number): Lang => {
    const script = scriptOf(t.slice(a, b));
    lineScripts.set(a, { end: b, script });
    return script;
  };
  const groups = mode === 'line' ? lines.map((l) => [l])
    : mode === 'blank' ? blankGroups(lines)
    : autoGroupsOf(text, lines, runsOf, cutOf, scriptAt, options.partner, glossary);
  const index = new LineIndex(text);
  const idStart = options.idStart ?? 0;
  const pieces: [number, number][] = [];
  const lineText = (g: Line[] | undefined) => (g?.length === 1 ? text.slice(g[0]!.start, g[0]!.end) : undefined);
  // Pieces and groups are read by index, not destructured: until V8 optimizes a function (one run
  // of a document may never), destructuring an array runs the iterator protocol, objects per read.
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let start = group[0]!.start;
    const end = group[group.length - 1]!.end;
    // A timestamp opening the line (lyrics, transcripts) is a cue block of its own.
    // One opens with `[`, the other with a digit: a line opening otherwise runs (and compiles) neither.
    const head = text.charCodeAt(start);
    const stamp = (head === 91 ? TIMESTAMP_PREFIX.exec(text.slice(start, Math.min(end, start + 16))) : null)
      ?? (head >= 48 && head <= 57 ? TIMING_PREFIX.exec(text.slice(start, Math.min(end, start + 120))) : null);
    if (stamp && stamp[0].length < end - start) {
      pieces.push([start, start + stamp[1]!.length]);
      start += stamp[0].length;
    }
    // An ASS subtitle event: its fields are a cue, and each line of its speech (apart by `\N`) a block.
    const event = head === 68 && group.length === 1 ? ASS_EVENT_PREFIX.exec(text.slice(start, Math.min(end, start + 200))) : null;
    if (event && event[0].length < end - start) {
      pieces.push([start, start + event[0].length - 1]);
      for (const part of assLines(text, start + event[0].length, end)) pieces.push(part);
      continue;
    }
    // A heading of other stories with their list on its line is page chrome, whole: no pair of parts.
    if (group.length === 1 && isStoryListLine(text.slice(start, end))) {
      pieces.push([start, end]);
      continue;
    }
    let runs = group.length === 1 ? runsOf(text, start, end) : undefined;
    let cut = group.length === 1 && !runs ? cutOf(text, start, end, lineText(groups[g - 1]), lineText(groups[g + 1])) : undefined;
    // A quote and its translation on one line, the author after a dash at its end (`Knowledge is
    // power. / 知识就是力量。 —— Francis Bacon`): the author is a block of its own when the quote cuts.
    const author = group.length === 1 && !runs && !cut ? authorAt(text, start, end) : -1;
    if (author > 0) {
      runs = runsOf(text, start, author);
      cut = runs ? undefined : cutOf(text, start, author);
    }
    const bodyEnd = author > 0 && (runs || cut) ? blankBefore(text, start, author) : end;
    if (runs) for (const run of runs) pieces.push(run);
    else if (cut) pieces.push([start, cut[0]], [cut[1], bodyEnd]);
    else pieces.push([start, end]);
    if (bodyEnd < end) pieces.push([author, end]);
  }
  const ids = cueIdentifiers(text, pieces);
  for (const k of vttBlockBodies(text, pieces, ids)) ids.add(k);
  const authors = postAuthors(text, pieces);
  const tags = tagLines(text, pieces);
  // A bare number is a subtitle cue's number only in a text of cues (one timed `-->`); elsewhere
  // it is a page's section or page number, or a counter.
  const timed = text.includes('-->');
  const kinds = pieces.map((piece, k) => {
    const start = piece[0];
    const blockText = text.slice(start, piece[1]);
    const kind = ids.has(k) ? 'cue' : authors.has(k) || tags.has(k) ? 'chrome' : blockKind(blockText) ?? (glossary.has(start) && !blockText.includes('\n') ? 'vocabulary' : undefined);
    return kind === 'cue' && !timed && BARE_NUMBER.test(blockText) ? 'chrome' : kind;
  });
  // A word list's headword on its own line is an entry with the phonetics under it (`probe` over
  // `英 /prəʊb/ 美 /proʊb/`), or with its sense opening on a part of speech (`sector` over `n. 部門；領域`).
  for (let k = 0; k + 1 < pieces.length; k++) {
    if (kinds[k] !== undefined || kinds[k + 1] !== 'vocabulary' || !HEADWORD.test(text.slice(pieces[k]![0], pieces[k]![1]).trim())) continue;
    const under = text.slice(pieces[k + 1]![0], pieces[k + 1]![1]);
    if (isPhoneticsLine(under) || isSenseLine(under)) kinds[k] = 'vocabulary';
  }
  return pieces.map((piece, k): Block => {
    const start = piece[0];
    const end = piece[1];
    const blockText = text.slice(start, end);
    const cue = kinds[k];
    // A subtitle header, cue number or timestamp is in neither language (`WEBVTT` included).
    const known = lineScripts.get(start);
    const lang = cue === 'cue' ? 'und' : detectLanguage(blockText, known?.end === end ? known.script : undefined);
    const kind = cue ?? (lang === 'und' && OTHER_LETTERS.test(maskNeutral(blockText)) ? 'foreign' : undefined);
    const line = index.lineOf(start);
    // One literal with the span's fields written out: spreading a span object into the block
    // grows the block's store field by field.
    const block: Block = {
      id: `b${idStart + k + 1}`,
      index: idStart + k,
      start,
      end,
      line,
      column: index.columnOf(start, line),
      lang,
      text: blockText,
    };
    if (options.source !== undefined) block.source = options.source;
    if (kind) block.kind = kind;
    return block;
  });
}

/** Most tags `tagLines` reads under one label. */
const TAGS_MOST = 12;
/** A tag standing alone on its line: a word or a few, no stop or colon (`legal`, `company law`, `香港法例`). */
const TAG_LINE = /^[^\s.!?。！？:：,，]{1,20}(?: [^\s.!?。！？:：,，]{1,20}){0,2}$/;

/**
 * The pieces that are tags, one a line, under a tag or keyword label standing alone (`标签:` above
 * `legal`, `english`, `company`), as blog platforms print them: page chrome, up to the first line that
 * is no tag.
 */
function tagLines(text: string, pieces: readonly [number, number][]): Set<number> {
  const out = new Set<number>();
  // Every label closes on a colon: a text without one has none.
  if (!holdsColon(text)) return out;
  for (let k = 0; k < pieces.length; k++) {
    const start = pieces[k]![0];
    const end = pieces[k]![1];
    if (end - start > 20 || !isTagsLabel(text.slice(start, end))) continue;
    for (let n = k + 1; n < pieces.length && n <= k + TAGS_MOST; n++) {
      const a = pieces[n]![0];
      const b = pieces[n]![1];
      if (b - a > 40 || !TAG_LINE.test(text.slice(a, b))) break;
      out.add(n);
    }
  }
  return out;
}

/** A number standing alone on its line (`01`, `7`): a cue's number in a subtitle file. */
const BARE_NUMBER = /^\d{1,5}$/;

/** The fields of an ASS subtitle event opening a line, up to its speech. */
const ASS_EVENT_PREFIX = new RegExp(`^${ASS_EVENT}`);

/** Whether a line is an ASS subtitle event (`Dialogue: 0,0:00:01.50,…,,`): a cue of its own, never part of a paragraph. */
const assEvent = (line: string): boolean => line.charCodeAt(0) === 68 && ASS_EVENT_PREFIX.test(line.slice(0, 200));

/**
 * The lines of an ASS event's speech in `text[start, end)`, apart by its line breaks `\N` and `\n`,
 * each trimmed of blank space and of the override blocks that open or close it (`{\fn黑体\fs16}`,
 * `{\r}`: styling, whose font names may be Chinese over an English line); empty lines are left out.
 */
function assLines(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  const push = (a: number, b: number) => {
    for (;;) {
      while (a < b && BLANK.test(text[a]!)) a++;
      while (b > a && BLANK.test(text[b - 1]!)) b--;
      // Searched inside the line only: a brace with no partner there scans no further.
      const close = text[a] === '{' && text[a + 1] === '\\' ? text.slice(a, b).indexOf('}') : -1;
      if (close >= 0) {
        a += close + 1;
        continue;
      }
      const open = b - a >= 3 && text[b - 1] === '}' ? text.slice(a, b - 1).lastIndexOf('{') : -1;
      if (open < 0 || text[a + open + 1] !== '\\') break;
      b = a + open;
    }
    if (b > a) out.push([a, b]);
  };
  for (let i = start; i + 1 < end; i++) {
    if (text[i] === '\\' && (text[i + 1] === 'N' || text[i + 1] === 'n')) {
      push(from, i);
      from = i + 2;
      i++;
    }
  }
  push(from, end);
  return out;
}

/** A quote's author after a dash closing the line: `—— Francis Bacon`, `— 孔子`, `-- Mark Twain`. */
const AUTHOR_TAIL = /[ \t\u3000]+(?:——|――|—|--|－－)[ \t\u3000]*[^—―\-－\s][^—―－]{0,39}$/;

/** Where a quote's author after a dash (AUTHOR_TAIL) starts in `text[start, end)`, at its dash, or -1. */
function authorAt(text: string, start: number, end: number): number {
  const from = Math.max(start, end - 48);
  // Every author's tail holds a dash: a line's end without one is not sliced off to ask.
  if (!holdsDash(text, from, end)) return -1;
  const m = AUTHOR_TAIL.exec(text.slice(from, end));
  if (!m) return -1;
  let at = from + m.index;
  while (at < end && /[ \t\u3000]/.test(text[at]!)) at++;
  return at > start ? at : -1;
}

/** Whether `text[from, to)` holds a dash of AUTHOR_TAIL's (`—`, `―`, `-`, `－`). */
function holdsDash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014 || c === 0x2015 || c === 0x2d || c === 0xff0d) return true;
  }
  return false;
}

/** `end` moved back over the blank space before it, not past `start`. */
function blankBefore(text: string, start: number, end: number): number {
  while (end > start && /[ \t\u3000]/.test(text[end - 1]!)) end--;
  return end;
}

/** A subtitle timestamp line: `00:00:01.000 --> 00:00:04.000`, cue settings after it or not. */
const TIMING = new RegExp(`^${CUE_TIMING}$`);
/** A cue's timing opening a line whose text follows it (line breaks lost in the paste). */
const TIMING_PREFIX = new RegExp(`^(${CUE_TIMING})[ \\t]+(?=\\S)(?![A-Za-z-]{1,12}:[^\\s:]{1,12}(?:\\s|$))`);

/**
 * Pieces that are a forum post's author: a user name alone on its line (one token of letters,
 * digits, `_`, `.` or `-`, `greenleaf`, `Freeman_Liu`), right above the post's header line
 * (`发表于 2023-5-6 10:12 | 只看该作者`, `#3`, `5楼`), as forums print a post's head. A word alone
 * above a sentence is a title or a label and stays one.
 */
function postAuthors(text: string, pieces: readonly [number, number][]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < pieces.length; k++) {
    const start = pieces[k]![0];
    const end = pieces[k]![1];
    // A user name opens with an ASCII letter: a piece opening otherwise is not sliced off to ask.
    if (end - start > USER_NAME_MOST || !isAsciiLetter(text.charCodeAt(start)) || !USER_NAME.test(text.slice(start, end))) continue;
    const nextStart = pieces[k + 1]![0];
    const nextEnd = pieces[k + 1]![1];
    if (!/^[ \t]*\r?\n[ \t]*$/.test(text.slice(end, nextStart))) continue;
    const nextLineEnd = text.indexOf('\n', nextStart);
    const next = text.slice(nextStart, nextLineEnd < 0 ? nextEnd : Math.min(nextEnd, nextLineEnd));
    if (next.length <= POST_HEADER_MOST && POST_HEADER.test(next)) out.add(k);
  }
  return out;
}

/**
 * A user name: one token of Latin letters, digits, `_`, `.` and `-`, opening with a letter. A
 * Chinese word alone above a post header is as likely the thread's title and stays text.
 */
const USER_NAME = /^[A-Za-z][A-Za-z0-9_.-]{1,31}$/;
/** Longest user name `postAuthors` reads. */
const USER_NAME_MOST = 32;
/** A forum post's header line: when it was posted, its floor, a link to the author's posts. */
const POST_HEADER = /发表于|發表於|發表时间|发表时间|發表時間|只看该作者|只看該作者|^\s*(?:楼主|樓主|#\d{1,5}\b|\d{1,5}\s*[楼樓#])|\bposted\s+(?:on|at)\b/i;
/** Longest post header line `postAuthors` reads. */
const POST_HEADER_MOST = 80;

/** The blanks that may close the text above a cue identifier: space, tab, carriage return, ideographic space. */
const TRAILING_BLANK = new Set([0x20, 0x09, 0x0d, 0x3000]);

/**
 * Pieces that are cue identifiers of a subtitle file (`cue-12`, `intro`): one line standing
 * right above a timestamp line, with a blank line or the start of the text above it.
 */
function cueIdentifiers(text: string, pieces: readonly [number, number][]): Set<number> {
  const out = new Set<number>();
  // Every timing line holds `-->`: a text without one has none.
  if (!text.includes('-->')) return out;
  for (let k = 0; k + 1 < pieces.length; k++) {
    const start = pieces[k]![0];
    const end = pieces[k]![1];
    const nextStart = pieces[k + 1]![0];
    const nextEnd = pieces[k + 1]![1];
    if (end - start > 60 || nextEnd - nextStart > 120 || !TIMING.test(text.slice(nextStart, nextEnd))) continue;
    const between = text.slice(end, nextStart);
    if (between.includes('\n\n') || between.replace(/[ \t\r]/g, '') !== '\n' || text.slice(start, end).includes('\n')) continue;
    const lineStart = text.lastIndexOf('\n', start - 1);
    // A cue identifier stands alone on its line: not the text after a cue's timing on the same line.
    if (text.slice(lineStart + 1, start).trim() !== '') continue;
    // The text above, less the blanks that close it, ends at `above` (read back from the line's
    // start, not by a pattern over all the text above, which took each cue the text's length).
    let above = lineStart < 0 ? 0 : lineStart;
    while (above > 0 && TRAILING_BLANK.has(text.charCodeAt(above - 1))) above--;
    if (lineStart < 0 || above === 0 || text.charCodeAt(above - 1) === 10) out.add(k);
    // Blank lines lost in the paste: a word written as an identifier (`intro`, `cue-12`, `s1`), in
    // lower case or with a digit, hyphen or underscore, under a line that is no timing.
    else if (CUE_WORD.test(text.slice(start, end)) && !TIMING.test(text.slice(text.lastIndexOf('\n', above - 1) + 1, above).trim())) out.add(k);
  }
  return out;
}

/** The line opening a WebVTT comment, style or region block: `NOTE`, `NOTE text`, `STYLE`, `REGION`. */
const VTT_BLOCK_HEAD = /^(?:NOTE(?:[ \t].*)?|STYLE|REGION)$/;

/**
 * Pieces of a WebVTT file (its first line `WEBVTT`) that are the body of a comment, style or
 * region block: the lines after its `NOTE`, `STYLE` or `REGION` line up to the next blank line,
 * which the format reads as no caption (a comment on the file, CSS, region settings). Where the
 * blank lines are lost, a cue's identifier (`ids`) or timing line (no block holds `-->`) ends it.
 */
function vttBlockBodies(text: string, pieces: readonly [number, number][], ids: ReadonlySet<number>): number[] {
  const out: number[] = [];
  if (!/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text.slice(0, 12))) return out;
  let inBody = false;
  for (let k = 0; k < pieces.length; k++) {
    const [start, end] = pieces[k]!;
    const before = k === 0 ? '' : text.slice(pieces[k - 1]![1], start);
    // A blank line ends the block; a piece of the same line (a cut) or the next line goes on in it.
    if (inBody && (before.replace(/[ \t\r]/g, '').length > 1 || ids.has(k) || text.slice(start, end).includes('-->'))) inBody = false;
    if (inBody) out.push(k);
    else if (VTT_BLOCK_HEAD.test(text.slice(start, end).trim())) inBody = true;
  }
  return out;
}

/** A cue identifier written as one word: lower case (`intro`, `library`), or letters with digits, hyphens or underscores (`cue-12`, `S1_a`). */
const CUE_WORD = /^(?:[a-z][a-z]{0,23}|(?=[A-Za-z\d_-]*[\d_-])[A-Za-z][A-Za-z\d_-]{0,23})$/;

/** Letters of a word in some script: an `und` block holding them is in a third language. */
const OTHER_LETTERS = /\p{L}{2,}/u;

/** A lyric or transcript timestamp in brackets opening a line (LRC): `[00:04.52]`, `[00:00:03] `. */
const TIMESTAMP_PREFIX = /^(\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.:]\d{1,3})?\])\s*/;



/** A photo's credit in brackets, in either language (`（圖／某隊提供）`, `（图片来源：新华社）`, `(Photo: Xinhua/Li Wei)`). */
const PHOTO_CREDIT = /[(（][ \t]*(?:圖片來源|图片来源|圖片|图片|圖|图|攝影|摄影|照片|相片|photos?|pictures?|images?|credit)[ \t]*[／/:：|｜][^()（）\n]{1,40}[)）]/giu;

/** A photo's credit opening a part (`（圖／某隊提供）Players pose …`). */
const LEADING_CREDIT = new RegExp(`^[ \\t]*${PHOTO_CREDIT.source}[ \\t]*`, 'iu');

/** The English part of a line as its sentence or title opens: without a bullet, a tag, a label or a photo's credit before it. */
function englishOpening(en: string): string {
  const open = en.replace(LEADING_CREDIT, '');
  return (HAN_CHAR.test(open) ? open : open.replace(LEADING_BULLET, '')).replace(LEADING_TAG, '').replace(CHINESE_LABEL, '').replace(PAIRED_LABEL, '');
}

/** Blanks out the photo credits of a line (`PHOTO_CREDIT`), keeping every offset. */
function maskCredits(line: string): string {
  return line.includes('(') || line.includes('（') ? line.replace(PHOTO_CREDIT, (m) => ' '.repeat(m.length)) : line;
}

/** Fewest Latin letters of a line's English part: a short sentence (`It opened in 1957.`) has eight or more. */
const MIN_LATIN = 8;

/** Most Han characters per Latin letter on the English side of a cut, and Latin letters per Han on the Chinese side. */
const STRAY_HAN = 1 / 30;
const STRAY_LATIN = 1;

/**
 * Where one line holding an English part and a Chinese part (`Demo marks anniversary 勿忘九一八`,
 * `English sentence. 中文译文。`, or Chinese first) changes script: the end of the first part
 * and the start of the second, or undefined when the line is in one language (a Chinese sentence
 * naming `Apple CEO Tim Cook`, an English one quoting 成都). The English part must read as
 * English words (three or more, two of them lower case), the Chinese part hold four Han or more,
 * and each part be nearly free of the other script. Linear in the line's length.
 */
function scriptCut(text: string, start: number, end: number): [number, number] | undefined {
  const n = end - start;
  const line = text.slice(start, end);
  const heading = numberedHeadingCut(line);
  if (heading) return [start + heading[0], start + heading[1]];
  const pairCut = shortSentencePair(line);
  if (pairCut) return [start + pairCut[0], start + pairCut[1]];
  if (n < 12) return undefined;
  // Masking only blanks characters out: a line short of Han or Latin letters before it is short after.
  const raw = letterCounts(text, start, end);
  if (raw.han < 4 || raw.latin < MIN_LATIN) return undefined;
  if (isWordListEntry(line) || isLabelledWordNote(line)) return undefined;
  // A Chinese label opening a caption or a note, right before its English (`圖片說明 Caption: …`,
  // `图片说明：Rescue teams…`), is of neither part: the English runs from it to the Chinese.
  const label = CHINESE_LABEL.exec(line) ?? PAIRED_LABEL.exec(line);
  // A photo's credit in brackets (`（圖／某隊提供）`, `(Photo: Xinhua)`) is of neither part either.
  const neutral = maskCredits(maskNeutral(line));
  const masked = label ? ' '.repeat(label[0].length) + neutral.slice(label[0].length) : neutral;
  const han = new Int32Array(n + 1);
  const latin = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = letterClass(masked.charCodeAt(i));
    han[i + 1] = han[i]! + (c === 1 ? 1 : 0);
    latin[i + 1] = latin[i]! + (c === 2 ? 1 : 0);
  }
  const totalHan = han[n]!;
  const totalLatin = latin[n]!;
  if (totalHan < 4 || totalLatin < MIN_LATIN) return undefined;
  let best: { at: number; errors: number; enFirst: boolean } | undefined;
  // The best cut right after the first part's sentence stop, tried where the best cut reads as no
  // two parts (`… at tix.example.org.tw. 门票可于7-ELEVEN ibon机台及tix.example.org.tw购买。`: the
  // Chinese sentence's names in Latin letters draw the fewest strays past the stop).
  let bestAtStop: { at: number; errors: number; enFirst: boolean } | undefined;
  let previous: 0 | 1 | 2 = 0;
  // Where a run of Latin letters and digits glued to Han on both sides (`五月天MAYDAY新专辑`,
  // `林俊杰JJ20巡演`) closes: a name inside a Chinese sentence, so neither of its ends is a cut.
  let gluedEnd = -1;
  for (let i = 0; i < n; i++) {
    const c = letterClass(masked.charCodeAt(i));
    if (c === 0) continue;
    if (c === 2 && previous === 1 && letterClass(masked.charCodeAt(i - 1)) === 1) {
      GLUED_NAME_AT.lastIndex = i - 1;
      // The Han closing the name (the last code unit matched), read as the loop reads Han.
      const close = GLUED_NAME_AT.test(masked) ? GLUED_NAME_AT.lastIndex - 1 : -1;
      if (close > 0 && letterClass(masked.charCodeAt(close)) === 1) {
        gluedEnd = close;
        previous = c;
        continue;
      }
    }
    if (c === 1 && previous === 2 && i === gluedEnd) {
      previous = c;
      continue;
    }
    if (previous !== 0 && c !== previous) {
      const enFirst = c === 1;
      const stop = afterStop(masked, i, enFirst);
      // A cut right after the first part's sentence stop outweighs a stray name across it (`… last year. 据CNN报道`).
      const errors = (enFirst
        ? han[i]! + (totalLatin - latin[i]!) / STRAY_LATIN
        : latin[i]! / STRAY_LATIN + (totalHan - han[i]!)) - (stop ? STOP_BONUS : 0);
      if (!best || errors < best.errors) best = { at: i, errors, enFirst };
      if (stop && (!bestAtStop || errors < bestAtStop.errors)) bestAtStop = { at: i, errors, enFirst };
    }
    previous = c;
  }
  if (!best) return undefined;
  const found = cutAtBest(text, start, end, masked, han, latin, best);
  return found ?? (bestAtStop && bestAtStop !== best ? cutAtBest(text, start, end, masked, han, latin, bestAtStop) : undefined);
}

/** The two parts `scriptCut` reads at the cut `best`, or undefined where they are no English part and Chinese part. */
function cutAtBest(
  text: string, start: number, end: number, masked: string, han: Int32Array, latin: Int32Array, best: { at: number; enFirst: boolean },
): [number, number] | undefined {
  const n = end - start;
  const totalHan = han[n]!;
  const totalLatin = latin[n]!;
  // A Chinese sentence opening with a name in Latin letters (`Tesla在上海…`): the cut goes back to
  // the English sentence's stop before the name.
  const cutAt = best.enFirst ? nameOpening(masked, best.at) : best.at;
  let at = start + cutAt;
  // Opening quotes, brackets and digits right before the new script belong to it; a colon closes
  // the part before it (`请将下面的句子译成中文：The park…`).
  // Read on the masked line: a photo's credit before the new script stays with the part before.
  while (at > start && !/[\s.!?。！？;；:：]/.test(masked[at - 1 - start]!) && letterClass(masked.charCodeAt(at - 1 - start)) === 0) at--;
  let firstEnd = at;
  // Blank space and a separator between the two parts (`… a way. / 有志者…`) belong to neither.
  while (firstEnd > start && /[\s/|｜／]/.test(text[firstEnd - 1]!)) firstEnd--;
  const first = text.slice(start, firstEnd);
  const second = text.slice(at, end);
  // A term quoted in the other script (`“Community sports fields”一般译为…`): the second part closes the first's quote.
  if (/^[”’」』)）\]】》]/.test(second) || (second.startsWith('"') && (first.match(/"/g)?.length ?? 0) % 2 === 1)) return undefined;
  // A bracket the first part opens and the second closes holds a term in both languages (`(World
  // Water Day 世界水日)`, `(PICC 人保)`): the cut would fall inside it.
  if (cutInBrackets(first, second)) return undefined;
  // A Chinese line naming an English title it quotes (`…英文原题为 Trump rules out…`): one block.
  if (!best.enFirst && NAMES_TITLE.test(first)) return undefined;
  const [en, zh] = best.enFirst ? [first, second] : [second, first];
  // Han glossed in brackets inside the English (`chunyun (春运)`) is a quoted term, not a stray.
  const enHan = (best.enFirst ? han[cutAt]! : totalHan - han[cutAt]!) - glossedHan(en);
  const enLatin = best.enFirst ? latin[cutAt]! : totalLatin - latin[cutAt]!;
  const zhHan = totalHan - enHan;
  const zhLatin = totalLatin - enLatin;
  if (firstEnd <= start || zhHan < 4 || enHan > enLatin * STRAY_HAN) return undefined;
  // Latin in the Chinese part: a name both parts give (`iPhone 15 Pro`) is no stray; a product
  // name in a short Chinese sentence closing with its stop, after the English one's stop, is few.
  if (zhLatin > zhHan * STRAY_LATIN) {
    const named = zhLatin - sharedLatin(en, zh);
    const sentences = afterStop(masked, cutAt, best.enFirst) && /[。！？][”’」』)）]?\s*$/.test(best.enFirst ? zh : first);
    if (named > zhHan * STRAY_LATIN * (sentences ? 2 : 1)) return undefined;
  }
  const words = en.match(/[A-Za-z][a-z']*/g) ?? [];
  const lower = words.filter((w) => /^[a-z]{2,}/.test(w)).length;
  // The English part opens as a sentence or a title does: not mid-sentence, not in brackets; a
  // title in title case has four words or more, one a small word (`Annual Report on Air
  // Quality`), written with a capital too when the title opens the line (`Beijing To Host Winter
  // Games In 2022`, `PANDA CUBS MEET THE PUBLIC`), unlike a name quoted in Chinese (`Apple CEO
  // Tim Cook`) or a title a Chinese sentence ends with. A small word opening the part says nothing
  // of title case (every title and name opens with a capital): a name that opens a Chinese sentence
  // (`The China Post (CP) 周三宣布…`) is no title.
  const titleWords = best.enFirst && words.length >= 4 ? (en.replace(LEADING_TAG, '').match(/[A-Za-z][A-Za-z']*/g) ?? []).filter((w, k) => k > 0 && SMALL_WORD.test(w)).length : 0;
  // Two words closing on a stop, one of them in lower case, are a sentence (`Good evening.感谢…`),
  // not a name before its Chinese (`Hong Kong.`, `Apple Inc.`).
  const twoWordSentence = words.length === 2 && lower >= 1 && closesOnWordStop(en.trim());
  // A Chinese sentence closed by its stop, then its English wholly in brackets (`他明天走。 (He leaves
  // tomorrow.)`), as study pages give an example sentence and its translation: the brackets hold the rendering.
  const bracketed = !best.enFirst && /[。！？][”’」』]?$/.test(first) && /^[(（]["“‘']?[A-Z]/.test(en) && /[)）]$/.test(en);
  // Each part wholly in brackets (`(No. 29 [2019] of the Stock Exchange) (上证发〔2019〕29号)`): a
  // document's number or a note given in both languages.
  const bothBracketed = WHOLLY_BRACKETED.test(first) && WHOLLY_BRACKETED.test(second.trim());
  const titlePair = !best.enFirst && zhFirstTitles(first, en);
  // A paragraph opening the line in lower case, as machine translation leaves it, then its
  // Chinese paragraph: both long, the English mostly in lower case (a sentence's tail broken off
  // the line above holds a few words).
  const lowerParagraph = best.enFirst && words.length >= LOWER_PARAGRAPH.words && lower * 2 >= words.length && zhHan >= LOWER_PARAGRAPH.han;
  if ((!twoWordSentence && !titlePair && (words.length < 3 || (lower < (words.length >= 4 ? 1 : 2) && titleWords === 0)))
    || (!bracketed && !bothBracketed && !lowerParagraph && !/^["“‘'A-Z0-9]/.test(englishOpening(en)))) return undefined;
  return zh.trim() && en.trim() ? [firstEnd, at] : undefined;
}

/**
 * A line of two parts apart by one separator a page sets between a label and its translation (` | `,
 * ` ｜ `, or the ideographic space U+3000, `Height 45 cm` and `高45厘米`, `Top 5 | 前五名`), one part with Latin
 * letters and no Han, the other with Han and no Latin letters: the end of the first part and the
 * start of the second. Figures stay on the side of the separator they are written on.
 */
function separatorCut(text: string, start: number, end: number): [number, number] | undefined {
  const line = text.slice(start, end);
  if (line.length > SEPARATED_MOST) return undefined;
  const m = LINE_SEPARATOR.exec(line);
  if (!m || LINE_SEPARATOR.exec(line.slice(m.index + m[0].length))) return undefined;
  const first = letterCounts(line, 0, m.index);
  const second = letterCounts(line, m.index + m[0].length, line.length);
  const latin = (x: { han: number; latin: number }) => x.latin > 0 && x.han === 0;
  const han = (x: { han: number; latin: number }) => x.han > 0 && x.latin === 0;
  if (!((latin(first) && han(second)) || (han(first) && latin(second)))) return undefined;
  return [start + m.index, start + m.index + m[0].length];
}

/** Most characters of a field of a row `bilingualRow` reads. */
const ROW_FIELD_MOST = 40;

/** A row of short fields apart by bars, holding English words and Chinese (a page's information line). */
function bilingualRow(line: string): boolean {
  if (line.length > SEPARATED_MOST || !/[ \t][|｜][ \t]/.test(line) || !/[A-Za-z]{2}/.test(line) || !HAN_CHAR.test(line)) return false;
  return line.split(/[|｜]/).every((field) => field.trim().length <= ROW_FIELD_MOST);
}

/** Most characters of a line `separatorCut` reads: a label or a title, not a paragraph. */
const SEPARATED_MOST = 160;
/** A separator between a label and its translation: a bar between blanks, or ideographic blank space. */
const LINE_SEPARATOR = /[ \t]+[|｜][ \t]+|[ \t]*\u3000+[ \t]*/;
/** Fewest English words and Han of a paragraph and its Chinese on one line, the English opening in lower case. */
const LOWER_PARAGRAPH = { words: 15, han: 15 };

/** A text opening with a bracket and closing with one, round or full-width. */
const WHOLLY_BRACKETED = /^[(（].*[)）]$/s;

/**
 * Whether `text` closes on a sentence's stop (before any closing quote) right after a word that
 * is no abbreviation (`evening.`, not `Inc.`). Reads back from the end: linear.
 */
function closesOnWordStop(text: string): boolean {
  let end = text.length;
  if (end > 0 && '"”’'.includes(text[end - 1]!)) end--;
  if (end === 0 || !'.!?'.includes(text[end - 1]!)) return false;
  const k = latinWordStart(text, end - 1);
  return k < end - 1 && !ABBREVIATIONS.has(text.slice(k, end - 1).toLowerCase());
}

/** The script (`scriptOf`) of `text[start, end)`. */
type ScriptAt = (text: string, start: number, end: number) => Lang;

/** Where a line holding both languages is cut, told the lines above and below it (for a label's company). */
type MixedCut = (text: string, start: number, end: number, before?: string, after?: string) => [number, number] | undefined;

/**
 * Whether a line's Chinese part and the English after it are a title and its translation
 * (`錯過的祝福 The Missed Blessings`, `第二章 七戶人家 THE SEVEN FAMILIES`, `第一章 前言 INTRODUCTORY`):
 * the Chinese holds no comma, colon or stop and runs at most `MAX_TITLE_HAN` Han, the English has
 * every word in capitals or title case and three words or more, a small word of titles among them
 * or all in capitals, or follows a chapter's number. A name after a Chinese phrase (`苹果公司首席执行官
 * Apple CEO Tim Cook`) has no small word; a sentence in the English has words in lower case and is
 * read as one already.
 */
function zhFirstTitles(zh: string, en: string): boolean {
  const zhText = zh.trim();
  if (/[，,。.！!？?：:；;]/.test(zhText) || letterCounts(zhText, 0, zhText.length).han > MAX_TITLE_HAN) return false;
  const words = en.trim().split(/\s+/);
  if (words.length > 12) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[?!'’"”]+$/, '');
    if (/^[A-Z][A-Za-z'’-]*$/.test(w) || /^\d{1,3}$/.test(w)) continue;
    if (i > 0 && SMALL_WORD.test(w)) continue;
    return false;
  }
  const titled = words.some((w) => SMALL_WORD.test(w)) || words.every((w) => !/[a-z]/.test(w));
  return (words.length >= 3 && titled) || (CHAPTER_LABEL.test(zhText) && /[A-Z]{4}/.test(en));
}

/** Most Han of a Chinese title that `zhFirstTitles` reads before its English. */
const MAX_TITLE_HAN = 20;

/** A chapter's, part's or lesson's number opening a Chinese heading: `第一章`, `第3回`, `第十二課`. */
const CHAPTER_LABEL = /^第[一二三四五六七八九十百零〇两兩\d]{1,4}[章回节節卷部篇课課讲講幕]/;

/** Chinese words ending a line's Chinese part that name the title quoted after them: `英文原题为`, `原標題：`, `题为`. */
const NAMES_TITLE = /(?:原题|原題|标题|標題|题目|題目|题为|題為|名为|名為)(?:为|為|是)?\s*[:：]?$/;

/**
 * A Chinese label opening a line whose English follows: a caption's, a note's, a source's or a
 * summary's, an exercise's or an example's (`圖片說明 Caption: `, `图片说明：`, `资料来源：`, `编者按：`,
 * `练习：`, `例句：`, `翻译：`), up to six Han closing
 * on a noun of such labels, with its colon or before an English label with one. Speech (`他说：“…”`)
 * is no label.
 */
const CHINESE_LABEL = /^\p{Script=Han}{0,5}[明图圖片注註源要题題按语語文习習例句译譯](?:[ \t]*[:：][ \t]*|[ \t]+(?=[A-Za-z]{2,12}[ \t]*[:：]))(?=[A-Z])/u;
/**
 * A label in both languages opening a line, its colon after the second (`Tip 小貼士: `, `Quiz
 * 小測驗：`, `Note 注意: `, `练习 Exercise：`): of neither part, as `CHINESE_LABEL` is, so that its
 * Han do not count as strays in the English after it.
 */
const PAIRED_LABEL = /^(?:[A-Z][a-z]{1,11}(?:[ \t][a-z]{1,11})?[ \t]*\p{Script=Han}{1,4}|\p{Script=Han}{1,4}[ \t]*[A-Z][a-z]{1,11}(?:[ \t][a-z]{1,11})?)[ \t]*[:：][ \t]*/u;

/** A list's bullet opening a line (`- `, `• `, `· `), before an item in either language; read before an English part with no Han (not `• Venue 場地: …`). */
const LEADING_BULLET = /^[•●◦▪·‧∙\-*–—－][ \t]+/;
/** A forum's or study site's tag in brackets opening a line (`【讨论】`, `[转贴] `, `[Photo caption] `). */
const LEADING_TAG = /^[【[〔][^【】[\]〔〕]{1,24}[】\]〕]\s*/;

/** The small words of English titles, which title case and capitals write with a capital too. */
const SMALL_WORD = /^(?:a|an|the|to|in|on|of|for|and|at|with|by|from|as|is|are|after|over|into)$/i;

/**
 * A short English sentence and its Chinese, either first, each closing with its own stop and
 * free of the other script (`Good morning. 早上好。`, `明天见！ See you tomorrow!`): the stops make
 * the cut sure, however few the words. The English sentence opens with a capital or a quote, or,
 * after an item's number, with a figure (`1. 65 or above. 65歲或以上。`, an answer of a quiz).
 */
const EN_ZH_SENTENCES = /^((?:[A-Z"“]|(?:\d{1,2}[.)、]\s+)?(?=[^.!?]*[A-Za-z])[A-Z"“\d])[A-Za-z0-9 ,:'’"$-]*[.!?]["”’]?)\s*((?:\d[\d,.]*)?\p{Script=Han}[^A-Za-z]*[。！？][”’」』]?)$/u;
const ZH_EN_SENTENCES = /^(\p{Script=Han}[^A-Za-z]*?[。！？][”’」』]?)\s*([A-Z"“][A-Za-z0-9 ,:'’"-]*[.!?]["”’]?)$/u;

/**
 * A speech's salutation and its Chinese on one line, either first (`Fellow Deputies, 各位代表：`,
 * `President, 主席：`, `女士们、先生们： Ladies and gentlemen,`): the English, a few words opening
 * with a capital, closes on a comma or a colon, the Chinese, a few Han, on a colon.
 */
const EN_ZH_SALUTATION = /^([A-Z][A-Za-z.'’ -]{0,40}[,:])\s+(\p{Script=Han}[\p{Script=Han}、，·]{0,20}[：:])$/u;
const ZH_EN_SALUTATION = /^(\p{Script=Han}[\p{Script=Han}、，·]{0,20}[：:])\s*([A-Z][A-Za-z.'’ -]{0,40}[,:])$/u;
/**
 * A greeting of two to seven English words closing on a comma, then its Chinese, a few Han closing
 * on a stop, with no space between (`Ladies and gentlemen,晚上好！`, `Thank you very much,非常感谢。`).
 * One word before the comma (`OK,我们走吧。`) is a Chinese sentence opening on an English word, and
 * words all capitalized (`Harry Potter,这本书…`) a name opening it: the greeting holds a word in
 * lower case (`greeting`).
 */
const EN_ZH_GREETING = /^([A-Z][A-Za-z.'’-]*(?: [A-Za-z.'’-]+){1,6},)\s*(\p{Script=Han}[\p{Script=Han}、，·]{0,20}[：:。！？!?])$/u;

/** `EN_ZH_GREETING`'s match of a line whose English holds a word in lower case, or null. */
function greeting(line: string): RegExpExecArray | null {
  const m = EN_ZH_GREETING.exec(line);
  return m && / [a-z]/.test(m[1]!) ? m : null;
}

/** Where a line of a short English sentence and its Chinese (`EN_ZH_SENTENCES`) or of a salutation in both is cut, or undefined. */
function shortSentencePair(line: string): [number, number] | undefined {
  const m = EN_ZH_SENTENCES.exec(line) ?? ZH_EN_SENTENCES.exec(line) ?? EN_ZH_SALUTATION.exec(line) ?? ZH_EN_SALUTATION.exec(line)
    ?? greeting(line);
  if (!m) return undefined;
  const first = m[1]!;
  return [first.length, line.length - m[2]!.length];
}

/** How many stray letters a cut right after a sentence stop of the first part's language is worth. */
const STOP_BONUS = 4;

/**
 * Whether the letter at `i` of `masked` follows a stop of the first part's language (`.`, `!`,
 * `?` for English, `。！？` for Chinese), with blank space, closing quotes or opening brackets
 * between (looks back at most 8 characters).
 */
function afterStop(masked: string, i: number, enFirst: boolean): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const c = masked[k]!;
    if (/[\s"”’」』)）“‘「『(（]/.test(c)) continue;
    return enFirst ? c === '.' || c === '!' || c === '?' : c === '。' || c === '！' || c === '？';
  }
  return false;
}

/** Most characters of a Latin name opening a Chinese sentence after an English one. */
const NAME_MOST = 24;

/**
 * Where a Latin name opening the Chinese part starts (`… last year. Tesla在上海…`): right after the
 * English stop and its blank space, when no more than `NAME_MOST` characters of at most three
 * words, letters, digits and blank space only, stand between it and the Han at `i`; else `i`.
 */
function nameOpening(masked: string, i: number): number {
  let k = i;
  while (k > 0 && i - k <= NAME_MOST && /[A-Za-z0-9 -]/.test(masked[k - 1]!)) k--;
  // The run opens with blank space right after an English stop, perhaps closing a quote.
  if (k === i || i - k > NAME_MOST || k < 1 || masked[k] !== ' ' || !/[.!?"”’)]/.test(masked[k - 1]!)) return i;
  if (!/[.!?]/.test(masked[k - 1]!) && !(k >= 2 && /[.!?]/.test(masked[k - 2]!))) return i;
  let name = k;
  while (name < i && masked[name] === ' ') name++;
  const run = masked.slice(name, i).trim();
  return /[A-Za-z]/.test(run) && run.split(/\s+/).length <= 3 ? name : i;
}

/** Latin letters of the Chinese part's words (two letters or more) that the English part holds too. */
function sharedLatin(en: string, zh: string): number {
  const inEnglish = new Set((en.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase()));
  let n = 0;
  for (const w of zh.match(/[A-Za-z]{2,}/g) ?? []) if (inEnglish.has(w.toLowerCase())) n += w.length;
  return n;
}

/** Han characters inside short brackets of an English text: terms it glosses (`chunyun (春运)`), a forum's tag (`【讨论】`). */
function glossedHan(en: string): number {
  let n = 0;
  for (const m of en.matchAll(/[(（【[〔]([^()（）【】[\]〔〕]{1,12})[)）】\]〕]/g)) n += letterCounts(m[1]!, 0, m[1]!.length).han;
  // A name's Chinese given between English words (`Muslim Quarter 回民街: open until midnight`).
  for (const m of en.matchAll(NAME_GLOSS)) n += m[0].length;
  return n;
}

/** A short run of Han after an English word, closed by a colon or a comma before more English (`Muslim Quarter 回民街: open`). */
const NAME_GLOSS = /(?<=[A-Za-z][ \t]?)\p{Script=Han}{1,6}(?=[ \t]*[:：,，][ \t]*[A-Za-z])/gu;

/** A section number: `1.`, `2)`, `IV.` in English; `一、`, `（二）`, `3.` in Chinese. */
const EN_SECTION = String.raw`(?:\d{1,2}|[IVX]{1,4})[.)．]`;
const ZH_SECTION = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])`;
/** An English heading after its section number: words (a year among them: `Our Work for 2024`), up to nine. */
const EN_HEADING = String.raw`[A-Z][A-Za-z'’&,-]*(?: [A-Za-z0-9'’&,-]+){0,8}`;
/** A Chinese heading after its section number: Han characters and digits (`2024年政府工作任务`), up to 24, a Han character among the first five. */
const ZH_HEADING = String.raw`(?:\p{Script=Han}|\d{1,4}\p{Script=Han})[\p{Script=Han}\d、，]{0,23}`;
/** A numbered heading given in both languages on one line, English first: `1. Main findings 一、主要结论`. */
const NUMBERED_EN_ZH = new RegExp(String.raw`^(${EN_SECTION}\s*${EN_HEADING})\s+(${ZH_SECTION}\s*${ZH_HEADING})$`, 'u');
/** The same, Chinese first: `一、主要结论 1. Main findings`. */
const NUMBERED_ZH_EN = new RegExp(String.raw`^(${ZH_SECTION}\s*${ZH_HEADING})\s+(${EN_SECTION}\s*${EN_HEADING})$`, 'u');

/**
 * Where a numbered heading given in both languages on one line (both parts numbered, as
 * reports print their sections) changes language: the end of the first part and the start of
 * the second, as offsets into `line`. Headings this short are below the length a script cut
 * otherwise needs.
 */
function numberedHeadingCut(line: string): [number, number] | undefined {
  if (line.length > 100) return undefined;
  const m = NUMBERED_EN_ZH.exec(line) ?? NUMBERED_ZH_EN.exec(line);
  if (!m) return undefined;
  const first = m[1]!.length;
  return [first, line.length - m[2]!.length];
}

/** Closing quotes and brackets that may follow a sentence's stop. */
const CLOSERS = '"”’」』)）';
/** Opening quotes and brackets that may open a sentence. */
const OPENING_QUOTES = '"“‘「『(（';
/** Separators a line may set between a sentence and its translation (`… a way. / 有志者…`). */
const SEPARATORS = '/|｜／';

/**
 * Whether `chars` holds the character of code unit `c`: asked by code, a character read from a
 * line makes no string (a Han character's string is made anew each time it is read).
 */
function holdsCode(chars: string, c: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}

/**
 * A line whose English and Chinese sentences alternate (`Sentence one. 第一句。 Sentence two.
 * 第二句。`): the runs of each language as `[start, end]` offsets into `text`, when the line
 * changes script twice or more (three runs, English first: a sentence and its translation, then the
 * next sentence, whose translation opens the next line), each time right after a sentence's stop, and every run
 * reads as its language (`runScript`). A stop is `.`, `!`, `?`, `。`, `！` or `？`; a comma (`,`, `，`) or an
 * ASCII stop cuts also where the letter before it and the letter after the blank that follows it
 * differ in script, as transcripts set a clause and its rendering and as Chinese stopped by ASCII
 * marks reads; a figure after the blank opens the next run (`… floor. 24层。`). A run whose stop
 * the page left out, changing script once at a blank, is two runs (`blankSwitch`).
 * Undefined otherwise. Linear in the line's length.
 */
function alternatingRuns(text: string, start: number, end: number): [number, number][] | undefined {
  if (end - start < 24) return undefined;
  const masked = maskNeutral(text.slice(start, end));
  const cuts: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    // By code unit (`.`, `!`, `?`; `。`, `！`, `？`): no string per character.
    const c = masked.charCodeAt(i);
    const latinStop = c === 0x2e || c === 0x21 || c === 0x3f;
    // A colon closes a salutation's list of those addressed (`…各位来宾: Good morning!`) as a comma does a clause.
    const comma = c === 0x2c || c === 0xff0c || c === 0x3a || c === 0xff1a;
    if (!latinStop && !comma && c !== 0x3002 && c !== 0xff01 && c !== 0xff1f) continue;
    let k = i + 1;
    while (k < masked.length && holdsCode(CLOSERS, masked.charCodeAt(k))) k++;
    const after = k;
    while (k < masked.length && isBlankCode(masked.charCodeAt(k))) k++;
    if (k < masked.length && holdsCode(SEPARATORS, masked.charCodeAt(k))) {
      k++;
      while (k < masked.length && isBlankCode(masked.charCodeAt(k))) k++;
    }
    while (k < masked.length && holdsCode(OPENING_QUOTES, masked.charCodeAt(k))) k++;
    if (k >= masked.length) break;
    // A sentence may open on a figure (`… floor. 24层。`, `7 月 1 日晚`): its script is the letter's after it.
    const next = letterClass(masked.charCodeAt(numberSkipped(masked, k)));
    // An ASCII stop between Han (`不开!周一闭馆`) is Chinese typed with ASCII marks: no change of script.
    if ((latinStop && next === 1 && letterBefore(masked, i) !== 1 && (after < k || gluedStop(masked, i))) || (c >= 0x3000 && !comma && next === 2)) cuts.push(after);
    // A clause and its rendering (`They didn't win, 他们没有赢, but…`), as transcripts set them, and
    // Chinese stopped by ASCII marks (`他来了吗? Yes.`): the mark ends a run of one script, a blank
    // and a run of the other follow it.
    else if ((latinStop || comma) && after < k && next !== 0 && letterBefore(masked, i) === 3 - next) cuts.push(after);
  }
  // A line of phrases without a mark, each followed by its rendering (lyrics, a list of phrases).
  if (cuts.length === 0) for (const cut of phraseCuts(masked)) cuts.push(cut);
  if (cuts.length < 2) return undefined;
  // Titles opening a line of alternating sentences run into one another without stops (`City
  // marathon draws record field 城市马拉松参赛人数创新高 More than 30,000…`): the first run is cut
  // where the script changes across blank space between such parts.
  for (const cut of openingTitleCuts(masked, cuts[0]!).reverse()) cuts.unshift(cut);
  const runs: [number, number][] = [];
  let from = 0;
  for (const to of [...cuts, masked.length]) {
    let a = from;
    let b = to;
    while (a < b && isBlankCode(masked.charCodeAt(a))) a++;
    while (b > a && isBlankCode(masked.charCodeAt(b - 1))) b--;
    runs.push([a, b]);
    from = to;
  }
  let previous: 0 | 1 | 2 = 0;
  let first: 0 | 1 | 2 = 0;
  const out: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r]!;
    let script = runScript(masked, a, b);
    // A date among the titles opening the line (`August 18, 2011`, `2011 年8月 18 日`) reads as the script of its words.
    if (script === 0 && r < runs.length - 1 && isDateLine(masked.slice(a, b))) script = letterCounts(masked, a, b).han > 0 ? 1 : 2;
    // A line of four runs or more may open on a label in the other script (`演说题目:… 演说者:…
    // There is…`): a first run this long, nearly all English, is English.
    if (script === 0 && r === 0 && runs.length >= 4) {
      const { han, latin } = letterCounts(masked, a, b);
      if ((masked.slice(a, b).match(/[A-Za-z]{2,}/g) ?? []).length >= MIN_OPENING_WORDS && han * STRAY_OPENING_HAN < latin) script = 2;
    }
    // A run in neither language, or in the one of the run before, that changes script once at a
    // blank, its stop left out (`That's insane. Wow 对呀，太疯狂了。`): two runs, each reading as its language.
    const parts: [number, number, 0 | 1 | 2][] = ((script === 0 || script === previous) && runs.length >= 3 ? blankSwitch(masked, a, b) : undefined) ?? [[a, b, script]];
    for (const [x, y, s] of parts) {
      // A Chinese sentence opening with a name in Latin letters after a Chinese one (`…的家。
      // Henry Laxton不能…`) goes on the Chinese run before it.
      if (s === 1 && previous === 1 && masked.charCodeAt(x) < 0x3000 && letterClass(masked.charCodeAt(x)) === 2) {
        out[out.length - 1]![1] = start + y;
        continue;
      }
      if (s === 0 || s === previous) return undefined;
      if (previous === 0) first = s;
      previous = s;
      out.push([start + x, start + y]);
    }
  }
  // Three runs, Chinese first, are a Chinese paragraph quoting an English sentence.
  if (out.length === 3 && first === 1) return undefined;
  return out;
}

/** Most characters of a bilingual key-value row (`keyValueRuns`). */
const KEY_VALUE_MOST = 120;
/** Most words of the English value of a key-value row. */
const KEY_VALUE_WORDS = 4;
/** A label in English then its Chinese (`Net profit 净利润`), or the other way round. */
const EN_THEN_ZH_LABEL = /^([A-Za-z][A-Za-z0-9 '’&/().,-]{0,40}?[A-Za-z0-9)])[ \t]+([\u3400-\u9fff][\u3400-\u9fff 、]{0,15})$/;
const ZH_THEN_EN_LABEL = /^([\u3400-\u9fff][\u3400-\u9fff 、]{0,15}?)[ \t]+([A-Za-z][A-Za-z0-9 '’&/().,-]{0,40}[A-Za-z0-9)])$/;
const HAN_CHAR = /[\u3400-\u9fff]/;

/**
 * A row of a key-figures box or a results table that gives its label and its value in both
 * languages (`Launch 发射: May 3 5月3日`, `Revenue 營收：NT$412.7bn 4127億元 (+19.8%)`, `营收 Revenue:
 * 412.7亿元 41.27 billion yuan`): four runs, the two labels and the two values, each in its
 * language, so that each value pairs with its rendering. The English value must be a figure and at
 * most a few words (a row of names or words is a byline or a word list, and a clause after a name
 * is a sentence, each read as a line); the two values part at the blank where the script changes.
 * `enFirst` says which language the row opens with. Undefined otherwise.
 */
function keyValueRuns(text: string, start: number, end: number): { runs: [number, number][]; enFirst: boolean } | undefined {
  if (end - start > KEY_VALUE_MOST) return undefined;
  const line = text.slice(start, end);
  const colon = line.search(/[:：]/);
  if (colon < 0 || /[:：]/.test(line.slice(colon + 1)) || !/\d/.test(line.slice(colon + 1))) return undefined;
  const label = line.slice(0, colon).trimEnd();
  const enFirst = EN_THEN_ZH_LABEL.exec(label);
  const zhFirst = enFirst ? null : ZH_THEN_EN_LABEL.exec(label);
  const labels = enFirst ?? zhFirst;
  if (!labels) return undefined;
  let valueStart = colon + 1;
  while (valueStart < line.length && isBlankCode(line.charCodeAt(valueStart))) valueStart++;
  const value = line.slice(valueStart);
  let cut: number;
  if (enFirst) {
    // The Chinese value opens after the last blank before its first Han (`May 3 5月3日`).
    const han = value.search(HAN_CHAR);
    if (han <= 0) return undefined;
    cut = Math.max(value.lastIndexOf(' ', han), value.lastIndexOf('\t', han));
  } else {
    // The English value opens after the first blank after the last Han (`5月3日 May 3`).
    let lastHan = -1;
    for (let i = 0; i < value.length; i++) if (HAN_CHAR.test(value[i]!)) lastHan = i;
    if (lastHan < 0) return undefined;
    cut = value.slice(lastHan).search(/[ \t]/);
    if (cut >= 0) cut += lastHan;
  }
  if (cut <= 0) return undefined;
  const first = value.slice(0, cut).trimEnd();
  const second = value.slice(cut).trimStart();
  // Each value in its language: no Han in the English one, some in the Chinese one.
  const english = enFirst ? first : second;
  const chinese = enFirst ? second : first;
  if (HAN_CHAR.test(english) || !HAN_CHAR.test(chinese)) return undefined;
  // The English value a figure and its unit or a few words (`49 hours`, `41.27 billion yuan`); a
  // clause after a name and its Chinese (`Hefang Street 河坊街: stalls open until 10 pm …`) is a line
  // of its own, and so is a bare number (`3 3人`), a page's counter on its own.
  if (!/\d/.test(english) || /^[\d.,]+$/.test(english) || english.split(/[ \t]+/).length > KEY_VALUE_WORDS) return undefined;
  // A value cut inside its brackets is one value with a gloss (`7.9% (+1.2 ppt 百分點)`), not two.
  if (!bracketsClose(first) || !bracketsClose(second)) return undefined;
  const labelSplit = label.length - labels[2]!.length;
  const firstLabelEnd = labels[1]!.length;
  const secondValue = valueStart + value.length - second.length;
  const runs: [number, number][] = [
    [start, start + firstLabelEnd],
    [start + labelSplit, start + colon + 1],
    [start + valueStart, start + valueStart + first.length],
    [start + secondValue, end],
  ];
  return { runs, enFirst: enFirst !== null };
}

/** Whether every bracket a text opens it closes, and none it closes was not opened. */
function bracketsClose(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * How a run of `alternatingRuns` reads: English (2: two words or more and no Han but terms it
 * glosses in brackets, `chunyun (春运)`), Chinese (1: four Han or more, outnumbering Latin letters
 * or closing on a Chinese stop, a sentence naming a brand, `…英文字:Luckin Coffee。`; or a sentence
 * all Han closing on a stop, however short, `安全吗?`, `嗨!`, where a term an English clause glosses,
 * `jiaozi, 饺子, and…`, ends on a comma), or neither (0).
 */
function runScript(masked: string, a: number, b: number): 0 | 1 | 2 {
  const { han, latin } = letterCounts(masked, a, b);
  const words = (masked.slice(a, b).match(/[A-Za-z]{2,}/g) ?? []).length;
  if (han - glossedHan(masked.slice(a, b)) === 0 && words >= 2) return 2;
  return (han >= 4 && (han > latin || endsChineseSentence(masked, b))) || (han >= 1 && latin === 0 && endsSentence(masked, b)) ? 1 : 0;
}

/**
 * A run that changes script once, at blank space, each part reading as its language
 * (`runScript`): the two parts with their scripts; undefined otherwise.
 */
function blankSwitch(masked: string, a: number, b: number): [number, number, 0 | 1 | 2][] | undefined {
  let last = 0;
  let lastAt = -1;
  let cut = -1;
  for (let i = a; i < b; i++) {
    const c = letterClass(masked.charCodeAt(i));
    if (c === 0) continue;
    if (last !== 0 && c !== last) {
      if (cut >= 0 || !/^\s+$/.test(masked.slice(lastAt + 1, i))) return undefined;
      cut = i;
    }
    last = c;
    lastAt = i;
  }
  if (cut < 0) return undefined;
  let end = cut;
  while (end > a && isBlankCode(masked.charCodeAt(end - 1))) end--;
  const left = runScript(masked, a, end);
  const right = runScript(masked, cut, b);
  return left !== 0 && right !== 0 && left !== right ? [[a, end, left], [cut, b, right]] : undefined;
}

/** Most characters of a number opening a sentence that the script of the sentence is read past (`7 月 1 日晚`, `10 pm`, `2,000 名`). */
const NUMBER_MOST = 16;

/**
 * Where the first letter after a number opening `text` at `k` stands (digits, blanks and the
 * marks inside numbers passed over), or `k` when no digit stands there or no letter follows the
 * number closely: a sentence opening with a figure is in the script of the word after it.
 */
function numberSkipped(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 48 || c > 57) return k;
  for (let m = k + 1; m < text.length && m - k <= NUMBER_MOST; m++) {
    const d = text.charCodeAt(m);
    if ((d >= 48 && d <= 57) || d === 0x2c || d === 0x2e || d === 0x25 || d === 0x3a || d === 0x20) continue;
    return letterClass(d) === 0 ? k : m;
  }
  return k;
}

/** Fewest words of an English title, and Han characters of a Chinese one, that `openingTitleCuts` cuts apart. */
const TITLE_LEAST_WORDS = 3;
const TITLE_LEAST_HAN = 4;
/** Most titles `openingTitleCuts` reads before a line's first sentence. */
const TITLES_MOST = 6;

/**
 * Where the titles opening a line of alternating sentences change script, in `masked[0, end)`
 * (the line's first run, before the first cut at a stop): at the blank space between an English
 * part of three words or more, opening with a capital, and a Chinese part of four Han or more,
 * either first, as a headline and its translation, then a subheading and its translation, run
 * into the story's first sentence. None when a script changes with no blank space before it
 * (`据CNN报道`, `英文名是The Wandering Earth，上映后…`) or a part is short of a title (`据 CNN 报道`,
 * two Han, a Chinese comma among English words).
 */
function openingTitleCuts(masked: string, end: number, most = TITLES_MOST): number[] {
  // The parts of one script, as [start, end) between blank-bounded script changes.
  const parts: [number, number, 0 | 1 | 2][] = [];
  let start = 0;
  let script: 0 | 1 | 2 = 0;
  let lastLetter = -1;
  for (let i = 0; i < end; i++) {
    const c = letterClass(masked.charCodeAt(i));
    if (c === 0) continue;
    if (script !== 0 && c !== script) {
      // A change of script with no blank space before it stays inside a part (`据CNN报道`).
      if (!isBlankCode(masked.charCodeAt(i - 1))) return [];
      // Closing quotes and brackets after a part's last letter close that part (`(下拉看译文) Here…`).
      let partEnd = lastLetter + 1;
      while (partEnd < i && holdsCode(CLOSERS, masked.charCodeAt(partEnd))) partEnd++;
      // A date's figures go with the date: an English one keeps its day and year (`August 18,
      // 2011`), the Chinese one after it opens on its year (`2011 年8月 18 日`).
      let next = i;
      if (script === 2 && DATE_UNIT.test(masked[i]!)) {
        const figures = YEAR_BEFORE.exec(masked.slice(partEnd, i));
        if (figures) {
          next = partEnd + figures.index + figures[0].search(/\d/);
          partEnd = next;
          while (partEnd > lastLetter + 1 && isBlankCode(masked.charCodeAt(partEnd - 1))) partEnd--;
        }
      }
      parts.push([start, partEnd, script]);
      if (parts.length > most) return [];
      start = next;
    }
    script = c;
    lastLetter = i;
  }
  if (parts.length === 0) return [];
  if (!parts.every(([a, b, c]) => readsAsTitle(masked.slice(a, b), c))) return [];
  return parts.map(([, b]) => b);
}

/** Whether a part of a line reads as a title in its script (`openingTitleCuts`), or is a date. */
function readsAsTitle(text: string, script: 0 | 1 | 2): boolean {
  if (isDateLine(text.trim())) return true;
  return script === 2 ? /^[A-Z]/.test(text) && (text.match(/[A-Za-z]+/g)?.length ?? 0) >= TITLE_LEAST_WORDS && !/[。，！？]/.test(text)
    : letterCounts(text, 0, text.length).han >= TITLE_LEAST_HAN && !/[A-Za-z]/.test(text);
}

/** Fewest phrases, in both languages, of a line that `phraseCuts` cuts. */
const PHRASES_LEAST = 4;
/** Most phrases `phraseCuts` reads on one line. */
const PHRASES_MOST = 40;
/** A mark of prose: a line holding one is no line of bare phrases. */
const PROSE_MARK = /[,.!?;:，。！？；：、]/;

/**
 * Where a line of phrases without any mark changes language, each phrase followed by its
 * rendering (`月亮代表我的心 The moon represents my heart 你问我爱你有多深 You ask me how deep my
 * love is`), as lyrics and phrase lists are pasted: at each blank-bounded change of script, when
 * there are `PHRASES_LEAST` phrases or more, an even count, and every one reads as a title does
 * (`readsAsTitle`: an English one opening with a capital, three words or more; a Chinese one four
 * Han or more). None for a Chinese sentence naming an English title (`我最喜欢的电影是 The Lord
 * of the Rings 因为它很好看`: three parts) or for any line with a comma or a stop.
 */
function phraseCuts(masked: string): number[] {
  if (masked.length > PHRASES_MOST * 80 || PROSE_MARK.test(masked)) return [];
  const cuts = openingTitleCuts(masked, masked.length, PHRASES_MOST);
  if (cuts.length + 1 < PHRASES_LEAST || cuts.length % 2 === 0) return [];
  const last = masked.slice(cuts[cuts.length - 1]).trim();
  const script = letterClass(last.charCodeAt(0));
  return script !== 0 && readsAsTitle(last, script) ? cuts : [];
}

/** A Chinese date's unit after its figure (`2011 年`, `8月`, `18 日`). */
const DATE_UNIT = /[年月日]/;
/** The figures closing the blank space between an English part and a Chinese date (` 2011 ` before `年`). */
const YEAR_BEFORE = /\s\d{1,4}\s?$/;

/** Fewest words of an English first run that opens on a label in Chinese, in a line of alternating runs. */
const MIN_OPENING_WORDS = 8;
/** Latin letters per Han, at least, of such a run. */
const STRAY_OPENING_HAN = 10;

/** The last character of `text[0, end)` before any closing quotes or brackets. */
function lastBeforeClosers(text: string, end: number): string {
  let k = end - 1;
  while (k > 0 && holdsCode(CLOSERS, text.charCodeAt(k))) k--;
  return text[k] ?? '';
}

/** Whether `text[0, end)` ends on a sentence's stop, before any closing quotes or brackets. */
const endsSentence = (text: string, end: number): boolean => '.!?。！？'.includes(lastBeforeClosers(text, end) || ',');

/** Whether `text[0, end)` ends on a Chinese sentence's stop (`。`, `！`, `？`). */
const endsChineseSentence = (text: string, end: number): boolean => '。！？'.includes(lastBeforeClosers(text, end) || ',');

/** Abbreviations that close on a stop inside English sentences (`etc.`, `Inc.`), in lower case. */
const ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'st', 'vs', 'approx', 'dept', 'govt', 'no', 'mr', 'mrs', 'ms', 'dr', 'prof']);

/** Where the run of Latin letters ending at `at` starts, reading back no further than `from`. */
function latinWordStart(text: string, at: number, from = 0): number {
  let k = at;
  while (k > from && letterClass(text.charCodeAt(k - 1)) === 2) k--;
  return k;
}

/**
 * Whether the ASCII stop at `at`, with Han right after it and no blank, ends an English sentence
 * (`…in both languages.双语新闻…`): `!` or `?`, or a `.` after a word of three letters or more that
 * closes in lower case and is no abbreviation (`U.S.中方`, `Inc.公司` stay whole).
 */
function gluedStop(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  const k = latinWordStart(text, at);
  const word = text.slice(k, at);
  return word.length >= 3 && /[a-z]$/.test(word) && !ABBREVIATIONS.has(word.toLowerCase()) && text[k - 1] !== '.';
}

/**
 * The letter class (`letterClass`) of the letter right before `at`, over closing quotes; 0 after
 * anything else, so that a term glossed in brackets (`chunyun (春运), began…`) ends no run.
 */
function letterBefore(text: string, at: number): 0 | 1 | 2 {
  let k = at - 1;
  while (k > 0 && holdsCode('"”’」』', text.charCodeAt(k))) k--;
  return k >= 0 ? letterClass(text.charCodeAt(k)) : 0;
}

/**
 * Whether `text[start, end)` may be cut into its languages: it holds a code unit of U+2E80 or
 * above, where every character of `\p{Script=Han}` lies (radicals, `〇`, ideographs, surrogates of
 * the extensions), and an ASCII letter or stop (`.`, `!`, `?`). Every cut of a line into its
 * languages (`scriptCut`, `lexicalCut`) has a Chinese part and an English one of ASCII letters or a
 * figure closing on an ASCII stop (`"1." 第一。`); `alternatingRuns` cuts a line only after an ASCII
 * stop or beside an ASCII letter. A line lacking either, English or Chinese alone, is answered
 * without them.
 */
function mayHoldBoth(text: string, start: number, end: number): boolean {
  // Two patterns of one class each, not a loop over the line's codes: a run reads most lines
  // before V8 optimizes such a loop, and a pattern scans them in machine code.
  const line = text.slice(start, end);
  return WIDE_CODE.test(line) && LATIN_OR_STOP.test(line);
}

/** A code of U+2E80 or above (`mayHoldBoth`). */
const WIDE_CODE = /[\u2e80-\uffff]/;
/** An ASCII letter or stop (`mayHoldBoth`). */
const LATIN_OR_STOP = /[A-Za-z.!?]/;

/** `f` of one text, each range's answer kept (by its start, with its end): `f` must be pure. */
function byRange<T>(f: (text: string, start: number, end: number) => T): (text: string, start: number, end: number) => T {
  const known = new Map<number, { end: number; value: T }>();
  return (text, start, end) => {
    const hit = known.get(start);
    if (hit?.end === end) return hit.value;
    const value = f(text, start, end);
    known.set(start, { end, value });
    return value;
  };
}

/** Fewest lines of a file whose blank lines may be read as spacing. */
const MIN_SPACED_LINES = 6;
/** Share of lines, at least, that a blank line opens in a file whose blank lines are spacing. */
const SPACED_SHARE = 0.9;
/** Share of lines, at least, that break off mid-sentence in such a file. */
const WRAPPED_SHARE = 0.3;
/** Fewest characters of a Chinese line of prose that holds no comma or stop (a title is shorter). */
const MIN_WRAPPED_ZH = 30;

/** A line of Chinese prose, not a title or a label: it holds a comma or a stop, or runs `MIN_WRAPPED_ZH` characters. */
function chineseProse(text: string, line: Line): boolean {
  if (line.end - line.start >= MIN_WRAPPED_ZH) return true;
  for (let k = line.start; k < line.end; k++) if ('，。；、'.includes(text[k]!)) return true;
  return false;
}

/** Brackets and quotes that may open a line going on with a Chinese sentence (`(rammed earth)以及…`). */
const OPENERS = '(（「『“‘';

/** A line ending on an article, a preposition or a conjunction, which ends no sentence (`…such as the` / `Great Wall`). */
function endsOnSmallWord(text: string, line: Line): boolean {
  const k = latinWordStart(text, line.end, line.start);
  return line.end - k <= 4 && k > line.start && text[k - 1] === ' ' && OPEN_ENDING.test(text.slice(k, line.end));
}

/** Articles, prepositions and conjunctions after which a sentence goes on. */
const OPEN_ENDING = /^(?:a|an|the|of|to|and|or|with|by|from|into)$/i;

/**
 * The lines that break off mid-sentence and go on in the next line: text converted from a PDF or
 * a print layout breaks its lines at the page's width (`…Afive-year-old` / `giant African…`). A
 * line breaks off when it ends on no stop and the next line goes on in its language: an English
 * one in lower case, a Chinese one after a line of Chinese prose (`chineseProse`) ending on a Han
 * or a comma. Also counts the lines a blank line opens.
 */
function midSentenceWraps(text: string, lines: readonly Line[]): { wraps: boolean[]; wrapped: number; spaced: number } {
  let spaced = 0;
  let wrapped = 0;
  const wraps = lines.map((next, i) => {
    if (i === 0) return false;
    const line = lines[i - 1]!;
    if (next.afterBlank) spaced++;
    const last = text.charCodeAt(line.end - 1);
    const first = text.charCodeAt(next.start);
    const lang = letterClass(last);
    const wraps = lang === 2 || last === 0x2c || last === 0x2d
      ? letterClass(text.charCodeAt(line.start)) === 2 && ((first >= 97 && first <= 122) || endsOnSmallWord(text, line))
      : (lang === 1 || last === 0xff0c || last === 0x3001) && chineseProse(text, line)
        && (letterClass(first) === 1 || (OPENERS.includes(text[next.start]!) && scriptOf(text.slice(next.start, next.end)) === 'zh'));
    if (wraps) wrapped++;
    return wraps;
  });
  return { wraps, wrapped, spaced };
}

/**
 * `autoGroups`, after reading how the file breaks its lines (`midSentenceWraps`):
 * - a file with a blank line after every line and lines that break off mid-sentence (print
 *   layout) has blank lines for spacing: a blank line between a line and the one that goes on
 *   with it is dropped, the others kept;
 * - in a file of one text (not one of two files) without blank lines, whose lines break off
 *   mid-sentence in either language at the same rate, a line breaking off goes on in the next
 *   even where the file is read a paragraph a line: a page converted from print, its Chinese and
 *   English lines of different widths, too wide to read as wrapped at a width (`hardWrapped`).
 */
function autoGroupsOf(text: string, lines: Line[], runsOf: typeof alternatingRuns, cutOf: MixedCut, scriptAt: ScriptAt, partner?: FileShape, glossary?: ReadonlySet<number>): Line[][] {
  if (lines.length >= MIN_SPACED_LINES) {
    const { wraps, wrapped, spaced } = midSentenceWraps(text, lines);
    if (wrapped >= WRAPPED_SHARE * (lines.length - 1)) {
      if (spaced >= SPACED_SHARE * (lines.length - 1)) {
        return autoGroups(text, lines.map((l, i) => (wraps[i] ? { ...l, afterBlank: false } : l)), runsOf, cutOf, scriptAt, partner, true, undefined, glossary);
      }
      if (partner === undefined && spaced === 0) return autoGroups(text, lines, runsOf, cutOf, scriptAt, partner, false, wraps, glossary);
    }
  }
  return autoGroups(text, lines, runsOf, cutOf, scriptAt, partner, false, undefined, glossary);
}

/**
 * The starts of the lines of a glossary: lines of a glossary entry's shape (`isColonGloss`)
 * next to another such line (a list of entries; one such line alone may be a column's label and
 * its word), none a credit or a page's information line.
 */
function glossaryLines(text: string, lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  // Every entry holds a colon: a text without one, a short document most often, has none.
  if (!holdsColon(text)) return out;
  const texts = lines.map((l) => text.slice(l.start, l.end));
  // Every entry holds a colon: a line without one is read no further.
  const colon = texts.map(holdsColon);
  const entry = texts.map((t, k) => colon[k]! && isColonGloss(t) && !looksLikeBoilerplate(t));
  entry.forEach((e, k) => {
    if (e && (entry[k - 1] === true || entry[k + 1] === true)) out.add(lines[k]!.start);
    else if (!e && colon[k]! && severalGlosses(texts[k]!)) out.add(lines[k]!.start);
  });
  return out;
}

/**
 * Whether a line holds two glossary entries or more set apart by wide blank space (`公德心：public
 * spirit   乱扔垃圾：litter`), as a study page notes the terms under the sentence they gloss: a list
 * of its own, never part of that sentence.
 */
function severalGlosses(line: string): boolean {
  if (line.length > 200) return false;
  const pieces = line.trim().split(/\s{3,}|\t+/);
  return pieces.length >= 2 && pieces.every((p) => isColonGloss(p) && !looksLikeBoilerplate(p));
}

/** An HTML tag that starts a new line when a page's source is pasted: paragraphs, breaks, list items, cells, headings. */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote)\b[^<>]{0,300}>/gi;

/**
 * The pieces of text of a line of a page's HTML source (`<p>First.</p><p>第一。</p>`) between its
 * block tags, trimmed, in the order they come; each marks whether a tag other than a lone `<br>`
 * opens it (a paragraph's end, read as a blank line). Undefined when fewer than two pieces hold
 * text: a line of tags only stays a line (chrome), and so does text with an inline tag.
 */
function markupPieces(text: string, start: number, end: number): { start: number; end: number; afterBlock: boolean }[] | undefined {
  const pieces: { start: number; end: number; afterBlock: boolean }[] = [];
  const line = text.slice(start, end);
  let from = 0;
  let afterBlock = false;
  const push = (a: number, b: number): void => {
    while (a < b && BLANK.test(line[a]!)) a++;
    while (b > a && BLANK.test(line[b - 1]!)) b--;
    if (b > a) pieces.push({ start: start + a, end: start + b, afterBlock });
  };
  for (const m of line.matchAll(BLOCK_TAG)) {
    push(from, m.index);
    if (m.index > from && line.slice(from, m.index).trim()) afterBlock = false;
    afterBlock ||= !/^<br\b/i.test(m[0]);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  return pieces.length >= 2 ? pieces : undefined;
}

/** The non-blank lines of `text`, trimmed, with their indentation. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blankBefore = false;
  // The next `<` at or after the line read, found again only once passed: one scan of the text in all.
  let nextTag = text.indexOf('<');
  // Without a `\r`, a line ends at the next line feed, found by `indexOf`.
  const noReturn = !text.includes('\r');
  while (pos <= text.length) {
    let eol = noReturn ? text.indexOf('\n', pos) : pos;
    if (eol < 0) eol = text.length;
    else if (!noReturn) while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let start = pos;
    let indent = 0;
    while (start < eol && isLineBlank(text.charCodeAt(start))) {
      const c = text.charCodeAt(start);
      indent += c === 0x09 || c === 0x3000 ? 2 : 1;
      start++;
    }
    let end = eol;
    while (end > start && isLineBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      if (nextTag >= 0 && nextTag < start) nextTag = text.indexOf('<', start);
      const pieces = nextTag >= 0 && nextTag < end ? markupPieces(text, start, end) : undefined;
      if (pieces) {
        for (const [i, piece] of pieces.entries()) {
          lines.push({ start: piece.start, end: piece.end, indent: i === 0 ? indent : 0, afterBlank: (i === 0 ? blankBefore : piece.afterBlock) || lines.length === 0 });
        }
      } else lines.push({ start, end, indent, afterBlank: blankBefore || lines.length === 0 });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    if (eol >= text.length) break;
    pos = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  return lines;
}

function blankGroups(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of lines) {
    if (line.afterBlank || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  return groups;
}

/**
 * Decides block boundaries for one file. Blank lines always separate blocks. Inside a
 * run of lines without blank lines, a new block also starts at a change of language, at a
 * line repeating the one before (a URL or hashtags given for both languages),
 * at a bullet, at an indented line when the file marks paragraphs by indentation, around a
 * line holding both languages (a title or a paragraph with its translation), around the
 * entries of a glossary (`glossary`, the starts of their lines), and
 * at every line when the file is written one paragraph per line (few blank lines, lines
 * not hard-wrapped to a common width). `wrapsMidSentence` says the lines are hard-wrapped
 * whatever their widths, and `goesOn` which lines go on with the line before in a file read a paragraph a line
 * (both from `autoGroupsOf`).
 */
function autoGroups(text: string, lines: Line[], runsOf: typeof alternatingRuns, cutOf: MixedCut, scriptAt: ScriptAt, partner?: FileShape, wrapsMidSentence = false, goesOn?: readonly boolean[], glossary?: ReadonlySet<number>): Line[][] {
  const groups = blankGroups(lines);
  if (lines.length < 2) return groups;
  // Two files without blank lines: as many lines on both sides are a translation line for line
  // (subtitles, sentence-aligned text); else each line closing a sentence closes a paragraph.
  const twoPlain = partner !== undefined && !partner.blank && groups.length === 1;
  if (twoPlain && partner.lines === lines.length) return lineForLine(text, lines, partner);
  const scripts = lines.map((l) => scriptAt(text, l.start, l.end));
  // A line holding an English part and its Chinese (or the reverse) is a pair of its own.
  const lineAt = (k: number) => (k >= 0 && k < lines.length ? text.slice(lines[k]!.start, lines[k]!.end) : undefined);
  const mixed = lines.map((l, k) => scripts.length > 1
    && (runsOf(text, l.start, l.end) !== undefined || cutOf(text, l.start, l.end, lineAt(k - 1), lineAt(k + 1)) !== undefined));
  // A label and its translation apart by a bar (`World Report 2024 | 《世界报告2024》`), or a row of
  // short fields in both languages apart by bars (`Level: Intermediate 程度：中級 | 5 minutes read`),
  // is a line of its own whether or not it is cut in two (a word list's neighbour keeps it whole):
  // no paragraph in one language goes on into it.
  // Asked of each line beside the line before and beside the line after: read once.
  const barredLines: (boolean | undefined)[] = [];
  const barred = (k: number): boolean => (barredLines[k] ??= scripts.length > 1 && !mixed[k]
    && (separatorCut(text, lines[k]!.start, lines[k]!.end) !== undefined || bilingualRow(text.slice(lines[k]!.start, lines[k]!.end))));
  const wrapped = wrapsMidSentence || hardWrapped(text, lines);
  // Whether each line stands alone, asked of it beside the line before and beside the line after: read once.
  const alone: (boolean | undefined)[] = [];
  const standsAloneAt = (k: number): boolean => (alone[k] ??= standsAlone(text.slice(lines[k]!.start, lines[k]!.end)));
  // Whether indents open paragraphs is read for each language's lines apart: a page indenting its
  // Chinese paragraphs may write its English ones flush, a line each. A flush line carries on an
  // indented one only when it is no block of its own and the indented line ends no sentence.
  const carriesOn = (i: number) => !languageChanges(scripts[i]!, scripts[i + 1]!) && !mixed[i + 1]!
    && !SENTENCE_END.test(text.slice(Math.max(lines[i]!.start, lines[i]!.end - 2), lines[i]!.end))
    && !standsAloneAt(i + 1);
  const marksOf = (lang: Lang) => marksParagraphsByIndent(lines, carriesOn, (i) => scripts[i] === lang);
  const marksEn = marksOf('en');
  const marksZh = marksOf('zh');
  // Lines in neither language (numbers, dates) follow the language beside them.
  const indentMarksAt = (a: number, b: number): boolean => {
    const lang = scripts[b] !== 'und' ? scripts[b] : scripts[a];
    return lang === 'en' ? marksEn : lang === 'zh' ? marksZh : marksEn || marksZh;
  };
  // One paragraph per line: blank lines are rare compared with lines, or a file without any holds
  // a few lines (too few to show a wrapping width) or lines that mostly end a unit.
  const linesEach = !wrapped && (groups.length * 3 < lines.length || (groups.length === 1 && (lines.length <= FEW_LINES || mostEndWithStop(text, lines))));
  const titleRest = brokenTitles(text, lines, scripts);
  const out: Line[][] = [];
  let k = 0;
  for (const group of groups) {
    let current: Line[] = [];
    for (const line of group) {
      const i = k++;
      if (current.length > 0) {
        const prev = i - 1;
        const lineText = text.slice(line.start, line.end);
        const prevText = text.slice(lines[prev]!.start, lines[prev]!.end);
        const indentMarks = indentMarksAt(prev, i);
        const perLine = linesEach && !indentMarks;
        const cut = (perLine && ((!continuesSentence(text, lines[prev]!, line) && goesOn?.[i] !== true && !titleRest[i]) || inStanza(text, lines, scripts, i)))
          || languageChanges(scripts[prev]!, scripts[i]!)
          || lineText === prevText
          || BULLET.test(lineText) || TIMESTAMP_PREFIX.test(lineText)
          || assEvent(lineText) || assEvent(prevText)
          || standsAloneAt(i) || standsAloneAt(prev)
          || creditAfterSentence(text, lines[prev]!, line)
          || glossary?.has(line.start) === true || glossary?.has(lines[prev]!.start) === true
          || (indentMarks && line.indent > lines[prev]!.indent)
          // An indented line after a sentence's end opens a paragraph, whatever the indent before it.
          || (line.indent >= 2 && sentenceBreak(text, lines[prev]!, line))
          || ((!wrapped || twoPlain) && !indentMarks && sentenceBreak(text, lines[prev]!, line))
          || mixed[i]! || mixed[prev]! || barred(i) || barred(prev);
        if (cut) {
          out.push(current);
          current = [];
        }
      }
      current.push(line);
    }
    out.push(current);
  }
  return out;
}

/**
 * The lines of a file read line for line with the other file of its translation: each line a
 * block, but a line that ends open (mid-clause, no mark at all) in either file, and without a
 * stop in the other, goes on in the next line in both when the English next line opens in lower
 * case (a subtitle cue broken over two lines: `Some of the old men` / `有些老人`, then `had not
 * skated in 50 years.` / `已经50年没滑过冰了。`; a title ends open too, but a capital follows it).
 */
function lineForLine(text: string, lines: readonly Line[], partner: FileShape): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  lines.forEach((line, k) => {
    current.push(line);
    const mine = lineEnd(text.slice(Math.max(line.start, line.end - 120), line.end));
    const theirs = partner.ends[k] ?? 'stop';
    const next = lines[k + 1];
    const goesOn = next !== undefined && (opensLower(text, next) || partner.lower[k + 1] === true)
      && ((mine === 'open' && theirs !== 'stop') || (theirs === 'open' && mine !== 'stop'));
    if (!goesOn) {
      out.push(current);
      current = [];
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

/** Markup tags opening a line (`<font color="#ffff00">`, `<i>`), as subtitle files wrap their lines. */
const LEADING_TAGS = /^(?:<[A-Za-z][^<>\n]{0,80}>[ \t]*)+/;
/** Markup tags closing a line (`</font>`, `</i>`). */
const TRAILING_TAGS = /(?:[ \t]*<\/?[A-Za-z][^<>\n]{0,80}>)+$/;

/** Offset of a line's first character after the markup tags opening it (`line.start` without tags). */
function bareStart(text: string, line: Line): number {
  if (text.charCodeAt(line.start) !== 60) return line.start;
  const m = LEADING_TAGS.exec(text.slice(line.start, Math.min(line.end, line.start + 200)));
  return m && m[0].length < line.end - line.start ? line.start + m[0].length : line.start;
}

/** Offset just past a line's last character before the markup tags closing it (`line.end` without tags). */
function bareEnd(text: string, line: Line): number {
  if (text.charCodeAt(line.end - 1) !== 62) return line.end;
  const from = Math.max(line.start, line.end - 200);
  const m = TRAILING_TAGS.exec(text.slice(from, line.end));
  return m && from + m.index > line.start ? from + m.index : line.end;
}

/** Ends a sentence or a heading's line: a stop, a closing quote or bracket, a colon. */
const LINE_END = /[.!?。！？…:：;；"”’」』)）\]】]$/;

/**
 * A line that carries on the sentence of the line before: the line before ends with no stop
 * and this one starts with a lower-case word (a paragraph broken at a page's width).
 */
function continuesSentence(text: string, prev: Line, line: Line): boolean {
  const last = text[bareEnd(text, prev) - 1]!;
  return /^[a-z]/.test(text[bareStart(text, line)]!) && /[A-Za-z0-9,]$/.test(last) && !LINE_END.test(last)
    && !inTitleCase(text.slice(prev.start, prev.end));
}

/**
 * A title in title case (`Weekend Reading: Life in the Old Quarter`): four words or more, one a
 * small word of titles (`in`, `of`, `the`), every other one opening with a capital, at most
 * `TITLE_MAX` characters; a run of names (`North China's Inner Mongolia`) holds no small word. A
 * line in lower case under it opens a text of its own (a user name, a caption), not the title's rest.
 */
function inTitleCase(line: string): boolean {
  if (line.length > TITLE_MAX) return false;
  const words = line.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const small = words.filter((w) => SMALL_WORD.test(w)).length;
  return words.length >= 4 && small >= 1 && words.length - small >= 3 && words.every((w) => /^[A-Z]/.test(w) || SMALL_WORD.test(w));
}

/** A title's head broken off at its colon (`Urban Renewal:`, `城市更新：`): a capital or Han, no stop before the colon. */
const TITLE_HEAD = { en: /^[A-Z][A-Za-z'’-]*(?: [A-Za-z'’&-]+){1,5}\s?:$/, zh: /^[\p{Script=Han}\d“”《》·、]{2,16}[：:]$/u };
/** A title's rest under its head (`Old Streets Get New Life`, `老街焕发新生`): two words or more from a capital, or Han, and no stop or colon. */
const TITLE_REST = { en: /^[A-Z0-9][^.!?:;。！？：；]{0,60}$/, zh: /^[\p{Script=Han}\d“”《》·、，,\- ]{2,30}$/u };

/**
 * For each line, whether it is the rest of a title its line before broke off after a colon
 * (`Urban Renewal:` / `Old Streets Get New Life`), as a page narrower than the title wraps it: the
 * two lines are one title when the translation of the title, in the other language, stands right
 * after or right before them broken the same way (`城市更新：` / `老街焕发新生`). A label over its
 * text (`Section:` / `Duties of the harbour master`) has one word, and its text no translation
 * broken beside it the same way.
 */
function brokenTitles(text: string, lines: readonly Line[], scripts: readonly Lang[]): boolean[] {
  const out = lines.map(() => false);
  const halves = (k: number): Lang | undefined => {
    const lang = scripts[k];
    if (k < 0 || k + 1 >= lines.length || (lang !== 'en' && lang !== 'zh') || scripts[k + 1] !== lang || lines[k + 1]!.afterBlank) return undefined;
    const head = text.slice(lines[k]!.start, lines[k]!.end);
    const rest = text.slice(lines[k + 1]!.start, lines[k + 1]!.end);
    if (head.length > 60 || rest.length > 60 || !TITLE_HEAD[lang].test(head) || !TITLE_REST[lang].test(rest)) return undefined;
    return lang === 'zh' || /\s\S/.test(rest) ? lang : undefined;
  };
  for (let k = 0; k + 3 < lines.length; k++) {
    const a = halves(k);
    if (a === undefined || lines[k + 2]!.afterBlank) continue;
    const b = halves(k + 2);
    if (b === undefined || b === a) continue;
    out[k + 1] = true;
    out[k + 3] = true;
  }
  return out;
}

/** Longest line, in characters, of a poem's or a song's verse. */
const VERSE_MOST = 48;
/** Ends a line of verse: a comma or a stop, perhaps inside a closing quote. */
const VERSE_END = /[,.;!?，。；！？]["”’」』]?$/;

/**
 * Line `i` is a line of a stanza: it, the line before it and one more line on either side, of one
 * language, are short and each ends with a comma or a stop (`Before my bed the moonlight glows,` / `I take it for frost
 * upon the ground.` / `I raise my head to see the moon,` / `and lower it to think of home.`). A
 * verse opening in lower case is still a line of its own, as its translation gives it; two lines
 * of a subtitle cue have a timing line above them, and a paragraph broken at a width long lines.
 */
function inStanza(text: string, lines: readonly Line[], scripts: readonly Lang[], i: number): boolean {
  const verse = (k: number) => {
    const l = lines[k];
    return l !== undefined && scripts[k] === scripts[i] && l.end - l.start <= VERSE_MOST && VERSE_END.test(text.slice(Math.max(l.start, l.end - 2), l.end));
  };
  return i >= 1 && verse(i - 1) && verse(i) && ((i >= 2 && verse(i - 2)) || verse(i + 1));
}

/** Ends a sentence: a stop, perhaps followed by a closing quote or bracket, or the note closing a sung line of subtitles (`♪`). */
const SENTENCE_END = /(?:[.!?。！？][”’"'」』)）]?|[♪♫])$/;
/** Opens a sentence: a capital, a digit, an opening quote or bracket, a Han character, the note opening a sung line. */
const SENTENCE_START = /^[\p{Lu}\d"“‘'「『(（\p{Script=Han}♪♫]/u;

/**
 * A line that ends a sentence followed by one that opens the next, in a file not wrapped at a
 * width: paragraphs (or sentences) a line each, though no blank line stands between them. A
 * paragraph broken mid-sentence (06-style pastes, `…in the first six months` / `rebound from…`)
 * stays one block.
 */
function sentenceBreak(text: string, prev: Line, line: Line): boolean {
  const end = bareEnd(text, prev);
  return SENTENCE_END.test(text.slice(Math.max(prev.start, end - 2), end)) && SENTENCE_START.test(text[bareStart(text, line)]!)
    && !(end - prev.start <= TITLE_MAX && COMPANY_FORM_END.test(text.slice(Math.max(prev.start, end - 8), end)));
}

/**
 * A company's legal form closing a short line (`About Harbour Rail Co., Ltd.`): a heading naming the
 * company over its profile, whose stop is the abbreviation's, as the Chinese heading has none.
 */
const COMPANY_FORM_END = /\b(?:Co|Ltd|Inc|Corp|Bhd|Pte|Pty)\.$/;

/** Most lines of a file without blank lines that are read one paragraph a line whatever their ends. */
const FEW_LINES = 4;

/** Longest line, in characters, read as a title when it ends without a stop. */
const TITLE_MAX = 80;

/**
 * Seven lines in ten or more end a unit: a short file written one paragraph a line. A line ends
 * a unit when it ends as a sentence does, or when it is short and the next line does not carry
 * on its sentence (a title above its first paragraph, not a sentence broken at a width).
 */
function mostEndWithStop(text: string, lines: Line[]): boolean {
  const short = shortLines(text, lines);
  let ends = 0;
  lines.forEach((l, k) => {
    const next = lines[k + 1];
    const last = text[bareEnd(text, l) - 1]!;
    if (LINE_END.test(last)) ends++;
    else if (next && short[k] && !continuesSentence(text, l, next) && !/[,，、]$/.test(last)) ends++;
  });
  return ends >= lines.length * 0.7;
}

/**
 * Lines short enough to be a title or a label rather than a line broken at a width: at most
 * `TITLE_MAX` characters, and narrower than three quarters of the widest line.
 */
function shortLines(text: string, lines: Line[]): boolean[] {
  if (lines.length > WRAP_SAMPLE) return lines.map(() => false);
  const widths = lines.map((l) => (l.end - l.start <= TITLE_MAX ? columns(text.slice(l.start, l.end)) : Infinity));
  let widest = 0;
  for (const l of lines) widest = Math.max(widest, l.end - l.start > TITLE_MAX * 2 ? Infinity : columns(text.slice(l.start, l.end)));
  return widths.map((w) => w < widest * 0.75);
}

/** A line that is a block of its own: page chrome, a cue, a dateline or source line. */
function standsAlone(line: string): boolean {
  return blockKind(line) !== undefined || isDatelineOrPageInfo(line) || isPipedLabels(line);
}

/**
 * A byline, editor line, credit or end mark on a line of its own, under a line that ends a
 * sentence or a title (`责任编辑：王芳`, `[Photo/China Daily]` under a paragraph, `By Staff Reporter`
 * under a title), or above a paragraph (`(Xinhua)`): it is no part of the text beside it. The
 * head of a list of related links keeps its items.
 */
function creditAfterSentence(text: string, prev: Line, line: Line): boolean {
  const prevText = text.slice(prev.start, prev.end);
  const lineText = text.slice(line.start, line.end);
  if (looksLikeBoilerplate(lineText) && (LINE_END.test(prevText) || /^[\p{Lu}\p{Script=Han}(（[【]/u.test(lineText))) return true;
  return looksLikeBoilerplate(prevText) && !LIST_HEAD.test(prevText) && /^[\p{Lu}\p{Script=Han}"“‘「]/u.test(lineText);
}

/** The head of a list of related links, which keeps its items in its block. */
const LIST_HEAD = /^(?:related|read more|see also|more (?:news|stories)|recommended|相关|相關|延伸|推荐|推薦|更多)|[:：]$/i;

function languageChanges(a: Lang, b: Lang): boolean {
  return (a === 'en' && b === 'zh') || (a === 'zh' && b === 'en');
}

/** Lines the hard-wrap test measures: the start of a file shows how it is written. */
const WRAP_SAMPLE = 400;
/** Widest line, in columns, that a hard-wrapped file may have. */
const WRAP_MAX = 120;

/**
 * Lines hard-wrapped to a common width: most lines that continue a paragraph end within
 * a narrow band below the widest line, and that width is a terminal-like one.
 */
function hardWrapped(text: string, lines: Line[]): boolean {
  const sample = lines.length > WRAP_SAMPLE ? lines.slice(0, WRAP_SAMPLE) : lines;
  // A line is never narrower than its code units less its surrogates: long lines settle it unmeasured.
  for (const l of sample) if (l.end - l.start + l.indent > WRAP_MAX * 2) return false;
  let widest = 0;
  const widths = sample.map((l) => {
    const w = columns(text.slice(l.start, l.end)) + l.indent;
    if (w > widest) widest = w;
    return w;
  });
  if (widest < 40 || widest > WRAP_MAX) return false;
  // Paragraphs one a line end with a stop (or are titles); hard-wrapped ones mostly break mid-sentence.
  if (mostEndWithStop(text, sample)) return false;
  let continued = 0;
  let nearWidth = 0;
  for (let i = 0; i + 1 < sample.length; i++) {
    if (sample[i + 1]!.afterBlank) continue;
    continued++;
    if (widths[i]! >= widest * 0.75) nearWidth++;
  }
  return continued >= 2 && nearWidth >= continued * 0.6;
}

/**
 * Paragraphs start with an indented line and continue flush left, among the lines `of` takes (the
 * lines of one language): two indented lines or more, half of them followed by a flush line that
 * `carriesOn(i)` says goes on with line `i`, and some lines not indented (indents on every line
 * say nothing of paragraphs).
 */
function marksParagraphsByIndent(lines: Line[], carriesOn: (i: number) => boolean, of: (i: number) => boolean): boolean {
  let indented = 0;
  let flushAfterIndented = 0;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!of(i)) continue;
    count++;
    if (lines[i]!.indent >= 2) {
      indented++;
      if (i + 1 < lines.length && lines[i + 1]!.indent === 0 && !lines[i + 1]!.afterBlank && carriesOn(i)) flushAfterIndented++;
    }
  }
  return indented >= 2 && flushAfterIndented >= indented * 0.5 && indented < count * 0.8;
}
