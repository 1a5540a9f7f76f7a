/**
 * Look-ups in a string of characters sorted by UTF-16 code (the tables `scripts/build-*.ts`
 * write): a search by halving, so nothing is built when a table loads.
 */

/** The index of the character of code `code` in `chars` (sorted by code), or -1. */
export function indexOfSortedCode(chars: string, code: number): number {
  let lo = 0;
  let hi = chars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = chars.charCodeAt(mid);
    if (at === code) return mid;
    if (at < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
