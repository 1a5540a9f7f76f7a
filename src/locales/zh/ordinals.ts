/**
 * Ordinals in Chinese text: `第二十一届` and `第21届` (21; the span is `第二十一`, the measure
 * word is left out as Recognizers-Text does), `首批`, `首次`, `首届`, `头一个`, `头一次` (1: English says "first"),
 * enumerations at the head of a clause `一是…二是…三是` (1, 2, 3: "the first is…"), and the
 * five-year plans `十四五` (14: "the 14th Five-Year Plan"), and congresses and sessions named
 * without 第: `十九大` (19th Congress), `十四届全国人大` (14th NPC), `二次会议` (second session),
 * `三中全会` (third plenary session), and `二次` before a noun (`二次材料`, secondary materials: 2).
 */
import type { FactCandidate } from '../../types.js';
import { isHan, type ZhExtractor } from './shared.js';
import { ROMAN, romanValue } from '../roman.js';

/**
 * A phase or a level named by a Roman numeral (`III期临床试验`, `Ⅱ期`; `Ⅳ级应急响应`): the English
 * `Phase 3`, `Level IV`, an ordinal.
 */
const ROMAN_PHASE = new RegExp(`(?<![A-Za-z])(${ROMAN})(?=期|级)`, 'g');

/** Measure words after 首 that make it "first" (首批, 首次, 首枚金牌, 首日, 首月, 首间, 首所, 首支车队; traditional 首間, 首個); not 首都, 首先, 首席. */
const FIRST_OF = new Set([...'批次届个家位款台架座条期轮场部站例只颗艘列发张项单笔枚日周月年班趟间所栋辆篇名支组宗', ...'屆個間棟輛張項單筆週組']);
/** Verbs and words of number before N次会议 that make it a count of meetings, not a session's order (召开了三次会议, 共四次会议). */
const COUNTING_BEFORE = /(?:举行|舉行|召开|召開|开了|開了|共|先后|先後|多|了|过|過)$/;
/** Characters that may precede an enumerating `一是`: the head of a clause. */
const CLAUSE_HEAD = new Set([...'。，,；;：:！!？? \n\t“"（(、']);
const SMALL_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Characters before N季度 that make it no quarter's order: 第 (read above), 前 (前三季度, a count), 上, 下, 每, 这, 本 (上一季度, the previous quarter). */
const NOT_QUARTER_ORDER = '第前上下每这這本该該同';

/** Finds ordinals. */
export const ordinals: ZhExtractor = (t) => {
  const { norm, numerals } = t;
  const out: FactCandidate[] = [];
  if (norm.includes('期') || norm.includes('级')) {
    ROMAN_PHASE.lastIndex = 0;
    for (let m = ROMAN_PHASE.exec(norm); m; m = ROMAN_PHASE.exec(norm)) {
      out.push({ kind: 'ordinal', start: m.index, end: m.index + m[0].length, value: romanValue(m[1]!)!, approx: false });
    }
  }
  for (const n of numerals) {
    if (norm[n.start - 1] !== '第' || n.fractional || n.value < 0) continue;
    if (n.sequence) continue;
    if (n.value === 1 && norm.startsWith('时间', n.end)) continue; // 第一时间: at once
    out.push({ kind: 'ordinal', start: n.start - 1, end: n.end, value: n.value, approx: false });
  }
  // 一季度 (first quarter), 三季度: English says `the first quarter`, an ordinal without its year;
  // 前三季度 counts quarters (the first three), as 前10个月 counts months; 上一季度, 下一季度,
  // 每一季度 are the previous, the next and every quarter
  for (const n of numerals) {
    if (!norm.startsWith('季度', n.end) || n.sequence || !Number.isInteger(n.value) || NOT_QUARTER_ORDER.includes(norm[n.start - 1] ?? '\0')) continue;
    if (n.value >= 1 && n.value <= 4 && n.end - n.start === 1) out.push({ kind: 'ordinal', start: n.start, end: n.end, value: n.value, approx: false });
  }
  for (let i = norm.indexOf('首'); i >= 0; i = norm.indexOf('首', i + 1)) {
    const next = norm[i + 1];
    if (next === undefined || !FIRST_OF.has(next)) continue;
    if (next === '发' && isHan(norm[i + 2])) continue; // 首发式
    out.push({ kind: 'ordinal', start: i, end: i + 2, value: 1, approx: false });
  }
  // 头一个, 头一次, 头一回: first
  for (let i = norm.indexOf('头一'); i >= 0; i = norm.indexOf('头一', i + 1)) {
    if (!FIRST_OF.has(norm[i + 2] ?? '\0') && !'回天年遍'.includes(norm[i + 2] ?? '\0')) continue;
    if ('这那每哪一二两三四五六七八九十几'.includes(norm[i - 1] ?? '\0')) continue; // 这头: 头 counts animals
    out.push({ kind: 'ordinal', start: i, end: i + 2, value: 1, approx: false });
  }
  // 一是…二是…三是: only where a clause starts, and only once the list begins with 一是
  for (let i = norm.indexOf('是'); i >= 0; i = norm.indexOf('是', i + 1)) {
    const c = norm[i - 1];
    const v = c !== undefined ? SMALL_ORDINALS[c] : undefined;
    if (v === undefined) continue;
    const head = norm[i - 2];
    if (head !== undefined && !CLAUSE_HEAD.has(head)) continue;
    if (v > 1 && !norm.slice(Math.max(0, i - 2000), i).includes('一是')) continue;
    out.push({ kind: 'ordinal', start: i - 1, end: i, value: v, approx: false });
  }
  // Congresses and sessions named without 第: 十九大 (19th Congress), 十四届全国人大 (14th NPC),
  // 二次会议 (second session), 三中全会 (third plenary session)
  for (const n of numerals) {
    if (n.fractional || n.sequence || n.value < 1 || norm[n.start - 1] === '第') continue;
    const next = norm[n.end];
    if (n.arabic && next !== '周') continue;
    const after = norm[n.end + 1];
    let end = -1;
    if (next === '周' && norm[n.end + 1] === '年' && Number.isInteger(n.value)) {
      end = n.end; // 70周年: the 70th anniversary
    } else if (next === '大' && n.value >= 10 && n.value <= 40 && (after === undefined || !isHan(after) || '以精报召期代会上的闭开后前'.includes(after))) {
      end = n.end;
    } else if (next === '届' && after !== undefined && '全中人政一二三四五六七八九十'.includes(after) && !'连历共了过'.includes(norm[n.start - 1] ?? '\0')) {
      end = n.end;
    } else if (next === '次' && (norm.startsWith('会议', n.end + 1) || norm.startsWith('全体会议', n.end + 1) || norm.startsWith('全会', n.end + 1))
      && !COUNTING_BEFORE.test(norm.slice(Math.max(0, n.start - 3), n.start))) {
      end = n.end; // 二次会议, but 举行四次会议 (held four meetings) counts

    } else if (next === '次' && norm[n.start] === '二' && n.end - n.start === 1 && isHan(after) && !'方元'.includes(after!) && !'一二三四五六七八九十'.includes(norm[n.start - 1] ?? '\0')) {
      end = n.end; // 二次材料: secondary (a count of two is 两次)
    } else if (next === '中' && norm.startsWith('全会', n.end + 1)) {
      end = n.end;
    }
    if (end > 0) out.push({ kind: 'ordinal', start: n.start, end, value: n.value, approx: false });
  }
  // 十四五 (the 14th Five-Year Plan), 十三五, 十五五
  for (let i = norm.indexOf('五'); i >= 0; i = norm.indexOf('五', i + 1)) {
    if (norm[i - 2] !== '十') continue;
    const d = SMALL_ORDINALS[norm[i - 1] ?? ''];
    if (d === undefined || d > 9) continue;
    const before = norm[i - 3];
    const after = norm[i + 1];
    const quoted = (before === '“' || before === '"') && (after === '”' || after === '"');
    const planned = after !== undefined && '规时期末开以'.includes(after);
    if (!quoted && !planned) continue;
    out.push({ kind: 'ordinal', start: i - 2, end: i + 1, value: 10 + d, approx: false });
  }
  return out;
};
