import { width } from '../text-width.js';

export { width } from '../text-width.js';

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
