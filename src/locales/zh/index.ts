/**
 * The Chinese locale: extractors of numbers, money, percentages, ordinals, dates and
 * durations, in order from most to least specific (as chrono lists its parsers).
 * Each reads the same prepared text; where their matches overlap the longer one wins,
 * and on a tie the one listed first (the pipeline's `resolveOverlaps` rule, in linear time).
 */
import type { Extractor } from '../../types.js';
import { dates } from './dates.js';
import { durations } from './durations.js';
import { money } from './money.js';
import { numbers } from './numbers.js';
import { ordinals } from './ordinals.js';
import { keepLongest } from './overlap.js';
import { percent } from './percent.js';
import { prepare, type ZhExtractor } from './shared.js';

/** The extractors, most specific first. */
export const extractors: readonly ZhExtractor[] = [dates, money, percent, durations, ordinals, numbers];

/**
 * Finds the numbers, money, percentages, ordinals, dates and durations in a Chinese text.
 * Returns non-overlapping candidates sorted by start, offsets into `text`.
 */
export const extract: Extractor = (text, context) => {
  const prepared = prepare(text, context);
  return keepLongest(extractors.flatMap((run) => run(prepared)), text.length);
};

export { normalize } from './normalize.js';
export { readNumeral, scanNumerals, type Numeral } from './numerals.js';
