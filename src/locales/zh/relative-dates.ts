/**
 * Chinese dates relative to the reference day (`ExtractContext.referenceDate`, by default the
 * article's dateline), resolved to ISO 8601 as the English ones are: `昨天`, `前天`, `后天`,
 * `周日` / `星期日` / `禮拜天` (the last one on or before the reference day, the next one in a
 * sentence about the future), `下周一`, `上周五`, `本月`, `上个月`, `去年`, `今年9月`,
 * `三天前`, `两年前`, `过去15年` / `近15年` (`2006-01-26/2021-01-26`), `未来三天`.
 * Without a reference day they yield nothing (a reference year alone resolves years and months).
 */
import type { ExtractContext, FactCandidate } from '../../types.js';
import {
  isoMonth, isoWeek, monthsOfYear, nearestWeekday, nthWeekday, quarterOf, quarters, readReference, restOf, shiftDays, shiftedMoment, shiftMonth, shiftMonths, span, weekdayAlone, weekdayInWeek, weekend, weekOfMonth, yearNamedBefore, yearsAway, type RefDay,
} from '../calendar.js';
import { normHolds, type ZhExtractor } from './shared.js';
import type { Numeral } from './numerals.js';

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A small count written in digits or Chinese numerals up to 99 (`15`, `十五`, `二十`, `两`). */
export function smallCount(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? DIGIT[text] ?? NaN : NaN;
  const tens = ten === 0 ? 1 : DIGIT[text.slice(0, ten)] ?? NaN;
  const ones = ten === text.length - 1 ? 0 : DIGIT[text.slice(ten + 1)] ?? NaN;
  return tens * 10 + ones;
}

const NUM = '(\\d{1,3}|[一二两兩三四五六七八九十]{1,3})';
/** ISO weekday of the character after 星期 / 周 / 礼拜. */
const WEEKDAY_OF: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
};

/**
 * 今天, 昨天, 前天, 明天, 后天, 大前天, 大后天, 今日, 昨日, 明日, but 前天 and 后天 whose 前 or 后 closes a
 * word with the character before (目前天府机场: 目前, now; 之后天气: 之后, after); and the day's one character before 起
 * (`from`), as headlines write a start (今起, 明起: from today, from tomorrow), not the end of a
 * word before it (说明, 至今) nor before a word of 起 (起到, 起草: 证明起到作用).
 */
const NEAR_DAY = /(大前天|大后天|大後天|今天|今日|昨天|昨日|(?<![目提之以此事空当當眼面生日先从從向赛賽会會节節年月战戰睡饭飯婚产產考跟门門胸台幕])前天|明天|明日|(?<![之此今以然随隨其日而最战戰会會赛賽节節饭飯婚产產考落先午])[后後]天|(?<![说說表证證声聲发發聪聰光文透鲜鮮分阐闡标標注查指申英开開清黎简簡照失神至古如当當现現])[今明昨]起(?![到来來见見草诉訴步飞飛点點源初码碼义義居身床伏落]))/g;
/** A weekday, with 上 / 下 / 本 / 这 before it: `周日`, `星期天`, `禮拜六`, `下周一`, `上星期五` (not 本周天气, this week's weather, nor 上周天津, Tianjin last week). */
const WEEKDAY = /(上上|下下|上|下|本|这|這)?(?:个|個)?(星期|礼拜|禮拜|周|週)([一二三四五六日]|天(?![气氣津]))/g;
/** 十月的第一个星期一, 2024年5月第二个星期日, 11月的最后一个星期四: the nth weekday of a month. */
const NTH_WEEKDAY = /(?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?的?(?:第([一二三四五1-5])|(最后|最後)一?)(?:个|個)?(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])/g;
/**
 * 5月第二周, 2024年3月的最后一周, 下个月第一周, 一月首星期: a week of a month (`weekOfMonth`), also before 日均
 * (11月第一周日均, the week's daily mean), not a weekday of it
 * (第二个星期三 is `NTH_WEEKDAY`'s).
 */
const WEEK_OF_MONTH = /(?:(\d{4})年)?(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])|(本|这个|這個|下个|下個|上个|上個|下|上))月份?的?(?:第([一二三四五1-5]|首)|(最后|最後)一|首)(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六天]|日(?!均))/g;
/**
 * 上周, 本周, 下周, 下下周, 上个月, 本月, 下个月, 上上个月, 周末, 去年, 今年, 明年, 前年, 后年; not 前年 or
 * 后年 closing 以前, 以后, 之前, 之后, 此前, 此后, 然后 before 年 (`以後年度`, later years; `此前年均`).
 */
const PERIOD = /(上上|下下|上|下|本|这|這|今)(?:个|個)?(周末|週末|周|週|星期|礼拜|禮拜|月)|((?<![以之此然])(?:前年|后年|後年)|去年|今年|明年)/g;
/** 年内 alone, or after 今年: not after a count of years (`三年内`, `5年内`, `两年内`) nor in a word (`当年内`, `多年内`). */
const REST_OF_YEAR = /(?<![\d一二三四五六七八九十两兩几幾数數多百千半当當同该該每])(?:今年)?年[内內](?![容部地陆陸外])/g;
/** 周末 alone, not after a word that makes it some other weekend or every one (每个周末, 上周末, 这个周末). */
const WEEKEND_ALONE = /(?<![每个個上下本这這今的])(?:周末|週末)/g;
/** Verbs of running for a while right before a length in hours or minutes (`运作4小时后`, `充电30分钟后`). */
const RUNNING_BEFORE = /(?:运作|運作|工作|运行|運行|使用|充电|充電|浸泡|加热|加熱|持续|持續|连续|連續|服用|训练|訓練|行驶|行駛|飞行|飛行|燃烧|燃燒|运转|運轉)$/;

/** A year written in digits (`2023年`, `2023财年`), not part of a longer number. */
const YEAR_WRITTEN = /(?<![\d.])((?:1[6-9]|20)\d\d)年/g;


/** 今年9月, 去年12月5日: a month (and day) in a year named relatively. */
const YEAR_MONTH = new RegExp(`(前年|去年|今年|明年)${NUM}月(?:${NUM}[日号號])?`, 'g');
/** 三天前, 两年前, 5个月前, 两周前, 两个星期前; 三天后, 两周之后 (ahead of the reference day); not before 往 (`驱车1小时前往`: 前往, go to) nor 后 (`17日前后`: around the 17th). */
const AGO = new RegExp(`(?<![\\d〇零一二两兩三四五六七八九十百千])(?!0\\d)${NUM}(天|日|周|週|星期|个星期|個星期|礼拜|禮拜|个礼拜|個禮拜|个月|個月|年)(?:以|之)?(前(?![往后後])|后|後)`, 'g');
/** 半年前, 半年以后: half a year before or after the reference day. */
/** A month of a year by its order: `明年第九个月`, `今年的第3个月`, `2017年第一个月`; group 1 the year word, 2 the year, 3 the order. */
const MONTH_OF_YEAR = new RegExp(`(?:(今年|明年|去年|前年|后年|後年)|(\\d{4})年)的?第${NUM}(?:个|個)月`, 'g');
const YEAR_WORD_STEP: Readonly<Record<string, number>> = { 今年: 0, 明年: 1, 去年: -1, 前年: -2, 后年: 2, 後年: 2 };
const HALF_AGO = /(?<![\d〇零一二两兩三四五六七八九十百千个個多])半年(?:以|之)?(前|后|後)/g;
/** 5分钟后, 两个小时以前, 三十分钟之后: minutes or hours from the reference moment (bare 分 stays a clock minute). */
const CLOCK_AGO = new RegExp(`(?<![\\d〇零一二两兩三四五六七八九十百千点點:：])(?!0\\d)${NUM}(分钟|分鐘|个小时|個小時|小时|小時|个钟头|個鐘頭|钟头|鐘頭)(?:以|之)?(前(?!往)|后|後)`, 'g');
/** 过去3小时, 最近十分钟, 未来两小时: the minutes or hours up to or from the reference moment. */
const CLOCK_SPAN = new RegExp(`(过去|過去|最近|未来|未來)${NUM}(分钟|分鐘|个小时|個小時|小时|小時|个钟头|個鐘頭|钟头|鐘頭)`, 'g');
/** 过去15年, 近15年, 过去20余年, 最近三个月, 未来三天, 今后五年, 过去四个季度. */
const SPAN = new RegExp(`(过去|過去|近|最近|未来|未來|今后|今後)${NUM}(余|餘|多)?(天|日|周|週|个星期|個星期|个月|個月|年|个季度|個季度|季度)`, 'g');
/**
 * 2016年上半年, 今年下半年, 上半年, 明年前半年; 2016年第三季度, 2016年三季度, and 2016年第三季 as Taiwan
 * and Hong Kong write it (not 季节 or 季风): halves and quarters of a year.
 */
const PART_OF_YEAR = /(?:(\d{4})年|(前年|去年|今年|明年))?(?:(上|下|前|后|後)半年|第?([一二三四1-4])季(?:度|(?![节節风風])))/g;
/**
 * 上季度, 上个季度, 上一季度, 本季度, 这个季度, 下季度: the calendar quarter before, of and after the
 * reference day's, as English `last quarter`, `this quarter`, `next quarter` read (not 本季 or 下一季
 * alone, as often a season of games or of a show).
 */
const QUARTER_STEP = /(上|本|这|這|下)(?:个|個|一)?季度/g;
const NEEDS_QUARTER_STEP = ['季度'];

/**
 * 春天, 2020年夏季, 去年冬天, 明年的秋季: a season (northern meteorological, as the English ones:
 * spring March–May, summer June–August, autumn September–November, winter December to February);
 * 暑期, 暑假 (the summer holidays, `the summer box office` for 暑期档) are the summer; two seasons
 * in a row are one span (秋冬季, 春夏两季); not before a noun it names a thing of (春季学期, 冬季奥运会, 夏季达沃斯, 秋季风).
 */
const SEASON = /(?:(?:(\d{4})年|(前年|去年|今年|明年|后年|後年))的?)?(?:(春|夏|秋|冬)(春|夏|秋|冬)?(?:天|季|两季|兩季)|暑(?:期|假))(?![节節装裝奥奧运運达達令款学學播种種粮糧收风風赛賽])/g;
/** 上半月, 下半月 (of the reference day's month), 本月上半月. */
const HALF_MONTH = /(?:本月|这个月|這個月)?(上|下|前|后|後)半月/g;
/**
 * 年初, 年中, 年底, 年末, 月初, 月中, 月底, 月末 alone: that part of the reference day's year or month (in thirds, as 旬).
 * Not after a character that makes a word with 年 or 月, whose 中 is `in`: a time of life (成年 adult,
 * 青年, 少年, 老年, 中年, 童年, 晚年, 早年, 壮年, 幼年: `成年中华鲟`, adult sturgeons), years counted
 * or named (多年, 近年, 往年, 历年, 每年, 当年, 全年, 周年, 新年, 长年, 常年, 终年, 财年, 学年, 半年), the months of a
 * life (岁月中, in the years) or one month (蜜月, 满月, 腊月). Not 年初 before a day's numeral (`年初二`, the
 * second day of the lunar new year).
 */
const PART_ALONE = /(?<![\d〇零一二两三四五六七八九十百千年月个個上下本今去明前后後成青少老中童晚早壮壯幼多近往历歷每当當全周週新长長常终終岁歲蜜满滿腊臘财財学學半])(年|月)(初|中|底|末)(?![\p{Script=Han}]?[的]?(?:奖|考|总结|报告))(?!(?<=年初)[一二三四五六七八九十])/gu;
/** 前3天, 后1年, 下1年, 上2个月, 前1周: a span of units before or after the reference day, written alone (not 春节前3天). */
const NEAR_SPAN = new RegExp(`(?<![\\p{Script=Han}\\d])(前|后|後|上|下)${NUM}(天|日|周|週|个星期|個星期|个月|個月|年)`, 'gu');

/**
 * Words one of which each pattern above needs: a pattern a text cannot match is not run, nor
 * compiled, for it.
 */
const NEEDS_NEAR_DAY = ['今天', '今日', '昨天', '昨日', '前天', '明天', '明日', '后天', '後天', '今起', '明起', '昨起'];
const NEEDS_WEEK = ['星期', '礼拜', '禮拜', '周', '週'];
const NEEDS_WEEKEND = ['周末', '週末'];
const NEEDS_REST_OF_YEAR = ['年内', '年內'];
const NEEDS_YEAR_WORD = ['前年', '去年', '今年', '明年'];
const NEEDS_SEASON = ['春', '夏', '秋', '冬', '暑'];
const NEEDS_PART_OF_YEAR = ['半年', '季'];
const NEEDS_PART_ALONE = ['年初', '年中', '年底', '年末', '月初', '月中', '月底', '月末'];
const NEEDS_BEFORE_AFTER = ['前', '后', '後'];
const NEEDS_MONTHS = ['个月', '個月'];
const NEEDS_CLOCK_UNIT = ['分钟', '分鐘', '小时', '小時', '钟头', '鐘頭'];
const NEEDS_PERIOD = ['周', '週', '星期', '礼拜', '禮拜', '月', '前年', '去年', '今年', '明年', '后年', '後年'];
const NEEDS_SPAN = ['过去', '過去', '近', '未来', '未來', '今后', '今後'];

/** Each gated pattern of this file with the words it needs one of: for the test that checks every gate against its pattern. */
export const RELATIVE_DATE_GATES: readonly (readonly [RegExp, readonly string[]])[] = [
  [NEAR_DAY, NEEDS_NEAR_DAY], [WEEKDAY, NEEDS_WEEK], [PERIOD, NEEDS_PERIOD], [WEEKEND_ALONE, NEEDS_WEEKEND], [REST_OF_YEAR, NEEDS_REST_OF_YEAR], [YEAR_MONTH, NEEDS_YEAR_WORD],
  [SEASON, NEEDS_SEASON], [PART_OF_YEAR, NEEDS_PART_OF_YEAR], [PART_ALONE, NEEDS_PART_ALONE], [AGO, NEEDS_BEFORE_AFTER],
  [MONTH_OF_YEAR, NEEDS_MONTHS], [CLOCK_AGO, NEEDS_CLOCK_UNIT], [CLOCK_SPAN, NEEDS_CLOCK_UNIT], [SPAN, NEEDS_SPAN],
  [QUARTER_STEP, NEEDS_QUARTER_STEP],
];

/** What joins two days of a list: 和, 及, 与, 、, 或. */
const JOINED_DAY = /^(?:和|及|与|與|、|或|至|到)$/;
/** The words before a weekday that make it recur: 每周一, 每逢周五, 逢周二, 每个星期天. */
const EVERY_BEFORE = /(?:每逢|每|逢)$/;
/**
 * What follows 周一…周六 after 每 when it is a count a week, not a day: a numeral or a word of
 * measure (每周一次, 每周三天, 每周二十小时, 每周五个工作日, 每周一般).
 */
const COUNT_AFTER = /^(?:[〇零一二两兩三四五六七八九十百千万萬几幾半多\d]|[次遍趟回天个個小分种種般节節堂场場轮輪班批份只隻人名位元块塊公吨噸期])/u;

/**
 * Words that put a sentence in the future, for a bare weekday, as the folded text writes them
 * (`normalize`: 將 is 将, 計 计, 劃 划, 會 会; 預 stays): will, plan, expect, forecast, may hope to.
 * 会 is the modal verb's only after an adverb or a modal (也会, 不会, 可能会, 最少会): elsewhere it
 * is as often a word's it writes (会议, 董事会, 大会在周五闭幕).
 */
const FUTURE = /将|要|[计計][划劃]|[预預](?:[计計料测測]|[报報](?![员員]))|可望|有望|拟|擬|下周|明天|(?<=[也还還才不就仍均亦少将料或并並必定能应應])会/g;

/**
 * 将 that marks the object of a verb rather than the future (the 把 construction of formal
 * writing): 将, its object, then a verb of setting or changing and the complement of its result
 * (`将应急响应提升至Ⅲ级`, `将中间价定于7.2066`, `将会议改为线上`), or a verb of changing to another
 * (`将八号信号改发三号信号`, `将比赛改用室内场地`). The future's 将 stands before
 * its verb (`将于周四举行`, `将提升`).
 */
const DISPOSAL = /^[将將](?![于於在会會要])[^，。；！？,;!?]{1,20}?(?:(?:提升|提高|降低|下调|下調|上调|上調|调整|調整|调低|調低|调高|調高|定|改|列|纳|納|转|轉|移交|设|設|延长|延長|缩短|縮短|推迟|推遲|提前)(?:至|为|為|到|于|於|入|成)|改(?:发|發|挂|掛|用))/;

/** Whether a clause speaks of the future (FUTURE), a 将 of the object (DISPOSAL) aside. */
function inFuture(clause: string): boolean {
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(clause); m; m = FUTURE.exec(clause)) {
    if ((m[0] === '将' || m[0] === '將') && DISPOSAL.test(clause.slice(m.index))) continue;
    return true;
  }
  return false;
}

function unitOf(word: string): 'D' | 'W' | 'M' | 'Y' {
  if (word === '天' || word === '日') return 'D';
  if (word.includes('月')) return 'M';
  if (word === '年') return 'Y';
  return 'W';
}

/** The clause before an offset, back to the last full stop (at most 80 characters). */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 80), at);
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'), head.lastIndexOf('\n'));
  return stop >= 0 ? head.slice(stop + 1) : head;
}

/** The day a text speaks from: its reference date, or else the year alone; undefined when neither is given. */
function referenceDay(context: ExtractContext): RefDay | undefined {
  return readReference(context.referenceDate) ?? (context.referenceYear !== undefined ? { year: context.referenceYear } : undefined);
}

/** `text` up to its first stop or comma: the rest of a clause. */
function clauseAfter(text: string): string {
  const stop = text.search(/[，,。；;！!？?]/);
  return stop >= 0 ? text.slice(0, stop) : text;
}

/** A verb of saying or announcing right after a weekday (`周三宣布`, `周二表示`). */
const SAID_AFTER = /^(?:宣布|表示|称|稱|说|說|指出|公布|透露|发布|發布|发表|發表|证实|證實)/;

/** The clause before an offset back to its comma or stop (at most 40 characters). */
function ownClauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 40), at);
  return head.slice(head.search(/[^，,；;。！？\n]*$/));
}

/** A word of `until` right before a weekday: 到, 至, 直到 (`至少到周五`). */
const UNTIL_BEFORE = /(?:到|至)$/;

/**
 * The rest of a weekday's clause; for a day an `until` opens that closes its clause (`至少到周五，
 * 气温仍将维持…`), the next clause too, where the verb it is the end of stands.
 */
function weekdayClauseAfter(text: string, start: number, end: number): string {
  // Forty characters: a 将 of the object and its verb of change may stand twenty apart (`由周一起将新资金三个月定存年息由4.1厘下调至3.6厘`).
  const own = clauseAfter(text.slice(start, start + 40));
  if (own.length > end - start || !UNTIL_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || !/^[，,]/.test(text.slice(end, end + 1))) return own;
  return own + clauseAfter(text.slice(end + 1, end + 21));
}

/** 年前 after a count of years (多 inside the count or after it): so many years back. */
const YEARS_BEFORE_NOW = /^多?年(?:以|之)?前(?!往)/;
/** 距今 before a count of years, with a word of measure between (`距今约2300年`, `距今近五千年`). */
export const FROM_NOW = /距今(?:约|約|大约|大約|近|逾|超过|超過)?$/;
/**
 * The years after 距今 and its count, unless a word makes them a length of history (`距今已有…年历史`
 * is read as a length), or a range of counts follows (`距今3000年至4500年`: a length of 3,000 to 4,500
 * years, as `3,000 to 4,500 years old` is).
 */
const YEARS_FROM_NOW = /^多?年(?!历史|歷史|的历史|的歷史|来|來|之久|以来|以來|[至到\-–—~～][ \t]?[\d〇零一二两兩三四五六七八九十百千万萬]+多?年)/;
const NEEDS_YEARS_BACK = ['年前', '年以前', '年之前', '距今'];

/**
 * A count of years told back from the reference day: `2300年前`, `五千多年前` (from 100 years on:
 * `AGO` reads the smaller counts in its own way), `距今约2300年` (any count). Four Arabic digits
 * that may be a year of the calendar (up to a century after the reference year) are that year:
 * `2030年前` is before 2030.
 */
function yearsBack(text: string, n: Numeral, ref: RefDay): { start: number; end: number; approx: boolean } | undefined {
  if (n.fractional || !Number.isInteger(n.value) || n.value <= 0 || n.sequence !== undefined) return undefined;
  const after = text.slice(n.end, n.end + 12);
  const fromNow = FROM_NOW.exec(text.slice(Math.max(0, n.start - 6), n.start));
  const m = (fromNow ? YEARS_FROM_NOW : YEARS_BEFORE_NOW).exec(after);
  if (!m) return undefined;
  if (!fromNow && (n.value < 100 || (n.arabic && !n.chinese && n.end - n.start === 4 && n.value <= ref.year + 100))) return undefined;
  // 距今 and its word of measure join the span (`距今约2300年`), which a length (`约2300年`) would not cover
  return { start: fromNow ? n.start - fromNow[0].length : n.start, end: n.end + m[0].length, approx: fromNow !== null && fromNow[0].length > 2 };
}

/**
 * A verb of lasting or of putting off, a length's opening word or 已 (already) right before 近
 * (`持续近八年`, `长达近十年`, `已近六个月`, `工程延宕近两年`, `推迟近一年`).
 */
const LASTING_BEFORE = /(?:持续|持續|历时|歷時|长达|長達|为期|為期|延续|延續|维持|維持|经历|經歷|用了|花了|耗时|耗時|已经|已經|已有|已|延宕|延误|延誤|推迟|推遲|拖延|延迟|延遲|延期|推迟了|推遲了|延误了|延誤了|拖延了|延迟了|延遲了|延长|延長)$/;

/** A count of weeks right before 周 or 星期 (两周一次, 三个星期一次): the weekday word is the week's. */
const WEEKS_COUNTED_BEFORE = /[一二两兩三四五六七八九十几幾数數\d][个個]?$/;

/**
 * The weekdays of a text (`周日`, `星期天`, `下周一`, `上星期五`), resolved against the reference day:
 * the last one on or before it, the next one in a clause about the future; without a reference
 * day, a weekday alone.
 */
function weekdays(text: string, holds: (needs: readonly string[]) => boolean, ref: RefDay | undefined, push: (start: number, end: number, value: string | undefined) => void): void {
  WEEKDAY.lastIndex = 0;
  if (!holds(NEEDS_WEEK)) return;
  let m: RegExpExecArray | null;
  // Where the last recurring day ends (-1: none yet).
  let recurringEnd = -1;
  while ((m = WEEKDAY.exec(text))) {
    const which = m[1];
    const weekday = WEEKDAY_OF[m[3]!]!;
    // 周 is also a surname: 周一鸣 followed by what a name is followed by (表示, 说) is a person.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!which && (m[2] === '周' || m[2] === '週') && /^\p{Script=Han}(?:表示|说|說|指出|认为|認為|称|稱|先生|女士|教授|博士)/u.test(after)) continue;
    // 每周一, 每逢星期五: a day that recurs, no date of the calendar (as `every Friday`); so does a
    // day joined to it (每逢星期五和星期六). A weekday alone (`-W-5`) whatever the reference day,
    // weighed against the other side's (`on Fridays`); 每周一次, 每周三天, 每周二十小时 are counts
    // a week, no day.
    const every = which ? null : EVERY_BEFORE.exec(text.slice(Math.max(0, m.index - 2), m.index));
    if (every || (!which && recurringEnd >= 0 && JOINED_DAY.test(text.slice(recurringEnd, m.index)))) {
      recurringEnd = m.index + m[0].length;
      if (!COUNT_AFTER.test(after)) push(every ? m.index - every[0].length : m.index, m.index + m[0].length, weekdayAlone(weekday));
      continue;
    }
    // 两周一次, 每三个星期一次: weeks counted (once every two weeks), no Monday.
    if (!which && WEEKS_COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 首周日均, 本周日均: a week's daily mean (日均), no Sunday.
    if (m[3] === '日' && (m[2] === '周' || m[2] === '週') && after.startsWith('均')) continue;
    // No reference day to count from: 周四, 本周四, 上周四, 下周四 are a weekday alone (`-W-4`),
    // weighed against the other side's weekday; two weeks off (上上周四, 下下周四) is nothing.
    if (!ref?.day) {
      if (which !== '上上' && which !== '下下') push(m.index, m.index + m[0].length, weekdayAlone(weekday));
      continue;
    }
    let value: string | undefined;
    // The clause's words say whether the day is ahead: those before it and those after it up to the clause's end
    // (马士基周二表示，将… is last Tuesday: the 将 is of what was said).
    // A day of saying (`其经理人公司周三宣布`): the tense of its own clause, not of what was said before it (`将展开…`).
    const said = SAID_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    const before = said ? ownClauseBefore(text, m.index) : clauseBefore(text, m.index);
    if (!which) value = nearestWeekday(ref, weekday, !inFuture(before + weekdayClauseAfter(text, m.index, m.index + m[0].length)));
    else {
      const weeks = which === '上上' ? -2 : which === '下下' ? 2 : which === '上' ? -1 : which === '下' ? 1 : 0;
      value = weekdayInWeek(ref, weekday, weeks);
    }
    push(m.index, m.index + m[0].length, value);
  }
}

/** Resolves every relative date of a Chinese text against the reference day. */
export const relativeDates: ZhExtractor = (t) => {
  const ref = referenceDay(t.context);
  const text = t.norm;
  const holds = normHolds(t);
  const out: FactCandidate[] = [];
  const push = (start: number, end: number, value: string | undefined): void => {
    if (value) out.push({ kind: 'date', start, end, value, approx: false });
  };
  // Without a reference day only the seasons, halves and quarters of a year written out are read
  // (2019年春季, 2024年上半年), and weekdays alone (周四: `-W-4`).
  if (!ref) {
    seasonsAndParts(text, holds, undefined, push);
    weekdays(text, holds, undefined, push);
    return out;
  }
  let m: RegExpExecArray | null;
  NEAR_DAY.lastIndex = 0;
  if (holds(NEEDS_NEAR_DAY)) while ((m = NEAR_DAY.exec(text))) {
    const w = m[1]!;
    const days = w.startsWith('大') ? (w.includes('前') ? -3 : 3) : w.startsWith('今') ? 0 : w.startsWith('昨') ? -1
      : w === '前天' ? -2 : w.startsWith('明') ? 1 : 2;
    push(m.index, m.index + w.length, shiftDays(ref, days));
  }
  weekdays(text, holds, ref, push);
  QUARTER_STEP.lastIndex = 0;
  if (holds(NEEDS_QUARTER_STEP)) while ((m = QUARTER_STEP.exec(text))) {
    const step = m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0;
    push(m.index, m.index + m[0].length, quarterOf(ref, step));
  }
  NTH_WEEKDAY.lastIndex = 0;
  if (holds(NEEDS_WEEK) && text.includes('月')) while ((m = NTH_WEEKDAY.exec(text))) {
    const month = smallCount(m[2]!);
    const nth = m[4] ? 0 : smallCount(m[3]!);
    if (!(month >= 1 && month <= 12)) continue;
    // 11月第一周日均: the week's daily mean (日均), no Sunday; the week is WEEK_OF_MONTH's. After 个
    // the weekday is one (11月第一个周日均价, the average price on the first Sunday).
    if (/[^个個][周週]日$/.test(m[0]) && text[m.index + m[0].length] === '均') continue;
    push(m.index, m.index + m[0].length, nthWeekday(m[1] ? Number(m[1]) : ref.year, month, WEEKDAY_OF[m[5]!]!, nth));
  }
  WEEK_OF_MONTH.lastIndex = 0;
  if (holds(NEEDS_WEEK) && text.includes('月')) while ((m = WEEK_OF_MONTH.exec(text))) {
    const step = m[3] ? (m[3].startsWith('上') ? -1 : m[3].startsWith('下') ? 1 : 0) : 0;
    const shifted = m[3] ? shiftMonth(ref, step) : undefined;
    const month = shifted ? Number(shifted.slice(5, 7)) : smallCount(m[2] ?? '');
    const year = shifted ? Number(shifted.slice(0, 4)) : m[1] ? Number(m[1]) : ref.year;
    if (!(month >= 1 && month <= 12)) continue;
    // 一月首星期, 5月首周: the first week
    push(m.index, m.index + m[0].length, weekOfMonth(year, month, m[5] ? 0 : m[4] === undefined || m[4] === '首' ? 1 : smallCount(m[4])));
  }
  PERIOD.lastIndex = 0;
  if (holds(NEEDS_PERIOD)) while ((m = PERIOD.exec(text))) {
    let value: string | undefined;
    if (m[3]) {
      const w = m[3];
      const step = w === '前年' ? -2 : w === '去年' ? -1 : w === '今年' ? 0 : w === '明年' ? 1 : 2;
      // 2023年…比上年增长: a report's 上年 (folded to 去年) after a year it names is the year before that one
      const named = w === '去年' && t.text.startsWith('上年', m.index) ? yearNamedBefore(text, m.index, YEAR_WRITTEN, (y) => Number(y[1])) : undefined;
      value = String(named !== undefined ? named - 1 : ref.year + step);
    } else {
      const step = m[1] === '上上' ? -2 : m[1] === '下下' ? 2 : m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0;
      if (m[1] === '今' && m[2] !== '月') continue;
      // 上周 is a week; 上月 a month; 本周 this week; 下周末 the weekend of next week.
      value = m[2] === '月' ? shiftMonth(ref, step) : m[2]!.endsWith('末') ? weekend(ref, step) : isoWeek(ref, step);
    }
    push(m.index, m.index + m[0].length, value);
  }
  // 周末 alone: the weekend of this week (每个周末 recurs; 上周末, 本周末 are read above).
  WEEKEND_ALONE.lastIndex = 0;
  if (holds(NEEDS_WEEKEND)) while ((m = WEEKEND_ALONE.exec(text))) push(m.index, m.index + m[0].length, weekend(ref, 0));
  // 年内 alone (`年内货币政策将保持`): what is left of the reference day's year, as `the rest of the year`
  // says; not after a count (`三年内`, within three years).
  REST_OF_YEAR.lastIndex = 0;
  if (holds(NEEDS_REST_OF_YEAR)) while ((m = REST_OF_YEAR.exec(text))) push(m.index, m.index + m[0].length, restOf(ref, 'year'));
  YEAR_MONTH.lastIndex = 0;
  if (holds(NEEDS_YEAR_WORD)) while ((m = YEAR_MONTH.exec(text))) {
    const w = m[1]!;
    const year = ref.year + (w === '前年' ? -2 : w === '去年' ? -1 : w === '今年' ? 0 : 1);
    const month = smallCount(m[2]!);
    const day = m[3] ? smallCount(m[3]) : undefined;
    if (!(month >= 1 && month <= 12) || (day !== undefined && !(day >= 1 && day <= 31))) continue;
    push(m.index, m.index + m[0].length, day === undefined ? isoMonth(year, month) : `${isoMonth(year, month)}-${String(day).padStart(2, '0')}`);
  }
  seasonsAndParts(text, holds, ref.year, push);
  HALF_MONTH.lastIndex = 0;
  if (text.includes('半月')) while ((m = HALF_MONTH.exec(text))) {
    if (ref.month === undefined) continue;
    const lastDay = new Date(Date.UTC(ref.year, ref.month, 0)).getUTCDate();
    const month = isoMonth(ref.year, ref.month);
    const first = m[1] === '上' || m[1] === '前';
    push(m.index, m.index + m[0].length, first ? `${month}-01/${month}-15` : `${month}-16/${month}-${lastDay}`);
  }
  PART_ALONE.lastIndex = 0;
  if (holds(NEEDS_PART_ALONE)) while ((m = PART_ALONE.exec(text))) {
    const third = m[2] === '初' ? 0 : m[2] === '中' ? 1 : 2;
    if (m[1] === '年') {
      const [a, b] = third === 0 ? [1, 4] : third === 1 ? [5, 8] : [9, 12];
      push(m.index, m.index + m[0].length, monthsOfYear(ref.year, a, b));
    } else if (ref.month !== undefined) {
      const month = isoMonth(ref.year, ref.month);
      const lastDay = new Date(Date.UTC(ref.year, ref.month, 0)).getUTCDate();
      const [a, b] = third === 0 ? [1, 10] : third === 1 ? [11, 20] : [21, lastDay];
      push(m.index, m.index + m[0].length, `${month}-${String(a).padStart(2, '0')}/${month}-${String(b).padStart(2, '0')}`);
    }
  }
  NEAR_SPAN.lastIndex = 0;
  while ((m = NEAR_SPAN.exec(text))) {
    const n = smallCount(m[2]!);
    if (!Number.isFinite(n) || n <= 0) continue;
    // 前一天, 后一天: the day before or after a day the text tells of, not of the reference day
    if (n === 1 && (m[3] === '天' || m[3] === '日')) continue;
    const past = m[1] === '前' || m[1] === '上';
    // 前10个月 written alone, months of the year the reference day's month has passed: the year's
    // first months, as statistics report them (`前10个月，销量…`, January to October), not the months
    // before the reference day.
    if (m[1] === '前' && unitOf(m[3]!) === 'M' && ref.month !== undefined && n < ref.month) {
      push(m.index, m.index + m[0].length, monthsOfYear(ref.year, 1, n));
      continue;
    }
    push(m.index, m.index + m[0].length, span(ref, n, unitOf(m[3]!), past));
  }
  AGO.lastIndex = 0;
  if (holds(NEEDS_BEFORE_AFTER)) while ((m = AGO.exec(text))) {
    const n = smallCount(m[1]!);
    if (!Number.isFinite(n) || n <= 0) continue;
    const unit = unitOf(m[2]!);
    // 三天前 looks back; 三天后 ahead
    const k = m[3] === '前' ? -n : n;
    const value = unit === 'D' ? shiftDays(ref, k) : unit === 'W' ? shiftDays(ref, 7 * k) : unit === 'M' ? shiftMonths(ref, k) : yearsAway(ref, k);
    push(m.index, m.index + m[0].length, value);
  }
  if (holds(NEEDS_YEARS_BACK)) for (const n of t.numerals) {
    const back = yearsBack(text, n, ref);
    if (back) out.push({ kind: 'date', start: back.start, end: back.end, value: yearsAway(ref, -n.value)!, approx: back.approx });
  }
  MONTH_OF_YEAR.lastIndex = 0;
  if (holds(NEEDS_MONTHS)) while ((m = MONTH_OF_YEAR.exec(text))) {
    const month = smallCount(m[3]!);
    const year = m[2] ? Number(m[2]) : ref.year + YEAR_WORD_STEP[m[1]!]!;
    if (month >= 1 && month <= 12) push(m.index, m.index + m[0].length, isoMonth(year, month));
  }
  HALF_AGO.lastIndex = 0;
  if (text.includes('半年')) while ((m = HALF_AGO.exec(text))) push(m.index, m.index + m[0].length, shiftMonths(ref, m[1] === '前' ? -6 : 6));
  const clockMinutes = (n: string, unit: string): number => smallCount(n) * (unit.includes('分') ? 1 : 60);
  CLOCK_AGO.lastIndex = 0;
  if (holds(NEEDS_CLOCK_UNIT)) while ((m = CLOCK_AGO.exec(text))) {
    // 连续运作4小时后: how long a thing ran before something happened, no moment of the text's day
    if (RUNNING_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const minutes = clockMinutes(m[1]!, m[2]!);
    if (minutes > 0) push(m.index, m.index + m[0].length, shiftedMoment(ref, t.context.referenceDate, m[3] === '前' ? -minutes : minutes));
  }
  CLOCK_SPAN.lastIndex = 0;
  if (holds(NEEDS_CLOCK_UNIT)) while ((m = CLOCK_SPAN.exec(text))) {
    const minutes = clockMinutes(m[2]!, m[3]!);
    const ahead = m[1]!.startsWith('未');
    const now = shiftedMoment(ref, t.context.referenceDate, 0);
    const other = shiftedMoment(ref, t.context.referenceDate, ahead ? minutes : -minutes);
    if (minutes > 0 && now && other) push(m.index, m.index + m[0].length, ahead ? `${now}/${other}` : `${other}/${now}`);
  }
  SPAN.lastIndex = 0;
  if (holds(NEEDS_SPAN)) while ((m = SPAN.exec(text))) {
    const n = smallCount(m[2]!);
    // 过去一周, 近一年: one unit counts too (`过去一周` is the past week).
    if (!Number.isFinite(n) || n < 1) continue;
    // 持续近八年, 历时近三年: 近 after a verb of lasting is `almost`, a length (the durations read it), no span up to now
    if (m[1] === '近' && LASTING_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const past = /^(?:过去|過去|近|最近)$/.test(m[1]!);
    // Quarters are whole calendar quarters (过去四个季度: the four before this one), as in English.
    const value = m[4]!.endsWith('季度') ? quarters(ref, n, past) : span(ref, n, unitOf(m[4]!), past);
    // 过去20余年: more than twenty years, read as the span of twenty, approximate
    if (value) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value, approx: m[3] !== undefined });
  }
  return out;
};

/**
 * A weekday written after a date: `(星期日)`, `（周一）`, ` 禮拜天`, or after a comma inside the
 * date's brackets (`（4月16日，星期四）`); in brackets, the weekdays of a range or a list of days
 * (`1月29日至31日（星期三至星期五）`, `5月2日、3日（星期五、星期六）`). A numeral alone in brackets right
 * after a day is its weekday too, as Taiwan's pages write it (`1月30日（四）`: `WEEKDAY_NUMERAL_AFTER`).
 */
const WEEKDAY_NUMERAL_AFTER = /^[ \t]*[（(][一二三四五六日天][)）]/;
const WEEKDAY_AFTER = /^[ \t]*[（(]?[ \t]*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天](?:[ \t]*(?:至|到|-|\u2013|—|~|～|、|和|及)[ \t]*(?:星期|礼拜|禮拜|周|週)?[一二三四五六日天](?=[ \t]*[)）]))?[ \t]*[)）]?|^[ \t]*[，,、][ \t]*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天](?=[ \t]*[)）])/;

/**
 * Dates with the weekday written after them: the span takes the weekday in (`2021年1月24日(星期日)`),
 * so that a weekday stated on both sides is compared with the other side's.
 */
export function withWeekday(extractor: ZhExtractor): ZhExtractor {
  return (t) => extractor(t).map((c) => {
    if (c.kind !== 'date' || typeof c.value !== 'string' || !/-\d\d$/.test(c.value)) return c;
    const after = t.norm.slice(c.end, c.end + 16);
    const m = WEEKDAY_AFTER.exec(after) ?? (/[日号號]$/.test(t.norm.slice(c.start, c.end)) ? WEEKDAY_NUMERAL_AFTER.exec(after) : null);
    return m ? { ...c, end: c.end + m[0].length } : c;
  });
}

/**
 * Seasons (`2020年夏季`, `去年冬天`, `春天`) and halves and quarters of a year (`2016年上半年`,
 * `今年下半年`, `2016年第三季度`). `refYear`: the reference day's; without it only those whose year is
 * written out are read.
 */
function seasonsAndParts(text: string, holds: (words: readonly string[]) => boolean, refYear: number | undefined, push: (start: number, end: number, value: string | undefined) => void): void {
  let m: RegExpExecArray | null;
  SEASON.lastIndex = 0;
  if (holds(NEEDS_SEASON)) while ((m = SEASON.exec(text))) {
    if (refYear === undefined && !m[1]) continue;
    const relative = m[2] && refYear !== undefined ? refYear + ({ 前年: -2, 去年: -1, 今年: 0, 明年: 1, 后年: 2, 後年: 2 } as Record<string, number>)[m[2]]! : undefined;
    const year = m[1] ? Number(m[1]) : relative;
    const first = '  春夏秋冬'.indexOf(m[3] ?? '夏') * 3 - 3;
    // Two seasons in a row are one span (`秋冬季`, autumn and winter: September to February); two
    // others (`春秋`, a year) are no season.
    const second = m[4] === undefined ? first : '  春夏秋冬'.indexOf(m[4]) * 3 - 3;
    if (second !== first && second !== (first === 12 ? 3 : first + 3)) continue;
    if (m[4] === undefined && /^[两兩]季$/.test(m[0].slice(-2))) continue;
    const last = second === 12 ? 2 : second + 2;
    const head = year === undefined ? '-' : String(year);
    const tail = year === undefined ? '-' : String(last < first ? year + 1 : year);
    push(m.index, m.index + m[0].length, `${head}-${String(first).padStart(2, '0')}/${tail}-${String(last).padStart(2, '0')}`);
  }
  PART_OF_YEAR.lastIndex = 0;
  if (holds(NEEDS_PART_OF_YEAR)) while ((m = PART_OF_YEAR.exec(text))) {
    const relative = m[2] && refYear !== undefined ? refYear + (m[2] === '前年' ? -2 : m[2] === '去年' ? -1 : m[2] === '今年' ? 0 : 1) : undefined;
    const year = m[1] ? Number(m[1]) : relative;
    // A quarter without its year stays an ordinal (一季度 = `the first quarter`).
    if (m[4] && year === undefined) continue;
    const y = year ?? refYear;
    const quarter = m[4] ? ' 一二三四'.indexOf(m[4]) > 0 ? ' 一二三四'.indexOf(m[4]) : Number(m[4]) : undefined;
    const [first, last] = quarter !== undefined ? [(quarter - 1) * 3 + 1, quarter * 3] : m[3] === '上' || m[3] === '前' ? [1, 6] : [7, 12];
    // A half without its year and no day to give it one (`上半年`) is read without a year, as the
    // English `the first half of the year` is.
    if (y === undefined) {
      push(m.index, m.index + m[0].length, `--${String(first).padStart(2, '0')}-01/--${String(last).padStart(2, '0')}-${last === 6 ? 30 : 31}`);
      continue;
    }
    push(m.index, m.index + m[0].length, monthsOfYear(y, first, last));
  }
}

/**
 * 今（20）日, 昨(19)日, 明（21）日, 本（10）月: the day or month the Taiwan press writes in brackets
 * after 今, 昨, 明 or 本 (`today, the 20th`), a date and no count. Full-width brackets are folded to
 * ASCII ones by the normalizer where they stand beside digits, so both are read.
 */
const BRACKETED_DAY = /(今|昨|明|本)[(（](\d{1,2})[)）](日|月)/g;
/**
 * 去（112）年, 今（113）年, 明（114）年: the year the Taiwan press writes in brackets after 去, 今 or
 * 明, a year of the Republic of China calendar (year 1 = 1912) or, in four digits, of the common era.
 */
const BRACKETED_YEAR = /(去|今|明)[(（](\d{2,4})[)）]年(?!代|度)/g;

/**
 * Years written in brackets after 去, 今 or 明 (`BRACKETED_YEAR`), and days and months after 今,
 * 昨, 明 or 本 (`BRACKETED_DAY`): with a reference
 * day, in its month and year (a day far from the reference's falls in the month before or after:
 * 昨（31）日 read on the 1st); without one, the day of an unnamed month (`---20`) or the month alone.
 */
export const bracketedDays: ZhExtractor = (t) => {
  const text = t.norm;
  if (!text.includes(')') && !text.includes('）')) return [];
  const ref = referenceDay(t.context);
  const out: FactCandidate[] = [];
  BRACKETED_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED_DAY.exec(text))) {
    const n = Number(m[2]);
    let value: string;
    if (m[3] === '月') {
      if (m[1] !== '本' || n < 1 || n > 12) continue;
      value = ref ? isoMonth(ref.year, n) : `--${String(n).padStart(2, '0')}`;
    } else {
      if (n < 1 || n > 31 || m[1] === '本') continue;
      if (ref?.month === undefined) value = `---${String(n).padStart(2, '0')}`;
      else {
        const step = ref.day === undefined ? 0 : n - ref.day > 20 ? -1 : ref.day - n > 20 ? 1 : 0;
        value = `${shiftMonth(ref, step)!}-${String(n).padStart(2, '0')}`;
      }
    }
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value, approx: false });
  }
  BRACKETED_YEAR.lastIndex = 0;
  while ((m = BRACKETED_YEAR.exec(text))) {
    const n = Number(m[2]);
    const year = m[2]!.length === 4 ? n : n >= 1 && n <= 199 ? n + 1911 : undefined;
    if (year === undefined || year < 1000 || year > 2999) continue;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: String(year), approx: false });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
};
