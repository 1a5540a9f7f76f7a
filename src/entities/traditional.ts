/**
 * A character-for-character fold of traditional Chinese characters to their simplified forms,
 * from the table `scripts/build-traditional.ts` derives from CC-CEDICT
 * (`traditional-table.ts`). One character maps to one, so offsets into the folded text are
 * offsets into the original.
 */
import { indexOfSortedCode } from './sorted-chars.js';
import { SIMPLIFIED, TRADITIONAL } from './traditional-table.js';

const FIRST = TRADITIONAL.charCodeAt(0);
const LAST = TRADITIONAL.charCodeAt(TRADITIONAL.length - 1);

/** The simplified form of the character with this UTF-16 code, or -1 when the table has none. */
function foldedCode(code: number): number {
  if (code < FIRST || code > LAST) return -1;
  const at = indexOfSortedCode(TRADITIONAL, code);
  return at < 0 ? -1 : SIMPLIFIED.charCodeAt(at);
}

/** The text with traditional characters replaced by simplified ones, same length. */
export function foldTraditional(text: string): string {
  // Most texts hold no traditional character: nothing is built for them; else the runs between
  // folded characters are copied whole.
  let out = '';
  let copied = 0;
  for (let k = 0; k < text.length; k++) {
    const s = foldedCode(text.charCodeAt(k));
    if (s < 0) continue;
    out += text.slice(copied, k) + String.fromCharCode(s);
    copied = k + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Whether the text holds a traditional character the fold changes; stops at the first. */
export function hasTraditional(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (foldedCode(text.charCodeAt(k)) >= 0) return true;
  return false;
}
