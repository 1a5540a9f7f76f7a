/**
 * A memo of a pure function of a string: a text repeats its words and names, so a run asks the
 * same keys again and again. It is emptied when it holds `limit` answers, so that a corpus of
 * many distinct keys does not grow it without end.
 */
export function memoized<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      if (known.size >= limit) known.clear();
      answer = compute(key);
      known.set(key, answer);
    }
    return answer;
  };
}

/** A value built on its first use and kept: static data (a table) that not every run needs. */
export function lazyValue<V>(build: () => V): () => V {
  let built = false;
  let value: V;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/** The length of the longest of `texts` (0 for none), without spreading them into a call. */
export function longestLength(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) if (text.length > longest) longest = text.length;
  return longest;
}
