import type { Fact, Finding, Pair } from '../types.js';
import { coupleEntities } from '../entities/match.js';
import { relate, toleranceOption, toQuantity, type Quantity, type Tolerance } from './quantities.js';
import { fullPairs, makeFinding, numberOption, type CheckContext, type Rule } from './rule.js';

/**
 * `swapped-values` (warning): two names of a pair that each hold a value, where the translation
 * gives each name the other's value (`Beijing reported 120 cases and Shanghai 85` against
 * `北京报告85例，上海报告120例`). Both sides hold the same values, so the value rules see nothing
 * amiss.
 *
 * A name holds a value when a sentence reads name, value, name, value… and nothing else of the
 * kinds read here: each name and then its value, two couples or more. A sentence that names
 * first and gives the values after (`Beijing and Shanghai reported 120 and 85`), or gives a
 * value before its name, holds none: its values may belong to either name. Names are the
 * couples `entity-mismatch` makes (`threshold`, default 0.8); values are counts, shares and
 * amounts, equal as the value rules take them (`tolerance`, `approxTolerance`).
 */
export const swappedValues: Rule = {
  id: 'swapped-values',
  severity: 'warning',
  description: 'two names that each give a value, where the translation gives each the other\'s',
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

function checkPair(context: CheckContext, pair: Pair, threshold: number, tolerance: Tolerance): Finding[] {
  const enFacts = context.factsOf(pair.en);
  const zhFacts = context.factsOf(pair.zh);
  const enNames = enFacts.filter((f) => f.kind === 'entity');
  const zhNames = zhFacts.filter((f) => f.kind === 'entity');
  if (enNames.length < 2 || zhNames.length < 2) return [];
  const couples = coupleEntities(enNames, zhNames, threshold);
  if (couples.length < 2) return [];
  const coupleOfEn = new Map(couples.map(([a], k) => [a, k]));
  const coupleOfZh = new Map(couples.map(([, b], k) => [b, k]));
  const enHeld = heldValues(context, enFacts, coupleOfEn);
  const zhHeld = heldValues(context, zhFacts, coupleOfZh);
  if (enHeld.size < 2 || zhHeld.size < 2) return [];
  const findings: Finding[] = [];
  const told = new Set<number>();
  for (let a = 0; a < couples.length; a++) {
    const enA = enHeld.get(a);
    const zhA = zhHeld.get(a);
    if (!enA || !zhA || told.has(a) || same(enA, zhA, tolerance)) continue;
    for (let b = a + 1; b < couples.length; b++) {
      const enB = enHeld.get(b);
      const zhB = zhHeld.get(b);
      if (!enB || !zhB || told.has(b)) continue;
      // Each name holds on one side what the other name holds on the other, and the two values differ.
      if (!same(enA, zhB, tolerance) || !same(enB, zhA, tolerance) || same(enB, zhB, tolerance)) continue;
      told.add(a);
      told.add(b);
      const [nameA, nameAzh] = couples[a]!;
      const [nameB, nameBzh] = couples[b]!;
      findings.push(makeFinding(context, swappedValues, swappedValues.severity, pair,
        `EN "${nameA.raw}" ${enA.raw}, "${nameB.raw}" ${enB.raw} vs ZH "${nameAzh.raw}" ${zhA.raw}, "${nameBzh.raw}" ${zhB.raw}: `
        + 'the two names trade their values',
        { en: [enA.fact!, enB.fact!], zh: [zhA.fact!, zhB.fact!] }));
      break;
    }
  }
  return findings;
}

/** Whether two quantities are the same value of the same kind (and currency). */
function same(a: Quantity, b: Quantity, tolerance: Tolerance): boolean {
  return a.cls === b.cls && a.unit === b.unit && relate(a, b, tolerance) === 'equal';
}

/**
 * The value each coupled name of a side holds, by couple: read in sentences that give, and give
 * only, name, value, name, value… (two couples or more). A name that holds values in two
 * sentences holds none.
 */
function heldValues(context: CheckContext, facts: readonly Fact[], coupleOf: ReadonlyMap<Fact, number>): Map<number, Quantity> {
  const held = new Map<number, Quantity>();
  const twice = new Set<number>();
  let sentence: { block: string; at: number } | undefined;
  let run: (Fact | Quantity)[] = [];
  const close = (): void => {
    if (run.length >= 4 && run.length % 2 === 0) {
      for (let k = 0; k < run.length; k += 2) {
        const couple = coupleOf.get(run[k] as Fact)!;
        if (held.has(couple)) twice.add(couple);
        held.set(couple, run[k + 1] as Quantity);
      }
    }
    run = [];
  };
  let broken = false;
  let ends: number[] = [];
  let endsOf: string | undefined;
  let next = 0;
  for (const fact of facts) {
    const block = context.block(fact.block);
    if (!block) continue;
    // The facts of a block come in order: the sentence ends before a fact are passed once.
    if (endsOf !== fact.block) {
      ends = sentenceEnds(block.text);
      endsOf = fact.block;
      next = 0;
    }
    while (next < ends.length && ends[next]! < fact.start - block.start) next++;
    const at = next;
    if (sentence?.block !== fact.block || sentence.at !== at) {
      if (!broken) close();
      run = [];
      broken = false;
      sentence = { block: fact.block, at };
    }
    if (broken) continue;
    let item: Fact | Quantity | undefined;
    if (fact.kind === 'entity') {
      if (coupleOf.has(fact)) item = fact;
    } else {
      const q = toQuantity(fact);
      if (q && HELD.has(q.cls)) item = q;
      // A date, a length of time or a year neither holds nor breaks the run.
    }
    if (!item) continue;
    // Names and values take turns, a name first.
    const wantName = run.length % 2 === 0;
    if (wantName !== (item === fact && fact.kind === 'entity')) broken = true;
    else run.push(item);
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
