import type { Extractor } from '../../types.js';

/** English extractors of numbers, money, percentages, ordinals, dates and durations. */
export const extract: Extractor = () => [];
