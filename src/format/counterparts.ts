import type { Fact } from '../types.js';
import { coupleEntities, SAME_ENTITY_THRESHOLD } from '../entities/match.js';
import { sameCurrency } from '../checks/money-mismatch.js';
import { matchDates, readDate, type DateValue } from '../checks/date-mismatch.js';
import { fractionShares, lengthOfTimeKey, rangeEnds, toQuantity, type Quantity } from '../checks/quantities.js';
import { coupleByKey, groupBy } from '../group-by.js';

/** A key under which two facts of different languages count as the same value. */
export function valueKey(f: Fact): string {
  return `${f.kind}|${f.value}|${f.max ?? ''}|${f.unit ?? ''}`;
}

/** Most entity couples weighed for the fuzzy pass; past it, names pair by equal keys only. */
const MAX_ENTITY_COUPLES = 10_000;

/**
 * Matches each English fact with the first unmatched Chinese fact of the same value, in
 * reading order; then the entities left on both sides by how well their names match
 * (`entityMatch` at least `SAME_ENTITY_THRESHOLD`, types agreeing), best first: `Tsai Ing-wen`
 * (`tsai ing-wen`) and `蔡英文` (`cai yingwen`) are one person though their keys differ.
 * Amounts of money left on both sides pair by value where `money-mismatch` holds their
 * currencies the same (a bare `$` and any dollar; with `localDollar`, the Chinese written in
 * traditional characters, a bare `$` and a bare `元`: `$200` = `200元` in a Hong Kong release).
 * A range left on one side pairs with its two ends on the other (`5 to 10 yuan` and `5元到10元`),
 * as `compare` holds them: the range stands in two couples, one with each end.
 * Returns the matched couples in English reading order and what is left on each side.
 * Linear in the number of facts (one queue per value), and in the couples of leftover
 * entities, of which at most `MAX_ENTITY_COUPLES` are weighed.
 */
export function matchFacts(en: readonly Fact[], zh: readonly Fact[], localDollar = false): { matched: [Fact, Fact][]; enOnly: Fact[]; zhOnly: Fact[] } {
  const queues = new Map<string, { facts: Fact[]; next: number }>();
  for (const f of zh) {
    const queue = queues.get(valueKey(f));
    if (queue) queue.facts.push(f);
    else queues.set(valueKey(f), { facts: [f], next: 0 });
  }
  const taken = new Set<Fact>();
  const partner = new Map<Fact, Fact>();
  for (const f of en) {
    const queue = queues.get(valueKey(f));
    const other = queue?.facts[queue.next];
    if (!queue || !other) continue;
    queue.next++;
    taken.add(other);
    partner.set(f, other);
  }
  matchMoneyByCurrency(en.filter((f) => f.kind === 'money' && !partner.has(f)), zh.filter((f) => f.kind === 'money' && !taken.has(f)), partner, taken, localDollar);
  matchEntitiesByName(en.filter((f) => f.kind === 'entity' && !partner.has(f)), zh.filter((f) => f.kind === 'entity' && !taken.has(f)), partner, taken);
  matchYearsWritten(en, zh, partner, taken);
  matchDatesAsChecked(en.filter((f) => f.kind === 'date' && !partner.has(f)), zh.filter((f) => f.kind === 'date' && !taken.has(f)), partner, taken);
  matchLengthsOfTime(en.filter((f) => f.kind === 'duration' && !partner.has(f)), zh.filter((f) => f.kind === 'duration' && !taken.has(f)), partner, taken);
  // A range on one side against its two ends on the other (`5 to 10 yuan` = `5元到10元`), as the checks hold it.
  const ends = new Map<Fact, Fact>();
  const alike = (a: Quantity, b: Quantity) => a.cls === b.cls
    && (a.cls === 'money' ? sameCurrency(a, b, localDollar) : a.unit === b.unit);
  const left = (facts: readonly Fact[], done: (f: Fact) => boolean) => facts.filter((f) => !done(f) && f.kind !== 'entity').map(toQuantity).filter((q) => q !== undefined);
  const enLeft = left(en, (f) => partner.has(f));
  const zhLeft = left(zh, (f) => taken.has(f));
  for (const [range, low, high] of rangeEnds(enLeft, zhLeft, alike)) {
    partner.set(range.fact!, low.fact!);
    taken.add(low.fact!).add(high.fact!);
    ends.set(range.fact!, high.fact!);
  }
  for (const [range, low, high] of rangeEnds(zhLeft, enLeft, alike)) {
    partner.set(low.fact!, range.fact!).set(high.fact!, range.fact!);
    taken.add(range.fact!);
  }
  // A fraction and its share in percent (`half` = `50%`, `三分之一` = `33%`), as the checks hold them.
  const stillLeft = (list: Quantity[], done: (f: Fact) => boolean) => new Set(list.filter((q) => !done(q.fact!)));
  const enShares = stillLeft(enLeft, (f) => partner.has(f));
  const zhShares = stillLeft(zhLeft, (f) => taken.has(f));
  for (const [a, b] of fractionShares(enShares, zhShares)) {
    partner.set(a.fact!, b.fact!);
    taken.add(b.fact!);
    zhShares.delete(b);
  }
  for (const [b, a] of fractionShares(zhShares, stillLeft(enLeft, (f) => partner.has(f)))) {
    partner.set(a.fact!, b.fact!);
    taken.add(b.fact!);
  }
  const matched: [Fact, Fact][] = [];
  const enOnly: Fact[] = [];
  for (const f of en) {
    const other = partner.get(f);
    if (other) matched.push([f, other]);
    else enOnly.push(f);
    const high = ends.get(f);
    if (high) matched.push([f, high]);
  }
  return { matched, enOnly, zhOnly: zh.filter((f) => !taken.has(f)) };
}

/**
 * Couples leftover dates that `date-mismatch` holds equal though their values differ: parts of a
 * month cut in halves and in thirds (`late March` 16–31, `3月下旬` 21–31), whole decades against
 * as many years. The table then shows as one what the check finds no fault with.
 */
function matchDatesAsChecked(en: readonly Fact[], zh: readonly Fact[], partner: Map<Fact, Fact>, taken: Set<Fact>): void {
  if (!en.length || !zh.length) return;
  const read = (facts: readonly Fact[]): DateValue[] => {
    const out: DateValue[] = [];
    for (const f of facts) {
      const v = readDate(f);
      if (v) out.push(v);
    }
    return out;
  };
  for (const [a, b] of matchDates(read(en), read(zh)).equal) {
    partner.set(a.fact, b.fact);
    taken.add(b.fact);
  }
}

/** Couples leftover lengths of time that are one in other units (`90 minutes` = `一个半小时`, `lengthOfTimeKey`), in reading order. */
function matchLengthsOfTime(en: readonly Fact[], zh: readonly Fact[], partner: Map<Fact, Fact>, taken: Set<Fact>): void {
  for (const [f, other] of coupleByKey(en, zh, lengthOfTimeKey, lengthOfTimeKey)) {
    taken.add(other);
    partner.set(f, other);
  }
}

/** A value under which two amounts of money may be one whatever their currency: value, end of range, bound. */
function amountKey(f: Fact): string {
  return `${f.value}|${f.max ?? ''}|${f.bound ?? ''}`;
}

/** Couples leftover amounts of money of one value whose currencies `sameCurrency` holds the same, in reading order. */
function matchMoneyByCurrency(en: readonly Fact[], zh: readonly Fact[], partner: Map<Fact, Fact>, taken: Set<Fact>, localDollar: boolean): void {
  if (!en.length || !zh.length) return;
  const byAmount = new Map<string, Fact[]>();
  for (const f of zh) {
    const list = byAmount.get(amountKey(f));
    if (list) list.push(f);
    else byAmount.set(amountKey(f), [f]);
  }
  for (const f of en) {
    const other = byAmount.get(amountKey(f))?.find((g) => !taken.has(g) && sameCurrency(f, g, localDollar));
    if (!other) continue;
    taken.add(other);
    partner.set(f, other);
  }
}

/** A whole number as a year may be written (`for 2025 development`): 1000 to 2999. */
function yearNumber(f: Fact): string | undefined {
  return f.kind === 'number' && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 1000 && f.value < 3000
    && f.max === undefined && f.unit === undefined && /^\d{4}$/.test(f.raw.trim()) ? String(f.value) : undefined;
}

/**
 * Couples a year read as a plain number on one side (`the 2026 Summer Davos`, `for 2025
 * development`) with the year read as a date on the other (`2026年`), in reading order: the
 * number-mismatch rule already holds the digits present.
 */
function matchYearsWritten(en: readonly Fact[], zh: readonly Fact[], partner: Map<Fact, Fact>, taken: Set<Fact>): void {
  const years = (facts: readonly Fact[], free: (f: Fact) => boolean) =>
    groupBy(facts.filter((f) => f.kind === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value) && free(f)), (f) => f.value as string);
  let zhYears: Map<string, Fact[]> | undefined;
  let enYears: Map<string, Fact[]> | undefined;
  for (const f of en) {
    const year = !partner.has(f) ? yearNumber(f) : undefined;
    if (year === undefined) continue;
    const other = (zhYears ??= years(zh, (g) => !taken.has(g))).get(year)?.find((g) => !taken.has(g));
    if (other) { partner.set(f, other); taken.add(other); }
  }
  for (const g of zh) {
    const year = !taken.has(g) ? yearNumber(g) : undefined;
    if (year === undefined) continue;
    const other = (enYears ??= years(en, (f) => !partner.has(f))).get(year)?.find((f) => !partner.has(f));
    if (other) { partner.set(other, g); taken.add(g); }
  }
}

/** Couples leftover entities whose names match, best score first (then reading order). */
function matchEntitiesByName(en: readonly Fact[], zh: readonly Fact[], partner: Map<Fact, Fact>, taken: Set<Fact>): void {
  if (!en.length || !zh.length || en.length * zh.length > MAX_ENTITY_COUPLES) return;
  for (const [a, b] of coupleEntities(en, zh, SAME_ENTITY_THRESHOLD)) {
    partner.set(a, b);
    taken.add(b);
  }
}
