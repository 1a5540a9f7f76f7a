import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVague, matchDates, relate, type DateMatches, type DateValue } from '../../src/checks/date-mismatch.js';
import type { Fact } from '../../src/types.js';
import { doublingRatio } from '../perf/timing.js';

/**
 * `matchDates` finds each date's partner through an index of the other side's dates by the parts
 * they give: the same pairs, in the same order, as a scan of every date against every other
 * (single days and ranges of days weighed against each other first).
 */

/** The pairing as its documentation states it, each search a scan of the other side. */
function matchByScan(en: readonly DateValue[], zh: readonly DateValue[]): DateMatches {
  const enLeft = new Set(en);
  const zhLeft = new Set(zh);
  const result: DateMatches = { equal: [], inside: [], differ: [], enLeft, zhLeft };
  const shared = (a: DateValue, b: DateValue) => (['y', 'm', 'd', 'h', 'mi'] as const).filter((k) => a.from[k] !== undefined && b.from[k] !== undefined).length;
  // Single days (a month and a day, no time, no range) and ranges of days first: the same day,
  // then one part apart (the year written on both sides or on neither).
  const singleDay = (v: DateValue) => !v.interval && v.from.m !== undefined && v.from.d !== undefined && v.from.h === undefined;
  const rangeOfDays = (v: DateValue) => v.interval && v.from.m !== undefined && v.from.d !== undefined && v.to.m !== undefined && v.to.d !== undefined && v.from.h === undefined && v.to.h === undefined;
  const enDays = en.filter((v) => singleDay(v) || rangeOfDays(v));
  const zhDays = zh.filter((v) => singleDay(v) || rangeOfDays(v));
  for (const a of enDays) {
    const b = zhDays.find((z) => zhLeft.has(z) && relate(a, z).kind === 'equal');
    if (!b) continue;
    enLeft.delete(a);
    zhLeft.delete(b);
    result.equal.push([a, b]);
  }
  const dayCandidates: { a: DateValue; b: DateValue; parts: string[]; score: number }[] = [];
  for (const a of enDays) {
    if (!enLeft.has(a)) continue;
    for (const b of zhDays) {
      if (!zhLeft.has(b)) continue;
      const r = relate(a, b);
      const far = a.from.y !== undefined && b.from.y !== undefined && Math.abs(a.from.y - b.from.y) >= 10 && (!/\d/.test(a.fact.raw) || !/\d/.test(b.fact.raw));
      if (r.kind === 'differ' && !far) dayCandidates.push({ a, b, parts: r.parts, score: shared(a, b) - r.parts.length });
    }
  }
  dayCandidates.sort((x, y) => y.score - x.score);
  for (const c of dayCandidates) {
    if (c.parts.length !== 1 || !enLeft.has(c.a) || !zhLeft.has(c.b) || (c.a.from.y === undefined) !== (c.b.from.y === undefined) || (c.a.fact.unit !== 'lunar' && isVague(c.a.fact)) || (c.b.fact.unit !== 'lunar' && isVague(c.b.fact))) continue;
    enLeft.delete(c.a);
    zhLeft.delete(c.b);
    result.differ.push({ a: c.a, b: c.b, parts: c.parts });
  }
  for (const want of ['equal', 'inside'] as const) {
    if (want === 'inside') {
      for (const a of enLeft) if (isVague(a.fact)) enLeft.delete(a);
      for (const b of zhLeft) if (isVague(b.fact)) zhLeft.delete(b);
    }
    for (const a of enLeft) {
      // A single date takes one of its own parts first (`January 2017` takes `2017年1月` before `2017年`).
      const sameParts = (z: DateValue) => (['y', 'm', 'd', 'h', 'mi'] as const).every((k) => (a.from[k] === undefined) === (z.from[k] === undefined));
      const b = (want === 'equal' && !a.interval ? [...zhLeft].find((z) => sameParts(z) && relate(a, z).kind === want) : undefined)
        ?? [...zhLeft].find((z) => relate(a, z).kind === want);
      if (!b) continue;
      enLeft.delete(a);
      zhLeft.delete(b);
      result[want].push([a, b]);
    }
  }
  const candidates: { a: DateValue; b: DateValue; parts: string[]; score: number }[] = [];
  for (const a of enLeft) {
    for (const b of zhLeft) {
      const r = relate(a, b);
      // A date named without a figure against a year written ten or more years away: no slip.
      const far = a.from.y !== undefined && b.from.y !== undefined && Math.abs(a.from.y - b.from.y) >= 10 && (!/\d/.test(a.fact.raw) || !/\d/.test(b.fact.raw));
      if (r.kind === 'differ' && !far) candidates.push({ a, b, parts: r.parts, score: shared(a, b) - r.parts.length });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const c of candidates) {
    if (!enLeft.has(c.a) || !zhLeft.has(c.b)) continue;
    enLeft.delete(c.a);
    zhLeft.delete(c.b);
    result.differ.push({ a: c.a, b: c.b, parts: c.parts });
  }
  return result;
}

const RAW = ['', '', '', 'the past two decades', 'late March', '3月下旬', 'the year', 'now', 'Monday'];

const part = (values: number[]) => fc.option(fc.constantFrom(...values), { nil: undefined, freq: 2 });
const point = fc.record({ y: part([2023, 2024]), m: part([1, 2, 3]), d: part([1, 2, 16, 31]), h: part([9, 21]), mi: part([0, 30]) })
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));

const date = fc.record({
  from: point, span: fc.constantFrom(0, 0, 1, 15), raw: fc.constantFrom(...RAW), weekday: fc.option(fc.constantFrom(1, 2), { nil: undefined, freq: 3 }), yearWritten: fc.boolean(),
}).map(({ from, span, raw, weekday, yearWritten }): DateValue => {
  const to = span > 0 && from.d !== undefined ? { ...from, d: Math.min(31, from.d + span) } : from;
  const fact: Fact = { id: 'f', block: 'b1', kind: 'date', raw, value: '', lang: 'en', start: 0, end: 1, line: 1, column: 1 };
  return { fact, from, to, interval: to !== from, ...(weekday === undefined ? {} : { weekday }), yearWritten };
});

/** The result as places in the two inputs (dates are told apart by identity). */
function places(m: DateMatches, en: readonly DateValue[], zh: readonly DateValue[]) {
  const pairs = (list: [DateValue, DateValue][]) => list.map(([a, b]) => [en.indexOf(a), zh.indexOf(b)]);
  return {
    equal: pairs(m.equal), inside: pairs(m.inside), differ: m.differ.map((c) => [en.indexOf(c.a), zh.indexOf(c.b), c.parts]),
    enLeft: [...m.enLeft].map((a) => en.indexOf(a)), zhLeft: [...m.zhLeft].map((b) => zh.indexOf(b)),
  };
}

describe('dates are paired through an index of their parts', () => {
  it('pairs as a scan of every date against every other does', () => {
    fc.assert(fc.property(fc.array(date, { maxLength: 14 }), fc.array(date, { maxLength: 14 }), (en, zh) => {
      expect(places(matchDates(en, zh), en, zh)).toEqual(places(matchByScan(en, zh), en, zh));
    }), { numRuns: 5000 });
  });

  const day = (y: number, m: number, d: number): DateValue => {
    const fact: Fact = { id: 'f', block: 'b1', kind: 'date', raw: `${y}-${m}-${d}`, value: '', lang: 'en', start: 0, end: 1, line: 1, column: 1 };
    const from = { y, m, d };
    return { fact, from, to: from, interval: false, yearWritten: true };
  };
  /** A day of each of a long run of years; the Chinese side's a day later: each date differs from one in its day. */
  const side = (n: number, later: number): DateValue[] => Array.from({ length: n }, (_, i) => day(1000 + i, 1 + (i % 12), 1 + ((i + later) % 28)));

  it('pairs two long sides that share no date in time linear in their length', () => {
    expect(doublingRatio(4000, (n) => matchDates(side(n, 0), side(n, 1)))).toBeLessThan(3);
  });

  it('still reports a day changed among thousands of dates left alone', () => {
    const en = [...side(900, 0), day(2024, 1, 10)];
    const zh = [...side(900, 1), day(2024, 1, 12)];
    const m = matchDates(en, zh);
    expect(m.differ.some((c) => c.a === en[900] && c.b === zh[900] && c.parts.join() === 'day')).toBe(true);
  });
});
