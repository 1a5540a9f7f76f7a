import type { Fact, Finding, Pair } from '../types.js';
import { coupleEntities } from '../entities/match.js';
import type { Lexicon } from '../lexicon/load.js';
import { lexicalScore } from '../lexicon/score.js';
import { segmentChinese } from '../lexicon/chinese.js';
import { ageInYears, inYears, relate, toleranceOption, toQuantity, type Quantity, type Tolerance } from './quantities.js';
import { fullPairs, makeFinding, numberOption, type CheckContext, type Rule } from './rule.js';
import { enUnits } from './units.js';
import { EN_DOWN, EN_DOWN_NOUN, EN_UP, EN_UP_NOUN, ZH_DOWN, ZH_UP } from './direction-mismatch.js';

/**
 * `swapped-values` (warning): two values of one kind that trade places in the translation, between
 * two names (`Beijing reported 120 cases and Shanghai 85` against `北京报告85例，上海报告120例`) or
 * between two clauses that say the same (`A lower berth costs HK$1,266, while an upper berth costs
 * HK$1,153` against `下铺1,153港元，上铺1,266港元`). Both sides hold the same values, so the value
 * rules see nothing amiss. Values are counts, shares and amounts, equal as the value rules take
 * them (`tolerance`, `approxTolerance`).
 *
 * Names: a name holds a value when a sentence reads name, value, name, value… and nothing else of
 * the kinds read here, one couple or more, so that a name and its value may stand in a sentence of
 * their own (`Sichuan has 1,387. Shaanxi has 345.`); a sentence that names first and gives the values
 * after (`Beijing and Shanghai reported 120 and 85`) holds none. Names are the couples
 * `entity-mismatch` makes (`threshold`, default 0.8).
 *
 * Clauses (with the lexicon): two clauses of a sentence close together that each give one of two
 * values are weighed by their words (`lexicalScore`) against the two clauses of the other side
 * that give the same values: each clause by the words the other clause of its side does not share,
 * without the values and the words of a rise or a fall. When each one's words find those of the
 * clause giving the other value clearly better (`CROSSED_BY`, `CROSSED_TIMES`), the values traded
 * places. A translation that gives the clauses in the other order, each with its value, finds its own.
 */
export const swappedValues: Rule = {
  id: 'swapped-values',
  severity: 'warning',
  description: 'two values of one kind that trade places in the translation, between two names or two clauses that say the same',
  check(context) {
    const threshold = numberOption(context.options, 'threshold', 0.8);
    const tolerance = toleranceOption(context.options);
    const findings: Finding[] = [];
    for (const pair of fullPairs(context)) {
      for (const f of checkPair(context, pair, threshold, tolerance)) findings.push(f);
    }
    return findings;
  },
};

/** Kinds of quantity a name may hold here. */
const HELD: ReadonlySet<string> = new Set(['count', 'percent', 'pp', 'money', 'multiple']);

/** A fact's quantity when it is of a kind read here (`HELD`): not a name, a date or a length of time. */
function heldQuantity(fact: Fact): Quantity | undefined {
  const q = toQuantity(fact);
  return q && HELD.has(q.cls) ? q : undefined;
}

function checkPair(context: CheckContext, pair: Pair, threshold: number, tolerance: Tolerance): Finding[] {
  const enFacts = context.factsOf(pair.en);
  const zhFacts = context.factsOf(pair.zh);
  const findings = namedSwaps(context, pair, enFacts, zhFacts, threshold, tolerance);
  if (context.lexicon) {
    // The facts a swap between names already told.
    const named = new Set<string>();
    for (const f of findings) for (const id of [...f.en, ...f.zh]) named.add(id);
    for (const f of labelledSwaps(context, pair, enFacts, zhFacts, tolerance, context.lexicon, named)) findings.push(f);
  }
  return findings;
}

/** Two names that each hold a value, each given the other's (see `swappedValues`). */
function namedSwaps(context: CheckContext, pair: Pair, enFacts: readonly Fact[], zhFacts: readonly Fact[], threshold: number, tolerance: Tolerance): Finding[] {
  const enNames = enFacts.filter((f) => f.kind === 'entity');
  const zhNames = zhFacts.filter((f) => f.kind === 'entity');
  if (enNames.length < 2 || zhNames.length < 2) return [];
  const couples = coupleEntities(enNames, zhNames, threshold);
  if (couples.length < 2) return [];
  const coupleOfEn = new Map(couples.map(([a], k) => [a, k]));
  const coupleOfZh = new Map(couples.map(([, b], k) => [b, k]));
  const findings: Finding[] = [];
  // Each side's coupled names and values by sentence, read once for all the kinds below.
  const enItems = sentenceItems(context, enFacts, coupleOfEn);
  const zhItems = sentenceItems(context, zhFacts, coupleOfZh);
  // Each kind of value apart: a name may hold an age and a prison term (`Lam, 34, to 8 years`),
  // and only the terms trade places.
  for (const cls of NAMED_KINDS) {
    const enGroups = heldValues(enItems, coupleOfEn, cls);
    const zhGroups = heldValues(zhItems, coupleOfZh, cls);
    if (enGroups.size < 2 || zhGroups.size < 2) continue;
    const told = new Set<number>();
    // The values each name holds, position by position where both sides give it as many.
    let most = 0;
    for (const g of enGroups.values()) most = Math.max(most, g.length);
    for (let at = 0; at < most; at++) {
      const enHeld = new Map<number, Quantity>();
      const zhHeld = new Map<number, Quantity>();
      for (const [couple, g] of enGroups) {
        const other = zhGroups.get(couple);
        if (other?.length === g.length && at < g.length) {
          enHeld.set(couple, g[at]!);
          zhHeld.set(couple, other[at]!);
        }
      }
      for (const [a, b] of tradedValues(couples.length, enHeld, zhHeld, told, tolerance)) {
        const [enA, zhA, enB, zhB] = [enHeld.get(a)!, zhHeld.get(a)!, enHeld.get(b)!, zhHeld.get(b)!];
        const [nameA, nameAzh] = couples[a]!;
        const [nameB, nameBzh] = couples[b]!;
        // One name twice (`the Egyptian Museum … 14 other Egyptian museums`): nothing to trade between.
        if (nameA.value === nameB.value || nameAzh.value === nameBzh.value) continue;
        // A person and a place, or values in two units (`Zhang … 12 hours a day in Shanghai for two
        // months` against `张宇…两个月，…在上海…12小时`): a sentence told in another order, no values traded.
        if (nameA.type !== nameB.type || enA.unit !== enB.unit) continue;
        findings.push(makeFinding(context, swappedValues, swappedValues.severity, pair,
          `EN "${nameA.raw}" ${enA.raw}, "${nameB.raw}" ${enB.raw} vs ZH "${nameAzh.raw}" ${zhA.raw}, "${nameBzh.raw}" ${zhB.raw}: `
          + 'the two names trade their values',
          { en: [enA.fact!, enB.fact!], zh: [zhA.fact!, zhB.fact!] }));
      }
    }
  }
  return findings;
}

/**
 * The couples `[a, b]` whose names each hold on one side what the other holds on the other, the two
 * values differing (`enHeld`, `zhHeld`: a value of each couple). A couple is told once (`told`, filled here).
 */
function tradedValues(count: number, enHeld: ReadonlyMap<number, Quantity>, zhHeld: ReadonlyMap<number, Quantity>, told: Set<number>, tolerance: Tolerance): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < count; a++) {
    const enA = enHeld.get(a);
    const zhA = zhHeld.get(a);
    if (!enA || !zhA || told.has(a) || same(enA, zhA, tolerance)) continue;
    for (let b = a + 1; b < count; b++) {
      const enB = enHeld.get(b);
      const zhB = zhHeld.get(b);
      if (!enB || !zhB || told.has(b)) continue;
      if (!same(enA, zhB, tolerance) || !same(enB, zhA, tolerance) || same(enB, zhB, tolerance)) continue;
      told.add(a);
      told.add(b);
      out.push([a, b]);
      break;
    }
  }
  return out;
}

/** Kinds of value a name may hold, each read apart (`heldValues`): those of `HELD` and lengths of time. */
const NAMED_KINDS: readonly string[] = [...HELD, 'duration'];

/** Clauses of one value a side past which a pair is not searched for values that traded places. */
const MAX_CLAUSES = 200;
/** How many clauses on an English clause is weighed against the ones after it (two values set side by side stand close). */
const NEAR_CLAUSES = 3;

/**
 * How much more the crossed clauses' words must agree than the straight ones' (`lexicalScore`,
 * summed over two clauses), and how many times as much: two clauses that share most of their words
 * and differ in a verb of the same sense (`Investment decreased by 13.4%, as investment in private
 * construction fell by 21.7%`) find each other's synonyms about as well as their own.
 */
const CROSSED_BY = 0.2;
const CROSSED_TIMES = 1.5;

/** A clause of a side that gives exactly one value of its kind: its text with the value left out. */
interface Clause {
  q: Quantity;
  words: string;
  /** The sentence it belongs to, as block id and number. */
  sentence: string;
  /**
   * Its words without the clauses of no value that open its sentence and joined it (`China Mengniu
   * Dairy, the Hong Kong-listed dairy group,`), or undefined where none joined it.
   */
  untopical?: string;
}

/**
 * Two values given by two clauses of one sentence on each side, where each English clause's words
 * agree with the words of the Chinese clause giving the other value (`CROSSED_BY` more than with
 * the one giving the same value).
 */
function labelledSwaps(context: CheckContext, pair: Pair, enFacts: readonly Fact[], zhFacts: readonly Fact[], tolerance: Tolerance, lexicon: () => Lexicon, named: ReadonlySet<string>): Finding[] {
  // Lengths in years are weighed too where the English gives them (`81.6 years for men`), and a
  // Chinese age then with them (`男性86.7岁`: 岁 counts years).
  const years = enFacts.some((f) => inYears(toQuantity(f)));
  const held = years ? heldOrYears(context) : heldQuantity;
  const en = singleClauses(context, enFacts, EN_CLAUSE_END, thinEnglish, held);
  const zh = singleClauses(context, zhFacts, ZH_CLAUSE_END, thinChinese, held);
  // A pair of hundreds of such clauses is a table or a list, not two clauses set side by side;
  // the bound keeps the searches below (each clause against each of its side) in time.
  if (en.length < 2 || zh.length < 2 || en.length > MAX_CLAUSES || zh.length > MAX_CLAUSES) return [];
  const findings: Finding[] = [];
  const told = new Set<Clause>();
  // The clause of `side` that alone gives a value equal to `q`, if one does.
  const only = (side: readonly Clause[], q: Quantity): Clause | undefined => {
    let found: Clause | undefined;
    for (const c of side) {
      if (!same(c.q, q, tolerance)) continue;
      if (found) return undefined;
      found = c;
    }
    return found;
  };
  for (let a = 0; a < en.length; a++) {
    for (let b = a + 1; b <= a + NEAR_CLAUSES && b < en.length && en[b]!.sentence === en[a]!.sentence; b++) {
      const [ea, eb] = [en[a]!, en[b]!];
      // Two values of one kind (two prices, two shares), not the same value.
      if (ea.q.cls !== eb.q.cls || ea.q.unit !== eb.q.unit || told.has(ea) || told.has(eb) || named.has(ea.q.fact!.id) || named.has(eb.q.fact!.id) || same(ea.q, eb.q, tolerance)) continue;
      if (only(en, ea.q) !== ea || only(en, eb.q) !== eb) continue;
      // `HK$8.1 billion, or HK$1.62 per share`: the second value restates the first in other terms.
      if (RESTATES.test(eb.words)) continue;
      // `cut production time by a third … who is 46`: a part of a whole and a count are of two kinds.
      if (ea.q.cls === 'count' && partOfWhole(ea.q) !== partOfWhole(eb.q)) continue;
      // `Kuo, 33, … the 59-kilogram class`: a value measured in a unit and one that is not are of two kinds.
      if (measureOf(context, ea.q.fact!) !== measureOf(context, eb.q.fact!)) continue;
      const za = only(zh, ea.q);
      const zb = only(zh, eb.q);
      if (!za || za.sentence !== zb?.sentence) continue;
      // Values the two sides give in one order (`51 … 2` against `51席…2席`) kept their places in a
      // list translated in its order: a swap puts the other value first.
      if ((ea.q.fact!.start < eb.q.fact!.start) === (za.q.fact!.start < zb.q.fact!.start)) continue;
      const lex = lexicon();
      // A topic both sides open the sentence with joins the first value's clause on each, which is
      // the other value's on one side wherever the order changed: it is weighed on neither.
      const topical = (ea.untopical !== undefined || eb.untopical !== undefined) && (za.untopical !== undefined || zb.untopical !== undefined);
      const wordsOf = (c: Clause): string => (topical ? c.untopical ?? c.words : c.words);
      // Each clause by the words its side's other clause does not share (`gaming` against `other
      // tourism` in `exports of … services`): words both say weigh alike either way.
      const [enA, enB] = ownWords(wordsOf(ea).replace(EN_CHANGE, ' ').replace(EN_PERIOD_COMPARED, ' '), wordsOf(eb).replace(EN_CHANGE, ' ').replace(EN_PERIOD_COMPARED, ' '), EN_WORD);
      // The Chinese clauses' own part read two ways: without the characters both hold (`份额` against
      // `市场份额`), and without the words the other's text holds (`居民` against `居住`, which share a
      // character); the one must clearly cross, and neither lean the straight way.
      const zhA = wordsOf(za).replace(ZH_CHANGE, ' ').replace(ZH_PERIOD_COMPARED, ' ');
      const zhB = wordsOf(zb).replace(ZH_CHANGE, ' ').replace(ZH_PERIOD_COMPARED, ' ');
      let clear = false;
      let leans = false;
      for (const [a, b] of [ownWords(zhA, zhB, ZH_CHAR), ownChineseWords(zhA, zhB, lex)]) {
        const straight = lexicalScore(enA, a, lex) + lexicalScore(enB, b, lex);
        const crossed = lexicalScore(enA, b, lex) + lexicalScore(enB, a, lex);
        if (crossed >= straight + CROSSED_BY && crossed >= CROSSED_TIMES * straight) clear = true;
        if (crossed < straight) leans = true;
      }
      if (!clear || leans) continue;
      told.add(ea);
      told.add(eb);
      findings.push(makeFinding(context, swappedValues, swappedValues.severity, pair,
        `EN "${ea.q.raw}", "${eb.q.raw}" vs ZH "${zb.q.raw}", "${za.q.raw}": the two values trade places between clauses that say the same`,
        { en: [ea.q.fact!, eb.q.fact!], zh: [zb.q.fact!, za.q.fact!] }));
    }
  }
  return findings;
}

/** Whether a count is a part of a whole (`a third`, `三分之一`, `0.4`): above nothing and below one. */
function partOfWhole(q: Quantity): boolean {
  return q.lo > 0 && q.hi < 1;
}

/** The dimension of the unit an English value is measured in right where it stands (`59-kilogram`: weight), or `''`. */
function measureOf(context: CheckContext, fact: Fact): string {
  const block = context.block(fact.block);
  if (!block) return '';
  const at = fact.start - block.start;
  // The value's own text and the few characters after it, read for an amount with its unit.
  return enUnits(block.text.slice(at, fact.end - block.start + UNIT_REACH)).find((u) => u.at === 0)?.dimension ?? '';
}

/** Characters after a value within which its unit's name is read (`-kilogram`, ` square kilometres`). */
const UNIT_REACH = 20;

/** Words of a clause that name nothing a value is of: the time it is compared with, the unit, links. */
const EN_THIN_WORDS = /\b(?:year-on-year|year|on|a|the|from|than|percent|per|cent|percentage|points?|compared|with|and|or|by|to|of|respectively|both|also|period|earlier|ago|last|same)\b/gi;
const ZH_THIN_WORDS = /同比|环比|環比|比上年|较上年|較上年|比去年|较去年|較去年|分别|分別|百分点|百分點|个|個|为|為|了|也|均|至|到|达|達|约|約|的|和|及|而/g;

/** Whether an English clause without its value names nothing but a change (`up … year-on-year`). */
function thinEnglish(words: string): boolean {
  return !/[A-Za-z]{3,}/.test(words.replace(EN_CHANGE, ' ').replace(EN_THIN_WORDS, ' '));
}

/** Whether a Chinese clause without its value names nothing but a change (`同比增长`). */
function thinChinese(words: string): boolean {
  return (words.replace(ZH_CHANGE, '').replace(ZH_THIN_WORDS, '').match(/\p{Script=Han}/gu)?.length ?? 0) <= 1;
}

/**
 * The period a change is measured over (`month-on-month`, `year-on-year`; `环比`, `同比`): it says
 * against what a value moved, not whose it is, and its words (`month`, 月) would meet a month named
 * in the other clause.
 */
const EN_PERIOD_COMPARED = /\b(?:year|month|quarter|week|day)-on-(?:year|month|quarter|week|day)\b/gi;
const ZH_PERIOD_COMPARED = /同比|环比|環比/g;

/** A clause that restates the value before it (`, or HK$1.62 per share`, `, i.e. 5%`, `, that is`). */
const RESTATES = /^\s*(?:or\b|i\.e\.|that[ \t]+is\b|equivalent[ \t]+to\b)/i;

/**
 * Words of a rise or a fall (`direction-mismatch`'s): they say how a value moved, not whose it is,
 * and a translation words them freely (`decreased`, `fell`; `下跌`, `減少`), so clauses are weighed without them.
 */
const EN_CHANGE = new RegExp(`\\b(?:${EN_UP}|${EN_DOWN}|${EN_UP_NOUN}|${EN_DOWN_NOUN})\\b`, 'gi');
const ZH_CHANGE = new RegExp(`${ZH_UP}|${ZH_DOWN}`, 'g');

/** An English word, and a character of Chinese: what `ownWords` leaves out when both clauses hold it. */
const EN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
const ZH_CHAR = /\p{Script=Han}/gu;

/** Two clauses' texts, each without the words (`unit`, matched case-blind) the other also holds. */
function ownWords(a: string, b: string, unit: RegExp): [string, string] {
  const words = (text: string): Set<string> => new Set(Array.from(text.matchAll(unit), (m) => m[0].toLowerCase()));
  const inA = words(a);
  const inB = words(b);
  const strip = (text: string, other: ReadonlySet<string>): string => text.replace(unit, (w) => (other.has(w.toLowerCase()) ? ' ' : w));
  return [strip(a, inB), strip(b, inA)];
}

/**
 * Two Chinese clauses' texts, each without its words (as the lexicon cuts them) that the other's
 * text also holds: `住所水浸的居民` against `住所被评定不适宜居住者` keeps 居民 and 居住, which share a
 * character and no sense; `19.7%的份额` against `15.7%的市场份额` loses 份额, which the other says too.
 */
function ownChineseWords(a: string, b: string, lexicon: Lexicon): [string, string] {
  // Each word is looked for in the other's text: clauses longer than any that gives one value are
  // weighed whole, which keeps a pasted block without stops in linear time.
  if (a.length > OWN_WORDS_MOST || b.length > OWN_WORDS_MOST) return [a, b];
  const strip = (text: string, other: string): string => {
    let out = '';
    let from = 0;
    for (const w of segmentChinese(text, lexicon)) {
      if (!other.includes(w.text)) continue;
      out += `${text.slice(from, w.start)} `;
      from = w.end;
    }
    return out + text.slice(from);
  };
  return [strip(a, b), strip(b, a)];
}

/** Most characters of a Chinese clause whose own words `ownChineseWords` reads. */
const OWN_WORDS_MOST = 400;

/**
 * Where an English clause ends: a comma, semicolon or colon before a space, a sentence's end, or a
 * word that sets two clauses side by side; not a comma between two adjectives of a number
 * (`a 1-million-yuan, 30-year mortgage`).
 */
const EN_CLAUSE_END = /[;:](?=\s)|,(?=\s)(?![ \t]+\d[\d.,]*-[a-z])|[.!?](?=\s|$)|\s(?:and|while|whereas|but|against|versus|compared\s+with)\s/gi;
/**
 * Where a Chinese clause ends: its commas, semicolons, colons and stops, and an enumeration comma
 * or a word of joining before a figure after a word (`47人死亡、3人受伤`, `15种肿瘤用药和57种罕见病用药`:
 * two clauses, as `killed and injured` are), or between items each with its figure in brackets
 * (`游泳（12%）和羽毛球（17%）`).
 */
const ZH_CLAUSE_END = /[，；：。！？]|(?<=[\u4e00-\u9fff])(?:、|和|及|与|與|以及)(?=[\d一二两三四五六七八九十])|(?<=[）)])(?:、|和|及|与|與|以及)(?=[\u4e00-\u9fff]{1,8}[（(][\d一二两三四五六七八九十])|[,;:](?=\s)/g;

/** The clauses of a side that give exactly one held value of a kind, in order (a clause once for each such value). */
function singleClauses(context: CheckContext, facts: readonly Fact[], end: RegExp, thin: (words: string) => boolean, held: (fact: Fact) => Quantity | undefined): Clause[] {
  const byBlock = new Map<string, Quantity[]>();
  for (const fact of facts) {
    const q = held(fact);
    if (!q) continue;
    const list = byBlock.get(fact.block);
    if (list) list.push(q);
    else byBlock.set(fact.block, [q]);
  }
  const out: Clause[] = [];
  for (const [id, qs] of byBlock) {
    const block = context.block(id);
    if (!block) continue;
    const text = block.text;
    let from = 0;
    let sentence = 0;
    let k = 0;
    // Whether no clause of the sentence has been cut yet, and where the clause before this one starts.
    let opens = true;
    let before = -1;
    // Where the clauses of no value that open the sentence end, once one has joined the next.
    let topicEnd = -1;
    const cut = (to: number, stop: boolean): void => {
      const inside: Quantity[] = [];
      while (k < qs.length && qs[k]!.fact!.start - block.start < to) inside.push(qs[k++]!);
      // Clauses without a value that open a sentence name what the next one's value is of, as
      // Chinese sets the topic first (`在计划赴香港留学的受访者中，约15%表示…`): they join it.
      if (inside.length === 0 && !stop && opens) {
        topicEnd = to;
        return;
      }
      opens = stop;
      // One value of its kind in the clause (`95.1% for five-star hotels`: one share, whatever the five).
      // `one` spelled out is the unit of a rate (`one nurse for every nine patients`, 每名): no value.
      for (const q of inside) {
        if (spelledOne(q) || inside.some((o) => o !== q && o.cls === q.cls && !spelledOne(o))) continue;
        const at = q.fact!.start - block.start;
        const own = `${text.slice(from, at)} ${text.slice(q.fact!.end - block.start, to)}`;
        // A clause of a change alone (`, up 3.9 percent year-on-year`, `，同比增长8.6%`) is of what the
        // clause before it names (`704 million tonnes of cargo`): it takes that clause's words.
        const words = before >= 0 && thin(own) ? `${text.slice(before, from)} ${own}` : own;
        const untopical = topicEnd > from ? `${text.slice(topicEnd, at)} ${text.slice(q.fact!.end - block.start, to)}` : undefined;
        out.push({ q, words, sentence: `${id}#${sentence}`, ...(untopical === undefined ? {} : { untopical }) });
      }
      topicEnd = -1;
      before = stop ? -1 : from;
      from = to;
      if (stop) sentence++;
    };
    end.lastIndex = 0;
    for (let m = end.exec(text); m; m = end.exec(text)) cut(m.index + m[0].length, /[.!?。！？]/.test(m[0]));
    cut(text.length, true);
  }
  return out;
}

/** Whether a quantity is the word `one`. */
function spelledOne(q: Quantity): boolean {
  return q.lo === 1 && q.hi === 1 && /^one$/i.test(q.raw);
}

/** Whether two quantities are the same value of the same kind (and currency). */
function same(a: Quantity, b: Quantity, tolerance: Tolerance): boolean {
  return a.cls === b.cls && a.unit === b.unit && relate(a, b, tolerance) === 'equal';
}

/**
 * A fact's quantity when it is of a kind read here (`HELD`) or a length in years, a Chinese age
 * (`86.7岁`) read as one (`ageInYears`).
 */
function heldOrYears(context: CheckContext): (fact: Fact) => Quantity | undefined {
  return (fact) => {
    const q = toQuantity(fact);
    if (!q) return undefined;
    const block = q.cls === 'count' && fact.lang === 'zh' ? context.block(fact.block) : undefined;
    const age = block ? ageInYears(q, block.text.slice(fact.end - block.start, fact.end - block.start + 2)) : undefined;
    return age ?? (HELD.has(q.cls) || inYears(q) ? q : undefined);
  };
}

/** A coupled name or a value of a kind `NAMED_KINDS` holds, with the sentence it stands in (block id and number). */
interface SentenceItem {
  sentence: string;
  /** Clause breaks (`CLAUSE_BREAK`) in the block before the item, outside facts. */
  clause: number;
  name?: Fact;
  q?: Quantity;
}

/**
 * A break between two clauses: a semicolon, a Chinese comma, or an English comma before a
 * conjunction (`, and China takes`); not the comma of a place named with the one it lies in
 * (`Pudong New Area, Shanghai`).
 */
const CLAUSE_BREAK = /[;；，]|,[ \t]+(?:and|but|while|whereas|as|with|yet)\b/gi;

/** Measure words after 一 that make it an article (`一名男子`, a man): of people, things, places, cases. */
const ARTICLE_COUNTER = '名个個位家间間宗架艘辆輛座所条條';

/**
 * The coupled names and the values of the kinds `NAMED_KINDS` holds of a side's facts, in order,
 * each with its sentence: the sentence ends of a block are found once, as the facts pass them.
 */
function sentenceItems(context: CheckContext, facts: readonly Fact[], coupleOf: ReadonlyMap<Fact, number>): SentenceItem[] {
  const out: SentenceItem[] = [];
  let ends: number[] = [];
  let endsOf: string | undefined;
  let next = 0;
  // The last value of the block, which a value in brackets right after it may restate.
  let last: Fact | undefined;
  // The clause breaks counted so far in the block, up to `scanned` (facts' own text left out).
  let clause = 0;
  let scanned = 0;
  for (const fact of facts) {
    const block = context.block(fact.block);
    if (!block) continue;
    // The facts of a block come in order: the sentence ends before a fact are passed once.
    if (endsOf !== fact.block) {
      ends = sentenceEnds(block.text);
      endsOf = fact.block;
      next = 0;
      last = undefined;
      clause = 0;
      scanned = 0;
    }
    while (next < ends.length && ends[next]! < fact.start - block.start) next++;
    const sentence = `${fact.block}#${next}`;
    const from = fact.start - block.start;
    if (from > scanned) clause += block.text.slice(scanned, from).match(CLAUSE_BREAK)?.length ?? 0;
    scanned = Math.max(scanned, fact.end - block.start);
    if (fact.kind === 'entity') {
      if (coupleOf.has(fact)) out.push({ sentence, clause, name: fact });
      continue;
    }
    const q = toQuantity(fact);
    // A value in brackets right after one of its kind restates it (`40 billion yuan (US$5.5
    // billion)`, `400亿元（合55亿美元）`): no value of its own.
    const restated = last?.kind === fact.kind && RESTATED_IN_BRACKETS.test(block.text.slice(last.end - block.start, fact.start - block.start));
    if (fact.kind !== 'date') last = fact;
    if (restated) continue;
    // `一名`, `一个` before what they count is the article English writes `a`: no value a name holds.
    if (q?.cls === 'count' && fact.lang === 'zh' && fact.raw === '一' && ARTICLE_COUNTER.includes(block.text[fact.end - block.start] ?? '')) continue;
    // A score (`104-85`, `4比0`) is the two sides' match, no value a name holds.
    if (q && NAMED_KINDS.includes(q.cls) && !(q.cls === 'count' && inScore(block.text, fact.start - block.start, fact.end - block.start))) out.push({ sentence, clause, q });
  }
  return out;
}

/** What stands between a value and the same value restated in brackets: the bracket and a word of conversion. */
const RESTATED_IN_BRACKETS = /^[ \t]*[(（][ \t]*(?:合|约|約|折合|相当于|相當於|about|or|approx\.?|approximately|roughly|around)?[ \t]*$/i;

/** Whether the number at `[start, end)` of `text` is one side of a score: joined to another number by a dash, a colon or 比. */
function inScore(text: string, start: number, end: number): boolean {
  return SCORE_AFTER.test(text.slice(end, end + 3)) || SCORE_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}
const SCORE_AFTER = /^[ \t]?[-–—:：比][ \t]?\d/;
const SCORE_BEFORE = /\d[ \t]?[-–—:：比][ \t]?$/;

/** Whether a name is a person's: among names side by side, a person holds the value. */
const isPerson = (f: Fact): boolean => f.type === 'person';

/**
 * The values of kind `cls` each coupled name of a side holds, by couple: read in sentences that
 * give, and give only, name, value, name, value… or value, name, value, name… (one couple or
 * more; values of other kinds, dates and years neither hold nor break the run; names side by side
 * are one, the person among them or else the nearest the value). A name first may hold as many
 * values as each name of its run holds (`Japan won 52 golds and 188 medals, South Korea 42 golds
 * and 190 medals`): its values in order. A name that holds values in two sentences holds none.
 */
function heldValues(items: readonly SentenceItem[], coupleOf: ReadonlyMap<Fact, number>, cls: string): Map<number, Quantity[]> {
  const held = new Map<number, Quantity[]>();
  const twice = new Set<number>();
  let sentence: string | undefined;
  // The run's names and the values each holds, and whether a name opened it.
  let names: Fact[] = [];
  let groups: Quantity[][] = [];
  let values = 0;
  let nameFirst = false;
  // The clause of the run's last value, which a name after it must share when values come first.
  let valueClause = -1;
  const close = (): void => {
    // Names after the run's last value hold none (`…高雄市824例，其餘病例分布於屏東縣及臺中市`).
    while (nameFirst && groups.length > 1 && groups[groups.length - 1]!.length === 0) {
      groups.pop();
      names.pop();
    }
    // A name first holds the values after it, as many as every other name of the run; a value
    // first belongs to the name after it.
    const n = groups[0]?.length ?? 0;
    if (names.length >= 1 && names.length === groups.length && n >= 1 && (n === 1 || nameFirst) && groups.every((g) => g.length === n)) {
      for (let k = 0; k < names.length; k++) {
        const couple = coupleOf.get(names[k]!)!;
        if (held.has(couple)) twice.add(couple);
        held.set(couple, groups[k]!);
      }
    }
    names = [];
    groups = [];
    values = 0;
  };
  let broken = false;
  for (const item of items) {
    if (item.q && item.q.cls !== cls) continue;
    if (item.sentence !== sentence) {
      if (broken) {
        names = [];
        groups = [];
        values = 0;
      } else close();
      broken = false;
      sentence = item.sentence;
    }
    if (broken) continue;
    if (item.name) {
      if (names.length === 0 && values === 0) nameFirst = true;
      // Names and values take turns: a name opens the run or follows a value (or its name, a value first).
      const open = nameFirst ? groups.length === 0 || groups[groups.length - 1]!.length > 0 : names.length === values - 1;
      // A value first belongs to a name after it in its own clause (`up 3.2%, and China takes 39% of
      // Chile's exports`: the 3.2% is no China's).
      if (open && !nameFirst && item.clause !== valueClause) broken = true;
      else if (open) {
        names.push(item.name);
        if (nameFirst) groups.push([]);
      } else if (names.length > 0 && (nameFirst || names.length === values)) {
        // Names side by side (`Taoyuan District, Kaohsiung`, `尼日利亚籍被告人丹尼尔·奥卡福`): the
        // value's is a person among them, else the one nearest the value.
        const kept = names[names.length - 1]!;
        if (isPerson(item.name) !== isPerson(kept) ? isPerson(item.name) : nameFirst) names[names.length - 1] = item.name;
      } else broken = true;
    } else {
      if (names.length === 0 && values === 0) nameFirst = false;
      if (nameFirst) groups[groups.length - 1]!.push(item.q!);
      else if (values !== names.length) broken = true;
      else groups.push([item.q!]);
      values++;
      valueClause = item.clause;
    }
  }
  if (!broken) close();
  for (const couple of twice) held.delete(couple);
  return held;
}

/**
 * Where a sentence of a block ends: the English or Chinese full stops, question and exclamation
 * marks (a semicolon joins two clauses of one sentence: `Chengdu logged 41; Kunming 17`).
 */
const SENTENCE_END = /[.!?](?=\s|$)|[。！？]/g;

/** The offsets of the sentence ends of a text, in order. */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) out.push(m.index);
  return out;
}
