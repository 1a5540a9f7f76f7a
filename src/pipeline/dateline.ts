import type { Block } from '../types.js';

/** A year between 1900 and 2099 standing as a whole number. */
const YEAR = /(?<![\d.])(19|20)\d\d(?![\d.])/;

/** A month name, a Chinese date or a numeric date beside the year. */
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|[年月]|\d[-/.]\d/i;

/** How many leading blocks may hold the dateline. */
const HEAD = 6;
/** A dateline is short: a date, perhaps a place or a source. */
const MAX_LENGTH = 60;

/**
 * The year of the article's dateline (`11 January 2024`, `2024年1月11日`, `Chengdu, Jan 11, 2024`):
 * the first year in a short block near the top. Dates written without a year take it.
 * Returns undefined when no dateline is found.
 */
export function datelineYear(blocks: readonly Block[]): number | undefined {
  for (const block of blocks.slice(0, HEAD)) {
    const text = block.text.trim();
    if (text.length > MAX_LENGTH) continue;
    const match = YEAR.exec(text);
    if (match && MONTH.test(text)) return Number(match[0]);
  }
  return undefined;
}
