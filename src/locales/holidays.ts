/**
 * Holidays that fall on one fixed day of the Gregorian calendar, in both languages, read as that
 * day (`Christmas` = `圣诞节` = `--12-25`; with a year written beside it, that year's day).
 * Sources: the PRC State Council's 全国年节及纪念日放假办法 (元旦, 妇女节, 劳动节, 青年节,
 * 儿童节, 建军节, 国庆节), the NPC Standing Committee's decisions on 植树节 (1979) and 教师节
 * (1985), the US federal holidays of 5 U.S.C. 6103 (New Year's Day, Independence Day,
 * Christmas Day) and the UN's International Women's Day and International Workers' Day.
 * Holidays on a weekday of a month, from the same sources and the customs they name: Mother's Day
 * = 母亲节 (the second Sunday of May), Father's Day = 父亲节 (the third Sunday of June), the US
 * Thanksgiving = 感恩节 (the fourth Thursday of November, 5 U.S.C. 6103) and Black Friday = 黑色星期五
 * (the day after it), Memorial Day (the last Monday of May), Martin Luther King Jr. Day (the third
 * Monday of January): the day of the year written beside them, else of the reference day's year
 * (no fact without either). Singles' Day (光棍节, 双十一, `Double 11`) is 11 November. Easter (复活节), Good Friday
 * (耶稣受难日, two days before) and Easter Monday (the day after) by the Gregorian computus, in the
 * year written beside them, the reference day's year, or with `next`/`last` the one after or
 * before the reference day.
 *
 * Feasts of the Chinese lunar calendar, as the State Council's 全国年节及纪念日放假办法 names them
 * (春节, 端午节, 中秋节) with the customary 元宵节, 七夕, 重阳节 and 腊八: read as Recognizers-Text
 * does, by the lunar month and day they fall on (`中秋节` = `Mid-Autumn Festival` = `--08-15`),
 * with `unit: 'lunar'` so that no reader takes that for a Gregorian day (the date check takes them
 * as vague). 清明 is a solar term, on 4 or 5 April: `--04-04` with `unit: 'solar-term'`.
 */
import type { FactCandidate } from '../types.js';
import { easter, readReference, type RefDay } from './calendar.js';
import { ORDINALS } from './en/words.js';
import { normalize } from './zh/normalize.js';
import { holdsAny, spacedWords } from './needs.js';

/** English names (lower case, apostrophes folded to `'`) and their `MM-DD`. */
const EN: Readonly<Record<string, string>> = {
  "new year's day": '01-01', "new year's eve": '12-31', "valentine's day": '02-14',
  "international women's day": '03-08', "women's day": '03-08', "april fools' day": '04-01', "april fool's day": '04-01',
  "international workers' day": '05-01', "workers' day": '05-01', 'may day': '05-01', 'independence day': '07-04',
  halloween: '10-31', 'christmas eve': '12-24', 'christmas day': '12-25', christmas: '12-25', 'boxing day': '12-26',
  "singles' day": '11-11', 'singles day': '11-11', 'double 11': '11-11', 'double eleven': '11-11',
  // the PRC's 国庆节 by its English name, read only before the word of its holiday (`National Day
  // Golden Week`, `the National Day holiday`): a `National Day` alone may be any country's
  'national day': '10-01',
};

/** Chinese names (both scripts) and their `MM-DD`. */
const ZH: Readonly<Record<string, string>> = {
  元旦: '01-01', 情人节: '02-14', 情人節: '02-14', 三八妇女节: '03-08', 三八婦女節: '03-08', 妇女节: '03-08', 婦女節: '03-08',
  植树节: '03-12', 植樹節: '03-12', 愚人节: '04-01', 愚人節: '04-01', 五一劳动节: '05-01', 五一勞動節: '05-01',
  劳动节: '05-01', 勞動節: '05-01', 五四青年节: '05-04', 五四青年節: '05-04', 青年节: '05-04', 青年節: '05-04',
  六一儿童节: '06-01', 六一兒童節: '06-01', 儿童节: '06-01', 兒童節: '06-01', 建党节: '07-01', 建黨節: '07-01',
  建军节: '08-01', 建軍節: '08-01', 教师节: '09-10', 教師節: '09-10', 国庆节: '10-01', 國慶節: '10-01',
  平安夜: '12-24', 圣诞节: '12-25', 聖誕節: '12-25', 光棍节: '11-11', 光棍節: '11-11', 双十一: '11-11', 雙十一: '11-11', 双11: '11-11', 雙11: '11-11',
  // the countdown of 除夕 is the last night of the Gregorian year (除夕倒数晚会, Hong Kong's and Taiwan's 跨年)
  除夕倒数: '12-31', 除夕倒數: '12-31',
  // the May Day and National Day holidays by their short names, with the word that makes them the holiday
  // (五一 alone is also a number): its first day, as the English `May Day` and `National Day`
  ...Object.fromEntries(['假期', '档', '檔', '黄金周', '黃金周', '黃金週', '小长假', '小長假', '长假', '長假'].flatMap((w) => [
    [`五一${w}`, '05-01'], [`国庆${w}`, '10-01'], [`國慶${w}`, '10-01'], [`十一${w}`, '10-01'],
  ])),
};

/** Lunar feasts: Chinese names (both scripts) and English names, their lunar `MM-DD` (清明: its usual Gregorian day). */
const ZH_LUNAR: Readonly<Record<string, string>> = {
  春节: '01-01', 春節: '01-01', 元宵节: '01-15', 元宵節: '01-15', 端午节: '05-05', 端午節: '05-05', 端午: '05-05',
  七夕节: '07-07', 七夕節: '07-07', 七夕: '07-07', 中秋节: '08-15', 中秋節: '08-15', 中秋: '08-15',
  重阳节: '09-09', 重陽節: '09-09', 腊八节: '12-08', 臘八節: '12-08', 清明节: '04-04', 清明節: '04-04', 清明: '04-04',
  // the eve of the new year, the last day of the twelfth month (the 29th in a short year): its usual 30th
  除夕: '12-30', 大年三十: '12-30',
};
const EN_LUNAR: Readonly<Record<string, string>> = {
  'chinese new year': '01-01', 'lunar new year': '01-01', 'spring festival': '01-01', 'lantern festival': '01-15',
  "chinese new year's day": '01-01', "lunar new year's day": '01-01', "chinese new year's eve": '12-30', "lunar new year's eve": '12-30',
  'dragon boat festival': '05-05', 'qixi festival': '07-07', 'mid-autumn festival': '08-15', 'mid autumn festival': '08-15',
  'double ninth festival': '09-09', 'chongyang festival': '09-09', 'laba festival': '12-08',
  'qingming festival': '04-04', 'tomb-sweeping day': '04-04', 'tomb sweeping day': '04-04',
};
const unitOfLunar = (monthDay: string, name: string): string => (/清明|qingming|tomb/i.test(name) ? 'solar-term' : 'lunar');
/** `Spring Festival` needs its capitals (a town's spring festival is no feast); the others any case. */
const EN_LUNAR_NAMES = /\b(chinese[ \t]+new[ \t]+year(?:['’]s[ \t]+(?:eve|day))?|lunar[ \t]+new[ \t]+year(?:['’]s[ \t]+(?:eve|day))?|Spring[ \t]+Festival|lantern[ \t]+festival|dragon[ \t]+boat[ \t]+festival|qixi[ \t]+festival|mid-?[ \t]?autumn[ \t]+festival|double[ \t]+ninth[ \t]+festival|chongyang[ \t]+festival|laba[ \t]+festival|qingming[ \t]+festival|tomb[- \t]sweeping[ \t]+day)\b(?:[ \t]+(\d{4})\b)?/gi;
const ZH_LUNAR_FOLDED: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ZH_LUNAR).map(([name, day]) => [normalize(name), day]));
const ZH_LUNAR_NAMES = new RegExp(`(?:(\\d{4})年|(今年|明年|去年))?(${Object.keys(ZH_LUNAR_FOLDED).sort((a, b) => b.length - a.length).join('|')})`, 'g');
const ZH_LUNAR_NAMES_NEEDS = Object.keys(ZH_LUNAR_FOLDED);
/** A bare 清明 after a word is clarity (政治清明), not the solar term. */
const HAN_BEFORE = /[\u4e00-\u9fff]$/;

/** Holidays on the `nth` weekday of a month (0: the last), then a day offset: `[month, weekday (1 Monday), nth, offset]`. */
type WeekdayRule = readonly [month: number, weekday: number, nth: number, offset: number];
const EN_WEEKDAY_RULES: Readonly<Record<string, WeekdayRule>> = {
  "mother's day": [5, 7, 2, 0], "father's day": [6, 7, 3, 0], thanksgiving: [11, 4, 4, 0], 'thanksgiving day': [11, 4, 4, 0],
  'black friday': [11, 4, 4, 1], 'memorial day': [5, 1, 0, 0], 'martin luther king day': [1, 1, 3, 0],
  'martin luther king jr. day': [1, 1, 3, 0], 'mlk day': [1, 1, 3, 0],
};
const ZH_WEEKDAY_RULES: Readonly<Record<string, WeekdayRule>> = {
  母亲节: [5, 7, 2, 0], 母親節: [5, 7, 2, 0], 父亲节: [6, 7, 3, 0], 父親節: [6, 7, 3, 0], 感恩节: [11, 4, 4, 0], 感恩節: [11, 4, 4, 0],
  黑色星期五: [11, 4, 4, 1],
};

/** The day a weekday rule gives in `year`: `2021-05-09` for Mother's Day 2021. */
function ruleDay([month, weekday, nth, offset]: WeekdayRule, year: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days: number[] = [];
  for (let d = 1; d <= lastDay; d++) {
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if ((wd === 0 ? 7 : wd) === weekday) days.push(d);
  }
  const day = new Date(Date.UTC(year, month - 1, (nth === 0 ? days[days.length - 1] : days[nth - 1])! + offset));
  return day.toISOString().slice(0, 10);
}

/**
 * Words one of which `EN_RULE_NAMES` needs (lower case): `mother` and `father` with their
 * apostrophe, and `luther` for the king's day (a bare `king` is in every `making` and `working`).
 */
const NEEDS_RULE_NAMES = ["mother'", 'mother’', "father'", 'father’', 'thanksgiving', 'black', 'memorial', 'luther', 'mlk'];
const EN_RULE_NAMES = /\b(mother['’]s[ \t]+day|father['’]s[ \t]+day|thanksgiving(?:[ \t]+day)?|black[ \t]+friday|memorial[ \t]+day|martin[ \t]+luther[ \t]+king(?:[ \t]+jr\.?)?[ \t]+day|mlk[ \t]+day)(?:[ \t]+(\d{4})\b|[ \t]+of[ \t]+(this|next|last)[ \t]+year\b)?/gi;
const ZH_FOLDED_RULES: Readonly<Record<string, WeekdayRule>> = Object.fromEntries(Object.entries(ZH_WEEKDAY_RULES).map(([name, rule]) => [normalize(name), rule]));
const ZH_RULE_NAMES = new RegExp(`(?:(\\d{4})年|(今年|明年|去年))?(${Object.keys(ZH_FOLDED_RULES).sort((a, b) => b.length - a.length).join('|')})`, 'g');
const ZH_RULE_NAMES_NEEDS = Object.keys(ZH_FOLDED_RULES);

/** Words one of which `EN_NAMES` needs (lower case): each of its names holds one. */
const NEEDS_NAMES = ["year's", 'year’s', 'national', 'valentine', 'women', 'fool', 'workers', 'may', 'independence', 'halloween', 'christmas', 'boxing', 'singles', 'double'];
const EN_NAMES = /\b(new[ \t]+year['’]s[ \t]+(?:day|eve)|valentine['’]s[ \t]+day|(?:international[ \t]+)?women['’]s[ \t]+day|april[ \t]+fool['’]?s['’]?[ \t]+day|(?:international[ \t]+)?workers['’][ \t]+day|May[ \t]+Day|Independence[ \t]+Day|halloween|christmas(?:[ \t]+(?:eve|day))?|boxing[ \t]+day|Singles['’]?[ \t]+Day|Double[ \t]+(?:11|Eleven)|National[ \t]+Day(?=[ \t]+(?:Golden[ \t]+Week|holidays?|break)\b))\b(?:[ \t]+(\d{4})\b|[ \t]+of[ \t]+(this|next|last)[ \t]+year\b)?/gi;
/** The Chinese names as the folded text spells them (`normalize` folds some traditional characters). */
const ZH_FOLDED: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ZH).map(([name, day]) => [normalize(name), day]));
const ZH_NAMES = new RegExp(`(?:(\\d{4})年|(今年|明年|去年))?(${Object.keys(ZH_FOLDED).sort((a, b) => b.length - a.length).join('|')})`, 'g');
/** The names one of which ZH_NAMES needs (its last group); so for the other Chinese patterns. */
const ZH_NAMES_NEEDS = Object.keys(ZH_FOLDED);

/**
 * Words one of which `EN_LUNAR_NAMES` needs, unless it holds `chinese` or `lunar` and `new` before
 * `year` with spaces or tabs between, which leave `new year`, `new` and a tab, or `new` and two
 * (lower case): a text on Chinese firms that names no new year does not run the pattern.
 */
const LUNAR_NEEDS = ['festival', 'tomb'];
const LUNAR_NEW_YEAR_NEEDS = ['chinese', 'lunar'];
const NEW_YEAR = spacedWords('new', 'year');
/** `Lunar ` or `Chinese ` right before a name of the new year's days. */
const LUNAR_BEFORE = /\b(?:lunar|chinese)[ \t]+$/i;

/** An ordinal of a day of a lunar month, `1st` or `first` to `thirtieth`. */
const DAY_ORDINAL = String.raw`(\d{1,2}(?:st|nd|rd|th)|(?:twenty-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
/** The number of an ordinal `DAY_ORDINAL` matched (`sixth` 6, `twenty-third` 23, `15th` 15), by the English ordinal words. */
function dayOrdinal(word: string): number {
  const w = word.toLowerCase().replace('-', '');
  return /^\d/.test(w) ? parseInt(w, 10) : ORDINALS[w]!;
}
/**
 * A day of the new year's feast named by its place, before the feast's name: `the sixth day of the
 * lunar new year`, `the third day of Chinese New Year` (正月初六, 正月初三).
 */
const FEAST_DAY_BEFORE = new RegExp(String.raw`\bthe[ \t]+${DAY_ORDINAL}[ \t]+day[ \t]+of[ \t]+(?:the[ \t]+)?$`, 'i');
/** A day of a lunar month named by both ordinals: `the 15th day of the eighth lunar month` (八月十五). */
const LUNAR_MONTH_DAY = new RegExp(String.raw`\bthe[ \t]+${DAY_ORDINAL}[ \t]+day[ \t]+of[ \t]+the[ \t]+${DAY_ORDINAL}[ \t]+(?:lunar|chinese)[ \t]+month\b`, 'gi');
const LUNAR_MONTH_NEEDS = ['lunar', 'chinese'];
const MONTH = ['month'];

/** Easter and the days named by it, as days from Easter Sunday. */
const EASTER_OFFSET: Readonly<Record<string, number>> = {
  easter: 0, 'easter sunday': 0, 'easter day': 0, 'good friday': -2, 'easter monday': 1,
  复活节: 0, 復活節: 0, 耶稣受难日: -2, 耶穌受難日: -2,
};
/**
 * `Easter`, `Easter Sunday 2021`, `next Easter`, `Good Friday`; lower case only after a word that
 * makes it a day (`the following easter`). Not `Easter Island`, `an Easter egg`, `the Easter Rising`.
 */
/** Words one of which `EN_EASTER` needs (lower case). */
const NEEDS_EASTER = ['easter', 'friday'];
const EN_EASTER = /\b(?:(next|following|coming|last|previous|this)[ \t]+)?(easter(?:[ \t]+(?:sunday|monday|day))?|good[ \t]+friday)\b(?![ \t]+(?:island|eggs?|bunny|rising|lil(?:y|ies)|parade|break|holidays?|term|vacation)\b)(?:[ \t]+(\d{4})\b)?/gi;
const ZH_EASTER_NEEDS = ['复活节', '耶稣受难日', normalize('復活節'), normalize('耶穌受難日')];
const ZH_EASTER = new RegExp(`(?:(\\d{4})年|(今年|明年|去年))?(${ZH_EASTER_NEEDS.join('|')})(?![岛島彩蛋])`, 'g');

/** The Easter-based day `offset` days from Easter Sunday: in `year`, or the next or last one around the reference day. */
function easterDay(offset: number, year: number | undefined, step: 'next' | 'last' | undefined, ref: RefDay | undefined): string | undefined {
  if (year !== undefined) return easter(year, offset);
  if (!ref) return undefined;
  if (!step) return easter(ref.year, offset);
  const today = `${ref.year}-${String(ref.month ?? 1).padStart(2, '0')}-${String(ref.day ?? 1).padStart(2, '0')}`;
  const mine = easter(ref.year, offset);
  if (step === 'next') return mine > today ? mine : easter(ref.year + 1, offset);
  return mine < today ? mine : easter(ref.year - 1, offset);
}

function dated(monthDay: string, year: number | undefined): string {
  return year === undefined ? `--${monthDay}` : `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * The fixed-date holidays named in an English text. `lower` is the text in lower case and `holds`
 * answers `holdsAny(lower, words)`, when the caller has them already (the English extractors share
 * one index of the text for all their word tests, which is cheaper than scanning it for each word).
 */
export function englishHolidays(
  text: string,
  referenceDate: string | undefined,
  lower: string = text.toLowerCase(),
  holds: (words: readonly string[]) => boolean = (words) => holdsAny(lower, words),
): FactCandidate[] {
  const out: FactCandidate[] = [];
  const refYear = readReference(referenceDate)?.year;
  // The patterns below need one of their words: a text without any neither runs nor compiles them.
  EN_NAMES.lastIndex = 0;
  if (holds(NEEDS_NAMES)) for (let m = EN_NAMES.exec(text); m; m = EN_NAMES.exec(text)) {
    const name = m[1]!.toLowerCase().replace(/’/g, "'").replace(/[ \t]+/g, ' ');
    const monthDay = EN[name];
    // `Lunar New Year's Eve` and `Chinese New Year's Day` are days of the lunar calendar (below)
    if (!monthDay || (name.startsWith('new year') && LUNAR_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)))) continue;
    const step = m[3] ? ({ this: 0, next: 1, last: -1 } as const)[m[3].toLowerCase() as 'this'] : undefined;
    const year = m[2] ? Number(m[2]) : step !== undefined && refYear !== undefined ? refYear + step : undefined;
    const end = m[2] || (m[3] && year !== undefined) ? m.index + m[0].length : m.index + m[1]!.length;
    out.push({ kind: 'date', start: m.index, end, value: dated(monthDay, year), approx: false });
  }
  EN_RULE_NAMES.lastIndex = 0;
  if (holds(NEEDS_RULE_NAMES)) for (let m = EN_RULE_NAMES.exec(text); m; m = EN_RULE_NAMES.exec(text)) {
    const name = m[1]!.toLowerCase().replace(/’/g, "'").replace(/[ \t]+/g, ' ');
    const rule = EN_WEEKDAY_RULES[name];
    const step = m[3] ? ({ this: 0, next: 1, last: -1 } as const)[m[3].toLowerCase() as 'this'] : 0;
    const year = m[2] ? Number(m[2]) : refYear !== undefined ? refYear + step : undefined;
    // `Black Friday` needs its capitals (a black Friday is any bad Friday) unless a year follows.
    if (!rule || year === undefined || (name === 'black friday' && !m[2] && !(m[1]!).startsWith("Black"))) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: ruleDay(rule, year), approx: false });
  }
  const ref = readReference(referenceDate);
  EN_EASTER.lastIndex = 0;
  if (holds(NEEDS_EASTER)) for (let m = EN_EASTER.exec(text); m; m = EN_EASTER.exec(text)) {
    const name = m[2]!.toLowerCase().replace(/[ \t]+/g, ' ');
    const offset = EASTER_OFFSET[name];
    if (offset === undefined || (!m[1] && !m[3] && !/^[EG]/.test(m[2]!))) continue;
    const which = m[1]?.toLowerCase();
    const step = which === undefined || which === 'this' ? undefined : /^(?:next|following|coming)$/.test(which) ? 'next' : 'last';
    const value = easterDay(offset, m[3] ? Number(m[3]) : undefined, step, ref);
    if (!value) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value, approx: false });
  }
  EN_LUNAR_NAMES.lastIndex = 0;
  // A festival, a tomb-sweeping day, or a Chinese or lunar new year.
  const lunar = holds(LUNAR_NEEDS) || (holds(LUNAR_NEW_YEAR_NEEDS) && holds(NEW_YEAR));
  if (lunar) for (let m = EN_LUNAR_NAMES.exec(text); m; m = EN_LUNAR_NAMES.exec(text)) {
    const name = m[1]!.toLowerCase().replace(/[ \t]+/g, ' ').replace(/’/g, "'").replace(/^mid ?autumn/, 'mid-autumn').replace(/^tomb sweeping/, 'tomb-sweeping');
    const monthDay = EN_LUNAR[name];
    if (!monthDay || (/^spring/i.test(name) && !m[1]!.startsWith('Spring'))) continue;
    const end = m[2] ? m.index + m[0].length : m.index + m[1]!.length;
    // The day of the new year's feast counted from its first (`the sixth day of the lunar new year`).
    const before = monthDay === '01-01' ? FEAST_DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
    const day = before ? dayOrdinal(before[1]!) : 1;
    const start = before ? m.index - before[0].length : m.index;
    if (day > 30) continue;
    out.push({ kind: 'date', start, end, value: dated(day === 1 ? monthDay : `01-${String(day).padStart(2, '0')}`, m[2] ? Number(m[2]) : undefined), unit: unitOfLunar(monthDay, name), approx: false });
  }
  LUNAR_MONTH_DAY.lastIndex = 0;
  if (holds(LUNAR_MONTH_NEEDS) && holds(MONTH)) for (let m = LUNAR_MONTH_DAY.exec(text); m; m = LUNAR_MONTH_DAY.exec(text)) {
    const day = dayOrdinal(m[1]!);
    const month = dayOrdinal(m[2]!);
    if (day > 30 || month > 12) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, unit: 'lunar', approx: false });
  }
  return out;
}

/**
 * The fixed-date holidays named in a Chinese text (`norm`: the folded text, same offsets). `holds`
 * answers `holdsAny(norm, words)` (the Chinese extractors share one index of the text): each
 * pattern below needs one of its names, and a text without any is not run through it.
 */
export function chineseHolidays(
  norm: string,
  referenceDate: string | undefined,
  holds: (words: readonly string[]) => boolean = (words) => holdsAny(norm, words),
): FactCandidate[] {
  const out: FactCandidate[] = [];
  const refYear = readReference(referenceDate)?.year;
  ZH_NAMES.lastIndex = 0;
  if (holds(ZH_NAMES_NEEDS)) for (let m = ZH_NAMES.exec(norm); m; m = ZH_NAMES.exec(norm)) {
    const step = m[2] ? (m[2] === '今年' ? 0 : m[2] === '明年' ? 1 : -1) : undefined;
    const year = m[1] ? Number(m[1]) : step !== undefined && refYear !== undefined ? refYear + step : undefined;
    const start = m[1] || (m[2] && year !== undefined) ? m.index : m.index + m[0].length - m[3]!.length;
    out.push({ kind: 'date', start, end: m.index + m[0].length, value: dated(ZH_FOLDED[m[3]!]!, year), approx: false });
  }
  ZH_RULE_NAMES.lastIndex = 0;
  if (holds(ZH_RULE_NAMES_NEEDS)) for (let m = ZH_RULE_NAMES.exec(norm); m; m = ZH_RULE_NAMES.exec(norm)) {
    const step = m[2] ? (m[2] === '今年' ? 0 : m[2] === '明年' ? 1 : -1) : 0;
    const year = m[1] ? Number(m[1]) : refYear !== undefined ? refYear + step : undefined;
    if (year === undefined) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: ruleDay(ZH_FOLDED_RULES[m[3]!]!, year), approx: false });
  }
  ZH_EASTER.lastIndex = 0;
  if (holds(ZH_EASTER_NEEDS)) for (let m = ZH_EASTER.exec(norm); m; m = ZH_EASTER.exec(norm)) {
    const offset = EASTER_OFFSET[m[3]!] ?? (m[3]!.length === 5 ? -2 : 0);
    const step = m[2] ? (m[2] === '今年' ? 0 : m[2] === '明年' ? 1 : -1) : 0;
    const year = m[1] ? Number(m[1]) : refYear !== undefined ? refYear + step : undefined;
    if (year === undefined) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: easter(year, offset), approx: false });
  }
  ZH_LUNAR_NAMES.lastIndex = 0;
  if (holds(ZH_LUNAR_NAMES_NEEDS)) for (let m = ZH_LUNAR_NAMES.exec(norm); m; m = ZH_LUNAR_NAMES.exec(norm)) {
    const step = m[2] ? (m[2] === '今年' ? 0 : m[2] === '明年' ? 1 : -1) : undefined;
    const year = m[1] ? Number(m[1]) : step !== undefined && refYear !== undefined ? refYear + step : undefined;
    const start = m[1] || (m[2] && year !== undefined) ? m.index : m.index + m[0].length - m[3]!.length;
    const monthDay = ZH_LUNAR_FOLDED[m[3]!]!;
    if (m[3] === '清明' && !m[1] && !m[2] && HAN_BEFORE.test(norm.slice(Math.max(0, m.index - 1), m.index)) && !/[年天日到至和与、]$/.test(norm.slice(Math.max(0, m.index - 1), m.index))) continue;
    out.push({ kind: 'date', start, end: m.index + m[0].length, value: dated(monthDay, year), unit: unitOfLunar(monthDay, m[3]!), approx: false });
  }
  return out;
}

/**
 * Each gated Chinese pattern of this file with the names it needs one of, as its gate asks them:
 * for the test that checks every gate against its pattern.
 */
export const CHINESE_HOLIDAY_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [ZH_NAMES, ZH_NAMES_NEEDS], [ZH_RULE_NAMES, ZH_RULE_NAMES_NEEDS], [ZH_EASTER, ZH_EASTER_NEEDS], [ZH_LUNAR_NAMES, ZH_LUNAR_NAMES_NEEDS],
];

/**
 * Each English pattern of this file gated by one list of words, with that list (in lower case):
 * for the test that checks every gate against its pattern.
 */
export const ENGLISH_HOLIDAY_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [EN_NAMES, NEEDS_NAMES], [EN_RULE_NAMES, NEEDS_RULE_NAMES], [EN_EASTER, NEEDS_EASTER],
];
