import type { Block, FileResult, Pair } from '../types.js';
import { cueRuns } from '../checks/block-kind.js';

/**
 * One item of a file in reading order: a pair, or a block outside every pair. A run of
 * subtitle cue lines outside pairs (cue numbers, timestamps) is one item at its first line,
 * holding every block of the run, so a report tells the run once.
 */
export type ReadingItem =
  | { pair: Pair; first: number }
  | { loose: Block; run: Block[]; first: number };

/** The pairs and the blocks outside pairs of a file, by the first block of each. Linear but for the sort. */
export function readingOrder(result: FileResult): ReadingItem[] {
  const position = new Map<string, number>();
  result.blocks.forEach((b, i) => position.set(b.id, i));
  const inPairs = new Set<string>();
  const items: ReadingItem[] = [];
  for (const pair of result.pairs) {
    let first = Infinity;
    for (const id of pair.en) { inPairs.add(id); first = Math.min(first, position.get(id) ?? Infinity); }
    for (const id of pair.zh) { inPairs.add(id); first = Math.min(first, position.get(id) ?? Infinity); }
    items.push({ pair, first });
  }
  const runOf = new Map<string, Block[]>();
  const later = new Set<string>();
  for (const run of cueRuns(result.blocks)) {
    const outside = run.filter((b) => !inPairs.has(b.id));
    if (outside.length < 2) continue;
    runOf.set(outside[0]!.id, outside);
    for (let i = 1; i < outside.length; i++) later.add(outside[i]!.id);
  }
  result.blocks.forEach((b, i) => {
    if (!inPairs.has(b.id) && !later.has(b.id)) items.push({ loose: b, run: runOf.get(b.id) ?? [b], first: i });
  });
  return items.sort((a, b) => a.first - b.first);
}
