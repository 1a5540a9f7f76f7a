/**
 * Cheap tests run before a pattern: a text that holds none of the words a pattern needs cannot
 * match it, and the pattern is then neither run nor compiled for it (V8 compiles a regular
 * expression on its first use, for each string encoding it meets; a run meets hundreds of
 * patterns, most of which the text gives nothing to).
 */

/**
 * Whether `text` holds one of `words`. For a case-insensitive pattern without the `u` flag, pass
 * the text in lower case and the words in lower case: such a pattern matches an ASCII letter of
 * its own only with an ASCII letter of the text, and lower-casing keeps every ASCII letter.
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per word (a run reads this in the interpreter)
  for (let k = 0; k < words.length; k++) if (text.includes(words[k]!)) return true;
  return false;
}
