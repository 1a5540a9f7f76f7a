/**
 * Is a Latin-script line English? English prose is full of English function words; a line
 * in Spanish, French, German, Italian or Portuguese is full of theirs, and a line of pinyin
 * is made of pinyin syllables. Decided from closed-class words, no model.
 */
import { STOP_WORDS } from './english.js';
import { isPinyinWord } from '../entities/romanize.js';

/**
 * Function words of Spanish, French, German, Italian and Portuguese that are not English words
 * (articles, prepositions, pronouns, conjunctions, forms of to be and to have: closed classes
 * of each language's grammar).
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set((
  // Spanish
  'el la los las del al un una unos unas y o pero que de en con por para sin sobre entre es son fue era está están '
  + 'ser estar ha han hay muy más también como cuando donde porque se su sus mi mis tu lo le les nos esta este esto '
  // French
  + 'le les des du au aux une et ou mais qui que de dans sur avec pour par sans est sont était être avoir ont ai '
  + 'il elle ils elles nous vous je tu ce cette ces son sa ses leur leurs pas ne plus très aussi comme où '
  // German
  + 'der die das den dem des ein eine einen einem einer und oder aber nicht mit von zu für auf ist sind war waren '
  + 'ich du er sie wir ihr es auch wie wenn dass noch nur schon sehr'
  // Italian and Portuguese
  + ' il gli della delle dei degli nel nella con non è sono era anche come più o os as do da dos das no na nos nas '
  + 'um uma é são foi não com para pelo pela alle alla si ci'
).split(' ').filter((w) => w && !STOP_WORDS.has(w)));

/** What the test read of a line. */
export interface EnglishEvidence {
  /** Latin words of the line. */
  words: number;
  /** Share of them that are English function words. */
  english: number;
  /** Share that are function words of another European language. */
  foreign: number;
  /** Share that are pinyin syllables and no English word. */
  pinyin: number;
}

/** Counts the evidence `isLikelyEnglish` decides on. */
export function englishEvidence(text: string): EnglishEvidence {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => /^[a-zà-ÿ]+$/.test(w));
  let english = 0;
  let foreign = 0;
  let pinyin = 0;
  for (const w of words) {
    if (STOP_WORDS.has(w) && (w.length > 1 || w === 'a' || w === 'i')) english++;
    else if (FOREIGN_FUNCTION_WORDS.has(w)) foreign++;
    else if (isPinyinWord(w)) pinyin++;
  }
  const n = Math.max(1, words.length);
  return { words: words.length, english: english / n, foreign: foreign / n, pinyin: pinyin / n };
}

/**
 * True unless a Latin-script text is plainly not English: at least four words, and either
 * more function words of Spanish, French, German, Italian or Portuguese than of English, or
 * (`Wo men zou ba`) pinyin syllables throughout with hardly an English function word.
 * Short texts (names, titles) and texts without Latin words count as English.
 */
export function isLikelyEnglish(text: string): boolean {
  const e = englishEvidence(text);
  if (e.words < 4) return true;
  if (e.foreign > e.english && e.foreign >= 0.15) return false;
  if (e.pinyin >= 0.7 && e.english < 0.15) return false;
  return true;
}
