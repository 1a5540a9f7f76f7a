import type { Block } from '../types.js';

/** Month names, full or abbreviated. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * A full date with its year: `2024年1月11日`, `2024-01-11`, `11/01/2024`, `11 January 2024`,
 * `January 11, 2024`, `Jan. 2024`. The year is the first group that matched.
 */
const DATE = new RegExp([
  '((?:19|20)\\d\\d)\\s*年\\s*\\d{1,2}\\s*月',
  '\\b((?:19|20)\\d\\d)[-/.]\\d{1,2}[-/.]\\d{1,2}\\b',
  '\\b\\d{1,2}[-/.]\\d{1,2}[-/.]((?:19|20)\\d\\d)\\b',
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`,
  `\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)\\b`,
].join('|'), 'i');

/** How many leading blocks may hold the dateline. */
const HEAD = 6;
/** A dateline is short: a date, perhaps a place, a time or a source. */
const MAX_LENGTH = 80;

/**
 * The year of the article's dateline (`11 January 2024`, `2024年1月11日 来源：新华社`,
 * `Chengdu, Jan 11, 2024`): the year of the first full date in a short block near the top.
 * A year alone (`2023年经济数据` in a title) is not a dateline. Dates written without a
 * year take this one. Returns undefined when no dateline is found.
 */
export function datelineYear(blocks: readonly Block[]): number | undefined {
  for (const block of blocks.slice(0, HEAD)) {
    const text = block.text.trim();
    if (text.length > MAX_LENGTH) continue;
    const match = DATE.exec(text);
    const year = match?.slice(1).find((group: string | undefined) => group !== undefined);
    if (year) return Number(year);
  }
  return undefined;
}
