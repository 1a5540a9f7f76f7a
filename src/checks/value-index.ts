/**
 * Items of one side of a comparison, sorted by a value of each (a quantity's lower value, a
 * token's value), for the question `compare` asks of every item of the other side: of the items
 * still in play whose value lies in a range, which comes first in the side's own order and
 * passes a test. A scan of the whole side for each item made a pair of long blocks with
 * thousands of numbers that differ take minutes; the ranges a comparison needs are narrow, so
 * each question now reads the few items near a value.
 *
 * Items whose value is not a finite number are not indexed: no range holds them.
 */
export class ValueIndex<T> {
  /** Values in ascending order; items of one value in their order. */
  private readonly values: Float64Array;
  private readonly orders: Int32Array;
  private readonly items: T[];
  /** The end of the run of equal values each position stands in. */
  private readonly runEnd: Int32Array;
  /** `next[p]`: no item between `p` and it is still in play (pointers shortened as they are read). */
  private readonly next: Int32Array;
  private readonly positionOf = new Map<T, number>();

  /** `items` in their order; `valueOf` reads the value each is sorted by. */
  constructor(items: Iterable<T>, valueOf: (item: T) => number, orderOf?: (item: T) => number) {
    const entries: { item: T; value: number; order: number }[] = [];
    let order = 0;
    for (const item of items) {
      const value = valueOf(item);
      const at = orderOf ? orderOf(item) : order;
      order++;
      if (Number.isFinite(value)) entries.push({ item, value, order: at });
    }
    entries.sort((a, b) => a.value - b.value || a.order - b.order);
    const n = entries.length;
    this.values = new Float64Array(n);
    this.orders = new Int32Array(n);
    this.items = new Array<T>(n);
    this.runEnd = new Int32Array(n);
    this.next = new Int32Array(n + 1);
    for (let p = 0; p < n; p++) {
      const entry = entries[p]!;
      this.values[p] = entry.value;
      this.orders[p] = entry.order;
      this.items[p] = entry.item;
      this.positionOf.set(entry.item, p);
    }
    for (let p = n - 1; p >= 0; p--) this.runEnd[p] = p + 1 < n && this.values[p + 1] === this.values[p] ? this.runEnd[p + 1]! : p + 1;
    for (let p = 0; p <= n; p++) this.next[p] = p;
  }

  /** Takes an item out of play (it is never found again). */
  remove(item: T): void {
    const p = this.positionOf.get(item);
    if (p !== undefined) this.next[p] = p + 1;
  }

  /**
   * The item in play with a value in `[lo, hi]` that comes first in order and passes `test`,
   * if it comes before `best` (the order of an item already found elsewhere); `gone` tells of
   * items taken out of play by other means (a token used), which are then skipped for good.
   */
  first(lo: number, hi: number, best: Found<T> | undefined, test: (item: T) => boolean, gone?: (item: T) => boolean): Found<T> | undefined {
    let found = best;
    const n = this.items.length;
    for (let p = this.live(this.lowerBound(lo)); p < n && this.values[p]! <= hi; p = this.live(p)) {
      const item = this.items[p]!;
      if (gone?.(item)) {
        this.next[p] = p + 1;
        continue;
      }
      // Items of one value stand in their order: past one that is too late, or one found, the
      // rest of the value's run can do no better.
      if (found !== undefined && this.orders[p]! >= found.order) {
        p = this.runEnd[p]!;
        continue;
      }
      if (test(item)) {
        found = { item, order: this.orders[p]! };
        p = this.runEnd[p]!;
        continue;
      }
      p++;
    }
    return found;
  }

  /** Calls `each` with every item in play with a value in `[lo, hi]`, and its order. */
  each(lo: number, hi: number, each: (item: T, order: number) => void): void {
    const n = this.items.length;
    for (let p = this.live(this.lowerBound(lo)); p < n && this.values[p]! <= hi; p = this.live(p + 1)) each(this.items[p]!, this.orders[p]!);
  }

  /** Calls `each` with the `k` items in play nearest below `value` and the `k` from it up (by position), and their order. */
  nearest(value: number, k: number, each: (item: T, order: number) => void): void {
    if (Number.isNaN(value)) return;
    const n = this.items.length;
    const from = this.lowerBound(value);
    let p = this.live(from);
    for (let taken = 0; taken < k && p < n; taken++, p = this.live(p + 1)) each(this.items[p]!, this.orders[p]!);
    // Below: positions in play, walked down (the pointers lead up, so each is asked in turn).
    let taken = 0;
    for (let q = from - 1; q >= 0 && taken < k; q--) {
      if (this.live(q) !== q) continue;
      each(this.items[q]!, this.orders[q]!);
      taken++;
    }
  }

  /** The first position whose value is `lo` or more. */
  private lowerBound(lo: number): number {
    let a = 0;
    let b = this.values.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.values[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** The first position from `p` on whose item is in play (the length when none is). */
  private live(p: number): number {
    const next = this.next;
    let r = p;
    while (next[r] !== r) r = next[r]!;
    for (let c = p; next[c] !== r;) {
      const after = next[c]!;
      next[c] = r;
      c = after;
    }
    return r;
  }
}

/** An item found, with its place in its side's order. */
export interface Found<T> {
  item: T;
  order: number;
}
