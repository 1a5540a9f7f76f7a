/**
 * Pieces of JSON exactly as `JSON.stringify(value, null, 2)` prints it, for writers that send a
 * long array out a batch of items at a time instead of holding the whole text (`--json`, SARIF).
 */

/** Array items printed together: few large pieces, each still small. */
export const BATCH = 256;

/**
 * The items of a non-empty array printed as `JSON.stringify` prints them inside an array whose
 * own line is indented by `inner` (two spaces a level): each item on its line at `inner` plus two,
 * separated by `,\n`, with nothing before the first or after the last. Items are taken from
 * `items` a batch at a time, so that a caller may make them as they are printed.
 */
export function* arrayItems(items: Iterable<unknown>, inner: string): Generator<string> {
  const depth = inner.length / 2;
  let batch: unknown[] = [];
  let first = true;
  const print = (): string => {
    // A batch printed as an array at `inner`, less its brackets: its items at `inner` plus two, one after the other.
    const json = nested(batch, depth);
    const text = json.slice(2, json.length - inner.length - 2);
    const piece = first ? text : `,\n${text}`;
    first = false;
    batch = [];
    return piece;
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) yield print();
  }
  if (batch.length > 0) yield print();
}

/**
 * `value` as `JSON.stringify(value, null, 2)` prints it `depth` levels deep, its first line unindented:
 * stringified inside `depth` arrays, so the indentation comes out of one native call with no copy to re-indent.
 */
export function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  // Each wrapping array adds `[`, a newline and the indent of its level before the value, and the same after it.
  const before = depth * (depth + 3);
  const after = depth * (depth + 1);
  return json.slice(before, json.length - after);
}
