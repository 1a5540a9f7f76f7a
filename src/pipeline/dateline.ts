import type { Block, ExtractContext } from '../types.js';

/**
 * The one reader of month names and date lines: the article's dateline (which dates without a
 * year and relative dates are read against), a line that holds only a date (pairing's
 * boilerplate signal) and a partnerless block that looks like a dateline (the partnerless
 * rules). Month names and abbreviations are those of English (ISO 8601 months 1–12).
 */

/** English month names, full or abbreviated (`Jan`, `Sept.`, `September`), as a regex source. */
export const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The month (1–12) an English month word names: a full name, or an abbreviation of three or
 * more letters that begins it (`Sept.`, `Sep`, `Aug`). Undefined for anything else.
 */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTH_PREFIXES.indexOf(w.slice(0, 3));
  if (i < 0) return undefined;
  return MONTH_FULL[i]!.startsWith(w) ? i + 1 : undefined;
}

/**
 * A full date with its year: `2024年1月11日`, `2024-01-11`, `11/01/2024`, `11 January 2024`,
 * `January 11, 2024`, `Jan. 2024`, a run of days (`Sept 14-18, 2026`, `14-18 September 2026`).
 * Groups: per alternative, year (and month, day where written).
 */
const DATE = new RegExp([
  '((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号號])?',
  '\\b((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})\\b',
  '\\b(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d\\d)\\b',
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+((?:19|20)\\d\\d)\\b`,
  `\\b(${MONTH_NAME})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)\\b`,
  `\\b(${MONTH_NAME})\\s+\\d{1,2}\\s*[-\\u2013]\\s*(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`,
  `\\b\\d{1,2}\\s*[-\\u2013]\\s*(\\d{1,2})\\s+(${MONTH_NAME}),?\\s+((?:19|20)\\d\\d)\\b`,
].join('|'), 'i');

/** The last day of a run of days after a Chinese date, in its month (`至18日`, `-18日`). */
const DAYS_THROUGH = /^\s*(?:至|到|[-\u2013~～])\s*(\d{1,2})\s*[日号號]/;

/** A date read from a dateline: year, and month and day when written. */
export interface DatelineDate {
  year: number;
  month?: number;
  day?: number;
}

/** Reads the first full date (with its year) in a text, or undefined. */
export function readFullDate(text: string): DatelineDate | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const g = (i: number): string | undefined => m[i];
  let year: string | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (g(1)) [year, month, day] = [g(1), Number(g(2)), g(3) ? Number(g(3)) : undefined];
  else if (g(4)) [year, month, day] = [g(4), Number(g(5)), Number(g(6))];
  else if (g(9)) {
    // `11/01/2024`: day first unless the first number cannot be a month's day… or the second a month.
    const a = Number(g(7));
    const b = Number(g(8));
    year = g(9);
    [month, day] = b > 12 && a <= 12 ? [a, b] : [b, a];
  } else if (g(12)) [year, month, day] = [g(12), monthNumber(g(11)!), Number(g(10))];
  else if (g(15)) [year, month, day] = [g(15), monthNumber(g(13)!), g(14) ? Number(g(14)) : undefined];
  // A week or a run of days (`Week of Sept 14-18, 2026`, `14-18 September 2026`, `2026年9月14日至18日`):
  // its last day, on or after which the days it reports fall (`said on Monday`: the 14th, not the 7th).
  else if (g(18)) [year, month, day] = [g(18), monthNumber(g(16)!), Number(g(17))];
  else if (g(21)) [year, month, day] = [g(21), monthNumber(g(20)!), Number(g(19))];
  if (!year) return undefined;
  const through = day === undefined ? null : DAYS_THROUGH.exec(text.slice(m.index + m[0].length));
  if (through && Number(through[1]) > day! && Number(through[1]) <= 31) day = Number(through[1]);
  const valid = month !== undefined && month >= 1 && month <= 12;
  return {
    year: Number(year),
    ...(valid ? { month } : {}),
    ...(valid && day !== undefined && day >= 1 && day <= 31 ? { day } : {}),
  };
}

/** How many leading blocks may hold the dateline. */
const HEAD = 6;
/** Blocks past `HEAD` a labelled date line may stand after (a bilingual head: titles, a byline, its labels). */
const HEAD_FURNITURE = 4;
/** A label of the page's date (`Date:`, `Published`, `發布日期`, `发布时间`, `更新时间`), opening its line. */
const PUBLISHED_LABEL = /^(?:(?:date|published|posted|updated|issued|release date|發布日期|发布日期|發布時間|发布时间|更新時間|更新时间|日期|發稿時間|发稿时间)(?:\s+on)?\s*){1,3}(?:[:：]|(?=\d))/i;
/** A dateline is short: a date, perhaps a place, a time or a source. */
const MAX_LENGTH = 80;

/**
 * The article's dateline (`11 January 2024`, `2024年1月11日 来源：新华社`, `Chengdu, Jan 11, 2024`):
 * the first full date in a short block near the top. A year alone (`2023年经济数据` in a title)
 * is not a dateline. Returns undefined when no dateline is found.
 */
export function datelineDate(blocks: readonly Block[]): DatelineDate | undefined {
  // A line that says it gives the page's date (`發布日期 Date：2025-09-08`, `Published: …`) wins
  // over a date in a title before it (`… from January 1, 2026`, the day a rule takes effect).
  for (const block of blocks.slice(0, HEAD + HEAD_FURNITURE)) {
    const text = block.text.trim();
    if (text.length > MAX_LENGTH || !PUBLISHED_LABEL.test(text)) continue;
    const date = readFullDate(text);
    if (date) return monthFirstIfNamed(text, date, blocks);
  }
  // A month without its day (`Trade statistics for December 2024`, the title's subject) gives way to
  // a day in a later block of the head (`Press Release | Tuesday, January 28, 2025`).
  let monthOnly: DatelineDate | undefined;
  for (const block of blocks.slice(0, HEAD)) {
    const text = block.text.trim();
    if (text.length > MAX_LENGTH || proseAround(text)) continue;
    const read = readFullDate(text);
    if (!read) continue;
    const date = monthFirstIfNamed(text, read, blocks);
    if (date.day !== undefined) return date;
    monthOnly ??= date;
  }
  return monthOnly;
}

/**
 * A dateline in numbers either way round (`01/08/2026`, read day first: 1 August) read month
 * first (8 January) when the page's head names that day and not the other: a wire lead (`Taipei,
 * Jan. 8 (CNA)`, `台北8日電`) or a date in its text (`1月8日`), as American and Taiwanese sites
 * write the dateline month first.
 */
function monthFirstIfNamed(text: string, date: DatelineDate, blocks: readonly Block[]): DatelineDate {
  const m = DATE.exec(text);
  if (!m?.[9] || date.month === undefined || date.day === undefined || date.month === date.day || date.day > 12) return date;
  const other: DatelineDate = { year: date.year, month: date.day, day: date.month };
  const named = (d: DatelineDate): boolean => blocks.slice(0, HEAD + HEAD_FURNITURE).some((block) => namesDay(block.text, d));
  return named(other) && !named(date) ? other : date;
}

/** An English month and day (`Jan. 8`, `8 January`), a Chinese one (`1月8日`), or a Chinese wire lead's day (`8日電`). */
const DAY_NAMED = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})\\b|(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]|(?<![月\\d])(\\d{1,2})\\s*日[电電]|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?![a-z])`, 'gi');

/** Whether a text names a date's month and day, or the day of a wire lead (see `DAY_NAMED`). */
function namesDay(text: string, date: DatelineDate): boolean {
  for (const m of text.matchAll(DAY_NAMED)) {
    if (m[1] && monthNumber(m[1]) === date.month && Number(m[2]) === date.day) return true;
    if (m[3] && Number(m[3]) === date.month && Number(m[4]) === date.day) return true;
    if (m[5] && Number(m[5]) === date.day) return true;
    if (m[6] && monthNumber(m[7]!) === date.month && Number(m[6]) === date.day) return true;
  }
  return false;
}

/** Most Han characters, or Latin words, a dateline holds besides its date: a place, a source, a weekday. */
const DATELINE_WORDS_MOST = 16;

/**
 * Whether a short block is prose with a date in it rather than a dateline: more than
 * `DATELINE_WORDS_MOST` Han characters or Latin words besides the date (a Chinese sentence of 60
 * characters is short by length: `劳动部周四宣布，自2025年1月1日起…` names the day a rule takes
 * effect, not the day of the page).
 */
function proseAround(text: string): boolean {
  const rest = text.replace(DATE, ' ');
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = rest.match(/[A-Za-z]+/g)?.length ?? 0;
  return (han > DATELINE_WORDS_MOST || words > DATELINE_WORDS_MOST) && !LEAD_DATE.test(text);
}

/**
 * A lead that opens with the day it reports, as wire stories and Chinese news do (`新华社北京2024年
 * 1月11日电`, `2024年1月11日，国家统计局发布…`): its date is the page's. A day after `自` or before
 * `起` (from that day on) is when something takes effect.
 */
const LEAD_DATE = /^[^\s，。,]{0,10}?(?<![自从從于於到至])(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號](?:电|電|讯|訊|[，,\s])/;

/** The year of the article's dateline (see `datelineDate`); dates written without a year take it. */
export function datelineYear(blocks: readonly Block[]): number | undefined {
  return datelineDate(blocks)?.year;
}

/**
 * The dateline as the ISO 8601 reference day relative dates are read against: `2024-01-11`,
 * or `2024-01` / `2024` when the dateline names no day (relative days are then not resolved).
 */
export function datelineReference(blocks: readonly Block[]): string | undefined {
  const d = datelineDate(blocks);
  if (!d) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (d.month === undefined) return String(d.year);
  return d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Words of a date line besides the date: months, weekdays, `updated`, `am`, zones. */
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^(?:updated|published|posted|am|pm|gmt|utc|bst|cst|est|edt|pst|at|on)$/;

/** A line that holds only a date, perhaps with a time and a weekday: `11 January 2024`, `2024年1月11日 10:26`. */
export function isDateLine(line: string): boolean {
  if (line.length > 48 || !/\d/.test(line)) return false;
  if (/^[\d\s年月日号號时時分秒点點:：\-/.,，()（）星期周一二三四五六七天日上下午]+$/.test(line)) {
    return /\d{4}|年|月/.test(line);
  }
  const words = line.toLowerCase().match(/[a-z]+\.?/g) ?? [];
  return words.length > 0 && words.every((w) => DATE_WORD.test(w));
}

const MONTH_WORD = new RegExp(`\\b${MONTH_NAME}(?=\\s|\\d|,|$)`, 'i');
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|[一二][〇○零九][一二三四五六七八九〇○零]{2}年/;

/**
 * A short block that looks like a dateline: a year with a month name, 月 or 日, or a numeric
 * date (`Jan 5, 2024 10:00`, `2024年1月5日`, `2024-01-05 | Xinhua`). A year alone names an
 * edition or an event, as a title does (`2025年全国两会 | Two Sessions 2025`).
 */
export function looksLikeDateline(text: string): boolean {
  return text.length <= 60 && YEAR.test(text) && (MONTH_WORD.test(text) || /[月日]/.test(text) || /\d[-/.]\d/.test(text));
}

/**
 * A page's information line of short items apart by bars, one of them a date: the outlet, the
 * section, the date and the author, often each in both languages (`Harbour Daily 港灣日報 | Opinion
 * 評論 | 3 May 2024 2024年5月3日`, `City News / 城市新闻 | 2024-05-03 | By Staff Reporter`). No item
 * is a sentence.
 */
export function isPipedPageInfo(line: string): boolean {
  if (!YEAR.test(line)) return false;
  const items = pipedItems(line);
  return items !== undefined && items.every((item) => !closesSentence(item) && !/[。！？]/.test(item)) && items.some(looksLikeDateline);
}

/**
 * Whether an item of a page's information line closes as a sentence does: on a stop, not on the
 * dot of a company's abbreviation (`Example Motor Co., Ltd.`, `Acme Inc.`), which names the outlet.
 */
function closesSentence(item: string): boolean {
  return /[.!?]["”’]?$/.test(item) && !COMPANY_ABBREVIATION_END.test(item);
}

/** The abbreviations a company's name closes on, with their dot. */
const COMPANY_ABBREVIATION_END = /\b(?:Co|Ltd|Inc|Corp|Plc|PLC|LLC|Pte|Bhd|Pty|Bros|S\.A|N\.V|A\.G|GmbH)\.$/;

/** The items of a line of two short items or more apart by bars, trimmed, or undefined. */
function pipedItems(line: string): string[] | undefined {
  if (line.length > PIPED_MOST || !/[|｜]/.test(line)) return undefined;
  const items = line.split(/[|｜]/).map((item) => item.trim()).filter(Boolean);
  return items.length >= 2 && items.every((item) => item.length <= PIPED_ITEM_MOST) ? items : undefined;
}

/**
 * A line of labels apart by bars, each in both languages and with no figure (`Press Releases
 * 新聞公報 | Labour and Welfare Bureau 勞工及福利局`, `双语新闻 Bilingual News | 来源 Source: China
 * Daily 中国日报`): a page's section and source, or its menu, standing alone between a title and
 * the text. No item is a sentence.
 */
export function isPipedLabels(line: string): boolean {
  if (/\d/.test(line)) return false;
  const items = pipedItems(line);
  return items?.every((item) => PAIRED_LABEL_ITEM.test(item) && !/[.!?。！？]["”’]?$/.test(item)) === true;
}

/** An item of a page's information line in both languages: Latin letters and Han both. */
const PAIRED_LABEL_ITEM = /^(?=.*[A-Za-z]{2})(?=.*[\u3400-\u9fff]).*$/;

/** Most characters of a page's information line and of one of its items. */
const PIPED_MOST = 200;
const PIPED_ITEM_MOST = 60;

/**
 * A wire story's dateline standing alone on its line, before the lead it belongs to: a place in
 * capitals, a date or a closing dash (or both), and the agency in brackets (`SHENZHEN, Dec. 28 (Xinhua) --`,
 * `HONG KONG, March 5 (Reuters) -`, `TAIPEI (Taipei Times) —`).
 */
/** The same with the place in title case, where a month and a day stand before the agency (`Taipei, Aug. 19 (CNA)`). */
const WIRE_DATELINE_TITLED = /^[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*\([A-Z][A-Za-z .&'-]{1,30}\)\s*(?:--|-|—|–)?$/;
const WIRE_DATELINE_EN = /^[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3}(?:,\s*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2})?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*\([A-Z][A-Za-z .&'-]{1,30}\)\s*(?:--|-|—|–)?|\s*\([A-Z][A-Za-z .&'-]{1,30}\)\s*(?:--|-|—|–))$/;
/**
 * A Chinese wire dateline standing alone: a source (agency, paper or site), perhaps a place, the
 * day and `电`/`讯` (`新华网深圳12月28日电`, `人民网北京3月5日电（记者 王晨）`), or a site's
 * `…消息` (`央视网消息`).
 */
const WIRE_DATELINE_ZH = /^[^\s，。！？,.()（）]{2,16}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|讯|訊|消息)\s*(?:[(（][^()（）。]{1,20}[)）])?$|^[^\s，。！？,.()（）]{1,8}(?:网|網|社|台|报|報)(?:消息|讯|訊)$/;

/** Whether a line is a wire dateline standing alone, in English or Chinese (see WIRE_DATELINE_EN, WIRE_DATELINE_ZH). */
export function isWireDateline(line: string): boolean {
  const t = line.trim();
  if (t.length > 60) return false;
  return /[()]/.test(t) ? WIRE_DATELINE_EN.test(t) || WIRE_DATELINE_TITLED.test(t) || WIRE_DATELINE_ZH.test(t) : WIRE_DATELINE_ZH.test(t);
}

/**
 * Normalizes a reference date given as a Date or an ISO 8601 string (`2021-01-26`,
 * `2021-01-26T10:00:00Z`, `2021-01`, `2021`) to the ISO day (or month, or year) it names,
 * or undefined when it is not one. A Date gives its UTC day.
 */
export function normalizeReferenceDate(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const m = /^\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\s*$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d !== undefined && (Number(d) < 1 || Number(d) > 31)) return undefined;
  const day = d !== undefined ? `${y}-${mo}-${d}` : mo !== undefined ? `${y}-${mo}` : y!;
  return h !== undefined && d !== undefined ? `${day}T${h}:${mi}` : day;
}

/**
 * What the extractors of a document know beyond its text: the reference day (the given one, else
 * the dateline's) and the year for dates without one (the given year, else the reference day's).
 * Throws a TypeError when `referenceDate` is given but is no ISO 8601 date.
 */
export function readingContext(blocks: readonly Block[], referenceYear?: number, referenceDate?: Date | string): ExtractContext {
  const given = normalizeReferenceDate(referenceDate);
  if (referenceDate !== undefined && given === undefined) {
    throw new TypeError(`referenceDate must be a Date or an ISO 8601 date such as 2021-01-26, not ${JSON.stringify(String(referenceDate))}`);
  }
  const reference = given ?? datelineReference(blocks);
  const year = referenceYear ?? (reference ? Number(reference.slice(0, 4)) : undefined);
  const local = localCurrency(blocks);
  return {
    ...(year !== undefined ? { referenceYear: year } : {}),
    ...(reference ? { referenceDate: reference } : {}),
    ...(local ? { localCurrency: local } : {}),
    ...(local && DOLLARS.has(local) && !blocks.some((b) => US_DOLLAR_MARKS.test(b.text)) ? { localDollar: local } : {}),
    ...(local === 'TWD' || countsRepublicYears(blocks) ? { rocYears: true } : {}),
  };
}

/**
 * Marks of a text that counts years from the Republic of China (Taiwan's calendar, year 1 = 1912):
 * the era's name as Taiwan writes it (民國: a history in simplified characters names 民国 as a past era), a year in brackets after 去/今/明 (`去（112）年`), three digits from 100 before a
 * month or 年度 (`112年3月`, `114年度`).
 */
const REPUBLIC_YEARS = /民國|[去今明][(（]1\d\d[)）]年|(?<![\d.])1\d\d年(?:\d{1,2}月|度)/;

/** Whether a block of the text shows it counts years from the Republic of China (`REPUBLIC_YEARS`). */
export function countsRepublicYears(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.lang !== 'en' && REPUBLIC_YEARS.test(block.text));
}

/** Names of the currencies a bare 元 may stand for, as either side of a text writes them. */
const LOCAL_MARKS: readonly [string, RegExp][] = [
  ['TWD', /\bNT\$|\bTWD\b|New Taiwan dollars?|新台币|新台幣|新臺幣|台币|台幣/g],
  ['HKD', /\bHK\$|\bHKD\b|Hong Kong dollars?|港元|港币|港幣/g],
  ['MOP', /\bMOP\$?|\bpatacas?\b|澳门元|澳門元|澳门币|澳門幣/g],
  ['SGD', /\bS\$|\bSGD\b|Singapore dollars?|新加坡元|新元|新币|新幣/g],
];
/** The local currencies that are dollars, written `$` at home (Hong Kong, Taiwan, Singapore). */
const DOLLARS: ReadonlySet<string> = new Set(['HKD', 'TWD', 'SGD']);
/** Names of the American dollar: a text that names it leaves a bare `$` American. */
const US_DOLLAR_MARKS = /\bUS\$|\bUSD\b|\bU\.S\.\s?dollars?|\bUS dollars?|美元|美金/;
/**
 * Names of the renminbi, the codes glued to their amount too (`RMB38.5 billion`). `Yuan` after Executive, Legislative, Judicial, Control or Examination is
 * one of the five branches of Taiwan's government (行政院, 立法院…), no currency.
 */
const YUAN_MARKS = /\bRMB(?![A-Za-z])|\bCNY(?![A-Za-z])|(?<!\b(?:executive|legislative|judicial|control|examination)\s)\byuan\b|renminbi|人民币|人民幣/gi;

/**
 * The currency a bare 元 / 块 stands for in a text: the New Taiwan dollar, the Hong Kong dollar, the
 * pataca or the Singapore dollar when the text names that currency and never the renminbi; else
 * undefined (the yuan).
 */
export function localCurrency(blocks: readonly Block[]): string | undefined {
  let found: string | undefined;
  for (const block of blocks) {
    YUAN_MARKS.lastIndex = 0;
    if (YUAN_MARKS.test(block.text)) return undefined;
    for (const [code, marks] of LOCAL_MARKS) {
      marks.lastIndex = 0;
      if (!marks.test(block.text)) continue;
      if (found !== undefined && found !== code) return undefined;
      found = code;
    }
  }
  return found;
}
