/**
 * Reading numbers in Chinese text: Chinese numerals (一二三…十百千万亿, financial 壹贰叁…拾佰仟,
 * 廿 卅 卌, 零/〇), Arabic numbers with separators, decimals, `k` and exponents, and the two
 * mixed (`1.2万`, `6350亿`, `5万4千6百`), with decimals (`三点五`), fractions (`三分之一`,
 * `3又一千分之23`), negatives (`负`, `-`) and the rough forms `十多万`, `五百余万`, `二十几万`.
 * Works on folded text (see `normalize`), one hand-written scan, linear time.
 */
import { unitSymbolAt } from '../unit-symbols.js';

/** A number found in the text. */
export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** Holds a Chinese numeral character. */
  chinese: boolean;
  /** Holds an Arabic digit. */
  arabic: boolean;
  /** Chinese digits read one by one (`二零二四`, `五五`): their digit string. */
  sequence?: string;
  /** One Chinese character and nothing else (`一`, `十`, `两`). */
  single: boolean;
  /** Only unit characters, no digit (`十`, `百万`, `千万`). */
  unitsOnly: boolean;
  /** Written with `多`, `余` or `几` inside (`十多万`): at least this much. */
  over: boolean;
  /** A fraction or has a decimal part. */
  fractional: boolean;
  /** Uses a financial character that is also an ordinary word (陆 伍 肆 拾 …). */
  ambiguous: boolean;
}

/** The financial forms of the digits one to nine (大写数字), as cheques and contracts write amounts (traditional forms folded by `normalize`). */
export const FINANCIAL_DIGITS: Readonly<Record<string, number>> = { 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  ...FINANCIAL_DIGITS,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };
/** Financial forms that are also ordinary characters (陆地, 队伍, 放肆, 收拾): numerals only beside other numerals. */
const AMBIGUOUS = new Set(['陆', '伍', '肆', '拾', '柒', '捌', '玖', '佰', '仟']);
/**
 * Characters after which a hyphen joins a range (日-, 月-, 年-), not a minus sign: units of time,
 * and the units and scales that end an amount (`10万元-20万元`, `3万-5万人`, `5吨-8吨`).
 */
const DASH_AFTER = '日月年号时点分秒天周届期季度%元万亿人个倍岁米吨次件块';

/** Decimal digits after 点 (两 is never a decimal digit). */
const DECIMAL: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** A unit character that starts a measure word instead (千克, 千米, 千瓦, 千升, 千牛, 千帕, 兆瓦, 百分点: the SI prefixes kilo- and mega- as GB 3100 names them). */
function unitIsMeasure(text: string, i: number): boolean {
  const c = text[i];
  const n = text[i + 1];
  if (c === '千') return n === '克' || n === '米' || n === '瓦' || n === '卡' || n === '焦' || n === '字' || n === '伏' || n === '牛' || n === '帕' || n === '赫' || n === '欧' || n === '升';
  if (c === '兆') return n === '瓦' || n === '赫' || n === '字' || n === '比' || n === '帕' || n === '焦' || n === '欧';
  if (c === '百') return n === '分' && text[i + 2] === '点';
  return false;
}

/** True when 万, 亿 or 兆 (a scale, not a measure) follows at `j`, after at most one space. */
function bigUnitAfter(text: string, j: number): boolean {
  const k = text[j] === ' ' ? j + 1 : j;
  const c = text[k];
  return c !== undefined && c in BIG && !unitIsMeasure(text, k);
}

/** Character codes of every Chinese numeral character, for a fast test. */
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const table of [DIGITS, SMALL, BIG, TENS]) for (const c of Object.keys(table)) NUMERAL_CODES[c.charCodeAt(0)] = 1;

/** True for a character that can be part of a Chinese numeral. */
export function isChineseNumeral(c: string | undefined): boolean {
  return c !== undefined && NUMERAL_CODES[c.charCodeAt(0)] === 1;
}

/** A space that groups digits: a plain, no-break, thin or narrow no-break space. */
function isGroupSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Reads an Arabic number at `i`: `1,234.5`, `.5`, `40k`, `2e5`. Returns its end and value. */
export function readArabic(text: string, i: number): { end: number; value: number } | undefined {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  const intEnd = j;
  // Thousands groups: a comma followed by exactly three digits, repeatedly.
  while (j > i && text[j] === ',' && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
    && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
  // Or a space of one of the kinds that group digits (`133 300`, `42 900`, as Hong Kong and Macao
  // releases write them) after one to three digits, each group of exactly three.
  if (j === intEnd && intEnd - i <= 3) {
    while (isGroupSpace(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
      && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4)) && text[j + 4] !== '.' && text[j + 4] !== ',') j += 4;
  }
  if (text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  }
  if (j === i || (j === intEnd && intEnd === i)) return undefined;
  const digits = text.slice(i, j);
  let value = Number(j > intEnd && !isDigit(text.charCodeAt(intEnd)) ? digits.replace(/[, \u00a0\u2009\u202f]/g, '') : digits);
  if (Number.isNaN(value)) return undefined;
  const e = text[j];
  if ((e === 'e' || e === 'E') && !isAsciiLetter(text[j + 2] ?? '')) {
    let k = j + 1;
    if (text[k] === '+' || text[k] === '-') k++;
    const s = k;
    while (k < text.length && isDigit(text.charCodeAt(k))) k++;
    if (k > s && !isAsciiLetter(text[k])) {
      value *= 10 ** Number(text.slice(j + 1, k));
      j = k;
    }
  } else if ((e === 'k' || e === 'K') && !isAsciiLetter(text[j + 1])) {
    value *= 1000;
    j++;
  }
  return { end: j, value };
}

/** Skips up to two spaces when a numeral part follows them; returns the new position. */
function skipInnerSpace(text: string, j: number, allowArabic: boolean): number {
  let k = j;
  while (k < text.length && k - j < 2 && text[k] === ' ') k++;
  if (k === j) return j;
  const c = text[k];
  if (isChineseNumeral(c) || c === '余' || c === '多' || c === '几' || c === '又' || c === '分') return k;
  if (allowArabic && c !== undefined && isDigit(c.charCodeAt(0))) return k;
  return j;
}

interface IntegerRead {
  end: number;
  value: number;
  chinese: boolean;
  arabic: boolean;
  sequence: string | undefined;
  unitsOnly: boolean;
  over: boolean;
  fractional: boolean;
  chars: number;
  ambiguous: boolean;
}

/**
 * Reads an integer part: Chinese digits and units, Arabic numbers as multipliers of
 * Chinese units, and the rough markers 多/余/几. Stops at anything it cannot use.
 */
function readInteger(text: string, i: number): IntegerRead | undefined {
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let pendingChinese = false;
  let lastUnit = 0; // the unit just before a trailing single digit (for 一百五 = 150)
  let afterZero = false;
  let lastBig = 0;
  let chinese = false;
  let arabic = false;
  let digitsSeen = 0;
  let unitsOnly = true;
  let over = false;
  let fractional = false;
  let sequence = '';
  let sequenceBroken = false;
  let chars = 0;
  let ambiguous = false;
  let j = i;
  let end = i;
  let lastWasUnit = false;
  let lastWasSpace = false;
  while (j < text.length) {
    const c = text[j]!;
    const code = c.charCodeAt(0);
    // The character after every number: no branch below reads it, so none of their tables is asked.
    if (!isDigit(code) && NUMERAL_CODES[code] !== 1 && c !== '.' && c !== ' ' && c !== '多' && c !== '余' && c !== '几') break;
    if (isDigit(code) || (c === '.' && isDigit(text.charCodeAt(j + 1)) && pending === undefined && j === i)) {
      if (pending !== undefined) break;
      if (chinese && !lastWasUnit && !afterZero) break;
      const a = readArabic(text, j);
      if (!a) break;
      if (isAsciiLetter(text[a.end]) && !isChineseNumeral(text[a.end]) && !unitSymbolAt(text, a.end)) {
        if (j === i) return undefined;
        break;
      }
      pending = a.value;
      pendingChinese = false;
      if (!Number.isInteger(a.value)) fractional = true;
      arabic = true;
      unitsOnly = false;
      sequenceBroken = true;
      j = a.end;
      end = j;
      lastWasUnit = false;
    } else if (c in DIGITS) {
      if (AMBIGUOUS.has(c)) ambiguous = true;
      const d = DIGITS[c]!;
      if (pending !== undefined) {
        // A digit right after a digit: read one by one (二零二四), unless units came first.
        if (!pendingChinese || sequenceBroken || lastWasSpace) break;
        sequence += String(d);
        pending = pending * 10 + d;
        j++;
        end = j;
        chars++;
        chinese = true;
        continue;
      }
      if (d === 0 && c !== '两') {
        afterZero = digitsSeen > 0 || total > 0 || section > 0;
        if (!afterZero) {
          pending = 0;
          pendingChinese = true;
          if (!sequence) sequence = '0';
          chinese = true;
          unitsOnly = false;
          digitsSeen++;
          chars++;
          j++;
          end = j;
          lastWasUnit = false;
          continue;
        }
        chinese = true;
        chars++;
        j++;
        end = j;
        lastWasUnit = false;
        continue;
      }
      pending = d;
      pendingChinese = true;
      if (!sequenceBroken && total === 0 && section === 0) sequence = String(d);
      chinese = true;
      unitsOnly = false;
      digitsSeen++;
      chars++;
      j++;
      end = j;
      lastWasUnit = false;
    } else if (c in TENS) {
      if (pending !== undefined) break;
      section += TENS[c]!;
      lastUnit = 10;
      chinese = true;
      unitsOnly = false;
      sequenceBroken = true;
      afterZero = false;
      chars++;
      j++;
      end = j;
      lastWasUnit = true;
    } else if (c in SMALL) {
      if (unitIsMeasure(text, j)) break;
      if (AMBIGUOUS.has(c)) ambiguous = true;
      const u = SMALL[c]!;
      if (pending === undefined && lastWasUnit && lastUnit <= u) break;
      if (sequence.length > 1 && !sequenceBroken) break;
      section += (pending === undefined || pending === 0 ? 1 : pending) * u;
      if (pending !== undefined && !Number.isInteger(pending)) fractional = true;
      pending = undefined;
      lastUnit = u;
      afterZero = false;
      chinese = true;
      sequenceBroken = true;
      chars++;
      j++;
      end = j;
      lastWasUnit = true;
    } else if (c in BIG) {
      if (unitIsMeasure(text, j)) break;
      if (sequence.length > 1 && !sequenceBroken) break;
      const u = BIG[c]!;
      if (pending !== undefined && pendingChinese && !afterZero && lastUnit >= 100 && lastUnit < 1e4
        && lastWasUnitBefore(text, i, j)) pending *= lastUnit / 10; // 百二万 = 1200000
      const s = section + (pending ?? 0);
      if (s === 0 && total === 0 && pending === undefined) {
        if (j === i) return undefined; // a bare 万 or 亿
        break;
      }
      if (s === 0) total *= u; // 四万万, 四万亿
      else if (total > 0 && u > lastBig) total = (total + s) * u; // 一万五千亿
      else total += s * u;
      lastBig = Math.max(lastBig, u);
      section = 0;
      pending = undefined;
      lastUnit = u;
      afterZero = false;
      chinese = true;
      sequenceBroken = true;
      chars++;
      j++;
      end = j;
      lastWasUnit = true;
    } else if ((c === '多' || c === '余' || c === '几') && end > i && (c === '几' ? lastWasUnit && pending === undefined
      : bigUnitAfter(text, j + 1))) {
      // 十多万, 五百余万, 500余万, 二十几万: a rough amount (多/余 only before 万/亿)
      over = true;
      j++;
      end = j;
      lastWasUnit = true;
      continue;
    } else if (c === '几' && afterZero) {
      over = true;
      j++;
      end = j;
      lastWasUnit = true;
      continue;
    } else if (c === ' ') {
      const k = skipInnerSpace(text, j, lastWasUnit && chinese);
      if (k === j) break;
      lastWasSpace = true;
      j = k;
      continue;
    } else {
      break;
    }
    lastWasSpace = false;
  }
  if (end === i) return undefined;
  let value: number;
  const seq = sequence.length > 1 && !sequenceBroken;
  if (seq) {
    value = Number(sequence);
  } else {
    let tail = pending ?? 0;
    if (pending !== undefined && pendingChinese && !afterZero && lastUnit >= 10 && lastWasUnitBefore(text, i, end)) {
      tail = pending * (lastUnit / 10); // 一百五 = 150, 三万五 = 35000
    }
    value = total + section + tail;
  }
  // `sequence` always present (undefined when none), so every read has one shape and no spread.
  return {
    end, value, chinese, arabic, sequence: seq ? sequence : undefined, unitsOnly, over, fractional, chars, ambiguous,
  };
}

/** True when the character before the final digit of `[i, end)` is a unit (so 一百五, not 一百零五). */
function lastWasUnitBefore(text: string, i: number, end: number): boolean {
  let k = end - 2;
  while (k >= i && text[k] === ' ') k--;
  if (k < i) return false;
  const c = text[k]!;
  return c in SMALL || c in BIG;
}

/**
 * Reads `/d` (a denominator right after a numerator: value is the denominator) or ` n/d`
 * (the fraction of a mixed number: value is n/d) at `i`. Small numbers only; nothing when
 * another slash or digit follows, as in dates.
 */
function readSlash(text: string, i: number): { end: number; value: number; denominator: number } | undefined {
  const small = (from: number, numerator = false): { end: number; value: number } | undefined => {
    let k = from;
    while (k < text.length && isDigit(text.charCodeAt(k)) && k - from < 4) k++;
    if (k === from || k - from > 3 || isDigit(text.charCodeAt(k)) || (text[k] === '/' && !numerator) || text[k] === '.'
      || text[k] === '-' || isAsciiLetter(text[k])) return undefined;
    return { end: k, value: Number(text.slice(from, k)) };
  };
  if (text[i] === '/') {
    const d = small(i + 1);
    return d && d.value > 0 ? { end: d.end, value: d.value, denominator: d.value } : undefined;
  }
  if (text[i] === ' ' && isDigit(text.charCodeAt(i + 1))) {
    const n = small(i + 1, true);
    if (!n || text[n.end] !== '/') return undefined;
    const d = small(n.end + 1);
    return d && d.value > 0 ? { end: d.end, value: n.value / d.value, denominator: d.value } : undefined;
  }
  return undefined;
}

/**
 * Characters after which 一 opens a word of its own, no digit (`一直`, `一起`, `一定`, `一般`, `一样`,
 * `一些`, `一切`, `一旦`, `一同`, `一共`…): CC-CEDICT's two-character words on 一 that are adverbs,
 * pronouns or conjunctions.
 */
const ONE_WORD_AFTER = '直起定般样樣些切旦向度律同并併道边邊面再连連路齐齊共';

/** Reads Chinese decimal digits after 点 (`点零五`) or Arabic ones (`点77`). */
function readDecimals(text: string, j: number): { end: number; digits: string } | undefined {
  let k = j;
  let digits = '';
  while (k < text.length) {
    const c = text[k]!;
    const next = text[k + 1];
    if (c === '一' && next !== undefined && ONE_WORD_AFTER.includes(next)) break;
    if (c in DECIMAL) digits += DECIMAL[c]!;
    else if (isDigit(c.charCodeAt(0))) digits += c;
    else if (c === ' ' && digits && ((text[k + 1] ?? '') in DECIMAL)) { k++; continue; }
    else break;
    k++;
  }
  return digits ? { end: k, digits } : undefined;
}

/**
 * Reads a whole number at `i` (folded text): sign, integer, decimal part, fraction.
 * Returns undefined when nothing numeric starts there. `depth` bounds the recursion: the
 * fraction after 又 (depth 1) holds no 又, the numerator of a fraction (depth 2) no fraction.
 */
export function readNumeral(text: string, i: number, depth = 0): Numeral | undefined {
  let j = i;
  let sign = 1;
  if (text[j] === '负' || text[j] === '-') {
    // a hyphen after a digit, a letter or a date word is a dash (10-11, 1月10日-11日), not a minus
    const p = text[j - 1];
    if (text[j] === '-' && (isDigit(text.charCodeAt(j - 1)) || isAsciiLetter(p) || (p !== undefined && DASH_AFTER.includes(p)))) {
      return undefined;
    }
    sign = -1;
    j++;
    if (text[j] === ' ' && text[j - 1] === '负') j++;
  }
  const first = readInteger(text, j);
  if (!first) return undefined;
  let value = first.value;
  let end = first.end;
  let fractional = first.fractional;
  const { arabic, over, ambiguous } = first;
  let { chinese, unitsOnly } = first;
  let chars = first.chars;
  let sequence = first.sequence;
  // Decimal part: 三点五, 两千万点五五四四, 十五点七 (not 两百点两, not a time 十点二十分)
  let dot = end;
  if (chinese) while (text[dot] === ' ' && dot - end < 2) dot++;
  if (text[dot] === '点' && !over) {
    let from = dot + 1;
    while (text[from] === ' ' && from - dot < 3) from++;
    // Arabic digits before 点 take Arabic decimals (`5点1`); Chinese ones after them are the next
    // words (`5点一直开到凌晨`, at five o'clock): a decimal is written in one script.
    const d = arabic && !isDigit(text.charCodeAt(from)) ? undefined : readDecimals(text, from);
    const after = d ? text[d.end] : undefined;
    const isTime = after === '分' || after === '十' || after === '刻' || (after !== undefined && after in SMALL);
    if (d && !isTime && !first.sequence) {
      value = value + Number(`0.${d.digits}`);
      end = d.end;
      fractional = true;
      chinese = true;
      chars += 2;
      sequence = undefined;
      if ((text[end] ?? '') in BIG && !unitIsMeasure(text, end)) {
        value *= BIG[text[end]!]!;
        end++;
      }
    }
  }
  // Powers: 2^-1, 1.1^+23
  if (first.arabic && !first.chinese && text[end] === '^') {
    let m = end + 1;
    let expSign = 1;
    while ((text[m] === '-' || text[m] === '+') && m - end < 3) {
      if (text[m] === '-') expSign = -expSign;
      m++;
    }
    const e = readArabic(text, m);
    if (e && Number.isInteger(e.value)) {
      value = value ** (expSign * e.value);
      end = e.end;
      fractional = !Number.isInteger(value);
    }
  }
  // Fractions written with a slash: 1/2, 1 3/5 (not dates: 3/3/2015)
  if (first.arabic && !first.chinese && Number.isInteger(value) && text[i - 1] !== '/' && end - j <= 3) {
    const slash = readSlash(text, end);
    if (slash) {
      value = text[end] === '/' ? value / slash.denominator : value + slash.value;
      end = slash.end;
      fractional = true;
    }
  }
  // Fractions: 三分之一, 一百分之二, 3又一千分之23, 五 分之 一
  let k = end;
  while (text[k] === ' ' && k - end < 2) k++;
  if (text[k] === '分') {
    let m = k + 1;
    while (text[m] === ' ' && m - k < 3) m++;
    if (text[m] === '之') {
      m++;
      while (text[m] === ' ' && m - k < 6) m++;
      // eslint-disable-next-line align/no-self-call -- two levels at most, whatever the text: `depth` bounds it
      const num = depth >= 2 ? undefined : readNumeral(text, m, 2);
      if (num && value !== 0) {
        value = num.value / value;
        end = num.end;
        fractional = true;
        chinese = true;
        unitsOnly = false;
        sequence = undefined;
        chars += 2 + num.end - m;
      }
    }
  } else if (text[k] === '又') {
    let m = k + 1;
    while (text[m] === ' ' && m - k < 3) m++;
    // eslint-disable-next-line align/no-self-call -- one level at most, whatever the text: `depth` bounds it
    const frac = depth > 0 ? undefined : readNumeral(text, m, 1);
    if (frac && frac.fractional && frac.value < 1 && frac.value > 0) {
      value += frac.value;
      end = frac.end;
      fractional = true;
      sequence = undefined;
    }
  }
  if (first.ambiguous && chars < 2) return undefined;
  return {
    start: i,
    end,
    value: clean(sign * value),
    chinese,
    arabic,
    // always present, so every numeral has one shape
    sequence: sequence === '' ? undefined : sequence,
    single: chinese && !arabic && end - i === 1,
    unitsOnly: unitsOnly && !arabic,
    over,
    fractional,
    ambiguous,
  };
}

/** Drops floating-point noise (1.1亿 is 110000000, not 110000000.00000001). */
function clean(value: number): number {
  return Number.isSafeInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

/**
 * Characters that make a word with 负 after them (减负, 胜负, 担负, 背负, 抱负, 欺负, 辜负, 自负, 肩负, 身负, 重负;
 * 正负, plus or minus, a margin as ± is): no minus sign.
 */
const NEGATIVE_WORD_BEFORE = '减減胜勝担擔背抱欺辜自肩身重正';

/** Can a number start at `i`? */
function canStart(text: string, i: number): boolean {
  const c = text[i]!;
  const code = c.charCodeAt(0);
  if (isDigit(code)) {
    const p = text[i - 1];
    return !isDigit(text.charCodeAt(i - 1)) && (p !== '.' || text[i - 2] === '.') && !(p === ',' && isDigit(text.charCodeAt(i - 2)));
  }
  if (c === '.') return isDigit(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i - 1)) && text[i - 1] !== '.';
  if (c === '-') return isDigit(text.charCodeAt(i + 1)) || text[i + 1] === '.';
  // 负 after a character it makes a word with (减负, lightening a burden; 胜负, 担负, 抱负) is no minus.
  if (c === '负') return !(i > 0 && NEGATIVE_WORD_BEFORE.includes(text[i - 1]!)) && (isChineseNumeral(text[i + 1]) || isDigit(text.charCodeAt(i + 1)) || text[i + 1] === ' ');
  return isChineseNumeral(c);
}

/**
 * Finds every number in folded text, left to right, without overlaps. Arabic numbers glued
 * to Latin letters (`6G`, `CAD3`, `MP3`) are skipped: they are names, not quantities.
 */
export function scanNumerals(text: string): Numeral[] {
  const found: Numeral[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Fast skip: most characters cannot start a number.
    if (!(code >= 48 && code <= 57) && code !== 46 && code !== 45 && NUMERAL_CODES[code] !== 1 && code !== 0x8d1f) {
      i++;
      continue;
    }
    if (!canStart(text, i)) {
      i++;
      continue;
    }
    if (isDigit(code) && (isAsciiLetter(text[i - 1])
      || (text[i - 1] === '-' && isAsciiLetter(text[i - 2]) && !isDigit(text.charCodeAt(i - 3))))) {
      while (i < text.length && (isDigit(text.charCodeAt(i)) || isAsciiLetter(text[i]) || text[i] === '.')) i++;
      continue;
    }
    const n = readNumeral(text, i);
    if (!n) {
      i++;
      continue;
    }
    if (n.sequence && isChineseNumeral(text[n.end])) {
      // 二三十, 三四百: a rough reading of two neighbours, not a number we can resolve
      i = n.end;
      while (i < text.length && isChineseNumeral(text[i])) i++;
      continue;
    }
    const shared = n.single && n.chinese ? sharedMultiplierEnd(text, n) : 0;
    if (shared) {
      // 二、三十, 三、四百: two neighbours sharing the second's multiplier, as rough as 二三十
      i = shared;
      continue;
    }
    found.push(n);
    i = n.end;
  }
  return found;
}

/** The digits a pair of neighbours of `sharedMultiplierEnd` may open on, in order (两 is 二). */
const NEIGHBOUR_DIGITS = '一二三四五六七八九';

/**
 * Where a neighbour pair whose first digit stands alone before `、` ends, or 0: `二、三十` (twenty
 * or thirty, `in their 20s and 30s`), `三、四百`, the first digit taking the multiplier the next one,
 * one higher, is written with. A list of digits (`一、二、三号线`) has no multiplier after its next
 * digit, two digits that are no neighbours (`二、五十`) are two numbers, and ranks are left to
 * the ordinals (`第二、三十名`).
 */
function sharedMultiplierEnd(text: string, n: Numeral): number {
  if (text[n.end] !== '、' || text[n.start - 1] === '第') return 0;
  const first = NEIGHBOUR_DIGITS.indexOf(text[n.start] === '两' ? '二' : text[n.start]!);
  if (first < 0 || text[n.end + 1] !== NEIGHBOUR_DIGITS[first + 1]) return 0;
  const unit = text[n.end + 2];
  if (unit !== '十' && unit !== '百' && unit !== '千' && unit !== '万' && unit !== '萬') return 0;
  let end = n.end + 2;
  while (end < text.length && isChineseNumeral(text[end])) end++;
  return end;
}
