/**
 * Metamorphic variants of the written test pages: changes a person or a site makes to a bilingual
 * page that must leave its links as they were (site chrome, blank lines, line ends, traditional
 * characters…) or change them in a way known beforehand (a Chinese paragraph dropped leaves its
 * English one-sided). Each transformation is a pure function from a parsed page to a variant, or
 * `undefined` where it makes no sense for that page (a page not interleaved cannot swap its pairs).
 *
 * Lines keep the original line numbers they carry (`from`), so a result on a variant is read back
 * in the page's own line numbers and compared with its gold. A line a transformation inserts gets
 * a number of its own from `INSERTED` up, listed among the lines that are no translation unit
 * unless the variant gives it a link.
 */
import type { ShapePage } from '../../../test/pipeline/page-shapes.pages.js';
import { SIMPLIFIED_TO_TRADITIONAL } from './s2t.js';

/** The side a line of a page stands on in its gold. */
export type Side = 'en' | 'zh' | 'both' | 'x' | 'none';

/** A gold link in line numbers: English lines, Chinese lines (either may be empty). */
export interface GoldLink {
  en: number[];
  zh: number[];
}

/** A page read into lines, the side of each and its links. */
export interface ParsedPage {
  name: string;
  /** The page's lines, without the newline closing the last. */
  lines: string[];
  /** Side of each line, by 1-based line number (index 0 unused). */
  sides: Side[];
  links: GoldLink[];
  x: number[];
}

/** A line of a variant: its text and the original line numbers it carries. */
export interface VariantLine {
  text: string;
  from: number[];
}

/** A variant of a page: one file or two (English, Chinese), its line end, its gold. */
export interface Variant {
  files: VariantLine[][];
  eol: '\n' | '\r\n';
  links: GoldLink[];
  x: number[];
  /** Side of every line number the variant uses (the original ones and the inserted ones). */
  sides: Map<number, Side>;
}

/** A named transformation. */
export interface Transformation {
  name: string;
  /** What it does, for the table. */
  about: string;
  apply: (page: ParsedPage, seed: number) => Variant | undefined;
}

/** First line number given to inserted lines. */
export const INSERTED = 10_001;

/** Parses `'3+4 => 5'` into line numbers (`-` for none). */
export function parseLink(link: string): GoldLink {
  const [en = '', zh = ''] = link.split('=>').map((s) => s.trim());
  const nums = (s: string) => (s === '-' ? [] : s.split('+').map(Number));
  return { en: nums(en), zh: nums(zh) };
}

/** Writes a link back as `en => zh`. */
export function formatLink(link: GoldLink): string {
  const side = (ns: number[]) => (ns.length ? ns.join('+') : '-');
  return `${side(link.en)} => ${side(link.zh)}`;
}

/** Reads a written page into its lines, the side of each line and its links. */
export function parsePage(page: ShapePage): ParsedPage {
  const lines = page.text.replace(/\n$/, '').split('\n');
  const sides: Side[] = Array.from({ length: lines.length + 1 }, () => 'none');
  const links = page.links.map(parseLink);
  for (const l of links) {
    for (const n of l.en) sides[n] = sides[n] === 'zh' ? 'both' : 'en';
    for (const n of l.zh) sides[n] = sides[n] === 'en' || sides[n] === 'both' ? 'both' : 'zh';
  }
  for (const n of page.x) if (sides[n] === 'none') sides[n] = 'x';
  return { name: page.name, lines, sides, links, x: [...page.x] };
}

/** The variant that changes nothing. */
export function identity(page: ParsedPage): Variant {
  const sides = new Map<number, Side>();
  page.sides.forEach((s, i) => { if (i > 0) sides.set(i, s); });
  return { files: [page.lines.map((text, i) => ({ text, from: [i + 1] }))], eol: '\n', links: page.links.map((l) => ({ en: [...l.en], zh: [...l.zh] })), x: [...page.x], sides };
}

/** The text of one file of a variant. */
export function render(lines: readonly VariantLine[], eol: string): string {
  return lines.map((l) => l.text + eol).join('');
}

const isBlank = (l: VariantLine) => l.text.trim() === '';
const hasBlankLines = (page: ParsedPage) => page.lines.some((l, i) => l.trim() === '' && i > 0 && i < page.lines.length - 1);
const twoSided = (page: ParsedPage) => page.links.filter((l) => l.en.length && l.zh.length);
const pure = (page: ParsedPage, ns: number[], side: Side) => ns.every((n) => page.sides[n] === side);

/** A new variant line of inserted text, registered as a line that is no translation unit. */
function inserted(v: Variant, text: string): VariantLine {
  let n = INSERTED;
  while (v.sides.has(n)) n++;
  v.sides.set(n, 'x');
  v.x.push(n);
  return { text, from: [n] };
}

/** The text lines a chrome, title or blank insertion sits between, with a blank line beside it on blank-line pages. */
function block(v: Variant, page: ParsedPage, texts: string[]): VariantLine[] {
  const out: VariantLine[] = [];
  const blank = hasBlankLines(page);
  for (const t of texts) {
    out.push(inserted(v, t));
    if (blank) out.push({ text: '', from: [] });
  }
  return out;
}

/** Site chrome written for the variants: share bars, print links, counters, bylines, datelines, ads. */
export const CHROME_LINES = {
  share: ['分享到：微信 微博 QQ空间', 'Share: Facebook | Twitter | WeChat', '分享到：'],
  print: ['Print | Email', '打印 | 关闭窗口', 'Print this article'],
  counter: ['阅读 1234', 'Views: 3,180', '閱讀次數：2417'],
  byline: ['By Wang Lin | chinadaily.com.cn | Updated: 2024-03-15 08:02', '作者：李明　来源：新华网', 'Source: Xinhua  Editor: Zhang Wei'],
  dateline: ['2024-03-15 08:02', '发布时间：2024年03月15日 10:21', 'Updated: 2023-11-02 17:45'],
  ad: ['Advertisement', '广告', '【广告】扫码下载APP，每天学英语'],
} as const;

const chromeKinds = Object.keys(CHROME_LINES) as (keyof typeof CHROME_LINES)[];

/** Chrome line number `k` of the rotation picked by `seed` (each page gets other lines). */
function chromeLine(seed: number, k: number): string {
  const kind = chromeKinds[(seed + k) % chromeKinds.length]!;
  const list = CHROME_LINES[kind];
  return list[(seed + 2 * k) % list.length]!;
}

/** Inserts site chrome lines (two of them) above the page. */
export function chromeTop(page: ParsedPage, seed: number): Variant {
  const v = identity(page);
  v.files[0] = [...block(v, page, [chromeLine(seed, 0), chromeLine(seed, 1)]), ...v.files[0]!];
  return v;
}

/** Inserts site chrome lines (two of them) below the page. */
export function chromeBottom(page: ParsedPage, seed: number): Variant {
  const v = identity(page);
  const lines = v.files[0]!;
  const tail = hasBlankLines(page) ? [{ text: '', from: [] }] : [];
  v.files[0] = [...lines, ...tail, ...block(v, page, [chromeLine(seed, 2), chromeLine(seed, 3)])];
  return v;
}

/**
 * The line numbers after which a page can take an insertion between two of its links: every line
 * of the links before sits above, every line of the links after below. Empty when no such place.
 */
export function cutsBetweenLinks(page: ParsedPage): number[] {
  const spans = page.links.map((l) => [...l.en, ...l.zh]).filter((ns) => ns.length > 0);
  const out: number[] = [];
  for (let line = 1; line < page.lines.length; line++) {
    if (page.lines[line - 1]!.trim() === '') continue;
    const above = spans.filter((ns) => ns.every((n) => n <= line)).length;
    const below = spans.filter((ns) => ns.every((n) => n > line)).length;
    if (above > 0 && below > 0 && above + below === spans.length) out.push(line);
  }
  return out;
}

/** Inserts one chrome line between two links near the middle of the page. */
export function chromeBetween(page: ParsedPage, seed: number): Variant | undefined {
  const cuts = cutsBetweenLinks(page);
  if (!cuts.length) return undefined;
  const at = cuts[Math.floor(cuts.length / 2)]!;
  const v = identity(page);
  const lines = v.files[0]!;
  const blank = hasBlankLines(page);
  const add = blank ? [{ text: '', from: [] as number[] }, inserted(v, chromeLine(seed, 4))] : [inserted(v, chromeLine(seed, 4))];
  v.files[0] = [...lines.slice(0, at), ...add, ...lines.slice(at)];
  return v;
}

/** Titles written for the variants. */
export const TITLES = {
  en: ['Notes From a River Town', 'Weekend Reading: Life in the Old Quarter', 'A Letter From the Coast'],
  zh: ['江城随笔', '周末阅读：老城区的生活', '来自海边的一封信'],
} as const;

/** An English title with no partner above the page. */
export function titleEnTop(page: ParsedPage, seed: number): Variant {
  const v = identity(page);
  v.files[0] = [...block(v, page, [TITLES.en[seed % 3]!]), ...v.files[0]!];
  return v;
}

/** A Chinese title with no partner above the page. */
export function titleZhTop(page: ParsedPage, seed: number): Variant {
  const v = identity(page);
  v.files[0] = [...block(v, page, [TITLES.zh[seed % 3]!]), ...v.files[0]!];
  return v;
}

/** A title and its translation above the page (English first), a link of their own. */
export function titlePairTop(page: ParsedPage, seed: number): Variant {
  const v = identity(page);
  const top = block(v, page, [TITLES.en[seed % 3]!, TITLES.zh[seed % 3]!]);
  const [en, zh] = top.filter((l) => !isBlank(l)).map((l) => l.from[0]!);
  v.x = v.x.filter((n) => n !== en && n !== zh);
  v.sides.set(en!, 'en');
  v.sides.set(zh!, 'zh');
  v.links.push({ en: [en!], zh: [zh!] });
  v.files[0] = [...top, ...v.files[0]!];
  return v;
}

/** Whether each block of the page (as the text is split) is one line: blank lines are only separators. */
export type OneBlockPerLine = (page: ParsedPage) => boolean;

/** Removes the blank lines of a page whose blocks are each one line. */
export function noBlankLines(page: ParsedPage, oneBlockPerLine: OneBlockPerLine): Variant | undefined {
  if (!hasBlankLines(page) || !oneBlockPerLine(page)) return undefined;
  const v = identity(page);
  v.files[0] = v.files[0]!.filter((l) => !isBlank(l));
  return v;
}

/** Puts a blank line after each line of a page without blank lines whose blocks are each one line. */
export function blankBetween(page: ParsedPage, oneBlockPerLine: OneBlockPerLine): Variant | undefined {
  if (hasBlankLines(page) || !oneBlockPerLine(page)) return undefined;
  const v = identity(page);
  v.files[0] = v.files[0]!.flatMap((l) => [l, { text: '', from: [] }]);
  return v;
}

/** Doubles every blank line of a page that has them. */
export function doubleBlankLines(page: ParsedPage): Variant | undefined {
  if (!hasBlankLines(page)) return undefined;
  const v = identity(page);
  v.files[0] = v.files[0]!.flatMap((l) => (isBlank(l) ? [l, { text: '', from: [] }] : [l]));
  return v;
}

/** Windows line ends. */
export function crlf(page: ParsedPage): Variant {
  return { ...identity(page), eol: '\r\n' };
}

/** Spaces (and a tab on every third line) after each line of text. */
export function trailingSpaces(page: ParsedPage): Variant {
  const v = identity(page);
  v.files[0] = v.files[0]!.map((l, i) => (isBlank(l) ? l : { ...l, text: `${l.text}${i % 3 === 2 ? ' \t' : '  '}` }));
  return v;
}

/** Maps the lines of a one-file variant; undefined when no line changed. */
function mapLines(page: ParsedPage, f: (l: VariantLine) => VariantLine): Variant | undefined {
  const v = identity(page);
  const before = v.files[0]!;
  const after = before.map(f);
  if (after.every((l, i) => l.text === before[i]!.text)) return undefined;
  v.files[0] = after;
  return v;
}

const CJK = /[\u3400-\u9fff]/u;
const cjkShare = (s: string) => {
  const chars = [...s].filter((c) => /\S/u.test(c));
  return chars.length ? chars.filter((c) => CJK.test(c)).length / chars.length : 0;
};

/** Two ideographic spaces opening each Chinese line, as Chinese sites indent paragraphs. */
export function fullWidthIndent(page: ParsedPage): Variant | undefined {
  return mapLines(page, (l) => (isBlank(l) || cjkShare(l.text) < 0.5 ? l : { ...l, text: `\u3000\u3000${l.text}` }));
}

/** Simplified characters of `text` turned traditional, character by character. */
export function toTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += SIMPLIFIED_TO_TRADITIONAL.get(ch) ?? ch;
  return out;
}

/** Every Chinese character of the page traditional. */
export function traditional(page: ParsedPage): Variant | undefined {
  return mapLines(page, (l) => ({ ...l, text: toTraditional(l.text) }));
}

const FULL_WIDTH_PUNCT: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Punctuation of Chinese text as Taiwan and Hong Kong sites write it: corner quotes for curly
 * ones, full-width ASCII punctuation next to a Chinese character, full-width digits and `%` in
 * lines that are mostly Chinese.
 */
export function fullWidthPunctuation(text: string): string {
  let out = text.replace(/[“”]/gu, (q) => (q === '“' ? '「' : '」')).replace(/[‘’]/gu, (q) => (q === '‘' ? '『' : '』'));
  out = out.replace(/(?<=[\u3400-\u9fff])[,:;?!()]|[,:;?!()](?=[\u3400-\u9fff])/gu, (c) => FULL_WIDTH_PUNCT[c] ?? c);
  if (cjkShare(out) >= 0.5) out = out.replace(/[0-9%]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return out;
}

/** Traditional characters and full-width punctuation in the Chinese lines. */
export function traditionalFullWidth(page: ParsedPage): Variant | undefined {
  return mapLines(page, (l) => {
    const zhOnly = l.from.length > 0 && l.from.every((n) => page.sides[n] === 'zh' || page.sides[n] === 'x');
    return { ...l, text: zhOnly ? fullWidthPunctuation(toTraditional(l.text)) : toTraditional(l.text) };
  });
}

/** Removes lines of the given numbers, and a blank line left doubled by the removal. */
function withoutLines(lines: VariantLine[], drop: Set<number>): VariantLine[] {
  const kept = lines.filter((l) => !l.from.some((n) => drop.has(n)));
  return kept.filter((l, i) => !(isBlank(l) && i > 0 && isBlank(kept[i - 1]!)));
}

/** Drops the Chinese of a two-sided link: its English becomes one-sided. */
function dropZhOf(page: ParsedPage, link: GoldLink): Variant {
  const v = identity(page);
  v.files[0] = withoutLines(v.files[0]!, new Set(link.zh));
  v.links = v.links.map((l) => (l.en.join() === link.en.join() && l.zh.join() === link.zh.join() ? { en: l.en, zh: [] } : l));
  return v;
}

/** A two-sided link with lines of one language only on each side. */
const plainLink = (page: ParsedPage, l: GoldLink) => pure(page, l.en, 'en') && pure(page, l.zh, 'zh');

/** Drops the Chinese of the middle two-sided link (of three or more). */
export function dropMiddleZh(page: ParsedPage): Variant | undefined {
  const links = twoSided(page).sort((a, b) => a.en[0]! - b.en[0]!);
  if (links.length < 3) return undefined;
  const mid = links[Math.floor(links.length / 2)]!;
  return plainLink(page, mid) ? dropZhOf(page, mid) : undefined;
}

/** Drops the last Chinese block of the page, as a cut-off excerpt does. */
export function dropLastZh(page: ParsedPage): Variant | undefined {
  const links = twoSided(page);
  if (links.length < 2) return undefined;
  const last = links.reduce((a, b) => (Math.max(...b.zh) > Math.max(...a.zh) ? b : a));
  return plainLink(page, last) ? dropZhOf(page, last) : undefined;
}

/**
 * Where each two-sided link of an interleaved page sits: its English run and its Chinese run of
 * lines, next to each other with only blank lines between. Undefined when a link does not sit so.
 */
function interleavedRuns(page: ParsedPage): { first: number[]; second: number[] }[] | undefined {
  const links = twoSided(page);
  if (links.length < 2) return undefined;
  const out: { first: number[]; second: number[] }[] = [];
  const contiguous = (ns: number[]) => ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
  for (const l of links) {
    if (!plainLink(page, l) || !contiguous(l.en) || !contiguous(l.zh)) return undefined;
    const [first, second] = l.en[0]! < l.zh[0]! ? [l.en, l.zh] : [l.zh, l.en];
    for (let n = first.at(-1)! + 1; n < second[0]!; n++) if (page.lines[n - 1]!.trim() !== '') return undefined;
    out.push({ first, second });
  }
  return out;
}

/** Swaps the two languages of each pair of an interleaved page (Chinese first where English was). */
export function swapPairs(page: ParsedPage): Variant | undefined {
  const runs = interleavedRuns(page);
  if (!runs) return undefined;
  const v = identity(page);
  const lines = [...v.files[0]!];
  for (const { first, second } of runs) {
    const start = first[0]! - 1;
    const end = second.at(-1)!;
    const gap = lines.slice(first.at(-1), second[0]! - 1);
    const a = lines.slice(start, first.at(-1));
    const b = lines.slice(second[0]! - 1, end);
    lines.splice(start, end - start, ...b, ...gap, ...a);
  }
  v.files[0] = lines;
  return v;
}

/** Each pair of an interleaved page of one-line blocks joined on one line, English first: `English. 中文。`. */
export function joinPairs(page: ParsedPage, oneBlockPerLine: OneBlockPerLine): Variant | undefined {
  const runs = interleavedRuns(page);
  if (!runs || !oneBlockPerLine(page) || runs.some((r) => r.first.length !== 1 || r.second.length !== 1)) return undefined;
  const v = identity(page);
  const joined = new Map<number, VariantLine>();
  const gone = new Set<number>();
  for (const { first, second } of runs) {
    const [en, zh] = page.sides[first[0]!] === 'en' ? [first[0]!, second[0]!] : [second[0]!, first[0]!];
    joined.set(first[0]!, { text: `${page.lines[en - 1]!.trim()} ${page.lines[zh - 1]!.trim()}`, from: [en, zh] });
    for (let n = first[0]! + 1; n <= second[0]!; n++) gone.add(n);
  }
  v.files[0] = v.files[0]!.flatMap((l, i) => (gone.has(i + 1) ? [] : [joined.get(i + 1) ?? l]));
  return v;
}

/** The English lines in one file and the Chinese lines in another, one paragraph a line; other lines dropped. */
export function twoFiles(page: ParsedPage): Variant | undefined {
  if (page.sides.some((s) => s === 'both')) return undefined;
  if (!twoSided(page).length) return undefined;
  const v = identity(page);
  const all = v.files[0]!;
  const of = (side: Side) => all.filter((l) => page.sides[l.from[0]!] === side);
  v.files = [of('en'), of('zh')];
  v.x = [];
  return v;
}

/** The transformations, in the order of the table. `oneBlockPerLine` is given by the caller (it splits the page). */
export function transformations(oneBlockPerLine: OneBlockPerLine): Transformation[] {
  return [
    { name: 'identity', about: 'the page as written', apply: (p) => identity(p) },
    { name: 'chrome-top', about: 'two chrome lines above', apply: chromeTop },
    { name: 'chrome-bottom', about: 'two chrome lines below', apply: chromeBottom },
    { name: 'chrome-between', about: 'a chrome line between two links', apply: chromeBetween },
    { name: 'title-en-top', about: 'an English title without partner above', apply: titleEnTop },
    { name: 'title-zh-top', about: 'a Chinese title without partner above', apply: titleZhTop },
    { name: 'title-pair-top', about: 'a title and its translation above', apply: titlePairTop },
    { name: 'no-blank-lines', about: 'blank lines removed (one-line blocks)', apply: (p) => noBlankLines(p, oneBlockPerLine) },
    { name: 'blank-between', about: 'a blank line after each line (one-line blocks, no blanks)', apply: (p) => blankBetween(p, oneBlockPerLine) },
    { name: 'double-blanks', about: 'blank lines doubled', apply: doubleBlankLines },
    { name: 'crlf', about: 'CRLF line ends', apply: crlf },
    { name: 'trailing-space', about: 'spaces and tabs after each line', apply: trailingSpaces },
    { name: 'fw-indent', about: '　　 opening each Chinese line', apply: fullWidthIndent },
    { name: 'traditional', about: 'traditional characters', apply: traditional },
    { name: 'trad-fullwidth', about: 'traditional, 「」 and full-width punctuation and digits', apply: traditionalFullWidth },
    { name: 'drop-mid-zh', about: 'the Chinese of the middle link dropped', apply: dropMiddleZh },
    { name: 'drop-last-zh', about: 'the last Chinese block dropped', apply: dropLastZh },
    { name: 'swap-pairs', about: 'each pair in the other order (interleaved)', apply: swapPairs },
    { name: 'join-pairs', about: 'each pair on one line (interleaved, one-line blocks)', apply: (p) => joinPairs(p, oneBlockPerLine) },
    { name: 'two-files', about: 'English and Chinese in two files, a paragraph a line', apply: twoFiles },
  ];
}
