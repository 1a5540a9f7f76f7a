/**
 * `items` grouped by a key of each (`keyOf`): each group holds its items in their order, and the
 * groups stand in the order their keys first appear.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Couples items of two lists that share a key (`keyOf`; undefined: no key, never coupled): each
 * item of `a`, in its order, with the first item of `b` of its key not yet coupled. Linear: `b`
 * is grouped once and each group taken in order.
 */
export function coupleByKey<A, B>(a: Iterable<A>, b: Iterable<B>, keyOfA: (item: A) => string | undefined, keyOfB: (item: B) => string | undefined): [A, B][] {
  const byKey = groupBy(b, keyOfB);
  // How many of each key's items of `b` are coupled: they are taken in order.
  const used = new Map<string, number>();
  const out: [A, B][] = [];
  for (const item of a) {
    const key = keyOfA(item);
    if (key === undefined) continue;
    const next = used.get(key) ?? 0;
    const other = byKey.get(key)?.[next];
    if (other === undefined) continue;
    used.set(key, next + 1);
    out.push([item, other]);
  }
  return out;
}
