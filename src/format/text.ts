import { createRequire } from 'node:module';

type StringWidth = (text: string) => number;
let stringWidth: StringWidth | undefined;

/**
 * Terminal columns `text` takes (Chinese characters take two). string-width is loaded on
 * first use, so runs that print no table (JSON, exports) do not pay for it.
 */
export function width(text: string): number {
  // Printable ASCII, Latin-1, punctuation, arrows and box drawing (one column), CJK ideographs
  // and punctuation (two) are counted here, as string-width counts them; anything else (emoji,
  // combining marks, control codes) asks string-width.
  let columns = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) columns += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x3029) || (c >= 0x302e && c <= 0x303e) || (c >= 0xff01 && c <= 0xff60)) columns += 2;
    else if ((c >= 0xa1 && c <= 0x17f && c !== 0xad) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)
      || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2500 && c <= 0x257f)) columns += 1;
    else return slowWidth(text);
  }
  return columns;
}

function slowWidth(text: string): number {
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
  return stringWidth(text);
}

/** Pads `text` with spaces to `columns` terminal columns. */
export function padEnd(text: string, columns: number): string {
  const w = width(text);
  return w >= columns ? text : text + ' '.repeat(columns - w);
}

/** Characters that take two columns and may break anywhere (CJK, full-width forms). */
const WIDE_CHARS = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_CHARS}]`);
/** A wide character, a run of blank space, or a run of anything else. */
const TOKEN = new RegExp(`[${WIDE_CHARS}]|\\s+|[^\\s${WIDE_CHARS}]+`, 'g');

/**
 * Wraps `text` into lines of at most `columns` terminal columns: English breaks
 * at spaces, Chinese between any two characters; a word longer than a line is cut.
 */
export function wrap(text: string, columns: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const token of paragraph.match(TOKEN) ?? []) {
      if (/^\s+$/.test(token)) {
        if (line && lineWidth < columns) { line += ' '; lineWidth += 1; }
        continue;
      }
      let piece = token;
      // A long token without blanks (digit soup, a URL) is cut a line at a time: measure it
      // once and take off what each cut takes, instead of measuring the rest again each time.
      let rest = width(piece);
      while (piece) {
        const w = rest;
        if (lineWidth + w <= columns) { line += piece; lineWidth += w; break; }
        if (line && (WIDE.test(piece[0]!) || w <= columns)) {
          out.push(line.trimEnd()); line = ''; lineWidth = 0; continue;
        }
        let cut = '';
        let cutWidth = 0;
        for (const ch of piece) {
          const cw = width(ch);
          if (lineWidth + cutWidth + cw > columns) break;
          cut += ch; cutWidth += cw;
        }
        if (!cut) { out.push(line.trimEnd()); line = ''; lineWidth = 0; continue; }
        line += cut; piece = piece.slice(cut.length);
        rest = piece.length > 4 * columns ? rest - cutWidth : width(piece);
        out.push(line); line = ''; lineWidth = 0;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}
