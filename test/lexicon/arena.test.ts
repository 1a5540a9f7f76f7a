import { describe, expect, it } from 'vitest';
import { Arena } from '../../src/lexicon/score.js';

describe('Arena', () => {
  it('hands out zeroed lists that never overlap, on shared buffers, and a long list its own', () => {
    const arena = new Arena((n) => new Int32Array(n));
    const lists = [3, 0, 1, 500, 7, 1024, 2000, 4000, 1].map((n) => arena.take(n));
    lists.forEach((list, k) => {
      expect(list.every((x) => x === 0)).toBe(true);
      list.fill(k + 1);
    });
    // Each list still holds only its own value: none was written through another.
    lists.forEach((list, k) => expect(list.every((x) => x === k + 1)).toBe(true));
    expect(lists[0]!.buffer).toBe(lists[2]!.buffer);
    expect(lists[7]!.length).toBe(4000);
    expect(lists[7]!.buffer.byteLength).toBe(4000 * 4);
  });
});
