import type { ShapePage } from './page-shapes.pages.js';
import { SHAPE_PAGES } from './page-shapes.pages.js';
import { FORUM_PAGES } from './page-shapes-forum.pages.js';
import { NEWS_PAGES } from './page-shapes-news.pages.js';

/**
 * The written pages the page variants run over (`scripts/eval/variants.ts` and its fixed sample in
 * `page-variants.test.ts`): the first shapes, the study and forum pages and the news pages.
 */
export const WRITTEN_PAGES: readonly ShapePage[] = [...SHAPE_PAGES, ...FORUM_PAGES, ...NEWS_PAGES];
