import {
  asciiDigits, gluedMark, joins, relate, roughCovers, sameKind, slipBetween, slipRank, vouches,
  type CompareOptions, type Comparison, type Quantity, type Slip, type Token,
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
  const candidates: Slip[] = [];
  for (const a of enLeft) {
    for (const b of zhLeft) {
      if (!options.comparable(a, b) || gluedMark(a, b) || gluedMark(b, a)) continue;
      const slip = slipBetween(a, b);
      if (slip) candidates.push(slip);
    }
  }
  candidates.sort((x, y) => slipRank(x) - slipRank(y));
  for (const slip of candidates) {
    if (!enLeft.has(slip.en) || !zhLeft.has(slip.zh)) continue;
    result.slips.push(slip);
    enLeft.delete(slip.en);
    zhLeft.delete(slip.zh);
  }
  const weak = (q: Quantity) => q.cls === 'code' || (q.lo === 1 && q.hi === 1);
  const soleEn = [...enLeft].filter((q) => !weak(q));
  const soleZh = [...zhLeft].filter((q) => !weak(q));
  if (soleEn.length === 1 && soleZh.length === 1) {
    const [a, b] = [soleEn[0]!, soleZh[0]!];
    const ratio = Math.max(Math.abs(a.lo), Math.abs(b.lo)) / Math.max(Math.min(Math.abs(a.lo), Math.abs(b.lo)), 1e-9);
    if (options.comparable(a, b) && sameKind(a, b) && ratio < 10) {
      result.slips.push({ en: a, zh: b });
      enLeft.delete(a);
      zhLeft.delete(b);
    }
  }
  const ordinalEn = [...enLeft].filter((q) => q.cls === 'ordinal');
  const ordinalZh = [...zhLeft].filter((q) => q.cls === 'ordinal');
  if (ordinalEn.length === 1 && ordinalZh.length === 1) {
    const [a, b] = [ordinalEn[0]!, ordinalZh[0]!];
    if (a.lo !== b.lo && Math.max(a.lo, b.lo) < 10 * Math.max(Math.min(a.lo, b.lo), 1)) {
      result.slips.push({ en: a, zh: b });
      enLeft.delete(a);
      zhLeft.delete(b);
    }
  }
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
