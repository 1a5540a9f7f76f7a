import type { Span } from '../types.js';

/**
 * Turns UTF-16 offsets into 1-based line and column numbers for one text.
 * Build once per text (linear), then each lookup is a binary search.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  /** Indexes the line starts of `text` (`\n`, `\r\n` and lone `\r` all end a line). */
  constructor(text: string) {
    // Without a `\r`, the line feeds alone, found by `indexOf` (a run reads most text in V8's
    // interpreter, where a loop over every character is slow).
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** The span of `[start, end)` with its line and column. */
  span(start: number, end: number): Span {
    const line = this.lineOf(start);
    return { start, end, line, column: this.columnOf(start, line) };
  }

  /** The 1-based line that holds `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The 1-based column of `offset` on its 1-based `line` (`lineOf(offset)`). */
  columnOf(offset: number, line: number): number {
    return offset - this.lineStarts[line - 1]! + 1;
  }
}
