/**
 * Slots for the beads a search asks about, in typed arrays open-addressed by the bead (`i * 4 + di`
 * plus one, 0 for a free slot; `j * 4 + dj`) with linear probing: a search asks hundreds of
 * thousands of beads, which a Map would key by boxed numbers (one number made of both keys passes
 * 2^31 on a long document). The values live in the caller's own typed arrays, one slot each; when
 * the table grows, it tells the caller where each old slot went (`moved`). A table given a `most`
 * is emptied when it holds that many beads and takes another.
 */
export class BeadSlots {
  private mask: number;
  private enKeys: Int32Array;
  private zhKeys: Int32Array;
  private count = 0;

  /**
   * `size`: the first number of slots, a power of two. `moved(to, size)`: the table now has
   * `size` slots, and the bead of old slot `k` stands in slot `to[k]` (-1: the slot was free).
   * `most`: the beads the table holds before it is emptied.
   */
  constructor(size: number, private readonly moved: (to: Int32Array, size: number) => void, private readonly most = Infinity) {
    this.mask = size - 1;
    this.enKeys = new Int32Array(size);
    this.zhKeys = new Int32Array(size);
  }

  /** The slot of a bead: its own, or the free slot where it would go. */
  slotOf(i: number, di: number, j: number, dj: number): number {
    return this.place(i * 4 + di + 1, j * 4 + dj);
  }

  /** Whether a slot holds no bead. */
  isFree(at: number): boolean {
    return this.enKeys[at] === 0;
  }

  /**
   * Puts a bead in its free slot `at`, emptying the table first when it holds `most` beads and
   * growing it when it is half full; returns the bead's slot.
   */
  take(i: number, di: number, j: number, dj: number, at: number): number {
    const a = i * 4 + di + 1;
    const b = j * 4 + dj;
    let slot = at;
    if (this.count >= this.most) {
      this.clear();
      slot = this.place(a, b);
    }
    if (++this.count * 2 > this.mask) {
      this.grow();
      slot = this.place(a, b);
    }
    this.enKeys[slot] = a;
    this.zhKeys[slot] = b;
    return slot;
  }

  /** How many beads the table holds. */
  get size(): number {
    return this.count;
  }

  /** Frees every slot. */
  private clear(): void {
    this.enKeys.fill(0);
    this.count = 0;
  }

  private place(a: number, b: number): number {
    const { enKeys, zhKeys, mask } = this;
    let at = hashPair(a, b) & mask;
    while (enKeys[at] !== 0 && (enKeys[at] !== a || zhKeys[at] !== b)) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const oldEn = this.enKeys;
    const oldZh = this.zhKeys;
    this.mask = this.mask * 2 + 1;
    this.enKeys = new Int32Array(this.mask + 1);
    this.zhKeys = new Int32Array(this.mask + 1);
    const to = new Int32Array(oldEn.length).fill(-1);
    for (let k = 0; k < oldEn.length; k++) {
      if (oldEn[k] === 0) continue;
      const at = this.place(oldEn[k]!, oldZh[k]!);
      this.enKeys[at] = oldEn[k]!;
      this.zhKeys[at] = oldZh[k]!;
      to[k] = at;
    }
    this.moved(to, this.mask + 1);
  }
}

/** `from`'s values in a new array of `size` slots, each at the slot `to` gives it (see `BeadSlots`). */
export function movedValues<T extends Float64Array | Uint8Array>(from: T, to: Int32Array, size: number, make: (size: number) => T): T {
  const into = make(size);
  for (let k = 0; k < to.length; k++) if (to[k]! >= 0) into[to[k]!] = from[k]!;
  return into;
}

/** Slots a run of a row's beads stands in side by side (see `hashPair`). */
const RUN_BITS = 4;
const RUN_MASK = (1 << RUN_BITS) - 1;

/**
 * A hash of two small non-negative integers (a bead's English and Chinese keys) that keeps runs
 * of 16 consecutive Chinese keys of one English key side by side: the run is hashed, the key's
 * place in it kept. A search asks the beads of a row of its band one after another, which then
 * share cache lines instead of standing a cache miss apart. Runs, not whole rows: a row of a wide
 * band laid out whole made clusters that linear probing walked for hundreds of slots.
 */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul((b >>> RUN_BITS) + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
  return (h & ~RUN_MASK) | (b & RUN_MASK);
}
