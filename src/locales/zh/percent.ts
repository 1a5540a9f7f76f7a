/**
 * Percentages in Chinese text: `35.3%`, `百分之三十五点三`, `千分之一` (0.1), `5-20%` (5..20),
 * percentage points `3个百分点` (unit `pp`; basis points `25个基点` in them, 0.25), and the shares written 成 and 折:
 * `七成` (70), `两成` (20), `九折` (90), `五五折` (55), `对折` (50), `半成` (5).
 */
import type { FactCandidate } from '../../types.js';
import { isChineseNumeral, readNumeral, type Numeral } from './numerals.js';
import { candidate, combine, isHan, numeralAt, qualifierAfter, qualifierBefore, rangeConnector, rangeEnd, roughAfter, type ZhExtractor } from './shared.js';

function skipSpaces(norm: string, i: number, most = 3): number {
  let k = i;
  while (norm[k] === ' ' && k - i < most) k++;
  return k;
}

/** End of `个百分点` (spaces allowed between its characters) at `i`, or -1. */
function pointsEnd(norm: string, i: number): number {
  let k = skipSpaces(norm, i);
  if (norm[k] === '个') k = skipSpaces(norm, k + 1);
  if (norm[k] !== '百' && norm[k] !== '佰') return -1;
  k = skipSpaces(norm, k + 1);
  if (norm[k] !== '分') return -1;
  k = skipSpaces(norm, k + 1);
  return norm[k] === '点' ? k + 1 : -1;
}

/** End of `个基点` (a basis point; spaces allowed as in `个百分点`) at `i`, or -1. */
function basisEnd(norm: string, i: number): number {
  let k = skipSpaces(norm, i);
  if (norm[k] === '个') k = skipSpaces(norm, k + 1);
  return norm.startsWith('基点', k) ? k + 2 : -1;
}

/** Unit characters of a denominator (百分之, 千分之, 百万分之). */
const UNIT_VALUE: Record<string, number> = { 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8 };

/** Characters after 成 that make it a word (成都, 成员, 成为 …), not a share. */
const NOT_SHARE = '都员为功立果本交绩熟就型品效人份分长年像形材组全才套批群不语';
/** Characters after 折 that make it a word (折合, 折算, 折射 …). */
const NOT_DISCOUNT = '合算射叠旧腾服磨损返线中价';
/**
 * Characters before a lone numeral that leave a following 成/折 a share (有三成, 打九折, 全场八折, 享九折,
 * 近两成, 不足一成, 最多两成, the end of a verb of change: 增长三成, 下跌两成, 提高一成, 降低三成, 增加两成, 扩大一成,
 * 缩短四成; of a whole: 总票数的三成, 当中六成, 保持在七成; of a payment: 缴付三成, 首付交三成, 政府负担一成; of a loan: 可借六成,
 * 按揭六成, 贷七成; a target or a price: 目标为三成, 贵四成, 便宜两成, 快一成; a level broken: 跌破一成, 突破三成),
 * in either script (削減一成, 佔四成).
 */
const SHARE_BEFORE = '破打近约約有了超逾达達是占佔到至将將仅僅只降升增减減过過和或及与與、长長涨漲跌滑落高少多出场場享足的在低加大短付交缴繳借揭贷貸担擔为為贵貴宜快慢中';

/**
 * Whether a share in 成 ending before `at` ends its clause: the end of the text, a mark that is no
 * letter or digit, 的, a bound (以上, 以下, 左右), or one more digit of the share and then such an
 * end (七成四；).
 */
function shareEndsClause(norm: string, at: number): boolean {
  const ends = (k: number): boolean => {
    const c = norm[k];
    return c === undefined || c === '的' || /^(?:以上|以下|左右)/.test(norm.slice(k, k + 2)) || (!isHan(c) && !/[\p{L}\p{N}]/u.test(c));
  };
  return ends(at) || ('一二三四五六七八九'.includes(norm[at] ?? '') && ends(at + 1));
}

/** Value of a 成 or 折 share written before `i` by `n`, or undefined. */
function shareOf(n: Numeral, norm: string, mark: string): number | undefined {
  if (n.sequence) return n.sequence.length === 2 && mark === '折' ? Number(n.sequence) : undefined;
  if (n.value <= 0) return undefined;
  // 65折, 88折: a price in hundredths written in two digits, as Taiwan and Hong Kong write it (十折, 50折 are none)
  if (mark === '折' && n.value > 10 && n.value < 100 && Number.isInteger(n.value) && n.value % 10 !== 0 && !n.single) return n.value;
  if (mark === '折' && n.value >= 10) return undefined; // 十折 is no discount
  if (n.value > 10) return undefined;
  return n.value * 10;
}

/** Whether a range's end carries the unit of the whole range after it: `%`, `个百分点`, `个基点`, or 成 (`4至6成`). */
function rangeUnitAfter(norm: string, end: Numeral): boolean {
  const at = skipSpaces(norm, end.end);
  return norm[at] === '%' || pointsEnd(norm, end.end) > 0 || basisEnd(norm, end.end) > 0
    || (norm[at] === '成' && end.value <= 10 && !NOT_SHARE.includes(norm[at + 1] ?? '成'))
    || (norm[at] === '折' && shareOf(end, norm, '折') !== undefined && !NOT_DISCOUNT.includes(norm[at + 1] ?? '折'));
}

/** Words that may close a share's hundredths' digit (`九成五不等`, `七成五的`, `六成五左右`). */
const SHARE_CLOSES = /^(?:不等|的|左右|以上|以下|之间|之間)/;

/**
 * The digit of hundredths right after a share in 成 at `at` (`七成六`, `九成五不等`): a single numeral
 * below ten that closes the share (no Han after it, or a word `SHARE_CLOSES` names); else undefined.
 */
function hundredthsDigitAt(norm: string, numerals: readonly Numeral[], from: number, at: number): Numeral | undefined {
  const d = numeralAt(numerals, from, at);
  return d?.single && d.value < 10 && (!isHan(norm[d.end]) || SHARE_CLOSES.test(norm.slice(d.end, d.end + 2))) ? d : undefined;
}

/** What 加一 (a tenth on top) is said of: a restaurant's service charge. */
const SERVICE_CHARGE = /^(?:服务费|服務費|服务|服務|茶芥)/;

/** Finds percentages and percentage points. */
export const percent: ZhExtractor = (t) => {
  const { norm, numerals } = t;
  const out: FactCandidate[] = [];
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (n.sequence && norm[n.end] !== '折') continue;
    const low = n.value;
    let max: number | undefined;
    let last = n;
    // 5-10%, 5到10个百分点, 4至6成: the unit after the end; 5%-10%: after both
    const m = rangeEnd(t, k, n.end, (end) => end.value > n.value && rangeUnitAfter(norm, end))
      ?? (norm[n.end] === '%' ? rangeEnd(t, k, n.end + 1, (end) => norm[end.end] === '%' && end.value > n.value) : undefined)
      // 两成至三成: 成 after both ends
      // (一成至一成半: an end of the same tenths and a half)
      ?? (norm[n.end] === '成' && n.value <= 10 ? rangeEnd(t, k, n.end + 1, (end) => (end.value > n.value || (end.value === n.value && norm[skipSpaces(norm, end.end) + 1] === '半'))
        && rangeUnitAfter(norm, end) && norm[skipSpaces(norm, end.end)] === '成') : undefined)
      // 65折至9折, 七折至八折: 折 after both ends, the ends in either order
      ?? (norm[n.end] === '折' && shareOf(n, norm, '折') !== undefined ? rangeEnd(t, k, n.end + 1, (end) => rangeUnitAfter(norm, end) && norm[skipSpaces(norm, end.end)] === '折' && shareOf(end, norm, '折') !== shareOf(n, norm, '折')) : undefined)
      // 下降2至3个百分点: points are a change's size, so after a verb of change 至 joins a range of them, not the level changed to
      ?? rangeEnd(t, k, n.end, (end) => end.value > n.value && (pointsEnd(norm, end.end) > 0 || basisEnd(norm, end.end) > 0), true)
      // 下调一至两成: so are shares in 成 (下降三成), and a first end with no 成 of its own is no level changed from
      ?? rangeEnd(t, k, n.end, (end) => end.value > n.value && norm[skipSpaces(norm, end.end)] === '成' && rangeUnitAfter(norm, end), true);
    if (m) {
      max = m.value;
      last = m;
    }
    const at = skipSpaces(norm, last.end);
    let end = -1;
    let startOverride: number | undefined;
    let unit = '%';
    let value = low;
    if (norm[at] === '%') end = at + 1;
    else {
      const p = pointsEnd(norm, last.end);
      const bp = p > 0 ? -1 : basisEnd(norm, last.end);
      if (p > 0) {
        end = p;
        unit = 'pp';
      } else if (bp > 0) {
        // 25个基点: a hundredth of a percentage point each, as `25 basis points` reads
        end = bp;
        unit = 'pp';
        value = low / 100;
        if (max !== undefined) max /= 100;
      } else if (norm[at] === '成' && max !== undefined) {
        end = at + 1;
        value = low * 10;
        max *= 10;
        // 一成至一成半, 两至两成半: the upper end and a half; 六成至九成五: and its hundredths' digit
        if (norm[end] === '半') {
          max += 5;
          end++;
        } else {
          const d = hundredthsDigitAt(norm, numerals, k + 2, end);
          if (d) {
            max += d.value;
            end = d.end;
            k++;
          }
        }
      } else if (norm[at] === '折' && max !== undefined) {
        // 7至9折, 65折至9折: what is paid, the lower share first
        const a = shareOf(n, norm, '折')!;
        const b = shareOf(last, norm, '折')!;
        end = at + 1;
        value = Math.min(a, b);
        max = Math.max(a, b);
      } else if ((norm[at] === '成' || norm[at] === '折') && max === undefined) {
        const mark = norm[at];
        const next = norm[at + 1];
        // 份额 after 成 is the share it is of (七成份额, seven tenths of the share), no 成份 (an ingredient).
        // 约七成为电动车: after a word of approximation, 成 before 为 is a share (about seven tenths are), no 成为 (become).
        const approxBefore = n.start > 0 && '约約近逾超'.includes(norm[n.start - 1] ?? '');
        const blocked = next !== undefined && (mark === '成' ? NOT_SHARE : NOT_DISCOUNT).includes(next) && !(mark === '成' && next === '份' && norm[at + 2] === '额')
          && !(mark === '成' && (next === '为' || next === '為') && approxBefore);
        const prev = norm[n.start - 1];
        // A numeral fused with the word before it names no share (三成 in 一成不变 is read apart, and
        // 他八成是 is a guess, most likely), but one that ends its clause is a share after any word
        // (该站六成的需求, 可节省三成。, 佔總數七成四；) unless it is 一, which ends many words (统一,
        // 唯一, 之一: 统一成的); a price in 折 is one after any word (一律七折,
        // 全场八折) but in 一波三折 (twists and turns).
        const fused = n.single && isHan(prev) && !SHARE_BEFORE.includes(prev!)
          && (mark === '成' ? n.value === 1 || !shareEndsClause(norm, at + 1) : prev === '波');
        const share = shareOf(n, norm, mark);
        if (!blocked && !fused && share !== undefined) {
          end = at + 1;
          value = share;
          const prevNum = numerals[k - 1];
          if (mark === '折' && prevNum && Number.isInteger(n.value) && n.value < 10 && Number.isInteger(prevNum.value)
            && prevNum.value > 0 && prevNum.value < 10 && prevNum.end < n.start && /^ +$/.test(norm.slice(prevNum.end, n.start))) {
            value = prevNum.value * 10 + n.value; // 7 2 折 = 72%
            startOverride = prevNum.start;
          }
          if (mark === '成' && norm[end] === '半') {
            // 一成半 = 15%
            value += 5;
            end++;
          } else if (mark === '成') {
            // 七成六 = 76%
            const j = skipSpaces(norm, end, 1);
            const d = hundredthsDigitAt(norm, numerals, k + 1, j);
            if (d) {
              value += d.value;
              end = d.end;
              k++;
            }
          }
        }
      }
    }
    if (end < 0) continue;
    const before = qualifierBefore(norm, n.start);
    const tail = qualifierAfter(norm, end);
    const q = combine(before, tail.end > tail.start ? tail : roughAfter(norm, end));
    out.push(candidate('percent', startOverride ?? before.start, tail.end > end ? tail.end : end, value, max, unit, q.approx, q.bound));
    if (last !== n) k++;
  }
  // 百分之三十五点三, 千分之一, 万分之三, 百 分 之 2.4
  for (let i = norm.indexOf('之'); i >= 0; i = norm.indexOf('之', i + 1)) {
    let j = i - 1;
    while (norm[j] === ' ' && i - j < 4) j--;
    if (norm[j] !== '分') continue;
    j--;
    while (norm[j] === ' ' && i - j < 7) j--;
    // the denominator: unit characters only (百, 千, 万, 百万, 万万), no digit before them
    let denominator = 1;
    while (j >= 0 && UNIT_VALUE[norm[j]!] !== undefined) {
      denominator *= UNIT_VALUE[norm[j]!]!;
      j--;
      while (norm[j] === ' ' && norm[j - 1] !== undefined && UNIT_VALUE[norm[j - 1]!] !== undefined) j--;
    }
    if (denominator < 100) continue;
    const scale = 100 / denominator;
    let s = j + 1;
    const prev = norm[j];
    if (prev !== undefined && (/[0-9.]/.test(prev) || isChineseNumeral(prev))) continue;
    const at = skipSpaces(norm, i + 1);
    const n = readNumeral(norm, at);
    if (!n) continue;
    // 百分之三至百分之五, 百分之三到五: a range, its end written whole or as its numerator alone
    let end = n.end;
    let max: number | undefined;
    const link = rangeConnector(norm, n.end, s);
    if (link > 0) {
      const prefix = norm.slice(s, i + 1);
      const whole = norm.startsWith(prefix, link);
      const m = readNumeral(norm, whole ? skipSpaces(norm, link + prefix.length) : link);
      // a numerator alone ends the range at a pause, 的 or 之间, not before a unit of its own (百分之三到五年)
      if (m && m.value > n.value && (whole || !isHan(norm[m.end]) || norm[m.end] === '的' || norm.startsWith('之间', m.end) || norm.startsWith('之間', m.end))) {
        max = m.value * scale;
        end = m.end;
      }
    }
    const before = qualifierBefore(norm, s);
    s = before.start;
    const tail = qualifierAfter(norm, end);
    const q = combine(before, tail);
    out.push(candidate('percent', s, tail.end, n.value * scale, max, '%', q.approx, q.bound));
  }
  // 对折 (half price), 半成 (5%)
  for (let i = norm.indexOf('对折'); i >= 0; i = norm.indexOf('对折', i + 1)) {
    out.push({ kind: 'percent', start: i, end: i + 2, value: 50, unit: '%', approx: false });
  }
  for (let i = norm.indexOf('半成'); i >= 0; i = norm.indexOf('半成', i + 1)) {
    if (!isHan(norm[i + 2]) || norm[i + 2] === '的') out.push({ kind: 'percent', start: i, end: i + 2, value: 5, unit: '%', approx: false });
  }
  // 加一服务费: the service charge of Hong Kong's restaurants, a tenth on top of the bill (`10% service charge`)
  for (let i = norm.indexOf('加一'); i >= 0; i = norm.indexOf('加一', i + 2)) {
    if (SERVICE_CHARGE.test(norm.slice(i + 2, i + 6))) out.push({ kind: 'percent', start: i, end: i + 2, value: 10, unit: '%', approx: false });
  }
  // 50点子: basis points as Hong Kong writes them; 一码, 半码: a quarter of a point each (加息一码, 25
  // basis points), in a clause of interest.
  if (norm.includes('点子') || norm.includes('點子')) {
    for (const n of numerals) {
      if ((norm[n.end] === '点' || norm[n.end] === '點') && norm[n.end + 1] === '子') out.push(candidate('percent', n.start, n.end + 2, n.value / 100, undefined, 'pp', false, undefined));
    }
  }
  YARD.lastIndex = 0;
  for (let m = YARD.exec(norm); m; m = YARD.exec(norm)) {
    const i = m.index;
    const quarters = YARD_COUNT[norm[i - 1] ?? ''];
    if (quarters === undefined || norm[i - 2] === '起' || !RATE_MOVE_BEFORE.test(norm.slice(Math.max(0, i - 14), i - 1))) continue;
    out.push(candidate('percent', i - 1, i + 1, quarters * 0.25, undefined, 'pp', false, undefined));
  }
  // 年息3.6厘, 由4.1厘下调至3.6厘, 4.25至4.5厘: a rate of interest in 厘 as Hong Kong writes it, a
  // percent a year (not 厘米, a centimetre); a word of interest in its clause before it or right after.
  if (norm.includes('厘')) {
    for (let k = 0; k < numerals.length; k++) {
      const n = numerals[k]!;
      if (norm[n.end] !== '厘' || norm[n.end + 1] === '米' || n.value >= 100) continue;
      const prev = numerals[k - 1];
      const ranged = prev !== undefined && norm[prev.end] !== '厘' && prev.value < n.value && RANGE_JOIN.test(norm.slice(prev.end, n.start));
      const start = ranged ? prev.start : n.start;
      const clause = norm.slice(Math.max(0, start - 24), start);
      if (!INTEREST_BEFORE.test(clause.slice(clause.search(/[^。；！？]*$/))) && !INTEREST_AFTER.test(norm.slice(n.end + 1, n.end + 4))) continue;
      const before = qualifierBefore(norm, start);
      const q = combine(before, roughAfter(norm, n.end + 1));
      out.push(candidate('percent', ranged ? start : before.start, n.end + 1, ranged ? prev.value : n.value, ranged ? n.value : undefined, '%', q.approx, q.bound));
    }
  }
  return out;
};

/** The character of a quarter point, 码. */
const YARD = /[码碼]/g;
/** How many quarter points a count of 码 is (`一码` 25 basis points, `半码` 12.5). */
const YARD_COUNT: Readonly<Record<string, number>> = { 半: 0.5, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4 };
/** A move of a rate of interest before its count of 码 (`加息一码`, `调升半码`, `重贴现率调升`). */
const RATE_MOVE_BEFORE = /(?:息|利率|贴现率|貼現率)[^，。；！？]{0,8}$|(?:加|减|減|调升|調升|调降|調降|上调|上調|下调|下調)$/;

/** Words of interest in the clause before a rate in 厘: 年息, 息率, 利率, 拆息, 按揭, 定存, 存款, 贷款, 利息. */
const INTEREST_BEFORE = /息|利率|按揭|定存|存款|貸款|贷款|[PH]按/;
/** A word of interest right after a rate in 厘 (`2.9厘年息`). */
const INTEREST_AFTER = /^(?:年息|息|利率)/;
/** What joins the two ends of a range of rates (`4.25至4.5厘`). */
const RANGE_JOIN = /^[ \t]*(?:至|到|-|–|~|～)[ \t]*$/;
