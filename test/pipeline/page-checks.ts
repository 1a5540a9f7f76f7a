import { expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';
import { linksOf, type ShapePage } from './page-shapes.pages.js';

/**
 * One test a page, from one run of `align`: the page's links are the expected ones, and every
 * two-sided link scores 0.5 or more (scores mean something: a right link is not a doubtful one).
 * Pages named in `gaps` are known gaps (the list says why), expected to fail: when a fix makes
 * one pass, its test fails, and the page moves out of the list.
 */
export function testPages(pages: readonly ShapePage[], gaps: { has(name: string): boolean } = new Set<string>()): void {
  for (const page of pages) {
    const check = () => {
      const result = align(page.text);
      expect(linksOf(result, page).sort()).toEqual([...page.links].sort());
      for (const p of result.pairs) if (p.en.length && p.zh.length) expect(p.score, `${page.name} ${p.id}`).toBeGreaterThanOrEqual(0.5);
    };
    if (gaps.has(page.name)) it.fails(`${page.name} (known gap)`, check);
    else it(page.name, check);
  }
}

/** The language and text of each block `split` cuts a text into. */
export const blocksOf = (text: string): [string, string][] => split(text).map((b) => [b.lang, b.text]);

/** The kind of each block `split` cuts a text into, or its language when it has none. */
export const kindsOf = (text: string): string[] => split(text).map((b) => b.kind ?? b.lang);
