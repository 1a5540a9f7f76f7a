import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeadSlots, movedValues } from '../../src/pipeline/pair/bead-slots.js';
import { doublingRatio } from '../perf/timing.js';

/** A table of beads with one value each, as the word evidence keeps its shares (emptied at `most` beads, when given). */
function table(size: number, most?: number) {
  let values = new Float64Array(size);
  const slots = new BeadSlots(size, (to, grown) => {
    values = movedValues(values, to, grown, (n) => new Float64Array(n));
  }, most);
  const put = (i: number, di: number, j: number, dj: number, value: number) => {
    const at = slots.slotOf(i, di, j, dj);
    if (!slots.isFree(at)) return false;
    // The slot first: taking it may grow the table, and so replace the array.
    const slot = slots.take(i, di, j, dj, at);
    values[slot] = value;
    return true;
  };
  const get = (i: number, di: number, j: number, dj: number) => {
    const at = slots.slotOf(i, di, j, dj);
    return slots.isFree(at) ? undefined : values[at];
  };
  return { slots, put, get };
}

const bead = fc.tuple(fc.nat(3000), fc.integer({ min: 0, max: 3 }), fc.nat(3000), fc.integer({ min: 0, max: 3 }));

describe('BeadSlots', () => {
  it('finds each bead put in it, with its value, as a Map keyed by the bead does, through every growth', () => {
    fc.assert(fc.property(fc.array(bead, { maxLength: 400 }), fc.constantFrom(2, 8, 64), (beads, size) => {
      const t = table(size);
      const known = new Map<string, number>();
      beads.forEach(([i, di, j, dj], k) => {
        const key = `${i},${di},${j},${dj}`;
        expect(t.put(i, di, j, dj, k)).toBe(!known.has(key));
        if (!known.has(key)) known.set(key, k);
      });
      expect(t.slots.size).toBe(known.size);
      for (const [key, value] of known) {
        const [i, di, j, dj] = key.split(',').map(Number) as [number, number, number, number];
        expect(t.get(i, di, j, dj)).toBe(value);
      }
      // Beads never put are not found, neighbours of those put included.
      for (const [i, di, j, dj] of beads) {
        for (const other of [[i, di, j + 1, dj], [i + 1, di, j, dj], [i, (di + 1) % 4, j, dj]] as const) {
          const key = other.join(',');
          if (!known.has(key)) expect(t.get(...other)).toBeUndefined();
        }
      }
    }), { numRuns: 300 });
  });

  it('empties itself when it holds `most` beads and takes another, and then finds only the beads put since', () => {
    fc.assert(fc.property(fc.array(bead, { maxLength: 400 }), fc.constantFrom(1, 7, 50), (beads, most) => {
      const t = table(8, most);
      // The beads since the table was last emptied, with their values, as a Map of them holds.
      let since = new Map<string, number>();
      beads.forEach(([i, di, j, dj], k) => {
        const key = `${i},${di},${j},${dj}`;
        if (since.has(key)) {
          expect(t.put(i, di, j, dj, k)).toBe(false);
        } else {
          if (since.size >= most) since = new Map();
          expect(t.put(i, di, j, dj, k)).toBe(true);
          since.set(key, k);
        }
        expect(t.slots.size).toBe(since.size);
      });
      for (const [key, value] of since) {
        const [i, di, j, dj] = key.split(',').map(Number) as [number, number, number, number];
        expect(t.get(i, di, j, dj)).toBe(value);
      }
    }), { numRuns: 300 });
  });

  it('holds the beads of a wide band, row after row, in time linear in its width', () => {
    // Rows of a band and four moves, as a search asks them: the beads of a row stand side by side
    // in runs, which must not merge into clusters that the probing walks across.
    const fill = (width: number) => {
      const t = table(64);
      for (let i = 0; i < 100; i++) for (let j = i; j < i + width; j++) for (const [di, dj] of [[1, 1], [1, 0], [0, 1], [2, 1]] as const) t.put(i, di, j, dj, i * 100_000 + j);
      return t;
    };
    const t = fill(600);
    expect(t.slots.size).toBe(100 * 600 * 4);
    for (let i = 0; i < 100; i += 7) for (let j = i; j < i + 600; j += 41) expect(t.get(i, 2, j, 1)).toBe(i * 100_000 + j);
    expect(doublingRatio(200, fill)).toBeLessThan(3);
  }, 60_000);
});
