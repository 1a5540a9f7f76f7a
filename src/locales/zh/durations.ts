/**
 * Durations in Chinese text, resolved to ISO 8601: `为期2天` / `两天` → `P2D`, `20余年` →
 * `P20Y` (approx, over), `20年` → `P20Y` (but `2003年` is a date), `三个多月` → `P3M` (over),
 * `两周` → `P2W`, `3小时` → `PT3H`, `半小时` → `PT30M`, `一个半小时` → `PT1.5H`,
 * `两年零三个月` → `P2Y3M`, `半年` → `P6M`, `三个季度` and `前三季度` → `P9M`, `一刻钟` → `PT15M`.
 */
import type { FactCandidate } from '../../types.js';
import { readNumeral, type Numeral } from './numerals.js';
import { candidate, daysCounted, firstOfWord, isHan, isMeasureAt, numeralAt, qualifierAfter, qualifierBefore, rangeEnd, yearsOfHistory, type ZhExtractor } from './shared.js';
import { groupBy } from '../../group-by.js';

/** Time units after a number, longest first: the word and its ISO designator. */
const UNITS: [string, string][] = [
  ['个小时', 'TH'], ['个钟头', 'TH'], ['个星期', 'W'], ['个礼拜', 'W'], ['个多月', 'M'], ['个多小时', 'TH'],
  ['个季度', 'Q'], ['个月', 'M'], ['小时', 'TH'], ['刻钟', 'K'], ['钟头', 'TH'], ['分钟', 'TM'], ['秒钟', 'TS'], ['星期', 'W'], ['礼拜', 'W'],
  ['年', 'Y'], ['天', 'D'], ['周', 'W'], ['秒', 'TS'],
  // Nights (住两晚, 熬了三夜), counted as days as English `two nights` is.
  ['夜', 'D'], ['晚', 'D'],
];
/** Units counted in another unit: a quarter of a year is three months, 一刻钟 fifteen minutes. */
const MULTIPLES: Readonly<Record<string, readonly [number, string]>> = { Q: [3, 'M'], K: [15, 'TM'] };
/** `UNITS` by the first character of their words, longest first (the only ones that can start at a position). */
const UNITS_BY_FIRST = groupBy(UNITS, firstOfWord);
/** Words after 年 that make it not a span of years (年代, 年级, 年龄, 年薪, 年度, 年初). */
const NOT_YEARS = '代级龄薪度初底末中份会报货终鉴轻';
/** Words before 一天, 一年 … that make it a length of time (为期一天, 历时一年, 只有一天). */
const ONE_SPAN_BEFORE = ['为期', '期为', '期限为', '历时', '持续', '长达', '用了', '花了', '经过', '整整', '足足', '仅', '只', '才', '不到', '近', '约', '超过', '用时', '耗时',
  '只有', '仅有', '只剩', '仅剩', '还剩', '剩下', '短短', '至少', '最多', '不过',
  // verbs of taking time (需要一周, 耗费一天, 花费一年)
  '需要', '需时', '耗费', '花费', '费时', '历经',
  // the words of a bound before a length (少于一星期, less than a week; 不超过一年)
  '少于', '多于', '不少于', '不多于', '不超过', '不足', '低于', '高于', '长于', '短于', '逾', '至多', '最少', '最长', '最短', '将近', '接近'];
/** A time ago or ahead owning the value after it (`一个月前的两倍`, `三年后的水平`): read after the length of time. */
export const OF_VALUE_AFTER = /^(?:前|后|後|以前|以后|以後)的/;

/** What makes 月 after a number a month of the calendar (`6月份`, `6月底`, `6月10日`). */
const MONTH_GOES_ON = /^[份底初中末上下旬\d０-９一二三四五六七八九十日号號]/;

/** Characters after 夜 or 晚 that make a word of its own with it (夜间, 夜市, 晚上, 晚餐, 晚点), no count of nights. */
const NOT_NIGHTS = '间間里裡晚空市班校景宵色半场場游遊总總';
const NOT_EVENINGS = '上会會餐饭飯宴报報间間年期点點霞辈輩些安场場班秋春唐清近';

/** Words after 周 that make it not weeks (周年 is an anniversary, 周边 nearby, 周活跃 weekly active). */
const NOT_WEEKS = '年边围末刊报岁一二三四五六日活';

function unitAt(norm: string, i: number): { end: number; unit: string; over: boolean } | undefined {
  const units = UNITS_BY_FIRST.get(norm[i] ?? '');
  if (!units) return undefined;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result nor destructuring per entry
  for (let e = 0; e < units.length; e++) {
    const word = units[e]![0];
    if (!norm.startsWith(word, i)) continue;
    const unit = units[e]![1];
    const next = norm[i + word.length];
    if (word === '年' && next !== undefined && NOT_YEARS.includes(next)) return undefined;
    // 两周一次 (once every two weeks): 一 counts the times, no Monday.
    const once = next === '一' && (norm[i + word.length + 1] === '次' || norm[i + word.length + 1] === '回');
    if (word === '周' && next !== undefined && NOT_WEEKS.includes(next) && !once) return undefined;
    if (word === '天' && (next === '然' || next === '津' || next === '空' || next === '下' || next === '府' || next === '地')) return undefined;
    if (word === '星期' && next !== undefined && '一二三四五六日天'.includes(next) && !once) return undefined;
    // 夜间, 夜里, 夜市, 晚上, 晚会, 晚餐, 晚报: words of their own, no nights.
    if (word === '夜' && next !== undefined && NOT_NIGHTS.includes(next)) return undefined;
    if (word === '晚' && next !== undefined && NOT_EVENINGS.includes(next)) return undefined;
    return { end: i + word.length, unit, over: word.includes('多') };
  }
  return undefined;
}

function iso(parts: [number, string][]): string {
  let date = '';
  let time = '';
  for (const [v, u] of parts) {
    const n = Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
    if (u.startsWith('T')) time += n + u.slice(1);
    else date += n + u;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** A year written as a year, not a number of years (2003年, 二〇〇三年). */
function looksLikeYear(n: Numeral): boolean {
  if (n.sequence) return true;
  return n.arabic && !n.chinese && n.end - n.start === 4 && n.value >= 1000 && n.value <= 2999 && !n.over;
}

/** 半年, 半个月, 半小时, 半天; 半个月 is how Chinese says a fortnight (P2W, as `two weeks`). */
const HALVES: [string, string][] = [['半年', 'P6M'], ['半个月', 'P2W'], ['半个小时', 'PT30M'], ['半小时', 'PT30M'], ['半天', 'PT12H']];
/** How many of the shorter unit the longer one holds (at most, for a year's days and a month's): a part that reaches it is no part of a compound. */
const UNIT_HOLDS: Readonly<Record<string, number>> = {
  'Y M': 12, 'Y W': 53, 'Y D': 365, 'M W': 5, 'M D': 31, 'W D': 7, 'D TH': 24, 'TH TM': 60, 'TM TS': 60, 'D TM': 1440, 'TH TS': 3600,
};

/** Units from the longest to the shortest: a second unit must be shorter than the first (两年零三个月). */
const ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];

/** What joins the two ends of a range of lengths each with its unit (`7年至15年`, `3个月到6个月`, `2天-5天`). */
const RANGE_LINK = /^(?:至|到|[-–—~～])/;

/** Finds durations. */
export const durations: ZhExtractor = (t) => {
  const { norm, numerals } = t;
  const out: FactCandidate[] = [];
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (n.value <= 0 || norm[n.start - 1] === '第' || n.sequence) continue;
    if (n.arabic && norm[n.start] === '0' && n.end - n.start === 2) continue; // 07年 is 2007
    let p = n.end;
    let over = n.over;
    let approx = n.over;
    if (norm[p] === '余' || norm[p] === '多' || norm[p] === '来') {
      over = norm[p] !== '来';
      approx = true;
      p++;
    }
    // 2至4天, 3-5个月: a range of lengths, its unit after the end (as English `2 to 4 days` is read)
    const high = p === n.end ? rangeEnd(t, k, n.end, (end) => end.value > n.value && !end.sequence, true) : undefined;
    const rangeUnit = high ? unitAt(norm, high.end) : undefined;
    if (high && rangeUnit && !(rangeUnit.unit === 'Y' && looksLikeYear(high))) {
      const before = qualifierBefore(norm, n.start);
      const tail = qualifierAfter(norm, rangeUnit.end);
      const [times, unit] = MULTIPLES[rangeUnit.unit] ?? [1, rangeUnit.unit];
      out.push(candidate('duration', before.start, tail.end, iso([[n.value * times, unit]]), high.value * times, undefined,
        before.approx || tail.approx || rangeUnit.over, before.bound ?? tail.bound));
      k = numerals.indexOf(high, k);
      continue;
    }
    let value = n.value;
    let u = unitAt(norm, norm[p] === ' ' && n.end === p ? p + 1 : p); // 7 周
    // 前三季度, 前三季 as Taiwan writes it: the first three quarters (三季度 alone is the third quarter, an ordinal)
    if (!u && norm[n.start - 1] === '前' && p === n.end && norm[p] === '季' && !/[节節风風]/.test(norm[p + 1] ?? '')) u = { end: norm[p + 1] === '度' ? p + 2 : p + 1, unit: 'Q', over: false };
    // 1分52秒: 分 is minutes before seconds (alone it is as often points or cents)
    if (!u && norm[p] === '分' && p === n.end) {
      const sec = numeralAt(numerals, k + 1, p + 1);
      if (sec && norm[sec.end] === '秒') u = { end: p + 1, unit: 'TM', over: false };
    }
    // 四年中, 3年中: 年中 is the middle of a year after a year (2019年中), but after a count the years
    // are a span (在四年中 `in four years`, 过去三年中国… `in the past three years China…`).
    if (!u && norm[p] === '年' && norm[p + 1] === '中' && !looksLikeYear(n)) u = { end: p + 1, unit: 'Y', over: false };
    // 20日内, 180日, 超过60日: 日 counts days where the words around say a length (as contracts and
    // rules write them); elsewhere a number before 日 is a day of the month (10日, 于10日)
    if (!u && norm[p] === '日' && p === n.end && daysCounted(norm, n.start, p + 1)) u = { end: p + 1, unit: 'D', over: false };
    // 一个半小时, 一个半月, 两年半
    if (!u && norm[p] === '个' && norm[p + 1] === '半') {
      // 一个半月: 月 alone after 个半 (个月 is the unit elsewhere)
      u = unitAt(norm, p + 2) ?? (norm[p + 2] === '月' ? { end: p + 3, unit: 'M', over: false } : undefined);
      if (u) value += 0.5;
    }
    if (!u) continue;
    // 三个季度 (nine months, as `three quarters` in English), 三刻钟 (45 minutes)
    const multiple = MULTIPLES[u.unit];
    if (multiple) {
      value *= multiple[0];
      u = { ...u, unit: multiple[1] };
    }
    if (u.unit === 'Y' && looksLikeYear(n) && !approx && !yearsOfHistory(norm, n.start, u.end, n.value)) continue;
    // 2.5亿周活跃用户: a count in ten thousands or more before 周 counts what recurs weekly, no weeks.
    if (u.unit === 'W' && value >= 10000) continue;
    // 一天, 一年, 一周 are mostly "a day", "the year", 四周 "all around": durations only after 为期, 历时, 仅 …;
    // one unit shorter than a day (一小时, 一分钟) is always a length of time (`未来一小时内`).
    const aroundFour = n.value === 4 && norm[p] === '周' && !'后内前以来里'.includes(norm[u.end] ?? '\0');
    const standalone = !isHan(norm[n.start - 1]) && !isHan(norm[u.end]);
    const belowDay = u.unit.startsWith('T');
    // 一年半 is a year and a half, always a length (一年半载, a year or so, is an idiom).
    const andHalf = u.unit === 'Y' && norm[u.end] === '半' && norm[u.end + 1] !== '载';
    // 一周时间, 一年的时间: 时间 after the unit says a length.
    const timeAfter = norm.startsWith('时间', u.end) || norm.startsWith('的时间', u.end);
    if (n.single && (n.value === 1 || aroundFour) && !approx && !standalone && !belowDay && !u.over && !andHalf && !timeAfter && norm[p] !== '个' && !ONE_SPAN_BEFORE.some((w) => norm.startsWith(w, n.start - w.length))) continue;
    if (u.over) {
      over = true;
      approx = true;
    }
    let end = u.end;
    if (u.unit === 'Y' && norm[end] === '半') {
      value += 0.5;
      end++;
    }
    const parts: [number, string][] = [[value, u.unit]];
    // 两年零三个月, 1小时30分钟, 2小时7分48秒: each further part in a shorter unit than the one before
    for (;;) {
      const q = norm[end] === '又' ? end + 1 : end;
      let m = numeralAt(numerals, k + 1, q);
      // 1小时零5分, 一小时零三十分钟: 零 joins a part in the next unit (零三 reads as one
      // sequence, 两年零三个月, and 零三十 as no numeral of the scan: read after the 零)
      if ((!m || m.value <= 0) && norm[q] === '零') m = numeralAt(numerals, k + 1, q + 1) ?? readNumeral(norm, q + 1);
      // 1小时00分12秒: a race's time writes a part of none as `00`, read and passed over.
      const none = m?.value === 0 && norm.slice(m.start, m.end) === '00';
      if (!m || (m.value <= 0 && !none) || (m.sequence && !(m.sequence.length === 2 && m.sequence.startsWith('0')))) break;
      let u2 = unitAt(norm, m.end);
      // 分 after hours is minutes (2小时7分), as before seconds
      if (!u2 && norm[m.end] === '分' && parts[parts.length - 1]![1] === 'TH') u2 = { end: m.end + 1, unit: 'TM', over: false };
      // 有期徒刑9年6月: months after years, as Taiwan's courts write a term (no June: no day, 份, 底 … after)
      if (!u2 && norm[m.end] === '月' && parts[parts.length - 1]![1] === 'Y' && m.value >= 1 && m.value <= 11 && Number.isInteger(m.value)
        && !MONTH_GOES_ON.test(norm.slice(m.end + 1, m.end + 2))) u2 = { end: m.end + 1, unit: 'M', over: false };
      if (!u2 || ORDER.indexOf(u2.unit) <= ORDER.indexOf(parts[parts.length - 1]![1])) break;
      // 一年365天, 一天24小时: a part as long as the unit before it or longer is no part of it
      // (365 days a year, 24 hours a day), but the same length told in the shorter unit.
      if (!none && m.value >= (UNIT_HOLDS[`${parts[parts.length - 1]![1]} ${u2.unit}`] ?? Infinity)) break;
      if (!none) parts.push([m.value, u2.unit]);
      end = u2.end;
      const at = numerals.indexOf(m, k + 1);
      if (at > k) k = at;
    }
    // 46秒40, 1分52秒34, 9秒5: a race's time, the hundredths or tenths of a second written after 秒
    // (处 after it is the point of the race it marks, no count: `在9秒58处`, at 9.58 seconds)
    const last = parts[parts.length - 1]!;
    if (last[1] === 'TS' && Number.isInteger(last[0])) {
      const hundredths = numeralAt(numerals, k + 1, end);
      const digits = hundredths ? hundredths.end - hundredths.start : 0;
      if (hundredths?.arabic && !hundredths.chinese && (digits === 2 || digits === 1) && hundredths.start === end && Number.isInteger(hundredths.value)
        && !/[\d.%]/.test(norm[hundredths.end] ?? '') && (norm[hundredths.end] === '处' || !isMeasureAt(norm, hundredths.end)) && !unitAt(norm, hundredths.end)) {
        last[0] += hundredths.value / (digits === 2 ? 100 : 10);
        end = hundredths.end;
        k++;
      }
    }
    if (norm[end] === '多' && !'次个项种家方年数'.includes(norm[end + 1] ?? '\0')) {
      over = true; // 三年多
      approx = true;
      end++;
    }
    // 7年至15年, 3个月到6个月: a range with its unit written at both ends
    let max: number | undefined;
    if (parts.length === 1 && !over) {
      const link = RANGE_LINK.exec(norm.slice(end, end + 3));
      const m = link ? numeralAt(numerals, k + 1, end + link[0].length) : undefined;
      const u2 = m && m.value > n.value && !m.sequence ? unitAt(norm, m.end) : undefined;
      if (m && u2?.unit === u.unit && !u2.over && !(u.unit === 'Y' && looksLikeYear(m))) {
        max = m.value * (multiple?.[0] ?? 1);
        end = u2.end;
        k = numerals.indexOf(m, k);
      }
    }
    // 接近一个月前的两倍: the word before a time ago or ahead and 的 is of the value after (nearly double).
    const before = OF_VALUE_AFTER.test(norm.slice(end, end + 4)) ? { start: n.start, end: n.start, approx: false } : qualifierBefore(norm, n.start);
    const tail = qualifierAfter(norm, end);
    const bound = before.bound ?? (over ? 'over' : undefined) ?? tail.bound;
    out.push(candidate('duration', before.start, tail.end, iso(parts), max, undefined, approx || before.approx || tail.approx, bound));
  }
  if (!norm.includes('半')) return out;
  for (const [word, value] of HALVES) {
    for (let i = norm.indexOf(word); i >= 0; i = norm.indexOf(word, i + 1)) {
      if (word === '半年' && (norm[i - 1] === '上' || norm[i - 1] === '下' || norm[i + 2] === '度')) continue;
      if (norm[i - 1] === '个') continue; // 一个半小时, read above
      out.push({ kind: 'duration', start: i, end: i + word.length, value, approx: false });
    }
  }
  return out;
};
