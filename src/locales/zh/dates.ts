/**
 * Dates and times in Chinese text, resolved to ISO 8601:
 * `2003年` → `2003`, `2024年1月` → `2024-01`, `1月11日` → `--01-11` (or `2024-01-11` with
 * `referenceYear` 2024), `11日` → `---11` (a day of an unknown month), `二〇二四年三月三日`,
 * `2024-01-11`, ranges `2024年1月10日至11日` / `1月10日-11日` / `10至11日` /
 * `2021-2025年` → `a/b`, times `上午10点26分` → `T10:26` (下午, 晚上 add 12), `10:26`, decades
 * `90年代` → `1990/1999`. Relative dates (今年, 去年, 昨天, 周日) are read in `relative-dates.ts`,
 * against the reference day, as the English side reads `this year`, `last year`.
 */
import type { FactCandidate } from '../../types.js';
import { readNumeral, type Numeral } from './numerals.js';
import { daysCounted, firstOfWord, isHan, lastOfWord, numeralAt, numeralEndingAt, rangeConnector, yearsOfHistory, type ZhExtractor, type ZhText } from './shared.js';
import { groupBy } from '../../group-by.js';
import { FROM_NOW, smallCount } from './relative-dates.js';
import { normalize } from './normalize.js';
import { eraCentury, eraYear, pad2, spanning, splitYear } from '../calendar.js';

/** Parts of a date read so far. */
interface DateParts {
  y?: number;
  m?: number;
  d?: number;
  h?: number;
  min?: number;
  s?: number;
  /** The period of the day the time was written with (下午 → pm). */
  period?: Period;
}

interface Read extends DateParts {
  start: number;
  end: number;
  /** Written as approximate (10时许). */
  approx?: boolean;
  /** Index of the last numeral used. */
  last: number;
  /** A day of the lunar calendar (初一…初十). */
  lunar?: boolean;
}

/**
 * Where a period of the day puts its hours: before noon, after it, around noon, or in the night
 * (`night`: 12 is midnight, six to eleven the evening's, one to five the small hours'; 午夜12时,
 * 深夜11点, 半夜2点). `small` is the small hours (凌晨: 12 is midnight, the rest as written).
 */
type Period = 'am' | 'pm' | 'noon' | 'night' | 'small';

/** Periods of the day before a time, and whether they move the hour past noon. */
const PERIODS: [string, Period][] = [
  ['上午', 'am'], ['下午', 'pm'], ['晚上', 'pm'], ['晚间', 'pm'], ['傍晚', 'pm'], ['夜间', 'pm'], ['夜里', 'pm'],
  ['早上', 'am'], ['早晨', 'am'], ['清晨', 'am'], ['凌晨', 'small'], ['中午', 'noon'], ['午后', 'pm'],
  ['午夜', 'night'], ['子夜', 'night'], ['半夜', 'night'], ['深夜', 'night'],
  // A day and its part in one word (今晨9点, 昨晚8点): the day comes from the reference day.
  ['今晚', 'pm'], ['今夜', 'pm'], ['昨晚', 'pm'], ['昨夜', 'pm'], ['明晚', 'pm'], ['今晨', 'am'], ['今早', 'am'],
  ['明早', 'am'], ['明晨', 'am'], ['昨晨', 'am'], ['昨早', 'am'],
  ['晚', 'pm'], ['早', 'am'],
];

/** `PERIODS` by the first and by the last character of their words, in their order. */
const PERIODS_BY_FIRST = groupBy(PERIODS, firstOfWord);
const PERIODS_BY_LAST = groupBy(PERIODS, lastOfWord);
const NO_PERIODS: readonly [string, Period][] = [];

/** The period of the day written just before `pos` (`下午`5点), the first of `PERIODS` that ends there. */
function periodBefore(norm: string, pos: number): [string, Period] | undefined {
  // 晚约11时30分, 下午大约三点: `about` between the part of the day and its hour
  const about = ABOUT_AFTER_PERIOD.find((w) => norm.startsWith(w, pos - w.length)) ?? '';
  const at = pos - about.length;
  const periods = PERIODS_BY_LAST.get(norm[at - 1] ?? '');
  if (periods) for (const entry of periods) if (norm.startsWith(entry[0], at - entry[0].length)) return about ? [entry[0] + about, entry[1]] : entry;
  return undefined;
}

/** Words of `about` that may stand between a part of the day and its hour, longest first. */
const ABOUT_AFTER_PERIOD = ['大约', '大約', '约', '約'];

function isInt(n: Numeral | undefined, lo: number, hi: number): n is Numeral {
  return n !== undefined && Number.isInteger(n.value) && n.value >= lo && n.value <= hi && !n.over && !n.fractional;
}

/** A year: four Arabic digits, or four Chinese digits read one by one (二〇二四). */
function isYear(norm: string, n: Numeral): boolean {
  if (n.sequence) return n.sequence.length === 4;
  return n.arabic && !n.chinese && n.end - n.start === 4 && n.value >= 1000 && n.value <= 2999;
}

/**
 * The year a numeral before 年 names, or undefined: 2003, 二〇〇三, `07` (2007); with a month
 * after it also 两千零四 (2004), 三六七 (367) and two digits (`15年3月` 2015-03, `99年` 1999).
 */
function yearOf(norm: string, n: Numeral, monthFollows: boolean, republic = false): number | undefined {
  // 民國112年 (中華民國, 民国): a year of the Republic of China calendar, used in Taiwan (year 1 = 1912)
  if (MINGUO.test(norm.slice(Math.max(0, n.start - 3), n.start)) && Number.isInteger(n.value) && n.value >= 1 && n.value <= 199) return n.value + 1911;
  // 距今约2300年: years counted back from now, no year of the calendar (the relative dates read them)
  if (FROM_NOW.test(norm.slice(Math.max(0, n.start - 6), n.start))) return undefined;
  if (isYear(norm, n)) return n.value;
  if (n.arabic && !n.chinese && n.end - n.start === 2 && norm[n.start] === '0') return 2000 + n.value; // 07年
  // 114年度: three digits from 100 before 年度 are a Republic of China year, as Taiwan's budgets write it
  if (n.arabic && !n.chinese && n.end - n.start === 3 && n.value >= 100 && n.value <= 199 && norm.startsWith('年度', n.end)) return n.value + 1911;
  // 115年前, 至119年: in a text that counts years so (`rocYears`), any three digits from 100 before 年,
  // unless a word of length stands before or after them (长达150年, 已有120年, 120年来)
  if (republic && n.arabic && !n.chinese && n.end - n.start === 3 && n.value >= 100 && n.value <= 199
    && !LENGTH_BEFORE.test(norm.slice(Math.max(0, n.start - 2), n.start))
    && !LENGTH_AFTER.test(norm.slice(n.end, n.end + 4))) return n.value + 1911;
  // 唐朝亡于907年, 从220年到589年, 初唐642年: three digits after a word of a point in time or a dynasty's name are a year of the era, not a length
  if (!republic && n.arabic && !n.chinese && n.end - n.start === 3 && n.value >= 100 && !n.fractional && !n.over
    && (YEAR_POINT_BEFORE.test(norm.slice(Math.max(0, n.start - 5), n.start)) || DYNASTY_BEFORE.test(norm.slice(Math.max(0, n.start - 3), n.start))
      || YEAR_RANGE_AFTER.test(norm.slice(n.end, n.end + 9)))
    && !YEAR_POINT_NOT_AFTER.test(norm.slice(n.end, n.end + 4))
    && !LENGTH_RANGE_BEFORE.test(norm.slice(Math.max(0, n.start - 12), n.start))) return n.value;
  if (!monthFollows || n.fractional || n.over) return undefined;
  // 15年3月, 99年12月: a year in two digits before its month, as it is said (15 → 2015, 99 → 1999)
  if (n.arabic && !n.chinese && n.end - n.start === 2) return n.value < 50 ? 2000 + n.value : 1900 + n.value;
  // 112年3月: three digits from 100 before a month are a Republic of China year as Taiwan writes dates (2011 on)
  if (n.arabic && !n.chinese && n.end - n.start === 3 && n.value >= 100 && n.value <= 199) return n.value + 1911;
  if (n.sequence?.length === 3) return n.value;
  if (n.chinese && !n.arabic && !n.sequence && n.value >= 1000 && n.value <= 2999) return n.value;
  return undefined;
}

/** A verb of lasting between the ends of a range of dates (`从2023年10月持续至2025年5月`). */
const LASTING = /^(?:持续|持續|延续|延續|一直)(?=[至到])/;

/**
 * A word of a point in time right before a year (`亡于`, `建於`, `从`, `到`, `至`, `自`, `在`; `公元` is
 * read elsewhere), or the first year of a range and its dash (`581年—`).
 */
const YEAR_POINT_BEFORE = /(?:于|於|从|從|自|到|至|在|\d年\s?[—–\-~〜]{1,2}\s?)$/;
/** A word of length before a number, or before the first of a range of them (`历时220`, `长达200年—`): lengths, not years. */
const LENGTH_RANGE_BEFORE = /(?:长达|長達|历时|歷時|已有|有|近|约|約|逾|超过|超過|达|達|为期|為期)(?:\d{1,4}年?\s?[—–\-~〜至到]{1,2}\s?)?$/;
/**
 * A dynasty's name, or its early or late part, right before a year (`初唐642年`, `北宋960年`, `唐朝618年`):
 * the names of the dynasties of Chinese history.
 */
const DYNASTY_BEFORE = /(?:[初盛中晚]唐|[东東西北南][汉漢晋晉宋周魏齐齊]|[秦汉漢隋唐宋元明清](?:朝|代)|五代)$/;
/** A range of years after the first (`581年—618年`, `618年至907年`). */
const YEAR_RANGE_AFTER = /^年\s?(?:[—–\-~〜]{1,2}|至|到)\s?\d{3,4}年/;
/** What after `N年` makes it a length even after such a word (`在100年里`, `到100年后`, `于3年内`). */
const YEAR_POINT_NOT_AFTER = /^年(?:里|裡|内|內|中|间|間|之内|之內|以内|以內|来|來|后|後|前|多|左右|之久|的时间|的時間)/;
/** Words before a count of years that make it a length: `长达150年`, `已有120年`, `近110年`, `超过100年`. */
const LENGTH_BEFORE = /(?:长达|長達|已有|有|近|约|約|逾|超过|超過|达|達|历时|歷時|经过|經過|距今|早在)$/;

/** Words after a count of years that make it a length: `120年来`, `115年的历史`, `100多年`, `110年间`. */
const LENGTH_AFTER = /^\s?年(?:来|來|以来|以來|之久|间|間|多|左右|的历史|的歷史|历史|歷史)/;

/** The era name of the Republic of China calendar right before a year. */
const MINGUO = /(?:民國|民国)\s?$/;

/** The numeral of two that counts things (两, 兩): before 月 a length of two months, not the second month. */
const TWO_OF_A_COUNT = '两兩';

/** True when a month (`N月`) starts at `i`, after at most one space. */
function monthAt(t: ZhText, from: number, i: number): boolean {
  const m = numeralAt(t.numerals, from, t.norm[i] === ' ' ? i + 1 : i);
  return isInt(m, 1, 12) && after(t.norm, m.end, '月') > 0;
}

/** Position after `word` at `i` allowing one space before it, or -1. */
function after(norm: string, i: number, word: string): number {
  const k = norm[i] === ' ' ? i + 1 : i;
  return norm.startsWith(word, k) ? k + word.length : -1;
}

/** Characters after 年 that make it not a calendar year (年代, 年级, 年龄, 年薪). */
const NOT_YEAR = '代级龄薪均限轻纪';

/**
 * Words after a bare `N点` that make it an hour (五点出发, 9点开会, 八点见), not points (五点建议,
 * 三点见解): verbs of what happens at a set time (meetings, departures, opening hours, broadcasts).
 */
const HOUR_AFTER = ['准时', '出发', '起床', '到达', '集合', '钟', '开会', '開會', '开始', '開始', '举行', '舉行', '召开', '召開', '见面', '見面',
  '起飞', '起飛', '降落', '抵达', '抵達', '上班', '下班', '开门', '開門', '关门', '關門', '营业', '營業', '开播', '開播', '播出', '发车', '發車',
  '登机', '登機', '截止', '结束', '結束', '举办', '舉辦', '开幕', '開幕', '闭幕', '閉幕', '见', '見'];
/** Words after `在N点` (在五点前, 于三点开始) that make it an hour. */
const HOUR_AFTER_AT = ['前', '后', '之前', '之后', '以前', '以后', '开始', '结束', '见'];

/** `N点` then a range word and another hour (八点到十点, 9点至11点): the start of a range of times. */
const HOUR_RANGE_AFTER = /^(?:到|至|-|~|～)[ ]?[\d〇零一二两兩三四五六七八九十]{1,3}[点點时時]/;

function hourWordAfter(norm: string, start: number, end: number): boolean {
  // 见解, 见地: a view, not `see you at`
  if (HOUR_AFTER.some((w) => norm.startsWith(w, end)) && !/^[见見][解地]/.test(norm.slice(end, end + 2))) return true;
  if (HOUR_RANGE_AFTER.test(norm.slice(end, end + 8)) && !'一几幾'.includes(norm.slice(start, end - 1))) return true;
  if (norm.startsWith('后果', end) || norm.startsWith('前提', end) || '者面方'.includes(norm[end + 1] ?? '\0')) return false;
  // 9点 written alone, as a clause of its own (a time asked or given: `9点`, `零点。`)
  if (/^[，。,.；;！!？?\n]?$/.test(norm.slice(Math.max(0, start - 1), start)) && /^(?:[。，,.；;！!？?]|$)/.test(norm.slice(end, end + 1))) return true;
  // 定在9点。: after 在/于 an hour may end its clause
  if ('在于於'.includes(norm[start - 1] ?? '\0') && /^(?:[。，,.；;！!？?、）)]|$)/.test(norm.slice(end, end + 1))) return true;
  return '在于从到至等约約概'.includes(norm[start - 1] ?? '\0') && HOUR_AFTER_AT.some((w) => norm.startsWith(w, end));
}

/**
 * Second characters of the common words 时 begins (时间, 时代, 时候, 时期, 时刻, 时段, 时速, 时长,
 * 时差, 时效, 时区, 时节, 时尚, 时装, 时事, 时政, 时局, 时光, 时机, 时空, 时针, 时态, 时令; CC-CEDICT's
 * entries), in both scripts: after them `N时` is no hour.
 */
const HOUR_WORDS_OF_SHI = '间間代候期刻段速长長差效区區节節尚装裝事政局光机機空针針态態令';

/** Characters before 一点 that make it a point or a bit (这一点, 那一点, 有一点, 差一点, 每一点, 早一点, 快一点), not one o'clock. */
const A_POINT_BEFORE = '这這那哪有差每早晚快慢多少好大小高低近远遠';

/** Reads a time of day at `pos` (after an optional period word). */
function readTime(t: ZhText, k: number, pos: number, needMark: boolean, rangeEnd = false): Read | undefined {
  const { norm, numerals } = t;
  let p = pos;
  let period: Period | undefined;
  const periods = PERIODS_BY_FIRST.get(norm[p] ?? '') ?? NO_PERIODS;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result nor destructuring per entry
  for (let e = 0; e < periods.length; e++) {
    const word = periods[e]![0];
    const kind = periods[e]![1];
    if (norm.startsWith(word, p)) {
      period = kind;
      p += word.length;
      break;
    }
  }
  const about = period ? ABOUT_AFTER_PERIOD.find((w) => norm.startsWith(w, p)) : undefined;
  if (about) p += about.length;
  const h = numeralAt(numerals, k, norm[p] === ' ' ? p + 1 : p);
  if (!isInt(h, 0, 24)) return undefined;
  let q = h.end;
  const mark = norm[q];
  let min: number | undefined;
  let seconds: number | undefined;
  let approx = about !== undefined;
  let clock = false; // 三点钟: o'clock
  let last = numerals.indexOf(h, k);
  if (mark === ':' && /[0-5]\d/.test(norm.slice(q + 1, q + 3)) && !/\d/.test(norm[q + 3] ?? '')) {
    min = Number(norm.slice(q + 1, q + 3));
    q += 3;
    const mm = numeralAt(numerals, last + 1, h.end + 1);
    if (mm) last = numerals.indexOf(mm, last);
    if (norm[q] === ':' && /[0-5]\d/.test(norm.slice(q + 1, q + 3))) {
      seconds = Number(norm.slice(q + 1, q + 3));
      q += 3;
      const ss = numeralAt(numerals, last + 1, q - 2);
      if (ss) last = numerals.indexOf(ss, last);
    }
    const ampm = /^ ?([ap])\.?m\b/i.exec(norm.slice(q, q + 5));
    if (ampm) {
      if (ampm[1]!.toLowerCase() === 'p') period = 'pm';
      q += ampm[0].length;
    }
  } else if (mark === '点' || mark === '时') {
    // 这一点, 有一点, 差一点: a point, a bit (这一点十分重要 tells no time)
    if (mark === '点' && !period && h.value === 1 && norm[h.start] === '一' && A_POINT_BEFORE.includes(norm[h.start - 1] ?? '\0')) return undefined;
    q++;
    const m = numeralAt(numerals, last + 1, q);
    if (norm[q] === '半') {
      min = 30;
      q++;
    } else if (norm.startsWith('一刻', q)) {
      min = 15;
      q += 2;
    } else if (isInt(m, 0, 59) && norm[m.end] === '分') {
      min = m.value;
      q = m.end + 1;
      last = numerals.indexOf(m, last);
      const sec = numeralAt(numerals, last + 1, q);
      if (isInt(sec, 0, 59) && norm[sec.end] === '秒') {
        seconds = sec.value;
        q = sec.end + 1;
        last = numerals.indexOf(sec, last);
      }
    } else if (norm[q] === '整') {
      min = 0;
      q++;
    } else if ((period || !needMark) && mark === '点' && isInt(m, 1, 59) && m.start === q && m.end - m.start >= 2
      && !/[\d.%个人多余万亿元块岁次年天]/.test(norm[m.end] ?? '')) {
      // 早上九点二十, 1月5日8点15: minutes without 分 after a part of the day or a day, at a pause
      min = m.value;
      q = m.end;
      last = numerals.indexOf(m, last);
    }
    if (norm[q] === '钟') {
      q++;
      clock = true;
    }
    // 10时许, 10点左右: about ten o'clock
    if (norm[q] === '许' || norm.startsWith('左右', q)) {
      approx = true;
      q += norm[q] === '许' ? 1 : 2;
    }
    if (min === undefined && mark === '点' && hourWordAfter(norm, h.start, q)) clock = true; // 五点出发, 在五点前
    // 18时, 8时发布: an hour in digits before 时 is a time of day, as a news report writes it, unless
    // 时 opens a word with the next character (`第3时段`).
    if (min === undefined && mark === '时' && h.arabic && !approx && !HOUR_WORDS_OF_SHI.includes(norm[q] ?? '\0')) clock = true;
    // After a day, an hour that a range or bounding word follows is an hour (3月8号6点和4月2号7点之间, 5日8点以前).
    if (min === undefined && mark === '点' && !needMark && /^(?:(?:和|与|與|到|至)[\d〇零一二两兩三四五六七八九十]|[之以][间間前后後])/.test(norm.slice(q, q + 2))) clock = true;
    if (min === undefined && !period && needMark && !approx && !clock) return undefined;
    // The end of a range of times is an hour whatever follows it (八点到十点停电).
    if (min === undefined && mark === '点' && !period && !approx && !clock && !rangeEnd && isHan(norm[q])) return undefined;
  } else {
    return undefined;
  }
  if (!period && min === undefined && needMark && !approx && !clock) return undefined;
  let hour = h.value;
  if ((period === 'pm' && hour < 12) || (period === 'noon' && hour < 6) || (period === 'night' && hour >= 6 && hour < 12)) hour += 12;
  // 晚上12点, 午夜12时, 凌晨12点: midnight, the day's first hour.
  else if (hour === 12 && (period === 'pm' || period === 'night' || period === 'small')) hour = 0;
  // 24时, 晚上24点: midnight as the day's end, which English says `midnight` (00:00) as well; a
  // range keeps its end (10时至24时).
  else if (hour === 24 && (min ?? 0) === 0 && !rangeEnd) hour = 0;
  return {
    start: pos, end: q, h: hour, min: min ?? 0, ...(seconds !== undefined ? { s: seconds } : {}), last,
    ...(period ? { period } : {}), ...(approx ? { approx } : {}),
  };
}

/** A word opening a range of times before its start (`由上午9时`, `从8点`). */
const OPEN_RANGE_LEAD = /[由从從自]$/;
/** Verbs of opening hours between a range's start and its connector (`由上午9时开放至下午5时`). */
const OPEN_VERB = /^(?:开放|開放|营业|營業|开门|開門|运作|運作|办公|辦公|举行|舉行|进行|進行)/;

/** Second characters of words that begin with 一 (一直, 一些, 一起, 一样, 一定, 一切). */
const ONE_WORDS = '直些起样樣般定致切同共度向再旦边邊带帶律概味时時个個下点點阵陣';

/** Reads a calendar date (with an optional time, unless `timed` is false) starting at numeral `k`. */
function readDate(t: ZhText, k: number, timed = true): Read | undefined {
  const { norm, numerals } = t;
  const first = numerals[k]!;
  const r: Read = { start: first.start, end: first.start, last: k };
  let n: Numeral | undefined = first;
  let i = k;
  let p: number;
  let year: number | undefined;
  if ((p = after(norm, n.end, '年')) > 0 && !NOT_YEAR.includes(norm[p] ?? '\0') && !yearsOfHistory(norm, n.start, p, n.value)
    && (year = yearOf(norm, n, monthAt(t, i + 1, p), t.context.rocYears === true)) !== undefined) {
    r.y = year;
    r.end = p;
    r.last = i;
    n = numeralAt(numerals, i + 1, norm[p] === ' ' ? p + 1 : p);
    if (n) i = numerals.indexOf(n, i);
  }
  // 两月 is a length (two months), never February, which is 二月 or 2月.
  if (n && (r.y === undefined ? n === first : true) && isInt(n, 1, 12) && !n.sequence && !TWO_OF_A_COUNT.includes(norm[n.start] ?? '')
    && (p = after(norm, n.end, '月')) > 0 && norm[n.start - 1] !== '个') {
    r.m = n.value;
    r.end = norm[p] === '份' ? p + 1 : p;
    r.last = i;
    n = numeralAt(numerals, i + 1, norm[p] === ' ' ? p + 1 : p);
    if (n) i = numerals.indexOf(n, i);
  }
  if (r.m !== undefined && norm[r.end] === '初') {
    // 三月初一: the first days of a (lunar) month; a part of the day may follow (初一早上九点)
    const d = numeralAt(numerals, i, r.end + 1);
    // but not 初 + a word of 一 (三月初一直下雨: early March, it kept raining)
    if (isInt(d, 1, 10) && !(d.value === 1 && ONE_WORDS.includes(norm[d.end] ?? '\0'))) {
      r.d = d.value;
      r.end = norm[d.end] === '日' ? d.end + 1 : d.end;
      r.last = numerals.indexOf(d, i);
      r.lunar = true;
    }
  }
  if (r.d === undefined && n && (r.m !== undefined || n === first) && isInt(n, 1, 31) && !n.sequence) {
    const pd = after(norm, n.end, '日');
    // 号 names a day after its month (3月8号) or a month's word (下个月20号, 本月5号); alone it
    // numbers lines, buildings and players (3号线, 1号楼)
    const ph = r.m !== undefined || MONTH_WORD_BEFORE.test(norm.slice(Math.max(0, n.start - 3), n.start)) ? after(norm, n.end, '号') : -1;
    // 八月十五, 一月二十三: a Chinese day right after the month, at a pause
    const bare = r.m !== undefined && n.start === r.end && n.chinese && !n.arabic && !isHan(norm[n.end]) ? n.end : -1;
    const q = pd > 0 ? pd : ph > 0 ? ph : bare;
    // a day alone: 11日 and 十日， but not 第一日, 六日之内, 每日
    const alone = n === first && r.m === undefined;
    // 一日 alone is a day's length (每逾期一日, 一日3次) unless a date's word follows it (一日起, 一日上午).
    const dateWordAfter = q < norm.length && '起晚上下凌电讯至到'.includes(norm[q]!);
    const loneOk = !alone || (!'每个第这前后头'.includes(norm[n.start - 1] ?? '\0') && !(q === pd && daysCounted(norm, n.start, pd))
      && (n.arabic || (!isHan(norm[q]) && n.value !== 1) || dateWordAfter));
    // 12日元 is 12 yen, but not before the festival's 宵 or 旦 (`12日元宵节`, `1日元旦`).
    if (q > 0 && loneOk && (norm[q] !== '元' || norm[q + 1] === '宵' || norm[q + 1] === '旦')) {
      r.d = n.value;
      r.end = q;
      r.last = i;
    }
  }
  if (r.y === undefined && r.m === undefined && r.d === undefined) return undefined;
  // a time after a day: 1月11日上午10点26分
  if (r.d !== undefined && timed) {
    // 1月19日下午2点34分; after a comma only a time with its period or minutes (1月19日，下午2点34分)
    const comma = norm[r.end] === ',' || norm[r.end] === '，';
    const at = norm[r.end] === ' ' || comma ? r.end + 1 : r.end;
    const time = readTime(t, r.last + 1, at, comma);
    // 2月26日至3月3日，晚上6时至11时: after a comma, a time that opens a range of times is the days' hours, read whole on its own
    if (time && !(comma && /^[至到\-–~〜]/.test(norm.slice(time.end, time.end + 1)))) {
      r.h = time.h;
      r.min = time.min;
      if (time.s !== undefined) r.s = time.s;
      if (time.approx) r.approx = true;
      r.end = time.end;
      r.last = time.last;
    }
  }
  return r;
}

function iso(p: DateParts, referenceYear: number | undefined): string {
  const yy = p.y ?? (p.m !== undefined ? referenceYear : undefined);
  const y = yy === undefined ? undefined : String(yy).padStart(4, "0");
  let date: string;
  if (p.m === undefined) date = p.d !== undefined ? `---${pad2(p.d)}` : y ?? '';
  else if (y === undefined) date = p.d !== undefined ? `--${pad2(p.m)}-${pad2(p.d)}` : `--${pad2(p.m)}`;
  else date = p.d !== undefined ? `${y}-${pad2(p.m)}-${pad2(p.d)}` : `${y}-${pad2(p.m)}`;
  if (p.h === undefined) return date;
  return `${date}T${pad2(p.h)}:${pad2(p.min ?? 0)}${p.s !== undefined ? `:${pad2(p.s)}` : ''}`;
}

/** Fills the parts the end of a range leaves out from its start (1月10日至11日). */
/** The year after the one before, opening the end of a range (`11月至次年3月`, `翌年`, `隔年`, `第二年`). */
const NEXT_YEAR = /^(?:次年|翌年|隔年|第二年|转年|轉年)/;

function inherit(from: DateParts, to: DateParts): DateParts {
  if (to.y !== undefined) return to;
  if (to.m !== undefined) return { ...to, ...(from.y !== undefined ? { y: from.y } : {}) };
  if (to.d !== undefined) return { ...to, ...(from.y !== undefined ? { y: from.y } : {}), ...(from.m !== undefined ? { m: from.m } : {}) };
  return { ...from, ...to };
}

/** The marks of a range between two decades that share one 年代 (`1960至1970年代`, `60-80年代`). */
const DECADE_RANGE_MARKS = '至到-–—~～';

/** The first year of the decade written before 年代 at `i`, with where it starts. */
function decadeBefore(t: ZhText, i: number): { start: number; year: number } | undefined {
  const { norm, numerals } = t;
  const n = numeralEndingAt(numerals, i);
  if (!n || n.fractional || n.over || !Number.isInteger(n.value)) return undefined;
  // 2001年代 is no decade: read as written, so a slipped digit stays visible against the `2000s`
  if (n.arabic && n.end - n.start === 4 && n.value >= 1000) return { start: n.start, year: n.value };
  if (n.value % 10 !== 0 || n.value >= 100) return undefined;
  // the century before it: 20世纪, 二十世纪, 本世纪, 上世纪
  let start = n.start;
  let century: number | undefined;
  if (norm.startsWith('世纪', n.start - 2)) {
    const c = numeralEndingAt(numerals, n.start - 2);
    if (c && Number.isInteger(c.value) && c.value > 0 && c.value < 30) {
      century = c.value;
      start = c.start;
    } else if (norm[n.start - 3] === '本' || norm[n.start - 3] === '上') {
      century = norm[n.start - 3] === '本' ? 21 : 20;
      start = n.start - 3;
    }
    if (century === undefined) return undefined;
    return { start, year: (century - 1) * 100 + n.value };
  }
  return { start, year: (n.value >= 30 ? 1900 : 2000) + n.value };
}

/**
 * Era names (年号) and the Gregorian year of their first year, from the list of Chinese era names
 * (Wikipedia, 中国年号列表): the Republic (民国, still how Taiwan counts years), all Qing and Ming
 * eras, and the best-known Tang ones. `康熙20年` is 1662 + 19 = 1681; 元年 is the first year.
 * Written as found in text, traditional forms beside simplified ones (folded as the text is).
 */
const ERAS: readonly [string[], number][] = [
  [['民国', '民國'], 1912],
  [['顺治', '順治'], 1644], [['康熙'], 1662], [['雍正'], 1723], [['乾隆'], 1736], [['嘉庆', '嘉慶'], 1796], [['道光'], 1821],
  [['咸丰', '咸豐'], 1851], [['同治'], 1862], [['光绪', '光緒'], 1875], [['宣统', '宣統'], 1909],
  [['洪武'], 1368], [['建文'], 1399], [['永乐', '永樂'], 1403], [['洪熙'], 1425], [['宣德'], 1426], [['正统', '正統'], 1436],
  [['景泰'], 1450], [['天顺', '天順'], 1457], [['成化'], 1465], [['弘治'], 1488], [['正德'], 1506], [['嘉靖'], 1522],
  [['隆庆', '隆慶'], 1567], [['万历', '萬曆', '萬歷'], 1573], [['泰昌'], 1620], [['天启', '天啟'], 1621], [['崇祯', '崇禎'], 1628],
  [['武德'], 618], [['贞观', '貞觀'], 627], [['永徽'], 650], [['神龙', '神龍'], 705], [['开元', '開元'], 713], [['天宝', '天寶'], 742],
];
const ERA_START: ReadonlyMap<string, number> = new Map(ERAS.flatMap(([names, year]) => names.map((n) => [normalize(n), year] as const)));
/** Lunar months by name: 正月 (the first), 冬月 (the eleventh), 腊月 (the twelfth). */
const LUNAR_MONTH: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 };
const CN_MONTH = '(正|冬|腊|臘|十[一二]|[一二三四五六七八九十])月';
/** A lunar day: 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十. */
const CN_LUNAR_DAY = '(初[一二三四五六七八九十]|二十|三十|十[一二三四五六七八九]|廿[一二三四五六七八九]|[二三]十[一二三四五六七八九]?)';
/** `康熙二十年九月`, `民国三年`, `神龙二年正月初一`: a year of an era, with its month and day. */
const ERA_DATE = new RegExp(`(${[...ERA_START.keys()].join('|')})(元|\\d{1,2}|[一二三四五六七八九十]{1,3})年(?:(正|冬|腊|臘|\\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:${CN_LUNAR_DAY}日?)?)?`, 'g');
/** `农历十月初一`, `正月三十`, `腊月廿三`: a day of the lunar calendar written out. */
const LUNAR_DATE = new RegExp(`(农历|阴历|農曆|陰曆)?${CN_MONTH}${CN_LUNAR_DAY}(?![\\d〇零一二三四五六七八九十日号])`, 'g');

/** The number of a lunar day or month written out (初三 → 3, 廿一 → 21). */
function lunarNumber(text: string): number {
  if (text.startsWith('初')) return smallCount(text.slice(1));
  if (text.startsWith('廿')) return 20 + smallCount(text.slice(1));
  return LUNAR_MONTH[text] ?? smallCount(text);
}

/** Dates of the era years and of the lunar calendar written out. */
function eraAndLunarDates(norm: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  ERA_DATE.lastIndex = 0;
  // an era date needs its 年, a lunar one its 月
  if (norm.includes('年')) for (let m = ERA_DATE.exec(norm); m; m = ERA_DATE.exec(norm)) {
    const nth = m[2] === '元' ? 1 : smallCount(m[2]!);
    const first = ERA_START.get(m[1]!);
    if (first === undefined || !(nth >= 1)) continue;
    const parts: DateParts = { y: first + nth - 1 };
    const month = m[3] !== undefined ? lunarNumber(m[3]) : undefined;
    if (month !== undefined && month >= 1 && month <= 12) parts.m = month;
    const day = m[4] !== undefined ? lunarNumber(m[4]) : undefined;
    if (parts.m !== undefined && day !== undefined && day >= 1 && day <= 30) parts.d = day;
    const end = parts.m === undefined ? m.index + m[1]!.length + m[2]!.length + 1 : m.index + m[0].length;
    out.push({ kind: 'date', start: m.index, end, value: iso(parts, undefined), approx: false });
  }
  // 公元前221年, 公元79年, 公元前3世纪, 公元前221年至前206年, 公元前1046—前771年, 公元前13—前11世纪: years and
  // centuries of the common era and before it, and ranges of them
  CHRISTIAN_ERA.lastIndex = 0;
  if (norm.includes('公元')) for (let m = CHRISTIAN_ERA.exec(norm); m; m = CHRISTIAN_ERA.exec(norm)) {
    const bc = m[1] !== undefined;
    const n = readNumeral(norm, m.index + (bc ? 3 : 2));
    if (!n || !Number.isInteger(n.value) || n.value < 1) continue;
    const to = ERA_RANGE_TAIL.exec(norm.slice(m.index + m[0].length, m.index + m[0].length + 14));
    const endNumber = to ? readNumeral(norm, m.index + m[0].length + to[0].length - to[2]!.length - to[3]!.length) : undefined;
    // The unit the first end names, or the one the range closes on (`公元前13—前11世纪`).
    const unit = m[3] ?? (to && endNumber ? to[3] : undefined);
    if (!unit) continue;
    const century = unit.startsWith('世');
    if (century && n.value > 22) continue;
    const first = century ? eraCentury(n.value, bc) : eraYear(n.value, bc);
    if (to && endNumber && Number.isInteger(endNumber.value) && endNumber.value >= 1 && to[3]!.startsWith('世') === century) {
      // The second end before the era with its 前, or without it where it counts down as years before the era do.
      const endBc = to[1] !== undefined || (bc && !to[0].includes('公元') && endNumber.value < n.value);
      const value = spanning(first, century ? eraCentury(endNumber.value, endBc) : eraYear(endNumber.value, endBc));
      const [a, b] = value.split('/');
      if (Number(a) < Number(b)) {
        out.push({ kind: 'date', start: m.index, end: m.index + m[0].length + to[0].length, value, approx: false });
        continue;
      }
    }
    if (m[3]) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: first, approx: false });
  }
  // （618—907年）: the years of an age or a life in brackets after its name, not a length of time.
  BRACKETED_YEARS.lastIndex = 0;
  if (norm.includes('年)') || norm.includes('年）')) for (let m = BRACKETED_YEARS.exec(norm); m; m = BRACKETED_YEARS.exec(norm)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < b && a >= 100) out.push({ kind: 'date', start: m.index + 1, end: m.index + m[0].length - 1, value: `${eraYear(a, false)}/${eraYear(b, false)}`, approx: false });
  }
  LUNAR_DATE.lastIndex = 0;
  if (norm.includes('月')) for (let m = LUNAR_DATE.exec(norm); m; m = LUNAR_DATE.exec(norm)) {
    const month = lunarNumber(m[2]!);
    const day = lunarNumber(m[3]!);
    // without 农历, only a lunar name of the month or of the day says the calendar (正月三十, 十月初一)
    if (!m[1] && LUNAR_MONTH[m[2] ?? ''] === undefined && !/^[初廿]/.test(m[3]!)) continue;
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 30)) continue;
    if (m[3] === '初一' && ONE_WORDS.includes(norm[m.index + m[0].length] ?? '\0')) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `--${pad2(month)}-${pad2(day)}`, approx: false, unit: 'lunar' });
  }
  return out;
}

/** A year's number after 公元: digits, or numerals (`二〇二四`, `二百二十一`). */
const ERA_NUMBER = String.raw`\d{1,4}|[〇零一二三四五六七八九十百千]{1,8}`;
/**
 * `公元前221年`, `公元79年`, `公元前3世纪`: a year or a century of the common era (公元) or before it
 * (公元前); its unit may be left to the end of a range (`公元前1046—前771年`).
 */
const CHRISTIAN_ERA = new RegExp(`公元(前)?(${ERA_NUMBER})(世纪|世紀|年(?![代度]))?`, 'g');
/** `至前206年`, `—公元前206年`, `—前11世纪`, `至610年`: the second end of a range of the era's years or centuries. */
const ERA_RANGE_TAIL = new RegExp(`^(?:至|到|—|–|－|-|~|～)(?:公元)?(前)?(${ERA_NUMBER})(世纪|世紀|年(?![代度]))`);
/** `（618—907年）`: two years in brackets, a range of the era's years (a dynasty's, a life's). */
const BRACKETED_YEARS = /[(（](\d{3,4})[—–－\-~～至到](\d{3,4})年[)）]/g;

/** The next day, between the two times of a range that passes midnight (至次日凌晨5点). */
const NEXT_DAY = /^(?:次日|翌日|第二天|隔天|隔日)/;

/** Words for an hour that end a range of times: midnight, noon. */
const CLOCK_WORD = /^(?:午夜|子夜|中午|正午)(?![\d〇零一二两兩三四五六七八九十])/;

/** Words that join two days of one month (`1月10日和11日`, `5月3日、4日`). */
const DAY_JOIN = '和与及、';
/** `2024-01-11`, `2024/1/11`, `2024.1.11`: a year, month and day with one separator. */
const NUMERIC_DATE = /(?<![\d.\-/])([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g;
/** `15/3/2019`, `3/15/2019`: a day and a month (either order) before the year. */
const DAY_MONTH_YEAR = /(?<![\d.\-/])(\d{1,2})\/(\d{1,2})\/((?:1[5-9]|20)\d\d|\d\d)(?![\d.\-/%])/g;
/** `2013 09 04`: year, month and day with spaces, zero-padded. */
const SPACED_DATE = /(?<![\d.])((?:1[5-9]|20)\d\d) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?![\d.])/g;
/** `从2011到2014`, `从2011年至2014年`: two years joined by 从…到. */
const YEAR_SPAN = /(?:从|從)((?:1[5-9]|20)\d\d)年?(?:到|至|-|—|–)((?:1[5-9]|20)\d\d)年?(?![\d.%人个個名家元万亿件辆台])/g;
/**
 * A fiscal year, school year or season over two calendar years, the second in two digits
 * (`2024-25财政年度`, `2023/24学年`, `2024-25赛季`), as the English side writes it (`2024-25`):
 * read only where the two digits are the next year's (`splitYear`), and not before a count's word (`人`, `元`, `件`).
 */
const SPLIT_YEAR = /(?<![\d.\-/])((?:1[5-9]|20)\d\d)[-\u2013/](\d\d)(年度|年)?(?![\d.%\-/人个個名家元万亿件辆台])/g;
/** The same with the second year whole before the word of a season or school or fiscal year: `2023-2024赛季`, `2024/2025学年`. */
const WHOLE_SPLIT_YEAR = /(?<![\d.\-/])((?:1[5-9]|20)\d\d)[-\u2013/]((?:1[5-9]|20)\d\d)(?=赛季|賽季|学年|學年|年度|财年|財年|财政年度|財政年度|会计年度|會計年度)/g;
/**
 * The same with 至 or 到 between the years, before the word of a season or school or fiscal year
 * (`2026至27財政年度`, `2025至2026学年`), as Hong Kong's government writes it.
 */
const SPLIT_YEAR_TO = /(?<![\d.\-/])((?:1[5-9]|20)\d\d)(?:至|到)(\d\d|(?:1[5-9]|20)\d\d)(?=赛季|賽季|学年|學年|年度|财年|財年|财政年度|財政年度|会计年度|會計年度)/g;
/** A month named by its relation to the reference day's, right before a day: 本月, 下个月, 上月, 当月. */
const MONTH_WORD_BEFORE = /(?:本|这个|這個|下个|下個|下|上个|上個|上|当|當)月$/;
/**
 * A fiscal or school year by its number: `2023财年`, `2024财政年度`, `2023会计年度`, `2025学年度`,
 * `2025学年` (`2023年度` is read as any year); a school year of three digits from 100 is a Republic
 * of China year, as Taiwan's schools count them (`114學年度`: 2025/2026, from August to July).
 */
const FISCAL_YEAR = /(?<![\d.\-/])((?:1[5-9]|20)\d\d|1\d\d(?=學年|学年))(?:财年|財年|财政年度|財政年度|财政年|財政年|会计年度|會計年度|学年度|學年度|学年|學年)/g;
const FISCAL_YEAR_NEEDS = ['财', '財', '会计', '會計', '学年', '學年'];
/** `16世纪`, `二十一世纪`, not after 公元前: a century (its part after it, `18世纪初`, read as the English `the early 18th century`). */
const CENTURY = /(?<!公元前|前)(\d{1,2}|[一二三四五六七八九十]{1,3})世纪(?![\d〇零一二三四五六七八九十]+年代)/g;

/**
 * Finds dates, date ranges and times. Each pattern below runs only over a text that holds the
 * character it needs (a separator, 从, 世纪): most blocks hold none of them.
 */
export const dates: ZhExtractor = (t) => {
  const { norm, numerals, context } = t;
  const ref = context.referenceYear;
  const out: FactCandidate[] = [];
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (n.value < 0 || n.fractional) continue;
    const a = readDate(t, k);
    if (!a) {
      // 10至11日, 1-3月, 2021-2025年: a bare start taking its unit from the end
      const link = rangeConnector(norm, n.end);
      const m = link > 0 ? numeralAt(numerals, k + 1, link) : undefined;
      if (!m || !Number.isInteger(n.value)) {
        const period = periodBefore(norm, n.start);
        // 大约十点: `about` makes a bare hour a time, as 左右 after it does
        const about = !period && n.start >= 2 && (norm.startsWith('大约', n.start - 2) || norm.startsWith('大概', n.start - 2) || norm.startsWith('大約', n.start - 2));
        const time = readTime(t, k, period ? n.start - period[0].length : n.start, !about);
        if (time) {
          let end = time.end;
          let value = iso(time, undefined);
          k = time.last;
          // 下午五点到晚上七点半, 17点55分至18点33分: a range of times
          let to = rangeConnector(norm, time.end);
          // 由上午8時30分開放至晚上10時: after 由 or 从, a verb of opening hours may stand before the connector.
          if (to <= 0 && OPEN_RANGE_LEAD.test(norm.slice(Math.max(0, time.start - 1), time.start))) {
            const verb = OPEN_VERB.exec(norm.slice(time.end, time.end + 2));
            if (verb) to = rangeConnector(norm, time.end + verb[0].length);
          }
          // 晚上11点至次日凌晨5点: the end on the next day
          if (to > 0) to += NEXT_DAY.exec(norm.slice(to, to + 3))?.[0].length ?? 0;
          const second = to > 0 ? readTime(t, k + 1, to, false, true) : undefined;
          const word = to > 0 && second?.start !== to ? CLOCK_WORD.exec(norm.slice(to, to + 3)) : null;
          if (word) {
            // 下午5点至午夜, 上午9点到中午: an end named by a word
            value += `/T${word[0] === '中午' || word[0] === '正午' ? '12' : '00'}:00`;
            end = to + word[0].length;
          } else if (second?.start === to) {
            let h = second.h!;
            if (!second.period && time.period === 'pm' && h < 12) h += 12;
            // An end with its own part of the day may pass midnight (下午5:00到凌晨3:00).
            if (h * 60 + (second.min ?? 0) > time.h! * 60 + (time.min ?? 0) || (second.period && time.period)) {
              value += `/${iso({ ...second, h }, undefined)}`;
              end = second.end;
              k = second.last;
            }
          }
          out.push({ kind: 'date', start: time.start, end, value, approx: time.approx === true });
        }
        continue;
      }
      const b = readDate(t, numerals.indexOf(m, k));
      if (!b) continue;
      const bare: DateParts = b.y !== undefined && b.m === undefined && isYear(norm, n) ? { y: n.value }
        : b.m !== undefined && b.y === undefined && b.d === undefined && isInt(n, 1, 12) ? { m: n.value }
          : b.d !== undefined && b.m === undefined && b.y === undefined && isInt(n, 1, 31) ? { d: n.value } : {};
      if (bare.y === undefined && bare.m === undefined && bare.d === undefined) continue;
      const lo = iso(bare, ref);
      const hi = iso(b, ref);
      out.push({ kind: 'date', start: n.start, end: b.end, value: `${lo}/${hi}`, approx: false });
      k = b.last;
      continue;
    }
    // 从2023年10月持续至2025年5月: a verb of lasting before the connector
    const lasting = LASTING.exec(norm.slice(a.end, a.end + 3));
    const connector = rangeConnector(norm, a.end + (lasting ? lasting[0].length : 0));
    // 11月至次年3月: the end in the year after the start's
    const nextYear = connector > 0 ? NEXT_YEAR.exec(norm.slice(connector, connector + 3)) : null;
    const link = nextYear ? connector + nextYear[0].length : connector;
    let end = a.end;
    let value = iso(a, ref);
    let last = a.last;
    if (link > 0) {
      const m = numeralAt(numerals, a.last + 1, link);
      let b = m ? readDate(t, numerals.indexOf(m, a.last)) : undefined;
      // 5月20日至21日上午9点至下午4点: a time that opens a range of times after the last of a range of
      // days is the days' hours, read whole on its own (as `from 9 am to 4 pm on May 20 and 21`)
      if (b && m && b.h !== undefined && a.h === undefined && rangeConnector(norm, b.end) > 0) b = readDate(t, numerals.indexOf(m, a.last), false);
      // two bare years in the wrong order (`610年至605年`) are no range
      const backwards = b !== undefined && a.m === undefined && b.m === undefined && a.y !== undefined && b.y !== undefined && b.y < a.y;
      if (b && !backwards && (!nextYear || (b.y === undefined && b.m !== undefined))) {
        const to = inherit(a, b);
        const startYear = a.y ?? (a.m !== undefined ? ref : undefined);
        value = `${value}/${iso(nextYear && startYear !== undefined ? { ...to, y: startYear + 1 } : to, ref)}`;
        end = b.end;
        last = b.last;
      } else if (m && a.d !== undefined && isInt(m, 1, 31) && a.h === undefined) {
        // 1月10日-11: the end's 日 left out
        const q = m.end;
        if (!isHan(norm[q]) || norm[q] === '日') {
          value = `${value}/${iso({ ...a, d: m.value }, ref)}`;
          end = norm[q] === '日' ? q + 1 : q;
          last = numerals.indexOf(m, a.last);
        }
      }
    } else if (a.d !== undefined && a.h === undefined && a.m !== undefined && DAY_JOIN.includes(norm[a.end] ?? '\0')) {
      // 1月10日和11日: the days of a month joined as the English `January 10 and 11` is read, from the first to the last
      const m = numeralAt(numerals, a.last + 1, a.end + 1);
      // Not the first two of a list of more (`9月7日、14日、21日`): each is a day of its own.
      const more = m !== undefined && DAY_JOIN.includes(norm[m.end + 1] ?? '\0');
      if (m && !more && isInt(m, 1, 31) && m.value > a.d && (norm[m.end] === '日' || norm[m.end] === '号') && !a.lunar) {
        value = `${value}/${iso({ ...a, d: m.value }, ref)}`;
        end = m.end + 1;
        last = numerals.indexOf(m, a.last);
      }
    }
    // 农历十月初一: a lunar day, with the word that says so in its span
    const lunarWord = /(?:农历|阴历|農曆|陰曆)$/.test(norm.slice(Math.max(0, a.start - 2), a.start));
    out.push({
      kind: 'date', start: lunarWord ? a.start - 2 : a.start, end, value, approx: a.approx === true,
      ...(a.lunar || lunarWord ? { unit: 'lunar' } : {}),
    });
    k = Math.max(k, last);
  }
  // 1月10-11日: month, then a bare day range
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (!isInt(n, 1, 12) || norm[n.end] !== '月') continue;
    const d1 = numeralAt(numerals, k + 1, n.end + 1);
    if (!isInt(d1, 1, 31)) continue;
    const link = rangeConnector(norm, d1.end);
    const d2 = link > 0 ? numeralAt(numerals, k + 2, link) : undefined;
    if (!isInt(d2, 1, 31) || (norm[d2.end] !== '日' && norm[d2.end] !== '号') || d2.value <= d1.value) continue;
    let start = n.start;
    let y: number | undefined;
    const prev = numerals[k - 1];
    if (prev && isYear(norm, prev) && after(norm, prev.end, '年') === n.start) {
      start = prev.start;
      y = prev.value;
    }
    const base = { ...(y !== undefined ? { y } : {}), m: n.value };
    out.push({
      kind: 'date', start, end: d2.end + 1, value: `${iso({ ...base, d: d1.value }, ref)}/${iso({ ...base, d: d2.value }, ref)}`,
      approx: false,
    });
  }
  // 2024-01-11, 2024/1/11, 2024.1.11
  NUMERIC_DATE.lastIndex = 0;
  if (norm.includes('-') || norm.includes('/') || norm.includes('.')) for (let m = NUMERIC_DATE.exec(norm); m; m = NUMERIC_DATE.exec(norm)) {
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `${m[1]}-${pad2(mo)}-${pad2(d)}`, approx: false });
  }
  // 15/3/2019, 3/15/2019: a day and a month before the year, in whichever order a day above 12
  // makes certain (1/2/2020 could be either and is left alone)
  DAY_MONTH_YEAR.lastIndex = 0;
  if (norm.includes('/')) for (let m = DAY_MONTH_YEAR.exec(norm); m; m = DAY_MONTH_YEAR.exec(norm)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [mo, d] = a > 12 && b >= 1 && b <= 12 ? [b, a] : b > 12 && a >= 1 && a <= 12 ? [a, b] : [0, 0];
    if (mo === 0 || d > 31) continue;
    const y = m[3]!.length === 4 ? Number(m[3]) : Number(m[3]) + (Number(m[3]) < 30 ? 2000 : 1900); // the 1930–2029 window, as the English side
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `${y}-${pad2(mo)}-${pad2(d)}`, approx: false });
  }
  // 2013 09 04: year, month and day with spaces, zero-padded
  SPACED_DATE.lastIndex = 0;
  if (norm.includes(' ')) for (let m = SPACED_DATE.exec(norm); m; m = SPACED_DATE.exec(norm)) {
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `${m[1]}-${m[2]}-${m[3]}`, approx: false });
  }
  // 从2011到2014, 从2011年至2014年: two years joined by 从…到, as `from 2011 to 2014` (2011/2014)
  YEAR_SPAN.lastIndex = 0;
  if (norm.includes('从') || norm.includes('從')) for (let m = YEAR_SPAN.exec(norm); m; m = YEAR_SPAN.exec(norm)) {
    if (Number(m[2]) > Number(m[1])) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `${m[1]}/${m[2]}`, approx: false });
  }
  // 2024-25财政年度, 2023/24学年: a year over two calendar years, as the English `2024-25` (2024/2025)
  // (2023-2024赛季 with both years whole)
  if (norm.includes('-') || norm.includes('/') || norm.includes('\u2013')) {
    SPLIT_YEAR.lastIndex = 0;
    for (let m = SPLIT_YEAR.exec(norm); m; m = SPLIT_YEAR.exec(norm)) {
      const value = splitYear(m[1]!, m[2]!);
      if (value) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value, approx: false });
    }
    WHOLE_SPLIT_YEAR.lastIndex = 0;
    for (let m = WHOLE_SPLIT_YEAR.exec(norm); m; m = WHOLE_SPLIT_YEAR.exec(norm)) {
      if (Number(m[2]) === Number(m[1]) + 1) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `${m[1]}/${m[2]}`, approx: false });
    }
  }
  // 2026至27財政年度, 2025至2026学年: the same with 至 or 到 between the years
  SPLIT_YEAR_TO.lastIndex = 0;
  if (norm.includes('至') || norm.includes('到')) for (let m = SPLIT_YEAR_TO.exec(norm); m; m = SPLIT_YEAR_TO.exec(norm)) {
    const value = m[2]!.length === 2 ? splitYear(m[1]!, m[2]!) : Number(m[2]) === Number(m[1]) + 1 ? `${m[1]}/${m[2]}` : undefined;
    if (value) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value, approx: false });
  }
  // 2023财年, 2024财政年度, 2025学年度: a fiscal or school year, as the English `FY2023`, `the 2025 school year`
  FISCAL_YEAR.lastIndex = 0;
  if (FISCAL_YEAR_NEEDS.some((w) => norm.includes(w))) for (let m = FISCAL_YEAR.exec(norm); m; m = FISCAL_YEAR.exec(norm)) {
    const year = Number(m[1]) < 1000 ? Number(m[1]) + 1911 : Number(m[1]);
    // a school year opens in the autumn of its year and ends in the summer after, as the English `2025/26` (2025/2026)
    const school = m[0].includes('学年') || m[0].includes('學年');
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: school ? `${year}/${year + 1}` : String(year), approx: false });
  }
  // 16世纪, 二十一世纪, 公元前 excluded: centuries, as the English `the 16th century` (1500/1599)
  CENTURY.lastIndex = 0;
  if (norm.includes('世纪')) for (let m = CENTURY.exec(norm); m; m = CENTURY.exec(norm)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : smallCount(m[1]!);
    if (!(n >= 1 && n <= 22)) continue;
    const from = String((n - 1) * 100).padStart(4, '0');
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `${from}/${String((n - 1) * 100 + 99).padStart(4, '0')}`, approx: false });
  }
  // 90年代, 20世纪90年代, 本世纪20年代, 1990年代: decades, as the English `1990s` (1990/1999)
  for (let i = norm.indexOf('年代'); i >= 0; i = norm.indexOf('年代', i + 1)) {
    const decade = decadeBefore(t, i);
    if (!decade) continue;
    // 1800年代 is the century, as the English `the 1800s` (2000年代 the decade)
    const century = decade.year % 100 === 0 && decade.year !== 2000 && /\d{4}$/.test(norm.slice(decade.start, i));
    // 1960至1970年代, 20世纪60到80年代: a range of decades, 年代 said once for both ends (`from the 1960s to the 1980s`).
    const first = !century && DECADE_RANGE_MARKS.includes(norm[decade.start - 1] ?? '\0') ? decadeBefore(t, decade.start - 1) : undefined;
    if (first && first.year < decade.year && decade.year - first.year < 100) {
      out.push({ kind: 'date', start: first.start, end: i + 2, value: `${first.year}/${decade.year + 9}`, approx: false });
      continue;
    }
    out.push({ kind: 'date', start: decade.start, end: i + 2, value: `${decade.year}/${decade.year + (century ? 99 : 9)}`, approx: false });
  }
  // 2025、2026年度, 2024和2025年: a year listed before another that carries 年 is a year too.
  if (norm.includes('年')) {
    LISTED_YEAR.lastIndex = 0;
    for (let m = LISTED_YEAR.exec(norm); m; m = LISTED_YEAR.exec(norm)) {
      out.push({ kind: 'date', start: m.index, end: m.index + 4, value: m[1]!, approx: false });
    }
  }
  // “95后”, 00后: those born in that year or after it, a generation as Chinese names it (the English
  // `born after 1995`, `post-95`); not after a verb of reaching (年满60后, 达到90后: after an age or a score).
  if (norm.includes('后')) {
    COHORT.lastIndex = 0;
    for (let m = COHORT.exec(norm); m; m = COHORT.exec(norm)) {
      const n = Number(m[1]);
      out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: String((n >= 30 ? 1900 : 2000) + n), approx: false, bound: 'over' });
    }
  }
  for (const c of eraAndLunarDates(norm)) out.push(c);
  return withBetween(norm, out);
};

/** A year of four digits before a list's word and another year with 年 (`2025、2026年度`); group 1 the first. */
const LISTED_YEAR = /(?<![\d.,])((?:19|20)\d\d)(?=[、和及与與](?:19|20)\d\d年)/g;

/**
 * A generation by the last two digits of its first year (`95后`, `00后`), after the text's start, a
 * mark, a space or a word joining a list (`80后和90后`), and not before another digit.
 */
const COHORT = /(?<=^|[\s“”"「」『』‘’'(（、，,;；:：和与及或])(\d{2})后(?![\d年天月日周个小分秒])/g;

/**
 * Two dates joined by 和/与/及 before 之间 or 间 (`2007年与2009年间`, `3月和5月之间`): the range
 * between them, as `between 2007 and 2009`. The end keeps its own parts (no inheriting).
 */
function withBetween(norm: string, found: FactCandidate[]): FactCandidate[] {
  if (found.length < 2) return found;
  const dates = found.filter((c) => c.kind === 'date' && typeof c.value === 'string' && !c.value.includes('/') && !c.unit).sort((a, b) => a.start - b.start);
  const out = found;
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (b.start !== a.end + 1 || !'和与及跟'.includes(norm[a.end] ?? '\0')) continue;
    const tail = /^(?:之间|间(?![谍隔接断]))/.exec(norm.slice(b.end, b.end + 3));
    if (!tail || (a.value as string) >= (b.value as string) && !(a.value as string).startsWith('-')) continue;
    out.push({ kind: 'date', start: a.start, end: b.end + tail[0].length, value: `${a.value as string}/${b.value as string}`, approx: false });
    i++;
  }
  return out;
}
