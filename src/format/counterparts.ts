import type { Fact } from '../types.js';

/** A key under which two facts of different languages count as the same value. */
export function valueKey(f: Fact): string {
  return `${f.kind}|${f.value}|${f.max ?? ''}|${f.unit ?? ''}`;
}

/**
 * Matches each English fact with the first unmatched Chinese fact of the same value, in
 * reading order. Returns the matched couples and what is left on each side. Linear in the
 * number of facts (one queue per value).
 */
export function matchFacts(en: readonly Fact[], zh: readonly Fact[]): { matched: [Fact, Fact][]; enOnly: Fact[]; zhOnly: Fact[] } {
  const queues = new Map<string, { facts: Fact[]; next: number }>();
  for (const f of zh) {
    const queue = queues.get(valueKey(f));
    if (queue) queue.facts.push(f);
    else queues.set(valueKey(f), { facts: [f], next: 0 });
  }
  const taken = new Set<Fact>();
  const matched: [Fact, Fact][] = [];
  const enOnly: Fact[] = [];
  for (const f of en) {
    const queue = queues.get(valueKey(f));
    const other = queue?.facts[queue.next];
    if (!queue || !other) { enOnly.push(f); continue; }
    queue.next++;
    taken.add(other);
    matched.push([f, other]);
  }
  return { matched, enOnly, zhOnly: zh.filter((f) => !taken.has(f)) };
}
