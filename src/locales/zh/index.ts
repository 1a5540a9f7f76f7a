import type { Extractor } from '../../types.js';

/** Chinese extractors of numbers, money, percentages, ordinals, dates and durations. */
export const extract: Extractor = () => [];
