import type { Block, Fact, Finding, Pair, Severity } from '../types.js';
import { apart, formatNumber, formatValue } from './describe.js';
import {
  ageInYears, boundMessage, boundSlips, compare, daysAgainstMonths, inYears, factWindow, lengthOfTimeKey, tokensOf, toleranceOption, toQuantity, uncoveredCounts, uncoveredDigitsOf, type FactWindow, type Quantity, type QuantityClass, type Tolerance,
} from './quantities.js';
import { fullPairs, headlinePair, levelOption, locationIn, makeFinding, sideText, type CheckContext, type Rule } from './rule.js';
import { AmountIndex, convertedTo, enUnits, inBaseUnits, sameQuantity, unitLabel, unitSlips, zhUnits, type UnitReading } from './units.js';
import { coupleByKey } from '../group-by.js';

const COUNTS = new Set<QuantityClass>(['count', 'ordinal', 'multiple', 'code']);

/** Which classes of quantity may stand for each other in a translation. */
export function comparable(a: Quantity, b: Quantity): boolean {
  for (const lone of ['year', 'money'] as const) {
    if (a.cls !== lone && b.cls !== lone) continue;
    const other = a.cls === lone ? b : a;
    return other.cls === 'count' || other.cls === 'code';
  }
  if (a.cls === 'duration' && b.cls === 'duration') return a.unit === b.unit;
  if (a.cls === b.cls) return true;
  if (a.cls === 'duration' || b.cls === 'duration' || a.cls === 'money' || b.cls === 'money') return false;
  const percent = (q: Quantity) => q.cls === 'percent' || q.cls === 'pp';
  if (percent(a) && percent(b)) return true;
  if (a.cls === 'code' || b.cls === 'code') return true;
  if (percent(a) || percent(b)) return false;
  return COUNTS.has(a.cls) && COUNTS.has(b.cls) && !(a.cls === 'ordinal' && b.cls === 'multiple')
    && !(a.cls === 'multiple' && b.cls === 'ordinal');
}

/** What `comparable` reads of a quantity: its class, and a duration's unit. */
export function kindOf(q: Quantity): string {
  return q.cls !== 'duration' ? q.cls : q.unit === undefined ? 'duration' : `duration ${q.unit}`;
}

/**
 * A rough range and a rough value strictly within it (`in the mid-40s percent`, `45%左右`): both
 * sides round, and neither names an end the other drops.
 */
function roughWithinRough(a: Quantity, b: Quantity): boolean {
  const [range, single] = a.hi > a.lo ? [a, b] : [b, a];
  return range.approx && single.approx && single.lo > range.lo && single.lo < range.hi;
}

function sameUnit(a: Quantity, b: Quantity): boolean {
  const pp = (q: Quantity) => q.cls === 'pp';
  return pp(a) === pp(b) || a.cls === 'code' || b.cls === 'code';
}

/** The scale a table's heading states in brackets, in English: `(million tonnes)`, `(in billions of yuan)`, `(US$ million)`. */
const EN_HEADED_SCALE = /\((?:in\s+)?(?:[A-Za-z$€£¥]{1,4}\s+)?(thousand|million|billion|trillion)s?\b[^()\n]{0,40}\)/i;
/** The same in Chinese: `（万吨，同比变化）`, `（单位：亿元）`, `单位：万元`. */
const ZH_HEADED_SCALE = /(?:[（(](?:单位[:：]\s*)?|单位[:：]\s*)(万亿|千万|百万|万|亿|千)(?=[\p{Script=Han}a-zA-Z$]{0,4}[，,、）)\s]|[\p{Script=Han}]{0,4}$)/mu;
const SCALE_FACTORS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, 千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12,
};

/**
 * Whether two plain numbers a scale apart are the same amount in the scales each side's table
 * heading states (`Henan 37.8` under `(million tonnes)` against `河南 3780` under `（万吨）`).
 */
function headedScales(en: Quantity, zh: Quantity, zhText: string, enText: string): boolean {
  if (!/^[\d.,]+$/.test(en.raw.trim()) || !/^[\d.,]+$/.test(zh.raw.trim())) return false;
  const a = EN_HEADED_SCALE.exec(enText)?.[1]?.toLowerCase();
  const b = ZH_HEADED_SCALE.exec(zhText)?.[1];
  if (a === undefined || b === undefined) return false;
  const x = en.lo * SCALE_FACTORS[a]!;
  const y = zh.lo * SCALE_FACTORS[b]!;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** `EN "35.3%" (35.3%)`, or for digits outside every fact, the token they sit in. */
export function describeQuantity(side: 'EN' | 'ZH', q: Quantity): string {
  if (q.fact) return `${side} "${q.raw}" (${formatValue(q.fact)})`;
  return `${side} "${q.raw}"`;
}

/**
 * `number-mismatch`: counts, ordinals, percentages, multiples and durations whose values differ
 * between the two sides of a pair. Years and amounts of money meet bare numbers here (`3,400`
 * against `3401格里夫纳`); against each other they are `date-mismatch` and `money-mismatch`. Values are compared as multisets, with approximation and
 * ranges respected; a number written another way on the other side (a date's year, digits the
 * extractors left alone) counts as present.
 *
 * Severities: a scale slip (10x, 10000x apart) or a changed number is an error; a range against
 * a single value inside it, or percent against percentage points, is a warning; a number written
 * in digits on one side only (a year or count one side adds for context) is an `info` note
 * (`oneSided`, `off` to silence); numbers written in words on one side only say nothing
 * (`oneSidedWords`); a value repeated on one side and stated once on the other is not missing.
 * Options: `tolerance` (relative, default 0: only rounding to fewer significant digits is forgiven), `approxTolerance` (relative difference allowed when either side is approximate; default 0, so `nearly 700` and `近700` agree but `about 160` and `约161` do not).
 */
export const numberMismatch: Rule = {
  id: 'number-mismatch',
  severity: 'error',
  description: 'Counts, percentages, ordinals, multiples or durations that differ between the two sides of a pair.',
  check(context) {
    const tolerance = toleranceOption(context.options);
    const oneSided = levelOption(context.options, 'oneSided', 'info');
    const oneSidedWords = levelOption(context.options, 'oneSidedWords', 'off');
    const findings: Finding[] = [];
    for (const pair of fullPairs(context)) {
      for (const f of checkPair(context, pair, tolerance, oneSided, oneSidedWords)) findings.push(f);
    }
    return findings;
  },
};

function checkPair(
  context: CheckContext,
  pair: Pair,
  tolerance: Tolerance,
  oneSided: Severity | 'off',
  oneSidedWords: Severity | 'off',
): Finding[] {
  const enFacts = context.factsOf(pair.en);
  const zhFacts = context.factsOf(pair.zh);
  // Digits no fact covers inside a token the other side copies as written (`VELA-3`, a trial's name) are
  // present there, and no figure to weigh against another.
  // Each side's text is joined only for a token with a letter in it, as few pairs hold.
  let zhText: string | undefined;
  let enText: string | undefined;
  const copied = (q: Quantity, other: () => string): boolean => q.raw.length >= 3 && /[A-Za-z]/.test(q.raw) && other().includes(q.raw);
  const enCodes = uncoveredDigitsOf(context, pair.en, enFacts).filter((q) => !copied(q, () => (zhText ??= sideText(context, pair.zh))));
  // The text around a fact, for the words before it.
  const window = factWindow((id) => context.block(id));
  const enRead = quantities(enFacts);
  const zhRead = quantities(zhFacts);
  const enQ = runsAsLengths(enRead, zhRead, window);
  for (const q of enCodes) enQ.push(q);
  // The Chinese digits and counts no fact covers, in that order, for both the quantities and the tokens.
  const zhLoose = uncoveredDigitsOf(context, pair.zh, zhFacts).filter((q) => !copied(q, () => (enText ??= sideText(context, pair.en))));
  for (const id of pair.zh) uncoveredCounts(context.block(id)!, zhFacts, zhLoose);
  const zhQ = growthAsTold(discountsAsTold(agesAsLengths(runsAsLengths(zhRead, enRead, window), enRead, window), pair.en.map((id) => context.block(id)!.text).join('\n')), enQ, window);
  for (const q of zhLoose) zhQ.push(q);
  const result = compare(enQ, zhQ, tokensOf(enFacts, enCodes, zhFacts), tokensOf(zhFacts, zhLoose, enFacts),
    { tolerance, comparable, sameUnit, kindOf });
  const findings: Finding[] = [];
  const emit = (severity: Severity, message: string, en: Quantity[], zh: Quantity[]) => {
    findings.push(makeFinding(context, numberMismatch, severity, pair, message, {
      en: factsIn(en),
      zh: factsIn(zh),
      ...(en[0] && !en[0].fact && en[0].at ? { enAt: en[0].at } : {}),
      ...(zh[0] && !zh[0].fact && zh[0].at ? { zhAt: zh[0].at } : {}),
    }));
  };
  // The same number in another unit of length, area or weight (`60 miles` against `60公里`).
  const zhAmounts = amountsOf(context, pair.zh, zhUnits);
  // English amounts count only against Chinese ones: without any, the English is not read.
  const enAmounts = zhAmounts.length === 0 ? [] : amountsOf(context, pair.en, enUnits);
  // A fact's amount lies in its span with its value (`约97公里`, `minus 12 degrees`); digits no fact reads (`200MP`) are found by their number.
  // Each side's amounts by where they start and by value, asked once a quantity.
  const enPlaces = placesOf(enAmounts);
  const zhPlaces = placesOf(zhAmounts);
  const amountOf = (q: Quantity, places: AmountPlaces): Amount | undefined => {
    const fact = q.fact;
    if (!fact) return /^[\d.,]+[ \t-]?[A-Za-z]/.test(q.raw) ? places.byValue.get(q.lo) : undefined;
    for (let at = fact.start; at < fact.end; at++) {
      const u = places.byStart.get(at);
      if (u && (u.value === q.lo || u.value === q.hi)) return u;
    }
    return undefined;
  };
  for (const slip of result.slips) {
    // One quantity in two units (`1.6 km` against `1600米`, `350°F` against `180°C`) is no slip.
    const ua = amountOf(slip.en, enPlaces);
    const ub = amountOf(slip.zh, zhPlaces);
    const same = ua && ub ? sameQuantity(ua, ub) : undefined;
    if (same) continue;
    // `tripled` against `增长了两倍`: the Chinese counts the growth, read strictly the same size.
    if (strictGrowth(slip.en, slip.zh, window)) continue;
    if (othersAndAll(slip.en, slip.zh, window)) continue;
    if (changeFromBase(slip.en, slip.zh, result.equal, window, enQ, zhQ)) continue;
    // A table's rows in the scale its heading states (`(million tonnes)` over `37.8`, `（万吨）` over `3780`).
    if (slip.scale !== undefined && headedScales(slip.en, slip.zh, zhText ??= sideText(context, pair.zh), enText ??= sideText(context, pair.en))) continue;
    // Amounts in units apart by their units' sizes too (`50MP` against `500万像素`: 10x, not 100,000x).
    const base = ua && ub ? inBaseUnits(ua, ub) : undefined;
    const how = slip.otherUnit ? 'the same number in another unit of time' : base ? apart(base[0], base[1])
      : same === false ? conversion(ua!, ub!) : slip.scale ? `${formatNumber(slip.scale)}x apart` : apart(slip.en.lo, slip.zh.lo);
    emit('error', `${describeQuantity('EN', slip.en)} vs ${describeQuantity('ZH', slip.zh)}: ${how}`, [slip.en], [slip.zh]);
  }
  for (const [a, b] of unitSlips(enAmounts, zhAmounts)) {
    const ea = enAmounts.find((x) => x === a)!;
    const zb = zhAmounts.find((y) => y === b)!;
    findings.push(makeFinding(context, numberMismatch, 'error', pair,
      `EN "${formatNumber(a.value)} ${a.unit}" vs ZH "${formatNumber(b.value)} ${b.unit}": the same number in another unit`,
      { enAt: locationIn(ea.block, ea.at), zhAt: locationIn(zb.block, zb.at) }));
  }
  for (const [en, zh] of result.unit) {
    emit('warning', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: `
      + `${en.cls === 'pp' ? 'percentage points' : 'percent'} against ${zh.cls === 'pp' ? 'percentage points' : 'percent'}`,
    [en], [zh]);
  }
  for (const [en, zh] of result.inside) {
    if (roughWithinRough(en, zh)) continue;
    emit('warning', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: a range against a single value inside it`,
      [en], [zh]);
  }
  const boundLevel = headlinePair(context, pair) ? 'info' : 'warning';
  for (const slip of boundSlips(result.equal, window, { en: enQ, zh: zhQ })) {
    emit(boundLevel, `${describeQuantity('EN', slip.en)} vs ${describeQuantity('ZH', slip.zh)}: ${boundMessage(slip)}`, [slip.en], [slip.zh]);
  }
  // A length of time left on each side that is the other in other units (`90 minutes`, `一个半小时`) has its counterpart.
  const converted = convertedLengths(result.enOnly, result.zhOnly);
  // So has an amount that is the other in other units (`60 miles` against `97公里`); one that is
  // not, alone of its dimension on each side, is a slip (`1.6 km` against `1700米`).
  const measured = convertedAmounts(result.enOnly, result.zhOnly, (q) => amountOf(q, enPlaces), (q) => amountOf(q, zhPlaces), enAmounts, zhAmounts);
  for (const q of measured.matched) converted.add(q);
  for (const [en, zh, ua, ub] of measured.slips) {
    converted.add(en).add(zh);
    emit('warning', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: ${conversion(ua, ub)}`, [en], [zh]);
  }
  // A length in months left alone on one side, one in days or weeks on the other, and the days
  // outside what those months hold (`two weeks` against `一个月`): a length changed.
  const lengthsLeft = (list: readonly Quantity[]) => list.filter((q) => q.cls === 'duration' && !converted.has(q) && q.fact && !q.approx && q.lo === q.hi);
  const enLengths = lengthsLeft(result.enOnly);
  const zhLengths = lengthsLeft(result.zhOnly);
  if (enLengths.length === 1 && zhLengths.length === 1) {
    const [en, zh] = [enLengths[0]!, zhLengths[0]!];
    const apartBy = daysAgainstMonths(String(en.fact!.value), String(zh.fact!.value));
    if (apartBy) {
      converted.add(en).add(zh);
      emit('warning', `${describeQuantity('EN', en)} vs ${describeQuantity('ZH', zh)}: ${formatNumber(apartBy[0])} days against ${formatNumber(apartBy[1])} month${apartBy[1] === 1 ? '' : 's'}`, [en], [zh]);
    }
  }
  for (const [side, list] of [['EN', result.enOnly], ['ZH', result.zhOnly]] as const) {
    for (const q of list) {
      if (converted.has(q)) continue;
      if (q.cls === 'code' || q.cls === 'year' || q.cls === 'money') continue;
      const level = q.written ? oneSided : oneSidedWords;
      if (level === 'off') continue;
      const other = side === 'EN' ? 'Chinese' : 'English';
      emit(level, `${describeQuantity(side, q)} has no counterpart in the ${other}`,
        side === 'EN' ? [q] : [], side === 'ZH' ? [q] : []);
    }
  }
  return findings;
}

/** A base an English value is measured from: `down from 58`, `up from`, `compared with`. */
const EN_BASE_BEFORE = /\b(?:from|compared[ \t]+with|against)[ \t]+$/i;
/** A Chinese change's size: `比6月减少6个`, `较上月多3个`, `增加了200人`. */
const ZH_CHANGE_BEFORE = /(?:增加|减少|減少|上升|下降|增长|增長|多出|少了|多了|[多少增减減])了?$/;
/** A Chinese base a value is measured from: `较6月的58个`, `比上月的`, `由58个`. */
const ZH_BASE_BEFORE = /(?:较|較|比|由|从|從)[^，。；,;]{0,10}?$/;
/** An English change's size: `down by 6`, `up 6`, `fell by 6`, `an increase of 6`. */
const EN_CHANGE_BEFORE = /\b(?:up|down|(?:rose|fell|increased|decreased|dropped|declined|grew|climbed)(?:[ \t]+by)?|by|(?:an[ \t]+increase|a[ \t]+(?:decrease|drop|fall|rise))[ \t]+of)[ \t]+$/i;

/**
 * A base on one side and, on the other, the change from it to a level both sides give
 * (`52 cities…, down from 58 in June` against `52个城市…，比6月减少6个`): the same fact told
 * two ways, as the base less the level is the change.
 */
function changeFromBase(en: Quantity, zh: Quantity, equal: readonly [Quantity, Quantity][], window: FactWindow, enAll: readonly Quantity[], zhAll: readonly Quantity[]): boolean {
  if (en.cls !== zh.cls || en.lo !== en.hi || zh.lo !== zh.hi) return false;
  const gap = (base: number, change: number, side: 0 | 1) => equal.some((p) => p[side].cls === en.cls && Math.abs(Math.abs(base - p[side].lo) - change) <= 1e-9 * Math.max(1, base));
  // The value as told anywhere on its side (a value said twice pairs with either mention).
  const toldAs = (q: Quantity, all: readonly Quantity[], words: RegExp) => all.some((o) => o.cls === q.cls && o.lo === q.lo && o.hi === q.hi && words.test(window(o).before));
  return (toldAs(en, enAll, EN_BASE_BEFORE) && toldAs(zh, zhAll, ZH_CHANGE_BEFORE) && gap(en.lo, zh.lo, 0))
    || (toldAs(zh, zhAll, ZH_BASE_BEFORE) && toldAs(en, enAll, EN_CHANGE_BEFORE) && gap(zh.lo, en.lo, 1));
}

/** How two amounts in units differ: the English one in the Chinese one's unit (`350 °F is 177 °C`). */
function conversion(a: UnitReading, b: UnitReading): string {
  // Degrees with no scale named may be either scale: their value alone is told.
  const value = a.unit === b.unit || a.unit === 'deg' || b.unit === 'deg' ? undefined : convertedTo(a, b);
  if (value === undefined) return apart(a.value, b.value);
  const rounded = Number(value.toPrecision(Math.max(3, String(Math.round(Math.abs(value))).length)));
  return `${formatNumber(a.value)}${unitLabel(a.unit)} is ${formatNumber(rounded)}${unitLabel(b.unit)}`;
}

type Amount = UnitReading & { block: Block };

/**
 * The amounts left on the two sides (`enOnly`, `zhOnly`, each read by `enAmount`, `zhAmount`)
 * that have their counterpart in another unit: one that is another amount of its own side converted
 * (`350°F (180°C)`), one that is an amount left on the other side converted (`60 miles` against
 * `97公里`). Of the rest, an amount alone of its dimension on each side is a slip of the other.
 */
function convertedAmounts(
  enOnly: readonly Quantity[],
  zhOnly: readonly Quantity[],
  enAmount: (q: Quantity) => Amount | undefined,
  zhAmount: (q: Quantity) => Amount | undefined,
  enAll: readonly Amount[],
  zhAll: readonly Amount[],
): { matched: Set<Quantity>; slips: [Quantity, Quantity, Amount, Amount][] } {
  const matched = new Set<Quantity>();
  const slips: [Quantity, Quantity, Amount, Amount][] = [];
  if (zhAll.length === 0 || enAll.length === 0) return { matched, slips };
  const left = (only: readonly Quantity[], amount: (q: Quantity) => Amount | undefined, all: readonly Amount[]) => {
    const out: [Quantity, Amount][] = [];
    let index: AmountIndex<Amount> | undefined;
    for (const q of only) {
      const a = amount(q);
      if (!a) continue;
      index ??= new AmountIndex(all);
      if (index.find(a, (b) => b !== a && b.unit !== a.unit)) matched.add(q);
      else out.push([q, a]);
    }
    return out;
  };
  const en = left(enOnly, enAmount, enAll);
  const zh = left(zhOnly, zhAmount, zhAll);
  if (en.length === 0 || zh.length === 0) return { matched, slips };
  const zhQuantity = new Map(zh.map(([r, b]) => [b, r]));
  const zhIndex = new AmountIndex(zh.map(([, b]) => b));
  const taken = new Set<Amount>();
  for (const [q, a] of en) {
    const hit = zhIndex.find(a, (b) => !taken.has(b));
    if (!hit) continue;
    matched.add(q).add(zhQuantity.get(hit)!);
    taken.add(hit);
  }
  // Of the rest, an amount alone of its dimension on each side.
  const alone = (list: [Quantity, Amount][]) => {
    const byDimension = new Map<string, [Quantity, Amount][]>();
    for (const item of list) {
      if (matched.has(item[0])) continue;
      const same = byDimension.get(item[1].dimension);
      if (same) same.push(item);
      else byDimension.set(item[1].dimension, [item]);
    }
    return byDimension;
  };
  const enRest = alone(en);
  const zhRest = alone(zh);
  for (const [dimension, mine] of enRest) {
    const theirs = zhRest.get(dimension);
    if (mine.length !== 1 || theirs?.length !== 1) continue;
    const [q, a] = mine[0]!;
    const [r, b] = theirs[0]!;
    if (sameQuantity(a, b) === false) slips.push([q, r, a, b]);
  }
  return { matched, slips };
}

/** A side's amounts by where they start in the text and by value (the first of each). */
interface AmountPlaces {
  byStart: Map<number, Amount>;
  byValue: Map<number, Amount>;
}

function placesOf(amounts: readonly Amount[]): AmountPlaces {
  const byStart = new Map<number, Amount>();
  const byValue = new Map<number, Amount>();
  for (const u of amounts) {
    const at = u.block.start + u.at;
    if (!byStart.has(at)) byStart.set(at, u);
    if (!byValue.has(u.value)) byValue.set(u.value, u);
  }
  return { byStart, byValue };
}

/**
 * The lengths of time left on the two sides that pair up as one length in other units
 * (`lengthOfTimeKey`), each English one with the first Chinese one left of its key.
 */
function convertedLengths(enOnly: readonly Quantity[], zhOnly: readonly Quantity[]): Set<Quantity> {
  const out = new Set<Quantity>();
  const keyOf = (q: Quantity): string | undefined => (q.cls === 'duration' && q.fact ? lengthOfTimeKey(q.fact) : undefined);
  for (const [a, b] of coupleByKey(enOnly, zhOnly, keyOf, keyOf)) out.add(a).add(b);
  return out;
}

/**
 * A verb of growth right before a Chinese multiple, with or without 了 and a word of approximation
 * (`增长了两倍`, `提高约三倍`): the multiple may count the growth rather than the new size.
 */
const GROWTH_BEFORE = /(?:增长|增長|成长|成長|增加|提高|提升|上升|上涨|上漲|扩大|擴大)了?(?:约|約|近|将近|將近|大约|大約)?$/;

/**
 * Whether an English multiple is one more than a Chinese multiple of growth (`tripled` against
 * `增长了两倍`): the Chinese counts the growth, so read strictly, as the national standard and style
 * guides read it, it is the English size. The same number on both sides, the loose reading most
 * translations share, agrees as any equal value does.
 */
function strictGrowth(en: Quantity, zh: Quantity, window: FactWindow): boolean {
  return en.cls === 'multiple' && zh.cls === 'multiple' && Math.abs(en.lo - 1 - zh.lo) < 1e-9 && Math.abs(en.hi - 1 - zh.hi) < 1e-9
    && GROWTH_BEFORE.test(window(zh).before);
}

/** `other` or `more` after an English count (`and four other departments`, `three more cities`). */
const OTHERS_AFTER = /^[ \t]+(?:other|others|more|further|additional)\b/i;

/**
 * Whether an English count of others beside the ones named (`the ministry and four other
 * departments`) meets a larger Chinese count of all of them after 等 (`人社部等五部门`, `等14家`, `等部门，六部门`):
 * the Chinese counts the ones named too.
 */
function othersAndAll(en: Quantity, zh: Quantity, window: FactWindow): boolean {
  return en.cls === zh.cls && en.lo === en.hi && zh.lo === zh.hi && zh.lo > en.lo && zh.lo - en.lo <= OTHERS_NAMED_MOST
    && OTHERS_AFTER.test(window(en).after ?? '') && ALL_AFTER_DENG.test(window(zh).before);
}

/** 等 right before the count of all (`等五部门`), or closing the list in the clause before it (`…等部门，六部门联合印发`). */
const ALL_AFTER_DENG = /等(?:[^，。；！？\d]{1,6}[，,])?$/;

/** Most ones an English list names before the others it counts (`A, B and three other firms`). */
const OTHERS_NAMED_MOST = 3;

/** The facts of the quantities that have one. */
function factsIn(list: readonly Quantity[]): Fact[] {
  const out: Fact[] = [];
  for (const q of list) if (q.fact) out.push(q.fact);
  return out;
}

/** The amounts with a unit (`read` by language) in the blocks `ids`, each with its block. */
function amountsOf(context: CheckContext, ids: readonly string[], read: (text: string) => UnitReading[]): Amount[] {
  const out: Amount[] = [];
  for (const id of ids) {
    const block = context.block(id)!;
    for (const u of read(block.text)) out.push({ ...u, block });
  }
  return out;
}

/** Words of English that give a price cut by what is taken off (`20% off`, `a 20% discount`). */
const DISCOUNT_WORDS = /\b(?:off|discount(?:s|ed)?|markdown|savings?)\b/i;

/**
 * A Chinese price in 折 gives what is paid (八折, 80%), English most often what is taken off (`20%
 * off`): where the English speaks of a cut, each 折 is compared as its cut (八折 as 20%, 七至八折 as
 * 20% to 30%), its bound turned round (最低七折, at least 70% paid, as at most 30% off).
 */
function discountsAsTold(zh: Quantity[], enText: string): Quantity[] {
  const inZhe = (q: Quantity) => q.cls === 'percent' && q.raw.endsWith('折');
  if (!zh.some(inZhe) || !DISCOUNT_WORDS.test(enText)) return zh;
  return zh.map((q) => (inZhe(q) ? { ...q, lo: 100 - q.hi, hi: 100 - q.lo, complement: true as const } : q));
}

/**
 * A Chinese multiple of growth (`增加两倍`, grown by two times: three times as much) read as the
 * multiple the English gives one more of (`tripling`): where the English holds that multiple more
 * often than the Chinese does, so that `tripling … and doubling` against `增加两倍…翻一番` pairs
 * each with its own. `strictGrowth` excuses such a multiple left against one.
 */
function growthAsTold(zh: Quantity[], en: readonly Quantity[], window: FactWindow): Quantity[] {
  // Each side's single multiples counted by value, once.
  const counts = (side: readonly Quantity[]): Map<number, number> => {
    const out = new Map<number, number>();
    for (const q of side) if (q.cls === 'multiple' && q.lo === q.hi) out.set(q.lo, (out.get(q.lo) ?? 0) + 1);
    return out;
  };
  const enCounts = counts(en);
  if (enCounts.size === 0 || !zh.some((q) => q.cls === 'multiple')) return zh;
  const zhCounts = counts(zh);
  const of = (side: Map<number, number>, value: number) => side.get(value) ?? 0;
  return zh.map((q) => {
    if (q.cls !== 'multiple' || q.lo !== q.hi || !GROWTH_BEFORE.test(window(q).before)) return q;
    if (of(enCounts, q.lo + 1) <= of(zhCounts, q.lo + 1) || of(enCounts, q.lo) > of(zhCounts, q.lo) - 1) return q;
    // The Chinese now holds one more of the higher multiple and one fewer of its own.
    zhCounts.set(q.lo + 1, of(zhCounts, q.lo + 1) + 1);
    zhCounts.set(q.lo, of(zhCounts, q.lo) - 1);
    return { ...q, lo: q.lo + 1, hi: q.hi + 1 };
  });
}

/** An English ordinal of a run: `fifth straight month`, `third consecutive year`, `second month in a row`. */
const EN_RUN_AFTER = /^[ \t]+(?:(?:straight|consecutive|successive)[ \t]+(day|week|month|quarter|year)\b|(day|week|month|quarter|year)[ \t]+in[ \t]+a[ \t]+row\b)/i;
/** The Chinese: `连续第五个月`, `連續第三年`, the ordinal after 连续 and before its unit. */
const ZH_RUN_BEFORE = /[连連][续續]$/;
/** The Chinese day counted after an event: `灾后第三天` (three days after the disaster), `开幕后第二天`. */
const ZH_DAY_AFTER_BEFORE = /[后後]$/;
const ZH_DAY_AFTER = /^(天|日)/;
const ZH_RUN_AFTER = /^(?:个|個)?(天|日|周|週|星期|月|季度|年)/;
/** A run's unit as a duration's (`toQuantity`): weeks in days, quarters in months. */
const RUN_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  day: ['D', 1], week: ['D', 7], month: ['M', 1], quarter: ['M', 3], year: ['Y', 1],
  天: ['D', 1], 日: ['D', 1], 周: ['D', 7], 週: ['D', 7], 星期: ['D', 7], 月: ['M', 1], 季度: ['M', 3], 年: ['Y', 1],
};

/**
 * Ordinals of a run read as its length (`for a fifth straight month`, `连续第五个月`: five months in
 * a row), where the other side gives a length in that unit (`连续四个月`, `for four straight
 * months`), so that the two meet; against an ordinal (`the third year of growth`) it stays one.
 * A Chinese day counted after an event is as long after it (`灾后第三天`, `three days after the disaster`).
 */
function runsAsLengths(side: Quantity[], other: readonly Quantity[], window: FactWindow): Quantity[] {
  if (!side.some((q) => q.cls === 'ordinal')) return side;
  const units = new Set<string | undefined>();
  for (const q of other) if (q.cls === 'duration') units.add(q.unit);
  if (units.size === 0) return side;
  return side.map((q) => {
    if (q.cls !== 'ordinal' || q.lo !== q.hi || !Number.isInteger(q.lo) || q.lo < 2 || !q.fact) return q;
    const { before, after = '' } = window(q);
    const m = q.fact.lang === 'en' ? EN_RUN_AFTER.exec(after)
      : ZH_RUN_BEFORE.test(before) ? ZH_RUN_AFTER.exec(after)
        : ZH_DAY_AFTER_BEFORE.test(before) ? ZH_DAY_AFTER.exec(after) : null;
    const unit = m ? RUN_UNITS[(m[1] ?? m[2])!.toLowerCase()] : undefined;
    if (!unit || !units.has(unit[0])) return q;
    const n = q.lo * unit[1];
    return { ...q, cls: 'duration', unit: unit[0], lo: n, hi: n };
  });
}

/**
 * Chinese ages read as lengths in years (`86.7岁`, `ageInYears`) where the English gives lengths in
 * years (`life expectancy of 81.6 years`), so that the two meet; against an English age (`aged 45`,
 * `45 years old`, both counts) it stays a count, as it does where the English gives no length in
 * years but one (`a year`) or an age between commas (`Ronald Lam, 58,`).
 */
function agesAsLengths(zh: Quantity[], en: readonly Quantity[], window: FactWindow): Quantity[] {
  // A year alone (`20 trillion won a year`) is a rate's period, no span of life; an English age
  // (`Ronald Lam, 58, said`, `a 58-year-old coach`) is a count the Chinese age meets as one.
  if (!en.some((q) => inYears(q) && !(q.lo === 1 && q.hi === 1)) || en.some((q) => englishAge(q, window))) return zh;
  return zh.map((q) => (q.cls === 'count' && q.fact ? ageInYears(q, window(q).after ?? '') ?? q : q));
}

/**
 * An English age: set between commas after a name, as news writes it (`Ronald Lam, 58, said`; `said
 * Ronald Lam, 58.` at a sentence's end), written `58-year-old`, `58 years old` or `aged 58`, or after
 * a verb of being or turning before the clause goes on (`My mother is 88 and…`): a count of 1 to 130.
 */
function englishAge(q: Quantity, window: FactWindow): boolean {
  if (q.cls !== 'count' || q.fact?.lang !== 'en' || q.lo !== q.hi || q.lo < 1 || q.lo > 130 || !Number.isInteger(q.lo)) return false;
  const around = window(q);
  const after = around.after ?? '';
  return (/[A-Za-z],[ \t]*$/.test(around.before) && /^[ \t]*(?:,|\.(?!\d))/.test(after)) || /^(?:-year-old|[ \t]+years?[ \t-]+old)\b/i.test(after)
    || /\baged[ \t]+$/i.test(around.before)
    // `My mother is 88 and…`: a person's age said with a verb of being or of turning, the clause going on.
    || (/\b(?:is|was|turns|turned)[ \t]+$/i.test(around.before) && /^(?:[ \t]+and\b|[ \t]*[,.;"”])/.test(after));
}

function quantities(facts: ReturnType<CheckContext['factsOf']>): Quantity[] {
  const out: Quantity[] = [];
  for (const fact of facts) {
    const q = toQuantity(fact);
    if (q) out.push(q);
  }
  return out;
}
