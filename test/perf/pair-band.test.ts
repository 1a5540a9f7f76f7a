import { describe, expect, it } from 'vitest';
import { beadCountMemo } from '../../src/pipeline/pair/bead-cost.js';
import { alignMonotonic, band, bandBudget, BAND_CELLS_LEAST, BAND_CELLS_MOST, BAND_CELLS_PER_ITEM, GUIDED_WIDTH, MOVES, PILOT_FIRST_ITEMS, type Bead, type BeadCost } from '../../src/pipeline/pair-dp.js';

/**
 * The pairing search widens its band only while that can find a better path, and never past a
 * budget linear in the items: two sequences that do not translate each other cost a few searches,
 * not their product.
 */

/** Whether `beads` cover each item of both sequences once, in order. */
function coversAll(beads: readonly Bead[], nEn: number, nZh: number): boolean {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    if (b.enStart !== i || b.zhStart !== j || b.enCount + b.zhCount === 0) return false;
    i += b.enCount;
    j += b.zhCount;
  }
  return i === nEn && j === nZh;
}

/** A cost that counts its calls: links by `link` (`Infinity`: no link), an English block left alone 4, a Chinese one 2.5. */
function counted(link: (i: number, di: number, j: number, dj: number) => number): { cost: BeadCost; calls: () => number } {
  let n = 0;
  const cost: BeadCost = (i, di, j, dj) => {
    n++;
    if (di === 0) return 2.5;
    if (dj === 0) return 4;
    return link(i, di, j, dj);
  };
  return { cost, calls: () => n };
}

describe('pairing band', () => {
  it('does not widen for a long Chinese tail after the last English block, whatever order its skips were drawn in', () => {
    // An interleaved page: English block i before Chinese block i, the last three English
    // blocks untranslated, then `tail` Chinese lines with no English after them.
    const run = (tail: number) => {
      const nEn = 12;
      const nZh = 9 + tail;
      const { cost, calls } = counted((i, di, j, dj) => (di === 1 && dj === 1 && i === j && i < 9 ? -5 : Infinity));
      const center = (i: number) => (i < nEn ? Math.min(i, 9) : nZh);
      const beads = alignMonotonic(nEn, nZh, cost, center, 8);
      return { beads, calls: calls(), nEn, nZh };
    };
    for (const tail of [2_000, 4_000]) {
      const { beads, calls, nEn, nZh } = run(tail);
      expect(coversAll(beads, nEn, nZh)).toBe(true);
      const links = beads.filter((b) => b.enCount > 0 && b.zhCount > 0);
      expect(links.map((b) => [b.enStart, b.zhStart])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => [k, k]));
      // One band of about the tail's cells, each asked a few moves: the whole grid would be 13 rows of it.
      expect(calls).toBeLessThan(6 * (nEn + nZh));
    }
  });

  it('still widens when a path runs along the edge by links (the partners lie outside the band)', () => {
    // English i translates Chinese i + 30: a band of 8 around the diagonal cannot hold the links.
    const nEn = 60;
    const nZh = 90;
    const { cost } = counted((i, di, j, dj) => (di === 1 && dj === 1 && j === i + 30 ? -5 : Infinity));
    const beads = alignMonotonic(nEn, nZh, cost, (i) => i, 8);
    expect(coversAll(beads, nEn, nZh)).toBe(true);
    expect(beads.filter((b) => b.enCount > 0 && b.zhCount > 0).length).toBe(60);
  });

  it('stops widening at its budget and still covers every item', () => {
    // Partners far off the diagonal: the band doubles until its next width would pass the budget.
    const nEn = 400;
    const nZh = 400;
    const sizes: number[] = [];
    const { cost } = counted((i, di, j, dj) => (di === 1 && dj === 1 && j === i + 300 ? -5 : Infinity));
    const center = (i: number) => i;
    const budget = 20_000;
    const found = alignMonotonic(nEn, nZh, cost, center, 8, MOVES, undefined, budget);
    for (let w = 8; band(nEn, nZh, center, w).size <= budget; w *= 2) sizes.push(band(nEn, nZh, center, w).size);
    expect(coversAll(found, nEn, nZh)).toBe(true);
    // Without the budget the search reaches the partners, 300 items off; within it, it cannot.
    const wide = alignMonotonic(nEn, nZh, cost, center, 8);
    expect(wide.filter((b) => b.enCount > 0 && b.zhCount > 0).length).toBe(100);
    expect(found.filter((b) => b.enCount > 0 && b.zhCount > 0).length).toBe(0);
    expect(sizes.length).toBeGreaterThan(1);
  });

  it('lays a band the path runs along where a cheaper search finds the path, rather than widening it at full cost', () => {
    // Two line files: the Chinese one holds 200 lines more in the middle, so the partners of the
    // second half stand far off the length diagonal (up to 133 lines).
    const nEn = 600;
    const nZh = 800;
    const partner = (i: number) => (i < 200 ? i : i + 200);
    const link = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && j === partner(i) ? -5 : Infinity);
    const center = (i: number) => (i * nZh) / nEn;
    const links = (beads: readonly Bead[]) => beads.filter((b) => b.enCount > 0 && b.zhCount > 0).map((b) => [b.enStart, b.zhStart]);
    const truth = Array.from({ length: nEn }, (_, i) => [i, partner(i)]);

    const widened = counted(link);
    const wide = alignMonotonic(nEn, nZh, widened.cost, center, 40);
    const steered = counted(link);
    const pilot = counted(link);
    const steer = alignMonotonic(nEn, nZh, steered.cost, center, 40, MOVES, undefined, undefined, pilot.cost);
    expect(links(wide)).toEqual(truth);
    expect(links(steer)).toEqual(truth);
    expect(coversAll(steer, nEn, nZh)).toBe(true);
    // The full cost is asked over the first band and one band along the pilot's path, not over bands of 80 and 160 too.
    expect(steered.calls()).toBeLessThan(widened.calls() / 2);
    // A pilot that points the wrong way (its links on the diagonal) costs a search more, not the right path.
    const misled = counted(link);
    const wrong = counted((i, di, j, dj) => (di === 1 && dj === 1 && j === i ? -5 : Infinity));
    expect(links(alignMonotonic(nEn, nZh, misled.cost, center, 40, MOVES, undefined, undefined, wrong.cost))).toEqual(truth);
  });

  it('on a long pair, asks the pilot first and the full cost only along its path when the pilot runs along the edge', () => {
    // The line files above at three times the length, past PILOT_FIRST_ITEMS: the full cost is
    // asked over the band along the pilot's path alone, not first over the length diagonal's.
    const nEn = 1_800;
    const nZh = 2_400;
    expect(nEn + nZh).toBeGreaterThanOrEqual(PILOT_FIRST_ITEMS);
    const partner = (i: number) => (i < 600 ? i : i + 600);
    const link = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && j === partner(i) ? -5 : Infinity);
    const center = (i: number) => (i * nZh) / nEn;
    const links = (beads: readonly Bead[]) => beads.filter((b) => b.enCount > 0 && b.zhCount > 0).map((b) => [b.enStart, b.zhStart]);
    const steered = counted(link);
    const pilot = counted(link);
    const steer = alignMonotonic(nEn, nZh, steered.cost, center, 40, MOVES, undefined, undefined, pilot.cost);
    expect(links(steer)).toEqual(Array.from({ length: nEn }, (_, i) => [i, partner(i)]));
    expect(coversAll(steer, nEn, nZh)).toBe(true);
    // The full cost is asked over about one band of the width (the band along the pilot's path),
    // not over the length diagonal's band first as well (twice as many asks).
    const diagonal = counted(link);
    alignMonotonic(nEn, nZh, diagonal.cost, center, 40, MOVES, undefined, band(nEn, nZh, center, 40).size);
    expect(steered.calls()).toBeLessThan(diagonal.calls() * 1.5);
    // A long pair whose path keeps off the edge: the pilot's one search, then the full cost along
    // its path, over a band a fifth as wide as the length diagonal's: the same beads.
    const straight = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && j === i ? -5 : Infinity);
    const plain = counted(straight);
    const guide = counted(straight);
    const full = counted(straight);
    expect(alignMonotonic(2_000, 2_000, full.cost, (i) => i, 40, MOVES, undefined, undefined, guide.cost)).toEqual(alignMonotonic(2_000, 2_000, plain.cost, (i) => i, 40));
    expect(full.calls()).toBeLessThan(plain.calls() / 3);
    expect(guide.calls()).toBeGreaterThan(0);
  });

  it('widens the band along a pilot\'s path when the full cost\'s path leaves it by more than its width', () => {
    // The pilot (lengths alone) sees the diagonal; the word evidence puts the second half's
    // partners 12 lines further on, past the GUIDED_WIDTH band the full search starts from.
    const nEn = 1_200;
    const nZh = 1_212;
    expect(nEn + nZh).toBeGreaterThanOrEqual(PILOT_FIRST_ITEMS);
    expect(12).toBeGreaterThan(GUIDED_WIDTH);
    const partner = (i: number) => (i < 600 ? i : i + 12);
    const full = counted((i, di, j, dj) => (di === 1 && dj === 1 && j === partner(i) ? -5 : Infinity));
    const pilot = counted((i, di, j, dj) => (di === 1 && dj === 1 && j === i ? -5 : Infinity));
    const beads = alignMonotonic(nEn, nZh, full.cost, (i) => (i * nZh) / nEn, 40, MOVES, undefined, undefined, pilot.cost);
    const links = beads.filter((b) => b.enCount > 0 && b.zhCount > 0).map((b) => [b.enStart, b.zhStart]);
    expect(links).toEqual(Array.from({ length: nEn }, (_, i) => [i, partner(i)]));
    expect(coversAll(beads, nEn, nZh)).toBe(true);
  });

  it('leaves a search whose path keeps off its edge as it was, pilot or not', () => {
    const nEn = 300;
    const nZh = 330;
    const link = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && j === i + Math.floor(i / 10) ? -5 : Infinity);
    const center = (i: number) => (i * nZh) / nEn;
    const plain = counted(link);
    const pilot = counted(link);
    const steered = counted(link);
    const a = alignMonotonic(nEn, nZh, plain.cost, center, 40);
    const b = alignMonotonic(nEn, nZh, steered.cost, center, 40, MOVES, undefined, undefined, pilot.cost);
    expect(b).toEqual(a);
    expect(pilot.calls()).toBe(0);
    expect(steered.calls()).toBe(plain.calls());
  });

  it('gives the same margins when its searches keep no bead costs for them (the pilot\'s searches keep none)', () => {
    // The pilot given as the cost itself: every search is then a pilot's, and the margins' backward pass asks the costs again.
    const link = (i: number, di: number, j: number, dj: number) => (dj === 0 || di === 0 ? Infinity : (i * 7 + j * 3 + di + dj) % 11 - (j === i + Math.floor(i / 9) ? 9 : 0));
    for (const [nEn, nZh] of [[60, 70], [PILOT_FIRST_ITEMS / 2, PILOT_FIRST_ITEMS / 2 + 40]] as const) {
      const center = (i: number) => (i * nZh) / nEn;
      const plain = counted(link);
      const kept = alignMonotonic(nEn, nZh, plain.cost, center, 8);
      const both = counted(link);
      const asked = alignMonotonic(nEn, nZh, both.cost, center, 8, MOVES, undefined, undefined, both.cost);
      expect(asked).toEqual(kept);
      expect(kept.some((b) => (b.margin ?? 0) > 0)).toBe(true);
    }
  });

  it('budgets a band linear in the items, between its least and its most', () => {
    expect(bandBudget(10, 10)).toBe(BAND_CELLS_LEAST);
    expect(bandBudget(3_000, 3_000)).toBe(BAND_CELLS_PER_ITEM * 6_002);
    expect(bandBudget(500_000, 20)).toBe(BAND_CELLS_MOST);
    // The whole grid of 255 items a side fits the least budget.
    expect(band(255, 255, (i) => i, 255).size).toBe(BAND_CELLS_LEAST);
  });
});

describe('bead count memo', () => {
  it('gives what its count gives for any bead, asked in any order, as it grows and when emptied', () => {
    const count = (i: number, di: number, j: number, dj: number) => (i * 7 + di * 3 + j * 5 + dj) % 7;
    for (const most of [50, 1 << 20]) {
      let calls = 0;
      const memo = beadCountMemo(most, (i, di, j, dj) => {
        calls++;
        return count(i, di, j, dj);
      });
      let state = 11;
      const next = (n: number) => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return (state >>> 8) % n;
      };
      const distinct = new Set<string>();
      for (let k = 0; k < 20_000; k++) {
        const [i, di, j, dj] = [next(40), next(4), next(40), next(4)];
        distinct.add(`${i},${di},${j},${dj}`);
        expect(memo(i, di, j, dj)).toBe(count(i, di, j, dj));
      }
      // A memo that holds every bead works each out once; one emptied at 50 works some out again.
      if (most > 20_000) expect(calls).toBe(distinct.size);
      else expect(calls).toBeGreaterThan(distinct.size);
    }
  });
});
