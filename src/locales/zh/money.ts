/**
 * Money in Chinese text: a number with its scale and currency (`66亿元` → 6.6e9 CNY,
 * `1200亿美元`, `30多亿元` (over), `5到10亿元` (5e8..1e9)), or a currency sign or name
 * before it (`人民币50元`, `$20`, `US$3`, `HK$5`, `￥300`).
 */
import type { FactCandidate } from '../../types.js';
import { FINANCIAL_DIGITS, isChineseNumeral, type Numeral } from './numerals.js';
import { candidate, combine, firstOfWord, fractionWritten, isHan, lastOfWord, measureLength, numeralAt, qualifierAfter, qualifierBefore, rangeEnd, roughAfter, type ZhExtractor } from './shared.js';
import { groupBy } from '../../group-by.js';
import { chineseCurrencyAt, chineseCurrencyBefore } from '../currencies.js';

/** The words of a weekday before its numeral (`周五`, `星期五`, `礼拜五`). */
const WEEKDAY_BEFORE = /(?:[周週]|星期|礼拜|禮拜)$/;
/** Currency words after a number, longest first, with their ISO 4217 code. */
const AFTER: [string, string][] = [
  ['元人民币', 'CNY'], ['美元', 'USD'], ['美金', 'USD'], ['美圆', 'USD'], ['港元', 'HKD'], ['港币', 'HKD'],
  ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['新台币', 'TWD'], ['台币', 'TWD'], ['欧元', 'EUR'], ['英镑', 'GBP'],
  ['日元', 'JPY'], ['日圆', 'JPY'], ['韩元', 'KRW'], ['卢布', 'RUB'], ['澳元', 'AUD'], ['加元', 'CAD'], ['加币', 'CAD'],
  ['瑞士法郎', 'CHF'], ['法郎', 'CHF'], ['卢比', 'INR'], ['新加坡元', 'SGD'], ['新元', 'SGD'], ['新币', 'SGD'], ['新西兰元', 'NZD'], ['比特币', 'BTC'],
  ['个比特币', 'BTC'], ['泰铢', 'THB'], ['越南盾', 'VND'], ['印尼盾', 'IDR'], ['林吉特', 'MYR'], ['菲律宾比索', 'PHP'],
  ['墨西哥比索', 'MXN'], ['比索', 'MXN'], ['南非兰特', 'ZAR'], ['兰特', 'ZAR'], ['瑞典克朗', 'SEK'], ['挪威克朗', 'NOK'],
  ['丹麦克朗', 'DKK'], ['里拉', 'TRY'], ['迪拉姆', 'AED'], ['里亚尔', 'SAR'], ['雷亚尔', 'BRL'], ['格里夫纳', 'UAH'],
  ['印度卢比', 'INR'], ['卢布', 'RUB'], ['澳大利亚元', 'AUD'], ['加拿大元', 'CAD'], ['美刀', 'USD'], ['人民币元', 'CNY'],
  ['人民币', 'CNY'], ['块钱', 'CNY'], ['元', 'CNY'], ['块', 'CNY'],
];
/** Generic words for the yuan and the local dollar: after an amount only (`50元`), never a name before one. */
const GENERIC = new Set(['元', '块', '块钱', '元人民币', '人民币元']);
/**
 * Currency names and signs before a number: the signs, and every currency word of `AFTER` but the
 * generic ones (`美金5万元`, `港币1.2亿`).
 */
const BEFORE: [string, string][] = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['RMB', 'CNY'], ['$', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'],
  ...AFTER.filter(([word]) => !GENERIC.has(word) && !word.startsWith('个')),
];

AFTER.sort((a, b) => b[0].length - a[0].length);
/**
 * `AFTER` by the first character of its words, longest first: the words that can start at a
 * position all begin with its character, so only those are tried after each number.
 */
const AFTER_BY_FIRST = groupBy(AFTER, firstOfWord);
/** `BEFORE` by the last character of its words, in their order (the words that can end at a position). */
const BEFORE_BY_LAST = groupBy(BEFORE, lastOfWord);
/** Coins named on their own, as a fraction of their currency (五美分 = 0.05 USD). */
const COINS: [string, string, number][] = [['美分', 'USD', 0.01], ['港仙', 'HKD', 0.01], ['欧分', 'EUR', 0.01], ['便士', 'GBP', 0.01], ['分钱', 'CNY', 0.01], ['毛钱', 'CNY', 0.1], ['角钱', 'CNY', 0.1]];

/** What may follow 毫 as ten Hong Kong cents: 子 (毫子, the coins), a range's or a list's word, a clause's end. */
const HK_TEN_CENTS_AFTER = '子至到及和或、，。；';

/** The second characters of the CC-CEDICT words that open with 仙 (仙人, 仙子, 仙桃, 仙居, 仙股): no cent before them. */
const NOT_CENTS_AFTER = '丹人去台臺境女姑子宫宮居山岛島方桃乐樂气氣界童股茅草药藥贝貝逝游遊乡鄉鹤鶴';

/** Sentence-final particles: after them 块 ends an amount (中了两千块呢), not a count of pieces. */
const PARTICLE = '呢啊吧啦嘛吗嗎喔哦耶呀了';
/** What names a delta or a triangle before 三角 (`长三角`, `珠三角`, `金三角`, `闽三角`): a region, no money. */
const DELTA_BEFORE = '长長珠金闽閩';

/** A currency word after a number; `generic` for 元 and 块, which a name before may narrow (港币100元). */
/* eslint-disable @typescript-eslint/prefer-for-of -- see below */
function currencyAfter(norm: string, i: number): { end: number; unit: string; factor?: number; generic?: boolean } | undefined {
  let k = i;
  while (norm[k] === ' ' && k - i < 2) k++;
  // Index loops over the tables: read after every number, where `for...of` and destructuring
  // would make objects for each entry.
  for (let c = 0; c < COINS.length; c++) {
    const coin = COINS[c]!;
    if (norm.startsWith(coin[0], k)) return { end: k + coin[0].length, unit: coin[1], factor: coin[2] };
  }
  // 5角, 3毛, 两毛五: tenths of a yuan (not 三角形, 五角大楼, nor the deltas 长三角, 珠三角 and the 金三角)
  if ((norm[k] === '角' || norm[k] === '毛') && (!isHan(norm[k + 1]) || tailDigitAt(norm, k + 1) !== undefined)
    && !(norm[k] === '角' && norm[i - 1] === '三' && DELTA_BEFORE.includes(norm[i - 2] ?? ''))) return { end: k + 1, unit: 'CNY', factor: 0.1 };
  // 31.6仙, 80仙: cents as Hong Kong, Macao, Singapore and Malaysia write them, after digits only
  // (八仙 are the Eight Immortals) and not as the start of a word of its own (仙人, 仙桃, 仙居).
  if (norm[k] === '仙' && /\d/.test(norm[i - 1] ?? '') && !NOT_CENTS_AFTER.includes(norm[k + 1] ?? '')) return { end: k + 1, unit: 'HKD', factor: 0.01 };
  // 5毫, 1毫至5毫, 兩毫子: ten Hong Kong cents, as fares are written (not 5毫米, 毫克, 毫升: a thousandth)
  if (norm[k] === '毫' && (!isHan(norm[k + 1]) || HK_TEN_CENTS_AFTER.includes(norm[k + 1]!))) return { end: norm[k + 1] === '子' ? k + 2 : k + 1, unit: 'HKD', factor: 0.1 };
  const after = AFTER_BY_FIRST.get(norm[k] ?? '');
  // A currency of the world by its CLDR name (`马来西亚林吉特`, `第纳尔`), when no word of `AFTER` starts here.
  if (!after) return chineseCurrencyAt(norm, k);
  for (let a = 0; a < after.length; a++) {
    const word = after[a]![0];
    if (!norm.startsWith(word, k)) continue;
    const unit = after[a]![1];
    const next = norm[k + word.length];
    if (word === '块' && isHan(next) && next !== '钱' && !isChineseNumeral(next) && !PARTICLE.includes(next ?? '')) return undefined; // 三块屏幕, but 两千块呢: pieces
    if (word === '元' && next !== undefined && '化论组性次制体件方'.includes(next)) return undefined; // 二元论, 一元化
    if (word === '元' && (next === '素' || next === '旦' || next === '宵' || next === '首' || next === '年' || next === '月')) return undefined;
    // 12日元宵节, 1日元旦: a day's 日 before the festival's 元, no yen.
    if (word.endsWith('元') && word !== '元' && (next === '宵' || next === '旦')) return undefined;
    return { end: k + word.length, unit, ...(word === '元' || word === '块' || word === '块钱' ? { generic: true } : {}) };
  }
  return chineseCurrencyAt(norm, k);
}
/* eslint-enable @typescript-eslint/prefer-for-of */

function currencyBefore(norm: string, start: number): { start: number; unit: string } | undefined {
  let k = start;
  while (norm[k - 1] === ' ' && start - k < 2) k--;
  const before = BEFORE_BY_LAST.get(norm[k - 1] ?? '');
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result nor destructuring per entry
  if (before) for (let e = 0; e < before.length; e++) {
    const word = before[e]![0];
    if (norm.startsWith(word, k - word.length)) return { start: k - word.length, unit: before[e]![1] };
  }
  // A currency of the world by its CLDR name (`澳门币200元`, `韩元5000万`); not one several currencies share.
  const named = chineseCurrencyBefore(norm, k);
  return named?.unit ? named : undefined;
}

/**
 * The countries whose currency is a dollar and whose Chinese names stand before a bare 元 for it,
 * with their ISO 4217 codes (the United States, Canada, Australia, New Zealand, Singapore, Hong
 * Kong, Taiwan); in simplified characters, as the text is read.
 */
const DOLLAR_COUNTRIES: readonly (readonly [string, string])[] = [
  ['美国', 'USD'], ['加拿大', 'CAD'], ['澳大利亚', 'AUD'], ['澳洲', 'AUD'], ['新西兰', 'NZD'], ['纽西兰', 'NZD'],
  ['新加坡', 'SGD'], ['香港', 'HKD'], ['台湾', 'TWD'],
];

/** The dollar of a country named right before `at` (`加拿大20元`), or undefined. */
function dollarOfCountryBefore(norm: string, at: number): string | undefined {
  for (const [name, code] of DOLLAR_COUNTRIES) if (norm.startsWith(name, at - name.length)) return code;
  return undefined;
}

/** What joins two amounts of a range or a list (`500元至1200元`, `50元到80元`, `10元-20元`, `50元和80元`). */
const AMOUNT_JOINS = ['至', '到', '-', '~', '～', '—', '－', '和', '或', '与', '、'];

/** Finds amounts of money. */
export const money: ZhExtractor = (t) => {
  const { norm, numerals } = t;
  const out: FactCandidate[] = [];
  // The end and currency of the last amount whose currency a name before it gave (`新台币500元`).
  let namedEnd = -1;
  let namedUnit: string | undefined;
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]!;
    if (n.sequence || norm[n.start - 1] === '第' || (n.single && norm[n.start - 1] === '非')) continue;
    // 周五人民币汇率: the numeral of a weekday, no amount (Friday's yuan rate)
    if (n.single && WEEKDAY_BEFORE.test(norm.slice(Math.max(0, n.start - 2), n.start))) continue;
    let low = n.value;
    let max: number | undefined;
    let last = n;
    // A first number without its unit shares the end's, after a verb of change too (`增加0.1至0.4港元`,
    // by 0.1 to 0.4 dollars); a change to an amount names its unit twice (`上涨0.5元至3.45元`).
    // A fraction is no amount's first end (`减少三分之一至31亿港元`: fell by a third, to HK$3.1 billion).
    const m = fractionWritten(norm, n) ? undefined : rangeEnd(t, k, n.end, (end) => !end.sequence, true);
    if (m) {
      // 5到10亿元: the scale written once applies to both ends
      const scale = m.value >= 1e4 && n.value < 1e4 ? scaleOf(norm, m.end) : 1;
      if (m.value > n.value * scale) {
        low = n.value * scale;
        max = m.value;
        last = m;
      }
    }
    const rough = roughAfter(norm, last.end);
    let cur = currencyAfter(norm, rough.end);
    // 接连一块 is "together": a lone 一块 is money only as 一块钱 or 一块五
    if (cur && n.single && n.value === 1 && norm[rough.end] === '块' && !norm.startsWith('块钱', rough.end)
      && !isChineseNumeral(norm[rough.end + 1])) cur = undefined;
    // 4450块三角形面板, 300块木板: 块 before a noun counts pieces, no money
    if (cur && norm[rough.end] === '块' && !kuaiCloses(norm, rough.end + 1)) cur = undefined;
    let pre = currencyBefore(norm, n.start);
    // a name before narrows a generic 元 after (港币100元); otherwise a name before counts only
    // when nothing follows (美元100 is rare; 人民币50元 agrees)
    const narrowed = pre !== undefined && cur?.generic === true;
    if (pre && cur && !narrowed && pre.unit !== cur.unit) pre = undefined;
    // A name before an amount with no unit after it: a sign, 人民币, any name before a scaled
    // amount (`港币1.2亿`), or before an amount that ends the phrase (`港币3.14。`, `美元100，`);
    // `美元2年期` is a term, no amount.
    if (pre && !cur && !/^(人民币|US\$|HK\$|RMB|\$|￥|¥|€|£)$/.test(norm.slice(pre.start, n.start).trim()) && !scaledNumeral(norm, n.end)
      && (isHan(norm[rough.end]) || /[\w.%]/.test(norm[rough.end] ?? ''))) pre = undefined;
    if (!cur && !pre) continue;
    // A bare 元 / 块 is the local currency of the text: the yuan, or the New Taiwan dollar in a
    // Taiwanese text (`localCurrency`), as the Hong Kong dollar or the pataca.
    // The second end of a range or the next amount of a list whose first is named (`新台币500元至1200元`,
    // `港币50元和80元`) is in its currency.
    const rangeOfNamed = cur?.generic === true && !pre && namedUnit !== undefined && AMOUNT_JOINS.includes(norm.slice(namedEnd, n.start).trim());
    // A country of dollars right before a bare 元 (`加拿大20元纸币`, a Canadian 20-dollar note): its dollar.
    const countryDollar = cur?.generic === true && !pre && !rangeOfNamed ? dollarOfCountryBefore(norm, n.start) : undefined;
    const local = cur?.generic === true && !narrowed && !rangeOfNamed && !countryDollar ? t.context.localCurrency : undefined;
    let unit = local ?? countryDollar ?? (rangeOfNamed ? namedUnit! : narrowed ? pre!.unit : cur ? cur.unit : pre!.unit);
    if (cur?.factor) {
      low = Number((low * cur.factor).toPrecision(15));
      if (max !== undefined) max = Number((max * cur.factor).toPrecision(15));
    }
    let start = pre ? pre.start : n.start;
    let end = cur ? cur.end : rough.end;
    if (cur) {
      // 50元6角三分, 两美元又三美分: the smaller coins
      const coins = smallerCoins(t.norm, numerals, k + 1, end, cur.unit);
      if (coins) {
        low = Number((low + coins.value).toPrecision(15));
        end = coins.end;
      }
      // 1角1仙, 5毫5仙: tenths and cents as Hong Kong and Macao write a fare, one amount in their dollar
      const cents = coins || cur.factor !== 0.1 ? undefined : centsAfterTenths(t.norm, numerals, k + 1, end);
      if (cents) {
        low = Number((low + cents.value).toPrecision(15));
        end = cents.end;
        if (unit === 'CNY' && !local && !narrowed && !rangeOfNamed) unit = 'HKD';
      }
    }
    const before = qualifierBefore(norm, start);
    start = before.start;
    const tail = qualifierAfter(norm, end);
    end = tail.end;
    let q = combine(before, rough.end > rough.start ? rough : tail);
    if (n.over || last.over) q = { approx: true, bound: 'over' };
    // '' is a currency name several currencies share (`第纳尔`): money whose currency the text does not tell.
    out.push(candidate('money', start, end, low, max, unit || undefined, q.approx, q.bound));
    namedEnd = end;
    namedUnit = narrowed || rangeOfNamed ? unit : undefined;
    if (last !== n) k++;
  }
  return out;
};

/** Reads 角/毛 (tenths) and 分/美分 (hundredths) after a whole amount; undefined when none. */
function smallerCoins(norm: string, numerals: readonly Numeral[], from: number, end: number, unit: string): { value: number; end: number } | undefined {
  const zero = norm[end] === '零';
  let p = norm[end] === '又' || zero ? end + 1 : end;
  let value = 0;
  let found = false;
  let n = numeralAt(numerals, from, p) ?? financialDigitAt(norm, p);
  // 三角 of 三角形 (a triangle), 两毛 of 两毛钱 but not of 毛巾: the tenths' unit opens no word with the character after it.
  if (unit === 'CNY' && n && Number.isInteger(n.value) && n.value < 10 && (norm[n.end] === '角' || norm[n.end] === '毛') && tenthsClose(norm, n.end + 1)) {
    value += n.value / 10;
    p = n.end + 1;
    found = true;
    n = numeralAt(numerals, from, p) ?? financialDigitAt(norm, p);
  }
  // A digit left after the last unit counts the next one down, as prices are spoken: 三块五 =
  // 3.5, 3块5, 三块零五 = 3.05, 两毛五 = 0.25, 五块七毛八 = 5.78.
  const last = found ? '毛' : norm[end - 1];
  const digit = unit === 'CNY' && (last === '块' || last === '毛' || last === '角') ? tailDigitAt(norm, p) : undefined;
  if (digit !== undefined) return { value: Number((value + digit / (last === '块' && !zero ? 10 : 100)).toPrecision(15)), end: p + 1 };
  const cent = unit === 'CNY' ? '分' : unit === 'USD' ? '美分' : '';
  if (cent && n && Number.isInteger(n.value) && n.value < 100 && norm.startsWith(cent, n.end) && !isHan(norm[n.end + cent.length])) {
    value += n.value / 100;
    p = n.end + cent.length;
    found = true;
  }
  return found ? { value, end: p } : undefined;
}

/** Cents in 仙 right after tenths (`1角1仙`, `5毫5仙`): their value and end; undefined when none. */
function centsAfterTenths(norm: string, numerals: readonly Numeral[], from: number, end: number): { value: number; end: number } | undefined {
  const n = numeralAt(numerals, from, end);
  if (!n || !Number.isInteger(n.value) || n.value >= 10 || norm[n.end] !== '仙' || NOT_CENTS_AFTER.includes(norm[n.end + 1] ?? '')) return undefined;
  return { value: n.value / 100, end: n.end + 1 };
}

/**
 * Whether the text at `at` may follow 块 of a price: its end, no Han, a numeral (`三块五`, `十块一斤`),
 * 钱, a particle, a joining word or a word of approximation; not a noun the 块 counts (`块木板`).
 */
function kuaiCloses(norm: string, at: number): boolean {
  const c = norm[at];
  // A numeral and 角 opening a word are a noun (`三角形`, `五角星`), no tenths of the price.
  if (isChineseNumeral(c) && (norm[at + 1] === '角' || norm[at + 1] === '毛') && !tenthsClose(norm, at + 2)) return false;
  return c === undefined || !isHan(c) || isChineseNumeral(c) || '钱錢的多半了呢吧啊呀嘛至到或和与與及、'.includes(c)
    || /^(?:左右|以上|以下|上下)/.test(norm.slice(at, at + 2));
}

/** Whether the text at `at` may follow 角 or 毛 of a price: its end, no Han, a numeral, 钱, 分, 的, 多 or 左右. */
function tenthsClose(norm: string, at: number): boolean {
  const c = norm[at];
  return c === undefined || !isHan(c) || isChineseNumeral(c) || '钱錢分的多'.includes(c) || norm.startsWith('左右', at);
}

/**
 * A financial digit standing alone before 角 or 分 (`伍角`, `捌分`): read after a whole amount only,
 * where it is no ordinary character (`队伍`, `陆地`), as the numeral scan leaves it.
 */
function financialDigitAt(norm: string, p: number): { value: number; end: number } | undefined {
  const value = FINANCIAL_DIGITS[norm[p] ?? ''];
  return value !== undefined && (norm[p + 1] === '角' || norm[p + 1] === '分') ? { value, end: p + 1 } : undefined;
}

/** The digits one to nine as a price's last figure is spoken (`两毛五`, `三块八`). */
const SPOKEN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The digit that ends a spoken price after its last unit (`三块五`, `3块5`, `两毛五`): one numeral,
 * 1 to 9, followed by no letter, digit or point, and by no character but those of `TAIL_NEXT` or
 * 一 and a measure word (`3块5一斤`). `三块五毛` reads the tenths by their unit; `3块5寸屏幕` and
 * `3块5G芯片` are pieces.
 */
function tailDigitAt(norm: string, at: number): number | undefined {
  const c = norm[at];
  if (c === undefined) return undefined;
  const value = c >= '1' && c <= '9' ? c.charCodeAt(0) - 48 : SPOKEN_DIGITS[c];
  const next = norm[at + 1];
  // 3块5一斤, 两毛五一个: the price of one measure of a thing
  const perUnit = next === '一' && measureLength(norm, at + 2) > 0;
  if (value === undefined || (isHan(next) && !TAIL_NEXT.includes(next!) && !perUnit) || (next !== undefined && /[\w.%]/.test(next))) return undefined;
  return value;
}

/** Characters that may follow a price's last digit: a range's connector and the particles (`三块五到四块`, `两毛五呢`). */
const TAIL_NEXT = `到至${PARTICLE}`;

/** Whether a numeral ending at `end` ends with a scale character (`1.2亿`, `500万`, `2兆`). */
function scaledNumeral(norm: string, end: number): boolean {
  const c = norm[end - 1];
  return c === '万' || c === '亿' || c === '兆';
}

/** The scale character (万, 亿, 万亿) ending a number at `end`, as a factor. */
function scaleOf(norm: string, end: number): number {
  const c = norm[end - 1];
  const b = norm[end - 2];
  if (c === '亿') return b === '万' ? 1e12 : 1e8;
  if (c === '万') return b === '亿' ? 1e12 : 1e4;
  return 1;
}
