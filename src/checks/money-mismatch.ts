import type { Block, Fact, Finding } from '../types.js';
import { formatNumber } from './describe.js';
import { describeQuantity } from './number-mismatch.js';
import { boundMessage, boundSlips, compare, factWindow, tokensOf, toleranceOption, toQuantity, uncoveredDigitsOf, type Quantity } from './quantities.js';
import { fullPairs, headlinePair, levelOption, makeFinding, type CheckContext, type Rule } from './rule.js';
import { hasTraditional } from '../entities/traditional.js';
import { CURRENCY_NAMES } from '../locales/currency-names.js';

/** Currencies a bare `$` may stand for, those a bare `¥` may stand for, and those a bare `元` may. */
const DOLLARS = new Set(['USD', 'AUD', 'CAD', 'HKD', 'NZD', 'SGD', 'TWD']);
const YUAN = new Set(['CNY', 'JPY']);
/** 元 (块, 圓) is the unit of the yuan, the New Taiwan dollar, the Hong Kong dollar and the pataca alike. */
const LOCAL_YUAN = new Set(['CNY', 'TWD', 'HKD', 'MOP']);

/** An amount in cents alone, without a sign or name of its currency (`80 cents`, `eighty cents`). */
const MINOR_ALONE_EN = /^[^$€£¥]*\bcents?$/i;
/** An amount in 角, 毛 or 毫 alone (`8角`, `五毛`, `3毛5`, `5毫`), without 元 or a currency's name. */
const MINOR_ALONE_ZH = /^[^元圓块塊币幣$¥￥]*(?:[角毛]\d?|毫子?)$/;
/** Currencies of a hundred cents, which cents alone (`80 cents`) may be of: the dollars and the euro. */
const CENT_CURRENCIES = new Set([...DOLLARS, 'EUR', 'MOP']);

/** Whether the amount is written with a bare symbol that names no country (`$5`, `¥3`, `5元`). */
function bareSymbol(raw: string): 'dollar' | 'yuan' | 'local' | 'minor' | undefined {
  // Cents alone (`80 cents`, `8角`, `五毛`): the minor unit of whatever money the text is in.
  if (MINOR_ALONE_EN.test(raw) || MINOR_ALONE_ZH.test(raw)) return 'minor';
  if (/(?:US|USD|A|AU|AUD|C|CA|CAD|HK|HKD|NZ|NZD|S|SG|SGD|NT)\s?\$/i.test(raw)) return undefined;
  if (/美元|澳元|加元|港元|港币|港幣|新元|台币|台幣|臺幣|澳门元|澳門元|澳门币|澳門幣|日元|日圓|人民币|人民幣|欧元|歐元|英镑|英鎊|dollars?\s*\(?(?:US|Australian|Canadian|HK)/i.test(raw)) return undefined;
  if (/\$|dollars?/i.test(raw)) return 'dollar';
  if (/[元圓块塊]/.test(raw) && !/人民币|人民幣|RMB|[¥￥]/i.test(raw)) return 'local';
  if (/[¥￥元]|yuan/i.test(raw)) return 'yuan';
  return undefined;
}

/**
 * Whether two money amounts may be in the same currency, allowing for a bare `$` or `¥`.
 * `localDollar`: the Chinese is written in traditional characters, as in Hong Kong, Macao and
 * Taiwan, where a bare 元 names the local dollar, which English writes as a bare `$`
 * (`$1.2 billion` = `12億元` in a Hong Kong release); in simplified text 元 is the yuan.
 */
export function sameCurrency(a: Pick<Quantity, 'raw' | 'unit'>, b: Pick<Quantity, 'raw' | 'unit'>, localDollar = false): boolean {
  if (!a.unit || !b.unit) {
    // A word several countries' currencies share, and no country (`10 billion pesos`): any of
    // theirs, none of the others (`100亿美元`).
    const [bare, other] = a.unit ? [b, a] : [a, b];
    return !other.unit || (sharedFamily(bare.raw)?.has(other.unit) ?? true);
  }
  if (a.unit === b.unit) return true;
  // A short name or word several currencies share (`50亿比索` against `5 billion Philippine pesos`,
  // `200 pounds` against `200埃及镑`) may be any of theirs.
  if (sharedFamily(a.raw)?.has(b.unit) || sharedFamily(b.raw)?.has(a.unit)) return true;
  const sa = bareSymbol(a.raw);
  const sb = bareSymbol(b.raw);
  if (sa === 'minor' && (sb === 'minor' || CENT_CURRENCIES.has(b.unit))) return true;
  if (sb === 'minor' && CENT_CURRENCIES.has(a.unit)) return true;
  if (localDollar && ((sa === 'dollar' && sb === 'local') || (sa === 'local' && sb === 'dollar'))) return true;
  const family = (bare: ReturnType<typeof bareSymbol>, unit: string) => {
    if (bare === 'dollar' && DOLLARS.has(unit)) return DOLLARS;
    if (bare === 'yuan' && YUAN.has(unit)) return YUAN;
    if (bare === 'local' && LOCAL_YUAN.has(unit)) return LOCAL_YUAN;
    return undefined;
  };
  const fa = family(sa, a.unit);
  const fb = family(sb, b.unit);
  return fa?.has(b.unit) === true || fb?.has(a.unit) === true;
}

/**
 * The currencies a word or a short Chinese name closing an amount may be, where several countries'
 * share it and no country stands before it (`10 billion pesos`, `50亿比索`, `200 pounds`): those whose
 * English name ends on the word or whose Chinese name less its country is the name (CLDR's names,
 * `CURRENCY_NAMES`). The dollar is told apart by `bareSymbol`. Undefined for any other amount.
 */
function sharedFamily(raw: string): ReadonlySet<string> | undefined {
  const word = SHARED_WORD_AT_END.exec(raw);
  if (word) {
    const lower = word[1]!.toLowerCase();
    return lower === 'dollar' ? undefined : currencyFamilies().get(lower.endsWith('s') ? lower.slice(0, -1) : lower);
  }
  const han = SHARED_HAN_AT_END.exec(raw);
  return han ? currencyFamilies().get(han[1]!) : undefined;
}

/** The last word of an amount, nothing but its figure and scale before it (`10 billion pesos`, not `Philippine pesos`). */
const SHARED_WORD_AT_END = /^[^A-Za-z]*(?:(?:thousand|million|billion|trillion|bn|mn|m|k)[ \t]+)?([A-Za-z]+)$/i;
/** A short Chinese name after the figure and its scale alone (`50亿比索`, not `菲律宾比索`). */
const SHARED_HAN_AT_END = /^[^\p{Script=Han}]*[十百千万萬亿億]*(\p{Script=Han}{2,3})$/u;

/** Word or short name → currencies sharing it, from `CURRENCY_NAMES`: built on first use. */
let families: Map<string, Set<string>> | undefined;
function currencyFamilies(): Map<string, Set<string>> {
  if (families) return families;
  const all = new Map<string, Set<string>>();
  const add = (key: string, code: string) => {
    if (key === '') return;
    let set = all.get(key);
    if (!set) all.set(key, (set = new Set()));
    set.add(code);
  };
  for (const [code, en, , , , hans, hant] of CURRENCY_NAMES) {
    add(en.slice(en.lastIndexOf(' ') + 1).toLowerCase(), code);
    add(hans, code);
    add(hant, code);
  }
  for (const [key, set] of all) if (set.size < 2) all.delete(key);
  families = all;
  return all;
}

/**
 * Whether a bare 元 in the Chinese side's blocks names the local dollar: the Chinese is written in
 * traditional characters, as in Hong Kong, Macao and Taiwan (see `sameCurrency`). The check and the
 * reports that pair amounts ask it alike.
 */
export function localDollarIn(zh: Iterable<Pick<Block, 'text'> | undefined>): boolean {
  for (const block of zh) if (block && hasTraditional(block.text)) return true;
  return false;
}

/**
 * Whether a page is set in a country of dollars whose Chinese writes them as 元 in simplified
 * characters: it names Singapore, its dollar or its time zone (`新加坡`, `新元`, `S$`, `SGT`), where
 * a bare `$` and a bare 元 are both the Singapore dollar; it is issued in Hong Kong time (`HKT
 * 17:30`, `香港时间17时30分`, the foot of a Hong Kong government release in either script), where
 * both are the Hong Kong dollar; or it writes all its money in one dollar.
 */
export function dollarPageIn(blocks: Iterable<Pick<Block, 'text'> | undefined>): boolean {
  // Or a page that writes its money in one dollar on each side: bare `$` amounts in the English,
  // and no word of the yuan in it nor of the US dollar in the Chinese (`$8,000` against `8000元`
  // throughout): a translation that writes every dollar as 元 writes a local dollar.
  const texts: string[] = [];
  for (const block of blocks) if (block) texts.push(block.text);
  if (texts.some((text) => DOLLAR_COUNTRY.test(text))) return true;
  let bare = 0;
  for (const text of texts) {
    if (OTHER_MONEY.test(text)) return false;
    bare += text.match(BARE_DOLLAR)?.length ?? 0;
  }
  return bare >= BARE_DOLLARS_LEAST;
}
const DOLLAR_COUNTRY = /新加坡|新元|新币|新幣|\bSingapore|\bS\$|\bSG[DT]\b|\bHKT\b|香港时间|香港時間/;
/** Words of the yuan, or of a dollar named by its country, in either language. */
const OTHER_MONEY = /美元|美金|人民币|人民幣|\b(?:yuan|RMB|CNY|renminbi|USD|US\$|U\.S\.\s?dollars?|US dollars?|[A-Z]{1,3}\$)/i;
/** A bare `$` before a figure, no letters before it (`$8,000`, not `HK$`). */
const BARE_DOLLAR = /(?<![A-Za-z])\$\s?\d/g;
/** Bare `$` amounts a page holds at least to be read as writing its money in one dollar. */
const BARE_DOLLARS_LEAST = 2;

/**
 * Whether one amount is a bare `$` and the other a dollar named by its country that is not the
 * dollar the page's bare `$` is (`dollarOfPage`): `$193` against `193加元` where the Chinese gives
 * the page's other bare amounts as 美元.
 */
function otherDollar(a: Quantity, b: Quantity, dollar: () => string | undefined): boolean {
  const other = bareSymbol(a.raw) === 'dollar' ? b : bareSymbol(b.raw) === 'dollar' ? a : undefined;
  if (!other || !namedDollar(other)) return false;
  const unit = dollar();
  return unit !== undefined && unit !== other.unit;
}

/** Whether an amount is in a dollar named by its country (`美元`, `HK$`, `加元`), no bare `$`. */
function namedDollar(q: Quantity): boolean {
  return q.unit !== undefined && DOLLARS.has(q.unit) && bareSymbol(q.raw) === undefined;
}

/**
 * The dollar a page's bare `$` is: the dollar named by its country that the other side gives the
 * same figures of its pairs in (`$850,000` against `85万美元`), where one dollar is so given twice
 * or more and at least twice as often as any other; else undefined (a bare `$` may be any dollar).
 */
function dollarOfPage(context: CheckContext): string | undefined {
  return currencyOfPage(context, (q) => bareSymbol(q.raw) === 'dollar', namedDollar);
}

/**
 * The currency a page's bare `¥` is, as `dollarOfPage` reads the dollar: the yen or the yuan the
 * other side names for the same figures (`¥317,540` against `317540日元`), twice or more.
 */
function yenOfPage(context: CheckContext): string | undefined {
  return currencyOfPage(context, bareYen, (q) => q.unit !== undefined && YUAN.has(q.unit) && bareSymbol(q.raw) === undefined);
}

/** An amount written with a bare `¥` (`¥9.8 billion`), not `RMB`, 元 or a country's letters. */
function bareYen(q: Quantity): boolean {
  return bareSymbol(q.raw) === 'yuan' && /[¥￥]/.test(q.raw);
}

/** The currency named on one side for the amounts a bare sign writes on the other (`dollarOfPage`), or undefined. */
function currencyOfPage(context: CheckContext, bare: (q: Quantity) => boolean, named: (q: Quantity) => boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const pair of fullPairs(context)) {
    const en = money(context.factsOf(pair.en));
    const zh = money(context.factsOf(pair.zh));
    if (en.length === 0 || zh.length === 0) continue;
    for (const [bareSide, namedSide] of [[en, zh], [zh, en]] as const) {
      for (const q of bareSide) {
        if (!bare(q)) continue;
        const other = namedSide.find((o) => named(o) && o.lo === q.lo && o.hi === q.hi);
        if (other) counts.set(other.unit!, (counts.get(other.unit!) ?? 0) + 1);
      }
    }
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * Whether a bare `¥` and a yuan stand for two currencies: the page's `¥` is the yen
 * (`yenOfPage`), the other amount the yuan (`¥9.8 billion` against `98亿元` on a page that gives
 * its other `¥` amounts in 日元).
 */
function otherYen(a: Quantity, b: Quantity, yen: () => string | undefined): boolean {
  const other = bareYen(a) ? b : bareYen(b) ? a : undefined;
  return other?.unit === 'CNY' && !bareYen(other) && yen() === 'JPY';
}

/** One amount the text gives in another currency beside it: `50 billion yuan ($6.9 billion)`, `500亿元人民币（69亿美元）`. */
interface Conversion {
  a: { value: number; unit: string };
  b: { value: number; unit: string };
}

/** What stands between an amount and the same in another currency: a bracket, perhaps a word of about or of conversion. */
const CONVERSION_BETWEEN = /^[ \t]*[(（][ \t]*(?:about|around|roughly|some|approximately|approx\.|nearly|almost|约|約|合|折合|相当于|相當於|逾|近)?[ \t]*$/i;

/**
 * The conversions a text states, an amount followed in brackets by the same amount in another
 * currency (`at least 50 billion yuan ($6.9 billion)`): the exchange the writer used, which a
 * headline or a summary may give in either currency alone (`pledges $6.9 billion` against
 * `承诺投入500亿元`).
 */
function statedConversions(facts: readonly Fact[], block: (id: string) => Block | undefined): Conversion[] {
  const out: Conversion[] = [];
  for (let k = 0; k + 1 < facts.length; k++) {
    const a = facts[k]!;
    const b = facts[k + 1]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.block !== b.block || !a.unit || !b.unit || a.unit === b.unit) continue;
    if (typeof a.value !== 'number' || typeof b.value !== 'number' || b.start - a.end > 16) continue;
    const at = block(a.block);
    if (!at || !CONVERSION_BETWEEN.test(at.text.slice(a.end - at.start, b.start - at.start))) continue;
    out.push({ a: { value: a.value, unit: a.unit }, b: { value: b.value, unit: b.unit } });
  }
  return out;
}

/** Whether two amounts in two currencies are the two sides of a stated conversion, either way round. */
function converts(c: Conversion, x: Quantity, y: Quantity): boolean {
  const is = (side: Conversion['a'], q: Quantity) => q.unit === side.unit && q.lo === q.hi && Math.abs(q.lo - side.value) <= 1e-9 * Math.abs(side.value);
  return (is(c.a, x) && is(c.b, y)) || (is(c.b, x) && is(c.a, y));
}

/** The amounts of money among facts (only a money fact becomes a `money` quantity). */
function money(facts: readonly Fact[]): Quantity[] {
  const out: Quantity[] = [];
  for (const fact of facts) {
    if (fact.kind !== 'money') continue;
    const q = toQuantity(fact);
    if (q?.cls === 'money') out.push(q);
  }
  return out;
}

/**
 * `money-mismatch`: amounts of money whose value or currency differ between the two sides of a
 * pair (`$4.5 million` = `450万美元`; `3 billion yuan` vs `3亿元` is 10x apart). A bare `$` or `¥`
 * agrees with any currency written with that sign. An amount on one side only is a warning
 * (`oneSided`); a range against a single amount inside it is a warning.
 * Options: `tolerance` (relative, default 0: only rounding to fewer significant digits is forgiven), `approxTolerance` (relative difference allowed when either side is approximate; default 0, so `nearly 700` and `近700` agree but `about 160` and `约161` do not).
 */
export const moneyMismatch: Rule = {
  id: 'money-mismatch',
  severity: 'error',
  description: 'Amounts of money whose value or currency differ between the two sides of a pair.',
  check(context) {
    const tolerance = toleranceOption(context.options);
    const oneSided = levelOption(context.options, 'oneSided', 'info');
    const findings: Finding[] = [];
    // The conversions the text states, read once the first two amounts in two currencies meet.
    let conversions: Conversion[] | undefined;
    const statedConversion = (a: Quantity, b: Quantity) => (conversions ??= statedConversions(context.facts, (id) => context.block(id))).some((c) => converts(c, a, b));
    // A page set in Singapore, read once the first pair holds money.
    let dollarPage: boolean | undefined;
    // The dollar the page's bare `$` is, read once a bare `$` meets a dollar named by its country.
    let pageDollar: { unit: string | undefined } | undefined;
    // The currency the page's bare `¥` is, read once a bare `¥` meets a yuan.
    let pageYen: { unit: string | undefined } | undefined;
    for (const pair of fullPairs(context)) {
      const enFacts = context.factsOf(pair.en);
      const zhFacts = context.factsOf(pair.zh);
      const enMoney = money(enFacts);
      const zhMoney = money(zhFacts);
      // No amount on either side: nothing to compare, nothing one-sided.
      if (enMoney.length === 0 && zhMoney.length === 0) continue;
      const enCodes = uncoveredDigitsOf(context, pair.en, enFacts);
      const zhCodes = uncoveredDigitsOf(context, pair.zh, zhFacts);
      const localDollar = localDollarIn(pair.zh.map((id) => context.block(id))) || (dollarPage ??= dollarPageIn(context.blocks));
      const same = (a: Quantity, b: Quantity) => sameCurrency(a, b, localDollar) && !otherDollar(a, b, () => (pageDollar ??= { unit: dollarOfPage(context) }).unit)
        && !otherYen(a, b, () => (pageYen ??= { unit: yenOfPage(context) }).unit);
      const result = compare(enMoney, zhMoney, tokensOf(enFacts, enCodes, zhFacts), tokensOf(zhFacts, zhCodes, enFacts),
        { tolerance, comparable: () => true, sameUnit: same });
      const emit = (severity: 'error' | 'warning' | 'info', message: string, en: Quantity[], zh: Quantity[]) =>
        findings.push(makeFinding(context, moneyMismatch, severity, pair, message, {
          en: en.map((q) => q.fact!), zh: zh.map((q) => q.fact!),
        }));
      // A bare sign told apart by the page's use of it says so (`the page's ¥ is JPY`).
      const pageSign = (a: Quantity, b: Quantity): string => {
        if (!sameCurrency(a, b, localDollar)) return '';
        if (otherYen(a, b, () => pageYen?.unit)) return ' (the page\'s ¥ is JPY)';
        return pageDollar?.unit !== undefined && otherDollar(a, b, () => pageDollar?.unit) ? ` (the page's $ is ${pageDollar.unit})` : '';
      };
      for (const [en, zh] of result.unit) {
        emit('error', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: currency differs${pageSign(en, zh)}`, [en], [zh]);
      }
      for (const slip of result.slips) {
        if (!same(slip.en, slip.zh) && statedConversion(slip.en, slip.zh)) continue;
        const how = slip.scale ? `${formatNumber(slip.scale)}x apart` : 'amounts differ';
        const currency = same(slip.en, slip.zh) ? '' : ', and the currency differs';
        emit('error', `${describeQuantity('EN', slip.en)} vs ${describeQuantity('ZH', slip.zh)}: ${how}${currency}`,
          [slip.en], [slip.zh]);
      }
      for (const [en, zh] of result.inside) {
        emit('warning', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: a range against a single amount inside it`,
          [en], [zh]);
      }
      const boundLevel = headlinePair(context, pair) ? 'info' : 'warning';
      for (const slip of boundSlips(result.equal, factWindow((id) => context.block(id)), { en: enMoney, zh: zhMoney })) {
        emit(boundLevel, `${describeQuantity('EN', slip.en)} vs ${describeQuantity('ZH', slip.zh)}: ${boundMessage(slip)}`, [slip.en], [slip.zh]);
      }
      const enOnly = [...result.enOnly];
      const zhOnly = [...result.zhOnly];
      if (enOnly.length === 1 && zhOnly.length === 1) {
        const [en, zh] = [enOnly.pop()!, zhOnly.pop()!];
        const currency = same(en, zh) ? '' : ', and the currency differs';
        if (currency === '' || !statedConversion(en, zh)) emit('error', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: amounts differ${currency}`, [en], [zh]);
      }
      if (oneSided === 'off') continue;
      for (const q of enOnly) emit(oneSided, `${describeQuantity('EN', q)} has no counterpart in the Chinese`, [q], []);
      for (const q of zhOnly) emit(oneSided, `${describeQuantity('ZH', q)} has no counterpart in the English`, [], [q]);
    }
    return findings;
  },
};
