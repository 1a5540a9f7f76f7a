/**
 * What every Chinese extractor shares: the folded text with its numbers found once,
 * the qualifiers of approximation around a number, measure words and ranges.
 */
import type { ExtractContext, FactCandidate } from '../../types.js';
import { normalize } from './normalize.js';
import { scanNumerals, type Numeral } from './numerals.js';
import { textHolds } from '../needs.js';
import { groupBy } from '../../group-by.js';

/** One text prepared for the extractors. */
export interface ZhText {
  /** The text as given. */
  text: string;
  /** The same text folded (`normalize`): same length, same offsets. */
  norm: string;
  /** Every number in the text, left to right. */
  numerals: Numeral[];
  context: ExtractContext;
  /** `textHolds` of `norm`, made on first use by `normHolds`. */
  holds?: (words: readonly string[]) => boolean;
}

/** Whether the folded text holds one of `words` (`holdsAny`), with one index for the extractors of one call. */
export function normHolds(t: ZhText): (words: readonly string[]) => boolean {
  t.holds ??= textHolds(t.norm);
  return t.holds;
}

/** A Chinese extractor: a prepared text in, candidates out (they may overlap). */
export type ZhExtractor = (t: ZhText) => FactCandidate[];

/** Folds the text and finds its numbers. */
export function prepare(text: string, context: ExtractContext): ZhText {
  const norm = maskAddresses(normalize(text));
  return { text, norm, numerals: scanNumerals(norm), context };
}

/** Web addresses: their digits are not quantities (`%28`, `id=305`). */
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/g;

function isMailChar(c: string | undefined): boolean {
  return c !== undefined && /[\w.+-]/.test(c);
}

/** Replaces web and mail addresses by as many `x`, so no extractor reads inside them. */
function maskAddresses(norm: string): string {
  let out = norm.includes('://') || norm.includes('www.') ? norm.replace(URL, (m) => 'x'.repeat(m.length)) : norm;
  if (!out.includes('@')) return out;
  let masked = '';
  let from = 0;
  for (let at = out.indexOf('@'); at > 0; at = out.indexOf('@', at + 1)) {
    let a = at;
    while (a > from && isMailChar(out[a - 1])) a--;
    let b = at + 1;
    while (b < out.length && isMailChar(out[b])) b++;
    if (a < at && out.slice(at + 1, b).includes('.')) {
      masked += out.slice(from, a) + 'x'.repeat(b - a);
      from = b;
    }
  }
  out = masked + out.slice(from);
  return out;
}

/** True for a CJK ideograph. */
export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** How a qualifier changes a number. */
export interface Qualified {
  start: number;
  end: number;
  approx: boolean;
  bound?: 'over' | 'under';
}

/** Words before a number, longest first, with what they mean. */
const BEFORE: [string, boolean, ('over' | 'under')?][] = [
  ['大于或者等于', true, 'over'], ['小于或者等于', true, 'under'], ['大于或等于', true, 'over'], ['小于或等于', true, 'under'],
  ['大于等于', true, 'over'], ['小于等于', true, 'under'], ['不小于', true, 'over'], ['不大于', true, 'under'],
  ['不少于', true, 'over'], ['不多于', true, 'under'], ['不低于', true, 'over'], ['不高于', true, 'under'],
  ['不超过', true, 'under'], ['不超出', true, 'under'], ['不要超过', true, 'under'], ['不得超过', true, 'under'], ['不能超过', true, 'under'], ['不应超过', true, 'under'], ['不宜超过', true, 'under'], ['不可超过', true, 'under'], ['不要多于', true, 'under'], ['不得多于', true, 'under'], ['不得少于', true, 'over'], ['不能少于', true, 'over'], ['不应少于', true, 'over'], ['不宜少于', true, 'over'], ['至少有', true, 'over'], ['最少有', true, 'over'], ['至少为', true, 'over'], ['至少為', true, 'over'], ['至少是', true, 'over'], ['至少达', true, 'over'], ['至少達', true, 'over'], ['至多为', true, 'under'], ['至多為', true, 'under'], ['超过了', true, 'over'], ['已过', true, 'over'], ['低至', true], ['突破了', true, 'over'], ['突破', true, 'over'], ['站上', true, 'over'], ['重上', true, 'over'], ['升破', true, 'over'], ['升穿', true, 'over'], ['跌破', true, 'under'], ['跌穿', true, 'under'], ['不止', true, 'over'], ['最高可达', true, 'under'], ['最多可获', true, 'under'], ['最多可达', true, 'under'], ['最长可达', true, 'under'], ['最高达', true, 'under'], ['最长达', true, 'under'], ['最高为', true, 'under'], ['最高為', true, 'under'], ['最低为', true, 'over'], ['最低為', true, 'over'], ['最多为', true, 'under'], ['最多為', true, 'under'], ['最少为', true, 'over'], ['最少為', true, 'over'], ['最高', true, 'under'], ['最低', true, 'over'], ['最长', true, 'under'], ['最短', true, 'over'], ['差不多', true], ['大约有', true], ['大约为', true], ['大约', true], ['约有', true], ['约为', true], ['約為', true], ['约占', true], ['約占', true], ['約佔', true], ['约是', true],
  ['约合', true], ['大概', true], ['将近', true], ['接近', true], ['几乎', true], ['超过', true, 'over'], ['超出', true, 'over'],
  ['多于', true, 'over'], ['高于', true, 'over'], ['大于', true, 'over'], ['至少', true, 'over'], ['不到', true, 'under'],
  ['不足', true, 'under'], ['不满', true, 'under'], ['不滿', true, 'under'], ['未满', true, 'under'], ['未滿', true, 'under'], ['少于', true, 'under'], ['低于', true, 'under'], ['小于', true, 'under'], ['最多', true, 'under'], ['最少', true, 'over'], ['上限分别为', true, 'under'], ['上限分別為', true, 'under'], ['上限各为', true, 'under'], ['上限各為', true, 'under'], ['上限为', true, 'under'], ['上限為', true, 'under'], ['上限', true, 'under'], ['下限各为', true, 'over'], ['下限各為', true, 'over'], ['下限为', true, 'over'], ['下限為', true, 'over'], ['下限', true, 'over'], ['限制在', true, 'under'], ['限制为', true, 'under'], ['限制為', true, 'under'], ['限流', true, 'under'], ['限额', true, 'under'], ['限額', true, 'under'], ['限量', true, 'under'], ['限购', true, 'under'], ['限購', true, 'under'], ['限载', true, 'under'], ['限載', true, 'under'], ['起码', true, 'over'], ['起碼', true, 'over'],
  ['至多', true, 'under'], ['> =', true, 'over'], ['< =', true, 'under'], ['>=', true, 'over'], ['<=', true, 'under'],
  ['≥', true, 'over'], ['≤', true, 'under'], ['逾', true, 'over'], ['超', true, 'over'], ['破', true, 'over'], ['近', true], ['约', true],
  ['>', true, 'over'], ['<', true, 'under'], ['数', true, 'over'], ['几', true, 'over'], ['上', true, 'over'],
  // 年过六旬, 年過65歲: of an age past the value
  ['年过', true, 'over'], ['年過', true, 'over'],
];
function isChineseNumeralChar(c: string | undefined): boolean {
  return c !== undefined && '零〇一二两三四五六七八九十百千万亿'.includes(c);
}

/** Characters that close a noun of counting with 数 after them (人数, 总数, 次数, 户数, 票数, 指数, 半数, 多数). */
const COUNT_NOUN_BEFORE = '人总總次岁歲户戶件倍分函指系参參变變常多少半无無全票字页頁位';

/** Last characters of the words before a number, for a quick refusal. */
const BEFORE_LAST = new Set([...BEFORE.map(([w]) => w[w.length - 1]!), ' ', '过']);
/**
 * The first character of the word of an entry `[word, ...]`. Word lists are grouped by it, or by the
 * last (`groupBy`), so that a look-up tries only the words its character can begin or end.
 */
export function firstOfWord(entry: readonly [string, ...unknown[]]): string {
  return entry[0][0]!;
}

/** The last character of the word of an entry `[word, ...]`. */
export function lastOfWord(entry: readonly [string, ...unknown[]]): string {
  return entry[0][entry[0].length - 1]!;
}

/** The words before a number by their last character, longest first. */
const BEFORE_BY_LAST = groupBy(BEFORE, lastOfWord);

/** Words before 近 that make it "recent", "near by" (最近3年, 附近). */
export const NOT_NEAR = '最附邻鄰靠贴貼亲親临臨就远遠接将將';
/** Words before 破 that make it a word of its own (打破 break a record, 击破, 攻破, 看破, 识破, 说破, 爆破, 侦破 crack a case, 警破 police crack). */
export const NOT_THROUGH = '打击擊攻看识識说說道爆残殘撕刺侦偵警';
/** Words before 低至 that make it a verb of lowering (降低至, 减低至, 压低至, 调低至, 贬低至, 拉低至). */
const NOT_AS_LOW = '降减減压壓调調贬貶拉';
/** Words before 约 that make it an agreement (签约, 条约, 纽约). */
const NOT_ABOUT = '签合公条预节制邀履违特相纽婚契和规要赴践守失爽解毁续租隐简大誓盟';

/** Reads approximation words just before `start` (`近`, `约`, `超过`, `不到` …). */
export function qualifierBefore(norm: string, start: number): Qualified {
  // 低于零下170度, 约为零下40度: the bound or the approximation stands before the 零下 that signs the value
  if (start >= 4 && norm.startsWith('零下', start - 2)) {
    const signed = wordsBefore(norm, start - 2);
    if (signed.start < start - 2) return { ...signed, end: start };
  }
  const q = wordsBefore(norm, start);
  if (q.start < start) return q;
  // 突破每盎司3500美元, 跌破每桶60美元: the bound stands before the unit the price is of
  // 最高涨幅20%, 最多增幅为5%: the bound stands before the noun of the change the value measures
  const noun = PER_UNIT_BEFORE.exec(norm.slice(Math.max(0, start - 4), start)) ?? CHANGE_NOUN_BEFORE.exec(norm.slice(Math.max(0, start - 6), start));
  if (noun) {
    const bounded = wordsBefore(norm, start - noun[0].length);
    if (bounded.bound) return { ...bounded, end: start };
  }
  // 上限維持每季4,000萬元, 下限调至5%: a cap or a floor kept or set at the value, as `the cap stays at` reads
  const cap = CAP_KEPT_BEFORE.exec(norm.slice(Math.max(0, start - 9), start));
  if (cap) return { start: start - cap[0].length, end: start, approx: true, bound: cap[1] === '上限' ? 'under' : 'over' };
  // 上限从12个月延长至18个月: the cap the change sets, as `up to 18 months, up from 12` reads
  const raised = CAP_CHANGED_BEFORE.exec(norm.slice(Math.max(0, start - 24), start));
  if (raised) return { start, end: start, approx: true, bound: raised[1] === '上限' ? 'under' : 'over' };
  // 差不多用了一个星期, 将近花了两年: a word of approximation before the verb of what the length took
  const took = APPROX_TOOK_BEFORE.exec(norm.slice(Math.max(0, start - 7), start));
  if (took) return { start: start - took[0].length, end: start, approx: true };
  return q;
}

/** A word of approximation, then a verb of spending time or needing it, right before a value: `差不多用了`, `将近花了`, `几乎需要`. */
const APPROX_TOOK_BEFORE = /(?:差不多|几乎|幾乎|将近|將近|接近|大约|大約|大概)(?:用了|花了|用|花|需要|需|要|耗时|耗時|历时|歷時|持续了|持續了|持续|持續)了?$/;

/** A cap or a floor, then a verb that keeps or sets it, perhaps the period it is of, right before a value: `上限維持每季`, `下限调至`. */
const CAP_KEPT_BEFORE = /(上限|下限)(?:各)?(?:维持|維持|保持|仍|定|设|設|调|調|提高|提升|降|降低|上调|上調|下调|下調)(?:为|為|在|至|于|於)?(?:每\p{Script=Han}{1,2})?$/u;

/** A cap or a floor, what it was and a verb that changes it to the value after it: `上限从12个月延长至`, `下限由5%降至`. */
const CAP_CHANGED_BEFORE = /(上限|下限)(?:由|从|從)[^，。；！？,;!?上下]{1,12}?(?:延长|延長|提高|提升|增加|增|上调|上調|下调|下調|降低|降|调|調|放宽|放寬|收紧|收緊|扩大|擴大|缩短|縮短|减少|減少|减|減)(?:至|到|为|為)$/u;

/** The unit a price is of, right before it: `每盎司`, `每克`, `每桶`, `每吨`. */
const PER_UNIT_BEFORE = /每\p{Script=Han}{1,2}$/u;

/** A noun of change (and its verb of being) right before a value: `涨幅`, `增幅为`, `降幅达`. */
const CHANGE_NOUN_BEFORE = /(?:[涨漲]幅|增幅|升幅|降幅|跌幅|[减減]幅|幅度)(?:为|达|约)?$/;

/** The approximation and bound words right before `start` (`qualifierBefore` without a sign between). */
function wordsBefore(norm: string, start: number): Qualified {
  const last = norm[start - 1];
  // 最高可贷, 最多可借, 最长可租: the most one may do, an upper bound whatever the verb
  if (norm[start - 2] === '可' && isHan(last) && UP_TO_MAY.some((w) => norm.startsWith(w, start - 4))) return { start: start - 4, end: start, approx: true, bound: 'under' };
  // 最多可降低30%, 最高可提升两成: the same before a verb of change of two characters
  if (norm[start - 3] === '可' && isHan(last) && CHANGE_VERBS.has(norm.slice(start - 2, start)) && UP_TO_MAY.some((w) => norm.startsWith(w, start - 5))) {
    return { start: start - 5, end: start, approx: true, bound: 'under' };
  }
  if (last === undefined || !BEFORE_LAST.has(last)) return { start, end: start, approx: false };
  const spaced = last === ' ' ? start - 1 : start;
  const candidates = BEFORE_BY_LAST.get(norm[spaced - 1] ?? '') ?? [];
  const words = last === ' ' ? [...candidates, ...(BEFORE_BY_LAST.get(' ') ?? [])] : candidates;
  // An index loop: this runs before every number, where `for...of` and destructuring would make objects for each entry.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- see above
  for (let e = 0; e < words.length; e++) {
    const entry = words[e]!;
    const word = entry[0];
    const approx = entry[1];
    const bound = entry[2];
    const s = (isHan(word[0]) ? start : spaced) - word.length;
    if (s < 0 || !norm.startsWith(word, s)) continue;
    const prev = norm[s - 1];
    if (word === '近' && prev !== undefined && NOT_NEAR.includes(prev)) continue;
    if ((word === '约' || word === '约有' || word === '约为' || word === '约是') && prev !== undefined && NOT_ABOUT.includes(prev)) continue;
    if (word === '超' && prev === '赶') continue;
    // 每逾3日: for every 3 days overdue, a rate's step, no bound
    if (word === '逾' && prev === '每') continue;
    // 破: broke through (票房破30亿, 订单破万); not where it ends another word (打破3项纪录, 击破, 看破)
    if (word === '破' && prev !== undefined && NOT_THROUGH.includes(prev)) continue;
    // 低至: as low as (可低至零下230度, 价格低至5元), a value at its extreme that the other side may bound
    // or not; not where 低 ends a verb of lowering (降低至5%, 减低至: lowered to, exact)
    if (word === '低至' && prev !== undefined && NOT_AS_LOW.includes(prev)) continue;
    // 数百万, 上百人, 几十年: only before a bare unit (not 人数3, 以上3人)
    if ((word === '数' || word === '几' || word === '上') && !'十百千万亿'.includes(norm[start] ?? '\0')) continue;
    // 人数十年间, 总数十年来: 数 ending a noun of counting (人数, 总数, 次数), no `several`
    if (word === '数' && prev !== undefined && COUNT_NOUN_BEFORE.includes(prev)) continue;
    if (word === '上' && (prev === '以' || prev === '之' || isChineseNumeralChar(prev))) continue;
    if ((word === '>' || word === '<') && (prev === '<' || prev === '>' || prev === '-')) continue;
    // 港大于2026年: 于 before a year is `in` (the university in 2026), no 大于 (greater than).
    if ((word.endsWith('于') || word.endsWith('於')) && word.length === 2 && YEAR_AT.test(norm.slice(start, start + 5))) continue;
    return bound ? { start: s, end: start, approx, bound } : { start: s, end: start, approx };
  }
  if (last === '过' && norm[start - 2] === '比') return { start: start - 1, end: start, approx: true, bound: 'over' };
  return { start, end: start, approx: false };
}

/** A year at a number's start (`2026年`): what 于 before it is `in` of. */
const YEAR_AT = /^\d{4}年/;

/** `最高可` and its kin before a verb of one character and a number (最高可贷180万元). */
const UP_TO_MAY = ['最高可', '最多可', '最长可', '最長可'];
/** Verbs of change of two characters after `最多可` (`降低`, `提升`, `减少`). */
const CHANGE_VERBS = new Set(['降低', '减少', '減少', '下降', '提高', '提升', '增加', '增长', '增長', '节省', '節省', '缩短', '縮短', '延长', '延長']);

/** Words right after a number (before any measure word): 余, 多, 来. */
export function roughAfter(norm: string, end: number): Qualified {
  const c = norm[end];
  if (c === '余' || c === '多') return { start: end, end: end + 1, approx: true, bound: 'over' };
  if (c === '来' && isMeasureAt(norm, end + 1)) return { start: end, end: end + 1, approx: true };
  return { start: end, end, approx: false };
}

/** Words after a number and its measure: 左右, 上下, 以上, 以下, 多, 开外, 有余; 及以上, 或以下, 或以内 (the number itself included). */
export function qualifierAfter(norm: string, end: number): Qualified {
  // 6周岁（含）以下, 4小时(含)以上: the number itself included, said in brackets
  const included = INCLUDED.exec(norm.slice(end, end + 6));
  if (included) return { start: end, end: end + included[0].length, approx: true, bound: included[1] === '以上' ? 'over' : 'under' };
  const c = norm[end];
  if (c === '及' || c === '或') {
    const joined = norm.slice(end + 1, end + 3);
    if (joined === '以上') return { start: end, end: end + 3, approx: true, bound: 'over' };
    // 24小时或以内: within, the number itself included
    if (joined === '以下' || joined === '以内' || joined === '以內') return { start: end, end: end + 3, approx: true, bound: 'under' };
  }
  // 100+城市, 「1+」: a plus after the number (not before another, 1+1), as English writes `100+`
  if ((c === '+' || c === '＋') && !/[\d０-９]/.test(norm[end + 1] ?? '')) return { start: end, end: end + 1, approx: true, bound: 'over' };
  const two = norm.slice(end, end + 2);
  if (two === '左右' || two === '上下' && !'游班文'.includes(norm[end + 2] ?? '\0')) return { start: end, end: end + 2, approx: true };
  // 三年有余, 增加一倍有餘: and some more
  if (two === '以上' || two === '开外' || two === '出头' || two === '有余' || two === '有餘') return { start: end, end: end + 2, approx: true, bound: 'over' };
  if (two === '以下' || two === '以内') return { start: end, end: end + 2, approx: true, bound: 'under' };
  // 20公里以外, 5海里之外: beyond a distance (after another value 以外 is `besides`: 除2人以外)
  if ((two === '以外' || two === '之外') && DISTANCE_BEFORE.test(norm.slice(Math.max(0, end - 2), end))) return { start: end, end: end + 2, approx: true, bound: 'over' };
  // 以2,000元为上限 (capped at), 以1万元为限, 封顶: a ceiling; 以50元为下限: a floor.
  const cap = CAP_AFTER.exec(norm.slice(end, end + 4));
  if (cap) return { start: end, end: end + cap[0].length, approx: true, bound: cap[1] === '下限' ? 'over' : 'under' };
  // 100%最低要求, 2元的最低标准: the value named as a floor or a ceiling, as `the 100% minimum` is
  const limit = LIMIT_NOUN_AFTER.exec(norm.slice(end, end + 6));
  if (limit) return { start: end, end: end + limit[0].length, approx: true, bound: limit[1] === '最低' ? 'over' : 'under' };
  const spaced = norm[end] === ' ' ? norm.slice(end + 1, end + 3) : two;
  const at = norm[end] === ' ' ? end + 1 : end;
  if (spaced === '之下') return { start: end, end: at + 2, approx: true, bound: 'under' };
  if (spaced === '之上') return { start: end, end: at + 2, approx: true, bound: 'over' };
  return { start: end, end, approx: false };
}

/** A unit of distance closing a value (`20公里`, `500米`, `3海里`): 以外 after it is `beyond`. */
const DISTANCE_BEFORE = /(?:公里|千米|英里|公尺|海里|[^厘毫平方立]米)$/;

/** A floor or a ceiling named after a value: `最低要求`, `的最低标准`, `最高限额`. */
const LIMIT_NOUN_AFTER = /^的?(最低|最高)(?:要求|标准|標準|门槛|門檻|限额|限額)/;

/** A ceiling or a floor after a value: `为上限`, `為限`, `为下限`, `封顶`. */
const CAP_AFTER = /^(?:[为為](上限|下限|限)|(封[顶頂]))/;

/** `（含）以上`, `(含)以下`: a bound with the number included, said in brackets. */
const INCLUDED = /^[(（]含[)）](以上|以下)/;

/** Measure words of two or more characters (checked before single ones). */
const LONG_MEASURES = [
  '方面', '小时', '分钟', '公里', '千米', '平方米', '平方公里', '公顷', '公斤', '千克', '百分点', '个百分点', '万人',
  '人次', '余人', '多人', '周岁', '周歲', '週歲', '周年', '季度', '批次', '架次', '英里', '毫米', '厘米', '立方米', '千瓦', '兆瓦', '瓦', '代人',
  // the units of Taiwan and Hong Kong (公尺 metre, 公分 centimetre, 公克 gram, 公升 litre, 公頃 hectare)
  '公尺', '公分', '公克', '公升', '公頃', '公顷', '公噸', '公吨',
];
/** Single-character measure words: a numeral before one is a count (五方面, 十省, 66家, 两群蜂, 三罐蜂蜜). */
const MEASURES = new Set([...'个项家所人名位次届条件种座省市县区国地批只双对辆台部本张份套款篇颗棵头匹场支枚片块栋幢层间户处站笔例轮期岁号席票元米吨斤克亩倍年月天日周秒架艘列股根把句段页章集季门盏杯瓶碗袋箱包组队类大首册卷株尾宗起桩单辑届级者班科群窝罐桶盒粒']);

/** `LONG_MEASURES` by their first character, in their order (only those can start at a position). */
const LONG_MEASURES_BY_FIRST = groupBy(LONG_MEASURES, (m) => m[0]!);

/** Length of the measure word at `i` (0 when none). */
export function measureLength(norm: string, i: number): number {
  const long = LONG_MEASURES_BY_FIRST.get(norm[i] ?? '');
  if (long) for (const m of long) if (norm.startsWith(m, i)) return m.length;
  const c = norm[i];
  return c !== undefined && MEASURES.has(c) ? 1 : 0;
}

/** True when a measure word (optionally after 个) starts at `i`. */
export function isMeasureAt(norm: string, i: number): boolean {
  return measureLength(norm, i) > 0;
}

/** Verbs of change: after one, 至 and 到 mean "to" (上涨0.5%至3.45%), not a range. */
const CHANGE = '涨升增降跌长加减高滑落扩缩调調';

/**
 * Words that make what follows a forecast (预计增长3%至7%, 有望增长5%到8%) or a need (需要增加约400亿至
 * 500亿港元): a change expected or needed is given as a range, where a change that happened goes
 * from one figure to another (上涨0.5%至3.45%).
 */
const FORECAST = /预计|預計|预估|預估|预期|預期|预测|預測|有望|或将|或將|目标|目標|料将|料將|可望|需要|須要|需(?!求)|須(?!知)/;
/** How far back in its clause a forecast word is looked for. */
const FORECAST_REACH = 16;

/**
 * True when a verb of change stands just before `start` (上涨0.5%, 增长了约20%) and its clause is
 * no forecast (see `FORECAST`).
 */
export function changeBefore(norm: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 2 && '了约近逾达'.includes(norm[k]!)) k--;
  if (k < 0 || !CHANGE.includes(norm[k]!)) return false;
  // 将增长, 将年增: `will` just before the verb (farther off, 将 marks an object: 将利率上调)
  if (norm[k - 1] === '将' || norm[k - 1] === '將' || norm[k - 2] === '将' || norm[k - 2] === '將') return false;
  let from = k;
  while (from > 0 && k - from < FORECAST_REACH && !'，。；！？,;!?\n'.includes(norm[from - 1]!)) from--;
  if (FORECAST.test(norm.slice(from, k))) return false;
  // 分析师预估，7月出口将年增3%至7%: a forecast word that ends the clause before
  const before = norm.slice(Math.max(0, from - 3), from - 1);
  return !('，,'.includes(norm[from - 1] ?? '。') && FORECAST.test(before));
}

/**
 * Connectors of a range: 至, 到, -, ~, —. Returns the position after it, or -1.
 * With `from`, the start of the first number, 至 and 到 after a verb of change are "to".
 */
export function rangeConnector(norm: string, i: number, from?: number): number {
  let k = i;
  if (norm[k] === ' ') k++;
  const c = norm[k];
  if ((c === '至' || c === '到') && from !== undefined && changeBefore(norm, from)) return -1;
  if (c === '至' || c === '到' || c === '-' || c === '~' || c === '–' || c === '—' || c === '〜') {
    k++;
    if (c === '—' && norm[k] === '—') k++;
    if (norm[k] === ' ') k++;
    return k;
  }
  return -1;
}

/** The numeral starting exactly at `pos` among `numerals` (searching from index `from`). */
export function numeralAt(numerals: readonly Numeral[], from: number, pos: number): Numeral | undefined {
  for (let k = from; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (n.start === pos) return n;
    if (n.start > pos) return undefined;
  }
  return undefined;
}

/**
 * The one reader of ranges for the Chinese extractors: the numeral that ends a range begun by the
 * numeral at index `k` (`20到30`, `5-10亿元`, `5%-10%`), found after a connector at `from` (the
 * end of the first numeral, or of its unit) and accepted by `accept`; undefined when there is none.
 * A change (`从5%增至10%`) is no range (see `rangeConnector`), unless `bare`: a number without
 * its unit before the connector shares the end's (`增加10至14天`, by 10 to 14 days).
 */
export function rangeEnd(t: ZhText, k: number, from: number, accept: (end: Numeral) => boolean, bare = false): Numeral | undefined {
  const start = t.numerals[k];
  if (!start) return undefined;
  const link = rangeConnector(t.norm, from, bare ? undefined : start.start);
  if (link <= 0) return undefined;
  const end = numeralAt(t.numerals, k + 1, link);
  return end && accept(end) ? end : undefined;
}

/** Whether a numeral is a fraction written with 分之 (`三分之一`). */
export function fractionWritten(norm: string, n: { start: number; end: number; fractional: boolean }): boolean {
  return n.fractional && norm.slice(n.start, n.end).includes('分之');
}

/** The numeral ending exactly at `pos` (binary search: numerals are sorted and disjoint). */
export function numeralEndingAt(numerals: readonly Numeral[], pos: number): Numeral | undefined {
  let lo = 0;
  let hi = numerals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const end = numerals[mid]!.end;
    if (end === pos) return numerals[mid];
    if (end < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Merges two qualifiers: the first's approximation or bound wins. */
export function combine(a: Pick<Qualified, 'approx' | 'bound'>, b: Pick<Qualified, 'approx' | 'bound'>): { approx: boolean; bound?: 'over' | 'under' } {
  const bound = a.bound ?? b.bound;
  const approx = a.approx || b.approx;
  return bound ? { approx, bound } : { approx };
}

/**
 * A candidate with its optional fields only where set, in the order the extractors write them
 * (kind, start, end, value, max, unit, approx, bound), without a spread object for each field.
 */
export function candidate(
  kind: FactCandidate['kind'], start: number, end: number, value: number | string,
  max: number | undefined, unit: string | undefined, approx: boolean, bound: 'over' | 'under' | undefined,
): FactCandidate {
  const c: FactCandidate = { kind, start, end, value };
  if (max !== undefined) c.max = max;
  if (unit !== undefined) c.unit = unit;
  c.approx = approx;
  if (bound) c.bound = bound;
  return c;
}

/** After `N年`: a history or a tradition of that many years (2000年的历史, 1500年之久). */
const YEARS_OF = /^(?:的)?(?:(?:历史|歷史)(?!性)|传统|傳統|文明|之久)/;
/** Before `N年`: words of a quantity, not of a date (近2000年来, 超过2000年的历史). */
const YEARS_AMOUNT_BEFORE = ['近', '超过', '超過', '逾', '长达', '長達', '将近', '將近'];

/** Words of length before a round count of centuries (`跨越约1000年`, `长达2000年`, `近1500年`); not 约 alone (`约1500年`, about the year 1500). */
const ROUND_LENGTH_BEFORE = /(?:长达|長達|已有|近|逾|超过|超過|历时|歷時|跨越|横跨|橫跨|经历|經歷)(?:约|約)?$/;
/** A bound alone before the number, which a year of the last century or this one may follow (`近2000年的水平`, near the level of 2000). */
const BOUND_ALONE = /(?:^|[^长長已历歷跨横橫经經])(?:近|逾|超过|超過)(?:约|約)?$/;

/**
 * Whether `N年` (`value`) from `start` to `end`, written as a year would be, is a number of years:
 * a history or tradition after a round number or after 有 (`2000年的历史`, `有1949年的历史`; not
 * `回顾2019年的历史`, `2024年的历史性时刻`), a round count of centuries after a word of length
 * (`跨越约1000年的壁画`, `长达2000年`), or a word of quantity before it and 来 or 间 after
 * (`近2000年来`; `2008年来首次` is since 2008, `近2024年的水平` a year).
 */
export function yearsOfHistory(norm: string, start: number, end: number, value: number): boolean {
  if (YEARS_OF.test(norm.slice(end, end + 4)) && (value % 100 === 0 || norm[start - 1] === '有')) return true;
  const before = norm.slice(Math.max(0, start - 4), start);
  if (value % 100 === 0 && ROUND_LENGTH_BEFORE.test(before) && (value < 1900 || !BOUND_ALONE.test(before))) return true;
  return YEARS_AMOUNT_BEFORE.some((w) => norm.startsWith(w, start - w.length)) && /^[来來间間]/.test(norm.slice(end, end + 1));
}

/** Words after `N日` that make it a number of days: within (内, 以内, 之内), after (后, 以后), counted from (起算), up (届满). */
const DAYS_AFTER = /^(?:内|內|以内|以內|之内|之內|后|後|以后|以後|起算|届满|屆滿)/;
/** Words before `N日` that make it a number of days: a length, a limit, a term, a bound (为期, 期为, 历时, 持续, 超过, 不超过, 不多于, 少于, 满, 连续, 延长, 至少, 最多). */
const DAYS_BEFORE = /(?:为期|為期|期为|期為|期限为|期限為|历时|歷時|持续|持續|超过|超過|不超过|不超過|不少于|不少於|不多于|不多於|多于|多於|少于|少於|不得超过|不得超過|不得少于|不得少於|逾|满|滿|连续|連續|延长|延長|提前|长达|長達|至少|最少|起码|起碼|至多|最多|不足|不到)$/;

/** Whether the number before 日 at `[start, end)` counts days (`DAYS_AFTER`, `DAYS_BEFORE`). */
export function daysCounted(norm: string, start: number, end: number): boolean {
  return DAYS_AFTER.test(norm.slice(end, end + 3)) || DAYS_BEFORE.test(norm.slice(Math.max(0, start - 4), start));
}
