import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import type { FileResult } from '../../src/types.js';
import { SHAPE_PAGES, type ShapePage } from './page-shapes.pages.js';

/** The links of a result by line, leaving out one-sided pairs made only of lines that are no translation unit. */
function linksOf(result: FileResult, page: ShapePage): string[] {
  const line = new Map(result.blocks.map((b) => [b.id, b.line]));
  const side = (ids: string[]) => (ids.length ? ids.map((id) => line.get(id)).join('+') : '-');
  return result.pairs
    .filter((p) => (p.en.length && p.zh.length) || [...p.en, ...p.zh].some((id) => !page.x.includes(line.get(id)!)))
    .map((p) => `${side(p.en)} => ${side(p.zh)}`);
}

describe('page shapes: pages of each layout pair as their translation runs', () => {
  for (const page of SHAPE_PAGES) {
    it(page.name, () => {
      expect(linksOf(align(page.text), page).sort()).toEqual([...page.links].sort());
    });
  }
});

describe('page shapes: scores mean something on these pages', () => {
  it('scores every right two-sided link 0.5 or more', () => {
    for (const page of SHAPE_PAGES) {
      const result = align(page.text);
      for (const p of result.pairs) if (p.en.length && p.zh.length) expect(p.score, `${page.name} ${p.id}`).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('page shapes: section labels of study pages', () => {
  it('gives a label standing alone on its line the vocabulary kind', () => {
    for (const line of ['Vocabulary', 'New words:', 'Notes', '生詞', '重点词汇：', '參考譯文']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('leaves titles and sentences holding those words alone', () => {
    for (const line of ['Notes from a small island', 'Words fail me.', 'Vocabulary tests are getting harder', '生词很多，但文章不难。']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });
});
