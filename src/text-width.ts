import { createRequire } from 'node:module';

type StringWidth = (text: string) => number;
let stringWidth: StringWidth | undefined;

/**
 * Terminal columns `text` takes (Chinese characters take two), as string-width counts them.
 * Text made only of characters whose width string-width gives alike in any context is
 * counted here; anything else asks string-width, loaded on first use.
 */
export function width(text: string): number {
  // Printable ASCII, Latin, Greek, general punctuation, letter-like symbols, number forms,
  // arrows, mathematical operators and box drawing (one column), CJK ideographs and
  // punctuation (two). None of these joins a neighbour into one grapheme; anything else
  // (emoji, combining marks, zero-width and control codes) asks string-width for the whole text.
  let columns = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) columns += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x3029) || (c >= 0x302e && c <= 0x303e) || (c >= 0xff01 && c <= 0xff60)) columns += 2;
    else if ((c >= 0xa1 && c <= 0x24f && c !== 0xad) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x2010 && c <= 0x2027)
      || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2100 && c <= 0x218f) || (c >= 0x2190 && c <= 0x22ff)
      || (c >= 0x2500 && c <= 0x257f)) columns += 1;
    else return slowWidth(text);
  }
  return columns;
}

function slowWidth(text: string): number {
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
  return stringWidth(text);
}
