/**
 * The spaces of typeset and web text other than the ASCII space: the no-break space of a page's
 * `&nbsp;` (`Xi&nbsp;Jinping`, `5&nbsp;million`), the en, em, thin, hair and figure spaces, the
 * narrow no-break space that groups digits (`10 000`), the medium mathematical space and the
 * ideographic space. (Not the zero-width space: it joins, it does not set apart.)
 */
const TYPESET_SPACES = /[\u00a0\u2002-\u200a\u202f\u205f\u3000]/g;

/**
 * `text` with each typeset space as an ASCII space: one code unit for one, so offsets into the
 * result are offsets into `text`, and every rule that reads a space reads these.
 */
export function withPlainSpaces(text: string): string {
  TYPESET_SPACES.lastIndex = 0;
  return TYPESET_SPACES.test(text) ? text.replace(TYPESET_SPACES, ' ') : text;
}
