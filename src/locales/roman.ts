/**
 * Roman numerals as phases, levels and parts are numbered by them (`Phase III`, `III期`,
 * `Ⅱ级`): ASCII letters or the Unicode number forms (U+2160–U+216B), one to twelve.
 */

const UNICODE_ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ASCII_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The value of a Roman numeral from one to twelve (`III` 3, `Ⅳ` 4), else undefined. */
export function romanValue(text: string): number | undefined {
  if (text.length === 1 && UNICODE_ROMAN.includes(text)) return UNICODE_ROMAN.indexOf(text) + 1;
  const k = ASCII_ROMAN.indexOf(text);
  return k >= 0 ? k + 1 : undefined;
}

/** A Roman numeral from one to twelve, ASCII or Unicode (a pattern's source, longest first). */
export const ROMAN = '(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|[\\u2160-\\u216b])';
