/**
 * Pieces of JSON exactly as `JSON.stringify(value, null, 2)` prints it, for writers that send a
 * long array out a batch of items at a time instead of holding the whole text (`--json`, SARIF).
 */

/**
 * Characters a piece of printed items should stay under. V8 builds a long `JSON.stringify` result
 * out of parts and joins them into one flat string at its first read (a write, a slice), and a
 * flat string of more than 128 KB (64K characters of Chinese text) is made in fresh pages of its
 * own: printing a 10 MB article's items 256 at a time (pieces of about 100K characters) took about
 * four times as long as printing them 64 at a time (0.84 s against 0.25 s, printing and writing,
 * in a script that printed its 66 MB of JSON again).
 */
export const PIECE_MOST = 1 << 15;
/** Array items printed together at first. */
export const BATCH = 64;
/**
 * Most array items printed together. After each piece the count is set to what would have made
 * it half of `PIECE_MOST` long (at least one), so pieces follow the weight of the items.
 */
export const BATCH_MOST = 1024;

/**
 * The items of a non-empty array printed as `JSON.stringify` prints them inside an array whose
 * own line is indented by `inner` (two spaces a level): each item on its line at `inner` plus two,
 * separated by `,\n`, with nothing before the first or after the last. Items are taken from
 * `items` a batch at a time (see `BATCH`), so that a caller may make them as they are printed.
 */
export function* arrayItems(items: Iterable<unknown>, inner: string): Generator<string> {
  const depth = inner.length / 2;
  let batch: unknown[] = [];
  let size = BATCH;
  let first = true;
  const print = (): string => {
    // A batch printed as an array at `inner`, less its brackets: its items at `inner` plus two, one after the other.
    const json = nested(batch, depth);
    const text = json.slice(2, json.length - inner.length - 2);
    size = Math.max(1, Math.min(BATCH_MOST, Math.floor((batch.length * (PIECE_MOST >> 1)) / Math.max(1, text.length))));
    const piece = first ? text : `,\n${text}`;
    first = false;
    batch = [];
    return piece;
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) yield print();
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
