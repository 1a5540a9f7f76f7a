import {
  asciiDigits, joins, relate, roughCovers, roundedShares, slipBetween, slipCandidates, takeSlips, vouches,
  type CompareOptions, type Comparison, type Quantity, type Token,
} from '../../src/checks/quantities.js';

/**
 * `compare` as its documentation states it, each search a plain scan of the other side: the
 * oracle the indexed searches of `src/checks/quantities.ts` are checked against. Slow (every
 * quantity against every other), and only for the small inputs of property tests.
 */
export function compareByScan(
  en: readonly Quantity[],
  zh: readonly Quantity[],
  enTokens: Token[],
  zhTokens: Token[],
  options: CompareOptions,
): Comparison {
  const result: Comparison = { equal: [], inside: [], unit: [], slips: [], enOnly: [], zhOnly: [] };
  const enLeft = new Set(en);
  const zhLeft = new Set(zh);
  const { tolerance } = options;
  const take = (test: (a: Quantity, b: Quantity) => boolean, into: [Quantity, Quantity][]): void => {
    for (const a of enLeft) {
      for (const b of zhLeft) {
        if (!options.comparable(a, b) || !test(a, b)) continue;
        into.push([a, b]);
        enLeft.delete(a);
        zhLeft.delete(b);
        consume(enTokens, a);
        consume(zhTokens, b);
        break;
      }
    }
  };
  take((a, b) => a.cls === b.cls && a.approx === b.approx && a.fact?.bound === b.fact?.bound && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take((a, b) => a.cls === b.cls && a.approx === b.approx && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take((a, b) => a.approx === b.approx && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take((a, b) => relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take((a, b) => relate(a, b, tolerance) === 'equal', result.unit);
  // A range against its two ends on the other side, a range of either side in turn.
  const sides = [[enLeft, zhLeft, enTokens, zhTokens, false], [zhLeft, enLeft, zhTokens, enTokens, true]] as const;
  for (const [ranges, singles, rangeTokens, singleTokens, zhRanges] of sides) {
    for (const [range, low, high] of rangeEnds(ranges, singles, options)) {
      const into = options.sameUnit(range, low) && options.sameUnit(range, high) ? result.equal : result.unit;
      into.push(zhRanges ? [low, range] : [range, low]);
      if (into === result.equal) into.push(zhRanges ? [high, range] : [range, high]);
      ranges.delete(range);
      singles.delete(low);
      singles.delete(high);
      consume(rangeTokens, range);
      consume(singleTokens, low);
      consume(singleTokens, high);
    }
  }
  // A range against its ends, one of them written wrong: a slip of that end.
  const endSlips: Comparison['slips'] = [];
  for (const [ranges, singles, , singleTokens, zhRanges] of sides) {
    for (const [range, same, other, scale] of rangeEndSlips(ranges, singles, options)) {
      ranges.delete(range);
      singles.delete(same);
      singles.delete(other);
      consume(singleTokens, same);
      const slip = zhRanges ? { en: other, zh: range } : { en: range, zh: other };
      endSlips.push(scale ? { ...slip, scale } : slip);
    }
  }
  take((a, b) => relate(a, b, tolerance) === 'inside' && options.sameUnit(a, b), result.inside);
  take((a, b) => (roughCovers(a, b) || roughCovers(b, a)) && options.sameUnit(a, b), result.equal);
  // The same number in another unit of time: each English length takes the first Chinese one.
  const unitSlips: Comparison['slips'] = [];
  const written = (q: Quantity) => (q.cls === 'duration' && q.fact && typeof q.fact.value === 'string' ? /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(q.fact.value) : null);
  for (const a of enLeft) {
    const wa = written(a);
    const b = wa ? [...zhLeft].find((q) => {
      const wb = written(q);
      return wb !== null && Number(wb[2]) === Number(wa[2]) && `${wb[1]}${wb[3]}` !== `${wa[1]}${wa[3]}`;
    }) : undefined;
    if (!b) continue;
    enLeft.delete(a);
    zhLeft.delete(b);
    unitSlips.push({ en: a, zh: b, otherUnit: true });
  }
  // A token vouches for a single value; a range needs one for each end.
  const vouched = (tokens: Token[], q: Quantity): boolean => {
    if (q.lo === q.hi || q.digits !== undefined) {
      const token = tokens.find((t) => !t.used && vouches(t, q, tolerance));
      if (token) token.used = true;
      return token !== undefined;
    }
    const low = tokens.find((t) => !t.used && vouches(t, { ...q, hi: q.lo }, tolerance));
    const high = low && tokens.find((t) => t !== low && !t.used && vouches(t, { ...q, lo: q.hi }, tolerance));
    if (!low || !high) return false;
    low.used = true;
    high.used = true;
    return true;
  };
  for (const a of enLeft) if (vouched(zhTokens, a)) enLeft.delete(a);
  for (const b of zhLeft) if (vouched(enTokens, b)) zhLeft.delete(b);
  joinSplit(zhLeft, enLeft);
  joinSplit(enLeft, zhLeft);
  restatedPoints(enLeft, zhLeft, zh);
  restatedPoints(zhLeft, enLeft, en);
  shareParts(enLeft, zhLeft, zh);
  shareParts(zhLeft, enLeft, en);
  // A fraction and its share in percent, rounded to the percent's decimals.
  const shareOf = (fraction: Quantity, percent: Quantity): boolean => {
    if (fraction.cls !== 'count' || fraction.lo !== fraction.hi || !(fraction.lo > 0 && fraction.lo < 1)) return false;
    if (/^[0-9.]+$/.test(asciiDigits(fraction.raw).trim()) || percent.cls !== 'percent' || percent.lo !== percent.hi) return false;
    const decimals = String(percent.lo).split('.')[1]?.length ?? 0;
    return Math.abs(fraction.lo * 100 - percent.lo) <= 0.5 * 10 ** -decimals + 1e-9;
  };
  for (const [fractions, percents, zhFractions] of [[enLeft, zhLeft, false], [zhLeft, enLeft, true]] as const) {
    for (const f of fractions) {
      const p = [...percents].find((x) => shareOf(f, x));
      if (!p) continue;
      fractions.delete(f);
      percents.delete(p);
      result.equal.push(zhFractions ? [p, f] : [f, p]);
      consume(zhFractions ? enTokens : zhTokens, p);
      consume(zhFractions ? zhTokens : enTokens, f);
    }
  }
  // Shares rounded on one side (no index: `roundedShares` scans the shares left itself).
  for (const [a, b] of roundedShares(enLeft, zhLeft)) {
    enLeft.delete(a);
    zhLeft.delete(b);
    result.equal.push([a, b]);
    consume(enTokens, a);
    consume(zhTokens, b);
  }
  // The slips: every pair weighed (the scan `compare` runs below its bound), then taken as `compare` takes them.
  result.slips = [...takeSlips(slipCandidates(enLeft, zhLeft, options), enLeft, zhLeft, options), ...unitSlips, ...endSlips];
  const repeated = (left: Set<Quantity>, all: readonly Quantity[]) => (q: Quantity) =>
    all.some((other) => !left.has(other) && other !== q && other.cls === q.cls && options.sameUnit(q, other) && relate(q, other, tolerance) === 'equal');
  result.enOnly = [...enLeft].filter((q) => !repeated(enLeft, en)(q));
  result.zhOnly = [...zhLeft].filter((q) => !repeated(zhLeft, zh)(q));
  return result;
}

/** Each range left takes the first single of its low end, then the first of its high end a few characters after it (same block). */
function rangeEnds(ranges: Set<Quantity>, singles: Set<Quantity>, options: Omit<CompareOptions, 'tolerance'>): [Quantity, Quantity, Quantity][] {
  const out: [Quantity, Quantity, Quantity][] = [];
  const used = new Set<Quantity>();
  const list = [...singles].filter((q) => q.lo === q.hi && q.fact);
  for (const range of ranges) {
    if (range.lo === range.hi || !range.fact) continue;
    const fits = (q: Quantity) => !used.has(q) && options.comparable(range, q);
    for (const low of list) {
      if (low.lo !== range.lo || !fits(low)) continue;
      const high = list.find((q) => q.lo === range.hi && fits(q) && q.fact!.block === low.fact!.block
        && q.fact!.start >= low.fact!.end && q.fact!.start - low.fact!.end <= 12);
      if (!high) continue;
      used.add(low);
      used.add(high);
      out.push([range, low, high]);
      break;
    }
  }
  return out;
}

/** Each range left takes the first neighbours, in the text's order, of which one is an end and the other a slip of the other end. */
function rangeEndSlips(ranges: Set<Quantity>, singles: Set<Quantity>, options: Omit<CompareOptions, 'tolerance'>): [Quantity, Quantity, Quantity, number | undefined][] {
  const out: [Quantity, Quantity, Quantity, number | undefined][] = [];
  const used = new Set<Quantity>();
  const placed = [...singles].filter((q) => q.lo === q.hi && q.fact)
    .sort((a, b) => (a.fact!.block < b.fact!.block ? -1 : a.fact!.block > b.fact!.block ? 1 : a.fact!.start - b.fact!.start));
  for (const range of ranges) {
    if (range.lo === range.hi || !range.fact) continue;
    const near = (a: Quantity, b: Quantity) => a.fact!.block === b.fact!.block && b.fact!.start >= a.fact!.end && b.fact!.start - a.fact!.end <= 12;
    const fits = (q: Quantity | undefined): q is Quantity => q !== undefined && !used.has(q) && options.comparable(range, q);
    let found: [Quantity, Quantity, number | undefined] | undefined;
    for (let k = 0; k < placed.length && !found; k++) {
      const [low, next] = [placed[k]!, placed[k + 1]];
      if (low.lo !== range.lo || !fits(low) || !fits(next) || !near(low, next) || next.lo === range.hi || next.lo <= low.lo) continue;
      const slip = slipBetween({ ...range, lo: range.hi, hi: range.hi }, next);
      if (slip) found = [low, next, slip.scale];
    }
    for (let k = 0; k < placed.length && !found; k++) {
      const [previous, high] = [placed[k - 1], placed[k]!];
      if (high.lo !== range.hi || !fits(high) || !fits(previous) || !near(previous, high) || previous.lo === range.lo || previous.lo >= high.lo) continue;
      const slip = slipBetween({ ...range, lo: range.lo, hi: range.lo }, previous);
      if (slip) found = [high, previous, slip.scale];
    }
    if (!found) continue;
    used.add(found[0]);
    used.add(found[1]);
    out.push([range, found[0], found[1], found[2]]);
  }
  return out;
}

/** A percentage-points leftover that is the difference of a percentage left on the other side and any other there goes, with it. */
function restatedPoints(points: Set<Quantity>, others: Set<Quantity>, all: readonly Quantity[]): void {
  const key = (v: number) => Math.round(v * 1e6);
  for (const q of points) {
    if (q.cls !== 'pp' || q.lo !== q.hi) continue;
    const other = [...others].find((o) => o.cls === 'percent' && o.lo === o.hi && all.some((p) => p.cls === 'percent' && p.lo === p.hi
      && key(p.lo) !== key(o.lo) && (key(p.lo) === key(o.lo + q.lo) || key(p.lo) === key(o.lo - q.lo))));
    if (!other) continue;
    points.delete(q);
    others.delete(other);
  }
}

/** A fraction left whose two written figures the other side states as counts a few characters apart goes, with them. */
function shareParts(shares: Set<Quantity>, counts: Set<Quantity>, all: readonly Quantity[]): void {
  for (const q of shares) {
    if (q.cls !== 'count' || q.lo !== q.hi || !(q.lo > 0 && q.lo < 1) || !q.fact) continue;
    const figures = [...asciiDigits(q.raw).matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
    if (figures.length !== 2 || Math.abs(figures[0]! / figures[1]! - q.lo) > 1e-9) continue;
    const near = (a: Quantity, b: Quantity) => a !== b && a.fact!.block === b.fact!.block
      && Math.max(a.fact!.start - b.fact!.end, b.fact!.start - a.fact!.end) <= 16;
    const isCount = (c: Quantity, v: number) => c.cls === 'count' && c.lo === c.hi && c.lo === v && c.fact !== undefined;
    const part = all.find((p) => isCount(p, figures[0]!) && all.some((w) => isCount(w, figures[1]!) && near(w, p)));
    if (!part) continue;
    const whole = all.find((w) => isCount(w, figures[1]!) && near(w, part))!;
    shares.delete(q);
    counts.delete(part);
    counts.delete(whole);
  }
}

/** Each whole takes the first two parts (in the parts' order) that `joins` joins to it. */
function joinSplit(wholes: Set<Quantity>, parts: Set<Quantity>): void {
  const list = [...parts].filter((q) => q.fact && (q.cls === 'count' || q.cls === 'duration'));
  for (const whole of [...wholes]) {
    if (whole.cls !== 'count' && whole.cls !== 'duration') continue;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (!parts.has(a) || !parts.has(b) || !joins(a, b, whole)) continue;
        wholes.delete(whole);
        parts.delete(a);
        parts.delete(b);
        break outer;
      }
    }
  }
}

/** Marks the first tokens not yet used that a matched quantity was written with. */
function consume(tokens: Token[], q: Quantity): void {
  const spend = (test: (t: Token) => boolean) => {
    const token = tokens.find((t) => !t.used && test(t));
    if (token) token.used = true;
  };
  if (q.fact) {
    spend((t) => t.digits === undefined && t.value === q.lo);
    if (q.hi !== q.lo) spend((t) => t.digits === undefined && t.value === q.hi);
  }
  if (q.digits !== undefined) {
    const digits = q.digits.replace(/^0+(?=\d)/, '');
    spend((t) => t.digits === digits);
    return;
  }
  for (const m of asciiDigits(q.raw).matchAll(/\d+(?:\.\d+)?/g)) {
    const digits = m[0].replace(/^0+(?=\d)/, '');
    spend((t) => t.digits === digits);
  }
}
