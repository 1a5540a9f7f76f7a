/**
 * The Chinese locale: extractors of numbers, money, percentages, ordinals, dates and
 * durations, in order from most to least specific (as chrono lists its parsers).
 * Each reads the same prepared text; where their matches overlap the longer one wins,
 * and on a tie the one listed first (the pipeline's `resolveOverlaps` rule, in linear time).
 *
 * Conventions, chosen so that both sides of a pair resolve to the same values:
 * - Qualifiers are part of the span and set `approx`: 近, 约, 大约, 将近, 接近, 左右, 上下.
 *   A bound sets `bound` and always `approx` too: `over` for 余, 多, 以上, 超过, 逾, 至少,
 *   `under` for 不到, 不足, 以下, 以内, 最多 (`20余年` is P20Y, approx, over).
 * - Counts leave the measure word out of the span, as Recognizers-Text does (`14项` → `14`);
 *   a lone numeral counts only before a measure word (`十省`, `两地` = "the two places": 2)
 *   or standing alone. 一 before a measure word is mostly the article "a" (一个问题 "a problem")
 *   and counts only when stressed (只有一个, 仅一家). Fixed words yield nothing: 一系列, 统一,
 *   之一, 一道, 一大批, 这一类, 双城, 两国 (usually rendered by the two names), 5G.
 * - Ordinals: 第N (span without the measure word), 首批/首次/首届 (1), 一是…二是 at the head
 *   of a clause (1, 2, …), 十四五 (14).
 * - Multiples are numbers with unit `x` (`95倍`); percentage points are percent with unit `pp`.
 * - Dates are ISO 8601; without a year `--MM-DD`, and a day without its month `---DD`; a
 *   weekday written after a date is part of its span. Relative dates (昨天, 下周一, 去年,
 *   过去15年) resolve against the reference day, as the English ones do.
 */
import type { Extractor, FactCandidate } from '../../types.js';
import { dates } from './dates.js';
import { durations } from './durations.js';
import { money } from './money.js';
import { numbers } from './numbers.js';
import { ordinals } from './ordinals.js';
import { resolveOverlaps } from '../../pipeline/overlap.js';
import { endInNextYear } from '../calendar.js';
import { inText } from '../../pipeline/left-out.js';
import { composeDates, type DateWords } from '../compose-dates.js';
import { chineseHolidays } from '../holidays.js';
import { percent } from './percent.js';
import { bracketedDays, relativeDates, withWeekday } from './relative-dates.js';
import { roughScales } from './rough-scales.js';
import { normHolds, prepare, type ZhExtractor } from './shared.js';
import { isHanCode } from '../../lexicon/chinese.js';

/** The extractors, most specific first. */
export const extractors: readonly ZhExtractor[] = [withWeekday(dates), relativeDates, bracketedDays, (t) => chineseHolidays(t.norm, t.context.referenceDate, normHolds(t)), money, percent, durations, ordinals, numbers, roughScales];

/**
 * Finds the numbers, money, percentages, ordinals, dates and durations in a Chinese text.
 * Returns non-overlapping candidates sorted by start, offsets into `text`.
 */
export const extract: Extractor = (text, context) => {
  const unspaced = withoutFigureSpaces(text);
  // Offsets into the text without the spaces, taken back to `text`: a span keeps the spaces inside it.
  return unspaced ? inText(extractFrom(unspaced.text, context), unspaced.at, text.length) : extractFrom(text, context);
};

/** Whether the code unit is an ASCII or full-width digit. */
function isFigureCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Whether the code unit is a space a page may set between Chinese and a figure. */
function isFigureSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0;
}

/**
 * The text without the single spaces that many pages and typesetting tools set between Chinese
 * and figures (`超过 5000 亿元`, `第 21 届`, `2024 年 1 月 10 日`), so that every rule reads them as
 * written without (`超过5000亿元`): the text and, for each of its code units, its offset in `text`.
 * Undefined where there is no such space. One space only: a wider gap sets things apart.
 */
export function withoutFigureSpaces(text: string): { text: string; at: Int32Array } | undefined {
  let cuts: number[] | undefined;
  for (let i = 1; i < text.length - 1; i++) {
    if (!isFigureSpaceCode(text.charCodeAt(i))) continue;
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i + 1);
    if ((isHanCode(a) && isFigureCode(b)) || (isFigureCode(a) && isHanCode(b))) (cuts ??= []).push(i);
  }
  if (!cuts) return undefined;
  const at = new Int32Array(text.length - cuts.length);
  let out = '';
  let from = 0;
  let k = 0;
  for (const cut of cuts) {
    out += text.slice(from, cut);
    for (let i = from; i < cut; i++) at[k++] = i;
    from = cut + 1;
  }
  out += text.slice(from);
  for (let i = from; i < text.length; i++) at[k++] = i;
  return { text: out, at };
}

/** `extract` over a text as it is. */
function extractFrom(text: string, context: Parameters<Extractor>[1]): FactCandidate[] {
  const prepared = prepare(text, context);
  const found: FactCandidate[] = [];
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per extractor (each call runs them all)
  for (let e = 0; e < extractors.length; e++) {
    const candidates = extractors[e]!(prepared);
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- as above, per candidate
    for (let k = 0; k < candidates.length; k++) found.push(withLead(prepared.norm, candidates[k]!));
  }
  const kept: FactCandidate[] = [];
  for (const c of oneInEvery(prepared.norm, metresAndCentimetres(prepared.norm, resolveOverlaps(found)))) if (!inName(prepared.norm, c) && !weekdayInList(prepared.norm, c)) kept.push(c);
  const out = withListDayParts(prepared.norm, monthsOfAge(prepared.norm, composeDates(prepared.norm, kept, DATE_WORDS, context.referenceDate, normHolds(prepared))));
  for (let k = 0; k < out.length; k++) out[k] = levelCompared(prepared.norm, endsInNextYear(prepared.norm, out[k]!));
  return out;
}

/** A comparison's word at a bounded value's start (`高于`, `远低于`, `超过`). */
const COMPARED_AT = /^(?:远|遠|略|明显|明顯)?(?:高于|低于|超过|超過|多于|少于|大于|小于)/;
/**
 * The level or mark a value compared with belongs to, after 的 (`的十年平均水平`, `的纪录`); not a
 * target or an expectation, which as often are the things compared (`小于12的目标`, targets under 12).
 */
const LEVEL_AFTER = /^[^\s，。；！？,;!?\d]?的[^，。；！？,;!?\d]{0,8}?(?:水平|平均数|平均值|均值|平均|纪录|紀錄|记录|記錄|峰值|(上限|下限))/u;

/**
 * A value after a comparison's word that is the level compared with (`远高于620亿美元的十年平均水平`:
 * well above the ten-year average of $62bn): that level's own figure, as English gives it (`above
 * the average of $62bn`), no bound on the thing compared.
 */
function levelCompared(text: string, c: FactCandidate): FactCandidate {
  if (c.bound === undefined || !COMPARED_AT.test(text.slice(c.start, c.start + 5))) return c;
  const level = LEVEL_AFTER.exec(text.slice(c.end, c.end + 16));
  if (!level) return c;
  // A cap or a floor is a bound of its own (`低于15%的上限`, below a cap of 15%), as English reads `a cap of`.
  if (level[1]) return { ...c, approx: true, bound: level[1] === '上限' ? 'under' : 'over' };
  const { bound: _bound, ...rest } = c;
  return { ...rest, approx: false };
}

/** A year written in digits before 年 (`2025年`, `25年`). */
const YEAR_BEFORE_NIAN = /\d年/g;

/**
 * A range of days whose end, without a year of its own, falls in an earlier month than its start:
 * the end is in the year after (`12月28日至1月3日`, `2025年11月1日至3月31日`).
 */
function endsInNextYear(text: string, c: FactCandidate): FactCandidate {
  if (c.kind !== 'date' || typeof c.value !== 'string' || !c.value.includes('/')) return c;
  const raw = text.slice(c.start, c.end);
  if ((raw.match(YEAR_BEFORE_NIAN)?.length ?? 0) > 1) return c;
  const value = endInNextYear(c.value);
  return value === c.value ? c : { ...c, value };
}

/** A character every AFTERNOON word holds. */
const AFTERNOON_GATE = /[午晚夜]/;
/** A part of the day after noon that opens a clock time (`下午2时`, `晚上8点`). */
const AFTERNOON = /^(?:下午|午后|午後|傍晚|晚上|晚间|晚間|夜间|夜間|夜里|夜裡)/;
/**
 * What joins the clock times of a list (`下午2时及4时`, `下午3時、4時半`), or of one clause and the next
 * (`晚上7时30分开始入场，7时45分正式开演`): a few words, no digit, no sentence's end and no word of another day.
 */
const TIME_LIST_JOIN = /^(?:及|和|与|與|或|、|以及|[^。；;！？!?\n\d明今昨次翌隔第早凌上]{0,8}[，,])$/;
/** A clock time alone (`T16:00`, `T04:30`). */
const CLOCK_VALUE = /^T(\d\d):(\d\d)$/;

/**
 * The candidates with the clock times of a list opened by a time after noon read after noon too
 * (`下午2时及4时`: 14:00 and 16:00; `下午3時及4時半`: 15:00 and 16:30), when a time has no part
 * of the day of its own and would otherwise come before the one it follows.
 */
function withListDayParts(text: string, found: FactCandidate[]): FactCandidate[] {
  // Every part of the day after noon holds one of these: a text with none is not read.
  if (!AFTERNOON_GATE.test(text)) return found;
  let out: FactCandidate[] | undefined;
  let afternoon = false;
  for (let i = 0; i < found.length; i++) {
    const c = (out ?? found)[i]!;
    const clock = c.kind === 'date' && typeof c.value === 'string' ? CLOCK_VALUE.exec(c.value) : null;
    if (!clock) {
      afternoon = false;
      continue;
    }
    // `afternoon` holds only right after a clock time: the one this time is joined to, if any.
    const prev: FactCandidate | undefined = afternoon ? (out ?? found)[i - 1]! : undefined;
    const prevClock: RegExpExecArray | null = prev !== undefined && typeof prev.value === 'string' && TIME_LIST_JOIN.test(text.slice(prev.end, c.start)) ? CLOCK_VALUE.exec(prev.value) : null;
    const hour = Number(clock[1]);
    if (prevClock && /^\d/.test(text.slice(c.start, c.end)) && hour < 12 && (hour + 12) * 60 + Number(clock[2]) > Number(prevClock[1]) * 60 + Number(prevClock[2])) {
      out ??= found.slice();
      out[i] = { ...c, value: `T${String(hour + 12).padStart(2, '0')}:${clock[2]!}` };
      continue;
    }
    afternoon = AFTERNOON.test(text.slice(c.start, c.end)) || (prevClock !== null && hour >= 12);
  }
  return out ?? found;
}

/** A weekday, then more weekdays of a list by their numbers (`每周二、四、`, `星期一至`). */
const WEEKDAY_LIST_BEFORE = /(?:周|週|星期|礼拜|禮拜)[一二三四五六日天](?:[、，和及与與或至到][一二三四五六日天])*[、，和及与與或至到]$/;

/** A weekday of a list given by its number alone (the 四 and 六 of `每周二、四、六`): no count. */
function weekdayInList(text: string, c: FactCandidate): boolean {
  return c.kind === 'number' && c.end - c.start === 1 && '一二三四五六日天'.includes(text[c.start]!)
    && WEEKDAY_LIST_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
}

/**
 * The candidates with a height or length said in metres and centimetres (`2米31`, `1米75`: 2.31 and
 * 1.75 metres) read as one number, as the English writes it (`2.31 m`): a number before 米 and one
 * or two digits right after it, no unit after them.
 */
function metresAndCentimetres(text: string, found: FactCandidate[]): FactCandidate[] {
  if (!text.includes('米')) return found;
  const out: FactCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const cm = b ? text.slice(b.start, b.end) : '';
    if (b && a.kind === 'number' && b.kind === 'number' && text[a.end] === '米' && b.start === a.end + 1 && /^\d{1,2}$/.test(cm)
      && /^\d+$/.test(text.slice(a.start, a.end)) && !/^(?:[\d.]|厘|公分|毫|米)/.test(text.slice(b.end, b.end + 2))) {
      out.push({ ...a, end: b.end, value: Number(`${text.slice(a.start, a.end)}.${cm}`) });
      i++;
    } else out.push(a);
  }
  return out.length === found.length ? found : out;
}

/**
 * What stands between the two counts of a share told as `每N…有M` (`每10部手机中就有1部`, `每14名成年人中有1人`):
 * a measure word and a few characters of what is counted, then 中 or 里, or 就, before 有 or 是.
 */
const EVERY_BETWEEN = /^[\p{Script=Han}]{0,10}?(?:(?:中|当中|當中|(?<![公英千海])[里裡])[，,]?(?:就|便)?|[，,]?(?:就|便))(?:有|是)$/u;

/** Up to 有 or 是 and the 一 after it (`人便有一`, `辆新车中就有一`), the shortest reach. */
const ONE_AFTER = /^[^有是，。；]{0,12}?[，,]?(?:就|便)?(?:有|是)一/u;

/**
 * A share told as one in so many (`每10部手机中就有1部`: one in ten), the two counts one number of
 * their ratio, as English writes it (`one in ten`, `1 in 14`): a number over `每` and a smaller one
 * after `中…有`.
 */
function oneInEvery(text: string, found: FactCandidate[]): FactCandidate[] {
  if (!text.includes('每')) return found;
  const shares: FactCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (a.kind !== 'number' || text[a.start - 1] !== '每' || typeof a.value !== 'number') continue;
    if (b?.kind === 'number' && typeof b.value === 'number' && b.value > 0 && b.value < a.value && EVERY_BETWEEN.test(text.slice(a.end, b.start))) {
      shares.push({ ...a, start: a.start - 1, end: b.end, value: b.value / a.value });
      i++;
      continue;
    }
    // `每三人便有一人`: the one after 有, which no rule reads alone (一 opens too many words).
    const one = ONE_AFTER.exec(text.slice(a.end, a.end + 16));
    if (one && a.value > 1 && EVERY_BETWEEN.test(text.slice(a.end, a.end + one[0].length - 1)) && (b === undefined || b.start >= a.end + one[0].length)) {
      shares.push({ ...a, start: a.start - 1, end: a.end + one[0].length, value: 1 / a.value });
    }
  }
  if (shares.length === 0) return found;
  const out: FactCandidate[] = [];
  let k = 0;
  for (const c of found) {
    while (k < shares.length && shares[k]!.end <= c.start) out.push(shares[k++]!);
    if (k < shares.length && shares[k]!.start <= c.start && c.end <= shares[k]!.end) continue;
    out.push(c);
  }
  while (k < shares.length) out.push(shares[k++]!);
  return out;
}

/** A month before 龄 (`6月龄`, `18月龄`): an age in months, as infants' ages are written. */
const MONTH_OF_AGE = /^(\d{1,2})月$/;

/** The candidates with a month read before 龄 as the age it counts (`6月龄` is 6 months, not June). */
function monthsOfAge(text: string, found: FactCandidate[]): FactCandidate[] {
  if (!text.includes('龄') && !text.includes('齡')) return found;
  return found.map((c) => {
    const raw = text.slice(c.start, c.end);
    // The months and where 月 ends: a month read as a date (`6月`), or a bare number before 月
    // (`18月龄`: no month of the calendar).
    const month = c.kind === 'date' ? MONTH_OF_AGE.exec(raw)?.[1] : c.kind === 'number' && /^\d{1,3}$/.test(raw) && text[c.end] === '月' ? raw : undefined;
    const end = c.kind === 'number' ? c.end + 1 : c.end;
    return month !== undefined && /[龄齡]/.test(text[end] ?? '') ? { kind: 'duration', start: c.start, end: end + 1, value: `P${Number(month)}M`, approx: false } : c;
  });
}

/** The Chinese words of the date-composing rules (`明天上午`, `2010-01-29早上七点`, `2019年1月1日或之后`). */
export const DATE_WORDS: DateWords = {
  glue: /^[ \t]?的?$/,
  partAfter: /^(上午|下午|晚上|早上|早晨|早间|早間|清晨|傍晚|晚间|晚間|夜里|夜裡|夜间|夜間|深夜|凌晨|中午|正午|午夜|子夜|早(?![些点點])|晚(?![些点點了]))/,
  partOf: (word) => (/^(?:上午|早|清晨)/.test(word) ? 'MO' : word === '下午' ? 'AF' : /^(?:夜|深夜)/.test(word) ? 'NI'
    : word === '凌晨' ? 'EM' : /^(?:中午|正午)$/.test(word) ? 'NO' : /^(?:午夜|子夜)$/.test(word) ? 'MN' : 'EV'),
  boundBefore: /(截止到|截至|截止|直到|自|从|從)$/,
  // A bare 前 or 后 after a date bounds it (`在2030年后实现`, `3月5日前`), unless it opens a word of
  // its own (前三季度, 前夕, 前后 around, 后期, 后续).
  boundAfter: /^(或之前|或以前|及以前|及之前|之前|以前|或之后|或以后|及以后|及之后|之后|以后|之後|以後|以来|以來|至今(?![年天日晚早])|迄今|(?:起|开始|開始)(?!\p{Script=Han})|[前后後](?![\d〇零一二两兩三四五六七八九十几幾半期夕景列沿身任面前后後续續来來者勤劲勁年月日天季周週个個的]))/u,
  pairedAfter: /^(起|开始|開始)/,
  isUpper: (word) => /前|截|直到/.test(word),
  needsAfter: (word) => /^(?:自|从|從)$/.test(word),
  dayOfMonthGap: /^的?$/,
  dayListGap: /^(?:和|及|与|與|、)$/,
  yearFirstGap: /^的?$/,
  // 年中 after a year, and 中 after a year or a month before a stop, 期 or a word that joins a range or a
  // list (2023年年中, 2023年中，, 3月中, 10月中至12月底): the middle third; not 中 before another Han
  // character (2023年中国, 3月中方), a word of its own.
  // 中期 before what it names is a half-year's or a term's (2024年中期业绩, 2022年中期选举), not the year's middle.
  weekAfterDay: /^(?:[当當那该該][周週]|所在(?:的)?(?:一)?[周週])/,
  periodAfter: /^年?(上旬|中旬|下旬|初|底|末|(?<=^年)中(?!期(?:业绩|業績|报告|報告|财报|財報|股息|派息|分红|分紅|选举|選舉|考试|考試))|中(?=期(?!业绩|業績|报告|報告|财报|財報|股息|派息|分红|分紅|选举|選舉|考试|考試)|[至到起及和與与]|[^\p{Script=Han}]|$))/u,
  weekdayOf: (raw) => {
    const m = /^(?:(?:上上|下下|上|下|本|这|這)(?:个|個)?)?(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])$/.exec(raw);
    return m ? '一二三四五六日'.indexOf(m[1] === '天' ? '日' : m[1]!) + 1 : undefined;
  },
  weekdayRange: { gap: /^(?:到|至|-|~|～|—)$/, lead: /(?:从|從)$/, bare: /^(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]$/ },
  // 年代初期 and 前期 or 早期 (early), 中期 and 中叶 (mid), 末期 and 后期 or 晚期 (late)
  decadePartAfter: /^(初期|前期|早期|中期|末期|后期|後期|晚期|中叶|中葉|初|末)/,
  thirdOf: (word) => (word === '上旬' || word.startsWith('初') || word === '前期' || word === '早期' ? 0
    : word === '中旬' || word === '中期' || word === '中' || word === '中叶' || word === '中葉' ? 1 : 2),
  clockTo: { gap: /^(到|至|-|~|～|—)$/, lead: /(?:从|從)$/ },
  leadingPart: {
    after: /^的?(前|首|最后|最後)(\d{1,2}|[一二两兩三四五六七八九十]{1,2})(?:个|個)?(天|日|周|週|星期|礼拜|禮拜|月|季度)/,
    count: (word) => {
      if (/^\d+$/.test(word)) return Number(word);
      const digit = (ch: string | undefined): number => (ch === undefined ? 0 : '一二三四五六七八九'.indexOf(ch) + 1 || ('两兩'.includes(ch) ? 2 : 0));
      const ten = word.indexOf('十');
      if (ten < 0) return word.length === 1 ? digit(word) || undefined : undefined;
      return (ten === 0 ? 1 : digit(word[0])) * 10 + digit(word[ten + 1]);
    },
    unitOf: (word) => (/^[天日]$/.test(word) ? 'D' : word === '月' ? 'M' : word === '季度' ? 'Q' : 'W'),
    isLast: (word) => word !== '前' && word !== '首',
  },
  raceTime: { before: /(?:以|用时|用時|耗时|耗時|成绩为|成績為|成绩|成績|跑出|游出|时间为|時間為)\s?$/, after: /^\s?的?(?:成绩|成績)/ },
  rangeJoin: {
    // 去年10月至今年2月: the year of the end named before it, as the start's was
    gap: /^(?:起|开始|開始|开放|開放|营业|營業|开门|開門|运作|運作|办公|辦公|举行|舉行|进行|進行|实施|實施)?[，,]?(到|至|-|~|～|—|和|与|與)(?:今年|明年|次年|翌年|本年)?$/, lead: /(从|從|自|由)$/, trail: /^(?:之间|之間|结束|結束|止)/, needsTrail: /^(?:和|与|與)$/,
    gapNeedsLead: /^(?:开放|開放|营业|營業|开门|開門|运作|運作|办公|辦公|举行|舉行|进行|進行|实施|實施)/,
    openEnd: /(?:起|开始|開始)$/,
  },
  aroundBefore: /(?:大约|大概|大約)$/,
  partAlone: /(上午|下午|早上|晚上)(?![好班市场場盘盤间間时時])/g,
  partAloneNeeds: ['上午', '下午', '早上', '晚上'],
  dayPartWords: /(今晚|今夜|昨晚|昨夜|明晚|今早|今晨|明早|明晨|昨晨|昨早)/g,
  dayPartNeeds: ['今晚', '今夜', '昨晚', '昨夜', '明晚', '今早', '今晨', '明早', '明晨', '昨晨', '昨早'],
  dayPartOf: (word) => [word.startsWith('昨') ? -1 : word.startsWith('明') ? 1 : 0, /[晚夜]/.test(word) ? 'NI' : 'MO'],
};

/**
 * A date range takes the 从 / 自 before it into its span, as the English one takes `from`, and
 * the 之间 / 间 after it (`四点到六点之间`, `2010年至2015年间`), as `between` joins the English one.
 */
function withLead<T extends { kind: string; start: number; end: number; value: number | string }>(norm: string, c: T): T {
  if (c.kind !== 'date' || typeof c.value !== 'string' || !c.value.includes('/')) return c;
  const start = norm[c.start - 1] === '从' || norm[c.start - 1] === '自' || norm[c.start - 1] === '從' ? c.start - 1 : c.start;
  const between = /^(?:之间|之間)/.test(norm.slice(c.end, c.end + 2)) ? 2 : /^[间間](?![谍諜隔接])/.test(norm.slice(c.end, c.end + 2)) && /[年月日号號点點时時]$/.test(norm.slice(c.end - 1, c.end)) ? 1 : 0;
  return start === c.start && between === 0 ? c : { ...c, start, end: c.end + between };
}

/** A Han character (one code unit; no `g` flag, so `test` keeps no state). */
const HAN = /\p{Script=Han}/u;

/** Characters that end a date or a count before 号 (3月5号, 第3号, 和5号): not a name's. */
const NOT_NAME = /[\d〇零一二两兩三四五六七八九十百千月年第和与與至到在是为為于於的、，,（(\s]/;

/**
 * A numeral inside a name that numbers a series (`嫦娥四号`, `神舟十三号`, `天宫一号`: two Han
 * characters, the numeral, 号) is part of the name, as English `Chang'e-4` is no number.
 */
function inName(norm: string, c: { kind: string; start: number; end: number }): boolean {
  if (c.kind !== 'number' || (norm[c.end] !== '号' && norm[c.end] !== '號')) return false;
  const a = norm[c.start - 1] ?? '';
  const b = norm[c.start - 2] ?? '';
  return HAN.test(a) && HAN.test(b) && !NOT_NAME.test(a);
}

export { normalize } from './normalize.js';
export { readNumeral, scanNumerals, type Numeral } from './numerals.js';
