import type { FactCandidate } from '../../types.js';
import { tidy } from './numbers.js';
import { changeAndLevel, qualify, rangeAt } from './qualifiers.js';
import { readsAsYear } from './years.js';
import { currencyCodeAt, currencyCodeBefore, currencySymbolAt, isCurrencyCode, currencySymbolBefore, currencySymbolUnit, englishCurrencyAt } from '../currencies.js';
import { candidate, plain, rangeLow, type Scan } from './scan.js';

/** Currency symbols and codes written before the amount (`$`, `US$`, `HK$`, `€`, `RMB`, `c $`). */
const PREFIX = /(?:(?<!'[ \t]?)\b(US|U\.S\.|HK|NT|CA|Can|C|A|AU|SG|S|NZ|R|MXN|MEX|CAD|AUD)[ \t]?\$|\$|€|£|¥|￥|₹|[₩₽₺₫₱฿₪₴₦₡₭]|\b(RMB|CNY|USD|HKD|EUR|GBP|JPY|CAD|AUD|INR|CHF|SGD|MXN|KRW|RUB|BRL|TWD|Rs\.?|dollars?|euros?)|\b([MK]?(?:USD|CNY|RMB|EUR|GBP|JPY|HKD|CAD|AUD|CHF|INR|MXN|KRW|RUB|BRL|TWD|SGD|NZD|KWD|LBP|EGP|QAR|SAR|AED|BGN|MYR|ILS|UAH|MNT|TRY|THB|IDR|PHP|VND|ZAR|SEK|NOK|DKK|PLN|CZK|HUF)))[ \t]?$/i;

/** Currency words, codes and symbols written after the amount (`yuan`, `US dollars`, `euros`, `€`). */
const SUFFIX = /(?:[ \t]*|-)(?:((?:US|U\.S\.|American|Hong Kong|HK|Canadian|Australian|Singapore|New Zealand|Taiwan|NT)[ \t]+(?:dollars?|cents?)|dollars?|bucks|(?:Chinese[ \t]+)?(?:yuan|renminbi)|RMB|kuai|euros?|pounds?(?:[ \t]+sterling)?|sterling|(?:Japanese[ \t]+)?yen|cents?|pennies|pence|rupees?|Swiss[ \t]+francs?|francs?|(?:Turkish[ \t]+)?liras?|r[ou]ubles?|baht)(?![A-Za-z])|(US\$|\$|€|£|¥|¢|[₩₽₺₫₱฿₪₴₦₡₭]))|[ \t]*([MK]?(?:USD|CNY|RMB|EUR|GBP|JPY|HKD|CAD|AUD|CHF|INR|MXN|KRW|RUB|BRL|TWD|SGD|NZD|KWD|LBP|EGP|QAR|SAR|AED|BGN|MYR|ILS|UAH|MNT|TRY|THB|IDR|PHP|VND|ZAR|SEK|NOK|DKK|PLN|CZK|HUF))(?![A-Za-z])/iy;

/** A scale after a currency code (`75 USD million`). */
const SCALE_AFTER = /[ \t]+(thousand|million|billion|trillion)(?![A-Za-z])/iy;
const SCALE_VALUES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** `HK` right before an amount in cents (`HK 31.2 cents`): Hong Kong's. */
const HK_CENTS = /\bHK ?$/;
/** Minor units after the major ones (`twelve dollars and sixty cents`, `15 dollars 50`). */
const MINOR_GAP = /^[ \t]+(?:and[ \t]+)?$/i;
const MINOR_UNIT = /[ \t]*(?:cents?|c|p|pence)(?![A-Za-z])/iy;

const SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₹': 'INR', '¢': 'USD', '₩': 'KRW', '₽': 'RUB',
  '₺': 'TRY', '₫': 'VND', '₱': 'PHP', '฿': 'THB', '₪': 'ILS', '₴': 'UAH', '₦': 'NGN', '₡': 'CRC', '₭': 'LAK',
};
const PREFIX_LETTERS: Readonly<Record<string, string>> = {
  us: 'USD', 'u.s.': 'USD', hk: 'HKD', nt: 'TWD', ca: 'CAD', can: 'CAD', c: 'CAD', a: 'AUD', au: 'AUD', sg: 'SGD', s: 'SGD', nz: 'NZD', r: 'BRL',
};
const WORDS: [RegExp, string][] = [
  [/^(?:us\b|u\.s\.|american\b)/i, 'USD'], [/^(?:hong kong|hk)\b/i, 'HKD'], [/^canadian/i, 'CAD'],
  [/^australian/i, 'AUD'], [/^singapore/i, 'SGD'], [/^new zealand/i, 'NZD'], [/^(?:taiwan|nt)\b/i, 'TWD'],
  [/^(?:dollar|buck)/i, 'USD'], [/^(?:yuan|renminbi|rmb|cny)/i, 'CNY'], [/^(?:euro|eur)/i, 'EUR'],
  [/^(?:pound|sterling|gbp|pence|penn)/i, 'GBP'], [/^(?:yen|jpy)/i, 'JPY'], [/^cent/i, 'USD'],
  [/^(?:rupee|rs|inr)/i, 'INR'], [/^(?:swiss|franc|chf)/i, 'CHF'], [/^usd/i, 'USD'], [/^hkd/i, 'HKD'],
  [/^(?:chinese|kuai)/i, 'CNY'], [/^japanese/i, 'JPY'], [/^(?:turkish|lira|try)/i, 'TRY'], [/^r[ou]uble|^rub/i, 'RUB'],
  [/^baht/i, 'THB'], [/^(?:cad)/i, 'CAD'], [/^(?:aud)/i, 'AUD'], [/^(?:mxn|mex)/i, 'MXN'], [/^krw/i, 'KRW'],
  [/^brl/i, 'BRL'], [/^twd/i, 'TWD'], [/^sgd/i, 'SGD'],
];

const CODES = /^(?:USD|CNY|RMB|EUR|GBP|JPY|HKD|CAD|AUD|CHF|INR|MXN|KRW|RUB|BRL|TWD|SGD|NZD|KWD|LBP|EGP|QAR|SAR|AED|BGN|MYR|ILS|UAH|MNT|TRY|THB|IDR|PHP|VND|ZAR|SEK|NOK|DKK|PLN|CZK|HUF)$/;

function isoCode(letters: string): string | undefined {
  if (!CODES.test(letters)) return undefined;
  return letters.toUpperCase() === 'RMB' ? 'CNY' : letters.toUpperCase();
}

/** `MEUR` (million euros), `KUSD`: a scale letter before an ISO code. */
function scaledCode(letters: string): { unit: string; scale: number } | undefined {
  const unit = isoCode(letters);
  if (unit) return { unit, scale: 1 };
  const inner = /^[MK]/.test(letters) ? isoCode(letters.slice(1)) : undefined;
  return inner ? { unit: inner, scale: letters.startsWith('M') ? 1e6 : 1e3 } : undefined;
}

/** True when a currency word other than a minor unit follows `end` (`10 $ 30 $`, `20 ringgit`, `20 zł`). */
function suffixOrCode(text: string, end: number): boolean {
  return currencyAfter(text, end)?.cents === false;
}

/**
 * Whether the number ending at `end`, after `gap`, reads as the minor units of the amount before
 * it: after `and` only with its unit (`and sixty-five cents`; `20 dinars and 40 camels` is two
 * things); written straight after the amount, always (`15 USD 50`).
 */
function minorAfter(text: string, gap: string, end: number): boolean {
  if (!/and/i.test(gap)) return true;
  MINOR_UNIT.lastIndex = end;
  return MINOR_UNIT.test(text);
}

function isoOfWord(word: string): string | undefined {
  const trimmed = word.trim();
  if (SYMBOLS[trimmed]) return SYMBOLS[trimmed];
  if (/^US\$$/i.test(trimmed)) return 'USD';
  return WORDS.find(([re]) => re.test(trimmed))?.[1];
}

/** The symbols PREFIX may end with. */
const PREFIX_SYMBOLS = '$€£¥￥₹₩₽₺₫₱฿₪₴₦₡₭';
/** The words and codes PREFIX may end with, in lower case (a code may carry `M` or `K` before it). */
const PREFIX_ENDINGS = [
  'rmb', 'cny', 'usd', 'hkd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'inr', 'chf', 'sgd', 'mxn', 'krw', 'rub', 'brl', 'twd',
  'nzd', 'kwd', 'lbp', 'egp', 'qar', 'sar', 'aed', 'bgn', 'myr', 'ils', 'uah', 'mnt', 'try', 'thb', 'idr', 'php', 'vnd',
  'zar', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'rs', 'rs.', 'dollar', 'dollars', 'euro', 'euros',
];

/**
 * Whether the text before an amount may end with a currency PREFIX reads: after at most one space
 * or tab, a symbol of its own, or a word or code of its own (in any case, as its `i` flag reads
 * ASCII letters). Text that cannot is answered without running (and compiling) the pattern.
 */
function mayEndWithPrefix(before: string): boolean {
  const last = before.charAt(before.length - 1);
  const head = last === ' ' || last === '\t' ? before.slice(0, -1) : before;
  if (head.length === 0) return false;
  if (PREFIX_SYMBOLS.includes(head.charAt(head.length - 1))) return true;
  // Most amounts follow a word that ends as none of the endings does: the last two characters
  // tell (an ASCII character is lower-cased by setting one bit; other characters, some of which
  // lower-case to ASCII letters, take the long way below).
  const x = head.charCodeAt(head.length - 2);
  const y = head.charCodeAt(head.length - 1);
  if (x < 128 && y < 128 && !PREFIX_LAST_PAIRS.has(((x | 0x20) << 8) | (y | 0x20))) return false;
  const lower = head.toLowerCase();
  return PREFIX_ENDINGS.some((w) => lower.endsWith(w));
}

/** The last two characters of PREFIX_ENDINGS, as `pairKey` writes them. */
const PREFIX_LAST_PAIRS: ReadonlySet<number> = new Set(PREFIX_ENDINGS.map((w) => pairKey(w, w.length - 2)));

/** Two lower-case ASCII characters of `word` from `at` as one number. */
function pairKey(word: string, at: number): number {
  return (word.charCodeAt(at) << 8) | word.charCodeAt(at + 1);
}

function prefixAt(text: string, start: number): { start: number; unit: string; scale: number } | undefined {
  const before = text.slice(Math.max(0, start - 10), start);
  const m = mayEndWithPrefix(before) ? PREFIX.exec(before) : null;
  if (!m) return undefined;
  const code = m[3] ? scaledCode(m[3]) : undefined;
  if (m[3] && !code) return undefined;
  // `A$20` is Australian, but `a $20 bonus` and `A $5 fee` have the article before a plain dollar.
  if (m[1] && (m[1] === 'a' || m[1] === 'A') && !m[0].startsWith(`${m[1]}$`)) return { start: start - 1 - (m[0].endsWith(' ') ? 1 : 0), unit: SYMBOLS.$!, scale: 1 };
  const unit = m[1] ? PREFIX_LETTERS[m[1].toLowerCase()] ?? isoOfWord(m[1]) : m[2] ? isoOfWord(m[2]) : code ? code.unit : isoOfWord(m[0]);
  return unit ? { start: start - m[0].length, unit, scale: code?.scale ?? 1 } : undefined;
}

/** The codes SUFFIX reads (with `M` or `K` before them or not), in lower case. */
const SUFFIX_CODES = [
  'usd', 'cny', 'rmb', 'eur', 'gbp', 'jpy', 'hkd', 'cad', 'aud', 'chf', 'inr', 'mxn', 'krw', 'rub', 'brl', 'twd', 'sgd',
  'nzd', 'kwd', 'lbp', 'egp', 'qar', 'sar', 'aed', 'bgn', 'myr', 'ils', 'uah', 'mnt', 'try', 'thb', 'idr', 'php', 'vnd',
  'zar', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf',
];
/** How SUFFIX's words begin, in lower case. */
const SUFFIX_WORD_STARTS = [
  'us', 'u.s.', 'american', 'hong', 'hk', 'canadian', 'australian', 'singapore', 'new', 'taiwan', 'nt', 'dollar', 'buck',
  'chinese', 'yuan', 'renminbi', 'rmb', 'kuai', 'euro', 'pound', 'sterling', 'japanese', 'yen', 'cent', 'penn', 'pence',
  'rupee', 'swiss', 'franc', 'turkish', 'lira', 'rouble', 'ruuble', 'baht',
];
/** The first two characters of SUFFIX's words and codes, as `pairKey` writes them. */
const SUFFIX_FIRST_PAIRS: ReadonlySet<number> = new Set([...SUFFIX_WORD_STARTS, ...SUFFIX_CODES].map((w) => pairKey(w, 0)));
/** The symbols SUFFIX reads. */
const SUFFIX_SYMBOLS = '$€£¥¢₩₽₺₫₱฿₪₴₦₡₭';

/**
 * Whether a currency SUFFIX reads may start at `end`: after spaces and tabs or one hyphen, a
 * symbol of its own or a word or code of its own (in any case, as its `i` flag reads ASCII
 * letters). Text that cannot is answered without running (and compiling) the pattern.
 */
function mayStartSuffix(text: string, end: number): boolean {
  let at = end;
  if (text[at] === '-') at++;
  else while (text[at] === ' ' || text[at] === '\t') at++;
  if (SUFFIX_SYMBOLS.includes(text.charAt(at)) && at < text.length) return true;
  // Most numbers are followed by a word that starts as none of SUFFIX's does: the first two
  // characters tell (or the two after a scale letter `M` or `K`), as in `mayEndWithPrefix`.
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (a < 128 && b < 128 && c < 128 && !SUFFIX_FIRST_PAIRS.has(((a | 0x20) << 8) | (b | 0x20))
    && !(((a | 0x20) === 0x6d || (a | 0x20) === 0x6b) && SUFFIX_FIRST_PAIRS.has(((b | 0x20) << 8) | (c | 0x20)))) return false;
  const ahead = text.slice(at, at + 12).toLowerCase();
  const code = ahead.startsWith('m') || ahead.startsWith('k') ? ahead.slice(1) : '';
  return SUFFIX_WORD_STARTS.some((w) => ahead.startsWith(w)) || SUFFIX_CODES.some((c) => ahead.startsWith(c) || code.startsWith(c));
}

function suffixAt(text: string, end: number): { end: number; unit: string; cents: boolean; scale?: number } | undefined {
  if (!mayStartSuffix(text, end)) return undefined;
  SUFFIX.lastIndex = end;
  const m = SUFFIX.exec(text);
  if (!m) return undefined;
  if (m[3]) {
    const code = scaledCode(m[3]) ?? (/^(?:usd|rmb|cny|eur|gbp|hkd|jpy)$/.test(m[3]) ? scaledCode(m[3].toUpperCase()) : undefined);
    return code ? { end: SUFFIX.lastIndex, unit: code.unit, cents: false, scale: code.scale } : undefined;
  }
  const word = m[1] ?? m[2] ?? '';
  const unit = isoOfWord(word);
  // `47 HK cents`: the cents of the dollar named before them.
  return unit ? { end: SUFFIX.lastIndex, unit, cents: /^(?:cent|penn|pence|¢)|[ \t]cents?$/i.test(word) } : undefined;
}

/** `mark` as the word after an amount (`the 1 trillion mark`). */
const MILESTONE_MARK = /^[ \t]*marks?$/i;
/** `the` right before an amount: `the 1 trillion mark` names a milestone. */
const THE_BEFORE = /\bthe[ \t]+$/i;

/**
 * The currency after an amount ending at `end`: `SUFFIX`'s, else one of the CLDR table (`namedAt`),
 * a word that is also an ordinary one counting only after a `scaled` amount (`6.6 trillion won`).
 */
export function currencyAfter(text: string, end: number, scaled = false): { end: number; unit: string; cents: boolean; scale?: number } | undefined {
  return suffixAt(text, end) ?? namedAt(text, end, scaled);
}

/** A currency after the amount by its CLDR name, its ISO 4217 code (`1,500 KES`) or its narrow symbol (`50 zł`). */
function namedAt(text: string, end: number, scaled: boolean): { end: number; unit: string; cents: boolean; scale?: number } | undefined {
  const named = englishCurrencyAt(text, end, scaled) ?? currencyCodeAt(text, end) ?? currencySymbolAt(text, end);
  return named && { end: named.end, unit: named.unit, cents: false };
}

/**
 * A currency before the amount: `PREFIX`'s, or an ISO 4217 code or a narrow symbol of the CLDR
 * table (`KES 1,500`, `RM 1.5 billion`); a symbol that `PREFIX`'s ends wins when it starts before
 * it (`E£ 300` is Egyptian, not `£ 300`).
 */
function currencyBefore(text: string, start: number): { start: number; unit: string; scale: number } | undefined {
  const pre = prefixAt(text, start);
  const symbol = currencySymbolBefore(text, start);
  if (symbol && (!pre || symbol.start < pre.start)) return { start: symbol.start, unit: symbol.unit, scale: 1 };
  if (pre) return pre;
  const code = currencyCodeBefore(text, start, PRICE_BEFORE.test(text.slice(Math.max(0, start - PRICE_REACH), Math.max(0, start - 4))));
  return code && { start: code.start, unit: code.unit, scale: 1 };
}

/**
 * Money: an amount with its currency before or after it (`6.6 billion yuan` → 6600000000 CNY,
 * `$ 75 million`, `HK$3`, `20 euros`, `£10`), ranges (`$10-20 million`, `between $5 and $8`)
 * and qualifiers (`nearly 7 billion yuan`, `more than $247 million`). Cents become fractions.
 */
export function extractMoney({ text, numbers, context }: Scan): FactCandidate[] {
  const out: FactCandidate[] = [];
  let taken = 0;
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    if (low.glued === 'p' && !low.ordinal) {
      if (pennies(text, low)) out.push(candidate('money', qualify(text, low.start, low.end + 1, false), tidy(low.value / 100), { unit: 'GBP' }));
      continue;
    }
    if (!plain(low) && !(low.glued && isoCode(low.glued))) continue;
    if (low.glued) {
      out.push(candidate('money', qualify(text, low.start, low.end + low.glued.length, false), low.value, { unit: isoCode(low.glued)! }));
      continue;
    }
    let pre = currencyBefore(text, low.start);
    if (pre && pre.start < taken) pre = undefined;
    // A low end above the high one, none of its own scale (`for 2024 to 54 trillion rupiah`: the year,
    // then the amount it rose to), is no range.
    const range = rangeAt(text, numbers, i, (a, b) => plain(b) && !readsAsYear(text, a) && !(a.scaled === undefined && a.value > b.value / (b.scaled ?? 1)))
      ?? symbolRange(text, numbers, i);
    const last = range ? numbers[range.high]! : low;
    // A currency of the world by its name (`42 Kuwaiti dinars`); '' where the name is several
    // currencies' (`10 dinars`): money in a currency the text does not tell.
    let post = pre ? undefined : currencyAfter(text, last.end, last.scaled !== undefined);
    // `topped the 1 trillion mark`: a milestone the amount sets, no Bosnian convertible mark.
    if (post && MILESTONE_MARK.test(text.slice(last.end, post.end)) && THE_BEFORE.test(text.slice(Math.max(0, low.start - 8), low.start))) post = undefined;
    // `HK 31.2 cents`: Hong Kong cents, as the city's company reports write them
    const hongKong = post?.cents && post.unit === 'USD' ? HK_CENTS.exec(text.slice(Math.max(0, low.start - 4), low.start)) : null;
    const unit = hongKong ? 'HKD' : pre?.unit ?? post?.unit;
    if (unit === undefined) continue;
    let scale = post?.cents ? 0.01 : (post?.scale ?? pre?.scale ?? 1);
    let end = post?.end ?? last.end;
    SCALE_AFTER.lastIndex = end;
    const scaleAfter = post && !last.scaled ? SCALE_AFTER.exec(text) : null;
    if (scaleAfter) {
      scale = SCALE_VALUES[scaleAfter[1]!.toLowerCase()]!;
      end = SCALE_AFTER.lastIndex;
    }
    const start = Math.min(pre?.start ?? (hongKong ? low.start - hongKong[0].length : low.start), range?.start ?? low.start);
    let minor = 0;
    const next = numbers[(range?.high ?? i) + 1];
    if (!range && post && !post.cents && !scaleAfter && next && plain(next) && Number.isInteger(next.value)
      && next.value < 100 && next.value >= 0 && MINOR_GAP.test(text.slice(end, next.start)) && !suffixOrCode(text, next.end)
      && minorAfter(text, text.slice(end, next.start), next.end)
      // A number word straight after an amount in digits starts the next phrase (`80 yuan one
      // way`), unless `and` and its unit make it the minor units; digits there are (`15 dollars
      // 50`), and so is anything after an amount in words (`thirteen dollars forty five`).
      && (next.form === 'digits' || last.form === 'words' || /and/i.test(text.slice(end, next.start)))) {
      minor = next.value / 100;
      MINOR_UNIT.lastIndex = next.end;
      end = MINOR_UNIT.exec(text) ? MINOR_UNIT.lastIndex : next.end;
      i++;
    }
    const span = qualify(text, start, end, false);
    if (range) {
      out.push(candidate('money', span, tidy(rangeLow(low, last) * scale), unit ? { max: tidy(last.value * scale), unit } : { max: tidy(last.value * scale) }));
      i = range.high;
    } else out.push(candidate('money', span, tidy(low.value * scale + minor), unit ? { unit } : undefined));
    taken = end;
  }
  namedBefore(text, out);
  // A bare `$` in a text whose dollar is another than the American one (`localDollar`: a Hong Kong
  // government's `$3,000`, which its Chinese calls 3,000港元).
  const local = context.localDollar;
  if (local) for (const c of out) if (c.unit === 'USD' && BARE_DOLLAR.test(text.slice(c.start, c.end))) c.unit = local;
  return [...out, ...gluedCodes(text)];
}

/** The words several countries' currencies share, each named by its country (`Egyptian pounds`, `Canadian dollars`). */
const SHARED_CURRENCY_WORD = String.raw`(pound|dollar|franc|rupee|peso|dinar|dirham|riyal|rial|lira|krona|krone|shilling|rand|real)(?:s|e)?`;
/** A currency's word after an amount with nothing naming whose it is (`200 pounds`, `50 dollars`, `10 dinars`). */
const BARE_CURRENCY_WORD = new RegExp(String.raw`^[ \t-]*${SHARED_CURRENCY_WORD}$`, 'i');
/** The same word closing a currency's name with its country's (`1,200 Egyptian pounds`, `Canadian dollars`). */
const NAMED_CURRENCY_WORD = new RegExp(String.raw`[ \t-][A-Z][A-Za-z]+[ \t]+${SHARED_CURRENCY_WORD}$`);

/**
 * An amount in a currency's bare word after one named with its country in the same paragraph
 * takes that country's (`foreign adults pay 1,200 Egyptian pounds, while citizens pay 200
 * pounds`: Egyptian pounds, not sterling): the writer names the currency once and drops the
 * country after. The nearest named before it wins.
 */
function namedBefore(text: string, out: FactCandidate[]): void {
  let named: Map<string, string> | undefined;
  for (const c of out) {
    const raw = text.slice(c.start, c.end);
    const bare = BARE_CURRENCY_WORD.exec(raw.replace(/^[^A-Za-z]*[\d.,]+(?:[ \t]+(?:thousand|million|billion|trillion))?/i, ''));
    if (bare) {
      const unit = named?.get(bare[1]!.toLowerCase());
      if (unit) c.unit = unit;
      continue;
    }
    const word = NAMED_CURRENCY_WORD.exec(raw);
    if (word && c.unit) (named ??= new Map()).set(word[1]!.toLowerCase(), c.unit);
  }
}

/** An amount written with a bare dollar sign, no country's letters before it (`$3,000`, `about $5 million`; not `US$5`, `HK$5`). */
const BARE_DOLLAR = /^(?:[^$A-Za-z]|[a-z]+[ \t]+)*\$|\d[ \t]*\$$/;

/** `50p`: pence glued to a whole number under 100, not a video resolution (`720p`) nor after a symbol. */
function pennies(text: string, token: Scan['numbers'][number]): boolean {
  return Number.isInteger(token.value) && token.value > 0 && token.value < 100 && token.end - token.start <= 2
    && !/[£$€\d.,]/.test(text[token.start - 1] ?? '') && !/[\w-]/.test(text[token.end + 1] ?? '');
}

/**
 * An ISO code or a symbol of letters glued before the amount (`USD115`, `CNY3`, `RM50`, `Rp5,000`,
 * `Rmb5bn`), which the number scan does not read: `gluedUnit` tells which letters are one.
 */
const GLUED_CODE = /\b([A-Z][A-Za-z]{1,2})(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(tn|bn|mn|m|k)(?![A-Za-z]))?(?![\w.,]\d|[A-Za-z])/g;

/**
 * The currency of letters glued before an amount: a code of `CODES`, `Rs`, `RM`, or a narrow symbol
 * of the CLDR table written in capitals and small letters (`Rp`, `Bs`, `Kz`), which names no model
 * as capitals alone may (`RF5`).
 */
function gluedUnit(letters: string, sizeable: boolean): string | undefined {
  if (letters === 'Rs') return 'INR';
  if (letters === 'RM') return 'MYR';
  // The renminbi as the Financial Times and The Economist write it (`Rmb977.3bn`).
  if (letters === 'Rmb') return 'CNY';
  const code = isoCode(letters);
  if (code) return code;
  // Any ISO 4217 code glued to its amount (`KES1,500`); one that is also a word (`MOP`, `TOP`) only
  // before a sizeable amount (`MOP38.6 billion`, `MOP500`, not `TOP10`).
  if (/^[A-Z]{3}$/.test(letters) && isCurrencyCode(letters, sizeable)) return letters;
  // A symbol several currencies write ('') names none here.
  const unit = /[a-z]/.test(letters) ? currencySymbolUnit(letters) : undefined;
  return unit === '' ? undefined : unit;
}

const GLUED_CODE_SCALE = /[ \t]*(thousand|million|billion|trillion|tn|bn|mn|m|k)(?![A-Za-z])/iy;
/** A scale word after a glued code's amount (`MOP38.6 billion`). */
const SCALE_WORD_AFTER = /^[ \t]*(?:thousand|million|billion|trillion|bn|mn)(?![A-Za-z])/i;
const GLUED_CODE_SHORT: Readonly<Record<string, number>> = { tn: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };

/** The upper end of a range after a glued code's amount (`-350` of `MOP150-350`, `-RMB350`), with the code again or not. */
const GLUED_RANGE_END = /^[ \t]?[-\u2013][ \t]?([A-Z][A-Za-z]{1,2})?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w.,]\d|[A-Za-z%])/;

/**
 * A word of a price or a payment before a glued amount in its clause (`a single journey costs MOP10
 * in cash and MOP8 with a card`, `fares of MOP6`, `discounts capped at MOP 200`): a code that is also
 * a word is money before a small amount there too, glued or spaced; not `TOP`, a rank before a number (`TOP10`).
 */
const PRICE_BEFORE = /\b(?:costs?|costing|fares?|prices?|priced|pays?|paying|paid|charges?|charged|charging|fees?|tickets?|tolls?|subsid(?:y|ies)|allowances?|rebates?|refunds?|discounts?|vouchers?|spending|worth)\b[^.;!?]*$/i;
/** How far back a word of `PRICE_BEFORE` is looked for. */
const PRICE_REACH = 48;

/** `cents` after an amount (`HK12.5 cents`). */
const CENTS_AFTER = /^[ \t]*cents?\b/i;

function gluedCodes(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  GLUED_CODE.lastIndex = 0;
  for (let m = GLUED_CODE.exec(text); m; m = GLUED_CODE.exec(text)) {
    // `HK12.5 cents`: Hong Kong cents, as the city's company notices write a dividend
    const cents = m[1] === 'HK' && !m[4] ? CENTS_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) : null;
    if (cents) {
      const value = tidy(Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`) / 100);
      out.push(candidate('money', qualify(text, m.index, m.index + m[0].length + cents[0].length, false), value, { unit: 'HKD' }));
      continue;
    }
    const unit = gluedUnit(m[1]!, m[2]!.length >= 3 || m[3] !== undefined || m[4] !== undefined || SCALE_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      || (m[1] !== 'TOP' && PRICE_BEFORE.test(text.slice(Math.max(0, m.index - PRICE_REACH), m.index))));
    if (!unit) continue;
    let value = Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
    let end = m.index + m[0].length;
    // `MOP150-350`, `RMB150-RMB350`: a range, its end with the code again or not
    const upper = m[4] ? null : GLUED_RANGE_END.exec(text.slice(end, end + 24));
    let max = upper && (upper[1] === undefined || upper[1] === m[1]) ? Number(`${upper[2]!.replace(/,/g, '')}${upper[3] ?? ''}`) : undefined;
    if (max !== undefined && max > value) end += upper![0].length;
    else max = undefined;
    GLUED_CODE_SCALE.lastIndex = end;
    const scale = m[4] ? [m[4], m[4]] : GLUED_CODE_SCALE.exec(text);
    if (scale) {
      const factor = SCALE_VALUES[scale[1]!.toLowerCase()] ?? GLUED_CODE_SHORT[scale[1]!.toLowerCase()]!;
      value = tidy(value * factor);
      if (max !== undefined) max = tidy(max * factor);
      if (!m[4]) end = GLUED_CODE_SCALE.lastIndex;
    }
    out.push(candidate('money', qualify(text, m.index, end, false), value, max !== undefined ? { unit, max } : { unit }));
    if (max !== undefined) GLUED_CODE.lastIndex = end;
  }
  return out;
}

/** A currency's sign a range may repeat before its upper end: a dollar of its country (`NT$`, `S$`), `$`, `€`, `£`, `¥`. */
const RANGE_SIGN = String.raw`(?:(?:US|HK|NT|NZ|MOP|SG|S|AU|A|CA|Can|C|R)\$|\$|€|£|¥)`;
/** The word that joins a range's two amounts, and the sign again before the second (`to NT$`). */
const SYMBOL_JOIN = new RegExp(String.raw`^[ \t]*(?:[-\u2013]|to|and)[ \t]*${RANGE_SIGN}[ \t]?$`, 'i');
/** The sign right before a range's first amount. */
const SYMBOL_BEFORE = new RegExp(String.raw`${RANGE_SIGN}[ \t]?$`);
/** `between` and perhaps the sign or a code before a range's first amount. */
const BETWEEN_SYMBOL_BEFORE = new RegExp(String.raw`\b(?:[Bb]etween|BETWEEN)[ \t]+(?:${RANGE_SIGN}|[A-Z]{3}[ \t])?[ \t]?$`);

/**
 * `$10 to $20`, `$5-$8`, `MOP 6 to MOP 10`, `between MOP 899 and MOP 2,899`: a range whose upper end repeats the symbol or the code
 * (or, after `between`, goes without it: `between MOP 15,000 and 18,000`). Not a change from one amount
 * down to a smaller one (`cut from HK$4,500 to HK$100`), nor a change by one amount to a level of
 * another scale (`rose by $2 million to $1.2 billion`).
 */
function symbolRange(text: string, numbers: Scan['numbers'], i: number) {
  const low = numbers[i]!;
  const high = numbers[i + 1];
  if (!high || !plain(high) || high.value < low.value) return undefined;
  const between = text.slice(low.end, high.start);
  // The symbol again, or the code the amount opened with (`MOP 6 to MOP 10`).
  const code = /^[ \t]*(?:[-\u2013]|to|and)[ \t]*([A-Z]{3})[ \t]?$/.exec(between)?.[1];
  // `between MOP 15,000 and 18,000`: after `between` and the sign or code, `and` joins the range's upper end bare.
  const betweenAnd = /^[ \t]+and[ \t]+$/i.test(between) && /(?:\$|[A-Z]{3}[ \t]?)$/.test(text.slice(Math.max(0, low.start - 4), low.start))
    && BETWEEN_SYMBOL_BEFORE.test(text.slice(Math.max(0, low.start - 14), low.start));
  if (!betweenAnd && (code !== undefined ? !text.slice(Math.max(0, low.start - 4), low.start).startsWith(code)
    : !SYMBOL_JOIN.test(between))) return undefined;
  if (/and/i.test(between) && !/\bbetween[ \t]+(?:\S+[ \t]?)?$/i.test(text.slice(Math.max(0, low.start - 12), low.start))) return undefined;
  // `rose by US$32.4 billion to US$3.232 trillion`: a change and the level it reached.
  const symbol = SYMBOL_BEFORE.exec(text.slice(Math.max(0, low.start - 4), low.start));
  if (/to/i.test(between) && changeAndLevel(text, low.start - (symbol?.[0].length ?? 0), low, high)) return undefined;
  const lead = BETWEEN_SYMBOL_BEFORE.exec(text.slice(Math.max(0, low.start - 14), low.start));
  return { start: lead ? low.start - lead[0].length : low.start, end: high.end, high: i + 1 };
}

/** The currency patterns and the quick tests run before them, for the test that checks each test against its pattern. */
export const MONEY_GATES = { PREFIX, SUFFIX, mayEndWithPrefix, mayStartSuffix } as const;
