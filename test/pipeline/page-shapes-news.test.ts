import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { looksLikeBoilerplate } from '../../src/pipeline/pair-signals.js';
import type { FileResult } from '../../src/types.js';
import type { ShapePage } from './page-shapes.pages.js';
import { NEWS_PAGES } from './page-shapes-news.pages.js';

/**
 * The links of a result by line (a block running over several lines stands for each of them),
 * leaving out one-sided pairs made only of lines that are no translation unit.
 */
function linksOf(result: FileResult, page: ShapePage): string[] {
  const lines = new Map(result.blocks.map((b) => [b.id, Array.from({ length: b.text.split('\n').length }, (_, k) => b.line + k)]));
  const side = (ids: string[]) => (ids.length ? ids.flatMap((id) => lines.get(id)!).join('+') : '-');
  return result.pairs
    .filter((p) => (p.en.length && p.zh.length) || [...p.en, ...p.zh].some((id) => lines.get(id)!.some((l) => !page.x.includes(l))))
    .map((p) => `${side(p.en)} => ${side(p.zh)}`);
}

describe('news pages: each pairs as its translation runs', () => {
  for (const page of NEWS_PAGES) {
    it(page.name, () => {
      expect(linksOf(align(page.text), page).sort()).toEqual([...page.links].sort());
    });
  }
});

describe('news pages: scores mean something', () => {
  it('scores every two-sided link 0.5 or more', () => {
    for (const page of NEWS_PAGES) {
      for (const p of align(page.text).pairs) if (p.en.length && p.zh.length) expect(p.score, `${page.name} ${p.id}`).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('news pages: breadcrumbs and dated related links are page chrome', () => {
  it('reads a breadcrumb of three items, or of two after a label or from the home page, as chrome', () => {
    for (const line of ['首页 > 新闻 > 国内', 'Home > News > China', '当前位置：首页 » 财经', 'Home › World', '首頁 > 港聞']) expect(blockKind(line), line).toBe('chrome');
  });

  it('leaves a comparison and a sentence holding an arrow alone', () => {
    for (const line of ['Exports > imports', 'Demand > supply > price.', '价格上涨 > 工资上涨，居民压力加大。', 'Beijing → Shanghai in 4 hours and 18 minutes, the fastest ever.']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });

  it('reads a headline ending in its date as a related link, and not a dateline or a sentence', () => {
    for (const line of ['· 春运返程高峰来临 铁路加开列车1200列 2024-02-16', 'Highways see traffic peak as holiday ends (02-15)', '多地高速公路迎来车流高峰 [2024/2/15]']) {
      expect(blockKind(line), line).toBe('chrome');
    }
    for (const line of ['北京 2024-02-16', 'BEIJING 2024-02-16', 'The rules take effect on 2024-03-01.', '新规将于2024-03-01起施行。', 'China beat Japan 3-1']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });
});

describe('news pages: credit and source lines are boilerplate', () => {
  it('reads credit labels, bracketed credits, reporter tags and bracketed sources as boilerplate', () => {
    for (const line of [
      'Reporter: Wu Qi', 'Translated by Lin Lee-kai', '(Liberty Times, translated by Eddy Chang)', '(Reporting by Li Hong; editing by Tom Lee)',
      '翻译：王相宜', '撰文：記者 陳嘉欣', '文／李明', '（自由時報記者蔡思培）', '〔記者郭安家／台北報導〕', '（香港電台）', '(RTHK)', '(China Daily)',
    ]) expect(looksLikeBoilerplate(line), line).toBe(true);
  });

  it('leaves sentences about reporters, translations and editors alone', () => {
    for (const line of [
      'Reporters waited outside the court all day.', 'Translated into 30 languages, the book sold millions.', 'The editor said the story was true.',
      '〔記者郭安家／台北報導〕台北市政府昨天宣布新的補助計畫。', '（记者会上，他表示将继续改革。）', '（一）', '(Photographers waited outside the court all day.)', '文化和旅游部周日表示，假期出游人次增长。',
    ]) expect(looksLikeBoilerplate(line), line).toBe(false);
  });
});
