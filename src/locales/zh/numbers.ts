/**
 * Plain numbers, counts and multiples in Chinese text: `66`, `近700人` (700, approx),
 * `五方面` (5), `三个方面` (3), `二十多` (20, over), `20到30人` (20..30), `约95倍` (95 x),
 * `翻一番` (2 x), `一分为二` (2).
 *
 * A Chinese numeral fused into a word is not a quantity (`一切`, `统一`, `一系列`, `双城`):
 * a lone numeral character counts only before a measure word (`十省`, `两地`, `一只`) or
 * standing alone between non-Chinese characters. Arabic numbers glued to Latin letters
 * (`5G`, `6G`) are names.
 */
import type { FactCandidate } from '../../types.js';
import { isChineseNumeral, type Numeral } from './numerals.js';
import {
  candidate, combine, fractionWritten, isHan, measureLength, numeralAt, qualifierAfter, qualifierBefore, rangeEnd, roughAfter,
  type Qualified, type ZhExtractor, type ZhText,
} from './shared.js';
import { groupBy } from '../../group-by.js';

/** A bound after the points of a score or degrees: `80分以上`, `180分及以上`, `60℃以上`. */
const POINTS_BOUND = /^(?:[及或])?以[上下]/;

/** Length of a score's points or of degrees at `i` (`分`, `度`, `℃`, `°C`, `°F`), or 0. */
function boundedScaleAt(norm: string, i: number): number {
  const c = norm[i];
  if (c === '分' || c === '度' || c === '℃' || c === '℉') return 1;
  return c === '°' && (norm[i + 1] === 'C' || norm[i + 1] === 'F') ? 2 : 0;
}

/** Words holding a numeral that are not quantities, even before a measure word. */
const WORDS = [
  '一道', '一起', '一番', '一下', '一次性', '一方面', '一点儿', '一口气', '一把手', '一大批', '一大早', '一批批',
  '一度', '一层', '一手', '一头', '一类', '一国两制', '一带一路', '千家万户', '三番五次', '三天两头', '一年四季',
  '十分', '十足', '万一', '一一', '一个个', '一对一', '一站式', '一条龙', '一揽子', '一号', '一体',
  '两岸', '两国', '三农', '千方百计', '五湖四海', '四面八方', '一心一意', '一模一样', '九死一生', '万众一心', '百花齐放',
  '一石二鸟', '独一无二', '三心二意', '七上八下', '一五一十', '十全十美', '百度', '百姓', '百货', '百科', '万达', '千岛',
  '万科', '万象', '万物', '一级', '一流', '一线', '一代', '一届', '一刻', '一席', '一样', '一路', '一时', '一直',
  '一次次', '一方', '二手', '三角', '四季', '万里', '千里', '一些', '两会', '百年', '千年', '万年', '多年',
  '四处', '四起', '四周', '二次', '一元化', '二元', '多元',
];
/** Characters after 打 that make it the verb "hit, make" (打了, 打造, 打开), not a dozen. */
const NOT_DOZEN = '了过着败破击开造电工算印通响赢进入出下好法球仗架折';

/** A note in brackets right after a year (`（两家度假村开业当年）`), up to `YEAR_NOTE_MOST` characters, or nothing. */
const YEAR_NOTE = /^(?:[（(][^（）()]{1,20}[）)])?/;
const YEAR_NOTE_MOST = 22;

/** Whether a year's figure is compared after its 年 ending at `at`, a note in brackets between or not (`YEAR_COMPARED`). */
function yearCompared(norm: string, at: number): boolean {
  const note = YEAR_NOTE.exec(norm.slice(at, at + YEAR_NOTE_MOST))![0].length;
  return YEAR_COMPARED.test(norm.slice(at + note, at + note + 3));
}
/** What follows a year whose figure is compared (`2024年的82亿`, `2019年同期`, `2023年水平`, `2020年全年`). */
const YEAR_COMPARED = /^(?:的?[\d〇零一二两三四五六七八九十]|的?同期|的?水平|全年|同月)/;
/** Words that open with 零 and a measure word and count nothing (CC-CEDICT: parts, components, odd change). */
const ZERO_WORDS = ['零件', '零部件', '零头', '零配件'];
/** Characters before a lone 一 that make it part of a word (统一, 唯一, 这一类, 每一个, 星期一). */
const BEFORE_ONE = '统唯进同万不之单划合专周期拜这那每某其另任逐归独纯均初第整一';
const WORD_BY_FIRST = groupBy(WORDS, (w) => w[0]!);

/** True when a listed word (`一道`, `十分`, `千万`) starts at `i`. */
export function isNumeralWord(norm: string, i: number): boolean {
  const list = WORD_BY_FIRST.get(norm[i]!);
  // 十分之九 is nine tenths, not 十分 (very)
  return list?.some((w) => norm.startsWith(w, i) && !(w === '十分' && norm[i + 2] === '之')) === true;
}

/** Length of a measure word after `end`, allowing 个 before it (三个方面). */
function measureAfter(norm: string, end: number): number {
  const m = measureLength(norm, end);
  if (norm[end] === '个') {
    const more = measureLength(norm, end + 1);
    return more > 0 && norm[end + 1] !== '个' ? 1 + more : 1;
  }
  return m;
}

/** Words before 一 that stress it as the number one: 只有一个, 仅一家, 共一项. */
const STRESS_ONE = ['只有', '仅有', '只', '仅', '才', '共', '总共', '一共', '就', '唯有', '至少', '不止', '超过', '多于', '近'];

/** True when 一 at `i` is stressed as "one" rather than the article "a" (只有一个). */
export function isStressedOne(norm: string, i: number): boolean {
  if (norm[i - 1] === '近' && norm[i - 2] === '最') return false; // 最近一次: the latest
  return STRESS_ONE.some((w) => norm.startsWith(w, i - w.length));
}

/** Words that join 一 to a count listed before it (三次着陆和一次复飞, 三名学生、一名老师). */
const LIST_JOINS = '和、及与或';

/** True when 一 and its measure word follow another count in the same list: a count too. */
function listedOne(t: ZhText, n: Numeral): boolean {
  const { norm, numerals } = t;
  if (!LIST_JOINS.includes(norm[n.start - 1] ?? '\0')) return false;
  const k = numerals.indexOf(n);
  const m = k > 0 ? numerals[k - 1] : undefined;
  if (!m || m.value === 1 || n.start - m.end > 12 || /[。！？；;，,]/.test(norm.slice(m.end, n.start))) return false;
  return !m.sequence && norm[m.start - 1] !== '第' && measureAfter(norm, roughAfter(norm, m.end).end) > 0;
}

/** Is this numeral a quantity, given what surrounds it? */
export function isQuantity(t: ZhText, n: Numeral): boolean {
  const { norm } = t;
  if (n.sequence) return false; // 二零二四 without 年, 一一, 两两
  if (norm[n.start - 1] === '第') return false;
  if ((norm[n.end] === '年' && norm[n.end + 1] === '代') || norm.startsWith('世纪', n.end)) return false; // 90年代, 20世纪
  // 11月 is November (a length of months is 11个月): a date, not a count a word before it bounds (低于11月的增速)
  if (norm[n.end] === '月' && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12) return false;
  // 高于2024年的82亿, 低于2019年同期: a year whose figure is compared, not a count of years (超过2000年的历史)
  // A note in brackets may stand between the year and its figure (`2012年（开业当年）250万人次`).
  if (norm[n.end] === '年' && n.arabic && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100
    && yearCompared(norm, n.end + 1)) return false;
  if (n.arabic) return true;
  // 一级, 二级: a level named by its number (一级响应, level one; 一级食品安全课程), as 4级 is, not
  // the words of the lexicon that open with it (一级棒, awesome)
  if (n.single && (norm[n.end] === '级' || norm[n.end] === '級') && norm[n.end + 1] !== '棒') return true;
  if (n.start > 0 && isNumeralWord(norm, n.start)) return false;
  if (isNumeralWord(norm, n.start)) return false;
  const after = roughAfter(norm, n.end).end;
  if (norm[n.end] === '打' && (norm[n.end + 1] === undefined || !NOT_DOZEN.includes(norm[n.end + 1]!))) return true; // 五打: five dozen
  if (n.unitsOnly) {
    // 十至二十个: the low end of a range of numerals
    if (n.end - n.start === 1) return measureAfter(norm, after) > 0 || (!isHan(norm[n.end]) && !isHan(norm[n.start - 1]))
      || ((norm[n.end] === '到' || norm[n.end] === '至') && isChineseNumeral(norm[n.end + 1]));
    // 千万 alone is "by all means"; 十万, 百万 are numbers
    return !norm.startsWith('千万', n.start) || n.end - n.start > 2 || measureAfter(norm, after) > 0 || !isHan(norm[n.end]);
  }
  if (!n.single) {
    // 十四五 as a plan is an ordinal; 一二三 read one by one is a list
    return true;
  }
  const c = norm[n.start]!;
  const prev = norm[n.start - 1];
  if (c === '一' && prev !== undefined && BEFORE_ONE.includes(prev)) return false;
  // 零件, 零部件 (parts), 零头 (odd change): words of CC-CEDICT that open with 零 and a measure word;
  // and any word of parts 零 opens that closes on 件 a character on (零组件, Taiwan's components).
  if (c === '零' && (ZERO_WORDS.some((w) => norm.startsWith(w, n.start)) || norm[n.start + 2] === '件')) return false;
  // 每周三班, 每周五次: a count a week before its measure word, not a weekday (每周三, every Wednesday).
  if (prev === '周' && norm[n.start - 2] === '每' && measureAfter(norm, after) > 0) return true;
  if (prev === '周' || (prev === '期' && norm[n.start - 2] === '星') || prev === '初') return false;
  if (measureAfter(norm, after) > 0) {
    // 一个, 一项, 一名 are mostly the indefinite article ("a", "an"): a count only when stressed
    return c !== '一' || isStressedOne(norm, n.start) || norm[n.end] === '打' || listedOne(t, n);
  }
  const next = norm[n.end];
  if ((next === '到' || next === '至') && isChineseNumeral(norm[n.end + 1])) return true; // 一到五个
  if (!isHan(prev) && !isHan(next)) return true;
  // 答案不是四而是五: a lone numeral right after 是, before a pause
  if (prev === '是' && (!isHan(next) || next === '这' || next === '而' || next === '还')) return true;
  return false;
}

/** Words that may join a lower and an upper bound into one range (大于4865并少于20793). */
const BOUND_JOINT = /^[ ,，、；;并且和而同时的]{0,6}$/;

/** A unit of money or time before a bound's word: what another extractor reads with its bound. */
const OWN_UNIT = /(?:元|小时|小時|分钟|分鐘|秒钟|秒|天|日|周|週|星期|个月|個月|年)(?:[(（]含[)）])?(?:以上|以下)$/;

/** Joins a number bounded below followed closely by one bounded above into a range. */
function mergeBounds(norm: string, found: FactCandidate[]): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (b && a.bound === 'over' && b.bound === 'under' && a.max === undefined && b.max === undefined
      && typeof a.value === 'number' && typeof b.value === 'number' && b.value > a.value
      && b.start - a.end <= 6 && BOUND_JOINT.test(norm.slice(a.end, b.start))
      // amounts of money (`5万元以上50万元以下`) and lengths of time (`4小时以上、8小时以下`) stay two
      // bounds, as the money and duration extractors read them
      && !(OWN_UNIT.test(norm.slice(a.start, a.end)) && OWN_UNIT.test(norm.slice(b.start, b.end)))) {
      out.push({ kind: 'number', start: a.start, end: b.end, value: a.value, max: b.value, approx: true });
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

/**
 * Units of measure a value may be more than by `多` after them (`2米多`, `5吨多`, `300公里多`): the
 * length, weight, area, volume and power units of the measure words. Count words are left out: a
 * `多` after one reads with its noun (`3个多月` is a duration, `两家多` no Chinese).
 */
const MEASURE_UNITS = new Set(['米', '吨', '斤', '克', '亩', '公里', '千米', '公斤', '千克', '平方米', '平方公里', '公顷', '英里', '毫米', '厘米',
  '立方米', '千瓦', '兆瓦', '瓦', '公尺', '公分', '公克', '公升', '公頃', '公噸', '公吨']);
/**
 * What may follow `多` after a unit where it means more than the value: the end of the clause,
 * `的` or `了`, or a word of size (`2米多高`). Not a word `多` opens (`5000吨多用途船`, multi-purpose;
 * `10公斤多少钱`, how much).
 */
const AFTER_MORE = /^(?:$|[\s，。；：、！？,.;:!?）)”"]|[的了高长長宽寬深重远遠厚粗大])/;

/** Whether the unit of `length` at `end` is followed by `多` read as more than the value (`2米多`). */
function moreAfterUnit(norm: string, end: number, length: number): boolean {
  return norm[end + length] === '多' && MEASURE_UNITS.has(norm.slice(end, end + length))
    && AFTER_MORE.test(norm.slice(end + length + 1, end + length + 2));
}

/** Characters after 半 that make a word of it (半导体, 半岛, 半径, 半天): no half of the measure before. */
const NOT_HALF = '导導岛島径徑决決场場价價山夜天数數';

/** Finds plain numbers, counts, number ranges and multiples. */
export const numbers: ZhExtractor = (t) => {
  const { norm, numerals } = t;
  let out: FactCandidate[] = [];
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (!isQuantity(t, n)) continue;
    const before = qualifierBefore(norm, n.start);
    let end = n.end;
    let max: number | undefined;
    // Ranges: 20到30, 10-11, 一到五
    // A fraction opens a range of fractions only (`三分之一至二分之一`; `减少三分之一至31亿`: by a third, to 3.1 billion).
    const fraction = fractionWritten(norm, n);
    const m = rangeEnd(t, k, end, (e) => !e.sequence && (e.arabic === n.arabic || e.chinese === n.chinese) && e.value > n.value && fraction === fractionWritten(norm, e));
    if (m) {
      max = m.value;
      end = m.end;
      k++;
    }
    const rough = roughAfter(norm, end);
    end = rough.end;
    let q = combine(before, rough);
    if (n.over) q = { approx: true, bound: 'over' };
    let unit: string | undefined;
    let value = n.value;
    let verbBefore = false;
    if (norm[end] === '倍') {
      unit = 'x';
      // 超过去年的两倍: the bound stands before what the multiple is of
      if (!q.bound) q = combine(q, boundAcrossOwner(norm, before.start));
      end++;
      const more = MORE_AFTER_MULTIPLE.exec(norm.slice(end, end + 2));
      if (more) {
        q = { approx: true, bound: 'over' }; // 两倍多, 两倍还多, 三倍有余
        end += more[0].length;
      }
    } else if ((norm[end] === '级' || norm[end] === '級') && '万萬亿億'.includes(norm[end - 1] ?? '') && !q.bound) {
      // 千万级机场, 百亿级产业: a class of its scale and up (airports of ten million passengers or
      // more), after a scale word only (not 5级地震, a grade, nor 10万吨级, a ship's size)
      q = { approx: true, bound: 'over' };
      end++;
    } else if (norm[end] === '打' && (norm[end + 1] === undefined || !NOT_DOZEN.includes(norm[end + 1]!))) {
      value *= 12; // 一打, 十打苹果: dozens
      end++;
    } else {
      // 分 (points of a score) and degrees (`℃`, `°C`, `度`) are a measure before a bound (`80分以上`,
      // `60℃以上`), not before anything else (`3分钟`, `度过`).
      const scale = boundedScaleAt(norm, end);
      const m = measureAfter(norm, end) || (scale > 0 && POINTS_BOUND.test(norm.slice(end + scale, end + scale + 3)) ? scale : 0);
      // 2杯半, 三斤半: a whole number of a measure and a half of it
      const half = m > 0 && max === undefined && Number.isInteger(value) && norm[end + m] === '半' && !NOT_HALF.includes(norm[end + m + 1] ?? '\0');
      if (half) {
        value += 0.5;
        end += m + 1;
      }
      const more = m > 0 && !half && moreAfterUnit(norm, end, m);
      if (more) {
        end += m + 1;
        q = combine(q, { approx: true, bound: 'over' });
      }
      const tail = more ? { start: end, end, approx: false } : qualifierAfter(norm, half ? end : end + m);
      if (tail.end > tail.start && !(q.bound && tail.bound)) {
        end = tail.end;
        q = combine(q, tail);
      } else if (tail.bound && before.bound && tail.bound !== before.bound && !rough.bound && !n.over) {
        // 超过18岁以下儿童的数量 (outnumber children under 18): a bound after the value and its
        // measure bounds the noun it opens; the word before the other way is the clause's verb.
        end = tail.end;
        q = { approx: tail.approx, bound: tail.bound };
        verbBefore = true;
      }
    }
    // 在10000与20000之间
    let start = verbBefore ? n.start : before.start;
    if (max === undefined && (norm[end] === '与' || norm[end] === '和')) {
      const m = numeralAt(numerals, k + 1, end + 1);
      if (m && norm.startsWith('之间', m.end) && m.value > n.value) {
        max = m.value;
        end = m.end + 2;
        if (norm[start - 1] === '在') start--;
        k++;
      }
    }
    if (norm.startsWith('等于', start - 2) && q.bound === undefined && max === undefined) {
      start -= 2; // 等于1535: exactly
      max = value;
    }
    if (norm[start - 1] === '比' && max === undefined && unit === undefined && end === n.end && '大小高低'.includes(norm[end] ?? '\0')) {
      const larger = norm[end] === '大' || norm[end] === '高';
      q = { approx: true, bound: larger ? 'over' : 'under' }; // 比三十大: more than 30
      start--;
      end++;
    }
    if (norm[n.start - 1] === '下' && norm[n.start - 2] === '零') {
      start = Math.min(start, n.start - 2); // 零下5度: below zero (低于零下170度: its bound before it)
      value = -value;
    }
    out.push(candidate('number', start, end, value, max, unit, q.approx, q.bound));
  }
  out = mergeBounds(norm, out);
  // 一半 (half)
  for (let i = norm.indexOf('一半'); i >= 0; i = norm.indexOf('一半', i + 1)) {
    if (norm[i + 2] === '半' || (norm[i - 1] !== undefined && BEFORE_ONE.includes(norm[i - 1]!))) continue;
    const before = qualifierBefore(norm, i);
    const tail = qualifierAfter(norm, i + 2);
    // 不到公路运输的一半: the bound stands before what the half is of
    const q = combine(before.bound ? before : combine(before, boundAcrossOwner(norm, before.start)), tail);
    out.push(candidate('number', before.start, tail.end, 0.5, undefined, undefined, q.approx, q.bound));
  }
  // 一分为二 (split in two), 一分为三
  for (let i = norm.indexOf('一分为'); i >= 0; i = norm.indexOf('一分为', i + 1)) {
    const parts = '二三四五六七八九'.indexOf(norm[i + 3] ?? '\0') + 2;
    if (parts > 1 && !isChineseNumeral(norm[i + 4])) out.push({ kind: 'number', start: i + 3, end: i + 4, value: parts, approx: false });
  }
  // 翻一番 (doubled), 翻两番 (quadrupled)
  for (let i = norm.indexOf('番'); i >= 0; i = norm.indexOf('番', i + 1)) {
    const c = norm[i - 1];
    const times = c === '一' ? 2 : c === '两' ? 4 : c === '三' ? 8 : 0;
    if (times && (norm[i - 2] === '翻' || (norm[i - 2] === '了' && norm[i - 3] === '翻'))) {
      // 翻了一番还多, 翻一番多: more than doubled
      const more = MORE_AFTER_MULTIPLE.exec(norm.slice(i + 1, i + 3));
      out.push(more
        ? { kind: 'number', start: i - 1, end: i + 1 + more[0].length, value: times, unit: 'x', approx: true, bound: 'over' }
        : { kind: 'number', start: i - 1, end: i + 1, value: times, unit: 'x', approx: false });
    } else if (c === '翻') {
      // 翻番, 实现翻番: doubled
      out.push({ kind: 'number', start: i - 1, end: i + 1, value: 2, unit: 'x', approx: false });
    }
  }
  // 增长一倍 (grew by once itself: doubled), 增加了一倍多
  for (let i = norm.indexOf('一倍'); i >= 0; i = norm.indexOf('一倍', i + 1)) {
    if (!GROWN_BY.test(norm.slice(Math.max(0, i - 3), i))) continue;
    // 一倍多, 一倍余: more than doubled, as 两倍多 is read
    const tail = norm[i + 2] === '多' || norm[i + 2] === '余' ? { end: i + 3, approx: true, bound: 'over' as const } : qualifierAfter(norm, i + 2);
    out.push(candidate('number', i, tail.end, 2, undefined, 'x', tail.approx, tail.bound));
  }
  return out;
};

/** Words after a multiple that make it a lower bound: 多, 余 (两倍多), 还多 (翻了一番还多), 有余 (三倍有余), 以上. */
const MORE_AFTER_MULTIPLE = /^(?:还多|還多|有余|有餘|以上|多|余|餘)/;

/** A verb of growth right before 一倍 (`增长一倍`, `增加了一倍`, `提高一倍`): the amount doubled. */
const GROWN_BY = /(?:增长|增加|提高|上涨|上升|扩大|增|涨)了?$/;

/**
 * A bound before what a share or a multiple is of (`不到公路运输的一半`, `超过去年同期的两倍`): the
 * comparison's word, a short phrase without a stop (a figure may be in it: `超过该国20吉瓦峰值需求的一半`), and 的 right before the value at
 * `at`. A share's or a multiple's own value is relative, so the bound is on it (unlike a value of
 * its own, `高于三星的7.7%`, which is the other thing's).
 */
function boundAcrossOwner(norm: string, at: number): Qualified {
  const m = norm[at - 1] === '的' ? BOUND_BEFORE_OWNER.exec(norm.slice(Math.max(0, at - 30), at)) : null;
  if (!m) return { start: at, end: at, approx: false };
  return { start: at, end: at, approx: true, bound: OVER_OWNER.includes(m[1]!) ? 'over' : 'under' };
}

/**
 * A comparison's word, then what is compared and 的 (`boundAcrossOwner`): no clause's break between,
 * a comma inside a figure aside (`不及高峰期2,450萬個標準箱的一半`).
 */
const BOUND_BEFORE_OWNER = /(不到|不足|不及|少于|低于|小于|超过|多于|高于|大于|超|逾)(?:[^，。；！？,;!?\s的]|(?<=\d),(?=\d)){1,24}的$/;
/** Those of `BOUND_BEFORE_OWNER` that bound from below (`略超总量的一半`: 超, over, as 超过). */
const OVER_OWNER = ['超过', '多于', '高于', '大于', '超', '逾'];
