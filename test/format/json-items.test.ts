import { describe, expect, it } from 'vitest';
import { BATCH_MOST, PIECE_MOST, arrayItems, nested } from '../../src/format/json-items.js';

/** The items of `items` as `JSON.stringify(value, null, 2)` prints them in an array at `inner`. */
function printedItems(items: unknown[], inner: string): string {
  const json = nested(items, inner.length / 2);
  return json.slice(2, json.length - inner.length - 2);
}

/** A block of the JSON contract, its text `length` characters of Chinese and English. */
function block(k: number, length: number): Record<string, unknown> {
  const text = '成都软件 Chengdu software 2024年 '.repeat(Math.ceil(length / 27)).slice(0, length);
  return { id: `b${k}`, index: k, start: k * 100, end: k * 100 + length, line: k + 1, column: 1, lang: 'zh', text };
}

describe('array items printed in pieces', () => {
  it('prints the same text as one JSON.stringify, at any indent, whatever the items weigh', () => {
    const shapes: unknown[][] = [
      [1],
      Array.from({ length: 5000 }, (_, k) => k),
      Array.from({ length: 3000 }, (_, k) => block(k, 40)),
      Array.from({ length: 300 }, (_, k) => block(k, 2000)),
      Array.from({ length: 700 }, (_, k) => block(k, k % 7 === 0 ? 9000 : 30)),
      [block(0, 200_000), 'a', { nested: [1, [2, { three: '三' }]] }, null, block(1, 10)],
    ];
    for (const items of shapes) {
      for (const inner of ['', '  ', '      ']) {
        expect([...arrayItems(items, inner)].join('')).toBe(printedItems(items, inner));
      }
    }
  });

  it('keeps each piece under PIECE_MOST characters unless one item alone is longer', () => {
    const items = [
      ...Array.from({ length: 2000 }, (_, k) => block(k, 60)),
      ...Array.from({ length: 200 }, (_, k) => block(k, 3000)),
      block(0, 100_000),
      ...Array.from({ length: 2000 }, (_, k) => block(k, 60)),
    ];
    const pieces = [...arrayItems(items, '    ')];
    // The first piece of heavier items runs over before the count follows their weight, and so
    // does the piece of the one long item; the rest keep under.
    const over = pieces.filter((p) => p.length > PIECE_MOST);
    expect(over.length).toBeLessThanOrEqual(2);
    expect(over.some((p) => p.length > 100_000 && p.length < 120_000)).toBe(true);
    expect(pieces.length).toBeGreaterThan(20);
  });

  it('takes more items a piece when pieces come out short, up to BATCH_MOST', () => {
    const items = Array.from({ length: BATCH_MOST * 6 }, (_, k) => k % 10);
    const pieces = [...arrayItems(items, '')];
    const counts = pieces.map((p) => p.split('\n').filter((line) => /\d/.test(line)).length);
    expect(counts.reduce((a, b) => Math.max(a, b), 0)).toBe(BATCH_MOST);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(items.length);
  });

  it('takes the items from an iterable a batch at a time', () => {
    let made = 0;
    function* items(): Generator<number> {
      for (let k = 0; k < 10_000; k++) {
        made++;
        yield k;
      }
    }
    const pieces = arrayItems(items(), '  ');
    pieces.next();
    expect(made).toBeLessThan(1000);
    expect([...pieces].length).toBeGreaterThan(0);
    expect(made).toBe(10_000);
  });
});
