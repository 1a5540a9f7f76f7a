import {
  asciiDigits, joins, relate, roughCovers, slipCandidates, takeSlips, vouches,
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
  take((a, b) => a.approx === b.approx && relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take((a, b) => relate(a, b, tolerance) === 'equal' && options.sameUnit(a, b), result.equal);
  take((a, b) => relate(a, b, tolerance) === 'equal', result.unit);
  take((a, b) => relate(a, b, tolerance) === 'inside' && options.sameUnit(a, b), result.inside);
  take((a, b) => (roughCovers(a, b) || roughCovers(b, a)) && options.sameUnit(a, b), result.equal);
  for (const a of enLeft) {
    const token = zhTokens.find((t) => !t.used && vouches(t, a, tolerance));
    if (token) { token.used = true; enLeft.delete(a); }
  }
  for (const b of zhLeft) {
    const token = enTokens.find((t) => !t.used && vouches(t, b, tolerance));
    if (token) { token.used = true; zhLeft.delete(b); }
  }
  joinSplit(zhLeft, enLeft);
  joinSplit(enLeft, zhLeft);
  // The slips: every pair weighed (the scan `compare` runs below its bound), then taken as `compare` takes them.
  result.slips = takeSlips(slipCandidates(enLeft, zhLeft, options), enLeft, zhLeft, options);
  const repeated = (left: Set<Quantity>, all: readonly Quantity[]) => (q: Quantity) =>
    all.some((other) => !left.has(other) && other !== q && other.cls === q.cls && options.sameUnit(q, other) && relate(q, other, tolerance) === 'equal');
  result.enOnly = [...enLeft].filter((q) => !repeated(enLeft, en)(q));
  result.zhOnly = [...zhLeft].filter((q) => !repeated(zhLeft, zh)(q));
  return result;
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
