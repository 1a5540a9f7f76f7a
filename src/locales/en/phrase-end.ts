/**
 * Where an English noun phrase of an amount ends: on its last word, before a mark, the text's end
 * or a preposition, a conjunction or a word of time (`6.6 trillion won in May`, `rose 5pc.`), where
 * a verb or an adjective would go on to its object or noun (`won the vote`, `real estate`).
 */

/** Letters of an English word: Latin letters with their accents, and `ʻ` (`paʻanga`). */
export const LETTER = /[A-Za-z\u00c0-\u024fʻ]/;

/**
 * Words that may follow an amount's last word when the amount's phrase ends there: prepositions,
 * conjunctions, auxiliary verbs and the words of a time (`6.6 trillion won in May`, `… won last
 * year`, `5-7pc are back`), closed classes of English grammar.
 */
const AFTER_PHRASE = new Set([
  'in', 'on', 'at', 'for', 'from', 'to', 'of', 'and', 'or', 'but', 'as', 'by', 'per', 'with', 'over', 'since', 'than',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'last', 'this', 'next', 'each',
]);

/** Whether a noun phrase ends at `at`: the text's end, a mark, or a word of `AFTER_PHRASE` after one space. */
export function endsPhrase(text: string, at: number): boolean {
  if (at >= text.length || !/[ \t]/.test(text[at]!)) return at >= text.length || !LETTER.test(text[at]!);
  let e = at + 1;
  while (e < text.length && LETTER.test(text[e]!)) e++;
  return e === at + 1 ? !/[A-Za-z0-9]/.test(text[at + 1] ?? '') : AFTER_PHRASE.has(text.slice(at + 1, e).toLowerCase());
}
