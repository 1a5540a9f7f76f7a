/**
 * A character-for-character fold of traditional Chinese characters to their simplified forms,
 * from the table `scripts/build-traditional.ts` derives from CC-CEDICT
 * (`traditional-table.ts`). One character maps to one, so offsets into the folded text are
 * offsets into the original.
 */
import { lazyValue } from '../memo.js';
import { SIMPLIFIED, TRADITIONAL } from './traditional-table.js';

const FIRST = TRADITIONAL.charCodeAt(0);
const LAST = TRADITIONAL.charCodeAt(TRADITIONAL.length - 1);

/**
 * The simplified code of each code from `FIRST` to `LAST` (0: none), built from the table on first
 * use: a run folds every character of its Chinese text several times, each a search by halving of
 * the table's 3,445 characters without it.
 */
const foldCodes = lazyValue(() => {
  const codes = new Uint16Array(LAST - FIRST + 1);
  for (let k = 0; k < TRADITIONAL.length; k++) codes[TRADITIONAL.charCodeAt(k) - FIRST] = SIMPLIFIED.charCodeAt(k);
  return codes;
});

/** The simplified form of the character with this UTF-16 code in `codes` (`foldCodes`), or -1 when the table has none. */
function foldedCode(codes: Uint16Array, code: number): number {
  if (code < FIRST || code > LAST) return -1;
  const folded = codes[code - FIRST]!;
  return folded === 0 ? -1 : folded;
}

/** The text with traditional characters replaced by simplified ones, same length. */
export function foldTraditional(text: string): string {
  // Most texts hold no traditional character: nothing is built for them; else the runs between
  // folded characters are copied whole.
  const codes = foldCodes();
  let out = '';
  let copied = 0;
  for (let k = 0; k < text.length; k++) {
    const s = foldedCode(codes, text.charCodeAt(k));
    if (s < 0) continue;
    out += text.slice(copied, k) + String.fromCharCode(s);
    copied = k + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Whether the text holds a traditional character the fold changes; stops at the first. */
export function hasTraditional(text: string): boolean {
  const codes = foldCodes();
  for (let k = 0; k < text.length; k++) if (foldedCode(codes, text.charCodeAt(k)) >= 0) return true;
  return false;
}
